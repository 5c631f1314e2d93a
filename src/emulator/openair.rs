//! OpenAir's XML API (`api.pl`): the envelope, `Auth`, `Whoami`, `Time`, `Read type="RateLimit"`, with per-command
//! status codes and HTTP 200 even on errors, as the real API answers.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Timelike};
use rusqlite::{OptionalExtension, params};

use super::state::Emu;
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
    if request.name != "request" || request.get_attr("API_version").is_none() {
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
            })
        })
        .optional()
        .ok()
        .flatten()
    };
    if let Some(token) = login.child_text("access_token") {
        return row(
            "SELECT id, nickname, name FROM emu_oa_user WHERE access_token = ?1",
            params![token],
        )
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
        "Time" => {
            let now = chrono::DateTime::from_timestamp(emu.now(), 0).unwrap_or_default();
            status("Time", 0).child(
                Element::new("Date")
                    .child(Element::leaf("year", now.year().to_string()))
                    .child(Element::leaf("month", format!("{:02}", now.month())))
                    .child(Element::leaf("day", format!("{:02}", now.day())))
                    .child(Element::leaf("hour", format!("{:02}", now.hour())))
                    .child(Element::leaf("minute", format!("{:02}", now.minute())))
                    .child(Element::leaf("second", format!("{:02}", now.second()))),
            )
        }
        "Read" => read(command, remaining),
        other => status(other, 1),
    }
}

/// `Read`: needs `limit` (1–1000) and a method the type supports.
fn read(command: &Element, remaining: u64) -> Element {
    let limit_ok = command
        .get_attr("limit")
        .and_then(|l| l.split(',').next_back())
        .and_then(|l| l.trim().parse::<u32>().ok())
        .is_some_and(|l| (1..=1000).contains(&l));
    if !limit_ok {
        return status("Read", 605);
    }
    match command.get_attr("type") {
        Some("RateLimit") => {
            if command.get_attr("method") != Some("all") {
                return status("Read", 604);
            }
            status("Read", 0).child(
                Element::new("RateLimit")
                    .child(Element::leaf("remain_24h_error", remaining.to_string())),
            )
        }
        _ => status("Read", 603),
    }
}
