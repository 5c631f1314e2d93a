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
    #[serde(deserialize_with = "id")]
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

/// Script id → the ids of the bundles that contain it (strings or numbers, as accounts send them).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScriptBundles {
    #[serde(deserialize_with = "bundle_map")]
    pub map: BTreeMap<String, Vec<String>>,
}

fn bundle_map<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    struct Ids(#[serde(deserialize_with = "ids")] Vec<String>);
    Ok(BTreeMap::<String, Ids>::deserialize(d)?
        .into_iter()
        .map(|(k, v)| (k, v.0))
        .collect())
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
/// without its password (then the signing probe is the evidence), or when NetSuite refused to load it.
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
    /// `certificateControl.loadCertificate` threw for a certificate `findCertificates` lists ("NAME: message"):
    /// restricted to other scripts or employees, or otherwise out of the companion's reach (Oracle documents no
    /// error for this; research issue 10 §5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_refused: Option<String>,
    /// `Certificate.scriptRestrictions` ("Restrict to Scripts" on the Audience subtab), when loaded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub script_restrictions: Vec<String>,
}

impl CertificateReply {
    /// Why the companion (script `companion`) cannot inspect the certificate, if it cannot: NetSuite refused to
    /// load it, or its "Restrict to Scripts" list leaves the companion out.
    pub fn restricted(&self, companion: &str) -> Option<String> {
        if let Some(refused) = &self.load_refused {
            return Some(format!("NetSuite refused to load it ({refused})"));
        }
        let allowed = |s: &String| s.trim().eq_ignore_ascii_case(companion);
        (!self.script_restrictions.is_empty() && !self.script_restrictions.iter().any(allowed))
            .then(|| {
                format!(
                    "Restrict to Scripts names only {}",
                    self.script_restrictions.join(", ")
                )
            })
    }
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

/// `deployments.get`: fields of script deployments that no public SuiteQL shows — the audience, the Execute As
/// Role, the event type and the localization contexts — read with `N/record` (`record.load` of a script deployment;
/// field ids as SDF documents them: `allroles`, `runasrole`, `eventtype`, `alllocalizationcontexts`,
/// `localizationcontext`). NetSuite lets a script access only deployments of its own bundle, so each deployment
/// answers its fields or its own error.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetDeployments {
    /// Deployment script ids, `customdeploy_...`.
    pub script_ids: Vec<String>,
}

/// One deployment's fields, or why they could not be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum DeploymentRead {
    Refused { error: ErrorBody },
    Fields(DeploymentFields),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeploymentFields {
    pub all_roles: bool,
    /// The Execute As Role's internal id; none when blank.
    #[serde(default, deserialize_with = "id_or_none")]
    pub run_as_role: Option<String>,
    /// The event type the deployment is limited to; none when blank (every event).
    #[serde(default)]
    pub event_type: Option<String>,
    pub all_localization_contexts: bool,
    /// The localization contexts, when not all.
    #[serde(default)]
    pub localization_context: Option<String>,
}

/// `{code, message}` of a refusal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: String,
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentsRead {
    pub deployments: BTreeMap<String, DeploymentRead>,
}

impl Action for GetDeployments {
    const NAME: &'static str = "deployments.get";
    const IDEMPOTENT: bool = true;
    type Reply = DeploymentsRead;
}

/// The companion version that answers [`Observe`]; older ones answer `UNKNOWN_ACTION` (then the tool reads through
/// SuiteQL and the single actions).
pub const OBSERVE_SINCE: &str = "1.1.0";

/// Whether a companion of this version (`major.minor.patch`) answers [`Observe`].
pub fn answers_observe(version: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> {
        v.trim()
            .split('.')
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    parts(version) >= parts(OBSERVE_SINCE)
}

/// `observe`: every NetSuite fact a command needs, in one call. The caller names the SuiteQL queries (the RESTlet
/// runs them with `N/query` under the caller's role, so it can read nothing the caller could not), which columns
/// of their rows name the deployments to read and the scripts whose bundles to list, the record to load, and
/// whether to list bundles and inspect a certificate. Every part answers on its own — its result or its error —
/// so a part NetSuite refuses leaves the others whole.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observe {
    /// Name → SuiteQL query.
    #[serde(default)]
    pub queries: BTreeMap<String, String>,
    /// Columns whose values are deployment script ids (`customdeploy_…`) to read as `deployments.get` does.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deployment_fields: Vec<Column>,
    /// Columns whose values are script ids to look up as `bundles.containingScripts` does.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub script_bundles: Vec<Column>,
    /// A record to load (`N/record`) when the named query answers exactly one row with an `id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<RecordRequest>,
    /// List the installed bundles, as `bundles.list` does.
    #[serde(default)]
    pub bundles: bool,
    /// Inspect a certificate and sign a probe with it, as `certificate.get` and `certificate.signProbe` do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<SignProbe>,
}

/// A column of one of the request's queries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub query: String,
    pub column: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordRequest {
    /// The record type, `customrecord_…`.
    #[serde(rename = "type")]
    pub record_type: String,
    /// The query whose one row names the record's `id`.
    pub ids_from: String,
}

/// One part of an [`Observed`] reply: its result, or NetSuite's error for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PartReply<T> {
    Failed { error: ErrorBody },
    Done(T),
}

/// A query's rows as `N/query` maps them (column → value; values as NetSuite types them).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rows {
    pub rows: Vec<Map<String, Value>>,
}

/// A loaded record: its field values as `Record.getValue` answers them (empty ones left out, as the record API
/// does) and every field id the record has (`Record.getFields`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordValues {
    #[serde(deserialize_with = "id")]
    pub id: String,
    pub values: Map<String, Value>,
    pub fields: Vec<String>,
}

/// `deployments.get` within `observe`: the deployments read, and those left for a later call because the RESTlet's
/// governance units ran low (5,000 per RESTlet call; `record.load` of a deployment costs 5).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentsPart {
    #[serde(default)]
    pub deployments: BTreeMap<String, DeploymentRead>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<String>,
}

/// The reply of [`Observe`]: one entry per part asked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observed {
    #[serde(default)]
    pub queries: BTreeMap<String, PartReply<Rows>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployment_fields: Option<PartReply<DeploymentsPart>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script_bundles: Option<PartReply<ScriptBundles>>,
    /// Absent when the record's query did not answer exactly one row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<PartReply<RecordValues>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundles: Option<PartReply<BundleList>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<PartReply<CertificateReply>>,
    /// Absent when the certificate does not exist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<PartReply<Signature>>,
    /// Governance units the call used, for diagnostics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<u32>,
}

impl Action for Observe {
    // Read only: safe to retry.
    const NAME: &'static str = "observe";
    const IDEMPOTENT: bool = true;
    type Reply = Observed;
}

/// An internal id as accounts send it — a string or a number — with blank as none.
pub fn id_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(serde::de::Error::custom(format!(
                "expected an id (string or number), got {other}"
            )));
        }
    })
}

/// An id as accounts send it — a string or a number — never dropped: anything else is an error naming it.
pub fn id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    id_or_none(d)?.ok_or_else(|| serde::de::Error::custom("expected an id, got nothing"))
}

/// An id as accounts send it, with nothing as "" (a field the account may leave out).
pub fn id_or_blank<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(id_or_none(d)?.unwrap_or_default())
}

/// A list of ids as accounts send them (strings or numbers).
pub fn ids<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Vec::<Value>::deserialize(d)?
        .into_iter()
        .map(|v| match v {
            Value::String(s) => Ok(s),
            Value::Number(n) => Ok(n.to_string()),
            other => Err(serde::de::Error::custom(format!(
                "expected an id (string or number), got {other}"
            ))),
        })
        .collect()
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
    fn observe_is_answered_from_1_1_0_on() {
        assert!(!answers_observe("1.0.0"));
        assert!(!answers_observe("1.0.9"));
        assert!(answers_observe("1.1.0"));
        assert!(answers_observe("1.10.0"));
        assert!(answers_observe("2.0"));
    }

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
    fn ids_come_as_strings_or_numbers_and_nothing_is_dropped() {
        let b: BundleList = serde_json::from_value(serde_json::json!({
            "bundles": [{"id": 369637, "version": "5.06"}, {"id": "12610", "version": "4.03"}]
        }))
        .unwrap();
        assert_eq!(b.bundles[0].id, "369637");
        assert_eq!(b.bundles[1].id, "12610");
        let m: ScriptBundles =
            serde_json::from_value(serde_json::json!({"map": {"a": [369630, "12610"]}})).unwrap();
        assert_eq!(m.of("a"), vec!["369630", "12610"]);
        let bad =
            serde_json::from_value::<ScriptBundles>(serde_json::json!({"map": {"a": [true]}}))
                .unwrap_err()
                .to_string();
        assert!(bad.contains("expected an id"), "{bad}");
        let d: DeploymentsRead = serde_json::from_value(serde_json::json!({"deployments": {
            "customdeploy_a": {"allRoles": true, "runAsRole": 1001, "eventType": null,
                               "allLocalizationContexts": true, "localizationContext": null},
            "customdeploy_b": {"error": {"code": "BUNDLE_LOCKED", "message": "m"}}
        }}))
        .unwrap();
        assert_eq!(
            d.deployments["customdeploy_a"],
            DeploymentRead::Fields(DeploymentFields {
                all_roles: true,
                run_as_role: Some("1001".into()),
                event_type: None,
                all_localization_contexts: true,
                localization_context: None,
            })
        );
        assert!(matches!(
            &d.deployments["customdeploy_b"],
            DeploymentRead::Refused { error } if error.code == BUNDLE_LOCKED
        ));
    }

    #[test]
    fn replies_read_as_the_restlet_sends_them() {
        let r: CertificateReply = serde_json::from_value(serde_json::json!({
            "ok": true, "exists": true, "name": "x.pem", "fileType": "PEM", "publicCertificatePem": null
        }))
        .unwrap();
        assert!(r.exists && r.public_certificate_pem.is_none());
        assert_eq!(r.restricted(SCRIPT), None);
        let r: CertificateReply = serde_json::from_value(serde_json::json!({
            "ok": true, "exists": true, "fileType": "PEM",
            "scriptRestrictions": ["customscript_oa_send_record_v2"]
        }))
        .unwrap();
        assert_eq!(
            r.restricted(SCRIPT).unwrap(),
            "Restrict to Scripts names only customscript_oa_send_record_v2"
        );
        let shared = CertificateReply {
            script_restrictions: vec![
                "customscript_oa_send_record_v2".into(),
                SCRIPT.to_uppercase(),
            ],
            ..r.clone()
        };
        assert_eq!(
            shared.restricted(SCRIPT),
            None,
            "the companion is among them"
        );
        let refused = CertificateReply {
            load_refused: Some("X: no".into()),
            ..Default::default()
        };
        assert!(refused.restricted(SCRIPT).unwrap().contains("X: no"));
        let m: ScriptBundles =
            serde_json::from_value(serde_json::json!({"ok": true, "map": {"a": ["369630"]}}))
                .unwrap();
        assert_eq!(m.of("a"), vec!["369630"]);
        assert!(m.of("b").is_empty());
    }
}
