//! The companion RESTlet: `oa-rt companion export`, and the contract fixture that makes the SuiteScript source
//! answer exactly as the emulator does. This test writes `target/tmp/companion-contract.json` from a served
//! emulator; `.ci/run` then replays it against the JavaScript under Oracle's stubs (companion/test/contract.test.js).

use serde_json::{Value, json};

use crate::common::{Env, block_on, clients, companion_reply};

#[test]
fn export_writes_the_project() {
    let env = Env::new();
    let dir = env.path().join("companion");
    let r = env.run(&["companion", "export", dir.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{r:?}");
    for f in [
        "src/FileCabinet/SuiteScripts/oa-rt/oa_rt_companion.js",
        "src/Objects/customscript_oa_rt_companion.xml",
        "src/manifest.xml",
        "src/deploy.xml",
        "suitecloud.config.js",
        "INSTALL.md",
    ] {
        let text = std::fs::read_to_string(dir.join(f)).unwrap_or_else(|_| panic!("{f} missing"));
        assert!(!text.is_empty());
    }
    let js =
        std::fs::read_to_string(dir.join("src/FileCabinet/SuiteScripts/oa-rt/oa_rt_companion.js"))
            .unwrap();
    assert!(js.contains("@NApiVersion 2.1") && js.contains("@NScriptType Restlet"));
    let xml =
        std::fs::read_to_string(dir.join("src/Objects/customscript_oa_rt_companion.xml")).unwrap();
    assert!(xml.contains("customdeploy_oa_rt_companion"));
}

/// A stand-in for the private key block of a PEM certificate file: the JavaScript must strip it, and a real key
/// has no place in a test artifact.
const FAKE_KEY: &str = "-----BEGIN PRIVATE KEY-----\nTk9ULUEtUkVBTC1LRVktb2EtcnQtY29udHJhY3QtZml4dHVyZQ==\n-----END PRIVATE KEY-----\n";
const PROBE: &str = "oa-rt signing probe (contract fixture)";

#[test]
fn contract_fixture_from_the_emulator() {
    let env = Env::new();
    // bundle-locked: current bundles, a valid certificate, and NetSuite refusing edits of bundle deployments.
    let served = env.serve("bundle-locked");
    let config = served.config.clone();
    let fixture = block_on(async move {
        let c = clients(&config, "emulator");
        let ns = &c.netsuite;
        let call = |request: Value| async move {
            let reply = companion_reply(ns, &request).await;
            json!({"request": request, "reply": reply})
        };
        let scripts = ns
            .suiteql("SELECT scriptid FROM script ORDER BY id")
            .await
            .unwrap();
        let script_ids: Vec<String> = scripts
            .iter()
            .map(|r| r.get("scriptid").unwrap().to_string())
            .collect();
        let deployments = ns
            .suiteql("SELECT d.primarykey, d.scriptid, s.scriptid AS script FROM scriptdeployment d JOIN script s ON s.id = d.script ORDER BY d.primarykey")
            .await
            .unwrap();
        let mut cases = Vec::new();
        for request in [
            json!({"action": "version"}),
            json!({"action": "bundles.list"}),
            json!({"action": "bundles.containingScripts", "scriptIds": script_ids}),
            json!({"action": "bundles.containingScripts"}),
            json!({"action": "certificate.get", "scriptId": "custcertificate_oa_realtime"}),
            json!({"action": "certificate.get", "scriptId": "custcertificate_nope"}),
            json!({"action": "certificate.signProbe", "scriptId": "custcertificate_oa_realtime", "message": PROBE}),
            json!({"action": "certificate.signProbe", "scriptId": "custcertificate_nope", "message": PROBE}),
            json!({"action": "deployment.update", "scriptId": "customdeploy_oa_send_customer_v2", "set": {"isdeployed": true, "status": "RELEASED"}}),
            json!({"action": "deployment.update", "scriptId": "customdeploy_acme_customer_defaults", "set": {"loglevel": "AUDIT"}}),
            json!({"action": "deployment.update", "scriptId": "customdeploy_acme_customer_defaults", "set": {"title": "x"}}),
            json!({"action": "deployment.update", "scriptId": "customdeploy_acme_customer_defaults", "set": {"isdeployed": "yes"}}),
            json!({"action": "deployment.update", "scriptId": "customdeploy_nope", "set": {"loglevel": "AUDIT"}}),
            json!({"action": "deployment.update", "scriptId": "customdeploy_acme_customer_defaults"}),
            json!({"action": "nope"}),
            json!({}),
            json!({"action": "deployments.get", "scriptIds": ["customdeploy_oa_send_customer_v2", "customdeploy_acme_customer_defaults", "customdeploy_nope"]}),
            json!({"action": "deployments.get"}),
            // Every part at once, as `status` asks it, and a query NetSuite refuses (its own part's error).
            json!({
                "action": "observe",
                "queries": {
                    "send": oa_rt::steps::deployments::SEND_QUERY.as_str(),
                    "roles": oa_rt::steps::role::roles_query(ns.role()),
                    "others": oa_rt::steps::order::OTHERS_QUERY.as_str(),
                    "settings": oa_rt::steps::settings::IDS_QUERY,
                    "refused": "SELECT nope FROM script",
                },
                "deploymentFields": [{"query": "send", "column": "deployment"}, {"query": "others", "column": "deployment"}],
                "scriptBundles": [{"query": "send", "column": "scriptid"}, {"query": "others", "column": "scriptid"}],
                "record": {"type": oa_rt::steps::settings::RECORD_TYPE, "idsFrom": "settings"},
                "bundles": true,
                "certificate": {"scriptId": "custcertificate_oa_realtime", "message": PROBE},
            }),
        ] {
            cases.push(call(request).await);
        }
        // observe's usage is NetSuite's count of governance units, which the stubs only approximate.
        let observed = cases[18]["reply"].as_object_mut().unwrap();
        assert!(
            observed
                .remove("usage")
                .is_some_and(|u| u.as_u64() > Some(0))
        );
        let observed = cases[18]["reply"].clone();
        let reply_of = |i: usize| cases[i]["reply"].clone();
        let map = reply_of(2)["map"].clone();
        let cert = reply_of(4);
        let signature = reply_of(6)["signature"].clone();
        // What N/record shows of each deployment, as the emulator answers it (deployments.get of every one).
        let ids: Vec<String> = deployments
            .iter()
            .map(|r| r.get("scriptid").unwrap().to_string())
            .collect();
        let read = ns
            .companion_call(
                &json!({"action": "deployments.get", "scriptIds": ids}),
                true,
            )
            .await
            .unwrap();
        let deployments: Vec<Value> = deployments
            .iter()
            .map(|r| {
                let script = r.get("script").unwrap().to_string();
                let scriptid = r.get("scriptid").unwrap();
                let locked = map[&script].as_array().is_some_and(|a| !a.is_empty());
                // NetSuite refuses a bundle's deployments to load at all here: the stubs' 'load' refusal.
                let fields = &read["deployments"][scriptid];
                json!({
                    "scriptId": scriptid,
                    "internalId": r.get("primarykey").unwrap().parse::<i64>().unwrap(),
                    "bundleLocked": if locked { json!("load") } else { json!(false) },
                    "script": script,
                    "fields": {
                        "allroles": fields["allRoles"],
                        "runasrole": fields["runAsRole"].as_str().unwrap_or(""),
                        "eventtype": fields["eventType"].as_str().unwrap_or(""),
                        "alllocalizationcontexts": fields["allLocalizationContexts"],
                        "localizationcontext": fields["localizationContext"].as_str().unwrap_or(""),
                    },
                })
            })
            .collect();
        json!({
            "_comment": "Written by tests/it/companion.rs from `oa-rt emulator serve --scenario bundle-locked`; the private key block is a stand-in.",
            "runtimeVersion": reply_of(0)["netsuite"],
            "bundles": reply_of(1)["bundles"],
            "bundlesContainingScripts": map,
            "certificates": [{
                "scriptId": "custcertificate_oa_realtime",
                "name": cert["name"],
                "description": cert["description"],
                "fileType": cert["fileType"],
                "fileContents": format!("{FAKE_KEY}{}", cert["publicCertificatePem"].as_str().unwrap()),
                "signatures": { PROBE: signature },
            }],
            "deployments": deployments,
            // What the RESTlet's own SuiteQL and record loads answer, as the emulator answered them.
            "suiteql": cases[18]["request"]["queries"].as_object().unwrap().iter()
                .map(|(name, q)| (q.as_str().unwrap().to_string(), observed["queries"][name].clone()))
                .collect::<serde_json::Map<String, Value>>(),
            "records": [{
                "type": oa_rt::steps::settings::RECORD_TYPE,
                "id": observed["record"]["id"],
                "fields": observed["record"]["fields"],
                "values": observed["record"]["values"],
            }],
            "cases": cases,
        })
    });
    // The emulator's own answers pin the contract's shape too.
    let cases = fixture["cases"].as_array().unwrap();
    assert_eq!(cases[8]["reply"]["error"]["code"], "BUNDLE_LOCKED");
    assert_eq!(cases[9]["reply"], json!({"ok": true, "updated": true}));
    assert_eq!(cases[10]["reply"]["error"]["code"], "INVALID_FLD");
    assert_eq!(cases[11]["reply"]["error"]["code"], "INVALID_FLD_VALUE");
    assert_eq!(cases[12]["reply"]["error"]["code"], "RCRD_DSNT_EXIST");
    assert_eq!(cases[14]["reply"]["error"]["code"], "UNKNOWN_ACTION");
    assert_eq!(cases[15]["reply"]["error"]["code"], "INVALID_REQUEST");
    let read = &cases[16]["reply"]["deployments"];
    assert_eq!(
        read["customdeploy_oa_send_customer_v2"]["error"]["code"],
        "BUNDLE_LOCKED"
    );
    assert_eq!(
        read["customdeploy_acme_customer_defaults"]["allRoles"],
        true
    );
    assert_eq!(
        read["customdeploy_nope"]["error"]["code"],
        "RCRD_DSNT_EXIST"
    );
    assert_eq!(cases[17]["reply"]["error"]["code"], "INVALID_REQUEST");
    let observed = &cases[18]["reply"];
    assert!(
        observed["queries"]["send"]["rows"]
            .as_array()
            .unwrap()
            .len()
            > 1
    );
    assert_eq!(observed["queries"]["refused"]["ok"], false);
    assert!(
        observed["queries"]["refused"]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Unknown identifier 'nope'")
    );
    assert_eq!(observed["record"]["ok"], true);
    assert_eq!(observed["certificate"]["exists"], true);
    assert!(observed["signature"]["signature"].is_string());
    assert_eq!(
        observed["deploymentFields"]["deployments"]["customdeploy_oa_send_customer_v2"]["error"]["code"],
        "BUNDLE_LOCKED"
    );
    assert!(
        !fixture
            .to_string()
            .contains(&std::fs::read_to_string(served.creds.join("m2m-ec.pem")).unwrap())
    );
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("companion-contract.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&fixture).unwrap()).unwrap();
}
