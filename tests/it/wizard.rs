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

/// Picks the default profile and answers the desired-state questions with their defaults.
fn answer_choices(p: &mut PtySession) {
    p.exp_string("Which profile").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Record types to import in real time").unwrap();
    p.send_line("").unwrap();
    p.exp_string("E-mail address for real-time import errors")
        .unwrap();
    p.send_line("").unwrap();
    key(p, "Import leads with customers?", "n");
    key(p, "Import prospects with customers?", "n");
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
