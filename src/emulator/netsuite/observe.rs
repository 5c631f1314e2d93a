//! The companion RESTlet's `observe` action (DESIGN.md "The companion RESTlet"): every part a command asks for, in
//! one call, as the SuiteScript source answers it — the caller's SuiteQL queries run with `N/query` under the
//! caller's role (so the same tables, columns and refusals as the REST SuiteQL endpoint), deployments loaded with
//! `N/record`, bundles from `N/suiteAppInfo`, the certificate from `N/certificateControl` and
//! `N/crypto/certificate`. Each part answers its result or its own error.
//!
//! Governance: a RESTlet call has 5,000 usage units (Oracle, "RESTlet Governance and Security",
//! section_4640094112); `query.runSuiteQL` costs 10 (section_157960470046), `record.load` 5 for a script
//! deployment (a customization record) and 2 for a custom record ("SuiteScript 2.x API Governance",
//! section_157072844224). The costs of a further page of a paged query, of `N/suiteAppInfo` and of the certificate
//! modules are not documented there; the emulator charges 10 each (docs/emulator-fidelity.md). Deployments are
//! read last, and those the remaining units do not cover are answered as `pending` for the caller to read in
//! calls of their own.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use super::auth::readable_tables;
use super::restlet::{answer, error, refused_for_role};
use super::suiteql::engine;
use crate::emulator::state::{Emu, PUBLIC_TABLES};
use crate::platform::companion::{
    Action, BundlesContainingScripts, GetCertificate, GetDeployments, ListBundles, Observe,
    SignProbe,
};
use crate::platform::settings::FieldKind;

/// Usage units of one RESTlet call.
pub const UNITS: u32 = 5000;
const QUERY_UNITS: u32 = 10;
const PAGE_UNITS: u32 = 10;
const DEPLOYMENT_LOAD_UNITS: u32 = 5;
const CUSTOM_RECORD_LOAD_UNITS: u32 = 2;
const MODULE_CALL_UNITS: u32 = 10;
/// Deployments the companion finds by one query (as `findDeployments` in the SuiteScript source).
const FIND_BATCH: usize = 100;
/// Units the companion keeps for its reply after the last deployment it reads.
const RESERVE_UNITS: u32 = 20;
/// Rows per page of `query.runSuiteQLPaged`.
const PAGE_ROWS: u64 = 1000;

/// Answers an `observe` request for the caller's `role`.
pub fn observe(emu: &Emu, role: i64, request: &Map<String, Value>) -> Value {
    let Ok(req) = serde_json::from_value::<Observe>(Value::Object(request.clone())) else {
        return error(
            "INVALID_REQUEST",
            "observe takes queries (name → SuiteQL), deploymentFields, scriptBundles, record, bundles and certificate",
        );
    };
    // Governance as the call spends it; `units` in a test scenario may lower it.
    let limit = emu
        .meta("restlet_units")
        .and_then(|u| u.parse().ok())
        .unwrap_or(UNITS);
    let mut used = 0u32;
    let mut out = Map::new();
    out.insert("ok".into(), Value::Bool(true));

    let mut queries = Map::new();
    let mut rows_of: std::collections::BTreeMap<String, Vec<Map<String, Value>>> =
        Default::default();
    for (name, q) in &req.queries {
        let part = match run_query(emu, role, q, &mut used) {
            Ok(rows) => {
                rows_of.insert(name.clone(), rows.clone());
                json!({ "ok": true, "rows": rows })
            }
            Err(e) => e,
        };
        queries.insert(name.clone(), part);
    }
    out.insert("queries".into(), Value::Object(queries));

    // A single action of the companion, answered as the action answers it (its `ok` flag left in: the tool reads
    // the part's fields, or its `error`).
    let action = |name: &str, fields: Value, used: &mut u32| -> Value {
        *used += MODULE_CALL_UNITS;
        let mut sub = match fields {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        sub.insert("action".into(), Value::String(name.into()));
        refused_for_role(emu, role, &sub).unwrap_or_else(|| answer(emu, &sub))
    };
    let values_of = |columns: &[crate::platform::companion::Column]| -> Vec<String> {
        let set: BTreeSet<String> = columns
            .iter()
            .filter_map(|c| rows_of.get(&c.query).map(|rows| (rows, &c.column)))
            .flat_map(|(rows, column)| rows.iter().filter_map(|r| r.get(column.as_str())))
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        set.into_iter().collect()
    };

    if let Some(record) = &req.record
        && let Some([one]) = rows_of.get(&record.ids_from).map(Vec::as_slice)
        && let Some(id) = one.get("id").and_then(Value::as_str)
    {
        used += CUSTOM_RECORD_LOAD_UNITS;
        out.insert("record".into(), load_settings(emu, id));
    }
    if req.bundles {
        out.insert(
            "bundles".into(),
            action(ListBundles::NAME, json!({}), &mut used),
        );
    }
    if let Some(probe) = &req.certificate {
        let got = action(
            GetCertificate::NAME,
            json!({ "scriptId": probe.script_id }),
            &mut used,
        );
        let exists = got.get("exists").and_then(Value::as_bool) == Some(true);
        out.insert("certificate".into(), got);
        if exists {
            out.insert(
                "signature".into(),
                action(
                    SignProbe::NAME,
                    json!({ "scriptId": probe.script_id, "message": probe.message }),
                    &mut used,
                ),
            );
        }
    }
    if !req.script_bundles.is_empty() {
        out.insert(
            "scriptBundles".into(),
            action(
                BundlesContainingScripts::NAME,
                json!({ "scriptIds": values_of(&req.script_bundles) }),
                &mut used,
            ),
        );
    }
    if !req.deployment_fields.is_empty() {
        let ids = values_of(&req.deployment_fields);
        // Their internal ids first (one query per 100), then as many loads as the remaining units cover, each 5,
        // keeping the reserve; the rest for calls of their own.
        used += QUERY_UNITS * ids.len().div_ceil(FIND_BATCH) as u32;
        let affordable =
            (limit.saturating_sub(used + RESERVE_UNITS) / DEPLOYMENT_LOAD_UNITS) as usize;
        let (now, later) = ids.split_at(ids.len().min(affordable));
        used += DEPLOYMENT_LOAD_UNITS * now.len() as u32;
        let mut sub = Map::new();
        sub.insert("action".into(), GetDeployments::NAME.into());
        sub.insert("scriptIds".into(), json!(now));
        let mut part = answer(emu, &sub);
        if !later.is_empty()
            && let Some(m) = part.as_object_mut()
        {
            m.insert("pending".into(), json!(later));
        }
        out.insert("deploymentFields".into(), part);
    }
    out.insert("usage".into(), json!(used));
    Value::Object(out)
}

/// A query's rows as `N/query` maps them, every page (10 units for the query, 10 per further page), or the part's
/// error in NetSuite's words.
fn run_query(
    emu: &Emu,
    role: i64,
    q: &str,
    used: &mut u32,
) -> Result<Vec<Map<String, Value>>, Value> {
    *used += QUERY_UNITS;
    let tables = readable_tables(emu, role);
    let refused = emu
        .refused_columns
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let mut rows = Vec::new();
    let mut offset = 0;
    loop {
        let page = {
            let mut db = emu.db();
            engine::run_page(&mut db, q, &tables, &refused, PAGE_ROWS, offset)
        };
        let page = page.map_err(|e| {
            // A table the account has but the caller's role may not read: "not found", as for REST.
            let e = match e {
                engine::SuiteQlError::UnknownTable(t)
                    if PUBLIC_TABLES.iter().any(|p| p.eq_ignore_ascii_case(&t)) =>
                {
                    engine::SuiteQlError::UnknownRecord(t)
                }
                other => other,
            };
            error(engine::ERROR_CODE, e.detail())
        })?;
        for row in &page.rows {
            let mut item = Map::new();
            for (col, v) in page.columns.iter().zip(row) {
                if let Some(v) = v {
                    item.insert(col.clone(), Value::String(v.clone()));
                }
            }
            rows.push(item);
        }
        offset += PAGE_ROWS;
        if offset >= page.total_results {
            return Ok(rows);
        }
        *used += PAGE_UNITS;
    }
}

/// `record.load` of the settings record: `getValue` of every field the installed 369637 has (checkboxes as
/// booleans, lists as the selected id, empty ones left out as the record API leaves them out) and `getFields`.
fn load_settings(emu: &Emu, id: &str) -> Value {
    let fields = emu.settings_fields();
    let columns: Vec<&str> = fields.iter().map(|f| f.id).collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ?1",
        if columns.is_empty() {
            "id".to_string()
        } else {
            columns.join(", ")
        },
        crate::platform::settings::RECORD_TYPE
    );
    let row: rusqlite::Result<Vec<Option<String>>> = emu.db().query_row(&sql, [id], |r| {
        (0..columns.len().max(1))
            .map(|i| r.get::<_, Option<String>>(i))
            .collect()
    });
    let row = match row {
        Ok(row) => row,
        Err(rusqlite::Error::QueryReturnedNoRows) => {
            return error(
                "RCRD_DSNT_EXIST",
                format!("That record does not exist. (id {id})"),
            );
        }
        Err(e) => return error("UNEXPECTED_ERROR", e.to_string()),
    };
    let mut values = Map::new();
    for (f, v) in fields.iter().zip(&row) {
        match (f.kind, v) {
            (FieldKind::Checkbox, v) => {
                values.insert(f.id.into(), json!(v.as_deref() == Some("T")));
            }
            (_, None) => {}
            (_, Some(s)) if s.is_empty() => {}
            (_, Some(s)) => {
                values.insert(f.id.into(), json!(s));
            }
        }
    }
    let mut names = vec!["id".to_string(), "name".into(), "isinactive".into()];
    names.extend(fields.iter().map(|f| f.id.to_string()));
    json!({ "ok": true, "id": id, "values": values, "fields": names })
}
