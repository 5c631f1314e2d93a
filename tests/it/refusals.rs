//! An account that refuses a question: a column it does not have (`emulator serve --refuse-column`), as an
//! account of another release or edition would. The check that rests on it is `needs-check` with NetSuite's
//! answer; every other step is still reported, and nothing is planned or changed from a guess.

use crate::common::{Env, dump};

const REFUSED: &str = "usereventscriptdeployment.recordtype";

fn verdicts_of(checks: &serde_json::Value, step: &str) -> Vec<String> {
    checks
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["step"] == step)
        .map(|c| c["verdict"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_refused_column_leaves_its_checks_needs_check_and_the_rest_reported() {
    let env = Env::new();
    let served = env.serve_with("healthy", &["--refuse-column", REFUSED]);
    let deployments_before = dump(&env, &served)["netsuite"]["userEventDeployments"].clone();

    // status: the deployments and the order are needs-check with NetSuite's words; the other steps are checked.
    let status = env.run_on(&served, &["--json", "status"]);
    assert_ne!(status.code, 4, "never a dead command: {status:?}");
    let j = status.json();
    let checks = &j["checks"];
    for step in ["deployments", "order"] {
        assert_eq!(
            verdicts_of(checks, step),
            vec!["needs-check"],
            "{step}: {j}"
        );
    }
    let deployments = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["step"] == "deployments")
        .unwrap();
    assert!(
        deployments["detail"]
            .as_str()
            .unwrap()
            .contains("Unknown identifier 'recordtype'"),
        "{deployments}"
    );
    for step in ["bundles", "role", "settings", "certificate"] {
        let v = verdicts_of(checks, step);
        assert!(
            !v.is_empty() && v.iter().all(|v| v == "ok"),
            "{step}: {v:?}"
        );
    }

    // plan: nothing planned for what could not be seen, and not "in sync".
    let plan = env.run_on(&served, &["--json", "plan"]);
    assert_eq!(plan.code, 1, "{plan:?}");
    let p = plan.json();
    assert_eq!(p["in_sync"], false);
    assert_eq!(p["items"], serde_json::json!([]));
    let unplanned: Vec<&str> = p["unplanned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["step"].as_str().unwrap())
        .collect();
    assert_eq!(unplanned, vec!["deployments", "order"], "{p}");
    let text = env.run_on(&served, &["plan"]);
    assert!(
        text.stdout
            .contains("No changes for what could be observed."),
        "{}",
        text.stdout
    );
    assert!(
        !text
            .stdout
            .contains("the account is as the desired state says")
    );

    // verify-order: the order check is needs-check with the reason; exit 1 (not verified).
    let order = env.run_on(&served, &["verify-order"]);
    assert_eq!(order.code, 1, "{order:?}");
    assert!(
        order.stdout.starts_with("needs-check: running order: "),
        "{}",
        order.stdout
    );
    assert!(order.stdout.contains("Unknown identifier 'recordtype'"));

    // deploy: the plan cannot be made, so nothing changes.
    let deploy = env.run_on(
        &served,
        &["--json", "deploy", "--record-types", "customer", "--yes"],
    );
    assert_eq!(deploy.code, 1, "{deploy:?}");
    let d = deploy.json();
    assert_eq!(d["findings"][0]["verdict"], "needs-check", "{d}");
    assert_eq!(d["applied"], serde_json::json!([]));
    assert_eq!(
        dump(&env, &served)["netsuite"]["userEventDeployments"],
        deployments_before,
        "nothing changed"
    );
}

#[test]
fn refuse_column_wants_table_dot_column() {
    let env = Env::new();
    let run = env.run(&["emulator", "serve", "--refuse-column", "recordtype"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("is not TABLE.COLUMN"), "{}", run.stderr);
}
