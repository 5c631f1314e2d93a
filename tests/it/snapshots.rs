//! Snapshots of today's human output: the exit code, stdout and stderr of one run of the real binary, without a
//! terminal, on a clock set with `OA_RT_NOW` (the tool's and the emulator's), so dates, days left and expiries
//! are the same every day. The snapshots live in `tests/it/snapshots/`; after an intended change of the output,
//! review the new text (`cargo insta review`, or the `.snap.new` files insta leaves beside the old ones) and
//! commit it. In CI (`CI=true`) a difference fails and nothing is written.

use crate::common::{Env, NOW, Run};

/// `oa-rt ARGS` on the fixed clock.
fn run(env: &Env, args: &[&str]) -> Run {
    env.run_env(&[("OA_RT_NOW", NOW)], args)
}

/// Only what differs from one run to the next, each replaced by a placeholder that says what it stood for.
fn filters() -> Vec<(&'static str, &'static str)> {
    vec![
        // The port of an emulator (embedded or served): any free loopback port.
        (r"http://127\.0\.0\.1:\d+/", "http://127.0.0.1:[PORT]/"),
        // Round trips and token fetches, timed in milliseconds.
        (r"\b\d+ ms\b", "[N] ms"),
        // How long an import took to land, timed in tenths of a second.
        (r"\bafter \d+\.\d s\b", "after [N.N] s"),
        // A backup id: the second it was written at (the clock runs on from OA_RT_NOW) and a random suffix.
        (
            r"\b(\d{8}T\d{4})\d{2}Z-([a-z-]+)-[0-9a-f]{4}\b",
            "${1}[SS]Z-${2}-[RANDOM]",
        ),
        // Times written during the run: the clock runs on from 12:00:00, so the seconds depend on the machine.
        (r"\b2026-12-01 12:00:\d{2}\b", "2026-12-01 12:00:[SS]"),
        // Days left on a certificate generated during the run for 365 days: 365 when the status that follows
        // reads the clock in the same second, 364 once a second has passed (days are counted down, whole).
        (r"\(36[45] days\)", "(36? days)"),
    ]
}

/// Asserts the snapshot NAME of one run; COMMAND is how it was run, for the reader of the `.snap` file.
fn assert_run(name: &str, command: &str, run: &Run) {
    let text = format!(
        "exit code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
        run.code, run.stdout, run.stderr
    );
    insta::with_settings!({
        description => format!("{command}\n(no terminal; OA_RT_NOW={NOW})"),
        omit_expression => true,
        prepend_module_to_snapshot => false,
        filters => filters(),
    }, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn status_upgrade() {
    let env = Env::new();
    let r = run(&env, &["--emulator=upgrade", "status"]);
    assert_run("status_upgrade", "oa-rt --emulator=upgrade status", &r);
}

#[test]
fn status_healthy() {
    let env = Env::new();
    let r = run(&env, &["--emulator=healthy", "status"]);
    assert_run("status_healthy", "oa-rt --emulator=healthy status", &r);
}

#[test]
fn plan_upgrade() {
    let env = Env::new();
    let r = run(&env, &["--emulator=upgrade", "plan"]);
    assert_run("plan_upgrade", "oa-rt --emulator=upgrade plan", &r);
}

#[test]
fn plan_order_drift() {
    let env = Env::new();
    let r = run(&env, &["--emulator=order-drift", "plan"]);
    assert_run("plan_order_drift", "oa-rt --emulator=order-drift plan", &r);
}

/// A guided step nobody can perform: NetSuite refuses to let the companion edit another bundle's deployments,
/// there is no terminal to ask on, so the tool shows the UI steps and waits for a person (exit 5).
#[test]
fn deploy_bundle_locked_without_a_terminal() {
    let env = Env::new();
    let served = env.serve_at_now("bundle-locked");
    let r = env.run_env_on(
        &served,
        &[("OA_RT_NOW", NOW)],
        &["deploy", "--record-types", "customer", "--yes"],
    );
    assert_run(
        "deploy_bundle_locked",
        "oa-rt --config <served bundle-locked emulator's config.toml> deploy --record-types customer --yes",
        &r,
    );
}

/// The README's main command, the whole job from start to end.
#[test]
fn setup_upgrade() {
    let env = Env::new();
    let r = run(
        &env,
        &[
            "--emulator=upgrade",
            "setup",
            "--yes",
            "--simulate-operator",
        ],
    );
    assert_run(
        "setup_upgrade",
        "oa-rt --emulator=upgrade setup --yes --simulate-operator",
        &r,
    );
}
