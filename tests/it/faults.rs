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
