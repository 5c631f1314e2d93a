//! One read of NetSuite per look: the companion's `observe` action when it has one, else SuiteQL and the single
//! actions in two rounds — with the same verdicts either way (issue 13).

use serde_json::Value;

use crate::common::{Env, Served};

/// Requests per surface that one command sent.
fn counted(served: &Served, run: impl FnOnce()) -> serde_json::Map<String, Value> {
    let before = served.requests();
    run();
    let after = served.requests();
    after
        .as_object()
        .unwrap()
        .iter()
        .filter_map(|(k, v)| {
            let n = v.as_u64().unwrap() - before[k].as_u64().unwrap_or(0);
            (n > 0).then(|| (k.clone(), Value::from(n)))
        })
        .collect()
}

/// The checks of `status --json`, their times left out (the emulated certificate is made when it starts).
fn checks(out: &Value) -> Vec<(String, String, String)> {
    let times = |s: &str| {
        s.split_whitespace()
            .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    out["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["check"].as_str().unwrap().to_string(),
                c["verdict"].as_str().unwrap().to_string(),
                times(c["detail"].as_str().unwrap_or("")),
            )
        })
        .collect()
}

fn total(counts: &serde_json::Map<String, Value>) -> u64 {
    counts.values().map(|v| v.as_u64().unwrap()).sum()
}

#[test]
fn a_warm_status_is_one_companion_call_and_one_openair_request() {
    let env = Env::new();
    let served = env.serve("order-drift");
    let cold = counted(&served, || {
        env.run_on(&served, &["status"]);
    });
    assert_eq!(cold["netsuite.token"], 1, "{cold:?}");
    assert_eq!(total(&cold), 3, "the token, then one wave: {cold:?}");
    let mut out = Value::Null;
    let warm = counted(&served, || {
        out = env.run_on(&served, &["--json", "status"]).json();
    });
    assert_eq!(
        warm,
        serde_json::json!({"netsuite.restlet": 1, "openair.api": 1})
            .as_object()
            .unwrap()
            .clone(),
        "no SuiteQL, nothing read twice"
    );
    // The drift is seen through the one call: an afterSubmit script that may run after the send script.
    assert!(
        checks(&out)
            .iter()
            .any(|(c, v, _)| c == "running order: CUSTOMER" && v == "needs-check"),
        "{out}"
    );
}

#[test]
fn every_companion_gives_the_same_verdicts_and_without_one_suiteql_takes_two_rounds() {
    let env = Env::new();
    let status = |served: &Served| {
        let run = env.run_on(served, &["--json", "status"]);
        assert_eq!(run.code, 1, "{run:?}");
        run.json()
    };
    let current = env.serve("localized-script");
    let older = env.serve_with("localized-script", &["--companion", "older"]);
    let none = env.serve_with("localized-script", &["--companion", "none"]);
    let with_observe = status(&current);
    let with_older = status(&older);
    assert_eq!(checks(&with_observe), checks(&with_older));
    // Warm, an older companion is read through SuiteQL and its single actions: no `observe` asked again.
    let warm = counted(&older, || {
        status(&older);
    });
    assert_eq!(warm["netsuite.suiteql"], 4, "{warm:?}");
    assert!(warm["netsuite.restlet"].as_u64().unwrap() <= 5, "{warm:?}");
    // None installed: the companion's parts fail and say how to install it; the rest is the same.
    let without = status(&none);
    let missing: Vec<_> = checks(&without)
        .into_iter()
        .filter(|c| !checks(&with_observe).contains(c))
        .collect();
    assert!(
        missing
            .iter()
            .all(|(_, v, d)| v != "ok" && d.contains("companion")),
        "{missing:?}"
    );
    assert!(!missing.is_empty());
    // Remembered as missing: four queries and the settings record in two rounds, and one `observe` in the
    // second round in case it was installed since.
    let warm = counted(&none, || {
        status(&none);
    });
    assert_eq!(
        warm,
        serde_json::json!({"netsuite.suiteql": 4, "netsuite.record": 2, "netsuite.restlet": 1, "openair.api": 1})
            .as_object()
            .unwrap()
            .clone()
    );
}

#[test]
fn deployments_beyond_the_restlets_governance_units_are_read_in_later_calls() {
    let env = Env::new();
    let full = env.serve("large");
    let scarce = env.serve_with("large", &["--restlet-units", "120"]);
    let reference = env.run_on(&full, &["--json", "status"]).json();
    let mut out = Value::Null;
    let counts = counted(&scarce, || {
        out = env.run_on(&scarce, &["--json", "status"]).json();
    });
    assert_eq!(checks(&out), checks(&reference));
    assert!(
        counts["netsuite.restlet"].as_u64().unwrap() > 1,
        "the pending deployments were asked for: {counts:?}"
    );
    assert!(!counts.contains_key("netsuite.suiteql"), "{counts:?}");
}
