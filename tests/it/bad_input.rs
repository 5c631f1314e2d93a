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
