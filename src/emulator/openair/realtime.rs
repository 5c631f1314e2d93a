//! OpenAir's side of the real-time path: `netsuite.pl` verifies the send script's signature with OpenAir's current
//! certificate and imports the record, with every record of the other types modified since the last
//! synchronization — or queues it behind a running scheduled integration run, which imports everything.

use std::sync::Arc;

use anyhow::{Result, bail};
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use rusqlite::{Connection, OptionalExtension, params};

use crate::emulator::certs;
use crate::emulator::clock::timestamp;
use crate::emulator::netsuite::{KINDS, RecordKind};
use crate::emulator::state::Emu;

/// `GET /openair/netsuite.pl?action=synchronize&...&signature=...`: the real-time endpoint. Plain text answers.
pub async fn route(
    State(emu): State<Arc<Emu>>,
    axum::extract::Query(query): axum::extract::Query<Vec<(String, String)>>,
) -> Response {
    emu.count("openair.netsuite_pl");
    let signature = query
        .iter()
        .find(|(k, _)| k == "signature")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let params: Vec<(String, String)> = query
        .into_iter()
        .filter(|(k, _)| k != "signature")
        .collect();
    let answer = netsuite_pl(&emu, &params, &signature);
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        answer,
    )
        .into_response()
}

/// The string the send script signs, exactly (platform-facts §7).
pub fn canonical_string(
    db_id: &str,
    record_type: &str,
    ns_id: &str,
    user: &str,
    other_types: &str,
) -> String {
    format!(
        "action=synchronize&db_id={db_id}&record_type={record_type}&ns_id={ns_id}&netsuite_user_id={user}&other_types={other_types}"
    )
}

/// OpenAir's real-time endpoint: verifies the request and imports, queues, or refuses.
pub fn netsuite_pl(emu: &Emu, params: &[(String, String)], signature: &str) -> String {
    let p = |k: &str| {
        params
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let answer = netsuite_pl_inner(emu, params, signature);
    emu.event(
        "netsuite.pl",
        &format!(
            "{} ns_id {} other_types '{}': {answer}",
            p("record_type"),
            p("ns_id"),
            p("other_types")
        ),
    );
    answer
}

fn netsuite_pl_inner(emu: &Emu, params: &[(String, String)], signature: &str) -> String {
    let p = |k: &str| {
        params
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    if p("action") != "synchronize" {
        return "Error: Unknown action".into();
    }
    if !emu.flag("oa_realtime_enabled") {
        return "Error: NetSuite real-time integration is not enabled".into();
    }
    if !emu.flag("oa_oauth2_realtime") {
        return "Error: Real-time record import is not set to use OAuth 2.0 (certificate-based authentication)".into();
    }
    if p("db_id") != emu.meta("oa_db_id").unwrap_or_default() {
        return "Error: Invalid db_id".into();
    }
    let record_type = p("record_type").to_string();
    if !matches!(
        record_type.as_str(),
        "customer" | "project" | "user" | "project_task"
    ) {
        return format!("Error: Unsupported record_type {record_type}");
    }
    let now = emu.now();
    let current: Option<(String, i64, i64)> = emu
        .db()
        .query_row(
            "SELECT certificate_pem, not_before, not_after FROM emu_oa_certificate WHERE current = 'T'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .ok()
        .flatten();
    let Some((pem, not_before, not_after)) = current.filter(|(_, nb, na)| *nb <= now && now < *na)
    else {
        return "Error: No valid certificate available for real-time import".into();
    };
    let _ = (not_before, not_after);
    let canonical = canonical_string(
        p("db_id"),
        &record_type,
        p("ns_id"),
        p("netsuite_user_id"),
        p("other_types"),
    );
    if !certs::verify(&pem, &canonical, signature) {
        return "Error: Invalid signature".into();
    }
    // Scheduled integration runs take priority: real-time imports wait until the run completes.
    if emu.flag("oa_run_active") {
        let _ = emu.db().execute(
            "INSERT OR REPLACE INTO emu_oa_pending(oa_type, ns_id, at) VALUES (?1, ?2, ?3)",
            params![record_type, p("ns_id"), now],
        );
        return format!("{record_type}=F");
    }
    let db = emu.db();
    let imported = import_one(&db, &record_type, p("ns_id"), now).and_then(|_| {
        // "The real-time import also imports all records modified since the last synchronization."
        for t in p("other_types").split(',').filter(|t| !t.is_empty()) {
            import_type_modified(&db, t, now)?;
        }
        Ok(())
    });
    match imported {
        Ok(()) => format!("{record_type}=T"),
        Err(e) => format!("Error: {e}"),
    }
}

/// The kind for an OpenAir type when reading NetSuite data (leads and prospects are customers).
fn kind_for_oa_type(oa_type: &str) -> Option<&'static RecordKind> {
    KINDS.iter().find(|k| k.oa_type == oa_type)
}

/// Imports one NetSuite record into OpenAir as it is now (a snapshot: later NetSuite changes are not seen).
pub fn import_one(conn: &Connection, oa_type: &str, ns_id: &str, now: i64) -> Result<()> {
    let kind =
        kind_for_oa_type(oa_type).ok_or_else(|| anyhow::anyhow!("unknown type {oa_type}"))?;
    let row: Option<(String, String)> = conn
        .query_row(
            &format!(
                "SELECT {}, json_object('name', {}, 'comments', comments) FROM {} WHERE id = ?1",
                kind.name_sql, kind.name_sql, kind.table
            ),
            params![ns_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((name, data)) = row else {
        bail!("NetSuite record {ns_id} not found");
    };
    // The connector finds its object by the NetSuite ID custom field; externalid is not its business.
    let existing: Option<i64> = conn
        .query_row(
            "SELECT id FROM emu_oa_record WHERE oa_type = ?1 AND netsuite_id = ?2",
            params![oa_type, ns_id],
            |r| r.get(0),
        )
        .optional()?;
    match existing {
        Some(id) => {
            conn.execute(
                "UPDATE emu_oa_record SET name = ?3, updated = ?4, data = ?5 WHERE oa_type = ?1 AND id = ?2",
                params![oa_type, id, name, now, data],
            )?;
        }
        None => {
            conn.execute(
                "INSERT INTO emu_oa_record(oa_type, id, name, externalid, netsuite_id, created, updated, data)
                 SELECT ?1, COALESCE(MAX(id), 0) + 1, ?2, '', ?3, ?4, ?4, ?5 FROM emu_oa_record WHERE oa_type = ?1",
                params![oa_type, name, ns_id, now, data],
            )?;
        }
    }
    Ok(())
}

/// Imports every flagged record of an OpenAir type modified since the last synchronization.
fn import_type_modified(conn: &Connection, oa_type: &str, now: i64) -> Result<()> {
    let kind =
        kind_for_oa_type(oa_type).ok_or_else(|| anyhow::anyhow!("unknown type {oa_type}"))?;
    let last: i64 = conn
        .query_row(
            "SELECT last_sync FROM emu_oa_sync WHERE oa_type = ?1",
            params![oa_type],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0);
    let ids: Vec<i64> = {
        let mut stmt = conn.prepare(&format!(
            "SELECT id FROM {} WHERE {} = 'T' AND (lastmodifieddate IS NULL OR lastmodifieddate >= ?1)",
            kind.table, kind.export_field
        ))?;
        stmt.query_map(params![timestamp(last)], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    for id in ids {
        import_one(conn, oa_type, &id.to_string(), now)?;
    }
    conn.execute(
        "INSERT OR REPLACE INTO emu_oa_sync(oa_type, last_sync) VALUES (?1, ?2)",
        params![oa_type, now],
    )?;
    Ok(())
}

/// A scheduled integration run: imports everything modified since the last synchronization, of every type.
pub fn import_all_modified(conn: &Connection, now: i64) -> Result<()> {
    for t in ["customer", "project", "user", "project_task"] {
        import_type_modified(conn, t, now)?;
    }
    conn.execute("DELETE FROM emu_oa_pending", [])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_string_is_exact() {
        assert_eq!(
            canonical_string("acme", "customer", "1001", "-5", ""),
            "action=synchronize&db_id=acme&record_type=customer&ns_id=1001&netsuite_user_id=-5&other_types="
        );
    }
}
