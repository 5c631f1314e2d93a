//! The real-time path end to end on a served emulator: UI saves through `oa-rt emulator ui`, OpenAir observed
//! through its XML API, `netsuite.pl` called directly the way the send script calls it.

use serde_json::Value;

use crate::common::{Env, Served, api_pl, block_on, companion, dump, ui};

/// OpenAir's view of a customer by its NetSuite id — the connector's "NetSuite ID" custom field — through the XML
/// API: its update time.
fn openair_customer(served: &Served, ns_id: &str) -> Option<String> {
    let token = std::fs::read_to_string(served.creds.join("openair-access-token")).unwrap();
    let body = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><request API_version="1.0" client="t" client_ver="1"><Auth><Login><access_token>{}</access_token></Login></Auth><Read type="Customer" method="equal to" enable_custom="1" clear_filter_cache="1" limit="1"><Customer><netsuite_customer_id__c>{ns_id}</netsuite_customer_id__c></Customer></Read></request>"#,
        token.trim()
    );
    let text = block_on(api_pl(served, &body));
    let root = oa_rt::xml::parse(&text).unwrap();
    let read = &root.children[1];
    assert_eq!(read.get_attr("status"), Some("0"), "{text}");
    read.find("Customer").map(|c| {
        let d = c.find("updated").unwrap().find("Date").unwrap();
        ["year", "month", "day", "hour", "minute", "second"]
            .iter()
            .map(|k| d.child_text(k).unwrap())
            .collect::<Vec<_>>()
            .join("")
    })
}

fn openair_data(dump: &Value, ns_id: &str) -> Value {
    let r = dump["openair"]["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["netsuite_id"] == ns_id)
        .unwrap();
    serde_json::from_str(r["data"].as_str().unwrap()).unwrap()
}

#[test]
fn a_ui_save_lands_in_openair_and_a_csv_import_does_not() {
    let env = Env::new();
    let served = env.serve("healthy");
    let before = openair_customer(&served, "1001").expect("imported once already");
    // OpenAir keeps update times to the second: move the clock on so a save can only be later.
    ui(&env, &served, &["clock", "--advance", "1s"]);

    let save = ui(
        &env,
        &served,
        &[
            "save-record",
            "customer:1001",
            "--context",
            "csvimport",
            "--set",
            "comments=from a CSV file",
        ],
    );
    assert!(
        save["send"]
            .as_str()
            .unwrap()
            .starts_with("skipped: the csvimport context"),
        "{save}"
    );
    assert_eq!(
        openair_customer(&served, "1001").unwrap(),
        before,
        "a CSV import does not reach OpenAir"
    );

    let save = ui(
        &env,
        &served,
        &[
            "save-record",
            "customer:1001",
            "--set",
            "comments=saved in the UI",
        ],
    );
    assert_eq!(save["send"], "sent: OpenAir answered customer=T", "{save}");
    let after = openair_customer(&served, "1001").unwrap();
    assert!(
        after > before,
        "OpenAir's update time moved: {before} -> {after}"
    );
    assert_eq!(
        openair_data(&dump(&env, &served), "1001")["comments"],
        "saved in the UI"
    );

    // Not flagged for export: never sent.
    let save = ui(&env, &served, &["save-record", "customer:1002"]);
    assert_eq!(
        save["send"],
        "skipped: the record is not flagged for export to OpenAir"
    );
    // Leads: nothing runs until the lead deployment is deployed, and then only if the settings include leads.
    let save = ui(&env, &served, &["save-record", "lead:1003"]);
    assert_eq!(
        save["send"],
        "no send script is deployed on this record type"
    );
    ui(
        &env,
        &served,
        &[
            "edit-deployment",
            "customdeploy_oa_send_lead",
            "--deployed",
            "true",
            "--status",
            "RELEASED",
            "--all-roles",
            "true",
            "--run-as-role",
            "1001",
        ],
    );
    let save = ui(&env, &served, &["save-record", "lead:1003"]);
    assert_eq!(
        save["send"],
        "skipped: leads are not included in the settings record"
    );
}

#[test]
fn netsuite_pl_refuses_a_tampered_signature_and_another_certificate() {
    let env = Env::new();
    let served = env.serve("healthy");
    let query = "action=synchronize&db_id=acme&record_type=customer&ns_id=1001&netsuite_user_id=-5&other_types=";
    // A certificate OpenAir never generated.
    let other =
        oa_rt::emulator::openair::realtime::canonical_string("acme", "customer", "1001", "-5", "");
    assert_eq!(other, query);
    let key = rcgen_rsa_pem();
    let foreign = sign(&key, query);
    let call = |signature: &str| {
        let url = format!(
            "{}openair/netsuite.pl?{query}&signature={}",
            served.url,
            percent_encoding::utf8_percent_encode(signature, percent_encoding::NON_ALPHANUMERIC)
        );
        block_on(async move {
            reqwest::Client::new()
                .get(url)
                .header("User-Agent-x", "SuiteScript-Call")
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        })
    };
    assert_eq!(call(&foreign), "Error: Invalid signature");
    assert_eq!(call("AAAA"), "Error: Invalid signature");
    // The account's own certificate signs through the companion's probe: that signature is accepted.
    let probe = companion_sign(&served, query);
    assert_eq!(call(&probe), "customer=T");
    let mut tampered = probe.clone().into_bytes();
    tampered[10] = if tampered[10] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        call(&String::from_utf8(tampered).unwrap()),
        "Error: Invalid signature"
    );
}

fn rcgen_rsa_pem() -> String {
    let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).unwrap();
    let der = aws_lc_rs::encoding::AsDer::<aws_lc_rs::encoding::Pkcs8V1Der>::as_der(&pair).unwrap();
    rcgen::KeyPair::try_from(der.as_ref())
        .unwrap()
        .serialize_pem()
}

fn sign(pem: &str, message: &str) -> String {
    use aws_lc_rs::signature::{KeyPair, RSA_PKCS1_SHA256, RsaKeyPair};
    use base64::Engine;
    let der = x509_parser::pem::Pem::iter_from_buffer(pem.as_bytes())
        .next()
        .unwrap()
        .unwrap()
        .contents;
    let pair = RsaKeyPair::from_pkcs8(&der).unwrap();
    let _ = pair.public_key();
    let mut sig = vec![0; pair.public_modulus_len()];
    pair.sign(
        &RSA_PKCS1_SHA256,
        &aws_lc_rs::rand::SystemRandom::new(),
        message.as_bytes(),
        &mut sig,
    )
    .unwrap();
    base64::engine::general_purpose::STANDARD.encode(sig)
}

/// `certificate.signProbe` through the companion RESTlet with the served emulator's M2M credentials.
fn companion_sign(served: &Served, message: &str) -> String {
    let v = companion(
        served,
        serde_json::json!({"action": "certificate.signProbe", "scriptId": "custcertificate_oa_realtime", "message": message}),
    );
    v["signature"].as_str().unwrap().to_string()
}

#[test]
fn a_save_during_a_scheduled_run_is_queued_and_lands_afterwards() {
    let env = Env::new();
    let served = env.serve("healthy");
    ui(&env, &served, &["scheduled-run", "start"]);
    let save = ui(
        &env,
        &served,
        &[
            "save-record",
            "customer:1001",
            "--set",
            "comments=during the run",
        ],
    );
    assert_eq!(save["send"], "sent: OpenAir answered customer=F", "{save}");
    let d = dump(&env, &served);
    assert_ne!(openair_data(&d, "1001")["comments"], "during the run");
    assert_eq!(d["openair"]["queuedRealtimeImports"][0]["ns_id"], "1001");
    let flags = d["netsuite"]["resendFlags"].as_array().unwrap();
    assert!(
        flags
            .iter()
            .any(|f| f["type"] == "customer" && f["pending"] == "T"),
        "{flags:?}"
    );
    // The admin form cannot be saved during the run.
    let refused = env.run_on(
        &served,
        &["emulator", "ui", "openair-admin", "--leads", "on"],
    );
    assert_eq!(refused.code, 2);
    assert!(
        refused
            .stderr
            .contains("Save is disabled while an integration run is active"),
        "{}",
        refused.stderr
    );

    let finished = ui(&env, &served, &["scheduled-run", "finish"]);
    assert_eq!(finished["queuedImportsRun"], 1);
    let d = dump(&env, &served);
    assert_eq!(openair_data(&d, "1001")["comments"], "during the run");
    assert!(
        d["openair"]["queuedRealtimeImports"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // The next real-time request re-sends the flagged type and clears the flag.
    let save = ui(&env, &served, &["save-record", "job:2001"]);
    assert_eq!(save["send"], "sent: OpenAir answered project=T");
    let flags = dump(&env, &served)["netsuite"]["resendFlags"].clone();
    assert!(
        flags
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["pending"] == "F"),
        "{flags}"
    );
}

#[test]
fn a_script_after_the_send_script_leaves_openair_stale_until_the_order_is_fixed() {
    let env = Env::new();
    let served = env.serve("order-drift");
    let save = ui(
        &env,
        &served,
        &[
            "save-record",
            "customer:1001",
            "--set",
            "comments=typed by a person",
        ],
    );
    let order: Vec<&str> = save["scripts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["entry"] == "afterSubmit")
        .map(|s| s["script"].as_str().unwrap())
        .collect();
    assert_eq!(
        order,
        vec![
            "customscript_acme_customer_defaults",
            "customscript_oa_send_record_v2",
            "customscript_acme_customer_sync"
        ]
    );
    let ns: Value = serde_json::from_str(save["netsuite_value"].as_str().unwrap()).unwrap();
    let oa: Value = serde_json::from_str(save["openair_value"].as_str().unwrap()).unwrap();
    assert_eq!(ns["comments"], "changed by an afterSubmit script");
    assert_eq!(
        oa["comments"], "typed by a person",
        "OpenAir holds the stale value"
    );

    // Drag the send script last on the Scripted Records page: now OpenAir gets the final value.
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
    let save = ui(
        &env,
        &served,
        &[
            "save-record",
            "customer:1001",
            "--set",
            "comments=typed again",
        ],
    );
    let oa: Value = serde_json::from_str(save["openair_value"].as_str().unwrap()).unwrap();
    assert_eq!(oa["comments"], "changed by an afterSubmit script");

    // A bundle update puts the bundle's scripts back on top: the drift returns.
    ui(&env, &served, &["install-bundle", "369630", "4.04"]);
    let save = ui(
        &env,
        &served,
        &[
            "save-record",
            "customer:1001",
            "--set",
            "comments=after the update",
        ],
    );
    let oa: Value = serde_json::from_str(save["openair_value"].as_str().unwrap()).unwrap();
    assert_eq!(oa["comments"], "after the update");
}

#[test]
fn a_localized_script_runs_after_the_send_script_whatever_the_page_says() {
    let env = Env::new();
    let served = env.serve("localized-script");
    // Even dragged to the top of the page, a localized script runs after the non-localized ones.
    ui(
        &env,
        &served,
        &["order", "CUSTOMER", "customscript_l10n_fr_tax_registration"],
    );
    let save = ui(&env, &served, &["save-record", "customer:1001"]);
    let last = save["scripts"].as_array().unwrap().last().unwrap();
    assert_eq!(last["script"], "customscript_l10n_fr_tax_registration");
}

#[test]
fn certificates_expire_and_rotate_with_the_clock() {
    let env = Env::new();
    let served = env.serve("expiring-cert");
    let d = dump(&env, &served);
    let days = d["openair"]["certificates"][0]["certificate"]["daysLeft"]
        .as_i64()
        .unwrap();
    assert!((11..=12).contains(&days), "{days}");
    // Three days on, inside OpenAir's automatic window: it rotates and uploads the new certificate.
    let moved = ui(&env, &served, &["clock", "--advance", "3d"]);
    assert!(
        moved["rotation"]
            .as_str()
            .unwrap()
            .starts_with("automatic rotation: Current real-time import certificate is valid until"),
        "{moved}"
    );
    let save = ui(&env, &served, &["save-record", "customer:1001"]);
    assert_eq!(save["send"], "sent: OpenAir answered customer=T");

    // Where OpenAir cannot upload (no Certificate Management on the role), it keeps the old certificate,
    // which then expires: real-time import stops.
    let env = Env::new();
    let served = env.serve("missing-permission");
    let refused = env.run_on(&served, &["emulator", "ui", "generate-certificate"]);
    assert_eq!(refused.code, 2);
    assert!(
        refused.stderr.contains("lacks Certificate Management"),
        "{}",
        refused.stderr
    );
    let moved = ui(&env, &served, &["clock", "--advance", "210d"]);
    assert_eq!(
        moved["certificate"],
        "No valid certificate available for real-time import"
    );
    let save = ui(&env, &served, &["save-record", "customer:1001"]);
    assert!(
        save["send"]
            .as_str()
            .unwrap()
            .contains("No valid certificate available"),
        "{save}"
    );
}

#[test]
fn upgrade_generates_a_certificate_only_after_the_right_steps() {
    let env = Env::new();
    let served = env.serve("upgrade");
    // SuiteScript 1.0 runs on SuiteSignOn, which ended.
    let save = ui(&env, &served, &["save-record", "customer:1001"]);
    assert!(
        save["send"].as_str().unwrap().contains("SuiteSignOn"),
        "{save}"
    );
    let refused = env.run_on(&served, &["emulator", "ui", "generate-certificate"]);
    assert_eq!(refused.code, 2, "OAuth 2.0 is not switched on yet");
    ui(&env, &served, &["openair-admin", "--oauth2", "on"]);
    let refused = env.run_on(&served, &["emulator", "ui", "generate-certificate"]);
    assert!(refused.stderr.contains("369637 5.02"), "{}", refused.stderr);
    ui(&env, &served, &["install-bundle", "369637", "5.06"]);
    ui(&env, &served, &["install-bundle", "369630", "4.03"]);
    let made = ui(&env, &served, &["generate-certificate"]);
    assert!(
        made["message"]
            .as_str()
            .unwrap()
            .starts_with("Current real-time import certificate is valid until")
    );
    let d = dump(&env, &served);
    assert_eq!(
        d["netsuite"]["digitalCertificates"][0]["placeholder"],
        false
    );
    let perms: Vec<&str> = d["netsuite"]["rolePermissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["permkey"].as_str().unwrap())
        .collect();
    assert!(
        perms.contains(&"ADMI_CERTIFICATES"),
        "369637 4.0 grants the role Certificate Management: {perms:?}"
    );
}
