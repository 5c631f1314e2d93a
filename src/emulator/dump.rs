//! `oa-rt emulator dump`: the whole state, readable by a person (and as JSON), secrets redacted — including
//! what the real services hide (Scripted Records order, OpenAir's switches and certificates, the queue).

use std::fmt::Write as _;
use std::sync::Arc;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use rusqlite::Connection;
use serde_json::{Value, json};

use super::certs;
use super::clock::timestamp;
use super::state::Emu;
use crate::platform::settings::RECORD_TYPE as SETTINGS_RECORD;

pub async fn route(State(emu): State<Arc<Emu>>) -> Response {
    match dump(&emu) {
        Ok(v) => axum::Json(v).into_response(),
        Err(e) => (
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            format!("{e:#}"),
        )
            .into_response(),
    }
}

/// Rows of a query as JSON objects (column → string or null).
fn rows(conn: &Connection, sql: &str) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare(sql)?;
    let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    let out = stmt
        .query_map([], |r| {
            let mut m = serde_json::Map::new();
            for (i, n) in names.iter().enumerate() {
                let v = match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => Value::Null,
                    rusqlite::types::ValueRef::Integer(n) => json!(n),
                    rusqlite::types::ValueRef::Real(f) => json!(f),
                    rusqlite::types::ValueRef::Text(t) => json!(String::from_utf8_lossy(t)),
                    rusqlite::types::ValueRef::Blob(_) => json!("<blob>"),
                };
                m.insert(n.clone(), v);
            }
            Ok(Value::Object(m))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(out)
}

/// The state as JSON. Secrets are never included: credentials appear as ids only, private keys not at all.
pub fn dump(emu: &Emu) -> anyhow::Result<Value> {
    let now = emu.now();
    let requests = emu
        .requests
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let audit = emu
        .login_audit
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let admin = super::ui::admin_state(emu);
    let (role_id, role_name) = emu.integration_role();
    let meta = |k: &str| emu.meta(k).unwrap_or_default();
    let (scenario, account, company, environment) = (
        meta("scenario"),
        emu.account.to_string(),
        meta("oa_company"),
        meta("oa_environment"),
    );
    let remaining = meta("oa_rate_remaining");
    let db = emu.db();
    let describe = |pem: Option<&str>| -> Value {
        match pem.and_then(certs::describe) {
            Some((subject, from, until, fp)) => json!({
                "subject": subject, "validFrom": timestamp(from), "validUntil": timestamp(until),
                "daysLeft": (until - now) / 86_400, "sha256": fp,
            }),
            None => Value::Null,
        }
    };
    let ns_certs: Vec<Value> = rows(
        &db,
        "SELECT scriptid, name, filetype, placeholder, certificate_pem FROM emu_ns_certificate ORDER BY scriptid",
    )?
    .into_iter()
    .map(|c| {
        json!({
            "scriptId": c["scriptid"], "name": c["name"], "fileType": c["filetype"],
            "placeholder": c["placeholder"] == "T", "certificate": describe(c["certificate_pem"].as_str()),
        })
    })
    .collect();
    let oa_certs: Vec<Value> = rows(&db, "SELECT id, current, certificate_pem FROM emu_oa_certificate ORDER BY id")?
        .into_iter()
        .map(|c| json!({ "id": c["id"], "current": c["current"] == "T", "certificate": describe(c["certificate_pem"].as_str()) }))
        .collect();
    Ok(json!({
        "scenario": scenario,
        "clock": timestamp(now),
        "netsuite": {
            "account": account,
            "integrationRole": { "id": role_id, "name": role_name },
            "bundles": rows(&db, "SELECT id, name, version, date_installed AS installed, date_last_updated AS updated FROM emu_bundle ORDER BY id")?,
            "rolePermissions": rows(&db, "SELECT r.name AS role, p.permkey, p.name, p.permlevel FROM rolepermissions p JOIN role r ON r.id = p.role ORDER BY r.id, p.permkey")?,
            "userEventDeployments": rows(&db,
                "SELECT d.recordtype, s.scriptid AS script, s.name, d.scriptid AS deployment, d.isdeployed, d.status, f.allroles,
                        f.runasrole, f.localizationcontext AS localized, s.beforesubmitfunction IS NOT NULL AS beforesubmit,
                        o.position AS page_position, COALESCE(m.bundle, '') AS bundle
                 FROM scriptdeployment d JOIN emu_deployment_field f ON f.primarykey = d.primarykey
                 JOIN script s ON s.id = d.script
                 LEFT JOIN emu_script_meta m ON m.script = s.id
                 LEFT JOIN emu_script_order o ON o.recordtype = d.recordtype AND o.script = s.id
                 WHERE s.scripttype = 'USEREVENT' AND d.recordtype IN ('CUSTOMER','JOB','EMPLOYEE','PROJECTTASK','LEAD','PROSPECT')
                 ORDER BY d.recordtype, o.position, d.primarykey")?,
            "deploymentCount": db.query_row("SELECT COUNT(*) FROM scriptdeployment", [], |r| r.get::<_, i64>(0))?,
            "settings": rows(&db, &format!("SELECT * FROM {SETTINGS_RECORD}"))?,
            "digitalCertificates": ns_certs,
            "resendFlags": rows(&db, "SELECT custrecord_oa_record_type AS type, custrecord_oa_synch_pending AS pending FROM customrecord_oa_record_type_synch ORDER BY id")?,
            "m2mCertificates": rows(&db, "SELECT certificate_id, role, revoked FROM emu_m2m_certificate ORDER BY created")?,
            "tbaTokens": db.query_row("SELECT COUNT(*) FROM emu_tba_token", [], |r| r.get::<_, i64>(0))?,
            "loginAuditTrail": audit,
        },
        "openair": {
            "company": company,
            "environment": environment,
            "netsuiteConnector": admin,
            "certificates": oa_certs,
            "records": rows(&db, "SELECT oa_type, id, name, externalid, netsuite_id, created, updated, data FROM emu_oa_record ORDER BY oa_type, id")?,
            "queuedRealtimeImports": rows(&db, "SELECT oa_type, ns_id FROM emu_oa_pending ORDER BY at")?,
            "remaining24h": remaining,
        },
        "events": rows(&db, "SELECT at, kind, detail FROM (SELECT * FROM emu_event ORDER BY id DESC LIMIT 40) ORDER BY id")?,
        "requests": requests,
    }))
}

/// The dump as text, section by section.
pub fn render(v: &Value) -> String {
    let mut o = String::new();
    let s = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    };
    let _ = writeln!(
        o,
        "Scenario {} — emulated clock {}",
        s(&v["scenario"]),
        s(&v["clock"])
    );
    let ns = &v["netsuite"];
    let _ = writeln!(
        o,
        "\nNetSuite account {} (integration role {})",
        s(&ns["account"]),
        s(&ns["integrationRole"]["name"])
    );
    let _ = writeln!(o, "  Bundles:");
    for b in ns["bundles"].as_array().into_iter().flatten() {
        let _ = writeln!(
            o,
            "    {} {:<40} {:<6} updated {}",
            s(&b["id"]),
            s(&b["name"]),
            s(&b["version"]),
            s(&b["updated"])
        );
    }
    let _ = writeln!(o, "  Role permissions:");
    for p in ns["rolePermissions"].as_array().into_iter().flatten() {
        let _ = writeln!(
            o,
            "    {:<32} {:<24} {:<46} level {}",
            s(&p["role"]),
            s(&p["permkey"]),
            s(&p["name"]),
            s(&p["permlevel"])
        );
    }
    let _ = writeln!(
        o,
        "  User event scripts on the real-time record types (Scripted Records order; {} deployments in all):",
        s(&ns["deploymentCount"])
    );
    for d in ns["userEventDeployments"].as_array().into_iter().flatten() {
        let _ = writeln!(
            o,
            "    {:<12} #{:<4} {:<42} deployed {} {:<9} all roles {} run as {:<5} {}{}{}",
            s(&d["recordtype"]),
            s(&d["page_position"]),
            s(&d["script"]),
            s(&d["isdeployed"]),
            s(&d["status"]),
            s(&d["allroles"]),
            s(&d["runasrole"]),
            if d["beforesubmit"] == 1 {
                "beforeSubmit+afterSubmit "
            } else {
                ""
            },
            if d["localized"].is_null() {
                String::new()
            } else {
                format!("localized ({}) ", s(&d["localized"]))
            },
            if s(&d["bundle"]).is_empty() {
                String::new()
            } else {
                format!("bundle {}", s(&d["bundle"]))
            },
        );
    }
    let _ = writeln!(o, "  Settings record:");
    for row in ns["settings"].as_array().into_iter().flatten() {
        for (k, val) in row.as_object().into_iter().flatten() {
            let _ = writeln!(o, "    {k:<44} {}", s(val));
        }
    }
    let _ = writeln!(o, "  Digital certificates:");
    for c in ns["digitalCertificates"].as_array().into_iter().flatten() {
        let cert = &c["certificate"];
        let _ = writeln!(
            o,
            "    {} {}{}",
            s(&c["scriptId"]),
            if c["placeholder"] == true {
                "PLACEHOLDER ".to_string()
            } else {
                String::new()
            },
            if cert.is_null() {
                "(no readable certificate)".into()
            } else {
                format!(
                    "valid until {} ({} days), SHA-256 {}",
                    s(&cert["validUntil"]),
                    s(&cert["daysLeft"]),
                    s(&cert["sha256"])
                )
            }
        );
    }
    let _ = writeln!(
        o,
        "  Re-send flags: {}",
        ns["resendFlags"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| format!("{}={}", s(&f["type"]), s(&f["pending"])))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let _ = writeln!(
        o,
        "  M2M certificates: {}",
        ns["m2mCertificates"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| format!(
                "{}{}",
                s(&c["certificate_id"]),
                if c["revoked"] == "T" {
                    " (revoked)"
                } else {
                    ""
                }
            ))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        o,
        "  TBA tokens: {} (secrets not shown)",
        s(&ns["tbaTokens"])
    );
    for line in ns["loginAuditTrail"].as_array().into_iter().flatten() {
        let _ = writeln!(o, "  Login audit trail: {}", s(line));
    }
    let oa = &v["openair"];
    let _ = writeln!(
        o,
        "\nOpenAir company {} ({})",
        s(&oa["company"]),
        s(&oa["environment"])
    );
    let c = &oa["netsuiteConnector"];
    let _ = writeln!(
        o,
        "  NetSuite Connector: real-time {} · OAuth 2.0 for real-time {} · leads {} · prospects {} · scheduled run active {}",
        s(&c["realtime"]),
        s(&c["oauth2"]),
        s(&c["leads"]),
        s(&c["prospects"]),
        s(&c["runActive"])
    );
    for cert in oa["certificates"].as_array().into_iter().flatten() {
        let d = &cert["certificate"];
        let _ = writeln!(
            o,
            "  Certificate {}{}: valid until {} ({} days), SHA-256 {}",
            s(&cert["id"]),
            if cert["current"] == true {
                " (current)"
            } else {
                ""
            },
            s(&d["validUntil"]),
            s(&d["daysLeft"]),
            s(&d["sha256"])
        );
    }
    let _ = writeln!(o, "  Records:");
    for r in oa["records"].as_array().into_iter().flatten() {
        let _ = writeln!(
            o,
            "    {:<13} {:<3} NetSuite {:<6} updated {} {}",
            s(&r["oa_type"]),
            s(&r["id"]),
            s(&r["netsuite_id"]),
            timestamp(r["updated"].as_i64().unwrap_or(0)),
            s(&r["data"])
        );
    }
    for q in oa["queuedRealtimeImports"].as_array().into_iter().flatten() {
        let _ = writeln!(
            o,
            "  Queued real-time import: {} {}",
            s(&q["oa_type"]),
            s(&q["ns_id"])
        );
    }
    let _ = writeln!(
        o,
        "  API requests left in the 24-hour window: {}",
        s(&oa["remaining24h"])
    );
    let _ = writeln!(o, "\nRecent events:");
    for e in v["events"].as_array().into_iter().flatten() {
        let _ = writeln!(
            o,
            "  {} {:<11} {}",
            timestamp(e["at"].as_i64().unwrap_or(0)),
            s(&e["kind"]),
            s(&e["detail"])
        );
    }
    let _ = writeln!(o, "\nRequests served: {}", s(&v["requests"]));
    o
}
