//! The companion RESTlet's contract (DESIGN.md "The companion RESTlet"): its ids, and each action's request and
//! reply as types. The client sends these; the emulator answers them; `companion/` implements them in
//! SuiteScript and its tests replay a fixture of them.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub const SCRIPT: &str = "customscript_oa_rt_companion";
pub const DEPLOY: &str = "customdeploy_oa_rt_companion";

/// The error code NetSuite answers when a RESTlet is not deployed (or not to the caller's role).
pub const NOT_DEPLOYED: &str = "SSS_INVALID_SCRIPTLET_ID";
/// The error code of `deployment.update` when NetSuite refuses to let the script edit another bundle's deployment.
pub const BUNDLE_LOCKED: &str = "BUNDLE_LOCKED";

/// One action of the RESTlet: the request's fields (serialized next to `"action": NAME`) and its reply.
pub trait Action: Serialize {
    const NAME: &'static str;
    /// Whether the request may be sent twice (retried).
    const IDEMPOTENT: bool;
    type Reply: DeserializeOwned;
}

/// `version`: which companion and NetSuite release answer.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GetVersion {}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionReply {
    pub companion: String,
    pub netsuite: String,
}

impl Action for GetVersion {
    const NAME: &'static str = "version";
    const IDEMPOTENT: bool = true;
    type Reply = VersionReply;
}

/// `bundles.list`: `N/suiteAppInfo.listInstalledBundles()`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ListBundles {}

/// A bundle as `N/suiteAppInfo.listInstalledBundles()` reports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InstalledBundle {
    pub id: String,
    #[serde(default)]
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub date_installed: Option<String>,
    #[serde(default)]
    pub date_last_updated: Option<String>,
    #[serde(default)]
    pub is_managed: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleList {
    pub bundles: Vec<InstalledBundle>,
}

impl Action for ListBundles {
    const NAME: &'static str = "bundles.list";
    const IDEMPOTENT: bool = true;
    type Reply = BundleList;
}

/// `bundles.containingScripts`: `N/suiteAppInfo.listBundlesContainingScripts({scriptIds})`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BundlesContainingScripts {
    pub script_ids: Vec<String>,
}

/// Script id → the ids of the bundles that contain it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScriptBundles {
    pub map: BTreeMap<String, Vec<String>>,
}

impl ScriptBundles {
    /// The bundles of one script (none when the account's own).
    pub fn of(&self, script_id: &str) -> Vec<String> {
        self.map.get(script_id).cloned().unwrap_or_default()
    }
}

impl Action for BundlesContainingScripts {
    const NAME: &'static str = "bundles.containingScripts";
    const IDEMPOTENT: bool = true;
    type Reply = ScriptBundles;
}

/// `certificate.get`: a digital certificate's metadata and public certificate (`N/certificateControl`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetCertificate {
    pub script_id: String,
}

/// Never the private key. `public_certificate_pem` is null when the stored file is PKCS#12 that cannot be read
/// without its password (then the signing probe is the evidence).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CertificateReply {
    pub exists: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    #[serde(default)]
    pub public_certificate_pem: Option<String>,
}

impl Action for GetCertificate {
    const NAME: &'static str = "certificate.get";
    const IDEMPOTENT: bool = true;
    type Reply = CertificateReply;
}

/// `certificate.signProbe`: the certificate's key signs `message` (SHA-256, as the real-time script signs).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignProbe {
    pub script_id: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    /// Base64.
    pub signature: String,
}

impl Action for SignProbe {
    const NAME: &'static str = "certificate.signProbe";
    const IDEMPOTENT: bool = true;
    type Reply = Signature;
}

/// `deployment.update`: set fields of a script deployment (`N/record`); refused with [`BUNDLE_LOCKED`] where
/// NetSuite keeps another bundle's deployments from the script.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateDeployment {
    /// The deployment's script id, `customdeploy_...`.
    pub script_id: String,
    /// isdeployed, status, allroles, runasrole, loglevel, eventtype.
    pub set: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Updated {
    pub updated: bool,
}

impl Action for UpdateDeployment {
    // Setting the same fields twice has the same effect: safe to retry.
    const NAME: &'static str = "deployment.update";
    const IDEMPOTENT: bool = true;
    type Reply = Updated;
}

/// The request body of an action: its fields and `"action": NAME`.
pub fn request_body<A: Action>(action: &A) -> Value {
    let mut body = match serde_json::to_value(action) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    body.insert("action".into(), Value::String(A::NAME.into()));
    Value::Object(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_carry_the_action_and_camel_case_fields() {
        let body = request_body(&SignProbe {
            script_id: "custcertificate_oa_realtime".into(),
            message: "m".into(),
        });
        assert_eq!(
            body,
            serde_json::json!({"action": "certificate.signProbe", "scriptId": "custcertificate_oa_realtime", "message": "m"})
        );
        assert_eq!(
            request_body(&ListBundles {}),
            serde_json::json!({"action": "bundles.list"})
        );
    }

    #[test]
    fn replies_read_as_the_restlet_sends_them() {
        let r: CertificateReply = serde_json::from_value(serde_json::json!({
            "ok": true, "exists": true, "name": "x.pem", "fileType": "PEM", "publicCertificatePem": null
        }))
        .unwrap();
        assert!(r.exists && r.public_certificate_pem.is_none());
        let m: ScriptBundles =
            serde_json::from_value(serde_json::json!({"ok": true, "map": {"a": ["369630"]}}))
                .unwrap();
        assert_eq!(m.of("a"), vec!["369630"]);
        assert!(m.of("b").is_empty());
    }
}
