//! `oa-rt bundles` on the scenarios, embedded and served.

use crate::common::Env;

#[test]
fn upgrade_fails_with_the_plan_in_order() {
    let env = Env::new();
    let run = env.run(&["--emulator=upgrade", "bundles"]);
    assert_eq!(run.code, 1, "{run:?}");
    for expected in [
        "SRP Integration",
        "369637",
        "3.11",
        ">= 4.0",
        "369630",
        "2.05",
        ">= 3.0",
        "369619",
        "6.02",
        "fail",
        "warn",
        "not needed for the real-time import",
        "1. Update bundle 369637",
        "2. Update bundle 369630",
        "3. Update bundle 369619 (Single Sign-On) from 6.02 to 7.0 or later (optional: not needed for the real-time import).",
        "Customization > SuiteBundler > Search & Install Bundles > List",
    ] {
        assert!(
            run.stdout.contains(expected),
            "missing {expected:?} in:\n{}",
            run.stdout
        );
    }
    // The plan's order: 369637 comes before the bundles that depend on it.
    let first = run.stdout.find("Update bundle 369637").unwrap();
    let second = run.stdout.find("Update bundle 369630").unwrap();
    assert!(first < second);
}

#[test]
fn upgrade_json_is_stable() {
    let env = Env::new();
    let run = env.run(&["--emulator=upgrade", "--json", "bundles"]);
    assert_eq!(run.code, 1, "{run:?}");
    let v = run.json();
    assert_eq!(v["ok"], false);
    assert_eq!(v["account"], "1234567_SB1");
    let rows = v["bundles"].as_array().unwrap();
    let summary: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["installed"].as_str().unwrap().to_string(),
                r["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("369637".into(), "3.11".into(), "fail".into()),
            ("369630".into(), "2.05".into(), "fail".into()),
            ("369619".into(), "6.02".into(), "warn".into()),
        ]
    );
    let plan: Vec<&str> = v["plan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["bundle"].as_str().unwrap())
        .collect();
    assert_eq!(plan, vec!["369637", "369630", "369619"]);
    assert_eq!(v["plan"][0]["action"], "update");
    assert_eq!(v["plan"][0]["order"], 1);
    assert_eq!(v["plan"][0]["optional"], false);
    assert_eq!(v["plan"][2]["optional"], true);
}

/// 369619 is not a seed prerequisite: installed below 7.0 it warns, with why it matters, and nothing plans it.
#[test]
fn single_sign_on_below_7_only_warns() {
    let env = Env::new();
    let s = env.run(&["--emulator=upgrade", "--json", "status"]).json();
    let sso: Vec<&serde_json::Value> = s["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["check"] == "bundle 369619 (Single Sign-On)")
        .collect();
    assert_eq!(sso.len(), 1, "{s}");
    assert_eq!(sso[0]["verdict"], "warn", "{s}");
    let detail = sso[0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("single sign-on") && detail.contains("7.0 brings its OIDC sign-on"),
        "{detail}"
    );
    let p = env.run(&["--emulator=upgrade", "--json", "plan"]).json();
    let bundles: Vec<&str> = p["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["step"] == "bundles")
        .map(|i| i["action"]["bundle"].as_str().unwrap())
        .collect();
    assert_eq!(bundles, vec!["369637", "369630"], "{p}");
    // Only 369619 left old: the bundles pass.
    let served = env.serve("upgrade");
    crate::common::ui(&env, &served, &["install-bundle", "369637", "5.06"]);
    crate::common::ui(&env, &served, &["install-bundle", "369630", "4.03"]);
    let r = env.run_on(&served, &["bundles"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout
            .contains("The bundles the real-time import needs are in place."),
        "{}",
        r.stdout
    );
}

#[test]
fn healthy_passes() {
    let env = Env::new();
    let run = env.run(&["--emulator=healthy", "bundles"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("All bundle requirements are met."));
    assert!(!run.stdout.contains("fail"));
    let json = env.run(&["--emulator=healthy", "--json", "bundles"]).json();
    assert_eq!(json["ok"], true);
    assert!(json["plan"].as_array().unwrap().is_empty());
}

#[test]
fn emulator_flag_defaults_to_upgrade_and_reads_the_environment() {
    let env = Env::new();
    let run = env.run(&["--emulator", "--json", "bundles"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["bundles"][0]["installed"], "3.11");
    let run = env
        .cmd()
        .env("OA_RT_EMULATOR", "healthy")
        .args(["--json", "bundles"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
}

#[test]
fn served_emulator_with_a_config_file() {
    let env = Env::new();
    let served = env.serve("upgrade");
    let run = env.run_on(&served, &["bundles"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("369637"));
    crate::common::assert_no_secrets(&run.all(), &served.secrets());
}
