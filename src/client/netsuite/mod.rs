//! The NetSuite client: SuiteQL, the REST record API, the companion RESTlet — one authenticated path for all.
//!
//! Values come back as NetSuite sends them: SuiteQL rows have lower-case keys and string values (`'T'`/`'F'` for
//! booleans, and a null column is simply absent); the record API speaks typed JSON.

pub mod m2m;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use anyhow::Result;
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use url::Url;

use self::m2m::TokenSource;
use crate::client::http::{Http, Response};
use crate::client::profile::{NetSuiteAuth, NetSuiteProfile};
use crate::error::Failure;
use crate::platform::account::AccountId;
use crate::platform::oauth1 as tba;
use crate::platform::permissions::{self, CallerPermission};
use crate::secret::Secret;

use crate::platform::companion::{self, SCRIPT as COMPANION_SCRIPT};
use crate::platform::suiteql::{MAX_ROWS as SUITEQL_MAX_ROWS, PAGE as SUITEQL_PAGE};

enum Auth {
    M2m(Box<TokenSource>),
    Tba {
        consumer_key: Secret,
        consumer_secret: Secret,
        token_id: Secret,
        token_secret: Secret,
    },
}

pub struct NetSuite {
    http: Http,
    account: AccountId,
    role: String,
    rest_base: Url,
    restlet_base: Url,
    auth: Auth,
    /// What the companion RESTlet answered last, remembered across runs (see [`CompanionSupport`]).
    support: std::sync::Mutex<Option<CompanionSupport>>,
    support_file: Option<std::path::PathBuf>,
    /// How far NetSuite's clock (its answers' `Date`) is ahead of this machine's, in seconds; 0 within
    /// [`CLOCK_TOLERANCE_SECS`].
    skew: std::sync::atomic::AtomicI64,
}

/// A difference to NetSuite's clock below this is the `Date` header's one-second resolution and the time on the
/// wire, not a clock that is off.
const CLOCK_TOLERANCE_SECS: i64 = 60;

/// What the account's companion RESTlet answers, as last seen. Remembered next to the token cache so that the next
/// run takes the right path at once: one `observe` call, or SuiteQL and the single actions. A remembered answer
/// is only a choice of path, never a verdict: a run that finds the companion changed says so and notes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CompanionSupport {
    /// It answers `observe`.
    Observe,
    /// It is installed but older: no `observe`.
    Older,
    /// It is not deployed (or not to this role).
    Missing,
}

/// One SuiteQL row as NetSuite sends it: lower-case keys, string values; a null column is absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Row(pub BTreeMap<String, String>);

impl Row {
    pub fn get(&self, column: &str) -> Option<&str> {
        self.0.get(column).map(String::as_str)
    }
    /// A `'T'`/`'F'` column; absent or anything else is false.
    pub fn flag(&self, column: &str) -> bool {
        self.get(column) == Some("T")
    }

    /// A column the row must have: a row without it is an unexpected answer that names the column (never a row
    /// dropped in silence).
    pub fn require(&self, column: &str) -> Result<&str> {
        self.get(column).ok_or_else(|| {
            Failure::service(format!(
                "NetSuite answered a SuiteQL row without its '{column}' column: {}",
                serde_json::to_string(&self.0).unwrap_or_default()
            ))
            .into()
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SuiteQlPageBody {
    #[serde(default)]
    has_more: bool,
    #[serde(default)]
    items: Vec<serde_json::Map<String, serde_json::Value>>,
    #[serde(default)]
    total_results: Option<u64>,
}

/// A typed error from the companion RESTlet (`{"ok": false, "error": {code, message}}`), so steps can react to
/// codes such as `BUNDLE_LOCKED`.
#[derive(Debug, Clone, thiserror::Error)]
#[error("companion RESTlet: {code}: {message}")]
pub struct CompanionError {
    pub code: String,
    pub message: String,
}

/// NetSuite refused a question: the role oa-rt signs in with may not ask it, or it names a column, field or table
/// this account does not have. Checks degrade on it (`needs-check`, with [`Refused::detail`]) instead of failing the
/// command; a command it ends says which permission is missing and where to grant it ([`Refused::fix`]).
#[derive(Debug, Clone, thiserror::Error)]
#[error("NetSuite refused the {}{} ({})", self.what, if self.what == "SuiteQL" { " query" } else { "" }, short_answer(&self.message))]
pub struct Refused {
    /// What was asked: `SuiteQL`, `record GET customrecord_…`, `companion certificate.get`, ...
    pub what: String,
    pub kind: RefusalKind,
    /// NetSuite's own words.
    pub message: String,
    /// The permission of the role oa-rt signs in with that the question needs, when oa-rt knows which
    /// (`crate::platform::permissions`).
    pub permission: Option<&'static CallerPermission>,
    /// What needs it, for people: "reading `role`", "the companion RESTlet's certificate.get", ...
    pub asked: String,
    /// The role oa-rt signs in with, as the profile names it (for the UI path).
    pub role: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    /// The role may not read it.
    Permission,
    /// A column, field or table this account does not have (or does not show to the role).
    UnknownField,
}

impl std::fmt::Display for RefusalKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            RefusalKind::Permission => "a permission the role oa-rt signs in with lacks",
            RefusalKind::UnknownField => "a column or field this account does not have",
        })
    }
}

/// NetSuite's SuiteQL answers start with this sentence, which says nothing.
const SUITEQL_PREAMBLE: &str = "Invalid search query. Detailed unprocessed description follows.";

fn short_answer(message: &str) -> &str {
    message
        .strip_prefix(SUITEQL_PREAMBLE)
        .unwrap_or(message)
        .trim()
}

impl Refused {
    /// What the refusal means, in one sentence: the permission it needs, or what the account lacks.
    pub fn meaning(&self) -> String {
        match (self.kind, self.permission) {
            (RefusalKind::Permission, Some(p)) => {
                let not_found = if self.message.contains("was not found") {
                    " (NetSuite answers \"not found\" for a table the role may not read)"
                } else {
                    ""
                };
                format!(
                    "{} needs {} on the role oa-rt signs in with ('{}'){not_found}",
                    self.asked,
                    p.display(),
                    self.role
                )
            }
            (RefusalKind::Permission, None) => format!(
                "the role oa-rt signs in with ('{}') lacks a permission {} needs",
                self.role, self.asked
            ),
            (RefusalKind::UnknownField, _) => format!(
                "this account does not have a column, field or table that {} needs (or does not show it to the role)",
                self.asked
            ),
        }
    }

    /// The refusal and its meaning: the `needs-check` detail of a check it degrades.
    pub fn detail(&self) -> String {
        format!("{self}: {}", self.meaning())
    }

    /// What a person can do about it.
    pub fn fix(&self) -> String {
        match (self.kind, self.permission) {
            (RefusalKind::Permission, Some(p)) => format!(
                "{}; `oa-rt profile test --deep` lists every permission oa-rt needs",
                p.ui_path(&self.role)
            ),
            (RefusalKind::Permission, None) => "grant the role oa-rt signs in with the permission NetSuite names; `oa-rt profile test --deep` lists every permission oa-rt needs and where to grant it".into(),
            (RefusalKind::UnknownField, _) => "check it in the NetSuite UI; `oa-rt profile test --deep --json` records what this account answers, for a bug report".into(),
        }
    }

    /// The refusal a NetSuite error answer to `what` is, if it is one.
    fn of(what: &str, role: &str, status: StatusCode, body: &[u8]) -> Option<Refused> {
        let (code, message) = error_code_and_message(body).or_else(|| {
            (status == StatusCode::FORBIDDEN).then(|| (String::new(), "HTTP 403 Forbidden".into()))
        })?;
        let (kind, permission, asked) = refusal_kind(what, status, &code, &message)?;
        Some(Refused {
            what: what.to_string(),
            kind,
            message,
            permission,
            asked,
            role: role.to_string(),
        })
    }

    /// A companion action's reply that is NetSuite refusing the RESTlet's script for a permission of the role
    /// it runs with (the caller's), if it is one.
    fn of_companion(action: &str, role: &str, error: &CompanionError) -> Option<Refused> {
        permissions::is_permission_violation(&error.code, &error.message).then(|| Refused {
            what: format!("companion {action}"),
            kind: RefusalKind::Permission,
            message: format!("{}: {}", error.code, error.message),
            permission: permissions::for_companion(action),
            asked: format!("the companion RESTlet's {action}"),
            role: role.to_string(),
        })
    }
}

/// The refusal an error is or carries, if any: as the error itself, as its context (a companion error NetSuite
/// refused for a permission), or anywhere in its chain.
pub fn refused(e: &anyhow::Error) -> Option<&Refused> {
    e.downcast_ref::<Refused>()
        .or_else(|| e.chain().find_map(|c| c.downcast_ref::<Refused>()))
}

/// How NetSuite says a question was refused (platform-facts §8, §10; research §2; docs/emulator-fidelity.md): the
/// record API answers 403 `INSUFFICIENT_PERMISSION`, SuiteScript `Permission Violation: …`; SuiteQL answers 400
/// `INVALID_PARAMETER` for all of these, told apart by the message — `Record 'x' was not found.` for a table the
/// role may not read (or whose feature is off), `Unknown identifier 'x'`, `Invalid search type: x.` or
/// `Field 'x' for record 'y' was not found.` for what the account does not have or show. Answers the kind, the
/// permission of the role oa-rt signs in with when oa-rt knows which (`platform::permissions`), and what needs it.
fn refusal_kind(
    what: &str,
    status: StatusCode,
    code: &str,
    message: &str,
) -> Option<(RefusalKind, Option<&'static CallerPermission>, String)> {
    let (asked, permission) = if what == "SuiteQL" {
        match not_found_record(message) {
            Some(table) => (
                format!("reading `{table}`"),
                permissions::for_table(&table).or_else(|| permissions::for_record(&table)),
            ),
            None => ("the SuiteQL query".to_string(), None),
        }
    } else if let Some(action) = what.strip_prefix("companion ") {
        (
            format!("the companion RESTlet's {action}"),
            permissions::for_companion(action),
        )
    } else if what.starts_with("M2M certificate") {
        (
            "the M2M certificate endpoints".to_string(),
            Some(&permissions::MANAGE_OWN_M2M_CERTIFICATES),
        )
    } else if let Some(record_type) = what
        .strip_prefix("record GET ")
        .or_else(|| what.strip_prefix("record PATCH "))
        .or_else(|| what.strip_prefix("metadata catalog "))
    {
        (
            format!("the record API on `{record_type}`"),
            permissions::for_record(record_type),
        )
    } else {
        (what.to_string(), None)
    };
    if status == StatusCode::FORBIDDEN || permissions::is_permission_violation(code, message) {
        return Some((RefusalKind::Permission, permission, asked));
    }
    if status != StatusCode::BAD_REQUEST {
        return None;
    }
    let m = message.to_ascii_lowercase();
    if m.contains("unknown identifier")
        || m.contains("invalid search type")
        || (m.contains("field '") && m.contains("was not found"))
    {
        return Some((RefusalKind::UnknownField, None, asked));
    }
    (m.contains("record '") && m.contains("was not found")).then_some((
        RefusalKind::Permission,
        permission,
        asked,
    ))
}

/// The record named in NetSuite's `Search error occurred: Record 'role' was not found.`
fn not_found_record(message: &str) -> Option<String> {
    let start = message.find("Record '")? + "Record '".len();
    let rest = &message[start..];
    let end = rest.find('\'')?;
    rest[end..]
        .starts_with("' was not found")
        .then(|| rest[..end].to_string())
}

/// The first error detail's code and message.
fn error_code_and_message(body: &[u8]) -> Option<(String, String)> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let d = v.get("o:errorDetails")?.as_array()?.first()?;
    Some((
        d.get("o:errorCode")?.as_str().unwrap_or("").to_string(),
        d.get("detail")
            .and_then(|x| x.as_str())
            .unwrap_or("")
            .trim()
            .to_string(),
    ))
}

/// The companion RESTlet is not deployed in this account (or not to this role).
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "the oa-rt companion RESTlet ({COMPANION_SCRIPT}) is not installed in NetSuite account {account}"
)]
pub struct CompanionMissing {
    pub account: String,
}

/// What `authenticate` learned, for `profile test`.
pub struct AuthCheck {
    pub method: &'static str,
    /// "M2M token (ES256)", "TBA (HMAC-SHA256)".
    pub detail: String,
    pub round_trip: Duration,
    /// NetSuite accepted the credentials but refused the probe query: what the role oa-rt signs in with lacks.
    pub refused: Option<Refused>,
}

/// What `authenticate` asks: the ids of the settings record type (see [`NetSuite::authenticate`]).
pub const AUTH_PROBE: &str = "SELECT id FROM customrecord_oa_srp_integration_settings";

impl NetSuite {
    pub fn new(profile: NetSuiteProfile, http: Http, cache_dir: Option<&Path>) -> Result<Self> {
        let (rest_base, restlet_base) = super::profile::netsuite_hosts(
            &profile.account,
            profile.base_url.as_ref(),
            profile.restlet_base_url.as_ref(),
        );
        let auth = match profile.auth {
            NetSuiteAuth::M2m {
                client_id,
                certificate_id,
                key,
            } => {
                let token_url = rest_base.join("services/rest/auth/oauth2/v1/token")?;
                Auth::M2m(Box::new(TokenSource::new(
                    client_id,
                    certificate_id,
                    key,
                    token_url,
                    cache_dir,
                )))
            }
            NetSuiteAuth::Tba {
                consumer_key,
                consumer_secret,
                token_id,
                token_secret,
            } => Auth::Tba {
                consumer_key,
                consumer_secret,
                token_id,
                token_secret,
            },
        };
        // One file per account and RESTlet host (two profiles may reach one account id on different hosts).
        let support_file = cache_dir.map(|dir| {
            let digest = aws_lc_rs::digest::digest(
                &aws_lc_rs::digest::SHA256,
                format!("{}\n{restlet_base}", profile.account).as_bytes(),
            );
            let name: String = digest.as_ref()[..12]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            dir.join("companion").join(format!("{name}.json"))
        });
        Ok(NetSuite {
            http,
            account: profile.account,
            role: profile.role,
            rest_base,
            restlet_base,
            auth,
            support: std::sync::Mutex::new(None),
            support_file,
            skew: Default::default(),
        })
    }

    /// Now by NetSuite's clock, as its last answer's `Date` said (this machine's clock until one has): what
    /// certificates and validity windows are judged against, as NetSuite and OpenAir judge them.
    pub fn now(&self) -> i64 {
        crate::clock::unix() + self.skew.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Keeps how far NetSuite's clock is from this machine's, from an answer's `Date`.
    fn note_date(&self, response: &Response) {
        let Some(date) = response
            .header("date")
            .and_then(|d| chrono::DateTime::parse_from_rfc2822(d).ok())
        else {
            return;
        };
        let skew = date.timestamp() - crate::clock::unix();
        let kept = if skew.abs() > CLOCK_TOLERANCE_SECS {
            skew
        } else {
            0
        };
        self.skew.store(kept, std::sync::atomic::Ordering::Relaxed);
    }

    /// What the companion answered last (this run, else a remembered run); none when never seen.
    pub fn companion_support(&self) -> Option<CompanionSupport> {
        let mut known = self.support.lock().unwrap_or_else(|p| p.into_inner());
        if known.is_none() {
            *known = self
                .support_file
                .as_ref()
                .and_then(|f| crate::fsutil::read_text(f).ok())
                .and_then(|text| serde_json::from_str(&text).ok());
        }
        *known
    }

    /// Notes what the companion answered, for the rest of this run and the next ones.
    pub fn note_companion(&self, seen: CompanionSupport) {
        let changed = self.companion_support() != Some(seen);
        *self.support.lock().unwrap_or_else(|p| p.into_inner()) = Some(seen);
        let Some(file) = self.support_file.as_ref().filter(|_| changed) else {
            return;
        };
        // Only saves a round trip next time: failing to write it must not fail the command.
        let written = file
            .parent()
            .map_or(Ok(()), crate::fsutil::create_private_dir)
            .and_then(|()| {
                let json = serde_json::to_vec(&seen)?;
                crate::fsutil::write_private(file, &json)
            });
        if let Err(e) = written {
            tracing::debug!("not remembering the companion's version: {e:#}");
        }
    }

    pub fn account(&self) -> &AccountId {
        &self.account
    }

    pub fn role(&self) -> &str {
        &self.role
    }

    /// Gets an access token before a batch of concurrent calls (M2M; served from the cache when one is valid), so
    /// that they do not each wait on the token request. TBA signs each request and needs nothing.
    pub async fn prepare(&self) -> Result<()> {
        if let Auth::M2m(source) = &self.auth {
            source.token(&self.http).await?;
        }
        Ok(())
    }

    /// Proves the credentials work with one cheap authenticated call, and times it.
    /// M2M: a token request (served from the cache when one is valid) followed by a one-row SuiteQL query;
    /// TBA: the SuiteQL query alone (TBA has no token step).
    ///
    /// The query reads the ids of the settings record type ([`AUTH_PROBE`]), which every working setup can: the
    /// integration itself reads and writes that record, so the role oa-rt signs in with needs access to it
    /// whatever else it may do. (A query on `role` would fail good credentials on a role without Bulk Manage
    /// Roles.) NetSuite answers a refused query with a 400 only after accepting the credentials, so a refusal
    /// still proves them: it comes back in [`AuthCheck::refused`], not as an error.
    pub async fn authenticate(&self) -> Result<AuthCheck> {
        let fetched_before = match &self.auth {
            Auth::M2m(source) => source.fetches().0,
            Auth::Tba { .. } => 0,
        };
        let started = std::time::Instant::now();
        let (round_trip, refused) = match self.suiteql_page_timed(AUTH_PROBE, 1, 0).await {
            Ok((_, elapsed)) => (elapsed, None),
            Err(e) => match e.downcast_ref::<Refused>() {
                Some(r) => (started.elapsed(), Some(r.clone())),
                None => return Err(e),
            },
        };
        let (method, detail) = match &self.auth {
            Auth::M2m(source) => {
                // A cached token the service refused was replaced on the way: say what really happened.
                let (fetched, round_trip) = source.fetches();
                let how = if fetched > fetched_before {
                    format!("new token in {} ms", round_trip.as_millis())
                } else {
                    "cached token".to_string()
                };
                (
                    "m2m",
                    format!("OAuth 2.0 M2M ({}, {how})", source.algorithm_name()),
                )
            }
            Auth::Tba { .. } => ("tba", "TBA (OAuth 1.0a HMAC-SHA256)".to_string()),
        };
        Ok(AuthCheck {
            method,
            detail,
            round_trip,
            refused,
        })
    }

    /// The first row of a SuiteQL query at most: one page of one row, for probes that only ask whether NetSuite
    /// answers the question.
    pub async fn suiteql_first(&self, query: &str) -> Result<Option<Row>> {
        let (page, _) = self.suiteql_page_timed(query, 1, 0).await?;
        Ok(page.rows.into_iter().next())
    }

    /// All rows of a SuiteQL query, page after page (`hasMore`/`offset`), at most 100,000 as NetSuite allows.
    pub async fn suiteql(&self, query: &str) -> Result<Vec<Row>> {
        self.suiteql_paged(query, SUITEQL_PAGE).await
    }

    /// [`Self::suiteql`] with a chosen page size (1 to 1000); tests use small pages to exercise paging.
    pub async fn suiteql_paged(&self, query: &str, page_size: u64) -> Result<Vec<Row>> {
        let page_size = page_size.clamp(1, SUITEQL_PAGE);
        let (first, _) = self.suiteql_page_timed(query, page_size, 0).await?;
        let mut rows = first.rows;
        if !first.has_more {
            return Ok(rows);
        }
        // The first page told us how many rows there are: fetch the rest concurrently (the HTTP layer keeps
        // within the account's concurrency cap).
        let total = first
            .total_results
            .unwrap_or(SUITEQL_MAX_ROWS)
            .min(SUITEQL_MAX_ROWS);
        let offsets: Vec<u64> = (1..)
            .map(|i| i * page_size)
            .take_while(|o| *o < total)
            .collect();
        let pages = futures_util::future::try_join_all(
            offsets
                .iter()
                .map(|offset| self.suiteql_page_timed(query, page_size, *offset)),
        )
        .await?;
        for (page, _) in pages {
            rows.extend(page.rows);
        }
        Ok(rows)
    }

    async fn suiteql_page_timed(
        &self,
        query: &str,
        limit: u64,
        offset: u64,
    ) -> Result<(SuiteQlPage, Duration)> {
        let mut url = self.rest_base.join("services/rest/query/v1/suiteql")?;
        url.query_pairs_mut()
            .append_pair("limit", &limit.to_string())
            .append_pair("offset", &offset.to_string());
        let body = serde_json::json!({ "q": query });
        // SuiteQL is read-only: safe to retry.
        let response = self
            .send(
                "SuiteQL",
                true,
                Method::POST,
                &url,
                Some(&body),
                &[("Prefer", "transient")],
            )
            .await?;
        let elapsed = response.elapsed;
        let parsed: SuiteQlPageBody = self.json(&response, "SuiteQL")?;
        let rows = parsed.items.into_iter().map(row_from_item).collect();
        Ok((
            SuiteQlPage {
                rows,
                has_more: parsed.has_more,
                total_results: parsed.total_results,
            },
            elapsed,
        ))
    }

    /// `GET /services/rest/record/v1/{type}/{id}`: the record as typed JSON.
    pub async fn record_get(
        &self,
        record_type: &str,
        id: &str,
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
        let url = self.record_url(record_type, id)?;
        let what = format!("record GET {record_type}");
        let response = self.send(&what, true, Method::GET, &url, None, &[]).await?;
        self.json(&response, &what)
    }

    /// The field ids of a record type, from the metadata catalog (`GET .../metadata-catalog/{type}`).
    pub async fn metadata_fields(&self, record_type: &str) -> Result<Vec<String>> {
        let url = self.record_url("metadata-catalog", record_type)?;
        let what = format!("metadata catalog {record_type}");
        let response = self
            .send(
                &what,
                true,
                Method::GET,
                &url,
                None,
                &[("Accept", "application/schema+json")],
            )
            .await?;
        let schema: serde_json::Value = self.json(&response, &what)?;
        Ok(schema["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default())
    }

    /// `PATCH /services/rest/record/v1/{type}/{id}` with only the given fields; NetSuite answers 204 and the
    /// record's `Location`. A PATCH sets fixed values, so sending it twice changes nothing twice.
    pub async fn record_patch(
        &self,
        record_type: &str,
        id: &str,
        fields: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<Option<String>> {
        let url = self.record_url(record_type, id)?;
        let body = serde_json::Value::Object(fields.clone());
        let what = format!("record PATCH {record_type}");
        let response = self
            .send(&what, true, Method::PATCH, &url, Some(&body), &[])
            .await?;
        if response.status != StatusCode::NO_CONTENT && !response.status.is_success() {
            return Err(self.error_for(&response, &what));
        }
        Ok(response.header("location").map(str::to_string))
    }

    /// The M2M certificates mapped to a client id (`GET .../clients/{clientId}/certificates` on the restlets host).
    pub async fn m2m_certificates(&self, client_id: &str) -> Result<Vec<M2mCertificate>> {
        let url = self.m2m_url(client_id, &[])?;
        let response = self
            .send("M2M certificates", true, Method::GET, &url, None, &[])
            .await?;
        let v: serde_json::Value = self.json(&response, "M2M certificates")?;
        // Every item or an error that names what was unexpected: a mapping dropped in silence would let `auth
        // rotate` revoke or keep the wrong certificate.
        let items = match &v["items"] {
            serde_json::Value::Array(items) => items.as_slice(),
            serde_json::Value::Null => &[],
            other => {
                return Err(Failure::service(format!(
                    "NetSuite's M2M certificate list has 'items' = {other}, not a list"
                ))
                .into());
            }
        };
        items
            .iter()
            .map(|i| {
                serde_json::from_value(i.clone()).map_err(|e| {
                    Failure::service(format!(
                        "NetSuite's M2M certificate list has an entry oa-rt cannot read ({e}): {i}"
                    ))
                    .into()
                })
            })
            .collect()
    }

    /// Uploads a certificate for a client, mapped to a role and entity; answers its certificate id. Not idempotent
    /// (a retry would upload twice): sent once.
    pub async fn m2m_upload(
        &self,
        client_id: &str,
        certificate_pem: &str,
        role: &str,
        entity: &str,
    ) -> Result<String> {
        let url = self.m2m_url(client_id, &[])?;
        let body =
            serde_json::json!({ "fileContent": certificate_pem, "role": role, "entity": entity });
        let response = self
            .send(
                "M2M certificate upload",
                false,
                Method::POST,
                &url,
                Some(&body),
                &[],
            )
            .await?;
        let v: serde_json::Value = self.json(&response, "M2M certificate upload")?;
        v["certificateId"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| {
                Failure::service("the M2M certificate upload answered without a certificateId")
                    .into()
            })
    }

    /// Revokes a certificate (`POST .../certificates/{certId}/revoke`). Revoking twice is harmless.
    pub async fn m2m_revoke(&self, client_id: &str, certificate_id: &str) -> Result<()> {
        let url = self.m2m_url(client_id, &[certificate_id, "revoke"])?;
        let response = self
            .send(
                "M2M certificate revoke",
                true,
                Method::POST,
                &url,
                None,
                &[],
            )
            .await?;
        if !response.status.is_success() {
            return Err(self.error_for(&response, "M2M certificate revoke"));
        }
        Ok(())
    }

    fn m2m_url(&self, client_id: &str, tail: &[&str]) -> Result<Url> {
        let mut url = self
            .restlet_base
            .join("services/rest/auth/oauth2/v1/clients/")?;
        {
            let mut segments = url
                .path_segments_mut()
                .map_err(|_| anyhow::anyhow!("base URL cannot hold a path"))?;
            segments.pop_if_empty().push(client_id).push("certificates");
            for t in tail {
                segments.push(t);
            }
        }
        Ok(url)
    }

    /// The token source of an M2M profile (for `auth status` and rotation).
    pub fn token_source(&self) -> Option<&TokenSource> {
        match &self.auth {
            Auth::M2m(source) => Some(source),
            Auth::Tba { .. } => None,
        }
    }

    pub fn http(&self) -> &Http {
        &self.http
    }

    /// The token URL this account's M2M clients use.
    pub fn token_url(&self) -> Result<Url> {
        Ok(self.rest_base.join("services/rest/auth/oauth2/v1/token")?)
    }

    /// Calls one action of the companion RESTlet: the typed request, the typed reply.
    pub async fn companion<A: companion::Action>(&self, action: &A) -> Result<A::Reply> {
        let what = format!("companion {}", A::NAME);
        let value = self
            .companion_call(&companion::request_body(action), A::IDEMPOTENT)
            .await?;
        serde_json::from_value(value)
            .map_err(|e| Failure::service(format!("{what}: unexpected answer: {e}")).into())
    }

    /// Sends one request body (`{"action": ..., ...}`) to the companion RESTlet and answers its `ok` reply; a
    /// reply with `ok: false` is a [`CompanionError`], a RESTlet that is not deployed [`CompanionMissing`].
    pub async fn companion_call(
        &self,
        body: &serde_json::Value,
        idempotent: bool,
    ) -> Result<serde_json::Value> {
        let mut url = self.restlet_base.join("app/site/hosting/restlet.nl")?;
        url.query_pairs_mut()
            .append_pair("script", COMPANION_SCRIPT)
            .append_pair("deploy", companion::DEPLOY);
        let what = format!(
            "companion {}",
            body["action"].as_str().unwrap_or("(no action)")
        );
        let response = self
            .send(&what, idempotent, Method::POST, &url, Some(body), &[])
            .await?;
        if !response.status.is_success() {
            if restlet_error(&response.body)
                .is_some_and(|(code, _)| code == companion::NOT_DEPLOYED)
            {
                return Err(CompanionMissing {
                    account: self.account.to_string(),
                }
                .into());
            }
            return Err(self.error_for(&response, &what));
        }
        let value: serde_json::Value = self.json(&response, &what)?;
        if value.get("ok").and_then(|v| v.as_bool()) == Some(false) {
            let err = value.get("error");
            let field = |k: &str| {
                err.and_then(|e| e.get(k))
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            let error = companion::ErrorBody {
                code: field("code"),
                message: field("message"),
            };
            return Err(self.companion_error(body["action"].as_str().unwrap_or(""), &error));
        }
        Ok(value)
    }

    /// The error of a companion action's `{code, message}`: a [`CompanionError`], and when NetSuite refused the
    /// RESTlet's script for a permission of the caller's role (it runs with it) also a refusal, which checks
    /// degrade on.
    pub fn companion_error(&self, action: &str, error: &companion::ErrorBody) -> anyhow::Error {
        let error = CompanionError {
            code: error.code.clone(),
            message: error.message.clone(),
        };
        match Refused::of_companion(action, &self.role, &error) {
            Some(refused) => anyhow::Error::new(error).context(refused),
            None => error.into(),
        }
    }

    /// The error of a SuiteQL query the companion ran for `observe` (`N/query`): a refusal when NetSuite's words
    /// say it is one (as for the REST SuiteQL endpoint), else an unexpected answer that ends the command.
    pub fn suiteql_error(&self, error: &companion::ErrorBody) -> anyhow::Error {
        match refusal_kind(
            "SuiteQL",
            StatusCode::BAD_REQUEST,
            &error.code,
            &error.message,
        ) {
            Some((kind, permission, asked)) => Refused {
                what: "SuiteQL".into(),
                kind,
                message: error.message.clone(),
                permission,
                asked,
                role: self.role.clone(),
            }
            .into(),
            None => Failure::service(format!(
                "NetSuite refused a SuiteQL query the companion RESTlet ran: {}: {}",
                error.code, error.message
            ))
            .into(),
        }
    }

    fn record_url(&self, record_type: &str, id: &str) -> Result<Url> {
        let mut url = self.rest_base.join("services/rest/record/v1/")?;
        url.path_segments_mut()
            .map_err(|_| anyhow::anyhow!("base URL cannot hold a path"))?
            .pop_if_empty()
            .push(record_type)
            .push(id);
        Ok(url)
    }

    /// Sends an authenticated request. With M2M, a 401 on a cached token drops the token and tries once more
    /// with a fresh one (the token may have been revoked, or the mapping changed).
    async fn send(
        &self,
        what: &str,
        idempotent: bool,
        method: Method,
        url: &Url,
        json: Option<&serde_json::Value>,
        headers: &[(&str, &str)],
    ) -> Result<Response> {
        let response = self
            .send_once(what, idempotent, &method, url, json, headers)
            .await?;
        self.note_date(&response);
        if let (StatusCode::UNAUTHORIZED, Auth::M2m(source)) = (response.status, &self.auth) {
            source.invalidate().await;
            let again = self
                .send_once(what, idempotent, &method, url, json, headers)
                .await?;
            return self.check_auth(again);
        }
        self.check_auth(response)
    }

    async fn send_once(
        &self,
        what: &str,
        idempotent: bool,
        method: &Method,
        url: &Url,
        json: Option<&serde_json::Value>,
        headers: &[(&str, &str)],
    ) -> Result<Response> {
        let bearer = match &self.auth {
            Auth::M2m(source) => Some(source.token(&self.http).await?),
            Auth::Tba { .. } => None,
        };
        self.http
            .send(what, idempotent, || {
                let mut req = self.http.client().request(method.clone(), url.clone());
                for (k, v) in headers {
                    req = req.header(*k, *v);
                }
                if let Some(body) = json {
                    req = req.json(body);
                }
                let authorization = match (&self.auth, &bearer) {
                    (_, Some(token)) => format!("Bearer {}", token.expose()),
                    (
                        Auth::Tba {
                            consumer_key,
                            consumer_secret,
                            token_id,
                            token_secret,
                        },
                        None,
                    ) => {
                        let creds = tba::TbaCredentials {
                            realm: self.account.realm(),
                            consumer_key: consumer_key.expose(),
                            consumer_secret: consumer_secret.expose(),
                            token_id: token_id.expose(),
                            token_secret: token_secret.expose(),
                        };
                        let now = crate::clock::unix().max(0) as u64;
                        tba::authorization_header(
                            &creds,
                            method.as_str(),
                            url,
                            &tba::new_nonce(),
                            now,
                        )
                    }
                    (Auth::M2m(_), None) => unreachable!("M2M always has a token here"),
                };
                Ok(req.header("Authorization", authorization))
            })
            .await
    }

    /// Turns 401 into an authentication failure; everything else is for the caller to read (a 403 is a permission
    /// the role lacks: [`Refused`]).
    fn check_auth(&self, response: Response) -> Result<Response> {
        match response.status {
            StatusCode::UNAUTHORIZED => {
                let detail = error_line(&response.body).unwrap_or_else(|| "invalid login".into());
                let hint = match &self.auth {
                    Auth::M2m(_) => {
                        "the access token was refused: check that the M2M mapping's role is the integration role and has REST Web Services and Log in using OAuth 2.0 Access Tokens; see Setup > Users/Roles > User Management > View Login Audit Trail"
                    }
                    Auth::Tba { .. } => {
                        "check the consumer key/secret and token id/secret, that the token belongs to this account, and the machine clock; see Setup > Users/Roles > User Management > View Login Audit Trail"
                    }
                };
                Err(Failure::auth(format!(
                    "NetSuite account {} refused the credentials: {detail}",
                    self.account
                ))
                .with_hint(hint)
                .into())
            }
            _ => Ok(response),
        }
    }

    fn json<T: DeserializeOwned>(&self, response: &Response, what: &str) -> Result<T> {
        if !response.status.is_success() {
            return Err(self.error_for(response, what));
        }
        serde_json::from_slice(&response.body).map_err(|e| {
            Failure::service(format!("NetSuite {what}: unreadable answer ({e})")).into()
        })
    }

    /// One readable line for a NetSuite error answer.
    fn error_for(&self, response: &Response, what: &str) -> anyhow::Error {
        if let Some(refused) = Refused::of(what, &self.role, response.status, &response.body) {
            return refused.into();
        }
        let detail = error_line(&response.body)
            .or_else(|| restlet_error(&response.body).map(|(c, m)| format!("{m} ({c})")))
            .unwrap_or_else(|| format!("HTTP {}", response.status.as_u16()));
        let mut f = Failure::service(format!("NetSuite {what} failed: {detail}"));
        if response.status == StatusCode::TOO_MANY_REQUESTS
            || detail.contains("SSS_REQUEST_LIMIT_EXCEEDED")
        {
            f = f.with_hint("the account's concurrency limit kept refusing requests; lower netsuite.concurrency in the profile or run again later");
        }
        f.into()
    }
}

/// An M2M certificate mapping as the certificate endpoints list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct M2mCertificate {
    #[serde(deserialize_with = "crate::platform::companion::id")]
    pub certificate_id: String,
    /// Internal ids as the account sends them: strings or numbers.
    #[serde(default, deserialize_with = "crate::platform::companion::id_or_blank")]
    pub role: String,
    #[serde(default, deserialize_with = "crate::platform::companion::id_or_blank")]
    pub entity: String,
    #[serde(default)]
    pub valid_from: String,
    #[serde(default)]
    pub valid_until: String,
    #[serde(default)]
    pub revoked: bool,
}

/// A page of SuiteQL rows.
pub struct SuiteQlPage {
    pub rows: Vec<Row>,
    pub has_more: bool,
    pub total_results: Option<u64>,
}

/// A SuiteQL item as a row: drop `links`, keep every other value as the string NetSuite sent.
pub fn row_from_item(item: serde_json::Map<String, serde_json::Value>) -> Row {
    Row(item
        .into_iter()
        .filter(|(k, _)| k != "links")
        .filter_map(|(k, v)| {
            let s = match v {
                serde_json::Value::String(s) => s,
                serde_json::Value::Null => return None,
                // NetSuite sends strings; be lenient with anything else rather than drop it.
                serde_json::Value::Bool(b) => if b { "T" } else { "F" }.to_string(),
                other => other.to_string(),
            };
            Some((k.to_ascii_lowercase(), s))
        })
        .collect())
}

/// `{type, title, status, "o:errorDetails": [{detail, "o:errorCode", "o:errorPath"}]}` as one line.
pub fn error_line(body: &[u8]) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let details = v.get("o:errorDetails")?.as_array()?;
    let parts: Vec<String> = details
        .iter()
        .map(|d| {
            let detail = d
                .get("detail")
                .and_then(|x| x.as_str())
                .unwrap_or("")
                .trim();
            let code = d.get("o:errorCode").and_then(|x| x.as_str());
            let path = d.get("o:errorPath").and_then(|x| x.as_str());
            match (code, path) {
                (Some(c), Some(p)) => format!("{detail} ({c} at {p})"),
                (Some(c), None) => format!("{detail} ({c})"),
                _ => detail.to_string(),
            }
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// A RESTlet failure: `{"error": {"code": "...", "message": "..."}}`.
fn restlet_error(body: &[u8]) -> Option<(String, String)> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let e = v.get("error")?;
    Some((
        e.get("code")?.as_str()?.to_string(),
        e.get("message")
            .and_then(|m| m.as_str())
            .unwrap_or("")
            .to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_told_apart_by_netsuites_words() {
        let prefix = "Invalid search query. Detailed unprocessed description follows. ";
        let kind = |status: u16, code: &str, message: &str| {
            refusal_kind(
                "SuiteQL",
                StatusCode::from_u16(status).unwrap(),
                code,
                message,
            )
            .map(|(kind, _, _)| kind)
        };
        assert_eq!(
            kind(
                400,
                "INVALID_PARAMETER",
                &format!(
                    "{prefix}Search error occurred: Unknown identifier 'runasrole'. Available identifiers are: {{d=scriptdeployment}}."
                )
            ),
            Some(RefusalKind::UnknownField)
        );
        assert_eq!(
            kind(
                400,
                "INVALID_PARAMETER",
                &format!("{prefix}Invalid search type: usereventscriptdeployment.")
            ),
            Some(RefusalKind::UnknownField)
        );
        assert_eq!(
            kind(
                400,
                "INVALID_PARAMETER",
                &format!(
                    "{prefix}Search error occurred: Field 'x' for record 'transaction' was not found. Reason: NOT_EXPOSED"
                )
            ),
            Some(RefusalKind::UnknownField)
        );
        assert_eq!(
            kind(
                400,
                "INVALID_PARAMETER",
                &format!("{prefix}Search error occurred: Record 'role' was not found.")
            ),
            Some(RefusalKind::Permission)
        );
        assert_eq!(
            kind(403, "INSUFFICIENT_PERMISSION", "x"),
            Some(RefusalKind::Permission)
        );
        // A syntax error is the tool's own mistake, not a refusal.
        assert_eq!(
            kind(
                400,
                "INVALID_PARAMETER",
                &format!(
                    "{prefix}Search error occurred: Parse of query string failed: syntax error"
                )
            ),
            None
        );
        assert_eq!(kind(500, "UNEXPECTED_ERROR", "boom"), None);
    }

    #[test]
    fn error_details_become_one_line() {
        let body = br#"{"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1","title":"Bad Request","status":400,
            "o:errorDetails":[{"detail":"Invalid search query.","o:errorCode":"INVALID_PARAMETER"},
                              {"detail":"Bad value","o:errorCode":"USER_ERROR","o:errorPath":"custrecord_oa_url"}]}"#;
        assert_eq!(
            error_line(body).unwrap(),
            "Invalid search query. (INVALID_PARAMETER); Bad value (USER_ERROR at custrecord_oa_url)"
        );
        assert_eq!(error_line(b"not json"), None);
    }

    fn suiteql_error(detail: &str) -> Vec<u8> {
        serde_json::json!({
            "type": "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1",
            "title": "Bad Request",
            "status": 400,
            "o:errorDetails": [{"detail": detail, "o:errorQueryParam": "q", "o:errorCode": "INVALID_PARAMETER"}]
        })
        .to_string()
        .into_bytes()
    }

    #[test]
    fn a_table_the_role_may_not_read_names_its_permission() {
        // research §2: NetSuite's answer for a table that exists but the role may not read.
        let body = suiteql_error(
            "Invalid search query. Detailed unprocessed description follows. Search error occurred: Record 'role' was not found.",
        );
        let r = Refused::of("SuiteQL", "NSOA Connector", StatusCode::BAD_REQUEST, &body).unwrap();
        assert_eq!(r.kind, RefusalKind::Permission);
        assert_eq!(r.permission.unwrap().key, Some("ADMI_MANAGEROLES"));
        assert_eq!(
            r.to_string(),
            "NetSuite refused the SuiteQL query (Search error occurred: Record 'role' was not found.)"
        );
        assert!(
            r.detail()
                .contains("reading `role` needs Bulk Manage Roles (ADMI_MANAGEROLES) on the role oa-rt signs in with ('NSOA Connector')"),
            "{}",
            r.detail()
        );
        assert!(
            r.fix().starts_with(
                "Setup > Users/Roles > Manage Roles > NSOA Connector > Edit > Permissions > Setup subtab: add Bulk Manage Roles"
            ),
            "{}",
            r.fix()
        );
    }

    #[test]
    fn unknown_columns_and_tables_are_no_permission() {
        for detail in [
            "Invalid search query. Detailed unprocessed description follows. Search error occurred: Unknown identifier 'runasrole'. Available identifiers are: {scriptdeployment=scriptdeployment}.",
            "Invalid search query. Detailed unprocessed description follows. Invalid search type: usereventscriptdeployment.",
            "Invalid search query. Detailed unprocessed description follows. Search error occurred: Field 'x' for record 'script' was not found.",
        ] {
            let r = Refused::of(
                "SuiteQL",
                "r",
                StatusCode::BAD_REQUEST,
                &suiteql_error(detail),
            )
            .unwrap_or_else(|| panic!("{detail}"));
            assert_eq!(r.kind, RefusalKind::UnknownField, "{detail}");
            assert_eq!(r.permission, None, "{detail}");
        }
        // A custom record table: the role may lack Custom Record Entries (or the table is not there).
        let r = Refused::of(
            "SuiteQL",
            "r",
            StatusCode::BAD_REQUEST,
            &suiteql_error("Invalid search query. Detailed unprocessed description follows. Search error occurred: Record 'customrecord_x' was not found."),
        )
        .unwrap();
        assert_eq!(r.kind, RefusalKind::Permission);
        assert_eq!(r.permission.unwrap().key, Some("LIST_CUSTRECORDENTRY"));
        // Any other error is no refusal at all.
        assert!(
            Refused::of(
                "SuiteQL",
                "r",
                StatusCode::BAD_REQUEST,
                &suiteql_error("Parse of query string failed")
            )
            .is_none()
        );
    }

    #[test]
    fn a_403_names_the_permission_of_what_was_asked() {
        let body = br#"{"type":"x","title":"Forbidden","status":403,"o:errorDetails":[{"detail":"Permission Violation: You need a higher level of the 'Lists -> Custom Record Entries' permission to access this page.","o:errorCode":"INSUFFICIENT_PERMISSION"}]}"#;
        let r = Refused::of(
            "record GET customrecord_oa_srp_integration_settings",
            "r",
            StatusCode::FORBIDDEN,
            body,
        )
        .unwrap();
        assert_eq!(r.kind, RefusalKind::Permission);
        assert_eq!(r.permission.unwrap().key, Some("LIST_CUSTRECORDENTRY"));
        // A 403 without a readable body is a refusal too; the M2M endpoints need a permission without a public id.
        let r = Refused::of("M2M certificates", "r", StatusCode::FORBIDDEN, b"").unwrap();
        assert_eq!(
            r.permission.unwrap().name,
            "Manage own OAuth 2.0 Client Credentials certificates"
        );
        assert_eq!(r.message, "HTTP 403 Forbidden");
    }

    #[test]
    fn a_companion_permission_violation_is_a_refusal_that_stays_a_companion_error() {
        let error = CompanionError {
            code: "INSUFFICIENT_PERMISSION".into(),
            message: permissions::permission_violation(&permissions::CERTIFICATE_ACCESS),
        };
        let r = Refused::of_companion("certificate.get", "NSOA Connector", &error).unwrap();
        assert_eq!(r.permission.unwrap().key, Some("LIST_CERTIFICATES"));
        let e = anyhow::Error::new(error.clone()).context(r);
        assert!(refused(&e).is_some());
        assert!(e.downcast_ref::<CompanionError>().is_some());
        let e = e.context("observing the certificate");
        assert_eq!(
            refused(&e).unwrap().permission.unwrap().name,
            "Certificate Access"
        );
        let other = CompanionError {
            code: "SSS_SIGNING_FAILED".into(),
            message: "could not sign".into(),
        };
        assert!(Refused::of_companion("certificate.signProbe", "r", &other).is_none());
    }

    #[test]
    fn the_connection_probe_reads_the_settings_record_type() {
        assert!(AUTH_PROBE.ends_with(crate::platform::settings::RECORD_TYPE));
    }

    #[test]
    fn rows_keep_strings_and_drop_links_and_nulls() {
        let item: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
            r#"{"links":[],"id":"12","isinactive":"F","name":null,"ScriptId":"customscript_x"}"#,
        )
        .unwrap();
        let row = row_from_item(item);
        assert_eq!(row.get("id"), Some("12"));
        assert!(!row.flag("isinactive"));
        assert_eq!(row.get("name"), None);
        assert_eq!(row.get("scriptid"), Some("customscript_x"));
    }
}
