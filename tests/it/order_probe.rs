//! The running-order probe (`verify-order --probe`, `test-import`): after a UI save, the fields the connector maps
//! in NetSuite against what OpenAir received — on order-drift it fails naming the script, after the reorder through
//! the UI surface it agrees (supporting evidence only), and a field OpenAir refuses degrades to needs-check.

use serde_json::Value;

use crate::common::{Env, ui};

fn customer(j: &Value) -> Value {
    j["record_types"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["record_type"] == "CUSTOMER")
        .unwrap()
        .clone()
}

#[test]
fn order_drift_probe_fails_naming_the_script_and_agrees_after_the_ui_reorder() {
    let env = Env::new();
    let served = env.serve("order-drift");
    let file = env.path().join("oa-rt-evidence.toml").display().to_string();

    // The save reaches OpenAir, then the sync script stamps the company name: NetSuite is newer.
    let r = env.run_on(
        &served,
        &[
            "verify-order",
            "--evidence",
            &file,
            "--probe",
            "customer:1001",
        ],
    );
    assert_eq!(r.code, 1, "{r:?}");
    for wanted in [
        "differs: NetSuite is newer",
        "Acme Rockets (synced 1)",
        "customscript_acme_customer_sync",
        "ACME Customer Sync",
        "Scripted Records > Customer",
    ] {
        assert!(r.stdout.contains(wanted), "{wanted}:\n{}", r.stdout);
    }

    // test-import, once its record arrived, says the same (exit 1).
    let t = env.run_on(
        &served,
        &["--json", "test-import", "--record", "customer:1001"],
    );
    assert_eq!(t.code, 1, "{t:?}");
    let j = t.json();
    assert_eq!(j["landed"], true);
    assert_eq!(j["order_probe"]["verdict"], "fail");
    assert_eq!(
        j["order_probe"]["candidates"][0]["script"],
        "customscript_acme_customer_sync"
    );

    // Drag the send script last on the Scripted Records page (what the guided step asks a person to do).
    ui(
        &env,
        &served,
        &[
            "order",
            "CUSTOMER",
            "--last",
            "customscript_oa_send_record_v2",
        ],
    );
    let after = env.run_on(
        &served,
        &[
            "--json",
            "verify-order",
            "--evidence",
            &file,
            "--probe",
            "customer:1001",
        ],
    );
    let j = after.json();
    let probe = &j["probe"];
    assert_eq!(probe["verdict"], "agrees", "{probe}");
    let field = &probe["fields"][0];
    assert_eq!(field["netsuite_field"], "companyname");
    assert_eq!(field["openair_field"], "name");
    assert_eq!(field["verdict"], "agrees");
    assert_eq!(field["netsuite_value"], field["openair_value"]);
    assert!(
        probe["detail"]
            .as_str()
            .unwrap()
            .contains("not a confirmation")
    );
    // Agreement is supporting evidence: the page order still needs a person's confirmation.
    assert_eq!(customer(&j)["verdict"], "needs-check");
    assert_eq!(after.code, 1, "{after:?}");
    // The landed save is a test-import proof; no confirmation was recorded.
    let evidence = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        !evidence.contains("[[confirmation]]"),
        "nothing was confirmed: {evidence}"
    );
}

#[test]
fn a_field_openair_refuses_degrades_the_probe_and_the_command_goes_on() {
    let env = Env::new();
    let served = env.serve("healthy");
    // The profile maps a field this OpenAir company does not have.
    let config = env.path().join("probe-config.toml");
    let mut text = std::fs::read_to_string(&served.config).unwrap();
    text.push_str(
        "\n[profiles.emulator.openair.field_mappings.customer]\ncompanyname = \"name\"\ncomments = \"notes\"\n",
    );
    std::fs::write(&config, text).unwrap();
    let config = config.display().to_string();
    let file = env.path().join("oa-rt-evidence.toml").display().to_string();
    let r = env.run(&[
        "--config",
        &config,
        "--json",
        "verify-order",
        "--evidence",
        &file,
        "--probe",
        "customer:1001",
    ]);
    assert_eq!(r.code, 1, "needs-check is not verified: {r:?}");
    let j = r.json();
    let probe = &j["probe"];
    assert_eq!(probe["verdict"], "needs-check", "{probe}");
    assert_eq!(probe["fields_from"], "profile (openair.field_mappings)");
    let fields = probe["fields"].as_array().unwrap();
    let by = |ns: &str| fields.iter().find(|f| f["netsuite_field"] == ns).unwrap();
    assert_eq!(by("companyname")["verdict"], "agrees");
    let refused = by("comments");
    assert_eq!(refused["verdict"], "needs-check");
    assert!(
        refused["detail"].as_str().unwrap().contains("status 602"),
        "{refused}"
    );
    // The rest of the check went on: the healthy account's order is ok by the rules.
    assert_eq!(customer(&j)["verdict"], "ok");

    // A mapping that names no OpenAir field is bad input, refused before anything is saved.
    let bad = env.path().join("bad-config.toml");
    let mut text = std::fs::read_to_string(&served.config).unwrap();
    text.push_str(
        "\n[profiles.emulator.openair.field_mappings.customer]\ncompanyname = \"na me\"\n",
    );
    std::fs::write(&bad, text).unwrap();
    let r = env.run(&[
        "--config",
        &bad.display().to_string(),
        "verify-order",
        "--probe",
        "customer:1001",
    ]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("openair.field_mappings.customer.companyname"),
        "{}",
        r.stderr
    );
}
