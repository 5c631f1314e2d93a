//! Bad input: one clear message naming the problem and the fix, exit 2, nothing remote touched.

use crate::common::{Env, write_mode};

fn config_with(env: &Env, text: &str) -> String {
    let path = env.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn profile_text(account: &str, key: &str) -> String {
    format!(
        "[profiles.sb.netsuite]\naccount = \"{account}\"\nauth = {{ method = \"m2m\", client_id = \"c\", certificate_id = \"k\", private_key_file = \"{key}\" }}\n\
         [profiles.sb.openair]\ncompany = \"acme\"\nenvironment = \"sandbox\"\nauth = {{ method = \"token\", access_token = {{ env = \"OA_TOKEN_FOR_TEST\" }} }}\n"
    )
}

/// One `error:` line, possibly a `fix:` line, exit 2.
fn assert_usage_error(run: &crate::common::Run, message: &str) {
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(message),
        "expected {message:?} in:\n{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn unknown_profile() {
    let env = Env::new();
    let key = env.path().join("k.pem");
    let config = config_with(
        &env,
        &profile_text("1234567_SB1", &key.display().to_string()),
    );
    let run = env.run(&["--config", &config, "--profile", "sbx", "bundles"]);
    assert_usage_error(&run, "unknown profile 'sbx'");
    assert!(run.stderr.contains("did you mean 'sb'?"), "{}", run.stderr);
}

#[test]
fn no_profile_at_all_points_at_add_and_the_emulator() {
    let env = Env::new();
    let run = env.run(&["bundles"]);
    assert_usage_error(&run, "no profile in");
    assert!(
        run.stderr.contains("oa-rt --emulator bundles"),
        "{}",
        run.stderr
    );
}

#[test]
fn malformed_account_id() {
    let env = Env::new();
    let key = env.path().join("k.pem");
    write_mode(
        &key,
        &rcgen::KeyPair::generate().unwrap().serialize_pem(),
        0o600,
    );
    let config = config_with(&env, &profile_text("acme-corp", &key.display().to_string()));
    let run = env.run_env(
        &[("OA_TOKEN_FOR_TEST", "x-token-for-the-test")],
        &["--config", &config, "bundles"],
    );
    assert_usage_error(&run, "'acme-corp' is not a NetSuite account id");
}

#[test]
fn missing_and_group_readable_key_files() {
    let env = Env::new();
    let key = env.path().join("k.pem");
    let config = config_with(
        &env,
        &profile_text("1234567_SB1", &key.display().to_string()),
    );
    let run = env.run(&["--config", &config, "bundles"]);
    assert_usage_error(&run, "cannot read");
    assert!(run.stderr.contains("no such file"), "{}", run.stderr);

    write_mode(
        &key,
        &rcgen::KeyPair::generate().unwrap().serialize_pem(),
        0o644,
    );
    let run = env.run(&["--config", &config, "bundles"]);
    assert_usage_error(&run, "is readable by group or others (mode 0644)");
    assert!(
        run.stderr
            .contains(&format!("fix: chmod 600 {}", key.display())),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_secret_variable() {
    let env = Env::new();
    let key = env.path().join("k.pem");
    write_mode(
        &key,
        &rcgen::KeyPair::generate().unwrap().serialize_pem(),
        0o600,
    );
    let config = config_with(
        &env,
        &profile_text("1234567_SB1", &key.display().to_string()),
    );
    let run = env.run(&["--config", &config, "bundles"]);
    assert_usage_error(&run, "environment variable OA_TOKEN_FOR_TEST is not set");
}

#[test]
fn unknown_scenario() {
    let env = Env::new();
    let run = env.run(&["--emulator=helthy", "bundles"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("unknown scenario 'helthy' (did you mean 'healthy'?)"),
        "{}",
        run.stderr
    );
    let run = env.run(&["emulator", "serve", "--scenario", "nope"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("unknown scenario 'nope'"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("upgrade, healthy"), "{}", run.stderr);
}

#[test]
fn config_syntax_error_names_line_and_column() {
    let env = Env::new();
    let config = config_with(
        &env,
        "default_profile = \"sb\"\n\n[profiles.sb.netsuite\naccount = \"1\"\n",
    );
    let run = env.run(&["--config", &config, "bundles"]);
    assert_usage_error(&run, "line 3, column");
    assert!(run.stderr.contains(&config), "{}", run.stderr);
}

#[test]
fn inline_secret_in_config_is_refused() {
    let env = Env::new();
    let text = profile_text("1234567_SB1", "/k.pem")
        .replace("{ env = \"OA_TOKEN_FOR_TEST\" }", "\"abc-inline-secret\"");
    let config = config_with(&env, &text);
    let run = env.run(&["--config", &config, "bundles"]);
    assert_usage_error(&run, "secrets are not read from the config file");
    assert!(!run.all().contains("abc-inline-secret"));
}

#[test]
fn simulate_operator_needs_an_emulator() {
    let env = Env::new();
    let key = env.path().join("k.pem");
    let text = profile_text("1234567_SB1", &key.display().to_string());
    let config = config_with(&env, &text);
    let run = env.run(&["--config", &config, "--simulate-operator", "bundles"]);
    assert_usage_error(&run, "--simulate-operator works only against an emulator");
}

/// What an input row needs: the arguments, extra environment, and the text the one `error:` line must carry.
struct Row {
    name: &'static str,
    args: Vec<String>,
    vars: Vec<(&'static str, String)>,
    says: &'static str,
}

fn row(name: &'static str, args: &[&str], says: &'static str) -> Row {
    Row {
        name,
        args: args.iter().map(|a| a.to_string()).collect(),
        vars: Vec::new(),
        says,
    }
}

impl Row {
    fn env(mut self, k: &'static str, v: impl Into<String>) -> Row {
        self.vars.push((k, v.into()));
        self
    }
}

/// What the account holds in the emulator: the parts a command could change (not counters, the audit trail, the
/// clock, or anything derived from the time).
fn state_of(env: &Env, served: &crate::common::Served) -> serde_json::Value {
    let d = crate::common::dump(env, served);
    let ns = [
        "bundles",
        "rolePermissions",
        "userEventDeployments",
        "deploymentCount",
        "settings",
        "resendFlags",
        "m2mCertificates",
        "tbaTokens",
    ];
    let oa = ["netsuiteConnector", "records", "queuedRealtimeImports"];
    serde_json::json!({
        "netsuite": ns.iter().map(|k| (k.to_string(), d["netsuite"][k].clone())).collect::<serde_json::Map<_, _>>(),
        "openair": oa.iter().map(|k| (k.to_string(), d["openair"][k].clone())).collect::<serde_json::Map<_, _>>(),
    })
}

/// Every bad input the hostile-user run found (issue 12, item 7): exit 2, one `error:` line naming the problem,
/// and no change in the emulator's state.
#[test]
fn every_bad_input_is_a_clear_refusal_and_changes_nothing() {
    let env = Env::new();
    let served = env.serve("healthy");
    let dir = env.path();
    let good = std::fs::read_to_string(&served.config).unwrap();
    let account = good
        .lines()
        .find_map(|l| l.strip_prefix("account = \""))
        .unwrap()
        .trim_end_matches('"')
        .to_string();
    let netsuite_url = format!("{}netsuite/", served.url);
    let variant = |name: &str, text: String| -> String {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let base = |to: &str| good.replace(&netsuite_url, to);
    let ftp = variant("ftp.toml", base("ftp://127.0.0.1/netsuite/"));
    let file_url = variant("file.toml", base("file:///etc/netsuite/"));
    let remote_http = variant("http.toml", base("http://netsuite.example.com/netsuite/"));
    let bad_account = variant(
        "acct.toml",
        good.replace(&format!("account = \"{account}\""), "account = \"12x_SB\""),
    );
    let long_account = variant(
        "acct-long.toml",
        good.replace(
            &format!("account = \"{account}\""),
            &format!("account = \"{}\"", "7".repeat(5000)),
        ),
    );
    let zero_timeout = variant(
        "timeout.toml",
        good.replacen(
            "role = \"NSOA Connector\"\n",
            "role = \"NSOA Connector\"\ntimeout_secs = 0\n",
            1,
        ),
    );
    let binary = dir.join("binary.toml");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    let a_dir = dir.join("a-directory");
    std::fs::create_dir_all(&a_dir).unwrap();
    let fifo = dir.join("fifo.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let key_fifo = dir.join("key-fifo.pem");
    std::process::Command::new("mkfifo")
        .arg(&key_fifo)
        .status()
        .unwrap();
    std::fs::set_permissions(
        &key_fifo,
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .unwrap();
    let fifo_key_config = variant(
        "fifo-key.toml",
        good.replacen(
            &served.creds.join("m2m-ec.pem").display().to_string(),
            &key_fifo.display().to_string(),
            1,
        ),
    );
    let a_file = dir.join("a-file");
    std::fs::write(&a_file, "x").unwrap();
    let under_file = a_file.join("sub");
    // Backups: one truncated, one whose values fail validation.
    let backups = dir.join("state/oa-rt/backups");
    std::fs::create_dir_all(&backups).unwrap();
    let backup = |id: &str, entries: serde_json::Value| {
        serde_json::json!({
            "id": id, "profile": "emulator", "account": account, "command": "settings set",
            "created": "2026-12-01T12:00:00Z", "entries": entries,
        })
        .to_string()
    };
    let whole = backup(
        "20261201T120000Z-settings-set-0001",
        serde_json::json!([{"kind": "settings", "target": "x/1", "values": {"custrecord_oa_realtime_email": "ops@acme.example"}}]),
    );
    std::fs::write(
        backups.join("20261201T120000Z-settings-set-0001.json"),
        &whole[..whole.len() / 2],
    )
    .unwrap();
    std::fs::write(
        backups.join("20261201T120000Z-settings-set-0002.json"),
        backup(
            "20261201T120000Z-settings-set-0002",
            serde_json::json!([{"kind": "settings", "target": "x/1", "values": {"custrecord_oa_realtime_email": "not an address"}}]),
        ),
    )
    .unwrap();
    std::fs::write(
        backups.join("20261201T120000Z-deploy-0003.json"),
        backup(
            "20261201T120000Z-deploy-0003",
            serde_json::json!([{"kind": "deployment", "target": "customdeploy_oa_send_customer", "values": {"loglevel": "LOUD"}}]),
        ),
    )
    .unwrap();
    let long_email = format!("{}@acme.example", "a".repeat(250));
    let cfg = served.config_arg();
    let p = |s: &std::path::Path| s.display().to_string();

    let rows = vec![
        row(
            "ftp base URL",
            &["--config", &ftp, "profile", "test"],
            "ftp:// URL",
        ),
        row(
            "file base URL",
            &["--config", &file_url, "bundles"],
            "file:// URL",
        ),
        row(
            "http to another host",
            &["--config", &remote_http, "profile", "test"],
            "is plain http:// to a host that is not this machine",
        ),
        row(
            "binary config",
            &["--config", &p(&binary), "bundles"],
            "binary",
        ),
        row(
            "directory config",
            &["--config", &p(&a_dir), "bundles"],
            "it is a directory",
        ),
        row("FIFO config", &["--config", &p(&fifo), "bundles"], "FIFO"),
        row(
            "FIFO key file",
            &["--config", &fifo_key_config, "bundles"],
            "FIFO",
        ),
        row(
            "plan --out in a file",
            &[
                "--config",
                &cfg,
                "plan",
                "--out",
                &p(&under_file.join("plan.json")),
            ],
            "is not a directory",
        ),
        row(
            "plan --out a directory",
            &["--config", &cfg, "plan", "--out", &p(&a_dir)],
            "it is a directory",
        ),
        row(
            "auth init --out-dir a file",
            &["auth", "init", "--out-dir", &p(&a_file)],
            "it is not a directory",
        ),
        row(
            "companion export under a file",
            &["companion", "export", &p(&under_file)],
            "is not a directory",
        ),
        row(
            "man --out-dir a file",
            &["man", "--out-dir", &p(&a_file)],
            "it is not a directory",
        ),
        row(
            "role --role \"\"",
            &["--config", &cfg, "role", "--role", ""],
            "--role needs a role name",
        ),
        row(
            "--file that does not exist",
            &["--config", &cfg, "--yes", "apply", "--file", "nosuch.toml"],
            "nosuch.toml does not exist",
        ),
        row(
            "a key twice",
            &[
                "--config",
                &cfg,
                "--yes",
                "settings",
                "set",
                "error-email=a@acme.example",
                "error-email=b@acme.example",
            ],
            "error-email is given more than once",
        ),
        row(
            "e-mail over 254 characters",
            &[
                "--config",
                &cfg,
                "--yes",
                "settings",
                "set",
                &format!("error-email={long_email}"),
            ],
            "is too long (at most 254",
        ),
        row(
            "empty profile name",
            &[
                "--config",
                &cfg,
                "profile",
                "add",
                "",
                "--ns-account",
                "1234567_SB1",
                "--ns-auth",
                "tba",
                "--ns-consumer-key",
                "env:A",
                "--ns-consumer-secret",
                "env:B",
                "--ns-token-id",
                "env:C",
                "--ns-token-secret",
                "env:D",
                "--oa-company",
                "acme",
                "--oa-environment",
                "sandbox",
                "--oa-access-token",
                "env:E",
            ],
            "a profile name cannot be empty",
        ),
        row(
            "account id 12x_SB",
            &["--config", &bad_account, "bundles"],
            "'12x_SB' is not a NetSuite account id",
        ),
        row(
            "account id of 5,000 digits",
            &["--config", &long_account, "bundles"],
            "5000-character value is not a NetSuite account id",
        ),
        row(
            "timeout_secs = 0",
            &["--config", &zero_timeout, "bundles"],
            "netsuite.timeout_secs = 0",
        ),
        row(
            "OA_RT_RETRIES=abc",
            &["--config", &cfg, "bundles"],
            "OA_RT_RETRIES=abc is not a whole number",
        )
        .env("OA_RT_RETRIES", "abc"),
        row(
            "OA_RT_RETRIES=-1",
            &["--config", &cfg, "bundles"],
            "OA_RT_RETRIES=-1 is not a whole number",
        )
        .env("OA_RT_RETRIES", "-1"),
        row(
            "invalid OA_RT_LOG",
            &["--config", &cfg, "bundles"],
            "OA_RT_LOG=oa_rt=loud is not a log filter",
        )
        .env("OA_RT_LOG", "oa_rt=loud"),
        row(
            "absurd OA_RT_RETRY_MIN_MS",
            &["--config", &cfg, "bundles"],
            "OA_RT_RETRY_MIN_MS=99999999999 is not a whole number",
        )
        .env("OA_RT_RETRY_MIN_MS", "99999999999"),
        row(
            "a failing editor",
            &["--config", &cfg, "--yes", "settings", "edit"],
            "the editor 'false' failed",
        )
        .env("EDITOR", "false")
        .env("VISUAL", ""),
        row(
            "a truncated backup",
            &[
                "--config",
                &cfg,
                "--yes",
                "restore",
                "20261201T120000Z-settings-set-0001",
            ],
            "is corrupt",
        ),
        row(
            "a backup with an invalid e-mail",
            &[
                "--config",
                &cfg,
                "--yes",
                "restore",
                "20261201T120000Z-settings-set-0002",
            ],
            "error-email: not an e-mail address",
        ),
        row(
            "a backup with an invalid log level",
            &[
                "--config",
                &cfg,
                "--yes",
                "restore",
                "20261201T120000Z-deploy-0003",
            ],
            "loglevel: \"LOUD\" is not one of",
        ),
    ];

    let before = state_of(&env, &served);
    let mut failures = Vec::new();
    for r in &rows {
        let args: Vec<&str> = r.args.iter().map(String::as_str).collect();
        let vars: Vec<(&str, &str)> = r.vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let run = env.run_env(&vars, &args);
        let ok = run.code == 2
            && run.stderr.contains(r.says)
            && run.stderr.matches("error:").count() == 1;
        if !ok {
            failures.push(format!(
                "{}: exit {} (want 2), want {:?} in one error line:\n{}",
                r.name, run.code, r.says, run.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(
        state_of(&env, &served),
        before,
        "a refused input changed the emulator"
    );
    // The config file of the served emulator was not rewritten.
    assert_eq!(std::fs::read_to_string(&served.config).unwrap(), good);
}
