//! The `setup` wizard in a pseudo-terminal, driven as a person would: answer the questions, accept the plans.

use rexpect::session::{PtySession, spawn_command};

use crate::common::Env;

/// `oa-rt ARGS` in a pseudo-terminal, 30 s per expectation.
fn spawn(env: &Env, args: &[&str]) -> PtySession {
    let mut cmd = env.cmd();
    // The pty is the terminal: stdin too (the harness's default is no stdin).
    cmd.args(args)
        .env("COLUMNS", "160")
        .env("TERM", "xterm")
        .stdin(std::process::Stdio::inherit());
    spawn_command(cmd, Some(30_000)).expect("spawn in a pty")
}

/// Picks the default profile and answers the desired-state questions with their defaults, leads and prospects no.
fn answer_choices(p: &mut PtySession) {
    answer_choices_with(p, "n", "n");
}

/// [`answer_choices`] with these keys for leads and prospects ("\r" accepts the default).
fn answer_choices_with(p: &mut PtySession, leads: &str, prospects: &str) {
    p.exp_string("Which profile").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Record types to import in real time").unwrap();
    p.send_line("").unwrap();
    p.exp_string("E-mail address for real-time import errors")
        .unwrap();
    p.send_line("").unwrap();
    key(p, "Import leads with customers?", leads);
    key(p, "Import prospects with customers?", prospects);
}

/// Waits for a yes/no question and presses one key. The key goes only once the question has switched the
/// terminal to raw mode: a key typed before would wait in the line buffer for a newline.
fn key(p: &mut PtySession, question: &str, k: &str) {
    p.exp_string(question).unwrap();
    p.exp_string("]").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send(k).unwrap();
    p.flush().unwrap();
}

#[test]
fn the_wizard_asks_applies_and_ends_healthy() {
    let env = Env::new();
    let served = env.serve("upgrade");
    let c = served.config_arg();
    let mut p = spawn(&env, &["--config", &c, "--simulate-operator", "setup"]);
    answer_choices(&mut p);
    for step in [
        "bundles",
        "deployments",
        "settings",
        "openair",
        "certificate",
    ] {
        p.exp_string(&format!("] {step}: ")).unwrap();
        key(&mut p, "Make th", "y");
        p.exp_regex(&format!("Verified: {step} is done|Not observable"))
            .unwrap();
    }
    p.exp_string("Healthy: the real-time import works end to end.")
        .unwrap();
    p.exp_eof().unwrap();
    let status = env.run_on(&served, &["status"]);
    assert_eq!(status.code, 0, "{status:?}");
    assert!(env.work().join("oa-rt.toml").exists());
}

#[test]
fn ctrl_c_in_the_wizard_leaves_a_state_the_next_run_finishes() {
    let env = Env::new();
    let served = env.serve("upgrade");
    let c = served.config_arg();
    let mut p = spawn(&env, &["--config", &c, "--simulate-operator", "setup"]);
    answer_choices(&mut p);
    p.exp_string("] bundles: ").unwrap();
    key(&mut p, "Make th", "y");
    p.exp_string("Verified: bundles is done").unwrap();
    p.exp_string("] deployments: ").unwrap();
    p.exp_string("Make th").unwrap();
    p.exp_string("]").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.flush().unwrap();
    let status = p.process_mut().wait().unwrap();
    assert!(
        format!("{status:?}").contains("130"),
        "interrupted runs end with 130: {status:?}"
    );
    // Nothing of the deployments was changed; the next run picks up where this one stopped.
    let again = env.run_on(&served, &["setup", "--yes", "--simulate-operator"]);
    assert_eq!(again.code, 0, "{again:?}");
    assert!(
        again.stdout.contains("[1/7] bundles: nothing to do"),
        "{}",
        again.stdout
    );
    assert!(
        again.stdout.contains("Verified: deployments is done."),
        "{}",
        again.stdout
    );
}

/// Seed step 5's note, in its order: leads are included in OpenAir's administration form first (the wizard asks
/// about it while NetSuite's box is still clear), then NetSuite's box. A rerun that accepts every default — now the
/// account's values — changes nothing.
#[test]
fn the_wizard_asks_openairs_lead_setting_before_netsuites_box_and_a_rerun_changes_nothing() {
    let env = Env::new();
    let served = env.serve("healthy");
    let c = served.config_arg();
    let include_lead = |env: &Env| {
        crate::common::dump(env, &served)["netsuite"]["settings"][0]
            ["custrecord_oa_realtime_include_lead"]
            .clone()
    };
    let mut p = spawn(&env, &["--config", &c, "setup", "--no-test-import"]);
    answer_choices_with(&mut p, "y", "n");
    // Step 3 deploys the lead deployment the checklist requires (through the companion).
    p.exp_string("] deployments: ").unwrap();
    key(&mut p, "Make th", "y");
    p.exp_string("Verified: deployments is done").unwrap();
    // Step 5: OpenAir's setting, named exactly, is asked about before NetSuite's box changes.
    p.exp_string("] settings: ").unwrap();
    key(&mut p, "Make th", "y");
    p.exp_string("First in OpenAir: include NetSuite leads in the customers import")
        .unwrap();
    p.exp_string("Include NetSuite leads marked 'Export to OpenAir' in the customers import")
        .unwrap();
    p.exp_string("Saved in OpenAir with those boxes checked?")
        .unwrap();
    assert_eq!(include_lead(&env), "F", "NetSuite's box waits for OpenAir");
    p.exp_string("]").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send("y").unwrap();
    p.flush().unwrap();
    p.exp_string("Verified: settings is done").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(include_lead(&env), "T");

    // The rerun: every question defaults to the account's value; accepting them all changes nothing.
    let before = crate::common::dump(&env, &served)["netsuite"].clone();
    let mut p = spawn(&env, &["--config", &c, "setup", "--no-test-import"]);
    // Enter on each: the defaults, now the account's values.
    answer_choices_with(&mut p, "\r", "\r");
    p.exp_string("[7/7] certificate: nothing to do").unwrap();
    p.exp_eof().unwrap();
    let after = crate::common::dump(&env, &served)["netsuite"].clone();
    for part in ["userEventDeployments", "settings", "bundles"] {
        assert_eq!(after[part], before[part], "{part} changed on a rerun");
    }
}
