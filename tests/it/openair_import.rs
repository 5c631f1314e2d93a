//! Finding an imported record in OpenAir the way the NetSuite Connector keeps it — the object's "NetSuite ID"
//! custom field, read with `enable_custom="1"`, and `clear_filter_cache="1"` for objects created after the access
//! token was issued —, the XML envelope's spellings, and the export flag test-import checks before it waits.

use crate::common::{Env, Served, api_pl, assert_no_secrets, block_on, clients, ui};

/// A request to the served emulator's XML API signed in with its access token.
fn with_token(served: &Served, envelope_attrs: &str, commands: &str) -> oa_rt::xml::Element {
    let token = std::fs::read_to_string(served.creds.join("openair-access-token")).unwrap();
    let body = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><request {envelope_attrs} client="t" client_ver="1"><Auth><Login><access_token>{}</access_token></Login></Auth>{commands}</request>"#,
        token.trim()
    );
    oa_rt::xml::parse(&block_on(api_pl(served, &body))).unwrap()
}

/// The same with company, user, password, namespace and key.
fn with_password(served: &Served, commands: &str) -> oa_rt::xml::Element {
    let read = |f: &str| {
        std::fs::read_to_string(served.creds.join(f))
            .unwrap()
            .trim()
            .to_string()
    };
    let body = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><request API_version="1.0" client="t" client_ver="1" namespace="default" key="{}"><Auth><Login><company>acme</company><user>admin</user><password>{}</password></Login></Auth>{commands}</request>"#,
        read("openair-api-key"),
        read("openair-password")
    );
    oa_rt::xml::parse(&block_on(api_pl(served, &body))).unwrap()
}

/// `<Read type="Customer" method="equal to" ATTRS limit="1"><Customer><FIELD>ID</FIELD></Customer></Read>`.
fn read_customer(attrs: &str, field: &str, id: &str) -> String {
    format!(
        r#"<Read type="Customer" method="equal to" {attrs} limit="1"><Customer><{field}>{id}</{field}></Customer></Read>"#
    )
}

/// The one Read's answer: (status, the customers' names).
fn answer(root: &oa_rt::xml::Element) -> (String, Vec<String>) {
    assert_eq!(root.name, "response");
    assert_eq!(root.children[0].get_attr("status"), Some("0"), "Auth");
    let read = &root.children[1];
    let names = read
        .children
        .iter()
        .filter(|c| c.name == "Customer")
        .map(|c| c.child_text("name").unwrap_or("").to_string())
        .collect();
    (read.get_attr("status").unwrap_or("").to_string(), names)
}

/// Flags Globex (customer 1002, never imported) for export without sending it: a CSV import does not trigger
/// the real-time import.
fn flag_globex(env: &Env, served: &Served) {
    let save = ui(
        env,
        served,
        &[
            "save-record",
            "customer:1002",
            "--context",
            "csvimport",
            "--set",
            "custentity_oa_export_to_openair=T",
        ],
    );
    assert!(
        save["send"].as_str().unwrap().starts_with("skipped"),
        "{save}"
    );
}

#[test]
fn test_import_finds_an_updated_record_and_a_first_import_by_the_netsuite_id_field() {
    let env = Env::new();
    let served = env.serve("healthy");

    // An update of a record imported long ago.
    let updated = env.run_on(
        &served,
        &["--json", "test-import", "--record", "customer:1001"],
    );
    assert_eq!(updated.code, 0, "{updated:?}");
    let j = updated.json();
    assert_eq!(j["landed"], true, "{j}");
    assert_eq!(j["netsuite_id_field"], "netsuite_customer_id__c");
    assert_eq!(j["before"]["netsuite_id"], "1001");
    assert_eq!(j["after"]["netsuite_id"], "1001");
    assert_eq!(j["export_flag"]["flagged"], true);
    assert_eq!(j["warnings"], serde_json::json!([]));

    // Globex is not flagged: test-import says so before it waits, names the field, and nothing arrives.
    let unflagged = env.run_on(
        &served,
        &[
            "--json",
            "test-import",
            "--record",
            "customer:1002",
            "--timeout",
            "1",
        ],
    );
    assert_eq!(unflagged.code, 1, "{unflagged:?}");
    assert!(
        unflagged
            .stderr
            .contains("warning: NetSuite Customer 1002 is not flagged for export")
            && unflagged.stderr.contains("custentity_oa_export_to_openair"),
        "{}",
        unflagged.stderr
    );
    let j = unflagged.json();
    assert_eq!(j["landed"], false);
    assert_eq!(j["export_flag"]["field"], "custentity_oa_export_to_openair");
    assert_eq!(j["export_flag"]["flagged"], false);
    assert!(
        j["warnings"][0]
            .as_str()
            .unwrap()
            .contains("custentity_oa_export_to_openair"),
        "{j}"
    );
    assert!(
        j["send"]
            .as_str()
            .unwrap()
            .contains("not flagged for export"),
        "the emulated send script skips it too: {j}"
    );

    // Flagged now, still never imported: the test import's save is its first import, an object created after
    // the access token was issued. It is found by the custom field, and only with the filter cache cleared
    // (-vv shows the Read).
    flag_globex(&env, &served);
    let first = env.run_on(
        &served,
        &["-vv", "--json", "test-import", "--record", "customer:1002"],
    );
    assert_eq!(first.code, 0, "{first:?}");
    let j = first.json();
    assert_eq!(j["landed"], true, "{j}");
    assert_eq!(j["before"], serde_json::Value::Null);
    assert_eq!(j["after"]["netsuite_id"], "1002");
    assert_eq!(j["after"]["name"], "Globex");
    assert_eq!(j["warnings"], serde_json::json!([]));
    for wanted in [
        r#"<Read type="Customer" method="equal to" enable_custom="1" clear_filter_cache="1" limit="1">"#,
        "<netsuite_customer_id__c>1002</netsuite_customer_id__c>",
    ] {
        assert!(first.stderr.contains(wanted), "{wanted}:\n{}", first.stderr);
    }
    assert!(
        !first.stderr.contains("<externalid>1002"),
        "{}",
        first.stderr
    );
    assert_no_secrets(&first.all(), &served.secrets());

    // And in text: a new object.
    let text = env.run_on(&served, &["test-import", "--record", "customer:1002"]);
    assert_eq!(text.code, 0, "{text:?}");
    assert!(
        text.stdout.starts_with("Imported: OpenAir Customer ")
            && text.stdout.contains("'Globex' (NetSuite id 1002)"),
        "{}",
        text.stdout
    );
}

#[test]
fn a_project_task_is_checked_against_its_own_export_flag() {
    let env = Env::new();
    let served = env.serve("healthy");
    ui(
        &env,
        &served,
        &[
            "save-record",
            "projecttask:4001",
            "--context",
            "csvimport",
            "--set",
            "custevent_oa_export_to_openair=F",
        ],
    );
    let run = env.run_on(
        &served,
        &[
            "-vv",
            "test-import",
            "--record",
            "projecttask:4001",
            "--timeout",
            "1",
        ],
    );
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .contains("NetSuite Project Task 4001 is not flagged for export to OpenAir (custevent_oa_export_to_openair"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("<netsuite_project_task_id__c>4001</netsuite_project_task_id__c>"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("not flagged for export"),
        "{}",
        run.stdout
    );
}

#[test]
fn reads_with_a_token_miss_objects_created_after_it_until_the_filter_cache_is_cleared() {
    let env = Env::new();
    let served = env.serve("healthy");
    flag_globex(&env, &served);
    // Created after the token was issued (one second later on the emulated clock).
    ui(&env, &served, &["clock", "--advance", "1s"]);
    let save = ui(&env, &served, &["save-record", "customer:1002"]);
    assert_eq!(save["send"], "sent: OpenAir answered customer=T", "{save}");

    let by_field = |attrs: &str| {
        answer(&with_token(
            &served,
            r#"API_version="1.0""#,
            &read_customer(attrs, "netsuite_customer_id__c", "1002"),
        ))
    };
    // The token's cached filter set predates the object.
    assert_eq!(by_field(r#"enable_custom="1""#), ("0".into(), vec![]));
    // A password login has no token filter set.
    assert_eq!(
        answer(&with_password(
            &served,
            &read_customer(r#"enable_custom="1""#, "netsuite_customer_id__c", "1002"),
        )),
        ("0".into(), vec!["Globex".to_string()])
    );
    let config = served.config.clone();
    let (plain, cleared) = block_on(async move {
        let c = clients(&config, "emulator");
        let plain = c
            .openair
            .read_by_netsuite_id("customer", "1002", false)
            .await
            .unwrap();
        let cleared = c
            .openair
            .read_by_netsuite_id("customer", "1002", true)
            .await
            .unwrap();
        (plain, cleared)
    });
    assert_eq!(plain, None, "the client's plain read misses it too");
    let cleared = cleared.expect("found once the filter cache is cleared");
    assert_eq!(cleared.netsuite_id, "1002");
    assert_eq!(cleared.name, "Globex");
    // The rebuilt filter set holds it from now on, for reads without the attribute too.
    assert_eq!(
        by_field(r#"enable_custom="1""#),
        ("0".into(), vec!["Globex".to_string()])
    );
}

#[test]
fn custom_fields_need_enable_custom_and_externalid_is_not_the_netsuite_id() {
    let env = Env::new();
    let served = env.serve("healthy");
    let ask = |attrs: &str, field: &str| {
        answer(&with_token(
            &served,
            r#"API_version="1.0""#,
            &read_customer(attrs, field, "1001"),
        ))
    };
    assert_eq!(
        ask(r#"enable_custom="1""#, "netsuite_customer_id__c"),
        ("0".into(), vec!["Acme Rockets".to_string()])
    );
    // Without enable_custom a custom field is not a field to filter on.
    assert_eq!(ask("", "netsuite_customer_id__c").0, "602");
    // A custom field this company does not have.
    assert_eq!(ask(r#"enable_custom="1""#, "netsuite_cust_id__c").0, "602");
    // The connector does not keep the NetSuite id in externalid.
    assert_eq!(ask("", "externalid"), ("0".into(), vec![]));

    // Custom fields come back only with enable_custom.
    let root = with_token(
        &served,
        r#"API_version="1.0""#,
        &read_customer(r#"enable_custom="1""#, "netsuite_customer_id__c", "1001"),
    );
    let customer = root.children[1].find("Customer").unwrap();
    assert_eq!(customer.child_text("netsuite_customer_id__c"), Some("1001"));
    let root = with_token(
        &served,
        r#"API_version="1.0""#,
        r#"<Read type="Customer" method="all" limit="10"/>"#,
    );
    let read = &root.children[1];
    assert_eq!(read.get_attr("status"), Some("0"));
    assert!(
        read.children
            .iter()
            .all(|c| c.find("netsuite_customer_id__c").is_none()),
        "{read:?}"
    );
}

#[test]
fn the_envelope_may_say_api_version_or_api_ver() {
    let env = Env::new();
    let served = env.serve("healthy");
    for attrs in [r#"API_version="1.0""#, r#"API_ver="1.0""#] {
        let root = with_token(&served, attrs, "<Whoami/>");
        assert_eq!(root.get_attr("status"), None, "{attrs}");
        assert_eq!(root.children[0].get_attr("status"), Some("0"), "{attrs}");
        assert_eq!(root.children[1].get_attr("status"), Some("0"), "{attrs}");
    }
    // Neither: a malformed request.
    let root = with_token(&served, r#"version="1.0""#, "<Whoami/>");
    assert_eq!(root.get_attr("status"), Some("1"));
}

/// The served emulator's config with the `emulator` profile's token login carrying namespace and key too.
fn config_with_namespace_and_key(env: &Env, served: &Served, extra: &str) -> String {
    let text = std::fs::read_to_string(&served.config).unwrap();
    let creds = served.creds.display().to_string();
    let token_auth = format!(
        r#"auth = {{ method = "token", access_token = {{ file = "{creds}/openair-access-token" }} }}"#
    );
    assert!(text.contains(&token_auth), "{text}");
    let with = format!(
        r#"auth = {{ method = "token", access_token = {{ file = "{creds}/openair-access-token" }}, namespace = "default", key = {{ file = "{creds}/openair-api-key" }} }}{extra}"#
    );
    let path = env.path().join("namespaced.toml");
    std::fs::write(&path, text.replacen(&token_auth, &with, 1)).unwrap();
    path.display().to_string()
}

#[test]
fn namespace_and_key_go_with_the_access_token_when_configured() {
    let env = Env::new();
    let served = env.serve("healthy");
    let config = config_with_namespace_and_key(&env, &served, "");
    let run = env.run(&["--config", &config, "-vv", "profile", "test"]);
    assert_eq!(run.code, 0, "{run:?}");
    let request = run
        .stderr
        .lines()
        .find(|l| l.contains("<request ") && l.contains("<access_token>"))
        .unwrap_or_else(|| panic!("no XML request logged:\n{}", run.stderr));
    assert!(
        request.contains(r#"namespace="default""#) && request.contains(r#"key="[REDACTED]""#),
        "{request}"
    );
    assert_no_secrets(&run.all(), &served.secrets());
}

#[test]
fn the_profile_names_the_netsuite_id_field_where_the_account_differs() {
    let env = Env::new();
    let state = env.path().join("account.db").display().to_string();
    drop(env.serve_with("healthy", &["--state", &state]));
    // This company's customer field is called otherwise.
    let db = rusqlite::Connection::open(&state).unwrap();
    db.execute(
        "INSERT OR REPLACE INTO emu_meta(key, value) VALUES ('oa_netsuite_id_field_customer', 'nsid_customer__c')",
        [],
    )
    .unwrap();
    drop(db);
    let served = env.serve_with("healthy", &["--state", &state]);

    // The default name: OpenAir refuses the field, and the message says what to set.
    let refused = env.run_on(&served, &["test-import", "--record", "customer:1001"]);
    assert_eq!(refused.code, 4, "{refused:?}");
    for wanted in [
        "netsuite_customer_id__c",
        "status 602",
        "netsuite_id_fields",
    ] {
        assert!(
            refused.stderr.contains(wanted),
            "{wanted}:\n{}",
            refused.stderr
        );
    }

    // Named in the profile: found.
    let config = config_with_namespace_and_key(
        &env,
        &served,
        "\n[profiles.emulator.openair.netsuite_id_fields]\ncustomer = \"nsid_customer__c\"",
    );
    let run = env.run(&[
        "--config",
        &config,
        "--json",
        "test-import",
        "--record",
        "customer:1001",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let j = run.json();
    assert_eq!(j["netsuite_id_field"], "nsid_customer__c");
    assert_eq!(j["after"]["netsuite_id"], "1001");

    // A name that is no custom field name is refused before anything is sent.
    let bad = config_with_namespace_and_key(
        &env,
        &served,
        "\n[profiles.emulator.openair.netsuite_id_fields]\nuser = \"netsuite_user_id\"",
    );
    let run = env.run(&["--config", &bad, "test-import", "--record", "customer:1001"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("openair.netsuite_id_fields.user: 'netsuite_user_id'"),
        "{}",
        run.stderr
    );
}

#[test]
fn setup_proves_the_import_with_a_customer_flagged_for_export() {
    let env = Env::new();
    let served = env.serve("healthy");
    // Acme Rockets is no longer flagged; Globex, never imported, is.
    ui(
        &env,
        &served,
        &[
            "save-record",
            "customer:1001",
            "--context",
            "csvimport",
            "--set",
            "custentity_oa_export_to_openair=F",
        ],
    );
    flag_globex(&env, &served);
    let run = env.run_on(&served, &["-vv", "setup", "--yes", "--simulate-operator"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("Test import: saving customer 1002 and watching it arrive in OpenAir"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("'Globex' (NetSuite id 1002) updated (new) ->"),
        "{}",
        run.stdout
    );
    // One row asked for, not a walk over every customer.
    assert!(
        run.stderr
            .contains("AND custentity_oa_export_to_openair = 'T'")
            && run.stderr.contains("FETCH FIRST 1 ROWS ONLY"),
        "{}",
        run.stderr
    );

    // No customer flagged: the test import is skipped with the reason, not run on a record that is never sent.
    ui(
        &env,
        &served,
        &[
            "save-record",
            "customer:1002",
            "--context",
            "csvimport",
            "--set",
            "custentity_oa_export_to_openair=F",
        ],
    );
    let run = env.run_on(&served, &["setup", "--yes", "--simulate-operator"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains(
            "Test import: no active customer is flagged for export to OpenAir (custentity_oa_export_to_openair); skipped."
        ),
        "{}",
        run.stdout
    );
}
