//! Each scenario shows, through the CLI and the UI surface, exactly the condition it names.

use serde_json::Value;

use crate::common::{Env, Served, block_on, companion, dump};

fn customer_scripts(d: &Value) -> Vec<(String, String, bool)> {
    d["netsuite"]["userEventDeployments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["recordtype"] == "CUSTOMER" && x["isdeployed"] == "T")
        .map(|x| {
            (
                x["script"].as_str().unwrap().to_string(),
                x["localized"].as_str().unwrap_or("").to_string(),
                x["beforesubmit"] == 1,
            )
        })
        .collect()
}

fn permissions(d: &Value, role: &str) -> Vec<String> {
    d["netsuite"]["rolePermissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["role"] == role)
        .map(|p| p["permkey"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn scenarios_are_listed_one_line_each() {
    let env = Env::new();
    let run = env.run(&["emulator", "scenarios"]);
    assert_eq!(run.code, 0);
    let names: Vec<&str> = run
        .stdout
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        names,
        vec![
            "upgrade",
            "healthy",
            "order-drift",
            "missing-permission",
            "custom-role",
            "placeholder-cert",
            "expiring-cert",
            "sandbox-mismatch",
            "localized-script",
            "bundle-locked",
            "suitesignon-left",
            "restricted-cert",
            "restricted-caller",
            "custom-url",
            "no-companion",
            "large"
        ]
    );
}

#[test]
fn each_scenario_shows_its_condition() {
    let env = Env::new();
    for scenario in [
        "healthy",
        "order-drift",
        "missing-permission",
        "custom-role",
        "placeholder-cert",
        "expiring-cert",
        "sandbox-mismatch",
        "localized-script",
        "bundle-locked",
    ] {
        let served = env.serve(scenario);
        let d = dump(&env, &served);
        assert_eq!(d["scenario"], scenario);
        let bundles = env.run_on(&served, &["bundles"]);
        let settings = &d["netsuite"]["settings"][0];
        let cert = &d["netsuite"]["digitalCertificates"];
        let scripts = customer_scripts(&d);
        match scenario {
            "healthy" => {
                assert_eq!(bundles.code, 0, "{bundles:?}");
                assert_eq!(cert[0]["placeholder"], false);
                assert!(cert[0]["certificate"]["daysLeft"].as_i64().unwrap() > 100);
                assert_eq!(d["openair"]["netsuiteConnector"]["oauth2"], true);
                // The send script is the only afterSubmit-only script: nothing can run after it.
                assert_eq!(
                    scripts.iter().filter(|(_, _, before)| !before).count(),
                    1,
                    "{scripts:?}"
                );
            }
            "order-drift" => {
                let sync = scripts
                    .iter()
                    .position(|s| s.0 == "customscript_acme_customer_sync")
                    .unwrap();
                let send = scripts
                    .iter()
                    .position(|s| s.0 == "customscript_oa_send_record_v2")
                    .unwrap();
                assert!(
                    sync > send,
                    "the extra script is after the send script on the page: {scripts:?}"
                );
                assert!(!scripts[sync].2 && scripts[sync].1.is_empty());
            }
            "missing-permission" => {
                let p = permissions(&d, "NSOA Connector");
                assert!(!p.contains(&"ADMI_CERTIFICATES".to_string()), "{p:?}");
                assert!(p.contains(&"ADMI_LOGIN_OAUTH2".to_string()));
            }
            "custom-role" => {
                assert_eq!(
                    d["netsuite"]["integrationRole"]["name"],
                    "ACME SuiteProjects Integration"
                );
                // Seed step 2 exactly: Certificate management, none of the OIDC sign-on permissions.
                let p = permissions(&d, "ACME SuiteProjects Integration");
                assert_eq!(p, vec!["ADMI_CERTIFICATES".to_string()], "{p:?}");
                // oa-rt signs in with a role of its own.
                let caller = permissions(&d, "ACME oa-rt");
                assert!(
                    caller.contains(&"ADMI_LOGIN_OAUTH2".to_string()),
                    "{caller:?}"
                );
                let runs_as: Vec<&Value> = d["netsuite"]["userEventDeployments"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|x| {
                        x["script"] == "customscript_oa_send_record_v2" && x["isdeployed"] == "T"
                    })
                    .map(|x| &x["runasrole"])
                    .collect();
                assert!(runs_as.iter().all(|r| **r == 1100), "{runs_as:?}");
            }
            "placeholder-cert" => {
                assert_eq!(cert[0]["placeholder"], true);
                assert!(cert[0]["certificate"].is_null());
                assert!(d["openair"]["certificates"].as_array().unwrap().is_empty());
            }
            "expiring-cert" => {
                let days = cert[0]["certificate"]["daysLeft"].as_i64().unwrap();
                assert!((11..=12).contains(&days), "{days}");
            }
            "sandbox-mismatch" => {
                assert_eq!(d["openair"]["environment"], "sandbox");
                assert_eq!(
                    settings["custrecord_oa_url"],
                    "https://acme.app.netsuitesuiteprojectspro.com"
                );
                let run = env.run_on(
                    &served,
                    &["--json", "emulator", "ui", "save-record", "customer:1001"],
                );
                assert!(
                    run.json()["send"]
                        .as_str()
                        .unwrap()
                        .contains("sandbox accounts connect only to sandbox accounts")
                );
            }
            "localized-script" => {
                assert!(
                    scripts
                        .iter()
                        .any(|s| s.0 == "customscript_l10n_fr_tax_registration" && s.1 == "FR"),
                    "{scripts:?}"
                );
            }
            "bundle-locked" => {
                let refused = deployment_update(&served, "customdeploy_oa_send_customer_v2");
                assert_eq!(refused["error"]["code"], "BUNDLE_LOCKED", "{refused}");
                // The account's own deployments can still be edited.
                let own = deployment_update(&served, "customdeploy_acme_customer_defaults");
                assert_eq!(own["ok"], true, "{own}");
            }
            _ => unreachable!(),
        }
    }
}

fn deployment_update(served: &Served, deployment: &str) -> Value {
    companion(
        served,
        serde_json::json!({"action": "deployment.update", "scriptId": deployment, "set": {"loglevel": "AUDIT"}}),
    )
}

#[test]
fn large_has_ten_thousand_deployments_over_three_hundred_record_types() {
    let env = Env::new();
    let served = env.serve("large");
    let d = dump(&env, &served);
    assert!(
        d["netsuite"]["deploymentCount"].as_i64().unwrap() >= 10_000,
        "{}",
        d["netsuite"]["deploymentCount"]
    );
    // SuiteQL pages through it all.
    let config = served.config.clone();
    let (rows, types) = block_on(async move {
        let clients = crate::common::clients(&config, "emulator");
        let rows = clients
            .netsuite
            .suiteql("SELECT primarykey, recordtype FROM scriptdeployment ORDER BY primarykey")
            .await
            .unwrap();
        let types: std::collections::HashSet<String> = rows
            .iter()
            .filter_map(|r| r.get("recordtype").map(str::to_string))
            .collect();
        (rows.len(), types.len())
    });
    assert!(
        rows >= 10_000 && types >= 300,
        "{rows} rows, {types} record types"
    );
}

#[test]
fn reset_restores_the_scenario_and_keeps_credentials() {
    let env = Env::new();
    let served = env.serve("healthy");
    assert_eq!(
        env.run_on(
            &served,
            &["emulator", "ui", "install-bundle", "369630", "4.10"],
        )
        .code,
        0
    );
    assert_eq!(
        dump(&env, &served)["netsuite"]["bundles"][1]["version"],
        "4.10"
    );
    assert_eq!(env.run_on(&served, &["emulator", "reset"]).code, 0);
    assert_eq!(
        dump(&env, &served)["netsuite"]["bundles"][1]["version"],
        "4.03"
    );
    assert_eq!(
        env.run_on(&served, &["profile", "test"]).code,
        0,
        "credentials survive a reset"
    );
}

#[test]
fn dump_of_a_state_file_redacts_secrets() {
    let env = Env::new();
    let state = env.path().join("acct.db").display().to_string();
    let served = env.serve_with("healthy", &["--state", &state]);
    let secrets = served.secrets();
    drop(served);
    let run = env.run(&["emulator", "dump", "--state", &state]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Scenario healthy"));
    assert!(
        run.stdout
            .contains("custcertificate_oa_realtime valid until")
    );
    crate::common::assert_no_secrets(&run.all(), &secrets);
    assert!(!run.stdout.contains("PRIVATE KEY"));
    let missing = env.run(&["emulator", "dump", "--state", "/nonexistent/state.db"]);
    assert_eq!(missing.code, 2);
}
