//! The real-time path, end to end: a record saved in the NetSuite UI runs the deployed user event scripts in the
//! documented order; the v2.0 send script signs the canonical string with `custcertificate_oa_realtime` and calls
//! OpenAir's `netsuite.pl`, which verifies it with OpenAir's current certificate and imports the record — or
//! queues it behind a running scheduled integration run.

use anyhow::{Result, bail};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::certs::{self, RealtimeCertificate};
use super::clock::timestamp;
use super::state::Emu;
use crate::platform::bundles::{REALTIME_ADDON, SRP_INTEGRATION};
use crate::platform::certificate::SCRIPT_ID as REALTIME_CERT;
use crate::platform::settings::{self, RECORD_TYPE as SETTINGS_RECORD};

/// NetSuite-side record kinds the emulator holds data for, and what they become in OpenAir.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordKind {
    /// The name used on the UI surface (`customer`, `lead`, ...).
    pub name: &'static str,
    pub table: &'static str,
    pub oa_type: &'static str,
    pub export_field: &'static str,
    /// SQL for the record's display name.
    name_sql: &'static str,
}

pub const KINDS: &[RecordKind] = &[
    kind(
        "customer",
        "customer",
        "customer",
        "custentity_oa_export_to_openair",
        "companyname",
    ),
    kind(
        "lead",
        "customer",
        "customer",
        "custentity_oa_export_to_openair",
        "companyname",
    ),
    kind(
        "prospect",
        "customer",
        "customer",
        "custentity_oa_export_to_openair",
        "companyname",
    ),
    kind(
        "job",
        "job",
        "project",
        "custentity_oa_export_to_openair",
        "companyname",
    ),
    kind(
        "employee",
        "employee",
        "user",
        "custentity_oa_export_to_openair",
        "firstname || ' ' || lastname",
    ),
    kind(
        "projecttask",
        "projecttask",
        "project_task",
        "custevent_oa_export_to_openair",
        "title",
    ),
];

const fn kind(
    name: &'static str,
    table: &'static str,
    oa_type: &'static str,
    export_field: &'static str,
    name_sql: &'static str,
) -> RecordKind {
    RecordKind {
        name,
        table,
        oa_type,
        export_field,
        name_sql,
    }
}

pub fn kind_named(name: &str) -> Option<&'static RecordKind> {
    KINDS.iter().find(|k| k.name.eq_ignore_ascii_case(name))
}

/// The execution contexts a UI surface save can claim.
pub const CONTEXTS: &[&str] = &[
    "userinterface",
    "csvimport",
    "suitescript",
    "workflow",
    "webservices",
    "restlet",
];

// ---- the running order --------------------------------------------------------------------------------------

/// A user event script deployed on a record type, with what decides when it runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UeScript {
    pub script: i64,
    pub scriptid: String,
    pub name: String,
    pub kind: String,
    pub has_before_submit: bool,
    pub has_after_submit: bool,
    pub localized: bool,
    /// Position on the Scripted Records page; scripts without one run after those with one.
    pub position: Option<i64>,
    pub deployment: i64,
    pub run_as_role: Option<i64>,
}

/// The afterSubmit order (article_1029021012): scripts that also have a beforeSubmit entry point first,
/// non-localized before localized, then the Scripted Records page order.
pub fn after_submit_order(scripts: &[UeScript]) -> Vec<&UeScript> {
    let mut v: Vec<&UeScript> = scripts.iter().filter(|s| s.has_after_submit).collect();
    v.sort_by_key(|s| {
        (
            !s.has_before_submit,
            s.localized,
            s.position.unwrap_or(i64::MAX),
            s.deployment,
        )
    });
    v
}

/// The beforeSubmit order: non-localized before localized, then the page order.
pub fn before_submit_order(scripts: &[UeScript]) -> Vec<&UeScript> {
    let mut v: Vec<&UeScript> = scripts.iter().filter(|s| s.has_before_submit).collect();
    v.sort_by_key(|s| (s.localized, s.position.unwrap_or(i64::MAX), s.deployment));
    v
}

/// The user event scripts that run for a save of `recordtype` with `event`: deployed, released, for all roles.
pub fn deployed_scripts(conn: &Connection, recordtype: &str, event: &str) -> Result<Vec<UeScript>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, s.scriptid, s.name, COALESCE(m.kind, 'custom'), s.beforesubmitfunction IS NOT NULL,
                s.aftersubmitfunction IS NOT NULL, d.localizationcontext IS NOT NULL, o.position, d.primarykey,
                d.runasrole, d.eventtype
         FROM scriptdeployment d
         JOIN script s ON s.id = d.script
         LEFT JOIN emu_script_meta m ON m.script = s.id
         LEFT JOIN emu_script_order o ON o.recordtype = d.recordtype AND o.script = s.id
         WHERE d.recordtype = ?1 AND d.isdeployed = 'T' AND d.status = 'RELEASED' AND d.allroles = 'T'
           AND s.scripttype = 'USEREVENT' AND s.isinactive = 'F'",
    )?;
    let rows = stmt.query_map(params![recordtype], |r| {
        Ok((
            UeScript {
                script: r.get(0)?,
                scriptid: r.get(1)?,
                name: r.get(2)?,
                kind: r.get(3)?,
                has_before_submit: r.get(4)?,
                has_after_submit: r.get(5)?,
                localized: r.get(6)?,
                position: r.get(7)?,
                deployment: r.get(8)?,
                run_as_role: r.get(9)?,
            },
            r.get::<_, Option<String>>(10)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (script, event_type) = row?;
        // A deployment's event type limits it to that event; none means every event.
        if event_type
            .as_deref()
            .is_none_or(|e| e.eq_ignore_ascii_case(event))
        {
            out.push(script);
        }
    }
    Ok(out)
}

// ---- saving a record in the UI ------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
pub struct ScriptRun {
    pub entry: &'static str,
    pub script: String,
    pub name: String,
    pub result: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SaveReport {
    pub record: String,
    pub context: String,
    pub event: String,
    pub scripts: Vec<ScriptRun>,
    /// What the send script did: not run, skipped (why), sent (OpenAir's answer), or failed (the error).
    pub send: String,
    /// The record's name in NetSuite and in OpenAir after the save, to compare.
    pub netsuite_value: Option<String>,
    pub openair_value: Option<String>,
}

/// Saves a record as a person in the NetSuite UI (or another execution context) would.
pub fn save_record(
    emu: &Emu,
    kind: &RecordKind,
    id: i64,
    context: &str,
    event: &str,
    changes: &[(String, String)],
) -> Result<SaveReport> {
    if !CONTEXTS.contains(&context) {
        bail!(
            "unknown execution context '{context}' (one of {})",
            CONTEXTS.join(", ")
        );
    }
    if !matches!(event, "create" | "edit" | "xedit") {
        bail!("unknown event '{event}' (create, edit or xedit)");
    }
    let columns = table_columns(&emu.db(), kind.table)?;
    for (field, _) in changes {
        if field == "id" || !columns.contains(field) {
            bail!(
                "field '{field}' is not on {} (fields: {})",
                kind.table,
                columns.join(", ")
            );
        }
    }
    let exists: bool = emu
        .db()
        .query_row(
            &format!("SELECT 1 FROM {} WHERE id = ?1", kind.table),
            params![id],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if !exists {
        bail!("{} {id} does not exist", kind.name);
    }
    let recordtype = netsuite_record_type(emu, kind, id)?;
    let scripts = deployed_scripts(&emu.db(), &recordtype, event)?;
    let mut report = SaveReport {
        record: format!("{}:{id}", kind.name),
        context: context.to_string(),
        event: event.to_string(),
        scripts: Vec::new(),
        send: "no send script is deployed on this record type".into(),
        netsuite_value: None,
        openair_value: None,
    };

    // beforeSubmit scripts change the record before it is written.
    let mut changes = changes.to_vec();
    for s in before_submit_order(&scripts) {
        for (field, value) in script_actions(emu, s.script, "beforesubmit")? {
            changes.retain(|(f, _)| f != &field);
            changes.push((field, value));
        }
        report.scripts.push(ScriptRun {
            entry: "beforeSubmit",
            script: s.scriptid.clone(),
            name: s.name.clone(),
            result: "ran".into(),
        });
    }
    write_record(emu, kind, id, &changes)?;

    for s in after_submit_order(&scripts) {
        let result = match s.kind.as_str() {
            "send_v2" => {
                let outcome = send_v2(emu, kind, id, &recordtype, context, s.run_as_role);
                report.send = outcome.clone();
                outcome
            }
            "send_v1" => {
                let outcome = "failed: the SuiteScript 1.0 script supports only SuiteSignOn, which NetSuite no longer supports".to_string();
                email(emu, &format!("{}: {outcome}", report.record));
                report.send = outcome.clone();
                outcome
            }
            _ => {
                let actions = script_actions(emu, s.script, "aftersubmit")?;
                if !actions.is_empty() {
                    // An afterSubmit script that changes the record writes it again (record.submitFields).
                    write_record(emu, kind, id, &actions)?;
                }
                "ran".to_string()
            }
        };
        emu.event(
            "script",
            &format!("{} afterSubmit {}: {result}", report.record, s.scriptid),
        );
        report.scripts.push(ScriptRun {
            entry: "afterSubmit",
            script: s.scriptid.clone(),
            name: s.name.clone(),
            result,
        });
    }
    let db = emu.db();
    report.netsuite_value = record_summary(&db, kind, id)?;
    report.openair_value = db
        .query_row(
            "SELECT data FROM emu_oa_record WHERE oa_type = ?1 AND externalid = ?2",
            params![kind.oa_type, id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(report)
}

/// The deployment record type of a record: customers are CUSTOMER, LEAD or PROSPECT by their stage.
fn netsuite_record_type(emu: &Emu, kind: &RecordKind, id: i64) -> Result<String> {
    if kind.table != "customer" {
        return Ok(kind.table.to_ascii_uppercase());
    }
    let stage: Option<String> = emu.db().query_row(
        "SELECT searchstage FROM customer WHERE id = ?1",
        params![id],
        |r| r.get(0),
    )?;
    Ok(match stage.as_deref() {
        Some("Lead") => "LEAD",
        Some("Prospect") => "PROSPECT",
        _ => "CUSTOMER",
    }
    .to_string())
}

fn table_columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
    let cols = stmt
        .query_map(params![table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(cols)
}

fn script_actions(emu: &Emu, script: i64, entry: &str) -> Result<Vec<(String, String)>> {
    let db = emu.db();
    let mut stmt =
        db.prepare("SELECT field, value FROM emu_script_action WHERE script = ?1 AND entry = ?2")?;
    let rows = stmt
        .query_map(params![script, entry], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn write_record(emu: &Emu, kind: &RecordKind, id: i64, changes: &[(String, String)]) -> Result<()> {
    let now = timestamp(emu.now());
    let db = emu.db();
    for (field, value) in changes {
        // Field names were checked against the table's columns (or come from the seed).
        db.execute(
            &format!("UPDATE {} SET {field} = ?1 WHERE id = ?2", kind.table),
            params![value, id],
        )?;
    }
    db.execute(
        &format!(
            "UPDATE {} SET lastmodifieddate = ?1 WHERE id = ?2",
            kind.table
        ),
        params![now, id],
    )?;
    Ok(())
}

/// What OpenAir holds of a record: its name and comments.
fn record_summary(conn: &Connection, kind: &RecordKind, id: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT json_object('name', {}, 'comments', comments) FROM {} WHERE id = ?1",
                kind.name_sql, kind.table
            ),
            params![id],
            |r| r.get(0),
        )
        .optional()?)
}

fn email(emu: &Emu, message: &str) {
    let to = settings_value(emu, settings::ERROR_EMAIL.id)
        .unwrap_or_else(|| "(no error e-mail set)".into());
    emu.event("email", &format!("to {to}: {message}"));
}

fn settings_value(emu: &Emu, field: &str) -> Option<String> {
    // A field the installed bundle lacks reads as empty.
    emu.db()
        .query_row(
            &format!("SELECT {field} FROM {SETTINGS_RECORD} WHERE id = 1"),
            [],
            |r| r.get(0),
        )
        .ok()
        .flatten()
        .filter(|v: &String| !v.is_empty())
}

/// The v2.0 send script's afterSubmit: decides whether to send, signs and calls OpenAir.
fn send_v2(
    emu: &Emu,
    kind: &RecordKind,
    id: i64,
    recordtype: &str,
    context: &str,
    run_as_role: Option<i64>,
) -> String {
    match send_v2_inner(emu, kind, id, recordtype, context, run_as_role) {
        Ok(outcome) => outcome,
        Err(e) => {
            let outcome = format!("failed: {e}");
            email(emu, &format!("{}:{id}: {outcome}", kind.name));
            outcome
        }
    }
}

fn send_v2_inner(
    emu: &Emu,
    kind: &RecordKind,
    id: i64,
    recordtype: &str,
    context: &str,
    run_as_role: Option<i64>,
) -> Result<String> {
    // Contexts: the UI always; single-record SOAP/RESTlet updates of customers, projects and users only with
    // 369630 4.01 and the settings' switches; never CSV import, SuiteScript or workflows.
    let fires = match context {
        "userinterface" => true,
        "webservices" | "restlet" => {
            let addon = emu
                .bundle_version(REALTIME_ADDON)
                .and_then(|v| crate::platform::bundles::Version::parse(&v));
            let field = match (context, kind.oa_type) {
                ("webservices", "customer" | "project" | "user") => {
                    Some(format!("custrecord_oa_realtime_soap_{}", kind.oa_type))
                }
                ("restlet", "customer" | "project" | "user") => {
                    Some(format!("custrecord_oa_realtime_restlet_{}", kind.oa_type))
                }
                _ => None,
            };
            addon.is_some_and(|v| {
                v >= crate::platform::bundles::Version::parse("4.01").expect("valid")
            }) && field.and_then(|f| settings_value(emu, &f)).as_deref() == Some("T")
        }
        _ => false,
    };
    if !fires {
        return Ok(format!(
            "skipped: the {context} context does not trigger the real-time import"
        ));
    }
    if settings_value(emu, settings::ENABLE.id).as_deref() != Some("T") {
        return Ok("skipped: real-time integration is off in the settings record".into());
    }
    let flagged: Option<String> = emu
        .db()
        .query_row(
            &format!(
                "SELECT {} FROM {} WHERE id = ?1",
                kind.export_field, kind.table
            ),
            params![id],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    if flagged.as_deref() != Some("T") {
        return Ok("skipped: the record is not flagged for export to OpenAir".into());
    }
    match recordtype {
        "LEAD" if settings_value(emu, settings::INCLUDE_LEADS.id).as_deref() != Some("T") => {
            return Ok("skipped: leads are not included in the settings record".into());
        }
        "PROSPECT"
            if settings_value(emu, settings::INCLUDE_PROSPECTS.id).as_deref() != Some("T") =>
        {
            return Ok("skipped: prospects are not included in the settings record".into());
        }
        _ => {}
    }
    let (url, db_id) = match (
        settings_value(emu, settings::OPENAIR_URL.id),
        settings_value(emu, settings::OPENAIR_DB_ID.id),
    ) {
        (Some(u), Some(d)) => (u, d),
        _ => bail!(
            "the settings record has no OpenAir URL or database id, so the script falls back to SuiteSignOn, which NetSuite no longer supports"
        ),
    };
    // Signing needs the certificate and a role allowed to use it (the deployment's Execute As Role).
    let role_can_sign = run_as_role.is_some_and(|role| {
        emu.db()
            .query_row(
                "SELECT 1 FROM rolepermissions WHERE role = ?1 AND permkey IN ('LIST_CERTIFICATES', 'ADMI_CERTIFICATES') AND CAST(permlevel AS INTEGER) >= 1",
                params![role],
                |_| Ok(()),
            )
            .optional()
            .ok()
            .flatten()
            .is_some()
    });
    if !role_can_sign {
        bail!(
            "INSUFFICIENT_PERMISSION: the deployment's Execute As Role may not use {REALTIME_CERT}"
        );
    }
    let cert: Option<(Option<String>, String)> = emu
        .db()
        .query_row(
            "SELECT private_key_pem, placeholder FROM emu_ns_certificate WHERE scriptid = ?1",
            params![REALTIME_CERT],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let key = match cert {
        None => bail!("SSS_INVALID_CERTIFICATE_ID: {REALTIME_CERT} does not exist"),
        Some((_, placeholder)) if placeholder == "T" => {
            bail!(
                "{REALTIME_CERT} is still the placeholder openair-certificate.pem: it cannot sign"
            )
        }
        Some((Some(key), _)) => key,
        Some((None, _)) => bail!("{REALTIME_CERT} has no private key"),
    };
    let other_types = pending_types(emu)?;
    let user = "-5";
    let canonical = canonical_string(
        &db_id,
        kind.oa_type,
        &id.to_string(),
        user,
        &other_types.join(","),
    );
    let signature = certs::sign(&key, &canonical).map_err(anyhow::Error::msg)?;
    if !is_this_company(emu, &url) {
        bail!(
            "the request went to {url}, which is not the OpenAir company paired with this account (sandbox accounts connect only to sandbox accounts)"
        );
    }
    let answer = netsuite_pl(
        emu,
        &canonical_params(
            &db_id,
            kind.oa_type,
            &id.to_string(),
            user,
            &other_types.join(","),
        ),
        &signature,
    );
    handle_answer(emu, kind.oa_type, &other_types, &answer)?;
    Ok(format!("sent: OpenAir answered {answer}"))
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

fn canonical_params(
    db_id: &str,
    record_type: &str,
    ns_id: &str,
    user: &str,
    other_types: &str,
) -> Vec<(String, String)> {
    [
        ("action", "synchronize"),
        ("db_id", db_id),
        ("record_type", record_type),
        ("ns_id", ns_id),
        ("netsuite_user_id", user),
        ("other_types", other_types),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// Whether a settings URL is this emulator's OpenAir company (either domain family, its environment).
fn is_this_company(emu: &Emu, url: &str) -> bool {
    let company = emu
        .meta("oa_company")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let env = match emu.meta("oa_environment").as_deref() {
        Some("sandbox") => "sandbox.",
        Some("preview") => "preview.",
        _ => "",
    };
    let Ok(u) = url::Url::parse(url) else {
        return false;
    };
    let host = u.host_str().unwrap_or("").to_ascii_lowercase();
    host == format!("{company}.app.{env}openair.com")
        || host == format!("{company}.app.{env}netsuitesuiteprojectspro.com")
}

/// Types flagged on `customrecord_oa_record_type_synch` to be re-sent.
fn pending_types(emu: &Emu) -> Result<Vec<String>> {
    let db = emu.db();
    let mut stmt = db.prepare(
        "SELECT custrecord_oa_record_type FROM customrecord_oa_record_type_synch WHERE custrecord_oa_synch_pending = 'T' ORDER BY id",
    )?;
    let v = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// What the script does with OpenAir's answer: `<type>=T` clears the flags it re-sent, `<type>=F` flags the
/// type for the next time, `Error: ...` is e-mailed.
fn handle_answer(emu: &Emu, oa_type: &str, resent: &[String], answer: &str) -> Result<()> {
    let db = emu.db();
    if answer == format!("{oa_type}=T") {
        for t in resent {
            db.execute(
                "UPDATE customrecord_oa_record_type_synch SET custrecord_oa_synch_pending = 'F' WHERE custrecord_oa_record_type = ?1",
                params![t],
            )?;
        }
        return Ok(());
    }
    if answer == format!("{oa_type}=F") {
        db.execute(
            "UPDATE customrecord_oa_record_type_synch SET custrecord_oa_synch_pending = 'T' WHERE custrecord_oa_record_type = ?1",
            params![oa_type],
        )?;
        return Ok(());
    }
    drop(db);
    bail!("OpenAir answered {answer}")
}

// ---- OpenAir: netsuite.pl ------------------------------------------------------------------------------------

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

// ---- the real-time certificate ------------------------------------------------------------------------------

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

    fn ue(script: i64, before: bool, localized: bool, position: Option<i64>) -> UeScript {
        UeScript {
            script,
            scriptid: format!("customscript_{script}"),
            name: format!("s{script}"),
            kind: "custom".into(),
            has_before_submit: before,
            has_after_submit: true,
            localized,
            position,
            deployment: script,
            run_as_role: None,
        }
    }

    #[test]
    fn after_submit_order_follows_the_documented_rules() {
        let scripts = vec![
            ue(1, false, false, Some(0)), // page first, afterSubmit only
            ue(2, true, false, Some(5)),  // has beforeSubmit: runs first whatever the page says
            ue(3, false, true, Some(1)),  // localized: after the non-localized ones
            ue(4, false, false, Some(2)),
            ue(5, false, false, None), // not on the page: last of its group
        ];
        let order: Vec<i64> = after_submit_order(&scripts)
            .iter()
            .map(|s| s.script)
            .collect();
        assert_eq!(order, vec![2, 1, 4, 5, 3]);
    }

    #[test]
    fn before_submit_only_runs_scripts_with_that_entry_point() {
        let mut a = ue(1, true, true, Some(0));
        a.has_after_submit = false;
        let scripts = vec![a, ue(2, true, false, Some(9)), ue(3, false, false, Some(1))];
        let order: Vec<i64> = before_submit_order(&scripts)
            .iter()
            .map(|s| s.script)
            .collect();
        assert_eq!(order, vec![2, 1]);
    }

    #[test]
    fn canonical_string_is_exact() {
        assert_eq!(
            canonical_string("acme", "customer", "1001", "-5", ""),
            "action=synchronize&db_id=acme&record_type=customer&ns_id=1001&netsuite_user_id=-5&other_types="
        );
    }
}
