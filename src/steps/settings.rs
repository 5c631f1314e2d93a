//! Step 5 of the seed: the one settings record (`customrecord_oa_srp_integration_settings`), read and written
//! with the REST record API. Friendly names map to field ids (platform-facts §4); every value is validated
//! before any write, and only the fields that differ are sent.

use anyhow::Result;
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::{Finding, Verdict};
use crate::client::netsuite::NetSuite;
use crate::platform::account::AccountId;

pub const RECORD_TYPE: &str = "customrecord_oa_srp_integration_settings";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Bool,
    Text,
    Email,
    Url,
    /// A reference to another record: `{ "id": ... }` in the record API.
    Select,
}

/// (friendly name, field id, kind, what it is)
pub const FIELDS: &[(&str, &str, Kind, &str)] = &[
    (
        "enable",
        "custrecord_oa_realtime_enable",
        Kind::Bool,
        "Real-time integration with OpenAir",
    ),
    (
        "error-email",
        "custrecord_oa_realtime_email",
        Kind::Email,
        "Email address to send errors",
    ),
    (
        "include-leads",
        "custrecord_oa_realtime_include_lead",
        Kind::Bool,
        "Leads with customer integration",
    ),
    (
        "include-prospects",
        "custrecord_oa_realtime_include_prospect",
        Kind::Bool,
        "Prospects with customer integration",
    ),
    (
        "openair-url",
        "custrecord_oa_url",
        Kind::Url,
        "OpenAir account URL",
    ),
    (
        "openair-db-id",
        "custrecord_oa_db_id",
        Kind::Text,
        "OpenAir company (database) id",
    ),
    (
        "suitesignon-record",
        "custrecord_oa_realtime_sso_record",
        Kind::Select,
        "Legacy SuiteSignOn record",
    ),
    (
        "soap-customer",
        "custrecord_oa_realtime_soap_customer",
        Kind::Bool,
        "Real-time on SOAP updates of customers",
    ),
    (
        "soap-project",
        "custrecord_oa_realtime_soap_project",
        Kind::Bool,
        "Real-time on SOAP updates of projects",
    ),
    (
        "soap-user",
        "custrecord_oa_realtime_soap_user",
        Kind::Bool,
        "Real-time on SOAP updates of employees",
    ),
    (
        "restlet-customer",
        "custrecord_oa_realtime_restlet_customer",
        Kind::Bool,
        "Real-time on RESTlet updates of customers",
    ),
    (
        "restlet-project",
        "custrecord_oa_realtime_restlet_project",
        Kind::Bool,
        "Real-time on RESTlet updates of projects",
    ),
    (
        "restlet-user",
        "custrecord_oa_realtime_restlet_user",
        Kind::Bool,
        "Real-time on RESTlet updates of employees",
    ),
];

pub fn field(name: &str) -> Option<&'static (&'static str, &'static str, Kind, &'static str)> {
    FIELDS
        .iter()
        .find(|(n, id, _, _)| *n == name || *id == name)
}

/// The settings record as read: its id and field values (absent fields do not exist with the installed bundle).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Observation {
    pub id: String,
    pub values: Map<String, Value>,
    /// Field ids the record type has (from the record; absent ones were not added by the installed 369637).
    pub present: Vec<String>,
}

/// Observe: the one settings record.
pub async fn observe(netsuite: &NetSuite) -> Result<Observation> {
    let rows = netsuite
        .suiteql(&format!("SELECT id FROM {RECORD_TYPE} ORDER BY id"))
        .await?;
    let id = match rows.as_slice() {
        [one] => one.get("id").unwrap_or("").to_string(),
        [] => {
            return Err(crate::error::Failure::new(
                crate::error::Kind::Failed,
                "the account has no OpenAir SRP Integration Settings record",
            )
            .with_hint("Customization > Lists, Records and Fields > Record Types > OpenAir: SRP Integration Settings > New Record (369637 installs the type)")
            .into());
        }
        many => {
            return Err(crate::error::Failure::new(
                crate::error::Kind::Failed,
                format!("the account has {} settings records; the integration reads exactly one", many.len()),
            )
            .with_hint("delete the extra records under Customization > Lists, Records and Fields > Record Types > OpenAir: SRP Integration Settings")
            .into());
        }
    };
    let (record, metadata) = tokio::join!(
        netsuite.record_get(RECORD_TYPE, &id),
        netsuite.metadata_fields(RECORD_TYPE)
    );
    let (record, metadata) = (record?, metadata.ok());
    let present = match metadata {
        Some(fields) => fields,
        // Without the catalog, what the record shows is what exists (empty fields are left out, so this may
        // under-count; the catalog is the reliable source).
        None => record.keys().cloned().collect(),
    };
    let values = FIELDS
        .iter()
        .filter_map(|(_, id, kind, _)| {
            let v = record.get(*id)?;
            Some((id.to_string(), normalize(*kind, v)))
        })
        .collect();
    Ok(Observation {
        id,
        values,
        present,
    })
}

/// The record API's value as the comparable form: booleans, strings, select ids as strings.
fn normalize(kind: Kind, v: &Value) -> Value {
    match (kind, v) {
        (Kind::Select, Value::Object(o)) => o.get("id").cloned().unwrap_or(Value::Null),
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

/// Parses `KEY=VALUE` into (field id, value), validating the value's form.
pub fn parse_assignment(text: &str) -> std::result::Result<(&'static str, Value), String> {
    let (key, raw) = text
        .split_once('=')
        .ok_or_else(|| format!("'{text}' is not KEY=VALUE"))?;
    let key = key.trim();
    let Some((name, id, kind, _)) = field(key) else {
        let names: Vec<&str> = FIELDS.iter().map(|(n, _, _, _)| *n).collect();
        let suggestion = crate::text::closest(key, &names)
            .map(|s| format!(" (did you mean {s}?)"))
            .unwrap_or_default();
        return Err(format!(
            "unknown setting '{key}'{suggestion}; settings: {}",
            names.join(", ")
        ));
    };
    let raw = raw.trim();
    let value = match kind {
        Kind::Bool => match raw.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "t" | "1" => Value::Bool(true),
            "false" | "no" | "off" | "f" | "0" => Value::Bool(false),
            _ => return Err(format!("{name}={raw}: expected true or false")),
        },
        Kind::Email => {
            if raw.is_empty() {
                Value::Null
            } else {
                valid_email(raw).map_err(|e| format!("{name}={raw}: {e}"))?;
                json!(raw)
            }
        }
        Kind::Url | Kind::Text | Kind::Select => {
            if raw.is_empty() {
                Value::Null
            } else {
                json!(raw)
            }
        }
    };
    Ok((id, value))
}

/// A plain check of an e-mail address: one `@`, a local part, a domain with a dot, no spaces.
pub fn valid_email(s: &str) -> std::result::Result<(), String> {
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

/// The environment of an account-specific OpenAir URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlEnvironment {
    Production,
    Sandbox,
    Preview,
}

/// Checks an OpenAir URL: https, an account-specific host of a known domain family. Generic hosts are refused
/// (OpenAir answers 426 since 2023.1). Returns the company label and environment.
pub fn parse_openair_url(s: &str) -> std::result::Result<(String, UrlEnvironment), String> {
    let url = url::Url::parse(s).map_err(|_| format!("'{s}' is not a URL"))?;
    if url.scheme() != "https" {
        return Err(format!("'{s}' must use https"));
    }
    if !(url.path() == "/" || url.path().is_empty()) || url.query().is_some() {
        return Err(format!(
            "'{s}' must be the account's address alone, without a path (like https://acme.app.openair.com)"
        ));
    }
    let host = url.host_str().unwrap_or("").to_ascii_lowercase();
    let rest = ["openair.com", "netsuitesuiteprojectspro.com"]
        .iter()
        .find_map(|d| host.strip_suffix(&format!(".{d}")))
        .ok_or_else(|| {
            format!("'{host}' is not an OpenAir host (openair.com or netsuitesuiteprojectspro.com)")
        })?;
    let (company, env) = if let Some(c) = rest.strip_suffix(".app.sandbox") {
        (c, UrlEnvironment::Sandbox)
    } else if let Some(c) = rest.strip_suffix(".app.preview") {
        (c, UrlEnvironment::Preview)
    } else if let Some(c) = rest.strip_suffix(".app") {
        (c, UrlEnvironment::Production)
    } else {
        return Err(format!(
            "'{host}' is a generic OpenAir host (OpenAir answers error 426): use the account-specific one, <company>.app[.sandbox].openair.com or <company>.app[.sandbox].netsuitesuiteprojectspro.com"
        ));
    };
    if company.is_empty() || company.contains('.') {
        return Err(format!("'{host}' has no company id before .app"));
    }
    Ok((company.to_string(), env))
}

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
    let name_of = |id: &str| field(id).map(|f| f.0).unwrap_or("?").to_string();
    for id in changed {
        if !present.iter().any(|p| p == id) {
            errors.push((
                name_of(id),
                format!("the field {id} does not exist in this account: bundle 369637 4.0 adds the certificate-flow fields; `oa-rt bundles` shows what to update"),
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

/// Findings about the record as it is (for `show` and `status`).
pub fn check(values: &Map<String, Value>, present: &[String], account: &AccountId) -> Vec<Finding> {
    let mut out = Vec::new();
    let get = |id: &str| values.get(id).filter(|v| !v.is_null() && *v != &json!(""));
    let enable = get("custrecord_oa_realtime_enable") == Some(&Value::Bool(true));
    out.push(Finding {
        check: "real-time integration box".into(),
        verdict: if enable { Verdict::Ok } else { Verdict::Fail },
        detail: if enable {
            "checked".into()
        } else {
            "not checked".into()
        },
        fix: (!enable).then(|| "oa-rt settings set enable=true".into()),
    });
    out.push(match get("custrecord_oa_realtime_email") {
        Some(Value::String(e)) if valid_email(e).is_ok() => Finding {
            check: "error e-mail".into(),
            verdict: Verdict::Ok,
            detail: e.clone(),
            fix: None,
        },
        Some(Value::String(e)) => Finding {
            check: "error e-mail".into(),
            verdict: Verdict::Fail,
            detail: format!("'{e}' is not an e-mail address"),
            fix: Some("oa-rt settings set error-email=you@example.com".into()),
        },
        _ => Finding {
            check: "error e-mail".into(),
            verdict: Verdict::Fail,
            detail: "empty: nobody hears of failed real-time imports".into(),
            fix: Some("oa-rt settings set error-email=you@example.com".into()),
        },
    });
    let has_url_field = present.iter().any(|p| p == "custrecord_oa_url");
    let url = get("custrecord_oa_url");
    let db = get("custrecord_oa_db_id");
    if !has_url_field {
        out.push(Finding {
            check: "OpenAir URL and database id".into(),
            verdict: Verdict::Fail,
            detail: "the fields do not exist: 369637 is older than 4.0".into(),
            fix: Some("update bundle 369637 first (`oa-rt bundles`)".into()),
        });
    } else {
        match url {
            Some(Value::String(u)) => {
                let errors = validate(values, present, &[], account, &Context { lead_deployed: true, prospect_deployed: true });
                let url_error = errors.iter().find(|(f, _)| f == "openair-url");
                out.push(Finding {
                    check: "OpenAir URL".into(),
                    verdict: if url_error.is_some() { Verdict::Fail } else { Verdict::Ok },
                    detail: url_error.map(|(_, e)| e.clone()).unwrap_or_else(|| u.clone()),
                    fix: url_error.map(|_| "oa-rt settings set openair-url=https://<company>.app.sandbox.netsuitesuiteprojectspro.com".into()),
                });
            }
            _ => out.push(Finding {
                check: "OpenAir URL".into(),
                verdict: Verdict::Fail,
                detail: "empty: the v2.0 script falls back to SuiteSignOn, which has ended".into(),
                fix: Some("oa-rt settings set openair-url=https://<company>.app[.sandbox].netsuitesuiteprojectspro.com".into()),
            }),
        }
        out.push(match db {
            Some(Value::String(d)) => Finding {
                check: "OpenAir database id".into(),
                verdict: Verdict::Ok,
                detail: d.clone(),
                fix: None,
            },
            _ => Finding {
                check: "OpenAir database id".into(),
                verdict: Verdict::Fail,
                detail: "empty: the v2.0 script falls back to SuiteSignOn, which has ended".into(),
                fix: Some("oa-rt settings set openair-db-id=<company id>".into()),
            },
        });
    }
    if get("custrecord_oa_realtime_sso_record").is_some() && (url.is_none() || db.is_none()) {
        out.push(Finding {
            check: "SuiteSignOn record".into(),
            verdict: Verdict::Warn,
            detail: "still set while the URL or database id is empty: the script would use SuiteSignOn, which NetSuite no longer supports".into(),
            fix: Some("set openair-url and openair-db-id, then clear it: oa-rt settings set suitesignon-record=".into()),
        });
    }
    out
}

/// The changes a set of assignments makes: only fields whose value differs. (field id, from, to)
pub fn diff(
    current: &Map<String, Value>,
    wanted: &[(&'static str, Value)],
) -> Vec<(&'static str, Value, Value)> {
    wanted
        .iter()
        .filter_map(|(id, to)| {
            let from = current.get(*id).cloned().unwrap_or(Value::Null);
            let same = from == *to
                || (to.is_null() && from == json!(""))
                || (*to == Value::Bool(false) && from.is_null());
            (!same).then(|| (*id, from, to.clone()))
        })
        .collect()
}

/// The PATCH body: only the changed fields, selects as `{ "id": ... }`, `null` clears.
pub fn patch_body(changes: &[(&'static str, Value, Value)]) -> Map<String, Value> {
    changes
        .iter()
        .map(|(id, _, to)| {
            let v = match (field(id).map(|f| f.2), to) {
                (Some(Kind::Select), Value::String(s)) => json!({ "id": s }),
                (_, v) => v.clone(),
            };
            (id.to_string(), v)
        })
        .collect()
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
            ("custrecord_oa_realtime_enable", Value::Bool(true))
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
    fn openair_urls() {
        assert_eq!(
            parse_openair_url("https://acme.app.sandbox.netsuitesuiteprojectspro.com").unwrap(),
            ("acme".into(), UrlEnvironment::Sandbox)
        );
        assert_eq!(
            parse_openair_url("https://acme.app.openair.com/")
                .unwrap()
                .1,
            UrlEnvironment::Production
        );
        assert!(
            parse_openair_url("https://www.openair.com")
                .unwrap_err()
                .contains("generic")
        );
        assert!(
            parse_openair_url("http://acme.app.openair.com")
                .unwrap_err()
                .contains("https")
        );
        assert!(
            parse_openair_url("https://acme.example.com")
                .unwrap_err()
                .contains("not an OpenAir host")
        );
        assert!(
            parse_openair_url("https://acme.app.openair.com/login")
                .unwrap_err()
                .contains("without a path")
        );
    }

    #[test]
    fn sandbox_pairs_with_sandbox() {
        let present: Vec<String> = FIELDS.iter().map(|f| f.1.to_string()).collect();
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
    fn leads_need_their_deployment_and_fields_must_exist() {
        let mut after = Map::new();
        after.insert(
            "custrecord_oa_realtime_include_lead".into(),
            Value::Bool(true),
        );
        let all: Vec<String> = FIELDS.iter().map(|f| f.1.to_string()).collect();
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
        assert!(e[0].1.contains("369637 4.0"), "{e:?}");
    }

    #[test]
    fn only_differences_are_patched() {
        let mut current = Map::new();
        current.insert("custrecord_oa_realtime_enable".into(), Value::Bool(true));
        current.insert("custrecord_oa_realtime_email".into(), json!("a@b.co"));
        let wanted = vec![
            ("custrecord_oa_realtime_enable", Value::Bool(true)),
            ("custrecord_oa_realtime_email", json!("c@d.co")),
            ("custrecord_oa_realtime_include_lead", Value::Bool(false)),
            ("custrecord_oa_realtime_sso_record", json!("12")),
        ];
        let d = diff(&current, &wanted);
        let ids: Vec<&str> = d.iter().map(|(id, _, _)| *id).collect();
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
    fn suitesignon_left_set_without_url_is_flagged() {
        let mut v = Map::new();
        v.insert("custrecord_oa_realtime_enable".into(), Value::Bool(true));
        v.insert("custrecord_oa_realtime_sso_record".into(), json!("12"));
        let present: Vec<String> = FIELDS.iter().map(|f| f.1.to_string()).collect();
        let f = check(&v, &present, &acct("1_SB1"));
        assert!(
            f.iter()
                .any(|x| x.check == "SuiteSignOn record" && x.verdict == Verdict::Warn)
        );
    }
}
