//! OpenAir's XML API (`api.pl`): the envelope, `Auth`, `Whoami`, `Time`, `Read type="RateLimit"`, with per-command
//! status codes and HTTP 200 even on errors, as the real API answers.
//!
//! The objects the NetSuite Connector imported carry the NetSuite internal id in a "NetSuite ID" custom field
//! (`crate::platform::openair_objects`): a `Read` filters on it, and shows custom fields, only with
//! `enable_custom="1"`. Reads with an access token see the objects of the token's cached filter set — those
//! created up to when the token was issued — until a read carries `clear_filter_cache="1"` (Oracle,
//! article_5124033554).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Timelike};
use rusqlite::{OptionalExtension, params};

use crate::emulator::state::Emu;
use crate::xml::{self, Element};

fn reply(root: Element) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        root.to_xml(true),
    )
        .into_response()
}

fn status(name: &str, code: u32) -> Element {
    Element::new(name).attr("status", code.to_string())
}

struct OaUser {
    id: i64,
    nickname: String,
    name: String,
    /// The access token the request signed in with (its filter set applies); None for a password login.
    token: Option<String>,
}

pub async fn api(State(emu): State<Arc<Emu>>, body: Bytes) -> Response {
    emu.count("openair.api");
    let malformed = || reply(Element::new("response").attr("status", "1"));
    let Ok(text) = std::str::from_utf8(&body) else {
        return malformed();
    };
    let Ok(request) = xml::parse(text) else {
        return malformed();
    };
    // Oracle's sample writes API_version; older public clients (the Python oaxmlapi) send API_ver.
    if request.name != "request"
        || (request.get_attr("API_version").is_none() && request.get_attr("API_ver").is_none())
    {
        return malformed();
    }
    let mut commands = request.children.iter();
    let Some(auth) = commands.next().filter(|c| c.name == "Auth") else {
        return malformed();
    };

    // The 24-hour window: every request costs one; none left answers 556 on Auth.
    let remaining: u64 = emu
        .meta("oa_rate_remaining")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    if remaining == 0 {
        return reply(Element::new("response").child(status("Auth", 556)));
    }
    let _ = emu.set_meta("oa_rate_remaining", &(remaining - 1).to_string());

    let user = match login(&emu, &request, auth) {
        Ok(u) => u,
        Err(code) => return reply(Element::new("response").child(status("Auth", code))),
    };
    let mut response = Element::new("response").child(status("Auth", 0));
    for command in commands {
        response = response.child(run_command(&emu, &user, command, remaining - 1));
    }
    reply(response)
}

/// `<Login>` with `<access_token>`, or `<company>`, `<user>`, `<password>` plus the request's namespace and key.
fn login(emu: &Emu, request: &Element, auth: &Element) -> Result<OaUser, u32> {
    let login = auth.find("Login").ok_or(401u32)?;
    let expected_company = emu.meta("oa_company").unwrap_or_default();
    let db = emu.db();
    let row = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Option<OaUser> {
        db.query_row(sql, p, |r| {
            Ok(OaUser {
                id: r.get(0)?,
                nickname: r.get(1)?,
                name: r.get(2)?,
                token: None,
            })
        })
        .optional()
        .ok()
        .flatten()
    };
    if let Some(token) = login.child_text("access_token") {
        // Namespace and key may come along (Oracle's sample sends them); with a token they are not checked.
        return row(
            "SELECT id, nickname, name FROM emu_oa_user WHERE access_token = ?1",
            params![token],
        )
        .map(|u| OaUser {
            token: Some(token.to_string()),
            ..u
        })
        .ok_or(401);
    }
    let company = login.child_text("company").unwrap_or("");
    if !company.eq_ignore_ascii_case(&expected_company) {
        return Err(401);
    }
    row(
        "SELECT id, nickname, name FROM emu_oa_user WHERE nickname = ?1 AND password = ?2 AND api_namespace = ?3 AND api_key = ?4",
        params![
            login.child_text("user").unwrap_or(""),
            login.child_text("password").unwrap_or(""),
            request.get_attr("namespace").unwrap_or(""),
            request.get_attr("key").unwrap_or("")
        ],
    )
    .ok_or(401)
}

fn run_command(emu: &Emu, user: &OaUser, command: &Element, remaining: u64) -> Element {
    match command.name.as_str() {
        "Whoami" => status("Whoami", 0).child(
            Element::new("User")
                .child(Element::leaf("id", user.id.to_string()))
                .child(Element::leaf("nickname", user.nickname.as_str()))
                .child(Element::leaf("name", user.name.as_str())),
        ),
        "Time" => status("Time", 0).child(date_element(emu.now())),
        "Read" => read(emu, user, command, remaining),
        other => status(other, 1),
    }
}

/// OpenAir's `<Date>` element.
fn date_element(unix: i64) -> Element {
    let t = chrono::DateTime::from_timestamp(unix, 0).unwrap_or_default();
    Element::new("Date")
        .child(Element::leaf("year", t.year().to_string()))
        .child(Element::leaf("month", format!("{:02}", t.month())))
        .child(Element::leaf("day", format!("{:02}", t.day())))
        .child(Element::leaf("hour", format!("{:02}", t.hour())))
        .child(Element::leaf("minute", format!("{:02}", t.minute())))
        .child(Element::leaf("second", format!("{:02}", t.second())))
}

/// The XML type names of the objects the real-time import creates, and their table type.
const OBJECTS: &[(&str, &str)] = &[
    ("Customer", "customer"),
    ("Project", "project"),
    ("User", "user"),
    ("Projecttask", "project_task"),
];

/// `Read`: needs `limit` (1–1000, or `offset,limit`) and a method the type supports (`all`, or `equal to` with
/// a filter object naming `id` or `externalid`); `<_Return>` limits the fields answered.
fn read(emu: &Emu, user: &OaUser, command: &Element, remaining: u64) -> Element {
    let limit = command
        .get_attr("limit")
        .and_then(|l| {
            let mut parts = l.split(',').map(|p| p.trim().parse::<u32>().ok());
            match (parts.next(), parts.next()) {
                (Some(Some(n)), None) => Some((0, n)),
                (Some(Some(o)), Some(Some(n))) => Some((o, n)),
                _ => None,
            }
        })
        .filter(|(_, n)| (1..=1000).contains(n));
    let Some((offset, limit)) = limit else {
        return status("Read", 605);
    };
    let method = command.get_attr("method").unwrap_or("");
    match command.get_attr("type") {
        Some("RateLimit") => {
            if method != "all" {
                return status("Read", 604);
            }
            status("Read", 0).child(
                Element::new("RateLimit")
                    .child(Element::leaf("remain_24h_error", remaining.to_string())),
            )
        }
        Some("ImportExport") => read_import_export(emu, command, method, offset, limit),
        Some(t) => match OBJECTS.iter().find(|(x, _)| *x == t) {
            Some((xml_name, oa_type)) => {
                read_objects(emu, user, command, xml_name, oa_type, method, offset, limit)
            }
            None => status("Read", 603),
        },
        None => status("Read", 603),
    }
}

/// The filter of an `equal to` read: (field, value) from `<Type><field>value</field></Type>`.
fn filter_of<'a>(command: &'a Element, xml_name: &str) -> Option<(&'a str, &'a str)> {
    let f = command.find(xml_name)?.children.first()?;
    Some((f.name.as_str(), f.text.trim()))
}

/// The custom field that holds the NetSuite internal id on objects of `oa_type`: this company's name for it
/// (`emu_meta` `oa_netsuite_id_field_<type>`), else the default the platform names.
pub fn netsuite_id_field(emu: &Emu, oa_type: &str) -> String {
    emu.meta(&format!("oa_netsuite_id_field_{oa_type}"))
        .or_else(|| {
            crate::platform::openair_objects::object(oa_type)
                .map(|o| o.netsuite_id_field.to_string())
        })
        .unwrap_or_else(|| format!("netsuite_{oa_type}_id__c"))
}

/// The creation time up to which a read sees objects: the token's filter set (rebuilt now when the read says
/// `clear_filter_cache="1"`, built now when the token has none yet); None (everything) for a password login.
fn visible_until(emu: &Emu, user: &OaUser, command: &Element) -> Option<i64> {
    let token = user.token.as_deref()?;
    let now = emu.now();
    let db = emu.db();
    if command.get_attr("clear_filter_cache") == Some("1") {
        let _ = db.execute(
            "INSERT OR REPLACE INTO emu_oa_filter_cache(access_token, built_at) VALUES (?1, ?2)",
            params![token, now],
        );
        return Some(now);
    }
    let built: Option<i64> = db
        .query_row(
            "SELECT built_at FROM emu_oa_filter_cache WHERE access_token = ?1",
            params![token],
            |r| r.get(0),
        )
        .optional()
        .ok()
        .flatten();
    Some(built.unwrap_or_else(|| {
        let _ = db.execute(
            "INSERT OR REPLACE INTO emu_oa_filter_cache(access_token, built_at) VALUES (?1, ?2)",
            params![token, now],
        );
        now
    }))
}

#[allow(clippy::too_many_arguments)]
fn read_objects(
    emu: &Emu,
    user: &OaUser,
    command: &Element,
    xml_name: &str,
    oa_type: &str,
    method: &str,
    offset: u32,
    limit: u32,
) -> Element {
    let custom = command.get_attr("enable_custom") == Some("1");
    let id_field = netsuite_id_field(emu, oa_type);
    // The filter as a column of emu_oa_record: standard properties, or the NetSuite ID custom field (which
    // needs enable_custom; any other custom field is unknown here).
    let filter = match method {
        "all" => None,
        "equal to" => match filter_of(command, xml_name) {
            Some((field @ ("id" | "externalid"), value)) => Some((field, value.to_string())),
            Some((field, value)) if custom && field == id_field => {
                Some(("netsuite_id", value.to_string()))
            }
            Some(_) => return status("Read", 602),
            None => return status("Read", 604),
        },
        _ => return status("Read", 604),
    };
    // `<_Return>` names the fields to answer with; one the object does not have is an invalid field (602).
    let wanted: Option<Vec<String>> = command
        .find("_Return")
        .map(|r| r.children.iter().map(|c| c.name.clone()).collect());
    if let Some(w) = &wanted {
        let known = |f: &str| {
            matches!(f, "id" | "name" | "externalid" | "updated") || (custom && f == id_field)
        };
        if w.iter().any(|f| !known(f)) {
            return status("Read", 602);
        }
    }
    let returned = |f: &str| wanted.as_ref().is_none_or(|w| w.iter().any(|x| x == f));
    let until = visible_until(emu, user, command);
    let db = emu.db();
    let column = filter.as_ref().map(|(c, _)| *c).unwrap_or("oa_type");
    let sql = format!(
        "SELECT id, name, externalid, netsuite_id, updated FROM emu_oa_record
         WHERE oa_type = ?1 AND CAST({column} AS TEXT) = ?2 AND (?5 IS NULL OR created <= ?5)
         ORDER BY id LIMIT ?3 OFFSET ?4"
    );
    let value = filter
        .map(|(_, v)| v)
        .unwrap_or_else(|| oa_type.to_string());
    let rows: Vec<(i64, String, String, String, i64)> =
        match db.prepare(&sql).and_then(|mut stmt| {
            stmt.query_map(params![oa_type, value, limit, offset, until], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                    r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                    r.get(4)?,
                ))
            })?
            .collect()
        }) {
            Ok(rows) => rows,
            Err(_) => return status("Read", 1),
        };
    let mut out = status("Read", 0);
    for (id, name, externalid, netsuite_id, updated) in rows {
        let mut object = Element::new(xml_name);
        if returned("id") {
            object = object.child(Element::leaf("id", id.to_string()));
        }
        if returned("name") {
            object = object.child(Element::leaf("name", name));
        }
        if returned("externalid") {
            object = object.child(Element::leaf("externalid", externalid));
        }
        if returned("updated") {
            object = object.child(Element::new("updated").child(date_element(updated)));
        }
        if custom && returned(&id_field) {
            object = object.child(Element::leaf(id_field.as_str(), netsuite_id));
        }
        out = out.child(object);
    }
    out
}

/// `ImportExport`: the map between OpenAir ids and NetSuite internal ids kept by the integration [assumed shape].
fn read_import_export(
    emu: &Emu,
    command: &Element,
    method: &str,
    offset: u32,
    limit: u32,
) -> Element {
    let filter = match method {
        "all" => None,
        "equal to" => match filter_of(command, "ImportExport") {
            Some(("external_id", v)) => Some(v.to_string()),
            _ => return status("Read", 602),
        },
        _ => return status("Read", 604),
    };
    let db = emu.db();
    let rows: Vec<(String, i64, String, i64)> = match db
        .prepare(
            "SELECT oa_type, id, netsuite_id, updated FROM emu_oa_record WHERE (?1 IS NULL OR netsuite_id = ?1)
             ORDER BY oa_type, id LIMIT ?2 OFFSET ?3",
        )
        .and_then(|mut stmt| {
            stmt.query_map(params![filter, limit, offset], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect()
        }) {
        Ok(rows) => rows,
        Err(_) => return status("Read", 1),
    };
    let mut out = status("Read", 0);
    for (oa_type, id, netsuite_id, updated) in rows {
        let xml_type = OBJECTS
            .iter()
            .find(|(_, t)| *t == oa_type)
            .map(|(x, _)| *x)
            .unwrap_or("Customer");
        out = out.child(
            Element::new("ImportExport")
                .child(Element::leaf("application", "NetSuite"))
                .child(Element::leaf("type", xml_type))
                .child(Element::leaf("local_id", id.to_string()))
                .child(Element::leaf("external_id", netsuite_id))
                .child(Element::new("updated").child(date_element(updated))),
        );
    }
    out
}
