//! Faults of `emulator serve`: observable (counted by surface) and bounded, and the client rides them out where
//! it may.

use serde_json::Value;

use crate::common::{Env, block_on};

fn sum(counts: &Value, field: &str) -> u64 {
    counts
        .as_object()
        .unwrap()
        .values()
        .map(|s| s[field].as_u64().unwrap_or(0))
        .sum()
}

#[test]
fn a_burst_of_429s_is_retried_away() {
    let env = Env::new();
    let served = env.serve_with("healthy", &["--burst-429", "3"]);
    let run = env.run_env_on(&served, &[("OA_RT_RETRIES", "5")], &["profile", "test"]);
    assert_eq!(run.code, 0, "{run:?}");
    let counts = served.faults();
    assert_eq!(sum(&counts, "limit"), 3, "{counts}");
}

#[test]
fn failures_and_drops_end_in_a_service_error_after_retries() {
    let env = Env::new();
    for flags in [["--fail-rate", "1"], ["--drop-rate", "1"]] {
        let served = env.serve_with("healthy", &flags);
        let run = env.run_on(&served, &["--json", "profile", "test"]);
        assert_eq!(run.code, 4, "{flags:?}: {run:?}");
        let counts = served.faults();
        let field = if flags[0] == "--fail-rate" {
            "fail"
        } else {
            "drop"
        };
        // Bounded: each request was tried 1 + OA_RT_RETRIES (2) times, no more.
        assert_eq!(sum(&counts, field), sum(&counts, "requests"), "{counts}");
        assert!(sum(&counts, "requests") <= 6, "{counts}");
        // The emulator keeps serving its control surface.
        assert!(counts.is_object());
    }
}

#[test]
fn the_concurrency_limit_is_enforced_and_the_client_stays_within_it_eventually() {
    let env = Env::new();
    let served = env.serve_with("large", &["--concurrency-limit", "2", "--latency", "20"]);
    let config = served.config.clone();
    let rows = block_on(async move {
        let clients = crate::common::clients(&config, "emulator");
        // Four pages at once against a limit of two: some are refused (429) and retried.
        clients
            .netsuite
            .suiteql_paged(
                "SELECT primarykey FROM scriptdeployment ORDER BY primarykey",
                500,
            )
            .await
            .unwrap()
    });
    assert!(rows.len() > 2500);
    let counts = served.faults();
    assert!(
        counts["netsuite.rest"]["limit"].as_u64().unwrap() > 0,
        "{counts}"
    );
}

#[test]
fn a_busy_token_endpoint_is_a_service_error_not_an_authentication_failure() {
    let env = Env::new();
    let served = env.serve_with("healthy", &["--burst-429", "1000"]);
    let run = env.run_env_on(
        &served,
        &[("OA_RT_RETRIES", "1")],
        &["--json", "auth", "status"],
    );
    assert_eq!(run.code, 4, "{run:?}");
    assert!(
        run.all()
            .contains("NetSuite's token endpoint is busy (HTTP 429"),
        "{run:?}"
    );
    // Retried like any other 429.
    assert!(sum(&served.faults(), "limit") >= 2);
}

#[test]
fn a_clock_off_by_minutes_is_named_and_corrected_once() {
    let env = Env::new();
    // The emulator's clock runs 15 minutes ahead: an assertion signed with our clock has already expired there.
    let served = env.serve_with("healthy", &["--clock-offset", "900"]);
    let run = env.run_on(&served, &["profile", "test"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .contains("clock skew: this machine's clock is 900 s behind NetSuite's")
            || run
                .stderr
                .contains("clock skew: this machine's clock is 899 s behind")
            || run
                .stderr
                .contains("clock skew: this machine's clock is 901 s behind"),
        "{}",
        run.stderr
    );
    // The first assertion was refused for its time, the corrected one accepted: two token requests.
    assert_eq!(
        served.requests()["netsuite.token"],
        2,
        "{}",
        served.requests()
    );
}

#[test]
fn private_directories_are_0700_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let served = env.serve("healthy");
    // A permissive umask for the runs below (the shell's, inherited by oa-rt).
    let sh = |args: &str| {
        let c = env.cmd();
        let bin = c.get_program().to_owned();
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("umask 000; exec \"$0\" {args}"))
            .arg(bin)
            .envs(c.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
            .current_dir(env.work())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args}: {out:?}");
    };
    let config = served.config_arg();
    sh(&format!("--config {config} profile test"));
    sh(&format!(
        "--config {config} --yes settings set error-email=ops@acme.example"
    ));
    sh(&format!(
        "auth init --out-dir {}/keys/new",
        env.path().display()
    ));
    sh(
        "profile add sb --ns-account 1234567_SB1 --ns-auth tba --ns-consumer-key env:A --ns-consumer-secret env:B \
         --ns-token-id env:C --ns-token-secret env:D --oa-company acme --oa-environment sandbox --oa-access-token env:E",
    );
    for d in [
        "cache",
        "cache/oa-rt",
        "cache/oa-rt/tokens",
        "state",
        "state/oa-rt",
        "state/oa-rt/backups",
        "config",
        "config/oa-rt",
        "keys",
        "keys/new",
    ] {
        let path = env.path().join(d);
        let mode = std::fs::metadata(&path)
            .unwrap_or_else(|e| panic!("{d}: {e}"))
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o700, "{d} is {mode:o}");
    }
}
