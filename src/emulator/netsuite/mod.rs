//! NetSuite's surfaces, as `<acct>.suitetalk.api.netsuite.com` and `<acct>.restlets.api.netsuite.com` answer
//! them under `/netsuite/`: authentication, SuiteQL, the record API, the companion RESTlet, and the user event
//! scripts that run when a record is saved.

pub mod auth;
pub mod observe;
pub mod record;
pub mod restlet;
pub mod suiteql;
pub mod user_events;

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::json;

use super::state::Emu;

/// NetSuite's routes, under `/netsuite/`.
pub fn routes() -> Router<Arc<Emu>> {
    Router::new()
        .route("/netsuite/services/rest/auth/oauth2/v1/token", post(auth::token))
        .route(
            "/netsuite/services/rest/auth/oauth2/v1/clients/{client_id}/certificates",
            get(auth::m2m_certificates_list).post(auth::m2m_certificates_upload),
        )
        .route(
            "/netsuite/services/rest/auth/oauth2/v1/clients/{client_id}/certificates/{certificate_id}/revoke",
            post(auth::m2m_certificate_revoke),
        )
        .route("/netsuite/services/rest/query/v1/suiteql", post(suiteql::route))
        .route(
            "/netsuite/services/rest/record/v1/metadata-catalog/{record_type}",
            get(record::metadata),
        )
        .route(
            "/netsuite/services/rest/record/v1/{record_type}/{id}",
            get(record::record_get).patch(record::record_patch),
        )
        .route("/netsuite/app/site/hosting/restlet.nl", post(restlet::route))
}

/// The REST error body: `{type, title, status, "o:errorDetails": [{detail, "o:errorCode"}]}`.
pub fn rest_error(status: StatusCode, code: &str, detail: &str, path: Option<&str>) -> Response {
    let section = match status.as_u16() {
        400 => "15.5.1",
        401 => "15.5.2",
        403 => "15.5.4",
        404 => "15.5.5",
        405 => "15.5.6",
        429 => "6", // RFC 6585 defines 429
        _ => "15.6.1",
    };
    let r#type = if status.as_u16() == 429 {
        "https://www.rfc-editor.org/rfc/rfc6585.html#section-4".to_string()
    } else {
        format!("https://www.rfc-editor.org/rfc/rfc9110.html#section-{section}")
    };
    let mut detail_obj = json!({ "detail": detail, "o:errorCode": code });
    if let Some(p) = path {
        detail_obj["o:errorPath"] = json!(p);
    }
    let body = json!({
        "type": r#type,
        "title": status.canonical_reason().unwrap_or("Error"),
        "status": status.as_u16(),
        "o:errorDetails": [detail_obj],
    });
    (
        status,
        [(
            header::CONTENT_TYPE,
            "application/vnd.oracle.resource+json; type=error",
        )],
        body.to_string(),
    )
        .into_response()
}

/// The URL the client signed: scheme, the Host it used, path and query.
fn request_url(headers: &HeaderMap, uri: &Uri) -> Option<url::Url> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    url::Url::parse(&format!("http://{host}{uri}")).ok()
}

/// NetSuite-side record kinds the emulator holds data for, and what they become in OpenAir.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordKind {
    /// The name used on the UI surface (`customer`, `lead`, ...).
    pub name: &'static str,
    pub table: &'static str,
    pub oa_type: &'static str,
    pub export_field: &'static str,
    /// SQL for the record's display name.
    pub(crate) name_sql: &'static str,
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
