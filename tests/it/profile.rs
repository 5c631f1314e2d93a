//! `oa-rt profile add | list | show | test` against a served emulator.

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
        ];
        args.extend_from_slice(extra);
        env.run(&args)
    };
    let add = |name: &str, extra: &[&str]| add_in(name, "sandbox", extra);
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
