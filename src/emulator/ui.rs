//! The UI surface: what only the two web UIs do, performed on the emulator. Hidden from the service APIs exactly
//! as in reality; reachable as `POST /_emulator/ui/<action>` (JSON in, JSON out) and through
//! `oa-rt emulator ui <action>`. The CLI never uses it against a real account; tests, `--emulator` runs and
//! `--simulate-operator` use it to play the person.

use std::sync::Arc;

use anyhow::{Result, bail};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value, json};

use super::clock::{date, timestamp};
use super::netsuite;
use super::openair::{self, certificate};
use super::scenarios::{INTEGRATION_ROLE_ID, oauth_permissions};
use super::state::{Emu, sync_settings_fields};
use crate::platform::bundles::{REALTIME_ADDON, SINGLE_SIGN_ON, SRP_INTEGRATION, Version};
use crate::platform::certificate::SCRIPT_ID as REALTIME_CERT;
use crate::platform::ui::{ACTIONS, UiAction};

/// `POST /_emulator/ui/{action}`.
pub async fn route(
    State(emu): State<Arc<Emu>>,
    Path(action): Path<String>,
    body: Bytes,
) -> Response {
    let body: Value = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(e) => return reply(Err(anyhow::anyhow!("the body is not JSON: {e}"))),
        }
    };
    reply(perform(&emu, &action, body))
}

/// `GET /_emulator/ui`: the actions.
pub async fn list() -> Response {
    let v: Vec<Value> = ACTIONS
        .iter()
        .map(|(a, d)| json!({"action": a, "description": d}))
        .collect();
    axum::Json(v).into_response()
}

fn reply(result: Result<Value>) -> Response {
    match result {
        Ok(mut v) => {
            if let Value::Object(m) = &mut v {
                m.insert("ok".into(), Value::Bool(true));
            }
            (StatusCode::OK, axum::Json(v)).into_response()
        }
        Err(e) => (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"ok": false, "error": format!("{e:#}")})),
        )
            .into_response(),
    }
}

/// Performs one action, named as in its path.
pub fn perform(emu: &Emu, action: &str, body: Value) -> Result<Value> {
    emu.count("emulator.ui");
    match UiAction::from_request(action, body).map_err(anyhow::Error::msg)? {
        UiAction::InstallBundle { bundle, version } => install_bundle(emu, &bundle, &version),
        UiAction::Order {
            record_type,
            scripts,
            last,
        } => order(emu, &record_type, &scripts, last.as_deref()),
        UiAction::EditDeployment { deployment, set } => {
            netsuite::restlet::apply_deployment_update(emu, &deployment, &set)
                .map_err(|(code, m)| anyhow::anyhow!("{code}: {m}"))?;
            emu.event("ui", &format!("deployment {deployment} edited"));
            Ok(json!({ "deployment": deployment }))
        }
        UiAction::SetPermission {
            role,
            permission,
            level,
        } => set_permission(emu, &role, &permission, level),
        UiAction::SaveRecord {
            record,
            context,
            event,
            set,
        } => save_record(emu, &record, &context, &event, &set),
        UiAction::OpenairAdmin {
            realtime,
            oauth2,
            leads,
            prospects,
        } => openair_admin(emu, [realtime, oauth2, leads, prospects]),
        UiAction::GenerateCertificate => {
            Ok(json!({ "message": certificate::generate_certificate(emu)? }))
        }
        UiAction::ScheduledRun { state } => scheduled_run(emu, &state),
        UiAction::Clock { advance_seconds } => clock(emu, advance_seconds),
    }
}

fn install_bundle(emu: &Emu, bundle: &str, version: &str) -> Result<Value> {
    if ![SRP_INTEGRATION, REALTIME_ADDON, SINGLE_SIGN_ON].contains(&bundle) {
        bail!(
            "the emulator knows bundles 369637, 369630 and 369619, not {}",
            bundle
        );
    }
    let Some(parsed) = Version::parse(version) else {
        bail!(
            "'{}' is not a bundle version (like 4.0, 4.02, 5.06)",
            version
        );
    };
    let previous = emu.bundle_version(bundle);
    let today = date(emu.now());
    let mut changes = Vec::new();
    {
        let db = emu.db();
        db.execute(
            "INSERT INTO emu_bundle(id, name, version, date_installed, date_last_updated, is_managed)
             VALUES (?1, ?2, ?3, ?4, ?4, 'F')
             ON CONFLICT(id) DO UPDATE SET version = excluded.version, date_last_updated = excluded.date_last_updated",
            params![bundle, super::scenarios::bundle_name(bundle), version, today],
        )?;
        let before: i64 = db.query_row(
            "SELECT COUNT(*) FROM pragma_table_info('customrecord_oa_srp_integration_settings')",
            [],
            |r| r.get(0),
        )?;
        sync_settings_fields(&db)?;
        let after: i64 = db.query_row(
            "SELECT COUNT(*) FROM pragma_table_info('customrecord_oa_srp_integration_settings')",
            [],
            |r| r.get(0),
        )?;
        if after > before {
            changes.push(format!(
                "added {} fields to the settings record type",
                after - before
            ));
        }
        if bundle == SRP_INTEGRATION && parsed >= Version::parse("4.0").expect("valid") {
            for (role, key, name, level) in oauth_permissions(INTEGRATION_ROLE_ID) {
                let added = db.execute(
                    "INSERT INTO rolepermissions(role, permkey, name, permlevel)
                     SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM rolepermissions WHERE role = ?1 AND permkey = ?2)",
                    params![role, key, name, level.to_string()],
                )?;
                if added > 0 {
                    changes.push(format!("granted {name} (Full) to NSOA Connector"));
                }
            }
        }
        if bundle == REALTIME_ADDON {
            let ships_placeholder = parsed >= Version::parse("3.0").expect("valid")
                && parsed < Version::parse("4.02").expect("valid");
            if ships_placeholder {
                let added = db.execute(
                    "INSERT OR IGNORE INTO emu_ns_certificate(scriptid, name, description, filetype, certificate_pem, private_key_pem, placeholder)
                     VALUES (?1, 'openair-certificate.pem', 'Placeholder shipped by the Real-time Add-on', 'PEM', ?2, NULL, 'T')",
                    params![REALTIME_CERT, super::certs::PLACEHOLDER_PEM],
                )?;
                if added > 0 {
                    changes.push(format!("installed the placeholder {REALTIME_CERT}"));
                }
            }
            // A bundle update can change the running order: the bundle's scripts go back to the top of the
            // Scripted Records page of every record type.
            let moved = db.execute(
                "UPDATE emu_script_order SET position = position - 1000000
                 WHERE script IN (SELECT script FROM emu_script_meta WHERE bundle = ?1)",
                params![bundle],
            )?;
            if moved > 0 {
                changes.push("moved the bundle's user event scripts to the top of the Scripted Records pages".into());
            }
        }
    }
    let summary = format!(
        "bundle {} {} {}",
        bundle,
        match &previous {
            Some(p) => format!("updated from {p} to"),
            None => "installed at".into(),
        },
        version
    );
    emu.event("ui", &summary);
    Ok(
        json!({ "bundle": bundle, "from": previous, "to": version, "message": summary, "changes": changes }),
    )
}

fn order(emu: &Emu, record_type: &str, scripts: &[String], last: Option<&str>) -> Result<Value> {
    let rt = record_type.to_ascii_uppercase();
    let db = emu.db();
    // The page lists the user event scripts deployed on the record type.
    let mut stmt = db.prepare(
        "SELECT s.id, s.scriptid FROM scriptdeployment d JOIN script s ON s.id = d.script
         LEFT JOIN emu_script_order o ON o.recordtype = d.recordtype AND o.script = s.id
         WHERE d.recordtype = ?1 AND s.scripttype = 'USEREVENT'
         GROUP BY s.id ORDER BY COALESCE(MIN(o.position), 9223372036854775807), MIN(d.primarykey)",
    )?;
    let current: Vec<(i64, String)> = stmt
        .query_map(params![rt], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    drop(stmt);
    if current.is_empty() {
        bail!("no user event script is deployed on {rt}");
    }
    let find = |sid: &str| {
        current
            .iter()
            .find(|(_, s)| s.eq_ignore_ascii_case(sid))
            .map(|(id, _)| *id)
    };
    let mut new: Vec<i64> = Vec::new();
    for sid in scripts {
        let id = find(sid).ok_or_else(|| {
            anyhow::anyhow!(
                "{sid} is not deployed on {rt}; scripts there: {}",
                current
                    .iter()
                    .map(|(_, s)| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
        new.push(id);
    }
    for (id, _) in &current {
        if !new.contains(id) {
            new.push(*id);
        }
    }
    if let Some(last) = last {
        let id = find(last).ok_or_else(|| anyhow::anyhow!("{last} is not deployed on {rt}"))?;
        new.retain(|x| *x != id);
        new.push(id);
    }
    db.execute(
        "DELETE FROM emu_script_order WHERE recordtype = ?1",
        params![rt],
    )?;
    for (position, id) in new.iter().enumerate() {
        db.execute(
            "INSERT INTO emu_script_order(recordtype, script, position) VALUES (?1, ?2, ?3)",
            params![rt, id, position as i64],
        )?;
    }
    let names: Vec<String> = new
        .iter()
        .filter_map(|id| {
            current
                .iter()
                .find(|(c, _)| c == id)
                .map(|(_, s)| s.clone())
        })
        .collect();
    drop(db);
    emu.event(
        "ui",
        &format!("Scripted Records order of {rt}: {}", names.join(", ")),
    );
    Ok(json!({ "recordType": rt, "order": names }))
}

fn set_permission(emu: &Emu, role_name: &str, permission: &str, level: u8) -> Result<Value> {
    if level > 4 {
        bail!("permission levels are 0 (None), 1 (View), 2 (Create), 3 (Edit), 4 (Full)");
    }
    let db = emu.db();
    let role: i64 = match role_name.parse() {
        Ok(id) => id,
        Err(_) => db
            .query_row(
                "SELECT id FROM role WHERE lower(name) = lower(?1)",
                params![role_name],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| anyhow::anyhow!("no role named '{}'", role_name))?,
    };
    let key = permission.to_ascii_uppercase();
    let name =
        permission_name(&key).ok_or_else(|| anyhow::anyhow!("unknown permission key {key}"))?;
    db.execute(
        "DELETE FROM rolepermissions WHERE role = ?1 AND permkey = ?2",
        params![role, key],
    )?;
    if level > 0 {
        db.execute(
            "INSERT INTO rolepermissions(role, permkey, name, permlevel) VALUES (?1, ?2, ?3, ?4)",
            params![role, key, name, level.to_string()],
        )?;
    }
    drop(db);
    emu.event("ui", &format!("role {role}: {name} set to level {}", level));
    Ok(json!({ "role": role, "permission": key, "level": level }))
}

/// Permission keys the emulator knows (platform-facts §5, `platform::permissions`).
pub fn permission_name(key: &str) -> Option<&'static str> {
    Some(match key {
        "ADMI_NSASOIDCPROVIDER" => "OIDC Provider Setup",
        "ADMI_MANAGE_OAUTH2" => "OAuth 2.0 Authorized Applications Management",
        "ADMI_LOGIN_OAUTH2" => "Log in using OAuth 2.0 Access Tokens",
        "ADMI_CERTIFICATES" => "Certificate Management",
        "LIST_CERTIFICATES" => "Certificate Access",
        "ADMI_RESTWEBSERVICES" => "REST Web Services",
        "ADMI_SUITESIGNON" => "SuiteSignOn",
        // The permissions of the role oa-rt signs in with.
        other => return crate::platform::permissions::by_key(other).map(|p| p.name),
    })
}

fn save_record(
    emu: &Emu,
    record: &str,
    context: &str,
    event: &str,
    set: &Map<String, Value>,
) -> Result<Value> {
    let (kind_name, id) = record
        .split_once(':')
        .ok_or_else(|| anyhow::anyhow!("record must be TYPE:ID, like customer:1001"))?;
    let kind = netsuite::kind_named(kind_name).ok_or_else(|| {
        anyhow::anyhow!(
            "the emulator holds data for {} records",
            netsuite::KINDS
                .iter()
                .map(|k| k.name)
                .collect::<Vec<_>>()
                .join(", ")
        )
    })?;
    let id: i64 = id
        .parse()
        .map_err(|_| anyhow::anyhow!("'{id}' is not a record id"))?;
    let changes: Vec<(String, String)> = set
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Value::String(s) => s.clone(),
                Value::Bool(b) => if *b { "T" } else { "F" }.to_string(),
                other => other.to_string(),
            };
            (k.clone(), value)
        })
        .collect();
    let report = netsuite::user_events::save_record(emu, kind, id, context, event, &changes)?;
    Ok(serde_json::to_value(report)?)
}

/// The admin form's boxes: realtime, oauth2, leads, prospects (None leaves a box as it is).
fn openair_admin(emu: &Emu, boxes: [Option<bool>; 4]) -> Result<Value> {
    let [realtime, oauth2, leads, prospects] = boxes;
    if emu.flag("oa_run_active") {
        bail!("Save is disabled while an integration run is active: finish the run first");
    }
    for (key, value) in [
        ("oa_realtime_enabled", realtime),
        ("oa_oauth2_realtime", oauth2),
        ("oa_leads", leads),
        ("oa_prospects", prospects),
    ] {
        if let Some(v) = value {
            emu.set_flag(key, v)?;
        }
    }
    let state = admin_state(emu);
    emu.event(
        "ui",
        &format!("OpenAir NetSuite Connector form saved: {state}"),
    );
    Ok(state)
}

pub fn admin_state(emu: &Emu) -> Value {
    json!({
        "realtime": emu.flag("oa_realtime_enabled"),
        "oauth2": emu.flag("oa_oauth2_realtime"),
        "leads": emu.flag("oa_leads"),
        "prospects": emu.flag("oa_prospects"),
        "runActive": emu.flag("oa_run_active"),
    })
}

fn scheduled_run(emu: &Emu, state: &str) -> Result<Value> {
    match state {
        "start" => {
            if emu.flag("oa_run_active") {
                bail!("a scheduled run is already active");
            }
            emu.set_flag("oa_run_active", true)?;
            emu.event("openair", "scheduled integration run started");
            Ok(json!({ "runActive": true }))
        }
        "finish" => {
            if !emu.flag("oa_run_active") {
                bail!("no scheduled run is active");
            }
            let pending: i64 =
                emu.db()
                    .query_row("SELECT COUNT(*) FROM emu_oa_pending", [], |r| r.get(0))?;
            let now = emu.now();
            openair::realtime::import_all_modified(&emu.db(), now)?;
            emu.set_flag("oa_run_active", false)?;
            emu.event(
                "openair",
                &format!(
                    "scheduled integration run finished; {pending} queued real-time imports ran"
                ),
            );
            Ok(json!({ "runActive": false, "queuedImportsRun": pending }))
        }
        other => bail!("state must be start or finish, not {other}"),
    }
}

fn clock(emu: &Emu, advance_seconds: i64) -> Result<Value> {
    if advance_seconds < 0 {
        bail!("the clock only moves forward");
    }
    let offset: i64 = emu
        .meta("clock_offset_secs")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    // OpenAir rotates when the certificate enters its window: a jump across that moment finds the rotation done
    // then (its new certificate dated from it), as time passing would, not an expired certificate.
    let window_opens = certificate::rotation_window_opens_in(emu);
    let mut rotation = None;
    if let Some(opens) = window_opens.filter(|o| (0..advance_seconds).contains(o)) {
        emu.set_clock_offset(offset + opens)?;
        rotation = certificate::auto_rotate(emu);
    }
    emu.set_clock_offset(offset + advance_seconds)?;
    let rotation = rotation.or_else(|| certificate::auto_rotate(emu));
    let now = emu.now();
    let certificate = certificate::current_not_after(emu).map(|not_after| {
        if not_after <= now {
            "No valid certificate available for real-time import".to_string()
        } else {
            format!(
                "Current real-time import certificate is valid until {}",
                timestamp(not_after)
            )
        }
    });
    emu.event("ui", &format!("clock moved forward {} s", advance_seconds));
    Ok(json!({ "now": timestamp(now), "certificate": certificate, "rotation": rotation }))
}
