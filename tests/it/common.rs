//! Shared test harness: the real binary in a clean environment, and a real emulator served on an ephemeral
//! loopback port by that binary.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;

/// Where runs that compare against the clock start it: `OA_RT_NOW`, read by the tool and by the emulator (see
/// src/clock.rs), so dates, days left and expiries no longer depend on the day the tests run. Passed only to
/// the runs that need it, never to all: tests that judge certificates with openssl need the real date.
pub const NOW: &str = "2026-12-01T12:00:00Z";

/// [`NOW`] in seconds since the Unix epoch.
pub fn now_unix() -> i64 {
    chrono::DateTime::parse_from_rfc3339(NOW)
        .unwrap()
        .timestamp()
}

/// A private home for one test: config, cache and state directories that nothing else touches.
pub struct Env {
    pub dir: tempfile::TempDir,
}

/// What a finished command printed, and how it ended.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
    /// Both streams, for "never printed" checks.
    pub fn all(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }
}

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The directory commands run in.
    pub fn work(&self) -> PathBuf {
        self.path().join("work")
    }

    /// The binary with a deterministic environment: no inherited OA_RT_* settings, private XDG dirs, no colour,
    /// short retry delays.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("oa-rt").expect("binary built");
        for (k, _) in std::env::vars() {
            if k.starts_with("OA_RT_") || k.starts_with("XDG_") || k == "NO_COLOR" {
                c.env_remove(k);
            }
        }
        let d = self.path();
        // Files a command writes next to itself (oa-rt.toml, oa-rt-evidence.toml) land in the test's own directory.
        let work = d.join("work");
        std::fs::create_dir_all(&work).expect("work dir");
        c.current_dir(&work);
        c.env("HOME", d.join("home"))
            .env("XDG_CONFIG_HOME", d.join("config"))
            .env("XDG_CACHE_HOME", d.join("cache"))
            .env("XDG_STATE_HOME", d.join("state"))
            .env("OA_RT_RETRY_MIN_MS", "10")
            .env("OA_RT_RETRIES", "2")
            .stdin(Stdio::null());
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(&[], args)
    }

    /// [`Env::run`] with extra environment variables.
    pub fn run_env(&self, vars: &[(&str, &str)], args: &[&str]) -> Run {
        let mut cmd = self.cmd();
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.args(args).output().expect("run oa-rt");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `oa-rt --config <the served emulator's config> ARGS`.
    pub fn run_on(&self, served: &Served, args: &[&str]) -> Run {
        self.run_env_on(served, &[], args)
    }

    /// [`Env::run_on`] with extra environment variables.
    pub fn run_env_on(&self, served: &Served, vars: &[(&str, &str)], args: &[&str]) -> Run {
        let config = served.config_arg();
        let mut all = vec!["--config", config.as_str()];
        all.extend_from_slice(args);
        self.run_env(vars, &all)
    }

    /// Starts `oa-rt emulator serve` (the real binary) and waits until it names its URL.
    pub fn serve(&self, scenario: &str) -> Served {
        self.serve_with(scenario, &[])
    }

    /// [`Env::serve`] with extra `serve` arguments.
    pub fn serve_with(&self, scenario: &str, extra: &[&str]) -> Served {
        self.serve_env(scenario, extra, &[])
    }

    /// [`Env::serve`] with the emulator's clock starting at [`NOW`].
    pub fn serve_at_now(&self, scenario: &str) -> Served {
        self.serve_env(scenario, &[], &[("OA_RT_NOW", NOW)])
    }

    /// [`Env::serve_with`] with extra environment variables for the emulator (`OA_RT_NOW` for its clock).
    pub fn serve_env(&self, scenario: &str, extra: &[&str], vars: &[(&str, &str)]) -> Served {
        // With --state the credentials live next to the state file (and are reused); otherwise a fresh folder.
        let creds = match extra.iter().position(|a| *a == "--state") {
            Some(i) => PathBuf::from(format!("{}.credentials", extra[i + 1])),
            None => self
                .path()
                .join(format!("emulator-{scenario}-{}", fastrand::u32(..))),
        };
        let mut child = self
            .cmd()
            .args([
                "emulator",
                "serve",
                "--scenario",
                scenario,
                "--credentials-dir",
            ])
            .arg(&creds)
            .args(extra)
            .envs(vars.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start the emulator");
        let stdout = child.stdout.take().expect("piped");
        // The login audit trail goes to stderr; drain it so the emulator never blocks on a full pipe.
        let stderr = child.stderr.take().expect("piped");
        std::thread::spawn(move || for _ in BufReader::new(stderr).lines() {});
        let mut lines = BufReader::new(stdout).lines();
        let first = lines
            .next()
            .expect("emulator printed a line")
            .expect("utf-8");
        let url = first
            .split("listening on ")
            .nth(1)
            .unwrap_or_else(|| panic!("unexpected first line: {first}"))
            .trim()
            .to_string();
        // Keep draining stdout so the emulator never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Served {
            child,
            url,
            config: creds.join("config.toml"),
            creds,
        }
    }
}

/// A served emulator; killed when dropped.
pub struct Served {
    child: Child,
    pub url: String,
    pub config: PathBuf,
    pub creds: PathBuf,
}

impl Served {
    pub fn config_arg(&self) -> String {
        self.config.display().to_string()
    }

    /// Every secret the emulator generated, to check that none is ever printed.
    pub fn secrets(&self) -> Vec<String> {
        let mut out = Vec::new();
        for name in [
            "tba-consumer-key",
            "tba-consumer-secret",
            "tba-token-id",
            "tba-token-secret",
            "openair-access-token",
            "openair-password",
            "openair-api-key",
        ] {
            out.push(
                std::fs::read_to_string(self.creds.join(name))
                    .unwrap()
                    .trim()
                    .to_string(),
            );
        }
        for key in ["m2m-ec.pem", "m2m-rsa.pem"] {
            let pem = std::fs::read_to_string(self.creds.join(key)).unwrap();
            // The base64 body lines of the key.
            out.extend(
                pem.lines()
                    .filter(|l| !l.starts_with("-----") && l.len() > 20)
                    .map(str::to_string),
            );
        }
        out
    }

    /// Emulator-side request counts by surface.
    pub fn requests(&self) -> serde_json::Value {
        self.control("requests")
    }

    /// The faults injected so far, by surface (`GET /_emulator/faults`).
    pub fn faults(&self) -> serde_json::Value {
        self.control("faults")
    }

    /// `GET /_emulator/trace/summary`: requests and waves since the last [`Served::clear_trace`].
    pub fn trace_summary(&self) -> serde_json::Value {
        self.control("trace/summary")
    }

    /// `POST /_emulator/trace/clear`.
    pub fn clear_trace(&self) {
        let url = format!("{}_emulator/trace/clear", self.url);
        block_on(async move {
            let r = reqwest::Client::new().post(url).send().await.unwrap();
            assert!(r.status().is_success());
        });
    }

    /// `GET /_emulator/WHAT` as JSON.
    pub fn control(&self, what: &str) -> serde_json::Value {
        let url = format!("{}_emulator/{what}", self.url);
        block_on(async move { reqwest::get(url).await.unwrap().json().await.unwrap() })
    }

    /// The ids `emulator serve` registered for its M2M client (`ids.json` beside the credentials).
    pub fn ids(&self) -> Ids {
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(self.creds.join("ids.json")).unwrap()).unwrap();
        Ids {
            client_id: v["client_id"].as_str().unwrap().into(),
            ec_certificate_id: v["ec_certificate_id"].as_str().unwrap().into(),
            rsa_certificate_id: v["rsa_certificate_id"].as_str().unwrap().into(),
        }
    }

    /// NetSuite's OAuth 2.0 token endpoint on this emulator (the `aud` of an assertion).
    pub fn token_url(&self) -> url::Url {
        url::Url::parse(&format!(
            "{}netsuite/services/rest/auth/oauth2/v1/token",
            self.url
        ))
        .unwrap()
    }
}

/// What `emulator serve` registered for its M2M client.
pub struct Ids {
    pub client_id: String,
    pub ec_certificate_id: String,
    pub rsa_certificate_id: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Asserts that no secret appears in the text.
pub fn assert_no_secrets(text: &str, secrets: &[String]) {
    for s in secrets {
        assert!(!s.is_empty());
        assert!(!text.contains(s.as_str()), "a secret was printed:\n{text}");
    }
}

/// Writes a file with a mode.
pub fn write_mode(path: &Path, contents: &str, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, contents).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Runs a future to completion on a fresh current-thread runtime (tests that talk HTTP directly).
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(f)
}

/// Both service clients for a profile of a served emulator's config (tests that call the library directly).
/// Their M2M tokens stay in memory: the test process has no private cache directory to keep them in.
pub fn clients(config: &Path, profile: &str) -> oa_rt::client::Clients {
    let file = oa_rt::config::load(config).unwrap();
    let (name, p) = file.select(Some(profile), config).unwrap();
    let mut resolved = p.resolve(&name).unwrap();
    resolved.netsuite.cache_tokens = false;
    oa_rt::client::Clients::connect(resolved).unwrap()
}

/// A companion RESTlet call; a refusal comes back as the RESTlet writes it,
/// `{"ok": false, "error": {"code": …, "message": …}}`.
pub async fn companion_reply(
    ns: &oa_rt::client::netsuite::NetSuite,
    request: &serde_json::Value,
) -> serde_json::Value {
    match ns.companion_call(request, true).await {
        Ok(v) => v,
        Err(e) => {
            let c = e
                .downcast_ref::<oa_rt::client::netsuite::CompanionError>()
                .expect("a companion error");
            serde_json::json!({"ok": false, "error": {"code": c.code, "message": c.message}})
        }
    }
}

/// [`companion_reply`] through the served emulator's `emulator` profile.
pub fn companion(served: &Served, request: serde_json::Value) -> serde_json::Value {
    let config = served.config.clone();
    block_on(async move {
        let c = clients(&config, "emulator");
        companion_reply(&c.netsuite, &request).await
    })
}

/// Posts a JWT assertion to the served emulator's token endpoint as a client-credentials grant:
/// (status, body).
pub async fn post_assertion(served: &Served, jwt: &str) -> (u16, serde_json::Value) {
    let form = [
        ("grant_type", "client_credentials"),
        (
            "client_assertion_type",
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        ),
        ("client_assertion", jwt),
    ];
    let r = reqwest::Client::new()
        .post(served.token_url())
        .form(&form)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}

/// Posts an XML request to the served OpenAir company's `api.pl`; the answer's text.
pub async fn api_pl(served: &Served, body: &str) -> String {
    reqwest::Client::new()
        .post(format!("{}openair/api.pl", served.url))
        .header("Content-Type", "application/xml")
        .body(body.to_string())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// `oa-rt emulator dump --json` of a served emulator.
pub fn dump(env: &Env, served: &Served) -> serde_json::Value {
    let run = env.run_on(served, &["--json", "emulator", "dump"]);
    assert_eq!(run.code, 0, "{run:?}");
    run.json()
}

/// `oa-rt emulator ui ARGS --json` on a served emulator; the action must succeed.
pub fn ui(env: &Env, served: &Served, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json", "emulator", "ui"];
    all.extend_from_slice(args);
    let run = env.run_on(served, &all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}
