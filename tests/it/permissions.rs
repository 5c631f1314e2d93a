//! The permissions of the role oa-rt signs in with: the emulator enforces them as NetSuite does, and oa-rt names
//! the missing one and where to grant it (the `restricted-caller` scenario: no Bulk Manage Roles, no Certificate
//! Access).

use serde_json::Value;

use crate::common::{Env, Served, block_on, clients, companion, dump, ui};

/// What a command could overwrite: deployments, settings, certificates on both sides, permissions, M2M mappings,
/// OpenAir's records and switches.
fn account_state(env: &Env, served: &Served) -> Value {
    let d = dump(env, served);
    // Certificates by fingerprint: their days left count down while the test runs.
    let fingerprints = |certs: &Value| -> Vec<Value> {
        certs
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["certificate"]["sha256"].clone())
            .collect()
    };
    serde_json::json!({
        "deployments": d["netsuite"]["userEventDeployments"],
        "settings": d["netsuite"]["settings"],
        "permissions": d["netsuite"]["rolePermissions"],
        "certificates": fingerprints(&d["netsuite"]["digitalCertificates"]),
        "m2m": d["netsuite"]["m2mCertificates"],
        "oa_certificates": fingerprints(&d["openair"]["certificates"]),
        "oa_records": d["openair"]["records"],
        "oa_connector": d["openair"]["netsuiteConnector"],
    })
}

fn check<'a>(status: &'a Value, step: &str) -> Vec<&'a Value> {
    status["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["step"] == step)
        .collect()
}

#[test]
fn the_emulator_answers_a_table_the_role_may_not_read_as_netsuite_does() {
    let env = Env::new();
    let served = env.serve("restricted-caller");
    let config = served.config.clone();
    let (role, script) = block_on(async move {
        let c = clients(&config, "emulator");
        (
            c.netsuite.suiteql("SELECT id FROM role").await,
            c.netsuite.suiteql("SELECT id FROM script").await,
        )
    });
    let e = role.unwrap_err();
    let r = oa_rt::client::netsuite::refused(&e).expect("a refusal");
    // research §2: HTTP 400 INVALID_PARAMETER with this detail.
    assert_eq!(
        r.message,
        "Invalid search query. Detailed unprocessed description follows. Search error occurred: Record 'role' was not found."
    );
    assert_eq!(r.permission.unwrap().key, Some("ADMI_MANAGEROLES"));
    assert!(
        !script.unwrap().is_empty(),
        "SuiteScript is granted: script reads"
    );
    // The companion runs with the caller's role: certificate actions refused, the others answer.
    let got = companion(
        &served,
        serde_json::json!({"action": "certificate.get", "scriptId": "custcertificate_oa_realtime"}),
    );
    assert_eq!(got["ok"], false, "{got}");
    assert_eq!(got["error"]["code"], "INSUFFICIENT_PERMISSION");
    assert_eq!(
        got["error"]["message"],
        "Permission Violation: You need  the 'Lists -> Certificate Access' permission to access this page. Please contact your account administrator."
    );
    let bundles = companion(&served, serde_json::json!({"action": "bundles.list"}));
    assert_eq!(bundles["ok"], true, "{bundles}");
}

#[test]
fn granting_the_permission_in_the_ui_opens_the_table() {
    let env = Env::new();
    let served = env.serve("restricted-caller");
    let before = env.run_on(&served, &["role"]);
    assert_eq!(before.code, 1, "{before:?}");
    ui(
        &env,
        &served,
        &["set-permission", "NSOA Connector", "ADMI_MANAGEROLES", "1"],
    );
    let after = env.run_on(&served, &["role"]);
    assert_eq!(after.code, 0, "{after:?}");
}

#[test]
fn status_on_a_restricted_caller_names_the_missing_permissions_and_reports_every_step() {
    let env = Env::new();
    let served = env.serve("restricted-caller");
    let before = account_state(&env, &served);
    let r = env.run_on(&served, &["--json", "status"]);
    assert!(r.code == 0 || r.code == 1, "{r:?}");
    let s = r.json();
    let role = check(&s, "role");
    assert_eq!(role.len(), 1, "{role:?}");
    assert_eq!(role[0]["verdict"], "needs-check");
    let detail = role[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("Bulk Manage Roles (ADMI_MANAGEROLES)")
            && detail.contains("Record 'role' was not found"),
        "{detail}"
    );
    assert!(
        role[0]["fix"].as_str().unwrap().starts_with(
            "Setup > Users/Roles > Manage Roles > NSOA Connector > Edit > Permissions > Setup subtab: add Bulk Manage Roles"
        ),
        "{}",
        role[0]["fix"]
    );
    // A certificate oa-rt may not inspect is "cannot inspect: restricted", a warning (issue 10), never
    // "generate a new certificate"; it names the permission and where to grant it.
    let cert = check(&s, "certificate");
    assert_eq!(cert.len(), 1, "{cert:?}");
    assert_eq!(cert[0]["verdict"], "warn", "{}", cert[0]);
    assert!(
        cert[0]["detail"]
            .as_str()
            .unwrap()
            .starts_with("cannot inspect custcertificate_oa_realtime: restricted"),
        "{}",
        cert[0]
    );
    assert!(
        cert[0]["detail"]
            .as_str()
            .unwrap()
            .contains("'Lists -> Certificate Access'"),
        "{}",
        cert[0]["detail"]
    );
    let fix = cert[0]["fix"].as_str().unwrap();
    assert!(
        fix.contains("Certificate Access (LIST_CERTIFICATES)")
            && fix.contains("Permissions > Lists subtab: add Certificate Access"),
        "{fix}"
    );
    // Every other step is still reported; those that need neither permission pass.
    for step in ["bundles", "deployments", "order", "settings", "openair"] {
        assert!(!check(&s, step).is_empty(), "{step} missing: {s}");
    }
    for step in ["bundles", "order", "settings"] {
        for c in check(&s, step) {
            assert_eq!(c["verdict"], "ok", "{c}");
        }
    }
    assert_eq!(check(&s, "openair")[0]["verdict"], "ok");
    // The deployments step reads the Execute As Role's id from `role`: that one check degrades, and says why.
    for c in check(&s, "deployments") {
        let detail = c["detail"].as_str().unwrap();
        if c["verdict"] == "ok" {
            continue;
        }
        assert!(
            c["verdict"] == "needs-check"
                && detail.contains("Bulk Manage Roles (ADMI_MANAGEROLES)"),
            "{c}"
        );
    }
    // The table form says the same.
    let table = env.run_on(&served, &["status"]);
    assert!(
        table.stdout.contains("Certificate Access"),
        "{}",
        table.stdout
    );
    assert_eq!(
        account_state(&env, &served),
        before,
        "status changed the account"
    );
}

#[test]
fn a_single_step_command_names_its_missing_permission_instead_of_a_raw_error() {
    let env = Env::new();
    let served = env.serve("restricted-caller");
    let before = account_state(&env, &served);
    let role = env.run_on(&served, &["role"]);
    assert_eq!(role.code, 1, "{role:?}");
    assert!(
        role.stderr.contains("needs Bulk Manage Roles (ADMI_MANAGEROLES) on the role oa-rt signs in with ('NSOA Connector')")
            && role.stderr.contains("fix: Setup > Users/Roles > Manage Roles > NSOA Connector > Edit > Permissions > Setup subtab: add Bulk Manage Roles"),
        "{}",
        role.stderr
    );
    assert!(!role.stderr.contains("bug in oa-rt"), "{}", role.stderr);
    // The certificate commands say which permission and where (the certificate step judges a certificate it may
    // not inspect as a warning: src/steps/certificate.rs).
    for args in [&["cert", "check"][..], &["cert", "inspect"]] {
        let r = env.run_on(&served, args);
        assert!(r.code == 0 || r.code == 1, "{args:?}: {r:?}");
        assert!(
            r.stdout.contains("'Lists -> Certificate Access'")
                && r.stdout.contains("Certificate Access (LIST_CERTIFICATES)")
                && r.stdout.contains("Lists subtab: add Certificate Access"),
            "{args:?}: {}",
            r.stdout
        );
    }
    // A command that would change something stops before it does.
    let rotate = env.run_on(&served, &["cert", "rotate", "--yes"]);
    assert_ne!(rotate.code, 0, "{rotate:?}");
    assert!(
        rotate.all().contains("Certificate Access"),
        "{}",
        rotate.all()
    );
    assert_eq!(
        account_state(&env, &served),
        before,
        "a command changed the account"
    );
}

#[test]
fn every_other_scenario_gives_the_role_oa_rt_signs_in_with_what_it_reads() {
    let env = Env::new();
    for scenario in ["upgrade", "healthy", "custom-role", "bundle-locked"] {
        let r = env.run(&[&format!("--emulator={scenario}"), "--json", "status"]);
        let s = r.json();
        let refused: Vec<&Value> = s["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["detail"].as_str().unwrap().contains("NetSuite refused"))
            .collect();
        assert!(refused.is_empty(), "{scenario}: {refused:?}");
    }
}

#[test]
fn profile_test_passes_on_a_restricted_caller() {
    let env = Env::new();
    let served = env.serve("restricted-caller");
    let r = env.run_on(&served, &["--json", "profile", "test"]);
    assert_eq!(r.code, 0, "{r:?}");
    let j = r.json();
    assert_eq!(j["netsuite"]["ok"], true);
    assert!(j["netsuite"].get("warning").is_none(), "{j}");
    assert!(j.get("deep").is_none(), "{j}");
}

#[test]
fn profile_test_deep_names_exactly_what_is_refused_and_how_to_grant_it() {
    let env = Env::new();
    let served = env.serve("restricted-caller");
    let before = account_state(&env, &served);
    let r = env.run_on(&served, &["--json", "profile", "test", "--deep"]);
    assert_eq!(r.code, 1, "refused questions fail the deep test: {r:?}");
    let j = r.json();
    assert_eq!(j["netsuite"]["ok"], true, "{j}");
    let deep = &j["deep"];
    assert_eq!(deep["role"], "NSOA Connector");
    assert_eq!(deep["account"], "1234567_SB1");
    let missing: Vec<&str> = deep["missing_permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["key"].as_str().unwrap())
        .collect();
    assert_eq!(missing, vec!["ADMI_MANAGEROLES", "LIST_CERTIFICATES"]);
    for p in deep["missing_permissions"].as_array().unwrap() {
        assert!(
            p["ui_path"].as_str().unwrap().starts_with(
                "Setup > Users/Roles > Manage Roles > NSOA Connector > Edit > Permissions > "
            ),
            "{p}"
        );
    }
    let probes = deep["probes"].as_array().unwrap();
    let refused: Vec<&str> = probes
        .iter()
        .filter(|p| p["access"] == "refused")
        .map(|p| p["what"].as_str().unwrap())
        .collect();
    assert_eq!(
        refused,
        vec![
            "role (id, name, isinactive)",
            "rolepermissions (role, permkey, permlevel)",
            "role (id, name)",
            "companion certificate.get",
            "companion certificate.signProbe",
        ]
    );
    for p in probes.iter().filter(|p| p["access"] == "refused") {
        assert!(p["permission"]["ui_path"].is_string(), "{p}");
        assert!(p["answer"].is_string(), "NetSuite's own words: {p}");
    }
    // Everything else was asked and answered, except what would change the account.
    for p in probes.iter().filter(|p| p["access"] == "unknown") {
        assert_eq!(p["probed"], false, "{p}");
    }
    assert_eq!(deep["summary"]["refused"], 5);
    assert_eq!(deep["summary"]["unknown"], deep["summary"]["not_probed"]);
    let role = probes
        .iter()
        .find(|p| p["what"] == "role (id, name, isinactive)")
        .unwrap();
    assert_eq!(role["request"], "SELECT id, name, isinactive FROM role");
    assert_eq!(role["kind"], "suiteql");
    // The table says the same, with where to grant each permission once.
    let t = env.run_on(&served, &["profile", "test", "--deep"]);
    assert_eq!(t.code, 1, "{t:?}");
    assert!(
        t.stdout
            .contains("The role oa-rt signs in with ('NSOA Connector') lacks:"),
        "{}",
        t.stdout
    );
    assert!(
        t.stdout.contains("  Bulk Manage Roles (ADMI_MANAGEROLES): Setup > Users/Roles > Manage Roles > NSOA Connector > Edit > Permissions > Setup subtab: add Bulk Manage Roles at View or higher"),
        "{}",
        t.stdout
    );
    assert!(
        t.stdout.contains("  Certificate Access (LIST_CERTIFICATES): Setup > Users/Roles > Manage Roles > NSOA Connector > Edit > Permissions > Lists subtab: add Certificate Access at View or higher"),
        "{}",
        t.stdout
    );
    assert!(t.stdout.contains("refused"), "{}", t.stdout);
    // Nothing was changed, also by plan and apply, which find nothing to do on what they could not see.
    for args in [&["plan"][..], &["apply", "--yes"]] {
        let r = env.run_on(&served, args);
        assert!(r.code == 0 || r.code == 1, "{args:?}: {r:?}");
    }
    assert_eq!(
        account_state(&env, &served),
        before,
        "a command changed the account"
    );
}

#[test]
fn profile_test_deep_on_a_healthy_account_finds_everything_available() {
    let env = Env::new();
    let served = env.serve("healthy");
    for profile in ["emulator", "emulator-tba"] {
        let r = env.run_on(
            &served,
            &["--profile", profile, "--json", "profile", "test", "--deep"],
        );
        assert_eq!(r.code, 0, "{profile}: {r:?}");
        let deep = &r.json()["deep"];
        assert_eq!(deep["summary"]["refused"], 0, "{profile}: {deep}");
        assert_eq!(deep["missing_permissions"], serde_json::json!([]));
        let m2m = deep["probes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["kind"] == "m2m")
            .unwrap();
        if profile == "emulator" {
            assert_eq!(m2m["access"], "available", "{m2m}");
        } else {
            assert_eq!(m2m["access"], "unknown", "TBA: {m2m}");
        }
        // Every OpenAir read the tool relies on answers.
        assert!(
            deep["probes"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|p| p["service"] == "openair")
                .all(|p| p["access"] == "available"),
            "{deep}"
        );
    }
    let t = env.run_on(&served, &["profile", "test", "--deep"]);
    assert_eq!(t.code, 0, "{t:?}");
    assert!(
        t.stdout
            .contains("What oa-rt asks, as the role 'NSOA Connector' (read-only):"),
        "{}",
        t.stdout
    );
    assert!(!t.stdout.contains("lacks:"), "{}", t.stdout);
}

#[test]
fn setup_runs_the_deep_test_first_shows_only_what_is_refused_and_goes_on() {
    let env = Env::new();
    let r = env.run(&[
        "--emulator=restricted-caller",
        "setup",
        "--yes",
        "--simulate-operator",
        "--no-test-import",
    ]);
    let connected = r.stdout.find("connected:").expect("connection line");
    let access = r
        .stdout
        .find("access: NetSuite refuses 5 question(s)")
        .unwrap_or_else(|| panic!("{}", r.stdout));
    let status = r.stdout.find("Status now:").unwrap();
    assert!(connected < access && access < status, "{}", r.stdout);
    let shown = &r.stdout[access..status];
    assert!(
        shown.contains("grant Bulk Manage Roles (ADMI_MANAGEROLES): Setup > Users/Roles > Manage Roles > NSOA Connector")
            && shown.contains("grant Certificate Access (LIST_CERTIFICATES)"),
        "{shown}"
    );
    assert!(
        !shown.contains("available"),
        "only what is refused: {shown}"
    );
    assert!(
        r.stdout.contains("[7/7] certificate"),
        "setup goes on: {}",
        r.stdout
    );
}
