//! The companion RESTlet's actions (DESIGN.md "The companion RESTlet"), answered from the emulator's state as
//! the SuiteScript source would answer them from `N/suiteAppInfo`, `N/certificateControl`, `N/crypto/certificate`
//! and `N/record`. Replies are `{"ok": true, ...}` or `{"ok": false, "error": {code, message}}`.

use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value, json};

use super::state::Emu;

pub const VERSION: &str = "1.0.0";
pub const NETSUITE_VERSION: &str = "2026.2";

fn error(code: &str, message: impl Into<String>) -> Value {
    json!({ "ok": false, "error": { "code": code, "message": message.into() } })
}

fn ok(mut fields: Map<String, Value>) -> Value {
    let mut out = Map::new();
    out.insert("ok".into(), Value::Bool(true));
    out.append(&mut fields);
    Value::Object(out)
}

/// Answers one request body.
pub fn answer(emu: &Emu, request: &Map<String, Value>) -> Value {
    let action = request.get("action").and_then(|a| a.as_str()).unwrap_or("");
    let result = match action {
        "version" => Ok(ok(Map::from_iter([
            ("companion".to_string(), json!(VERSION)),
            ("netsuite".to_string(), json!(NETSUITE_VERSION)),
        ]))),
        "bundles.list" => bundles_list(emu),
        "bundles.containingScripts" => containing_scripts(emu, request),
        "certificate.get" => certificate_get(emu, request),
        "certificate.signProbe" => sign_probe(emu, request),
        "deployment.update" => deployment_update(emu, request),
        "" => Ok(error(
            "INVALID_REQUEST",
            "the body must be a JSON object with an action",
        )),
        other => Ok(error("UNKNOWN_ACTION", format!("unknown action '{other}'"))),
    };
    result.unwrap_or_else(|e| error("UNEXPECTED_ERROR", e.to_string()))
}

/// `N/suiteAppInfo.listInstalledBundles()`.
fn bundles_list(emu: &Emu) -> rusqlite::Result<Value> {
    let db = emu.db();
    let mut stmt = db.prepare(
        "SELECT id, name, version, date_installed, date_last_updated, is_managed FROM emu_bundle ORDER BY id",
    )?;
    let bundles = stmt
        .query_map([], |r| {
            Ok(json!({
                "id": r.get::<_, String>(0)?,
                "name": r.get::<_, Option<String>>(1)?,
                "version": r.get::<_, String>(2)?,
                "dateInstalled": r.get::<_, Option<String>>(3)?,
                "dateLastUpdated": r.get::<_, Option<String>>(4)?,
                "isManaged": r.get::<_, Option<String>>(5)?.as_deref() == Some("T"),
                "publisher": { "id": "3938", "name": "Oracle NetSuite" },
            }))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ok(Map::from_iter([(
        "bundles".to_string(),
        Value::Array(bundles),
    )])))
}

/// `N/suiteAppInfo.listBundlesContainingScripts({scriptIds})`: script id → bundle ids.
fn containing_scripts(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    let Some(ids) = request.get("scriptIds").and_then(|v| v.as_array()) else {
        return Ok(error(
            "INVALID_REQUEST",
            "scriptIds must be an array of script ids",
        ));
    };
    let db = emu.db();
    let mut map = Map::new();
    for id in ids.iter().filter_map(|v| v.as_str()) {
        let bundle: Option<String> = db
            .query_row(
                "SELECT m.bundle FROM script s JOIN emu_script_meta m ON m.script = s.id WHERE s.scriptid = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()?;
        let list: Vec<Value> = bundle
            .filter(|b| !b.is_empty())
            .map(|b| vec![Value::String(b)])
            .unwrap_or_default();
        map.insert(id.to_string(), Value::Array(list));
    }
    Ok(ok(Map::from_iter([(
        "map".to_string(),
        Value::Object(map),
    )])))
}

/// `N/certificateControl.findCertificates` + `loadCertificate`: metadata and the public certificate, never the
/// private key.
fn certificate_get(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    let Some(script_id) = request.get("scriptId").and_then(|v| v.as_str()) else {
        return Ok(error("INVALID_REQUEST", "scriptId is required"));
    };
    // The answer is built inside the query: the PEM is public only when the file is PEM (a PKCS#12 file
    // cannot be read without its password, so then the signing probe is the evidence).
    let found = emu
        .db()
        .query_row(
            "SELECT name, description, filetype, certificate_pem FROM emu_ns_certificate WHERE scriptid = ?1",
            params![script_id],
            |r| {
                let file_type: String = r.get(2)?;
                let pem: Option<String> = r.get(3)?;
                Ok(ok(Map::from_iter([
                    ("exists".to_string(), json!(true)),
                    ("name".to_string(), json!(r.get::<_, String>(0)?)),
                    ("description".to_string(), json!(r.get::<_, Option<String>>(1)?)),
                    ("publicCertificatePem".to_string(), json!(pem.filter(|_| file_type == "PEM"))),
                    ("fileType".to_string(), json!(file_type)),
                ])))
            },
        )
        .optional()?;
    Ok(found.unwrap_or_else(|| ok(Map::from_iter([("exists".to_string(), json!(false))]))))
}

/// `N/crypto/certificate.createSigner({certId, algorithm: SHA256})`: signs the message with the stored key.
fn sign_probe(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    let (Some(script_id), Some(message)) = (
        request.get("scriptId").and_then(|v| v.as_str()),
        request.get("message").and_then(|v| v.as_str()),
    ) else {
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
    Ok(match key {
        None => error(
            "SSS_INVALID_CERTIFICATE_ID",
            format!("certificate {script_id} does not exist"),
        ),
        Some((Some(pem), placeholder)) if placeholder != "T" => {
            match super::certs::sign(&pem, message) {
                Ok(signature) => ok(Map::from_iter([(
                    "signature".to_string(),
                    json!(signature),
                )])),
                Err(e) => error("SSS_SIGNING_FAILED", e),
            }
        }
        Some(_) => error(
            "SSS_SIGNING_FAILED",
            format!(
                "certificate {script_id} could not sign: the placeholder openair-certificate.pem holds no private key"
            ),
        ),
    })
}

/// `N/record` on a script deployment. NetSuite lets a script edit deployments of its own bundle only, so edits of
/// bundle deployments can be refused (`BUNDLE_LOCKED`).
fn deployment_update(emu: &Emu, request: &Map<String, Value>) -> rusqlite::Result<Value> {
    let Some(script_id) = request.get("scriptId").and_then(|v| v.as_str()) else {
        return Ok(error(
            "INVALID_REQUEST",
            "scriptId (customdeploy_...) is required",
        ));
    };
    let Some(set) = request.get("set").and_then(|v| v.as_object()) else {
        return Ok(error("INVALID_REQUEST", "set must be an object of fields"));
    };
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
    let values = match deployment_values(set) {
        Ok(v) => v,
        Err((code, message)) => return Ok(error(code, message)),
    };
    if locked && !bundle.is_empty() {
        return Ok(error(
            "BUNDLE_LOCKED",
            format!(
                "deployment {script_id} belongs to bundle {bundle}; scripts may only edit deployments of their own bundle"
            ),
        ));
    }
    if let Err((code, message)) = write_deployment(emu, script_id, &values) {
        return Ok(error(code, message));
    }
    Ok(ok(Map::from_iter([("updated".to_string(), json!(true))])))
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
        db.execute(
            &format!("UPDATE scriptdeployment SET {column} = ?1 WHERE scriptid = ?2"),
            params![value, script_id],
        )
        .map_err(|e| ("UNEXPECTED_ERROR", e.to_string()))?;
    }
    db.execute(
        "UPDATE scriptdeployment SET audience = CASE WHEN allroles = 'T' THEN 'All Roles' ELSE NULL END WHERE scriptid = ?1",
        params![script_id],
    )
    .map_err(|e| ("UNEXPECTED_ERROR", e.to_string()))?;
    Ok(())
}
