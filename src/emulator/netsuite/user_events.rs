//! What runs when a record is saved: the deployed user event scripts in NetSuite's documented order, the
//! account's own scripts changing the record, and the v2.0 send script, which signs the canonical string with
//! `custcertificate_oa_realtime` and calls OpenAir's `netsuite.pl` (or the 1.0 script, which can only fail).

use anyhow::{Result, bail};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::RecordKind;
use crate::emulator::certs;
use crate::emulator::clock::timestamp;
use crate::emulator::openair::realtime::{canonical_string, netsuite_pl};
use crate::emulator::state::Emu;
use crate::platform::bundles::REALTIME_ADDON;
use crate::platform::certificate::SCRIPT_ID as REALTIME_CERT;
use crate::platform::settings::{self, RECORD_TYPE as SETTINGS_RECORD};

/// The execution contexts a UI surface save can claim.
pub const CONTEXTS: &[&str] = &[
    "userinterface",
    "csvimport",
    "suitescript",
    "workflow",
    "webservices",
    "restlet",
];

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
                s.aftersubmitfunction IS NOT NULL, f.localizationcontext IS NOT NULL, o.position, d.primarykey,
                f.runasrole, f.eventtype
         FROM scriptdeployment d
         JOIN emu_deployment_field f ON f.primarykey = d.primarykey
         JOIN script s ON s.id = d.script
         LEFT JOIN emu_script_meta m ON m.script = s.id
         LEFT JOIN emu_script_order o ON o.recordtype = d.recordtype AND o.script = s.id
         WHERE d.recordtype = ?1 AND d.isdeployed = 'T' AND d.status = 'RELEASED' AND f.allroles = 'T'
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
            let value = expand(emu, kind, id, &s.scriptid, &value)?;
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
                let actions = script_actions(emu, s.script, "aftersubmit")?
                    .into_iter()
                    .map(|(field, value)| Ok((field, expand(emu, kind, id, &s.scriptid, &value)?)))
                    .collect::<Result<Vec<_>>>()?;
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
            "SELECT data FROM emu_oa_record WHERE oa_type = ?1 AND netsuite_id = ?2",
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

/// What a script writes: its action's value with `{run}` (how many times the script has run, counted per script,
/// so each save writes something new) and `{COLUMN}` (the record's current value of that column) filled in.
fn expand(emu: &Emu, kind: &RecordKind, id: i64, scriptid: &str, value: &str) -> Result<String> {
    if !value.contains('{') {
        return Ok(value.to_string());
    }
    let mut out = value.to_string();
    if out.contains("{run}") {
        let key = format!("script_runs:{scriptid}");
        let run = emu
            .meta(&key)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
            + 1;
        emu.set_meta(&key, &run.to_string())?;
        out = out.replace("{run}", &run.to_string());
    }
    let columns = table_columns(&emu.db(), kind.table)?;
    for column in columns {
        let token = format!("{{{column}}}");
        if out.contains(&token) {
            let current: Option<String> = emu.db().query_row(
                &format!(
                    "SELECT CAST({column} AS TEXT) FROM {} WHERE id = ?1",
                    kind.table
                ),
                params![id],
                |r| r.get(0),
            )?;
            out = out.replace(&token, current.as_deref().unwrap_or(""));
        }
    }
    Ok(out)
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
            // The active record (which one the bundle reads when several are active is unconfirmed:
            // docs/emulator-fidelity.md).
            &format!(
                "SELECT {field} FROM {SETTINGS_RECORD} WHERE isinactive = 'F' ORDER BY id LIMIT 1"
            ),
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
        .meta("oa_host_label")
        .or_else(|| emu.meta("oa_company"))
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
}
