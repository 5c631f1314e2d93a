//! The REST record API for the one record type oa-rt reads and writes, the SRP integration settings record
//! (GET and PATCH), and its metadata catalog, with the fields the installed 369637 has.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rusqlite::{OptionalExtension, params};
use serde_json::{Map, Value, json};

use super::auth::reject_rest;
use super::{request_url, rest_error};
use crate::emulator::clock::timestamp;
use crate::emulator::state::Emu;
use crate::platform::settings::{FieldKind, RECORD_TYPE as SETTINGS_RECORD};

/// The row read for a record GET, or NetSuite's answer when there is none (or the read failed).
fn found<T>(
    row: rusqlite::Result<Option<T>>,
    record_type: &str,
    id: &str,
) -> Result<T, Box<Response>> {
    match row {
        Ok(Some(values)) => Ok(values),
        Ok(None) => Err(Box::new(record_not_found(record_type, id))),
        Err(e) => Err(Box::new(rest_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNEXPECTED_ERROR",
            &e.to_string(),
            None,
        ))),
    }
}

fn record_not_found(record_type: &str, id: &str) -> Response {
    rest_error(
        StatusCode::NOT_FOUND,
        "NONEXISTENT_ID",
        &format!(
            "The record instance does not exist. Provide a valid record instance ID. (type {record_type}, id {id})"
        ),
        None,
    )
}

/// What both record routes check first: the credentials, and that the record type is one we serve.
fn reject_record_request(
    emu: &Emu,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    record_type: &str,
) -> Option<Response> {
    emu.count("netsuite.record");
    if let Some(rejection) = reject_rest(emu, method, uri, headers) {
        return Some(rejection);
    }
    (record_type != SETTINGS_RECORD).then(|| {
        rest_error(
            StatusCode::BAD_REQUEST,
            "INVALID_ID",
            &format!(
                "Record type '{record_type}' does not exist or is not available in this emulator."
            ),
            None,
        )
    })
}

pub async fn record_get(
    State(emu): State<Arc<Emu>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path((record_type, id)): Path<(String, String)>,
) -> Response {
    if let Some(table) = entity_table(&record_type) {
        emu.count("netsuite.record");
        if let Some(rejection) = reject_rest(&emu, &method, &uri, &headers) {
            return rejection;
        }
        return entity_get(&emu, &uri, &headers, &record_type, table, &id);
    }
    if let Some(rejection) = reject_record_request(&emu, &method, &uri, &headers, &record_type) {
        return rejection;
    }
    let fields = emu.settings_fields();
    let columns: Vec<&str> = fields.iter().map(|f| f.id).collect();
    let sql = format!(
        "SELECT CAST(id AS TEXT), name, isinactive, created, lastmodified{}{} FROM {SETTINGS_RECORD} WHERE id = ?1",
        if columns.is_empty() { "" } else { ", " },
        columns.join(", ")
    );
    let row: rusqlite::Result<Option<Vec<Option<String>>>> = {
        let db = emu.db();
        db.query_row(&sql, params![id], |r| {
            (0..5 + columns.len())
                .map(|i| r.get::<_, Option<String>>(i))
                .collect()
        })
        .optional()
    };
    let values = match found(row, &record_type, &id) {
        Ok(values) => values,
        Err(response) => return *response,
    };
    let self_url = request_url(&headers, &uri)
        .map(|u| u.to_string())
        .unwrap_or_default();
    let mut body = Map::new();
    body.insert("links".into(), json!([{ "rel": "self", "href": self_url }]));
    body.insert("id".into(), json!(values[0].clone().unwrap_or_default()));
    body.insert("name".into(), json!(values[1]));
    body.insert(
        "isInactive".into(),
        json!(values[2].as_deref() == Some("T")),
    );
    if let Some(c) = &values[3] {
        body.insert("created".into(), json!(c));
    }
    if let Some(m) = &values[4] {
        body.insert("lastModified".into(), json!(m));
    }
    for (f, v) in fields.iter().zip(&values[5..]) {
        // The record API leaves empty fields out and types the rest; e-mail and URL fields are text.
        match (f.kind, v) {
            (FieldKind::Checkbox, v) => {
                body.insert(f.id.into(), json!(v.as_deref() == Some("T")));
            }
            (_, None) => {}
            (_, Some(s)) if s.is_empty() => {}
            (FieldKind::Text | FieldKind::Email | FieldKind::Url, Some(s)) => {
                body.insert(f.id.into(), json!(s));
            }
            (FieldKind::Select, Some(s)) => {
                body.insert(
                    f.id.into(),
                    json!({ "id": s, "refName": format!("SuiteSignOn record {s}") }),
                );
            }
        }
    }
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "application/vnd.oracle.resource+json; type=singular",
        )],
        Value::Object(body).to_string(),
    )
        .into_response()
}

/// The entity and activity record types the emulator holds (read only): the REST name, case-insensitive, and
/// its table.
fn entity_table(record_type: &str) -> Option<&'static str> {
    ["customer", "job", "employee", "projecttask"]
        .into_iter()
        .find(|t| t.eq_ignore_ascii_case(record_type))
}

/// How the record API names a column: standard fields in camelCase, custom fields by their id.
fn rest_name(column: &str) -> &str {
    match column {
        "entityid" => "entityId",
        "companyname" => "companyName",
        "firstname" => "firstName",
        "lastname" => "lastName",
        "isinactive" => "isInactive",
        "lastmodifieddate" => "lastModifiedDate",
        "searchstage" => "searchStage",
        other => other,
    }
}

/// A row as (column, value as text).
type Columns = Vec<(String, Option<String>)>;

/// `GET /record/v1/{customer|job|employee|projecttask}/{id}`: the record's fields as the record API types them
/// (empty fields left out, `T`/`F` checkboxes as booleans, references as `{id}`).
fn entity_get(
    emu: &Emu,
    uri: &Uri,
    headers: &HeaderMap,
    record_type: &str,
    table: &str,
    id: &str,
) -> Response {
    let row: rusqlite::Result<Option<Columns>> = {
        let db = emu.db();
        db.prepare(&format!("SELECT * FROM {table} WHERE id = ?1"))
            .and_then(|mut stmt| {
                let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
                stmt.query_row(params![id], |r| {
                    names
                        .iter()
                        .enumerate()
                        .map(|(i, n)| {
                            let v: Option<String> = match r.get_ref(i)? {
                                rusqlite::types::ValueRef::Null => None,
                                rusqlite::types::ValueRef::Integer(n) => Some(n.to_string()),
                                rusqlite::types::ValueRef::Real(f) => Some(f.to_string()),
                                rusqlite::types::ValueRef::Text(t) => {
                                    Some(String::from_utf8_lossy(t).into_owned())
                                }
                                rusqlite::types::ValueRef::Blob(_) => None,
                            };
                            Ok((n.clone(), v))
                        })
                        .collect()
                })
                .optional()
            })
    };
    let values = match found(row, record_type, id) {
        Ok(values) => values,
        Err(response) => return *response,
    };
    let self_url = request_url(headers, uri)
        .map(|u| u.to_string())
        .unwrap_or_default();
    let mut body = Map::new();
    body.insert("links".into(), json!([{ "rel": "self", "href": self_url }]));
    for (column, value) in values {
        let Some(value) = value.filter(|v| !v.is_empty()) else {
            continue;
        };
        let key = rest_name(&column).to_string();
        let json = match column.as_str() {
            "id" => json!(value),
            "parent" | "company" => json!({ "id": value }),
            c if c == "isinactive"
                || c.starts_with("custentity_")
                || c.starts_with("custevent_") =>
            {
                json!(value == "T")
            }
            _ => json!(value),
        };
        body.insert(key, json);
    }
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "application/vnd.oracle.resource+json; type=singular",
        )],
        Value::Object(body).to_string(),
    )
        .into_response()
}

pub async fn record_patch(
    State(emu): State<Arc<Emu>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path((record_type, id)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    if let Some(rejection) = reject_record_request(&emu, &method, &uri, &headers, &record_type) {
        return rejection;
    }
    let Ok(Value::Object(patch)) = serde_json::from_slice::<Value>(&body) else {
        return rest_error(
            StatusCode::BAD_REQUEST,
            "INVALID_CONTENT",
            "The request body is not a JSON object.",
            None,
        );
    };
    let fields = emu.settings_fields();
    // Validate everything first: a PATCH applies whole or not at all.
    let mut updates: Vec<(&str, Option<String>)> = Vec::new();
    for (key, value) in &patch {
        if key == "links" || key == "id" {
            continue;
        }
        // The record's standard fields, then its custom fields.
        let field = match key.as_str() {
            "name" => Some(("name", FieldKind::Text)),
            "isInactive" => Some(("isinactive", FieldKind::Checkbox)),
            _ => fields.iter().find(|f| f.id == key).map(|f| (f.id, f.kind)),
        };
        let Some((column, kind)) = field else {
            return rest_error(
                StatusCode::BAD_REQUEST,
                "USER_ERROR",
                &format!("Invalid field '{key}' for record type '{SETTINGS_RECORD}'."),
                Some(key),
            );
        };
        // E-mail and URL fields take any text, as the emulator does not check their form.
        let stored = match (kind, value) {
            (_, Value::Null) => None,
            (FieldKind::Checkbox, Value::Bool(b)) => Some(if *b { "T" } else { "F" }.to_string()),
            (FieldKind::Text | FieldKind::Email | FieldKind::Url, Value::String(s)) => {
                Some(s.clone())
            }
            (FieldKind::Select, Value::Object(o)) => match o.get("id").and_then(|v| v.as_str()) {
                Some(id) => Some(id.to_string()),
                None => return invalid_value(key),
            },
            _ => return invalid_value(key),
        };
        updates.push((column, stored));
    }
    let modified = timestamp(emu.now());
    {
        let db = emu.db();
        let exists = db
            .query_row(
                &format!("SELECT 1 FROM {SETTINGS_RECORD} WHERE id = ?1"),
                params![id],
                |_| Ok(()),
            )
            .optional()
            .ok()
            .flatten()
            .is_some();
        if !exists {
            drop(db);
            return record_not_found(&record_type, &id);
        }
        for (field, value) in &updates {
            // Field ids come from the catalog, never from the request.
            if let Err(e) = db.execute(
                &format!("UPDATE {SETTINGS_RECORD} SET {field} = ?1 WHERE id = ?2"),
                params![value, id],
            ) {
                return rest_error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "UNEXPECTED_ERROR",
                    &e.to_string(),
                    None,
                );
            }
        }
        let _ = db.execute(
            &format!("UPDATE {SETTINGS_RECORD} SET lastmodified = ?1 WHERE id = ?2"),
            params![modified, id],
        );
    }
    let location = request_url(&headers, &uri)
        .map(|u| u.to_string())
        .unwrap_or_default();
    (StatusCode::NO_CONTENT, [(header::LOCATION, location)]).into_response()
}

fn invalid_value(key: &str) -> Response {
    rest_error(
        StatusCode::BAD_REQUEST,
        "INVALID_CONTENT",
        &format!("Invalid value for field '{key}'."),
        Some(key),
    )
}

/// `GET /services/rest/record/v1/metadata-catalog/{type}`: the record's fields as JSON Schema. The settings
/// record lists only the fields the installed 369637 has.
pub async fn metadata(
    State(emu): State<Arc<Emu>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(record_type): Path<String>,
) -> Response {
    if let Some(rejection) = reject_record_request(&emu, &method, &uri, &headers, &record_type) {
        return rejection;
    }
    let mut properties = Map::new();
    properties.insert(
        "id".into(),
        json!({ "type": "string", "title": "Internal ID" }),
    );
    properties.insert("name".into(), json!({ "type": "string", "title": "Name" }));
    properties.insert(
        "isInactive".into(),
        json!({ "type": "boolean", "title": "Inactive" }),
    );
    for f in emu.settings_fields() {
        let schema = match f.kind {
            FieldKind::Checkbox => json!({ "type": "boolean", "title": f.id }),
            FieldKind::Text | FieldKind::Email | FieldKind::Url => {
                json!({ "type": "string", "title": f.id })
            }
            FieldKind::Select => {
                json!({ "type": "object", "title": f.id, "properties": { "id": { "type": "string" }, "refName": { "type": "string" } } })
            }
        };
        properties.insert(f.id.into(), schema);
    }
    let body = json!({
        "type": "object",
        "properties": properties,
        "x-ns-custom-record": true,
    });
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/schema+json")],
        body.to_string(),
    )
        .into_response()
}
