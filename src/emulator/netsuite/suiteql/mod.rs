//! `POST /services/rest/query/v1/suiteql`: paging, `Prefer: transient`, and every value as a string, with the
//! query run by the SQL [`engine`].

pub mod engine;

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::auth::{caller_rest, readable_tables};
use super::{request_url, rest_error};
use crate::emulator::state::{Emu, PUBLIC_TABLES};

/// The page a request asks for: `limit` 1 to 1000 (default 1000), `offset` a multiple of it, and the page within
/// NetSuite's 100,000 results — checked without overflow, so no offset slips past the bound.
fn window(limit: Option<&str>, offset: Option<&str>) -> Result<(u64, u64), &'static str> {
    let limit = match limit.map(str::parse::<u64>) {
        None => 1000,
        Some(Ok(n)) if (1..=1000).contains(&n) => n,
        Some(_) => {
            return Err(
                "Invalid 'limit' parameter value. The value must be an integer between 1 and 1000.",
            );
        }
    };
    let offset = match offset.map(str::parse::<u64>) {
        None => 0,
        Some(Ok(n)) if n % limit == 0 => n,
        Some(_) => {
            return Err(
                "Invalid 'offset' parameter value. The offset must be a non-negative multiple of the limit.",
            );
        }
    };
    if offset
        .checked_add(limit)
        .is_none_or(|end| end > crate::platform::suiteql::MAX_ROWS)
    {
        return Err("A SuiteQL query can return at most 100,000 results.");
    }
    Ok((limit, offset))
}

pub async fn route(
    State(emu): State<Arc<Emu>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
    body: Bytes,
) -> Response {
    emu.count("netsuite.suiteql");
    let caller = match caller_rest(&emu, &method, &uri, &headers) {
        Ok(caller) => caller,
        Err(rejection) => return *rejection,
    };
    let prefer = headers
        .get("prefer")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !prefer
        .split(',')
        .any(|p| p.trim().eq_ignore_ascii_case("transient"))
    {
        return rest_error(
            StatusCode::BAD_REQUEST,
            "INVALID_PARAMETER",
            "SuiteQL requests must carry the header 'Prefer: transient'.",
            None,
        );
    }
    let param = |k: &str| query.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let (limit, offset) = match window(param("limit"), param("offset")) {
        Ok(window) => window,
        Err(message) => {
            return rest_error(StatusCode::BAD_REQUEST, "INVALID_PARAMETER", message, None);
        }
    };
    let q = match serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|v| v.get("q").and_then(|q| q.as_str()).map(str::to_string))
    {
        Some(q) => q,
        None => {
            return rest_error(
                StatusCode::BAD_REQUEST,
                "INVALID_CONTENT",
                "The request body must be a JSON object with the query in 'q'.",
                None,
            );
        }
    };
    // A table the caller's role may not read is one SuiteQL does not know (research §2).
    let tables = readable_tables(&emu, caller.role);
    let page = {
        let refused = emu
            .refused_columns
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let mut db = emu.db();
        engine::run_page(&mut db, &q, &tables, &refused, limit, offset)
    };
    let page = match page {
        Ok(p) => p,
        Err(e) => {
            // A table the account has but the caller's role may not read: "not found" (research §2).
            let e = match e {
                engine::SuiteQlError::UnknownTable(t)
                    if PUBLIC_TABLES.iter().any(|p| p.eq_ignore_ascii_case(&t)) =>
                {
                    engine::SuiteQlError::UnknownRecord(t)
                }
                other => other,
            };
            return rest_error(
                StatusCode::BAD_REQUEST,
                engine::ERROR_CODE,
                &e.detail(),
                None,
            );
        }
    };
    let base = request_url(&headers, &uri)
        .map(|mut u| {
            u.set_query(None);
            u.to_string()
        })
        .unwrap_or_default();
    let link = |rel: &str, off: u64| json!({ "rel": rel, "href": format!("{base}?limit={limit}&offset={off}") });
    let total = page.total_results;
    let has_more = offset + (page.rows.len() as u64) < total;
    let last = if total == 0 {
        0
    } else {
        (total - 1) / limit * limit
    };
    let mut links = Vec::new();
    if offset > 0 {
        links.push(link("previous", offset.saturating_sub(limit)));
    }
    links.push(link("first", 0));
    if has_more {
        links.push(link("next", offset + limit));
    }
    links.push(link("last", last));
    links.push(link("self", offset));
    let items: Vec<Value> = page
        .rows
        .iter()
        .map(|row| {
            let mut item = Map::new();
            item.insert("links".into(), json!([]));
            for (col, v) in page.columns.iter().zip(row) {
                // NetSuite leaves null columns out of the item.
                if let Some(v) = v {
                    item.insert(col.clone(), Value::String(v.clone()));
                }
            }
            Value::Object(item)
        })
        .collect();
    let body = json!({
        "links": links,
        "count": items.len(),
        "hasMore": has_more,
        "items": items,
        "offset": offset,
        "totalResults": total,
    });
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "application/vnd.oracle.resource+json; type=collection",
        )],
        body.to_string(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_page_window_is_bounded_without_overflow() {
        assert_eq!(window(None, None), Ok((1000, 0)));
        assert_eq!(window(Some("10"), Some("20")), Ok((10, 20)));
        assert_eq!(window(Some("1000"), Some("99000")), Ok((1000, 99000)));
        assert!(window(Some("0"), None).is_err());
        assert!(window(Some("1001"), None).is_err());
        assert!(window(Some("10"), Some("15")).is_err());
        assert!(window(Some("1000"), Some("100000")).is_err());
        // A multiple of the limit near u64::MAX: refused, not wrapped.
        let huge = (u64::MAX / 1000 * 1000).to_string();
        assert!(window(Some("1000"), Some(&huge)).is_err());
        assert!(window(Some("1"), Some(&u64::MAX.to_string())).is_err());
        assert!(window(Some("-1"), None).is_err());
    }
}
