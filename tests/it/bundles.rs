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
        "1. Update bundle 369637",
        "2. Update bundle 369630",
        "3. Update bundle 369619",
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
            ("369619".into(), "6.02".into(), "fail".into()),
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
