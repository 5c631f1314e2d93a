//! The OpenAir (SuiteProjects Pro) XML API client: `POST <account domain>/api.pl`.
//!
//! One request carries the envelope (`<request API_version client client_ver namespace key>`), `<Auth><Login>`
//! with an OAuth 2.0 access token or company/user/password, then commands. The HTTP status is 200 even on errors:
//! every command element carries its own `status` (0 = OK), and a malformed request is `<response status="1">`.
//! `namespace` and `key` go on the envelope whenever the profile names them, with an access token too: Oracle's
//! access-token sample carries both (article_31122801293), and no page says they may be left out.

use std::time::Duration;

use anyhow::Result;
use url::Url;

use crate::client::http::Http;
use crate::client::profile::{FieldMappings, NetSuiteIdFields, OpenAirAuth, OpenAirProfile};
use crate::error::{Failure, Kind};
use crate::secret::Secret;
use crate::xml::{self, Element};

pub const CLIENT_NAME: &str = "oa-rt";

pub struct OpenAir {
    http: Http,
    api_url: Url,
    company: String,
    auth: OpenAirAuth,
    namespace: Option<String>,
    key: Option<Secret>,
    netsuite_id_fields: NetSuiteIdFields,
    field_mappings: FieldMappings,
}

/// The authenticated user, from `Whoami`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WhoAmI {
    pub id: String,
    pub nickname: String,
    pub name: String,
}

/// What `check` learned, for `profile test`.
pub struct OpenAirCheck {
    pub user: WhoAmI,
    pub remaining_24h: Option<u64>,
    pub round_trip: Duration,
}

/// An object in OpenAir with the NetSuite id it was imported from.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ImportedObject {
    pub id: String,
    pub name: String,
    pub netsuite_id: String,
    /// `YYYY-MM-DD HH:MM:SS`: compares as text.
    pub updated: String,
}

/// Fields read from an OpenAir object: each its value (None: not in the answer), or why OpenAir refused it.
pub type FieldsRead =
    std::collections::BTreeMap<String, std::result::Result<Option<String>, String>>;

/// OpenAir's `<Date>` as `YYYY-MM-DD HH:MM:SS`.
fn date_text(date: &Element) -> String {
    let part = |k: &str| {
        date.child_text(k)
            .unwrap_or("0")
            .parse::<u32>()
            .unwrap_or(0)
    };
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        part("year"),
        part("month"),
        part("day"),
        part("hour"),
        part("minute"),
        part("second")
    )
}

/// The meaning of a command or Auth status code (SPP XML API error codes).
pub fn status_message(code: u32) -> (Kind, String) {
    match code {
        401 => (
            Kind::Auth,
            "authentication failed: the company, user and password (or the access token) were refused".into(),
        ),
        416 => (Kind::Auth, "the user is locked out; an administrator must unlock it in OpenAir".into()),
        426 => (
            Kind::Usage,
            "the request went to a generic OpenAir host; use the account-specific domain (<company>.app.openair.com or <company>.app.netsuitesuiteprojectspro.com)".into(),
        ),
        556 => (
            Kind::Service,
            "the API rate limit is exhausted for the current 24-hour window".into(),
        ),
        601 => (Kind::Service, "invalid id".into()),
        602 => (Kind::Service, "invalid field".into()),
        603 => (Kind::Service, "invalid type".into()),
        604 => (Kind::Service, "invalid method".into()),
        605 => (Kind::Service, "invalid limit (reads need 1 to 1000)".into()),
        other => (Kind::Service, format!("error code {other}")),
    }
}

impl OpenAir {
    pub fn new(profile: OpenAirProfile, http: Http) -> Result<Self> {
        let api_url = profile.base_url().join("api.pl")?;
        Ok(OpenAir {
            http,
            api_url,
            company: profile.company,
            auth: profile.auth,
            namespace: profile.namespace,
            key: profile.key,
            netsuite_id_fields: profile.netsuite_id_fields,
            field_mappings: profile.field_mappings,
        })
    }

    pub fn api_url(&self) -> &Url {
        &self.api_url
    }

    /// The request envelope with `Auth` and the given commands.
    fn envelope(&self, commands: Vec<Element>) -> Element {
        let mut request = Element::new("request")
            .attr("API_version", "1.0")
            .attr("client", CLIENT_NAME)
            .attr("client_ver", env!("CARGO_PKG_VERSION"));
        if let Some(ns) = &self.namespace {
            request = request.attr("namespace", ns.as_str());
        }
        if let Some(key) = &self.key {
            request = request.attr("key", key.expose());
        }
        let login = match &self.auth {
            OpenAirAuth::Token { access_token } => {
                Element::new("Login").child(Element::leaf("access_token", access_token.expose()))
            }
            OpenAirAuth::Login { user, password } => Element::new("Login")
                .child(Element::leaf("company", self.company.as_str()))
                .child(Element::leaf("user", user.as_str()))
                .child(Element::leaf("password", password.expose())),
        };
        request = request.child(Element::new("Auth").child(login));
        for c in commands {
            request = request.child(c);
        }
        request
    }

    /// Sends commands in one request and returns their answers in order, after checking `Auth` and each status.
    /// Every command we send reads, so the request is safe to retry.
    pub async fn call(&self, commands: Vec<Element>) -> Result<(Vec<Element>, Duration)> {
        let (answers, elapsed) = self.call_unchecked(commands).await?;
        for a in &answers {
            self.check_status(a, &a.name)?;
        }
        Ok((answers, elapsed))
    }

    /// [`Self::call`] without checking the commands' own statuses (`Auth` is checked): for callers that explain
    /// a command's refusal better than the generic message.
    async fn call_unchecked(&self, commands: Vec<Element>) -> Result<(Vec<Element>, Duration)> {
        let count = commands.len();
        let body = self.envelope(commands).to_xml(true);
        let response = self
            .http
            .send("XML API", true, || {
                Ok(self
                    .http
                    .client()
                    .post(self.api_url.clone())
                    .header("Content-Type", "application/xml")
                    .body(body.clone()))
            })
            .await?;
        if !response.status.is_success() {
            return Err(Failure::service(format!(
                "OpenAir XML API at {} answered HTTP {}",
                self.api_url,
                response.status.as_u16()
            ))
            .into());
        }
        let root = xml::parse(&response.text()).map_err(|e| {
            Failure::service(format!("OpenAir XML API sent an unreadable answer: {e}"))
        })?;
        if root.name != "response" {
            return Err(Failure::service(format!(
                "OpenAir XML API answered <{}> instead of <response>",
                root.name
            ))
            .into());
        }
        if let Some(status) = root.get_attr("status").filter(|s| *s != "0") {
            return Err(Failure::service(format!(
                "OpenAir refused the request as malformed (response status {status})"
            ))
            .into());
        }
        let mut children = root.children.into_iter();
        let auth = children
            .next()
            .filter(|e| e.name == "Auth")
            .ok_or_else(|| Failure::service("OpenAir XML API answer has no <Auth> element"))?;
        self.check_status(&auth, "Auth")?;
        let answers: Vec<Element> = children.collect();
        if answers.len() != count {
            return Err(Failure::service(format!(
                "OpenAir XML API answered {} commands out of {count}",
                answers.len()
            ))
            .into());
        }
        Ok((answers, response.elapsed))
    }

    fn check_status(&self, el: &Element, what: &str) -> Result<()> {
        let code: u32 = el
            .get_attr("status")
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        if code == 0 {
            return Ok(());
        }
        let (kind, message) = status_message(code);
        let mut f = Failure::new(kind, format!("OpenAir {what}: {message} (status {code})"));
        if kind == Kind::Auth {
            f = f.with_hint(match &self.auth {
                OpenAirAuth::Token { .. } => {
                    "get a new access token (they expire) for a user with API access"
                }
                OpenAirAuth::Login { .. } => {
                    "check company, user, password, API namespace and key in the profile"
                }
            });
        }
        Err(f.into())
    }

    /// Who we are and how many requests remain today, in one round trip.
    pub async fn check(&self) -> Result<OpenAirCheck> {
        let (answers, round_trip) = self
            .call(vec![
                Element::new("Whoami"),
                Element::new("Read")
                    .attr("type", "RateLimit")
                    .attr("method", "all")
                    .attr("limit", "1"),
            ])
            .await?;
        let user = answers[0]
            .find("User")
            .map(|u| WhoAmI {
                id: u.child_text("id").unwrap_or("").to_string(),
                nickname: u.child_text("nickname").unwrap_or("").to_string(),
                name: u.child_text("name").unwrap_or("").to_string(),
            })
            .ok_or_else(|| Failure::service("OpenAir Whoami answered without a <User>"))?;
        let remaining_24h = answers[1]
            .find("RateLimit")
            .and_then(|r| r.child_text("remain_24h_error"))
            .and_then(|v| v.parse().ok());
        Ok(OpenAirCheck {
            user,
            remaining_24h,
            round_trip,
        })
    }

    /// The custom field that holds the NetSuite internal id on OpenAir object `oa_type` (`customer`, `project`,
    /// `user`, `project_task`): the profile's name, else the default (`crate::platform::openair_objects`).
    pub fn netsuite_id_field(&self, oa_type: &str) -> Result<String> {
        self.netsuite_id_fields.field(oa_type).ok_or_else(|| {
            Failure::usage(format!(
                "'{oa_type}' is not an OpenAir object the real-time import writes"
            ))
            .into()
        })
    }

    /// The fields the connector maps into OpenAir object `oa_type`, as (NetSuite field, OpenAir field), and
    /// whether the profile named them (else the defaults, `crate::platform::openair_objects`).
    pub fn mapped_fields(&self, oa_type: &str) -> Result<(Vec<(String, String)>, bool)> {
        self.field_mappings.fields(oa_type).ok_or_else(|| {
            Failure::usage(format!(
                "'{oa_type}' is not an OpenAir object the real-time import writes"
            ))
            .into()
        })
    }

    /// The object the connector imported from NetSuite record `ns_id`, found the way the connector keeps it: by
    /// the object's "NetSuite ID" custom field (`enable_custom="1"`), not by `externalid`. `clear_filter_cache`
    /// asks OpenAir to rebuild the access token's cached filter set first, so that an object created after the
    /// token was issued (a first import) is found too; Oracle asks to use it sparingly, so callers send it only
    /// while the object has not been seen.
    pub async fn read_by_netsuite_id(
        &self,
        oa_type: &str,
        ns_id: &str,
        clear_filter_cache: bool,
    ) -> Result<Option<ImportedObject>> {
        let object = crate::platform::openair_objects::object(oa_type).ok_or_else(|| {
            Failure::usage(format!(
                "'{oa_type}' is not an OpenAir object the real-time import writes"
            ))
        })?;
        let xml_type = object.xml_type;
        let field = self.netsuite_id_field(oa_type)?;
        let mut read = Element::new("Read")
            .attr("type", xml_type)
            .attr("method", "equal to")
            .attr("enable_custom", "1");
        if clear_filter_cache {
            read = read.attr("clear_filter_cache", "1");
        }
        let read = read
            .attr("limit", "1")
            .child(Element::new(xml_type).child(Element::leaf(field.as_str(), ns_id)));
        let (answers, _) = self.call_unchecked(vec![read]).await?;
        let answer = &answers[0];
        if answer.get_attr("status").map(str::trim) == Some("602") {
            return Err(Failure::service(format!(
                "OpenAir refused to search {xml_type} by the custom field '{field}' (status 602, invalid field): \
                 this account's NetSuite ID field on {xml_type} has another name, or the connector never created one"
            ))
            .with_hint(format!(
                "in OpenAir, Administration > Global Settings > Custom Fields shows the {xml_type} field labelled \
                 like '{}'; name it in the profile: [profiles.NAME.openair.netsuite_id_fields] {oa_type} = \"...__c\"",
                object.label
            ))
            .into());
        }
        self.check_status(answer, "Read")?;
        Ok(answer.find(xml_type).map(|o| ImportedObject {
            id: o.child_text("id").unwrap_or("").to_string(),
            name: o.child_text("name").unwrap_or("").to_string(),
            netsuite_id: o.child_text(&field).unwrap_or("").to_string(),
            updated: o
                .find("updated")
                .and_then(|u| u.find("Date"))
                .map(date_text)
                .unwrap_or_default(),
        }))
    }

    /// Fields of the object imported from NetSuite record `ns_id` (found by the NetSuite ID custom field, as
    /// [`Self::read_by_netsuite_id`]), asked for by name with `<_Return>` (as public OpenAir clients do). None when
    /// no object holds that id. Each field answers its value (None: not in the answer), or why OpenAir refused it:
    /// a field the object does not have is status 602 (invalid field) for the whole read [unconfirmed: what the
    /// real API answers for an unknown `_Return` field], so after a 602 every field is asked alone and only the
    /// refused one degrades.
    pub async fn read_fields_by_netsuite_id(
        &self,
        oa_type: &str,
        ns_id: &str,
        fields: &[String],
    ) -> Result<Option<FieldsRead>> {
        match self.read_fields_once(oa_type, ns_id, fields).await? {
            Ok(found) => Ok(found),
            Err(why) if fields.len() <= 1 => Ok(Some(
                fields
                    .iter()
                    .map(|f| (f.clone(), Err(why.clone())))
                    .collect(),
            )),
            Err(_) => {
                let mut all = FieldsRead::new();
                for f in fields {
                    match self
                        .read_fields_once(oa_type, ns_id, std::slice::from_ref(f))
                        .await?
                    {
                        Ok(None) => return Ok(None),
                        Ok(Some(one)) => all.extend(one),
                        Err(why) => {
                            all.insert(f.clone(), Err(why));
                        }
                    }
                }
                Ok(Some(all))
            }
        }
    }

    /// One `<Read>` with `<_Return>`: the object's fields, or (Err inside) why OpenAir refused a field.
    async fn read_fields_once(
        &self,
        oa_type: &str,
        ns_id: &str,
        fields: &[String],
    ) -> Result<std::result::Result<Option<FieldsRead>, String>> {
        let object = crate::platform::openair_objects::object(oa_type).ok_or_else(|| {
            Failure::usage(format!(
                "'{oa_type}' is not an OpenAir object the real-time import writes"
            ))
        })?;
        let xml_type = object.xml_type;
        let id_field = self.netsuite_id_field(oa_type)?;
        let mut ret = Element::new("_Return");
        for f in fields {
            ret = ret.child(Element::new(f.as_str()));
        }
        let read = Element::new("Read")
            .attr("type", xml_type)
            .attr("method", "equal to")
            .attr("enable_custom", "1")
            .attr("limit", "1")
            .child(Element::new(xml_type).child(Element::leaf(id_field.as_str(), ns_id)))
            .child(ret);
        let (answers, _) = self.call_unchecked(vec![read]).await?;
        let answer = &answers[0];
        if answer.get_attr("status").map(str::trim) == Some("602") {
            return Ok(Err(format!(
                "OpenAir refused to read {} on {xml_type} (status 602, invalid field): the object has no such field, or the field's name differs in this account",
                fields.join(", ")
            )));
        }
        self.check_status(answer, "Read")?;
        Ok(Ok(answer.find(xml_type).map(|o| {
            fields
                .iter()
                .map(|f| (f.clone(), Ok(o.child_text(f).map(str::to_string))))
                .collect()
        })))
    }

    /// OpenAir's clock, as `YYYY-MM-DD HH:MM:SS` (for comparing update times later).
    pub async fn time(&self) -> Result<String> {
        let (answers, _) = self.call(vec![Element::new("Time")]).await?;
        let date = answers[0]
            .find("Date")
            .ok_or_else(|| Failure::service("OpenAir Time answered without a <Date>"))?;
        Ok(date_text(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_become_messages_with_the_right_kind() {
        let cases = [
            (401, Kind::Auth, "authentication failed"),
            (416, Kind::Auth, "locked"),
            (426, Kind::Usage, "account-specific domain"),
            (556, Kind::Service, "rate limit"),
            (601, Kind::Service, "invalid id"),
            (602, Kind::Service, "invalid field"),
            (603, Kind::Service, "invalid type"),
            (604, Kind::Service, "invalid method"),
            (605, Kind::Service, "invalid limit"),
            (999, Kind::Service, "error code 999"),
        ];
        for (code, kind, text) in cases {
            let (k, m) = status_message(code);
            assert_eq!(k, kind, "{code}");
            assert!(m.contains(text), "{code}: {m}");
        }
    }
}
