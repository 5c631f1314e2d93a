//! `oa-rt profile add | list | show | test | use | remove | rename` and `emulator serve --add-profile`.

use crate::common::{Env, assert_no_secrets, write_mode};

#[test]
fn profile_test_succeeds_with_m2m_ec_m2m_rsa_and_tba() {
    let env = Env::new();
    let served = env.serve("healthy");
    for (profile, method) in [
        ("emulator", "M2M (ES256"),
        ("emulator-rsa", "M2M (PS256"),
        ("emulator-tba", "TBA (OAuth 1.0a HMAC-SHA256)"),
    ] {
        let run = env.run_on(&served, &["--profile", profile, "-vv", "profile", "test"]);
        assert_eq!(run.code, 0, "{profile}: {run:?}");
        assert!(run.stdout.contains(method), "{profile}: {}", run.stdout);
        assert!(
            run.stdout.contains("authenticated as admin"),
            "{}",
            run.stdout
        );
        // Even with request bodies logged (-vv), no secret reaches the output.
        assert!(
            run.stderr.contains("[REDACTED]"),
            "expected redacted log lines:\n{}",
            run.stderr
        );
        assert_no_secrets(&run.all(), &served.secrets());
        let json = env
            .run_on(
                &served,
                &["--profile", profile, "--json", "profile", "test"],
            )
            .json();
        assert_eq!(json["netsuite"]["ok"], true);
        assert_eq!(json["openair"]["ok"], true);
        assert!(json["netsuite"]["round_trip_ms"].is_u64());
        assert!(json["openair"]["round_trip_ms"].is_u64());
    }
}

#[test]
fn m2m_token_is_cached_on_disk_0600_and_reused() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let served = env.serve("healthy");
    for _ in 0..3 {
        let run = env.run_on(&served, &["profile", "test"]);
        assert_eq!(run.code, 0, "{run:?}");
    }
    assert_eq!(
        served.requests()["netsuite.token"],
        1,
        "one token for three runs"
    );
    let tokens = env.path().join("cache/oa-rt/tokens");
    let files: Vec<_> = std::fs::read_dir(&tokens)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

fn edited_config(served: &crate::common::Served, env: &Env, from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(&served.config).unwrap();
    assert!(text.contains(from), "{from} not in config");
    let path = env
        .path()
        .join(format!("edited-{}.toml", fastrand::u32(..)));
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path.display().to_string()
}

#[test]
fn wrong_key_is_an_authentication_failure() {
    let env = Env::new();
    let served = env.serve("healthy");
    // A key NetSuite never saw, for the emulator profile's certificate id.
    let other = env.path().join("other.pem");
    let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
    write_mode(&other, &key.serialize_pem(), 0o600);
    let ec_key = served.creds.join("m2m-ec.pem").display().to_string();
    let config = edited_config(&served, &env, &ec_key, &other.display().to_string());
    let run = env.run(&["--config", &config, "profile", "test"]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stdout
            .contains("NetSuite refused the M2M token request (invalid_grant)"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Login Audit Trail"));
    assert_no_secrets(&run.all(), &served.secrets());
}

#[test]
fn wrong_certificate_id_is_an_authentication_failure() {
    let env = Env::new();
    let served = env.serve("healthy");
    let text = std::fs::read_to_string(&served.config).unwrap();
    let start = text.find("certificate_id = \"").unwrap() + "certificate_id = \"".len();
    let id = &text[start..start + 32];
    let config = edited_config(&served, &env, id, "0000000000000000ffffffffffffffff");
    let run = env.run(&["--config", &config, "--json", "profile", "test"]);
    assert_eq!(run.code, 3, "{run:?}");
    let json = run.json();
    assert_eq!(json["netsuite"]["ok"], false);
    assert_eq!(json["openair"]["ok"], true);
    assert_no_secrets(&run.all(), &served.secrets());
}

#[test]
fn wrong_tba_secret_and_wrong_openair_password_are_authentication_failures() {
    let env = Env::new();
    let served = env.serve("healthy");
    let wrong = env.path().join("wrong-secret");
    write_mode(&wrong, "not-the-secret-at-all", 0o600);
    let token_secret = served.creds.join("tba-token-secret").display().to_string();
    let config = edited_config(&served, &env, &token_secret, &wrong.display().to_string());
    let run = env.run(&[
        "--config",
        &config,
        "--profile",
        "emulator-tba",
        "--json",
        "profile",
        "test",
    ]);
    assert_eq!(run.code, 3, "{run:?}");
    assert_eq!(run.json()["netsuite"]["ok"], false);
    assert!(
        run.json()["netsuite"]["detail"]
            .as_str()
            .unwrap()
            .contains("INVALID_LOGIN")
    );

    let password = served.creds.join("openair-password").display().to_string();
    let config = edited_config(&served, &env, &password, &wrong.display().to_string());
    let run = env.run(&[
        "--config",
        &config,
        "--profile",
        "emulator-tba",
        "--json",
        "profile",
        "test",
    ]);
    assert_eq!(run.code, 3, "{run:?}");
    let json = run.json();
    assert_eq!(json["netsuite"]["ok"], true);
    assert_eq!(json["openair"]["ok"], false);
    assert!(
        json["openair"]["detail"]
            .as_str()
            .unwrap()
            .contains("status 401"),
        "{json}"
    );
    assert_no_secrets(&run.all(), &served.secrets());
}

#[test]
fn unreachable_service_is_a_service_error() {
    let env = Env::new();
    let served = env.serve("healthy");
    // Nothing listens on port 9 of loopback (discard is not served here).
    let config = edited_config(
        &served,
        &env,
        &format!("{}openair/", served.url),
        "http://127.0.0.1:9/openair/",
    );
    let run = env.run(&["--config", &config, "--json", "profile", "test"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.json()["openair"]["detail"]
            .as_str()
            .unwrap()
            .contains("cannot connect to 127.0.0.1:9")
    );
}

#[test]
fn add_list_show_and_test_a_profile() {
    let env = Env::new();
    let served = env.serve("healthy");
    let config = env.path().join("mine.toml").display().to_string();
    let text = std::fs::read_to_string(&served.config).unwrap();
    let grab = |key: &str| {
        let start = text.find(&format!("{key} = \"")).unwrap() + key.len() + 4;
        text[start..].split('"').next().unwrap().to_string()
    };
    let key = served.creds.join("m2m-ec.pem").display().to_string();
    let token = format!(
        "file:{}",
        served.creds.join("openair-access-token").display()
    );
    let ns_url = format!("{}netsuite/", served.url);
    let oa_url = format!("{}openair/", served.url);
    let (client_id, cert_id) = (grab("client_id"), grab("certificate_id"));
    let add_in = |name: &str, environment: &str, extra: &[&str]| {
        let mut args = vec![
            "--config",
            &config,
            "profile",
            "add",
            name,
            "--ns-account",
            "1234567_SB1",
            "--ns-client-id",
            &client_id,
            "--ns-certificate-id",
            &cert_id,
            "--ns-private-key-file",
            &key,
            "--ns-base-url",
            &ns_url,
            "--oa-company",
            "acme",
            "--oa-environment",
            environment,
            "--oa-access-token",
            &token,
            "--oa-base-url",
            &oa_url,
            "--advanced",
        ];
        args.extend_from_slice(extra);
        env.run(&args)
    };
    let add = |name: &str, extra: &[&str]| add_in(name, "sandbox", extra);
    // The emulator-only base URLs are behind --advanced.
    let run = env.run(&[
        "--config",
        &config,
        "profile",
        "add",
        "plain",
        "--ns-account",
        "1234567_SB1",
        "--ns-client-id",
        &client_id,
        "--ns-certificate-id",
        &cert_id,
        "--ns-private-key-file",
        &key,
        "--ns-base-url",
        &ns_url,
        "--oa-company",
        "acme",
        "--oa-environment",
        "sandbox",
        "--oa-access-token",
        &token,
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--advanced"), "{}", run.stderr);
    assert!(!std::path::Path::new(&config).exists());
    let run = add("sb", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("It is the default profile."));
    assert_eq!(add("sb", &[]).code, 2, "adding twice needs --force");
    assert_eq!(add("sb", &["--force"]).code, 0);

    let list = env
        .run(&["--config", &config, "--json", "profile", "list"])
        .json();
    assert_eq!(list[0]["name"], "sb");
    assert_eq!(list[0]["default"], true);
    assert_eq!(list[0]["netsuite_auth"], "m2m");

    let show = env.run(&["--config", &config, "profile", "show"]);
    assert_eq!(show.code, 0, "{show:?}");
    assert!(show.stdout.contains("(mode 0600)"), "{}", show.stdout);
    assert!(show.stdout.contains("openair-access-token"));
    assert!(
        show.stdout
            .contains("customer=netsuite_customer_id__c (default)"),
        "{}",
        show.stdout
    );
    assert_no_secrets(&show.all(), &served.secrets());

    // The RESTlet host alone can be named (as Company URLs shows it); every RESTlet call then goes there.
    let refused = "http://127.0.0.1:9/";
    assert_eq!(add("rh", &["--ns-restlet-url", refused]).code, 0);
    let show = env.run(&["--config", &config, "profile", "show", "rh"]);
    assert!(
        show.stdout
            .contains(&format!("RESTlets {refused} (override)")),
        "{}",
        show.stdout
    );
    let bundles = env.run(&["--config", &config, "--profile", "rh", "bundles"]);
    assert_eq!(bundles.code, 4, "{bundles:?}");
    assert!(bundles.stderr.contains("127.0.0.1:9"), "{}", bundles.stderr);

    let test = env.run(&["--config", &config, "profile", "test", "sb"]);
    assert_eq!(test.code, 0, "{test:?}");

    // A literal secret on the command line is refused, and nothing is written.
    let before = std::fs::read_to_string(&config).unwrap();
    let mut args = vec![
        "--config",
        &config,
        "profile",
        "add",
        "lit",
        "--ns-account",
        "1234567_SB1",
        "--ns-client-id",
        "c",
        "--ns-certificate-id",
        "k",
        "--ns-private-key-file",
        &key,
        "--oa-company",
        "acme",
        "--oa-environment",
        "sandbox",
        "--oa-access-token",
    ];
    args.push("s3cr3t-token-value");
    let run = env.run(&args);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("--oa-access-token takes env:VARIABLE or file:PATH"),
        "{}",
        run.stderr
    );
    assert!(!run.all().contains("s3cr3t-token-value"));
    assert_eq!(std::fs::read_to_string(&config).unwrap(), before);

    // A sandbox account paired with a production company is refused.
    let run = add_in("mixed", "production", &[]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("sandbox accounts connect only to sandbox accounts"),
        "{}",
        run.stderr
    );
}

#[test]
fn clock_skew_expires_the_assertion_and_the_tba_timestamp() {
    let env = Env::new();
    // The service's clock runs two hours ahead of ours: our assertions and TBA timestamps look stale to it.
    let served = env.serve_with("healthy", &["--clock-offset", "7200"]);
    // M2M: the refusal's Date header shows the skew; oa-rt names it and signs once more with the service's time.
    let run = env.run_on(&served, &["profile", "test"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("clock skew"), "{}", run.stderr);
    let run = env.run_on(&served, &["--profile", "emulator-tba", "profile", "test"]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stdout.contains("machine clock"),
        "the TBA hint names the clock: {}",
        run.stdout
    );
    assert_no_secrets(&run.all(), &served.secrets());
}

#[test]
fn a_token_the_service_no_longer_knows_is_replaced_once() {
    let env = Env::new();
    let state = env.path().join("account.db").display().to_string();
    let served = env.serve_with("healthy", &["--state", &state]);
    let port = url::Url::parse(&served.url)
        .unwrap()
        .port()
        .unwrap()
        .to_string();
    let config = served.config_arg();
    assert_eq!(env.run_on(&served, &["profile", "test"]).code, 0);
    drop(served);
    // Same account, same port, same credentials: but the restarted service forgot the tokens it issued, so
    // the cached token is refused (401) and the client fetches a new one by itself.
    let served = env.serve_with("healthy", &["--state", &state, "--port", &port]);
    let run = env.run(&["--config", &config, "-v", "profile", "test"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("new token"), "{}", run.stdout);
    assert!(
        run.stderr.contains("-> 401"),
        "the cached token was tried first:\n{}",
        run.stderr
    );
    assert_eq!(served.requests()["netsuite.token"], 1);
}

/// Two profiles with comments; the sandbox reads secrets from files (which exist, 0600) and the environment.
fn two_profiles(env: &Env) -> (std::path::PathBuf, Vec<std::path::PathBuf>) {
    let secrets: Vec<_> = ["ns-consumer-secret", "ns-token-secret", "oa-token"]
        .iter()
        .map(|n| env.path().join(n))
        .collect();
    for f in &secrets {
        write_mode(f, "not-a-real-secret", 0o600);
    }
    let config = env.path().join("profiles.toml");
    let text = format!(
        r#"# my profiles
default_profile = "sandbox"   # the one I use

# the sandbox
[profiles.sandbox.netsuite]
account = "1234567_SB1"
auth = {{ method = "tba", consumer_key = {{ env = "CK" }}, consumer_secret = {{ file = "{}" }}, token_id = {{ env = "TI" }}, token_secret = {{ file = "{}" }} }}

[profiles.sandbox.openair]
company = "acme"
environment = "sandbox"
auth = {{ method = "token", access_token = {{ file = "{}" }} }}

# production, keep this comment
[profiles.prod.netsuite]
account = "1234567"
auth = {{ method = "tba", consumer_key = {{ env = "CK" }}, consumer_secret = {{ env = "CS" }}, token_id = {{ env = "TI" }}, token_secret = {{ env = "TS" }} }}

[profiles.prod.openair]
company = "acme"
environment = "production"
auth = {{ method = "token", access_token = {{ env = "T" }} }}
"#,
        secrets[0].display(),
        secrets[1].display(),
        secrets[2].display()
    );
    write_mode(&config, &text, 0o600);
    (config, secrets)
}

fn read(path: &std::path::Path) -> String {
    String::from_utf8(std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn use_and_rename_move_the_default_and_keep_the_comments() {
    let env = Env::new();
    let (config, _) = two_profiles(&env);
    let c = config.display().to_string();
    let before = read(&config);

    // Unknown names are refused with the close one, and nothing changes.
    let run = env.run(&["--config", &c, "profile", "use", "prd"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("unknown profile 'prd'") && run.stderr.contains("did you mean 'prod'"),
        "{}",
        run.stderr
    );
    assert_eq!(read(&config), before);

    let run = env.run(&["--config", &c, "profile", "use", "prod"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("'prod' is now the default profile"));
    assert!(run.stdout.contains("it was 'sandbox'"), "{}", run.stdout);
    let list = env
        .run(&["--config", &c, "--json", "profile", "list"])
        .json();
    let default: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["default"] == true)
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(default, ["prod"]);
    let text = read(&config);
    assert!(
        text.contains("default_profile = \"prod\"   # the one I use"),
        "{text}"
    );
    assert!(text.contains("# the sandbox") && text.contains("# production, keep this comment"));
    let run = env.run(&["--config", &c, "profile", "use", "prod"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("already the default"), "{}", run.stdout);

    // Renaming onto an existing name, or an unknown profile, is refused and changes nothing.
    let before = read(&config);
    let run = env.run(&["--config", &c, "profile", "rename", "prod", "sandbox"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("profile 'sandbox' already exists"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("oa-rt profile remove sandbox"));
    let run = env.run(&["--config", &c, "profile", "rename", "nope", "other"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("unknown profile 'nope'"),
        "{}",
        run.stderr
    );
    let run = env.run(&["--config", &c, "profile", "rename", "prod", "two words"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(read(&config), before);

    let run = env.run(&["--config", &c, "profile", "rename", "prod", "production"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("still the default profile, as 'production'")
    );
    let text = read(&config);
    assert!(text.contains("default_profile = \"production\""), "{text}");
    assert!(
        text.contains("# production, keep this comment\n[profiles.production.netsuite]"),
        "{text}"
    );
    assert!(!text.contains("profiles.prod."), "{text}");
    let show = env
        .run(&["--config", &c, "--json", "profile", "show"])
        .json();
    assert_eq!(show["profile"], "production");
    assert_eq!(show["netsuite.account"], "1234567");

    // A profile that is not the default keeps the default where it is.
    let run = env.run(&[
        "--config", &c, "--json", "profile", "rename", "sandbox", "sb",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["default_profile"], "production");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&config).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn remove_asks_and_leaves_the_secret_files_naming_them() {
    let env = Env::new();
    let (config, secrets) = two_profiles(&env);
    let c = config.display().to_string();
    let before = read(&config);

    // No terminal and no --yes: refused, with the fix, and nothing changes.
    let run = env.run(&["--config", &c, "profile", "remove", "sandbox"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("no terminal to ask"), "{}", run.stderr);
    assert!(
        run.stderr.contains("oa-rt profile remove sandbox --yes"),
        "{}",
        run.stderr
    );
    assert_eq!(read(&config), before);
    let run = env.run(&["--config", &c, "profile", "remove", "sandbx", "--yes"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("did you mean 'sandbox'"),
        "{}",
        run.stderr
    );
    assert_eq!(read(&config), before);

    let run = env.run(&["--config", &c, "profile", "remove", "sandbox", "--yes"]);
    assert_eq!(run.code, 0, "{run:?}");
    for (key, file) in [
        "netsuite.auth.consumer_secret",
        "netsuite.auth.token_secret",
        "openair.auth.access_token",
    ]
    .iter()
    .zip(&secrets)
    {
        assert!(file.exists(), "{} was deleted", file.display());
        let line = run
            .stdout
            .lines()
            .find(|l| l.contains(&file.display().to_string()))
            .unwrap_or_else(|| panic!("{} not named:\n{}", file.display(), run.stdout));
        assert!(line.contains(key), "{line}");
    }
    assert!(run.stdout.contains("left where they are"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("It was the default profile; the default is now 'prod', the only one left."),
        "{}",
        run.stdout
    );
    let text = read(&config);
    assert!(!text.contains("sandbox"), "{text}");
    assert!(text.contains("# my profiles"), "{text}");
    assert!(text.contains("default_profile = \"prod\""), "{text}");
    assert!(text.contains("# production, keep this comment"), "{text}");
    assert_eq!(env.run(&["--config", &c, "profile", "show"]).code, 0);

    let run = env.run(&[
        "--config", &c, "--json", "profile", "remove", "prod", "--yes",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let json = run.json();
    assert_eq!(json["removed"], "prod");
    assert_eq!(json["was_default"], true);
    assert!(json["default_profile"].is_null());
    assert_eq!(json["secret_files"], serde_json::json!([]));
    let list = env
        .run(&["--config", &c, "--json", "profile", "list"])
        .json();
    assert_eq!(list, serde_json::json!([]));
}

#[test]
fn remove_of_the_default_among_several_leaves_no_default() {
    let env = Env::new();
    let (config, _) = two_profiles(&env);
    let c = config.display().to_string();
    let original = read(&config);
    let prod = original
        .split("# production, keep this comment\n")
        .nth(1)
        .unwrap();
    let text = original.replace("[profiles.prod.", "[profiles.third.") + prod;
    write_mode(&config, &text, 0o600);
    let run = env.run(&["--config", &c, "profile", "remove", "sandbox", "--yes"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains(
            "there is no default now: choose one with `oa-rt profile use NAME` (prod, third)"
        ),
        "{}",
        run.stdout
    );
    let text = read(&config);
    assert!(!text.contains("default_profile"), "{text}");
    assert!(text.starts_with("# my profiles"), "{text}");
}

#[test]
fn emulator_serve_adds_its_profile_to_the_users_config() {
    let env = Env::new();
    // The default config file ($XDG_CONFIG_HOME/oa-rt/config.toml), with a profile of the person's own.
    let (mine, _) = two_profiles(&env);
    let config = env.path().join("config/oa-rt/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::copy(&mine, &config).unwrap();
    let before = read(&config);

    let served = env.serve_with("healthy", &["--add-profile", "emu"]);
    let text = read(&config);
    assert!(text.starts_with(&before), "the file was rewritten:\n{text}");
    assert!(text.contains("default_profile = \"sandbox\""), "{text}");
    assert!(
        text.contains(&format!("base_url = \"{}netsuite/\"", served.url)),
        "{text}"
    );
    assert!(
        text.contains(&format!("base_url = \"{}openair/\"", served.url)),
        "{text}"
    );
    for f in ["m2m-ec.pem", "openair-access-token"] {
        let path = served.creds.join(f).display().to_string();
        assert!(text.contains(&path), "{f} not named:\n{text}");
    }
    assert_no_secrets(&text, &served.secrets());
    // Both services answer through the added profile (exit 1: one check only a test import can settle).
    let run = env.run(&["--profile", "emu", "status"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("(profile 'emu')"), "{}", run.stdout);
    assert!(run.stdout.contains("answers as admin"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Not verified: 1 needs-check, 16 ok"),
        "{}",
        run.stdout
    );
    let run = env.run(&["--profile", "emu", "--json", "profile", "test"]);
    assert_eq!(run.code, 0, "{run:?}");

    // The name is taken now: refused before anything is served (the port in use would fail later), nothing
    // changed.
    let port = url::Url::parse(&served.url)
        .unwrap()
        .port()
        .unwrap()
        .to_string();
    let run = env.run(&["emulator", "serve", "--port", &port, "--add-profile", "emu"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("profile 'emu' already exists")
            && run.stderr.contains("profile remove emu"),
        "{}",
        run.stderr
    );
    assert_eq!(read(&config), text);
    let run = env.run(&[
        "emulator",
        "serve",
        "--port",
        &port,
        "--add-profile",
        "bad name",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
}

#[test]
fn the_readme_promotion_rehearsal_needs_no_hand_edits() {
    let env = Env::new();
    // A config file of its own, named by OA_RT_CONFIG as a person would; empty at first.
    let config = env.path().join("rehearsal").join("config.toml");
    let c = config.display().to_string();
    let vars = [("OA_RT_CONFIG", c.as_str())];
    let _sandbox = env.serve_env("upgrade", &["--add-profile", "sandbox"], &vars);
    let _production = env.serve_env(
        "upgrade",
        &["--account", "7654321", "--add-profile", "production"],
        &vars,
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&config).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let dir_mode = std::fs::metadata(config.parent().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(dir_mode, 0o700);

    let run = env.run_env(
        &vars,
        &[
            "--profile",
            "sandbox",
            "setup",
            "--yes",
            "--simulate-operator",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let plan = env.path().join("prod.json").display().to_string();
    let run = env.run_env(&vars, &["--profile", "production", "plan", "--out", &plan]);
    assert_eq!(run.code, 1, "production differs from the sandbox: {run:?}");
    let run = env.run_env(
        &vars,
        &[
            "--profile",
            "production",
            "apply",
            &plan,
            "--yes",
            "--simulate-operator",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    for profile in ["sandbox", "production"] {
        let run = env.run_env(&vars, &["profile", "remove", profile, "--yes"]);
        assert_eq!(run.code, 0, "{run:?}");
    }
}

#[test]
fn remove_at_a_terminal_asks_and_no_keeps_the_profile() {
    // A pseudo-terminal from util-linux `script`, where there is one.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` for a pseudo-terminal");
        return;
    }
    let env = Env::new();
    let (config, _) = two_profiles(&env);
    let bin = assert_cmd::cargo::cargo_bin("oa-rt");
    let answer = |key: &str| {
        let command = format!(
            "{} --config {} profile remove prod",
            bin.display(),
            config.display()
        );
        let mut child = std::process::Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env("HOME", env.path().join("home"))
            .env("XDG_CONFIG_HOME", env.path().join("config"))
            .env("XDG_STATE_HOME", env.path().join("state"))
            .env("XDG_CACHE_HOME", env.path().join("cache"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Answer once the question is up (the prompt reads keys, not lines).
        std::thread::sleep(std::time::Duration::from_millis(700));
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(key.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        drop(stdin);
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let before = read(&config);
    let (code, out) = answer("n");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Remove profile 'prod'"), "{out}");
    assert!(out.contains("Nothing was changed."), "{out}");
    assert_eq!(read(&config), before);
    let (code, out) = answer("y");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Removed profile 'prod'"), "{out}");
    assert!(!read(&config).contains("[profiles.prod."));
}
