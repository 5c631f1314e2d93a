//! The NetSuite steps on the emulator: role, deploy, verify-order, settings — table and JSON forms.

use crate::common::{Env, dump, ui};

#[test]
fn role_names_the_missing_permission() {
    let env = Env::new();
    let r = env.run(&["--emulator=missing-permission", "role"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout
            .contains("'NSOA Connector' has None (0), needs Full"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("Setup > Users/Roles > Manage Roles > NSOA Connector"),
        "{}",
        r.stdout
    );
    let j = env
        .run(&["--emulator=missing-permission", "--json", "role"])
        .json();
    assert_eq!(j["ok"], false);
    let failing: Vec<&str> = j["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["verdict"] == "fail")
        .map(|p| p["key"].as_str().unwrap())
        .collect();
    assert_eq!(failing, vec!["ADMI_CERTIFICATES"]);
    let r = env.run(&["--emulator=healthy", "role"]);
    assert_eq!(r.code, 0, "{r:?}");
    let r = env.run(&["--emulator=healthy", "role", "--role", "NSOA Conector"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("did you mean 'NSOA Connector'"),
        "{}",
        r.stdout
    );
}

/// Seed step 2: a custom integration role needs Certificate management (Full); the three permissions 369637 adds
/// to NSOA Connector for OIDC sign-on only warn on it, and `enable` does not refuse for them.
#[test]
fn a_custom_role_needs_certificate_management_and_only_warns_for_oidc_sign_on() {
    let env = Env::new();
    let served = env.serve("custom-role");
    let r = env.run_on(&served, &["role"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout.matches("\nwarn: ").count(), 3, "{}", r.stdout);
    for name in [
        "OIDC Provider Setup",
        "OAuth 2.0 Authorized Applications Management",
        "Log in using OAuth 2.0 Access Tokens",
    ] {
        assert!(
            r.stdout.contains(&format!("warn: {name}: 'ACME SuiteProjects Integration' has None (0), needs Full; the real-time import does not need it")),
            "{name}: {}",
            r.stdout
        );
    }
    assert!(r.stdout.contains("OIDC provider for single sign-on"));
    assert!(r.stdout.contains("two-factor authentication"));
    let j = env.run_on(&served, &["--json", "role"]).json();
    assert_eq!(j["ok"], true);
    assert_eq!(j["custom_role"], true);
    let verdicts: Vec<(&str, &str)> = j["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["key"].as_str().unwrap(), p["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(
        verdicts,
        vec![
            ("ADMI_NSASOIDCPROVIDER", "warn"),
            ("ADMI_MANAGE_OAUTH2", "warn"),
            ("ADMI_LOGIN_OAUTH2", "warn"),
            ("ADMI_CERTIFICATES", "ok"),
        ]
    );
    // status agrees: warnings, no failure; nothing to plan for the role.
    let s = env.run_on(&served, &["--json", "status"]).json();
    let role: Vec<&str> = s["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["step"] == "role")
        .map(|c| c["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(role, vec!["ok", "warn", "warn", "warn"], "{s}");
    // enable's readiness does not refuse for them (it goes on to OpenAir's guided steps).
    let enable = env.run_on(&served, &["enable"]);
    assert!(!enable.stdout.contains("Not ready"), "{enable:?}");
    // Without Certificate management the custom role fails: seed step 2.
    ui(
        &env,
        &served,
        &[
            "set-permission",
            "ACME SuiteProjects Integration",
            "ADMI_CERTIFICATES",
            "0",
        ],
    );
    let r = env.run_on(&served, &["role"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout.contains(
            "FAIL: Certificate Management: 'ACME SuiteProjects Integration' has None (0), needs Full (a custom integration role needs Certificate management: seed step 2)"
        ),
        "{}",
        r.stdout
    );
    let enable = env.run_on(&served, &["enable"]);
    assert_eq!(enable.code, 1, "{enable:?}");
    assert!(
        enable.stdout.contains("role / Certificate Management"),
        "{}",
        enable.stdout
    );
}

#[test]
fn deploy_on_upgrade_plans_applies_and_then_plans_nothing() {
    let env = Env::new();
    let served = env.serve("upgrade");
    // 369630 is at 2.05: deploy refuses (exit 1, one message with the fix) and changes nothing, dry run or not.
    let deployments = |env: &Env| dump(env, &served)["netsuite"]["userEventDeployments"].clone();
    let before = deployments(&env);
    for args in [
        &["deploy"][..],
        &["--yes", "deploy"],
        &["--dry-run", "--json", "deploy"],
    ] {
        let refused = env.run_on(&served, args);
        assert_eq!(refused.code, 1, "{args:?}: {refused:?}");
        assert!(
            refused.stderr.contains(
                "error: not deploying the v2.0 send script: bundle 369630 (SRP Real-time Add-on) is at 2.05"
            ),
            "{}",
            refused.stderr
        );
        assert!(
            refused
                .stderr
                .contains("fix: update bundle 369630 (SRP Real-time Add-on) to 3.0 or later")
                && refused.stderr.contains("`oa-rt bundles` shows how"),
            "{}",
            refused.stderr
        );
    }
    assert_eq!(
        deployments(&env),
        before,
        "a refused deploy changed nothing"
    );
    // The bundles updated as the seed orders them, deploy goes ahead.
    ui(&env, &served, &["install-bundle", "369637", "5.06"]);
    ui(&env, &served, &["install-bundle", "369630", "4.03"]);
    let plan = env
        .run_on(&served, &["--json", "--dry-run", "deploy"])
        .json();
    let actions: Vec<(String, String)> = plan["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["action"].as_str().unwrap().into(),
                c["deployment"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        actions.iter().filter(|(a, _)| a == "undeploy").count(),
        3,
        "{actions:?}"
    );
    assert_eq!(
        actions.iter().filter(|(a, _)| a == "deploy").count(),
        3,
        "{actions:?}"
    );
    assert!(
        actions
            .iter()
            .all(|(a, d)| (a == "undeploy") != d.ends_with("_v2"))
    );
    assert_eq!(plan["dry_run"], true);
    // A dry run changes nothing.
    assert_eq!(
        env.run_on(&served, &["--json", "--dry-run", "deploy"])
            .json()["plan"],
        plan["plan"]
    );
    // Without --yes and without a terminal: refused, nothing changed.
    let refused = env.run_on(&served, &["deploy"]);
    assert_eq!(refused.code, 2, "{refused:?}");
    let applied = env.run_on(&served, &["--yes", "deploy"]);
    assert_eq!(applied.code, 0, "{applied:?}");
    assert!(
        applied.stdout.contains("Verified by SuiteQL"),
        "{}",
        applied.stdout
    );
    let again = env.run_on(&served, &["--json", "deploy"]).json();
    assert!(again["plan"].as_array().unwrap().is_empty(), "{again}");
    assert_eq!(again["ok"], true);
    // A backup of the replaced values exists.
    let backups: Vec<_> = std::fs::read_dir(env.path().join("state/oa-rt/backups"))
        .unwrap()
        .collect();
    assert_eq!(backups.len(), 1);
    let backup: serde_json::Value =
        serde_json::from_slice(&std::fs::read(backups[0].as_ref().unwrap().path()).unwrap())
            .unwrap();
    assert_eq!(backup["command"], "deploy");
    assert_eq!(backup["entries"].as_array().unwrap().len(), 6);
    // The real-time path now runs on the v2.0 script.
    let d = dump(&env, &served);
    let deployed: Vec<&str> = d["netsuite"]["userEventDeployments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| {
            x["isdeployed"] == "T"
                && x["script"]
                    .as_str()
                    .unwrap()
                    .starts_with("customscript_oa_send")
        })
        .map(|x| x["script"].as_str().unwrap())
        .collect();
    assert!(
        deployed
            .iter()
            .all(|s| *s == "customscript_oa_send_record_v2"),
        "{deployed:?}"
    );
}

#[test]
fn deploy_on_bundle_locked_guides_then_verifies() {
    let env = Env::new();
    let served = env.serve("bundle-locked");
    let waiting = env.run_on(&served, &["--yes", "deploy"]);
    assert_eq!(waiting.code, 5, "{waiting:?}");
    // The seed's words: the script record, its Deployments subtab, the record type by its label.
    for wanted in [
        "Go to Customization > Scripting > Scripts",
        "set the From bundle filter to 369630",
        "Locate the \"OpenAir: Send Record to OpenAir v2.0\" script and click View",
        "On the Deployments subtab, click the record type Customer",
        "Locate the \"OpenAir: Send Record to OpenAir\" script and click Edit",
        "clear the Deployed box of Customer (customdeploy_oa_send_customer) and click OK to confirm",
    ] {
        assert!(
            waiting.stderr.contains(wanted),
            "{wanted}:\n{}",
            waiting.stderr
        );
    }
    assert!(waiting.stderr.contains("Execute As Role: NSOA Connector"));
    let simulated = env.run_on(
        &served,
        &["--yes", "--simulate-operator", "--json", "deploy"],
    );
    assert_eq!(simulated.code, 0, "{simulated:?}");
    let j = simulated.json();
    assert!(
        j["applied"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["outcome"] == "guided"),
        "{j}"
    );
    assert!(j["remaining"].as_array().unwrap().is_empty());
}

#[test]
fn deploy_refuses_unknown_record_types() {
    let env = Env::new();
    let r = env.run(&["--emulator=healthy", "deploy", "--record-types", "custmer"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("did you mean customer?"), "{}", r.stderr);
}

#[test]
fn verify_order_drift_localized_confirmed_and_stale() {
    let env = Env::new();
    let served = env.serve("order-drift");
    let dir = env.path().join("project");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("oa-rt-evidence.toml").display().to_string();
    let r = env.run_on(&served, &["verify-order", "--evidence", &file]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout.contains("needs-check") && r.stdout.contains("customscript_acme_customer_sync"),
        "{}",
        r.stdout
    );
    let j = env
        .run_on(&served, &["--json", "verify-order", "--evidence", &file])
        .json();
    let customer = j["record_types"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["record_type"] == "CUSTOMER")
        .unwrap();
    assert_eq!(customer["verdict"], "needs-check");
    // A confirmation is a person's act: without a terminal, `--yes` (or OA_RT_YES) does not give one: exit 2,
    // nothing recorded.
    for yes in [&["--yes"][..], &[]] {
        let refused = env.run_env_on(
            &served,
            &[("OA_RT_YES", "1")],
            &[
                yes,
                &["verify-order", "--evidence", &file, "--confirm", "customer"],
            ]
            .concat(),
        );
        assert_eq!(refused.code, 2, "{refused:?}");
        assert!(
            refused.stderr.contains("a confirmation is a person's act")
                && refused.stderr.contains("--confirmed-by NAME"),
            "{}",
            refused.stderr
        );
        assert!(!std::path::Path::new(&file).exists());
    }
    // Fixed through the UI surface and confirmed by the simulated operator.
    let confirmed = env.run_on(
        &served,
        &[
            "--simulate-operator",
            "verify-order",
            "--evidence",
            &file,
            "--confirm",
            "customer",
        ],
    );
    assert_eq!(confirmed.code, 0, "{confirmed:?}");
    assert!(
        confirmed.stdout.contains("confirmed"),
        "{}",
        confirmed.stdout
    );
    let recorded = std::fs::read_to_string(&file).unwrap();
    assert!(
        recorded.contains("customscript_acme_customer_sync")
            && recorded.contains("369630 = \"4.03\""),
        "{recorded}"
    );
    // And the save now reaches OpenAir with the final value.
    let save = ui(&env, &served, &["save-record", "customer:1001"]);
    assert_eq!(
        save["scripts"].as_array().unwrap().last().unwrap()["script"],
        "customscript_oa_send_record_v2"
    );
    // A bundle update makes the confirmation stale.
    ui(&env, &served, &["install-bundle", "369630", "4.04"]);
    let stale = env.run_on(&served, &["--json", "verify-order", "--evidence", &file]);
    assert_eq!(stale.code, 1);
    let customer = stale.json()["record_types"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["record_type"] == "CUSTOMER")
        .unwrap()
        .clone();
    assert_eq!(customer["verdict"], "needs-check");
    assert!(
        customer["detail"]
            .as_str()
            .unwrap()
            .contains("bundle 369630 was 4.03 and is now 4.04"),
        "{customer}"
    );

    let env = Env::new();
    let r = env.run(&[
        "--emulator=localized-script",
        "verify-order",
        "--confirmations",
        &file,
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("fail") && r.stdout.contains("customscript_l10n_fr_tax_registration"),
        "{}",
        r.stdout
    );
    let j = env
        .run(&[
            "--emulator=localized-script",
            "--json",
            "verify-order",
            "--confirmations",
            &file,
        ])
        .json();
    let customer = j["record_types"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["record_type"] == "CUSTOMER")
        .unwrap()
        .clone();
    assert_eq!(customer["verdict"], "fail");
    let tax = customer["scripts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["script"] == "customscript_l10n_fr_tax_registration")
        .unwrap()
        .clone();
    assert_eq!(tax["relation"], "runs-after");
    let healthy = env.run(&[
        "--emulator=healthy",
        "verify-order",
        "--confirmations",
        &file,
    ]);
    assert_eq!(healthy.code, 0, "{healthy:?}");
}

#[test]
fn settings_refuse_invalid_values_and_change_nothing() {
    let env = Env::new();
    let served = env.serve("healthy");
    let before = dump(&env, &served)["netsuite"]["settings"].clone();
    for (assignment, message) in [
        ("error-email=not-an-email", "not an e-mail address"),
        (
            "openair-url=https://www.openair.com",
            "generic OpenAir host",
        ),
        (
            "openair-url=http://acme.app.sandbox.openair.com",
            "must use https",
        ),
        (
            "openair-url=https://acme.app.netsuitesuiteprojectspro.com",
            "sandbox accounts connect only to sandbox accounts",
        ),
        (
            "include-leads=true",
            "customdeploy_oa_send_lead is not deployed",
        ),
        ("enable=perhaps", "expected true or false"),
        ("erorr-email=a@b.co", "did you mean error-email?"),
        ("openair-db-id=acme corp", "not an OpenAir company id"),
    ] {
        let r = env.run_on(&served, &["--yes", "settings", "set", assignment]);
        assert_eq!(r.code, 2, "{assignment}: {r:?}");
        assert!(r.stderr.contains(message), "{assignment}: {}", r.stderr);
    }
    assert_eq!(
        dump(&env, &served)["netsuite"]["settings"],
        before,
        "nothing changed"
    );
    assert!(
        !env.path().join("state/oa-rt/backups").exists(),
        "no backup: nothing was changed"
    );

    // A valid change: only the differing field is sent, a backup keeps the old value, and it reads back.
    let r = env.run_on(
        &served,
        &[
            "--yes",
            "--json",
            "settings",
            "set",
            "enable=true",
            "error-email=ops@acme.example",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let j = r.json();
    let changed: Vec<&str> = j["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["setting"].as_str().unwrap())
        .collect();
    assert_eq!(changed, vec!["error-email"]);
    assert_eq!(j["verified"], true);
    let backups: Vec<_> = std::fs::read_dir(env.path().join("state/oa-rt/backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let backup: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&backups[0]).unwrap()).unwrap();
    assert_eq!(
        backup["entries"][0]["values"]["custrecord_oa_realtime_email"],
        "netsuite-admin@acme.example"
    );
    let show = env.run_on(&served, &["--json", "settings", "show"]).json();
    assert_eq!(show["settings"]["error-email"], "ops@acme.example");
    // Setting the same values again changes nothing.
    let again = env
        .run_on(
            &served,
            &[
                "--yes",
                "--json",
                "settings",
                "set",
                "error-email=ops@acme.example",
            ],
        )
        .json();
    assert!(again["changes"].as_array().unwrap().is_empty());
}

#[test]
fn settings_on_an_old_bundle_and_the_suitesignon_flag() {
    let env = Env::new();
    let served = env.serve("upgrade");
    // The pass policy: a failing check (the URL fields are missing) exits 1, as in `status`.
    let show = env.run_on(&served, &["settings", "show"]);
    assert_eq!(show.code, 1, "{show:?}");
    assert!(
        show.stdout.contains("(field missing: bundle 369637 (SRP"),
        "{}",
        show.stdout
    );
    // Each missing field names the release that adds it: 369637 4.0 the URL, 369630 4.01 the RESTlet trigger.
    let json = env.run_on(&served, &["--json", "settings", "show"]).json();
    assert_eq!(
        json["missing_fields"]["openair-url"], "bundle 369637 (SRP Integration) 4.0 adds it",
        "{json}"
    );
    assert_eq!(
        json["missing_fields"]["restlet-customer"],
        "bundle 369630 (SRP Real-time Add-on) 4.01 adds it",
        "{json}"
    );
    assert!(json["missing_fields"].get("enable").is_none(), "{json}");
    assert!(
        show.stdout.contains("SuiteSignOn record"),
        "{}",
        show.stdout
    );
    let r = env.run_on(
        &served,
        &[
            "--yes",
            "settings",
            "set",
            "openair-url=https://acme.app.sandbox.openair.com",
        ],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("369637 (SRP Integration) 4.0 adds it"),
        "{}",
        r.stderr
    );
}

#[test]
fn an_inactive_settings_record_is_neither_read_nor_counted() {
    let env = Env::new();
    let state = env.path().join("account.db");
    let served = env.serve_with("healthy", &["--state", state.to_str().unwrap()]);
    // A retired record with a lower id and other values, as an account keeps after a reinstall.
    let db = rusqlite::Connection::open(&state).unwrap();
    db.execute(
        "INSERT INTO customrecord_oa_srp_integration_settings(id, name, isinactive, custrecord_oa_realtime_enable, custrecord_oa_url)
         VALUES (0, 'Old settings', 'T', 'F', 'https://old.app.openair.com')",
        [],
    )
    .unwrap();
    let show = env.run_on(&served, &["--json", "settings", "show"]);
    assert_eq!(show.code, 0, "{show:?}");
    let j = show.json();
    assert_eq!(j["record"]["id"], "1", "{j}");
    assert_eq!(j["settings"]["enable"], true, "{j}");
    let status = env.run_on(&served, &["--json", "status"]);
    let settings: Vec<_> = status.json()["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["step"] == "settings")
        .map(|c| c["verdict"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !settings.is_empty() && settings.iter().all(|v| v == "ok"),
        "{settings:?}"
    );
    // Two active records: the integration reads one, so that is a failure naming both ways out.
    db.execute(
        "UPDATE customrecord_oa_srp_integration_settings SET isinactive = 'F' WHERE id = 0",
        [],
    )
    .unwrap();
    let status = env.run_on(&served, &["--json", "status"]);
    assert_eq!(status.code, 1, "{status:?}");
    let text = status.stdout;
    assert!(text.contains("2 active settings records"), "{text}");
    assert!(text.contains("inactivate or delete"), "{text}");
}

#[test]
fn settings_edit_through_an_editor() {
    let env = Env::new();
    let served = env.serve("healthy");
    // An "editor" that changes one line of the file it is given.
    let editor = env.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nsed -i 's/^error-email = .*/error-email = \"edited@acme.example\"/' \"$1\"\n",
    )
    .unwrap();
    crate::common::write_mode(&editor, &std::fs::read_to_string(&editor).unwrap(), 0o755);
    let r = env.run_env_on(
        &served,
        &[
            ("EDITOR", editor.to_str().unwrap()),
            ("VISUAL", editor.to_str().unwrap()),
        ],
        &["--yes", "settings", "edit"],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("edited@acme.example"), "{}", r.stdout);
    let show = env.run_on(&served, &["--json", "settings", "show"]).json();
    assert_eq!(show["settings"]["error-email"], "edited@acme.example");
}

/// Issue "What the seed says, exactly", Done-when: `status` on order-drift is "Not verified" (exit 1) until the page
/// order is fixed and confirmed by a person and a test import landed; the evidence lives next to oa-rt.toml, so
/// another checkout of the same files sees it; a bundle update makes the confirmation stale again.
#[test]
fn status_is_healthy_only_once_a_person_confirmed_the_order_and_an_import_landed() {
    let env = Env::new();
    let served = env.serve("order-drift");
    // `status` run in `dir`, where the default ./oa-rt.toml is absent (a named --file must exist).
    let status = |dir: &std::path::Path| {
        let out = env
            .cmd()
            .current_dir(dir)
            .args(["--config", &served.config_arg(), "status"])
            .output()
            .unwrap();
        crate::common::Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    };
    let work = env.work();
    let first = status(&work);
    assert_eq!(first.code, 1, "{first:?}");
    assert!(
        first.stdout.contains("Not verified: ")
            && first
                .stdout
                .contains("oa-rt verify-order --confirm CUSTOMER")
            && !first.stdout.contains("Healthy"),
        "{}",
        first.stdout
    );
    // --allow-unverified exits 0 while only needs-checks remain.
    assert_eq!(
        env.run_on(&served, &["status", "--allow-unverified"]).code,
        0
    );

    // The probe shows the effect of the wrong order: NetSuite holds a newer value than OpenAir received.
    let probe = env.run_on(&served, &["verify-order", "--probe", "customer:1001"]);
    assert_eq!(probe.code, 1, "{probe:?}");
    assert!(
        probe.stdout.contains("customscript_acme_customer_sync"),
        "{}",
        probe.stdout
    );
    // The save landed (OpenAir's switches are proven), but the order is not: still not verified.
    assert_eq!(status(&work).code, 1);
    // The reorder through the UI surface, then a person's confirmation, named on the command line.
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
    let confirmed = env.run_on(
        &served,
        &[
            "verify-order",
            "--confirm",
            "customer",
            "--confirmed-by",
            "Ada Lovelace",
        ],
    );
    assert_eq!(confirmed.code, 0, "{confirmed:?}");
    assert!(
        confirmed.stdout.contains("confirmed by Ada Lovelace at ")
            && !confirmed.stdout.contains("verified"),
        "{}",
        confirmed.stdout
    );
    // The probe's save landed in OpenAir, which proves the switches too; a test import does the same.
    let import = env.run_on(&served, &["test-import", "--record", "customer:1001"]);
    assert_eq!(import.code, 0, "{import:?}");
    let evidence = std::fs::read_to_string(work.join("oa-rt-evidence.toml")).unwrap();
    assert!(
        evidence.contains("[[confirmation]]")
            && evidence.contains("confirmed_by = \"Ada Lovelace\"")
            && evidence.contains("[[proof]]")
            && evidence.contains("record = \"customer:1001\""),
        "{evidence}"
    );
    let healthy = status(&work);
    assert_eq!(healthy.code, 0, "{healthy:?}");
    assert!(healthy.stdout.contains("Healthy: "), "{}", healthy.stdout);

    // Another checkout (CI on another machine): the evidence file travels with oa-rt.toml.
    let elsewhere = env.path().join("checkout");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::copy(
        work.join("oa-rt-evidence.toml"),
        elsewhere.join("oa-rt-evidence.toml"),
    )
    .unwrap();
    assert_eq!(status(&elsewhere).code, 0);
    let empty = env.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    assert_eq!(status(&empty).code, 1, "no evidence there");

    // A bundle update makes the confirmation stale: not verified again.
    ui(&env, &served, &["install-bundle", "369630", "4.04"]);
    let stale = status(&work);
    assert_eq!(stale.code, 1, "{stale:?}");
    assert!(stale.stdout.contains("is stale"), "{}", stale.stdout);
}

/// Seed step 5's note: including leads in NetSuite comes after OpenAir's setting, named exactly. Without a
/// terminal it is refused until `--openair-done`; the lead deployment the checklist requires is named.
#[test]
fn including_leads_asks_about_openairs_setting_first() {
    let env = Env::new();
    let served = env.serve("healthy");
    let lead = |env: &Env| {
        crate::common::dump(env, &served)["netsuite"]["settings"][0]
            ["custrecord_oa_realtime_include_lead"]
            .clone()
    };
    // The lead deployment the checklist requires comes first: the settings check names it.
    let no_deployment = env.run_on(&served, &["settings", "set", "include-leads=true", "--yes"]);
    assert_eq!(no_deployment.code, 2, "{no_deployment:?}");
    assert!(
        no_deployment.stderr.contains("customdeploy_oa_send_lead"),
        "{}",
        no_deployment.stderr
    );
    let deployed = env.run_on(
        &served,
        &[
            "deploy",
            "--yes",
            "--include-leads",
            "--record-types",
            "customer,job,employee,projecttask",
        ],
    );
    assert_eq!(deployed.code, 0, "{deployed:?}");
    // Then OpenAir's setting, named exactly: without a terminal, refused until --openair-done.
    let refused = env.run_on(&served, &["settings", "set", "include-leads=true", "--yes"]);
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(
        refused.stderr.contains(
            "\"Include NetSuite leads marked 'Export to OpenAir' in the customers import\""
        ) && refused.stderr.contains("--openair-done"),
        "{}",
        refused.stderr
    );
    assert_eq!(lead(&env), "F");
    // On an emulator the simulated operator sets OpenAir's box, then NetSuite's is set.
    let set = env.run_on(
        &served,
        &[
            "--simulate-operator",
            "settings",
            "set",
            "include-leads=true",
            "--yes",
        ],
    );
    assert_eq!(set.code, 0, "{set:?}");
    assert!(
        set.stderr
            .contains("First in OpenAir: include NetSuite leads"),
        "{}",
        set.stderr
    );
    assert_eq!(lead(&env), "T");
    // Said done in OpenAir by the person running it: no question.
    let done = env.run_on(
        &served,
        &[
            "settings",
            "set",
            "include-prospects=true",
            "--yes",
            "--openair-done",
        ],
    );
    assert_eq!(
        done.code, 2,
        "the prospect deployment is still missing: {done:?}"
    );
    assert!(
        done.stderr.contains("customdeploy_oa_send_prospect"),
        "{}",
        done.stderr
    );
}
