//! Step 5 of the seed: the one settings record (`customrecord_oa_srp_integration_settings`), read and written
//! with the REST record API. Its fields are the table of `crate::platform::settings`; every value is validated
//! before any write, only the fields that differ are sent, and the record is read back.
//!
//! The record's checks are one table, [`CHECKS`], each about one field: where the target wants another value
//! for that field, the wanted change is the line `status` shows instead.

use anyhow::Result;
use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::role::sql_literal;
use super::{
    Action, Applied, Apply, Finding, How, Item, Outcome, Part, Step, StepId, Target, Unobserved,
    Verdict, View,
};
use crate::client::netsuite::NetSuite;
use crate::error::Failure;
use crate::operator::GuideOutcome;
use crate::platform::account::AccountId;
use crate::platform::settings::{
    ENABLE, ERROR_EMAIL, INCLUDE_LEADS, INCLUDE_PROSPECTS, OPENAIR_DB_ID, OPENAIR_URL,
    SUITESIGNON_RECORD,
};
pub use crate::platform::settings::{FIELDS, Field, FieldKind, RECORD_TYPE, field_named};

/// The settings record as read: its id and field values (absent fields do not exist with the installed bundle).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Observation {
    pub id: String,
    pub values: Map<String, Value>,
    /// Field ids the record type has (from the metadata catalog; absent ones were not added by the installed
    /// 369637).
    pub present: Vec<String>,
}

impl Observation {
    /// A field's value, when it is set (not null, not empty).
    pub fn get(&self, f: &Field) -> Option<&Value> {
        self.values
            .get(f.id)
            .filter(|v| !v.is_null() && *v != &json!(""))
    }

    pub fn has_field(&self, f: &Field) -> bool {
        self.present.iter().any(|p| p == f.id)
    }

    fn is_true(&self, f: &Field) -> bool {
        self.values.get(f.id) == Some(&Value::Bool(true))
    }
}

/// Observe: the one active settings record. An inactive record is one the account has retired (every custom
/// record has the standard `isinactive` field; research issue 10 §6), so it is neither read nor counted.
pub async fn observe(netsuite: &NetSuite) -> Result<Part<Observation>> {
    from_reads(&super::reads::read(netsuite, &ask()).await?)
}

/// What the settings step reads: the active settings records' ids, and the one record.
pub fn ask() -> super::reads::Ask {
    super::reads::Ask {
        settings: Some(super::reads::SettingsAsk {
            ids_query: IDS_QUERY.into(),
            record_type: RECORD_TYPE.into(),
        }),
        ..Default::default()
    }
}

/// The active settings records' ids: the integration reads exactly one.
pub const IDS_QUERY: &str =
    "SELECT id FROM customrecord_oa_srp_integration_settings WHERE isinactive = 'F' ORDER BY id";

/// The settings record from what was read: the one active record's values, and the fields its type has.
pub fn from_reads(reads: &super::reads::Reads) -> Result<Part<Observation>> {
    let rows = match &reads.settings_ids {
        Ok(rows) => rows,
        Err(u) => return super::part(Err(u.error())),
    };
    let id = match rows.as_slice() {
        [one] => one.require("id")?.to_string(),
        [] => {
            return Ok(Err(Unobserved::new(
                Verdict::Fail,
                "the account has no active OpenAir SRP Integration Settings record",
            )
            .fix("Customization > Lists, Records and Fields > Record Types > OpenAir: SRP Integration Settings > New Record (369637 installs the type)")));
        }
        many => {
            return Ok(Err(Unobserved::new(
                Verdict::Fail,
                format!(
                    "the account has {} active settings records; the integration reads exactly one",
                    many.len()
                ),
            )
            .fix("inactivate or delete the extra records under Customization > Lists, Records and Fields > Record Types > OpenAir: SRP Integration Settings")));
        }
    };
    let record = match &reads.settings {
        Ok(record) => record,
        Err(u) => return super::part(Err(u.error())),
    };
    let present = match &record.present {
        Some(fields) => fields.clone(),
        // Without the catalog, what the record shows is what exists (empty fields are left out, so this may
        // under-count; the catalog is the reliable source).
        None => record.values.keys().cloned().collect(),
    };
    let values = FIELDS
        .iter()
        .filter_map(|f| {
            let v = record.values.get(f.id)?;
            Some((f.id.to_string(), normalize(f.kind, v)))
        })
        .collect();
    Ok(Ok(Observation {
        id,
        values,
        present,
    }))
}

/// The record as observed now; a command that needs it ends when it cannot be read.
pub async fn observe_now(netsuite: &NetSuite) -> Result<Observation> {
    Ok(observe(netsuite).await?.map_err(Failure::from)?)
}

/// The record API's value as the comparable form: booleans, strings, select ids as strings.
fn normalize(kind: FieldKind, v: &Value) -> Value {
    // A reference's id as the account sends it, a string or a number, is compared as a string.
    let id = |v: Option<&Value>| match v {
        Some(Value::Number(n)) => Value::String(n.to_string()),
        Some(v) => v.clone(),
        None => Value::Null,
    };
    match (kind, v) {
        (FieldKind::Select, Value::Object(o)) => id(o.get("id")),
        (FieldKind::Select, v) => id(Some(v)),
        (_, v) => v.clone(),
    }
}

/// A value as shown to people.
pub fn show(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "(empty)".into(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::String(s)) if s.is_empty() => "(empty)".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Parses `KEY=VALUE` into the field and its value, validating the value's form.
pub fn parse_assignment(text: &str) -> std::result::Result<(&'static Field, Value), String> {
    let (key, raw) = text
        .split_once('=')
        .ok_or_else(|| format!("'{text}' is not KEY=VALUE"))?;
    let key = key.trim();
    let Some(f) = field_named(key) else {
        let names: Vec<&str> = FIELDS.iter().map(|f| f.key).collect();
        let suggestion = crate::text::closest(key, &names)
            .map(|s| format!(" (did you mean {s}?)"))
            .unwrap_or_default();
        return Err(format!(
            "unknown setting '{key}'{suggestion}; settings: {}",
            names.join(", ")
        ));
    };
    let name = f.key;
    let raw = raw.trim();
    let value = match f.kind {
        FieldKind::Checkbox => match raw.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "t" | "1" => Value::Bool(true),
            "false" | "no" | "off" | "f" | "0" => Value::Bool(false),
            _ => return Err(format!("{name}={raw}: expected true or false")),
        },
        FieldKind::Email => {
            if raw.is_empty() {
                Value::Null
            } else {
                valid_email(raw).map_err(|e| format!("{name}={raw}: {e}"))?;
                json!(raw)
            }
        }
        FieldKind::Url | FieldKind::Text | FieldKind::Select => {
            if raw.is_empty() {
                Value::Null
            } else {
                json!(raw)
            }
        }
    };
    Ok((f, value))
}

/// A plain check of an e-mail address: one `@`, a local part, a domain with a dot, no spaces.
/// The longest e-mail address that fits SMTP's 256-octet path (RFC 5321 §4.5.3.1.3, with its angle brackets).
pub const MAX_EMAIL_LEN: usize = 254;

pub fn valid_email(s: &str) -> std::result::Result<(), String> {
    if s.len() > MAX_EMAIL_LEN {
        return Err(format!(
            "an e-mail address of {} characters is too long (at most {MAX_EMAIL_LEN}, RFC 5321)",
            s.chars().count()
        ));
    }
    let Some((local, domain)) = s.split_once('@') else {
        return Err("not an e-mail address (no @)".into());
    };
    let ok_chars = |p: &str| {
        !p.is_empty()
            && !p
                .chars()
                .any(|c| c.is_whitespace() || c == '@' || c == ',' || c == ';')
    };
    if !ok_chars(local) || !ok_chars(domain) {
        return Err("not an e-mail address".into());
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2
        || labels
            .iter()
            .any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-'))
    {
        return Err(format!("'{domain}' is not a mail domain"));
    }
    Ok(())
}

pub use crate::platform::openair::{UrlEnvironment, parse_openair_url};

/// What the rest of the account says about the settings (for the cross-field rules).
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub lead_deployed: bool,
    pub prospect_deployed: bool,
}

/// Validates the record as it would be after the changes: per-field forms, the pairing of NetSuite and OpenAir
/// environments, and leads/prospects only with their deployments. Errors are (field, message).
pub fn validate(
    after: &Map<String, Value>,
    present: &[String],
    changed: &[&str],
    account: &AccountId,
    context: &Context,
) -> Vec<(String, String)> {
    let mut errors = Vec::new();
    let name_of = |id: &str| field_named(id).map(|f| f.key).unwrap_or("?").to_string();
    for id in changed {
        if !present.iter().any(|p| p == id) {
            let reason = field_named(id)
                .map(|f| f.missing_reason())
                .unwrap_or_default();
            errors.push((
                name_of(id),
                format!("the field {id} does not exist in this account: {reason}; `oa-rt bundles` shows what to update"),
            ));
        }
    }
    let is_true = |id: &str| after.get(id) == Some(&Value::Bool(true));
    if let Some(Value::String(url)) = after.get("custrecord_oa_url") {
        match parse_openair_url(url) {
            Err(e) => errors.push(("openair-url".into(), e)),
            Ok((_, env)) => {
                let wanted = if account.is_sandbox() {
                    UrlEnvironment::Sandbox
                } else if account.realm().ends_with("_RP") {
                    UrlEnvironment::Preview
                } else {
                    UrlEnvironment::Production
                };
                let allowed = env == wanted
                    || (wanted == UrlEnvironment::Preview && env == UrlEnvironment::Production);
                if !allowed {
                    errors.push((
                        "openair-url".into(),
                        format!(
                            "NetSuite account {account} is {} but {url} is a {} OpenAir account: sandbox accounts connect only to sandbox accounts, production to production",
                            if account.is_sandbox() { "a sandbox" } else { "production" },
                            match env { UrlEnvironment::Sandbox => "sandbox", UrlEnvironment::Preview => "preview", UrlEnvironment::Production => "production" }
                        ),
                    ));
                }
            }
        }
    }
    if let Some(Value::String(db)) = after.get("custrecord_oa_db_id")
        && !db
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        errors.push((
            "openair-db-id".into(),
            format!("'{db}' is not an OpenAir company id"),
        ));
    }
    if let Some(Value::String(e)) = after.get("custrecord_oa_realtime_email")
        && let Err(msg) = valid_email(e)
    {
        errors.push(("error-email".into(), msg));
    }
    if is_true("custrecord_oa_realtime_include_lead")
        && !context.lead_deployed
        && changed.contains(&"custrecord_oa_realtime_include_lead")
    {
        errors.push((
            "include-leads".into(),
            "the lead deployment customdeploy_oa_send_lead is not deployed: run `oa-rt deploy --record-types LIST --include-leads` first".into(),
        ));
    }
    if is_true("custrecord_oa_realtime_include_prospect")
        && !context.prospect_deployed
        && changed.contains(&"custrecord_oa_realtime_include_prospect")
    {
        errors.push((
            "include-prospects".into(),
            "the prospect deployment customdeploy_oa_send_prospect is not deployed: run `oa-rt deploy --record-types LIST --include-prospects` first".into(),
        ));
    }
    errors
}

/// One check of the settings record, about one field.
pub struct FieldCheck {
    pub field: &'static Field,
    pub check: fn(&Observation, &AccountId) -> Option<Finding>,
}

/// The checks of the record as it is, in the order `status` shows them. A check about a field the target wants
/// changed gives way to the change's own line.
pub const CHECKS: &[FieldCheck] = &[
    FieldCheck {
        field: ENABLE,
        check: realtime_box,
    },
    FieldCheck {
        field: ERROR_EMAIL,
        check: error_email,
    },
    FieldCheck {
        field: OPENAIR_URL,
        check: openair_url,
    },
    FieldCheck {
        field: OPENAIR_DB_ID,
        check: openair_db_id,
    },
    FieldCheck {
        field: SUITESIGNON_RECORD,
        check: suitesignon_fallback,
    },
    FieldCheck {
        field: SUITESIGNON_RECORD,
        check: suitesignon_cleared,
    },
];

/// Findings about the record as it is (for `settings show`, `settings set` and `status`).
pub fn check(obs: &Observation, account: &AccountId) -> Vec<Finding> {
    CHECKS
        .iter()
        .filter_map(|c| (c.check)(obs, account))
        .collect()
}

fn realtime_box(obs: &Observation, _: &AccountId) -> Option<Finding> {
    let enable = obs.is_true(ENABLE);
    Some(if enable {
        Finding::new("real-time integration box", Verdict::Ok, "checked")
    } else {
        Finding::new("real-time integration box", Verdict::Fail, "not checked")
            .fix("oa-rt settings set enable=true")
    })
}

fn error_email(obs: &Observation, _: &AccountId) -> Option<Finding> {
    Some(match obs.get(ERROR_EMAIL) {
        Some(Value::String(e)) if valid_email(e).is_ok() => {
            Finding::new("error e-mail", Verdict::Ok, e.clone())
        }
        Some(Value::String(e)) => Finding::new(
            "error e-mail",
            Verdict::Fail,
            format!("'{e}' is not an e-mail address"),
        )
        .fix("oa-rt settings set error-email=you@example.com"),
        _ => Finding::new(
            "error e-mail",
            Verdict::Fail,
            "empty: nobody hears of failed real-time imports",
        )
        .fix("oa-rt settings set error-email=you@example.com"),
    })
}

/// The URL, or — when 369637 is older than 4.0 — the one finding that both fields are missing.
fn openair_url(obs: &Observation, account: &AccountId) -> Option<Finding> {
    if !obs.has_field(OPENAIR_URL) {
        return Some(
            Finding::new(
                "OpenAir URL and database id",
                Verdict::Fail,
                "the fields do not exist: 369637 is older than 4.0",
            )
            .fix("update bundle 369637 first (`oa-rt bundles`)"),
        );
    }
    Some(match obs.get(OPENAIR_URL) {
        Some(Value::String(u)) => {
            let everything = Context {
                lead_deployed: true,
                prospect_deployed: true,
            };
            let errors = validate(&obs.values, &obs.present, &[], account, &everything);
            match errors.iter().find(|(f, _)| f == OPENAIR_URL.key) {
                Some((_, e)) => Finding::new("OpenAir URL", Verdict::Fail, e.clone()).fix(
                    "oa-rt settings set openair-url=https://<company>.app.sandbox.netsuitesuiteprojectspro.com",
                ),
                None => Finding::new("OpenAir URL", Verdict::Ok, u.clone()),
            }
        }
        _ => Finding::new(
            "OpenAir URL",
            Verdict::Fail,
            "empty: the v2.0 script falls back to SuiteSignOn, which has ended",
        )
        .fix("oa-rt settings set openair-url=https://<company>.app[.sandbox].netsuitesuiteprojectspro.com"),
    })
}

fn openair_db_id(obs: &Observation, _: &AccountId) -> Option<Finding> {
    if !obs.has_field(OPENAIR_URL) {
        // Said once, by the URL's check.
        return None;
    }
    Some(match obs.get(OPENAIR_DB_ID) {
        Some(Value::String(d)) => Finding::new("OpenAir database id", Verdict::Ok, d.clone()),
        _ => Finding::new(
            "OpenAir database id",
            Verdict::Fail,
            "empty: the v2.0 script falls back to SuiteSignOn, which has ended",
        )
        .fix("oa-rt settings set openair-db-id=<company id>"),
    })
}

/// A SuiteSignOn record the script would fall back to: it does, while the URL or the database id is empty.
fn suitesignon_fallback(obs: &Observation, _: &AccountId) -> Option<Finding> {
    let falls_back = obs.get(SUITESIGNON_RECORD).is_some()
        && (obs.get(OPENAIR_URL).is_none() || obs.get(OPENAIR_DB_ID).is_none());
    falls_back.then(|| {
        Finding::new(
            "SuiteSignOn record",
            Verdict::Warn,
            "still set while the URL or database id is empty: the script would use SuiteSignOn, which NetSuite no longer supports",
        )
        .fix("set openair-url and openair-db-id, then clear it: oa-rt settings set suitesignon-record=")
    })
}

/// The legacy SuiteSignOn record, once the URL and database id are set: cleared, or left behind though unused
/// (SuiteSignOn ended for sandboxes with NetSuite 2024.1 and for production with 2025.1, platform-facts §8).
fn suitesignon_cleared(obs: &Observation, _: &AccountId) -> Option<Finding> {
    if obs.get(OPENAIR_URL).is_none() || obs.get(OPENAIR_DB_ID).is_none() {
        // Then the script falls back to it: `suitesignon_fallback` says so.
        return None;
    }
    let check = "SuiteSignOn record cleared";
    Some(match obs.get(SUITESIGNON_RECORD) {
        None => Finding::new(check, Verdict::Ok, "no legacy SuiteSignOn record is set"),
        Some(v) => Finding::new(
            check,
            Verdict::Warn,
            format!(
                "still set ({}) though the URL and database id are set: unused, and SuiteSignOn has ended",
                show(Some(v))
            ),
        )
        .fix("oa-rt settings set suitesignon-record= (or oa-rt apply)"),
    })
}

/// One field's change: from what it is to what it should be.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    pub field: &'static Field,
    pub from: Value,
    pub to: Value,
}

/// The values the import needs, for a target and the record as it is. A value oa-rt derived (the OpenAir URL and
/// database id from the profile's company id) fills an empty field but never replaces a different live one: see
/// [`kept`].
pub fn wanted(target: &Target, obs: &Observation) -> Vec<(&'static Field, Value)> {
    let mut v = vec![(ENABLE, json!(true))];
    if let Some(e) = &target.error_email {
        v.push((ERROR_EMAIL, json!(e)));
    }
    for (field, proposed) in [
        (OPENAIR_URL, &target.openair_url),
        (OPENAIR_DB_ID, &target.db_id),
    ] {
        if proposed.named || obs.get(field).is_none() {
            v.push((field, json!(proposed.value)));
        }
    }
    v.extend([
        (INCLUDE_LEADS, json!(target.include_leads)),
        (INCLUDE_PROSPECTS, json!(target.include_prospects)),
        // With the URL and database id set, the legacy SuiteSignOn record only misleads.
        (SUITESIGNON_RECORD, Value::Null),
    ]);
    v
}

/// A live value kept though oa-rt would derive another: the field, the live value, the derived one.
pub struct Kept<'a> {
    pub field: &'static Field,
    pub live: String,
    pub derived: &'a str,
}

/// The live values oa-rt keeps though it derives others for them (Oracle says the OpenAir host is only
/// "typically" the company id, and does not say what the database id holds): a person names the new value, in
/// the profile (`openair.url`, `openair.db_id`) or with `settings set`.
pub fn kept<'a>(obs: &Observation, target: &'a Target) -> Vec<Kept<'a>> {
    [
        (OPENAIR_URL, &target.openair_url),
        (OPENAIR_DB_ID, &target.db_id),
    ]
    .into_iter()
    .filter(|(_, proposed)| !proposed.named)
    .filter_map(|(field, proposed)| {
        let live = show(obs.get(field));
        let differs = obs.get(field).is_some()
            && live.trim_end_matches('/') != proposed.value.trim_end_matches('/');
        differs.then_some(Kept {
            field,
            live,
            derived: &proposed.value,
        })
    })
    .collect()
}

impl Kept<'_> {
    /// The field's check, told that the live value is kept.
    fn amend(&self, mut f: Finding) -> Finding {
        let name = if self.field == OPENAIR_URL {
            "openair.url"
        } else {
            "openair.db_id"
        };
        let naming = format!(
            "if {} is the right value, name it: oa-rt settings set {}={} (or {name} in the profile, for `apply`)",
            self.derived, self.field.key, self.derived
        );
        if f.verdict == Verdict::Ok {
            f.verdict = Verdict::Warn;
            f.detail = format!(
                "{}: kept; from the profile's company id oa-rt would derive {}, but never replaces a live value with a derived one",
                self.live, self.derived
            );
            f.fix = Some(naming);
        } else {
            f.fix = Some(match f.fix {
                Some(fix) => format!("{fix}; {naming}"),
                None => naming,
            });
        }
        f
    }
}

/// The changes some wanted values make: only the fields whose value differs.
pub fn diff(current: &Map<String, Value>, wanted: &[(&'static Field, Value)]) -> Vec<FieldChange> {
    wanted
        .iter()
        .filter_map(|(f, to)| {
            let from = current.get(f.id).cloned().unwrap_or(Value::Null);
            let same = from == *to
                || (to.is_null() && from == json!(""))
                || (*to == Value::Bool(false) && from.is_null());
            (!same).then(|| FieldChange {
                field: f,
                from,
                to: to.clone(),
            })
        })
        .collect()
}

/// The changes the target makes to the record as observed.
pub fn changes_for(obs: &Observation, target: &Target) -> Vec<FieldChange> {
    diff(&obs.values, &wanted(target, obs))
}

/// The PATCH body: only the changed fields, selects as `{ "id": ... }`, `null` clears.
pub fn patch_body(changes: &[FieldChange]) -> Map<String, Value> {
    changes
        .iter()
        .map(|c| {
            let v = match (c.field.kind, &c.to) {
                (FieldKind::Select, Value::String(s)) => json!({ "id": s }),
                (_, v) => v.clone(),
            };
            (c.field.id.to_string(), v)
        })
        .collect()
}

/// Step 5: the settings record.
pub struct Settings;

impl Step for Settings {
    fn id(&self) -> StepId {
        StepId::Settings
    }

    fn explain(&self) -> &'static str {
        "The SRP integration settings record tells the v2.0 script where to send: real-time on, an error e-mail, the OpenAir account URL and database id."
    }

    /// The record's own checks, except where the target wants the field changed: then the change's line.
    fn check(&self, view: &View<'_>) -> Vec<Finding> {
        let obs = match &view.snap.settings {
            Err(u) => return vec![u.finding("settings record")],
            Ok(obs) => obs,
        };
        let account = AccountId::parse(&view.snap.account).expect("an observed account id");
        let changes = changes_for(obs, view.target);
        let changing = |f: &Field| changes.iter().any(|c| c.field == f);
        let kept = kept(obs, view.target);
        let mut out: Vec<Finding> = CHECKS
            .iter()
            .filter(|c| !changing(c.field))
            .filter_map(|c| {
                let f = (c.check)(obs, &account)?;
                Some(match kept.iter().find(|k| k.field == c.field) {
                    Some(k) => k.amend(f),
                    None => f,
                })
            })
            .collect();
        for c in &changes {
            let missing = !obs.has_field(c.field);
            // A leftover SuiteSignOn record is ignored once the URL and database id are set.
            let verdict = if c.field == SUITESIGNON_RECORD {
                Verdict::Warn
            } else {
                Verdict::Fail
            };
            let detail = if missing {
                format!(
                    "the field does not exist yet ({}); wanted {}",
                    c.field.missing_reason(),
                    show(Some(&c.to))
                )
            } else {
                format!("is {}, wanted {}", show(Some(&c.from)), show(Some(&c.to)))
            };
            out.push(
                Finding::new(format!("setting {}", c.field.key), verdict, detail).fix(
                    match (missing, &c.field.since) {
                        (true, Some(since)) => format!(
                            "update bundle {} or later first (`oa-rt bundles`), then oa-rt apply",
                            since.describe()
                        ),
                        (true, None) => {
                            "check the bundles first (`oa-rt bundles`), then oa-rt apply".into()
                        }
                        (false, _) => "oa-rt apply (or oa-rt settings set)".into(),
                    },
                ),
            );
        }
        out
    }

    fn plan(&self, view: &View<'_>) -> Vec<Item> {
        let Ok(obs) = &view.snap.settings else {
            return Vec::new();
        };
        let changes = changes_for(obs, view.target);
        // Seed step 5's note: leads and prospects are included in OpenAir's admin form first, then in NetSuite.
        let (leads, prospects) = includes_newly(&changes);
        let openair_first = (leads || prospects).then(|| Item {
            step: StepId::Settings,
            what: "first in OpenAir: include them in the customers import".into(),
            now: "not yet in NetSuite's settings".into(),
            wanted: [
                (leads, super::openair::LEADS_SETTING),
                (prospects, super::openair::PROSPECTS_SETTING),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, label)| format!("\"{label}\""))
            .collect::<Vec<_>>()
            .join(", "),
            how: How::Guided,
            action: Action::OpenairCustomerImport { leads, prospects },
        });
        let settings = changes.into_iter().map(|c| Item {
            step: StepId::Settings,
            what: format!("set {}", c.field.key),
            now: if obs.has_field(c.field) {
                show(Some(&c.from))
            } else {
                "(field missing)".into()
            },
            wanted: show(Some(&c.to)),
            how: How::Api,
            action: Action::Setting {
                field: c.field.id.to_string(),
                value: c.to,
            },
        });
        openair_first.into_iter().chain(settings).collect()
    }

    fn apply<'a>(
        &'a self,
        cx: &'a Apply<'a>,
        items: &'a [&'a Item],
        result: &'a mut Applied,
    ) -> LocalBoxFuture<'a, Result<()>> {
        apply(cx, items, result).boxed_local()
    }
}

/// Whether these changes newly include leads, prospects (seed step 5's note: OpenAir's setting comes first).
pub fn includes_newly(changes: &[FieldChange]) -> (bool, bool) {
    let newly = |field: &Field| {
        changes
            .iter()
            .any(|c| c.field == field && c.to == json!(true))
    };
    (newly(INCLUDE_LEADS), newly(INCLUDE_PROSPECTS))
}

/// Whether the record includes leads, prospects.
pub fn includes(obs: &Observation) -> (bool, bool) {
    (obs.is_true(INCLUDE_LEADS), obs.is_true(INCLUDE_PROSPECTS))
}

async fn apply(cx: &Apply<'_>, items: &[&Item], result: &mut Applied) -> Result<()> {
    let ns = &cx.clients.netsuite;
    // OpenAir's customers-import settings first (seed step 5's note); until a person did them, NetSuite's
    // include boxes stay as they are.
    let mut held_back: Vec<(&'static Field, Outcome)> = Vec::new();
    for item in items {
        let Action::OpenairCustomerImport { leads, prospects } = &item.action else {
            continue;
        };
        let form = super::openair::customer_import_form(*leads, *prospects);
        let g = cx
            .operator
            .guide(&form, super::openair::CUSTOMER_IMPORT_QUESTION)
            .await?;
        let not_done = match g {
            GuideOutcome::Waiting => Some(Outcome::Waiting),
            GuideOutcome::Declined => Some(Outcome::NotDone),
            GuideOutcome::Simulated | GuideOutcome::Reported => None,
        };
        if let Some(outcome) = not_done {
            for (on, field) in [(*leads, INCLUDE_LEADS), (*prospects, INCLUDE_PROSPECTS)] {
                if on {
                    held_back.push((field, outcome.clone()));
                }
            }
        }
        result.guided(item, g, form);
        // No API shows OpenAir's form: a person's word (or the simulated operator) is all there is.
        if let Some(last) = result.done.last_mut()
            && last.outcome == Outcome::Guided
        {
            last.outcome = Outcome::Unobservable;
        }
    }
    let mut wanted: Vec<(&'static Field, Value)> = Vec::new();
    for item in items {
        if let Action::Setting { field, value } = &item.action {
            let Some(f) = field_named(field) else {
                return Err(
                    Failure::usage(format!("the plan sets an unknown field '{field}'")).into(),
                );
            };
            if let Some((_, outcome)) = held_back.iter().find(|(h, _)| *h == f) {
                result.push(item, outcome.clone());
                continue;
            }
            wanted.push((f, value.clone()));
        }
    }
    if wanted.is_empty() {
        return Ok(());
    }
    let prepared = prepare(ns, &wanted).await?;
    let settings_items = items.iter().filter(|i| match &i.action {
        Action::Setting { field, .. } => !held_back.iter().any(|(h, _)| h.id == field),
        _ => false,
    });
    if prepared.changes.is_empty() {
        for item in settings_items {
            result.push(item, Outcome::AlreadyDone);
        }
        return Ok(());
    }
    let committed = commit(cx, &prepared.obs, &prepared.changes).await?;
    if let Some(id) = &committed.backup_id {
        cx.out
            .note(&format!("Backed up the settings' previous values as {id}."));
        result.backups.push(id.clone());
    }
    for item in settings_items {
        let Action::Setting { field, .. } = &item.action else {
            continue;
        };
        let changed = prepared.changes.iter().any(|c| c.field.id == field);
        let wrong = committed.wrong.iter().any(|f| f.id == field);
        result.push(
            item,
            match (changed, wrong) {
                (_, true) => Outcome::NotDone,
                (true, false) => Outcome::Applied,
                (false, false) => Outcome::AlreadyDone,
            },
        );
    }
    Ok(())
}

/// Whether the lead and prospect deployments are deployed (for the include-leads/prospects rule).
async fn deployment_context(ns: &NetSuite) -> Result<Context> {
    use super::deployments::{LEAD_DEPLOYMENT, PROSPECT_DEPLOYMENT};
    let rows = ns
        .suiteql(&format!(
            "SELECT scriptid, isdeployed FROM scriptdeployment WHERE scriptid IN ({}, {})",
            sql_literal(LEAD_DEPLOYMENT),
            sql_literal(PROSPECT_DEPLOYMENT)
        ))
        .await?;
    let deployed = |id: &str| {
        rows.iter()
            .any(|r| r.get("scriptid") == Some(id) && r.flag("isdeployed"))
    };
    Ok(Context {
        lead_deployed: deployed(LEAD_DEPLOYMENT),
        prospect_deployed: deployed(PROSPECT_DEPLOYMENT),
    })
}

/// The settings record as read, and the changes some wanted values make (only the differing fields), validated.
pub struct Prepared {
    pub obs: Observation,
    pub changes: Vec<FieldChange>,
}

/// Reads the record, keeps the values that differ, and validates the record as it would be (errors: exit 2).
pub async fn prepare(ns: &NetSuite, wanted: &[(&'static Field, Value)]) -> Result<Prepared> {
    let obs = observe_now(ns).await?;
    let changes = diff(&obs.values, wanted);
    let mut after = obs.values.clone();
    for c in &changes {
        after.insert(c.field.id.to_string(), c.to.clone());
    }
    let changed: Vec<&str> = changes.iter().map(|c| c.field.id).collect();
    let errors = validate(
        &after,
        &obs.present,
        &changed,
        ns.account(),
        &deployment_context(ns).await?,
    );
    if !errors.is_empty() {
        let text: Vec<String> = errors.iter().map(|(f, e)| format!("{f}: {e}")).collect();
        return Err(Failure::usage(text.join("; "))
            .with_hint("nothing was changed")
            .into());
    }
    Ok(Prepared { obs, changes })
}

pub struct Committed {
    pub backup_id: Option<String>,
    /// Fields that did not read back with the new value.
    pub wrong: Vec<&'static Field>,
    pub back: Observation,
}

/// Backs up the fields about to change, PATCHes only them, and reads the record back.
pub async fn commit(
    cx: &Apply<'_>,
    obs: &Observation,
    changes: &[FieldChange],
) -> Result<Committed> {
    let ns = &cx.clients.netsuite;
    let previous: Map<String, Value> = changes
        .iter()
        .map(|c| (c.field.id.to_string(), c.from.clone()))
        .collect();
    let backup_id = crate::backup::write(
        cx.profile,
        &ns.account().to_string(),
        cx.command,
        vec![crate::backup::Entry {
            kind: crate::backup::EntryKind::Settings,
            target: format!("{RECORD_TYPE}/{}", obs.id),
            values: previous,
        }],
    )?;
    ns.record_patch(RECORD_TYPE, &obs.id, &patch_body(changes))
        .await?;
    let back = observe_now(ns).await?;
    let wrong = changes
        .iter()
        .filter(|c| diff(&back.values, &[(c.field, c.to.clone())]).len() == 1)
        .map(|c| c.field)
        .collect();
    Ok(Committed {
        backup_id,
        wrong,
        back,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acct(s: &str) -> AccountId {
        AccountId::parse(s).unwrap()
    }

    #[test]
    fn assignments_are_parsed_and_checked() {
        assert_eq!(
            parse_assignment("enable=yes").unwrap(),
            (ENABLE, Value::Bool(true))
        );
        assert_eq!(
            parse_assignment("error-email=a@b.example").unwrap().1,
            json!("a@b.example")
        );
        assert_eq!(
            parse_assignment("suitesignon-record=").unwrap().1,
            Value::Null
        );
        assert!(
            parse_assignment("error-email=not-an-email")
                .unwrap_err()
                .contains("no @")
        );
        assert!(
            parse_assignment("enable=maybe")
                .unwrap_err()
                .contains("expected true or false")
        );
        let e = parse_assignment("error-mail=x@y.z").unwrap_err();
        assert!(e.contains("did you mean error-email?"), "{e}");
        assert!(parse_assignment("enable").is_err());
    }

    #[test]
    fn email_syntax() {
        for ok in ["a@b.co", "first.last+tag@acme.example"] {
            assert!(valid_email(ok).is_ok(), "{ok}");
        }
        for bad in [
            "a",
            "a@b",
            "@b.co",
            "a b@c.co",
            "a@b..co",
            "a@-b.co",
            "a@b.co,c@d.co",
        ] {
            assert!(valid_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sandbox_pairs_with_sandbox() {
        let present: Vec<String> = FIELDS.iter().map(|f| f.id.to_string()).collect();
        let mut after = Map::new();
        after.insert(
            "custrecord_oa_url".into(),
            json!("https://acme.app.openair.com"),
        );
        let errors = validate(
            &after,
            &present,
            &["custrecord_oa_url"],
            &acct("123_SB1"),
            &Context::default(),
        );
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .1
                .contains("sandbox accounts connect only to sandbox accounts")
        );
        assert!(
            validate(
                &after,
                &present,
                &["custrecord_oa_url"],
                &acct("123"),
                &Context::default()
            )
            .is_empty()
        );
    }

    #[test]
    fn a_reference_id_reads_the_same_as_a_string_or_a_number() {
        for v in [
            json!({"id": "12", "refName": "x"}),
            json!({"id": 12}),
            json!(12),
            json!("12"),
        ] {
            assert_eq!(normalize(FieldKind::Select, &v), json!("12"), "{v}");
        }
        assert_eq!(
            normalize(FieldKind::Select, &json!({"refName": "x"})),
            Value::Null
        );
        assert_eq!(normalize(FieldKind::Checkbox, &json!(true)), json!(true));
    }

    #[test]
    fn leads_need_their_deployment_and_fields_must_exist() {
        let mut after = Map::new();
        after.insert(
            "custrecord_oa_realtime_include_lead".into(),
            Value::Bool(true),
        );
        let all: Vec<String> = FIELDS.iter().map(|f| f.id.to_string()).collect();
        let e = validate(
            &after,
            &all,
            &["custrecord_oa_realtime_include_lead"],
            &acct("1_SB1"),
            &Context::default(),
        );
        assert!(e[0].1.contains("customdeploy_oa_send_lead"));
        let ctx = Context {
            lead_deployed: true,
            prospect_deployed: false,
        };
        assert!(
            validate(
                &after,
                &all,
                &["custrecord_oa_realtime_include_lead"],
                &acct("1_SB1"),
                &ctx
            )
            .is_empty()
        );
        let without_url: Vec<String> = all
            .iter()
            .filter(|f| *f != "custrecord_oa_url")
            .cloned()
            .collect();
        let e = validate(
            &Map::new(),
            &without_url,
            &["custrecord_oa_url"],
            &acct("1_SB1"),
            &ctx,
        );
        assert!(e[0].1.contains("369637 (SRP Integration) 4.0"), "{e:?}");
    }

    #[test]
    fn only_differences_are_patched() {
        let mut current = Map::new();
        current.insert("custrecord_oa_realtime_enable".into(), Value::Bool(true));
        current.insert("custrecord_oa_realtime_email".into(), json!("a@b.co"));
        let wanted = vec![
            (ENABLE, Value::Bool(true)),
            (ERROR_EMAIL, json!("c@d.co")),
            (INCLUDE_LEADS, Value::Bool(false)),
            (SUITESIGNON_RECORD, json!("12")),
        ];
        let d = diff(&current, &wanted);
        let ids: Vec<&str> = d.iter().map(|c| c.field.id).collect();
        assert_eq!(
            ids,
            vec![
                "custrecord_oa_realtime_email",
                "custrecord_oa_realtime_sso_record"
            ]
        );
        let body = patch_body(&d);
        assert_eq!(
            body["custrecord_oa_realtime_sso_record"],
            json!({"id": "12"})
        );
    }

    #[test]
    fn a_suitesignon_record_left_behind_is_a_warning_and_a_cleared_one_passes() {
        let present: Vec<String> = FIELDS.iter().map(|f| f.id.to_string()).collect();
        let mut values = Map::new();
        values.insert(
            OPENAIR_URL.id.into(),
            json!("https://acme.app.sandbox.netsuitesuiteprojectspro.com"),
        );
        values.insert(OPENAIR_DB_ID.id.into(), json!("acme"));
        values.insert(SUITESIGNON_RECORD.id.into(), json!("12"));
        let mut obs = Observation {
            id: "1".into(),
            values,
            present,
        };
        let verdict = |obs: &Observation| {
            check(obs, &acct("1_SB1"))
                .into_iter()
                .find(|f| f.check == "SuiteSignOn record cleared")
                .map(|f| f.verdict)
        };
        assert_eq!(verdict(&obs), Some(Verdict::Warn));
        obs.values.insert(SUITESIGNON_RECORD.id.into(), Value::Null);
        assert_eq!(verdict(&obs), Some(Verdict::Ok));
        // Without the URL the fallback check speaks instead.
        obs.values.remove(OPENAIR_URL.id);
        assert_eq!(verdict(&obs), None);
    }

    #[test]
    fn suitesignon_left_set_without_url_is_flagged() {
        let mut v = Map::new();
        v.insert("custrecord_oa_realtime_enable".into(), Value::Bool(true));
        v.insert("custrecord_oa_realtime_sso_record".into(), json!("12"));
        let present: Vec<String> = FIELDS.iter().map(|f| f.id.to_string()).collect();
        let obs = Observation {
            id: "1".into(),
            values: v,
            present,
        };
        let f = check(&obs, &acct("1_SB1"));
        assert!(
            f.iter()
                .any(|x| x.check == "SuiteSignOn record" && x.verdict == Verdict::Warn)
        );
    }
}
