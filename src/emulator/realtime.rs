//! OpenAir's side of the real-time path: `netsuite.pl` verifies the send script's signature with OpenAir's current
//! certificate and imports the record — or queues it behind a running scheduled integration run — and OpenAir's
//! real-time import certificate, generated and rotated.

use anyhow::{Result, bail};
use rusqlite::{Connection, OptionalExtension, params};

use super::certs::{self, RealtimeCertificate};
use super::clock::timestamp;
use super::netsuite::{KINDS, RecordKind};
use super::state::Emu;
use crate::platform::bundles::SRP_INTEGRATION;
use crate::platform::certificate::SCRIPT_ID as REALTIME_CERT;

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
    let existing: Option<i64> = conn
        .query_row(
            "SELECT id FROM emu_oa_record WHERE oa_type = ?1 AND externalid = ?2",
            params![oa_type, ns_id],
            |r| r.get(0),
        )
        .optional()?;
    let id = match existing {
        Some(id) => id,
        None => conn.query_row(
            "SELECT COALESCE(MAX(id), 0) + 1 FROM emu_oa_record WHERE oa_type = ?1",
            params![oa_type],
            |r| r.get(0),
        )?,
    };
    conn.execute(
        "INSERT OR REPLACE INTO emu_oa_record(oa_type, id, name, externalid, updated, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![oa_type, id, name, ns_id, now, data],
    )?;
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

/// Stores a certificate OpenAir generated: into `custcertificate_oa_realtime` (with its key) and as OpenAir's
/// current certificate.
pub fn store_certificate(conn: &Connection, cert: &RealtimeCertificate) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO emu_ns_certificate(scriptid, name, description, filetype, certificate_pem, private_key_pem, placeholder)
         VALUES (?1, 'OpenAir Real-Time Import', 'Generated by SuiteProjects Pro for real-time record import', 'PEM', ?2, ?3, 'F')",
        params![REALTIME_CERT, cert.certificate_pem, cert.private_key_pem],
    )?;
    conn.execute("UPDATE emu_oa_certificate SET current = 'F'", [])?;
    conn.execute(
        "INSERT INTO emu_oa_certificate(certificate_pem, not_before, not_after, current) VALUES (?1, ?2, ?3, 'T')",
        params![cert.certificate_pem, cert.not_before, cert.not_after],
    )?;
    Ok(())
}

/// OpenAir's "Generate new real-time import certificate": makes the key pair and certificate, uploads it into
/// NetSuite through the 369637 RESTlet, and keeps it only if the upload succeeded.
pub fn generate_certificate(emu: &Emu) -> Result<String> {
    if !emu.flag("oa_realtime_enabled") || !emu.flag("oa_oauth2_realtime") {
        bail!(
            "enable \"Enable NetSuite real-time integration\" and \"Use OAuth 2.0 for NetSuite Single Sign-On Integration and Real-Time Record Import\" first"
        );
    }
    use crate::platform::bundles::Version;
    let v = |id: &str| emu.bundle_version(id).and_then(|v| Version::parse(&v));
    let srp = v(SRP_INTEGRATION);
    let has_record: bool = emu
        .db()
        .query_row(
            "SELECT 1 FROM emu_ns_certificate WHERE scriptid = ?1",
            params![REALTIME_CERT],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    // 369637 5.02 ships the RESTlet that creates or updates the certificate; before it, 4.x can only replace
    // the placeholder 369630 3.0–4.01 installed.
    let restlet_can_upload = srp
        .as_ref()
        .is_some_and(|s| *s >= Version::parse("5.02").expect("valid"))
        || (srp
            .as_ref()
            .is_some_and(|s| *s >= Version::parse("4.0").expect("valid"))
            && has_record);
    let (role, role_name) = emu.integration_role();
    let role_may: bool = emu
        .db()
        .query_row(
            "SELECT 1 FROM rolepermissions WHERE role = ?1 AND permkey = 'ADMI_CERTIFICATES' AND permlevel = '4'",
            params![role],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    let refusal = if !restlet_can_upload {
        Some(
            "NetSuite has no RESTlet to receive the certificate (369637 5.02 or later needed)"
                .to_string(),
        )
    } else if !role_may {
        Some(format!(
            "the integration role '{role_name}' lacks Certificate Management (Full)"
        ))
    } else {
        None
    };
    if let Some(reason) = refusal {
        emu.event(
            "openair",
            &format!("certificate upload failed: {reason}; the previous certificate is kept"),
        );
        bail!("the upload to NetSuite failed: {reason}; OpenAir kept the previous certificate");
    }
    let now = emu.now();
    let company = emu.meta("oa_company").unwrap_or_default();
    let cert = certs::generate_realtime(&company, now, certs::REALTIME_CERT_DAYS)?;
    store_certificate(&emu.db(), &cert)?;
    let (_, _, not_after, fingerprint) = certs::describe(&cert.certificate_pem).unwrap_or_default();
    let message = format!(
        "Current real-time import certificate is valid until {} (SHA-256 {fingerprint})",
        timestamp(not_after)
    );
    emu.event("openair", &message);
    Ok(message)
}

/// OpenAir rotates automatically one to two weeks before expiry [assumed: when 10 days or fewer are left].
pub const AUTO_ROTATE_DAYS: i64 = 10;

/// Called when the clock moves: rotates the certificate if it is inside the automatic window.
pub fn auto_rotate(emu: &Emu) -> Option<String> {
    let not_after: i64 = emu
        .db()
        .query_row(
            "SELECT not_after FROM emu_oa_certificate WHERE current = 'T'",
            [],
            |r| r.get(0),
        )
        .optional()
        .ok()
        .flatten()?;
    let left = not_after - emu.now();
    if left > AUTO_ROTATE_DAYS * 86_400 || left <= 0 {
        return None;
    }
    Some(match generate_certificate(emu) {
        Ok(m) => format!("automatic rotation: {m}"),
        Err(e) => format!("automatic rotation failed: {e}"),
    })
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
