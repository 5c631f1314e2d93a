//! The companion RESTlet (DESIGN.md "The companion RESTlet"): the `restlet.nl` route, and its actions answered
//! from the emulator's state as the SuiteScript source would answer them from `N/suiteAppInfo`,
//! `N/certificateControl`, `N/crypto/certificate` and `N/record`. Replies are `{"ok": true, ...}` or
//! `{"ok": false, "error": {code, message}}`.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use super::auth::{authenticate, role_has};
use crate::emulator::certs;
use crate::emulator::state::Emu;
use crate::platform::companion::{
    Action, BUNDLE_LOCKED, BundlesContainingScripts, CertificateReply, DeploymentFields,
    DeploymentRead, DeploymentsRead, ErrorBody, GetCertificate, GetDeployments, GetVersion,
    InstalledBundle, ListBundles, NOT_DEPLOYED, Observe, SCRIPT, ScriptBundles, SignProbe,
    Signature, UpdateDeployment, Updated, VersionReply,
};
use crate::platform::permissions;

/// The RESTlet error body: `{"error": {"code", "message"}}`.
fn restlet_error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        json!({ "error": { "code": code, "message": message } }).to_string(),
    )
        .into_response()
}

fn unauthorized_restlet() -> Response {
    restlet_error(
        StatusCode::UNAUTHORIZED,
        "INVALID_LOGIN_ATTEMPT",
        "Invalid login attempt.",
    )
}

pub async fn route(
    State(emu): State<Arc<Emu>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
    body: Bytes,
) -> Response {
    emu.count("netsuite.restlet");
    let caller = match authenticate(&emu, &method, &uri, &headers, "restlets") {
        Ok(caller) => caller,
        Err(reason) => {
            emu.audit(format!("RESTlet {}: {reason}", uri.path()));
            return unauthorized_restlet();
        }
    };
    let param = |k: &str| {
        query
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let (script, deploy) = (param("script"), param("deploy"));
    // The RESTlet exists when its script and a released deployment are in the account, as in NetSuite.
    let deployed = emu
        .db()
        .query_row(
            "SELECT 1 FROM scriptdeployment d JOIN script s ON s.id = d.script
             WHERE s.scriptid = ?1 AND d.scriptid = ?2 AND d.isdeployed = 'T' AND s.isinactive = 'F'",
            params![script, deploy],
            |_| Ok(()),
        )
        .optional()
        .ok()
        .flatten()
        .is_some();
    if !deployed || script != SCRIPT {
        return restlet_error(
            StatusCode::BAD_REQUEST,
            NOT_DEPLOYED,
            "That Suitelet is invalid, disabled, or no longer exists.",
        );
    }
    let Ok(Value::Object(request)) = serde_json::from_slice::<Value>(&body) else {
        return companion_reply(
            json!({ "ok": false, "error": { "code": "INVALID_REQUEST", "message": "the body must be a JSON object with an action" } }),
        );
    };
    if let Some(refusal) = refused_for_role(&emu, caller.role, &request) {
        return companion_reply(refusal);
    }
    let action = request.get("action").and_then(|a| a.as_str());
    if action == Some(Observe::NAME) && emu.meta("companion_version").is_none() {
        // Runs with the caller's role, part by part.
        return companion_reply(super::observe::observe(&emu, caller.role, &request));
    }
    companion_reply(answer(&emu, &request))
}

/// The RESTlet runs with the caller's role: an action whose SuiteScript modules need a permission the role lacks
/// (`N/certificateControl` without Certificate Access) throws NetSuite's permission error, which the script's
/// entry point passes on as `{"ok": false, "error": {code: e.name, message: e.message}}` (the SuiteScript
/// source's `post`). The code and sentence are NetSuite's form; the sentence for these permissions is inferred
/// (docs/emulator-fidelity.md).
pub(super) fn refused_for_role(
    emu: &Emu,
    role: i64,
    request: &Map<String, Value>,
) -> Option<Value> {
    let action = request.get("action").and_then(|a| a.as_str())?;
    let needed = permissions::for_companion(action)?;
    // deployment.update is refused by bundle, not by role, in the emulator (the level it needs is unconfirmed).
    if action == UpdateDeployment::NAME || role_has(emu, role, needed) {
        return None;
    }
    Some(error(
        permissions::PERMISSION_VIOLATION_CODE,
        permissions::permission_violation(needed),
    ))
}

fn companion_reply(v: Value) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        v.to_string(),
    )
        .into_response()
}

/// The companion this emulator has installed: the current one, which answers `observe`.
pub const VERSION: &str = crate::platform::companion::OBSERVE_SINCE;
/// The companion before `observe` (`emulator serve --companion older`).
pub const OLDER_VERSION: &str = "1.0.0";

pub const NETSUITE_VERSION: &str = "2026.2";

pub(super) fn error(code: &str, message: impl Into<String>) -> Value {
    json!({ "ok": false, "error": { "code": code, "message": message.into() } })
}

/// A reply: `"ok": true` and the reply's fields.
fn ok<R: Serialize>(reply: &R) -> Value {
    let mut out = Map::new();
    out.insert("ok".into(), Value::Bool(true));
    if let Ok(Value::Object(mut fields)) = serde_json::to_value(reply) {
        out.append(&mut fields);
    }
    Value::Object(out)
}

/// The request as the action's type; None when a field is missing or of the wrong type.
fn read<A: Action + DeserializeOwned>(request: &Map<String, Value>) -> Option<A> {
    serde_json::from_value(Value::Object(request.clone())).ok()
}

/// Answers one request body.
pub fn answer(emu: &Emu, request: &Map<String, Value>) -> Value {
    let action = request.get("action").and_then(|a| a.as_str()).unwrap_or("");
    let result = match action {
        GetVersion::NAME => Ok(ok(&VersionReply {
            // An older companion (`emulator serve --companion older`) says which.
            companion: emu
                .meta("companion_version")
                .unwrap_or_else(|| VERSION.into()),
            netsuite: NETSUITE_VERSION.into(),
        })),
        ListBundles::NAME => bundles_list(emu),
        BundlesContainingScripts::NAME => containing_scripts(emu, request),
        GetCertificate::NAME => certificate_get(emu, request),
        SignProbe::NAME => sign_probe(emu, request),
        UpdateDeployment::NAME => deployment_update(emu, request),
        GetDeployments::NAME => deployments_get(emu, request),
        "" => Ok(error(
            "INVALID_REQUEST",
            "the body must be a JSON object with an action",
        )),
        other => Ok(error("UNKNOWN_ACTION", format!("unknown action '{other}'"))),
    };
    result.unwrap_or_else(|e| error("UNEXPECTED_ERROR", e.to_string()))
}

/// A bundle as the RESTlet lists it: the contract's [`InstalledBundle`] and its publisher, which the RESTlet
/// sends too (the tool does not read it).
#[derive(Serialize)]
struct ListedBundle {
    #[serde(flatten)]
    bundle: InstalledBundle,
    publisher: Publisher,
}

#[derive(Serialize)]
struct Publisher {
    id: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct ListedBundles {
    bundles: Vec<ListedBundle>,
}

/// `N/suiteAppInfo.listInstalledBundles()`.
fn bundles_list(emu: &Emu) -> rusqlite::Result<Value> {
    let db = emu.db();
    let mut stmt = db.prepare(
        "SELECT id, name, version, date_installed, date_last_updated, is_managed FROM emu_bundle ORDER BY id",
    )?;
    let bundles = stmt
        .query_map([], |r| {
            Ok(ListedBundle {
                bundle: InstalledBundle {
                    id: r.get(0)?,
                    // Every bundle the emulator installs has a name.
                    name: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    version: r.get(2)?,
                    date_installed: r.get(3)?,
                    date_last_updated: r.get(4)?,
                    is_managed: Some(r.get::<_, Option<String>>(5)?.as_deref() == Some("T")),
                },
                publisher: Publisher {
                    id: "3938",
                    name: "Oracle NetSuite",
                },
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ok(&ListedBundles { bundles }))
}

/// `N/suiteAppInfo.listBundlesContainingScripts({scriptIds})`: script id → bundle ids.
fn containing_scripts(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    // Entries that are not strings are ignored, as the SuiteScript source ignores them; reading the request as
    // the action's type would refuse the whole request instead.
    let Some(ids) = request.get("scriptIds").and_then(|v| v.as_array()) else {
        return Ok(error(
            "INVALID_REQUEST",
            "scriptIds must be an array of script ids",
        ));
    };
    let request = BundlesContainingScripts {
        script_ids: ids
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
    };
    let db = emu.db();
    let mut reply = ScriptBundles::default();
    for id in request.script_ids {
        let bundle: Option<String> = db
            .query_row(
                "SELECT m.bundle FROM script s JOIN emu_script_meta m ON m.script = s.id WHERE s.scriptid = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()?;
        let list: Vec<String> = bundle.filter(|b| !b.is_empty()).into_iter().collect();
        reply.map.insert(id, list);
    }
    Ok(ok(&reply))
}

/// Why `loadCertificate` and `createSigner` throw for the companion, if they do: the certificate's "Restrict to
/// Scripts" list (Oracle section_161964252762) leaves the companion out. Oracle documents no error for this; the
/// name and sentence are the emulator's own (docs/emulator-fidelity.md).
fn restricted_for_companion(emu: &Emu, script_id: &str) -> Option<String> {
    let list = emu.meta("cert_restricted_to").unwrap_or_default();
    let scripts: Vec<&str> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let allowed = scripts
        .iter()
        .any(|s| s.eq_ignore_ascii_case(crate::platform::companion::SCRIPT));
    (!scripts.is_empty() && !allowed).then(|| {
        format!("SSS_CERTIFICATE_RESTRICTED: certificate {script_id} may be used only by the scripts {}", scripts.join(", "))
    })
}

/// `N/certificateControl.findCertificates` + `loadCertificate`: metadata and the public certificate, never the
/// private key. A certificate the companion may not load is listed (it exists) with the load's error.
fn certificate_get(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    let Some(GetCertificate { script_id }) = read(request) else {
        return Ok(error("INVALID_REQUEST", "scriptId is required"));
    };
    let restricted = restricted_for_companion(emu, &script_id);
    // The PEM is public only when the file is PEM (a PKCS#12 file cannot be read without its password, so then
    // the signing probe is the evidence).
    let found = emu
        .db()
        .query_row(
            "SELECT name, description, filetype, certificate_pem FROM emu_ns_certificate WHERE scriptid = ?1",
            params![script_id],
            |r| {
                let file_type: String = r.get(2)?;
                let pem: Option<String> = r.get(3)?;
                Ok(match &restricted {
                    Some(why) => CertificateReply {
                        exists: true,
                        file_type: Some(file_type),
                        load_refused: Some(why.clone()),
                        ..CertificateReply::default()
                    },
                    None => CertificateReply {
                        exists: true,
                        name: Some(r.get(0)?),
                        description: r.get(1)?,
                        public_certificate_pem: pem.filter(|_| file_type == "PEM"),
                        file_type: Some(file_type),
                        load_refused: None,
                        script_restrictions: Vec::new(),
                    },
                })
            },
        )
        .optional()?;
    Ok(match found {
        Some(reply) => ok(&reply),
        // The script answers a missing certificate with `exists` alone; CertificateReply would add
        // `publicCertificatePem: null`.
        None => json!({ "ok": true, "exists": false }),
    })
}

/// `N/crypto/certificate.createSigner({certId, algorithm: SHA256})`: signs the message with the stored key.
fn sign_probe(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    let Some(SignProbe { script_id, message }) = read(request) else {
        return Ok(error(
            "INVALID_REQUEST",
            "scriptId and message are required",
        ));
    };
    let key: Option<(Option<String>, String)> = emu
        .db()
        .query_row(
            "SELECT private_key_pem, placeholder FROM emu_ns_certificate WHERE scriptid = ?1",
            params![script_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let restricted = restricted_for_companion(emu, &script_id);
    Ok(match key {
        None => error(
            "SSS_INVALID_CERTIFICATE_ID",
            format!("certificate {script_id} does not exist"),
        ),
        Some(_) if restricted.is_some() => error(
            "SSS_SIGNING_FAILED",
            format!(
                "certificate {script_id} could not sign: {}",
                restricted.unwrap_or_default()
            ),
        ),
        Some((Some(pem), placeholder)) if placeholder != "T" => match certs::sign(&pem, &message) {
            Ok(signature) => ok(&Signature { signature }),
            Err(e) => error("SSS_SIGNING_FAILED", e),
        },
        Some(_) => error(
            "SSS_SIGNING_FAILED",
            format!(
                "certificate {script_id} could not sign: the placeholder openair-certificate.pem holds no private key"
            ),
        ),
    })
}

/// `N/record` loads of script deployments: the fields no public SuiteQL shows. A script may access only
/// deployments of its own bundle ("Scripts can only access script deployment records when the records are part
/// of the same bundle", page section_3753014009), so where the scenario has NetSuite refuse that, a bundle's
/// deployment answers `BUNDLE_LOCKED`, as `deployment.update` does.
fn deployments_get(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    let Some(GetDeployments { script_ids }) = read(request) else {
        return Ok(error(
            "INVALID_REQUEST",
            "scriptIds must be an array of deployment script ids",
        ));
    };
    let locked = emu.flag("bundle_locked");
    let db = emu.db();
    let mut stmt = db.prepare(
        "SELECT COALESCE(m.bundle, ''), f.allroles, f.runasrole, f.eventtype, f.alllocalizationcontexts,
                f.localizationcontext
         FROM scriptdeployment d JOIN emu_deployment_field f ON f.primarykey = d.primarykey
         LEFT JOIN emu_script_meta m ON m.script = d.script WHERE d.scriptid = ?1",
    )?;
    let mut deployments = BTreeMap::new();
    for script_id in script_ids {
        let row = stmt
            .query_row(params![script_id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })
            .optional()?;
        let read = match row {
            None => DeploymentRead::Refused {
                error: ErrorBody {
                    code: "RCRD_DSNT_EXIST".into(),
                    message: format!("deployment {script_id} does not exist"),
                },
            },
            Some((bundle, ..)) if locked && !bundle.is_empty() => DeploymentRead::Refused {
                error: ErrorBody {
                    code: BUNDLE_LOCKED.into(),
                    message: format!(
                        "deployment {script_id} belongs to bundle {bundle}; scripts may only access deployments of their own bundle"
                    ),
                },
            },
            Some((_, allroles, runasrole, eventtype, all_l10n, l10n)) => {
                DeploymentRead::Fields(DeploymentFields {
                    all_roles: allroles.as_deref() == Some("T"),
                    run_as_role: runasrole.map(|r| r.to_string()),
                    event_type: eventtype,
                    all_localization_contexts: all_l10n.as_deref() != Some("F"),
                    localization_context: l10n,
                })
            }
        };
        deployments.insert(script_id, read);
    }
    Ok(ok(&DeploymentsRead { deployments }))
}

/// `N/record` on a script deployment. NetSuite lets a script edit deployments of its own bundle only, so edits of
/// bundle deployments can be refused (`BUNDLE_LOCKED`).
fn deployment_update(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    let Some(UpdateDeployment { script_id, set }) = read(request) else {
        // Which field is wrong, in the order the SuiteScript source checks them.
        let message = if request.get("scriptId").is_some_and(Value::is_string) {
            "set must be an object of fields"
        } else {
            "scriptId (customdeploy_...) is required"
        };
        return Ok(error("INVALID_REQUEST", message));
    };
    let script_id = script_id.as_str();
    // The order the SuiteScript source checks in: the deployment exists, the fields are valid, then NetSuite
    // refuses (or not) when the record is saved.
    let locked = emu.flag("bundle_locked");
    let bundle: Option<String> = emu
        .db()
        .query_row(
            "SELECT COALESCE(m.bundle, '') FROM scriptdeployment d LEFT JOIN emu_script_meta m ON m.script = d.script WHERE d.scriptid = ?1",
            params![script_id],
            |r| r.get(0),
        )
        .optional()?;
    let Some(bundle) = bundle else {
        return Ok(error(
            "RCRD_DSNT_EXIST",
            format!("deployment {script_id} does not exist"),
        ));
    };
    let values = match deployment_values(&set) {
        Ok(v) => v,
        Err((code, message)) => return Ok(error(code, message)),
    };
    if locked && !bundle.is_empty() {
        return Ok(error(
            BUNDLE_LOCKED,
            format!(
                "deployment {script_id} belongs to bundle {bundle}; scripts may only edit deployments of their own bundle"
            ),
        ));
    }
    if let Err((code, message)) = write_deployment(emu, script_id, &values) {
        return Ok(error(code, message));
    }
    Ok(ok(&Updated { updated: true }))
}

/// Sets fields of a deployment as the UI's deployment form does (never refused like the API).
pub fn apply_deployment_update(
    emu: &Emu,
    script_id: &str,
    set: &Map<String, Value>,
) -> Result<(), (&'static str, String)> {
    let values = deployment_values(set)?;
    write_deployment(emu, script_id, &values)
}

/// A refused request: (error code, message).
type Refusal = (&'static str, String);

/// The fields `deployment.update` may set, as stored (`T`/`F` for checkboxes; null clears).
fn deployment_values(
    set: &Map<String, Value>,
) -> Result<Vec<(&'static str, Option<String>)>, Refusal> {
    set.iter()
        .map(|(key, value)| {
            let (column, checkbox) = match key.as_str() {
                "isdeployed" => ("isdeployed", true),
                "allroles" => ("allroles", true),
                "status" => ("status", false),
                "loglevel" => ("loglevel", false),
                "eventtype" => ("eventtype", false),
                "runasrole" => ("runasrole", false),
                _ => return Err(("INVALID_FLD", format!("field {key} cannot be set"))),
            };
            let stored = match (checkbox, value) {
                (true, Value::Bool(b)) => Some(if *b { "T" } else { "F" }.to_string()),
                (true, Value::String(s)) if s == "T" || s == "F" => Some(s.clone()),
                (true, Value::Null) => Some("F".to_string()),
                (false, Value::String(s)) if s.is_empty() => None,
                (false, Value::String(s)) => Some(s.clone()),
                (false, Value::Number(n)) => Some(n.to_string()),
                (false, Value::Null) => None,
                _ => return Err(("INVALID_FLD_VALUE", format!("bad value for {key}"))),
            };
            Ok((column, stored))
        })
        .collect()
}

fn write_deployment(
    emu: &Emu,
    script_id: &str,
    values: &[(&'static str, Option<String>)],
) -> Result<(), (&'static str, String)> {
    let db = emu.db();
    let exists = db
        .query_row(
            "SELECT 1 FROM scriptdeployment WHERE scriptid = ?1",
            params![script_id],
            |_| Ok(()),
        )
        .optional()
        .map_err(|e| ("UNEXPECTED_ERROR", e.to_string()))?
        .is_some();
    if !exists {
        return Err((
            "RCRD_DSNT_EXIST",
            format!("deployment {script_id} does not exist"),
        ));
    }
    for (column, value) in values {
        // The columns SuiteQL shows live in `scriptdeployment`, the record's other fields beside it.
        let sql = if matches!(*column, "isdeployed" | "status" | "loglevel") {
            format!("UPDATE scriptdeployment SET {column} = ?1 WHERE scriptid = ?2")
        } else {
            format!(
                "UPDATE emu_deployment_field SET {column} = ?1
                 WHERE primarykey = (SELECT primarykey FROM scriptdeployment WHERE scriptid = ?2)"
            )
        };
        db.execute(&sql, params![value, script_id])
            .map_err(|e| ("UNEXPECTED_ERROR", e.to_string()))?;
    }
    db.execute(
        "UPDATE emu_deployment_field SET audience = CASE WHEN allroles = 'T' THEN 'All Roles' ELSE NULL END
         WHERE primarykey = (SELECT primarykey FROM scriptdeployment WHERE scriptid = ?1)",
        params![script_id],
    )
    .map_err(|e| ("UNEXPECTED_ERROR", e.to_string()))?;
    Ok(())
}
