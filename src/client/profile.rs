//! A profile ready for the network: identifiers validated, secrets loaded. The config file
//! ([`crate::config`]) resolves to this; the embedded emulator builds one directly.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::client::netsuite::m2m::SigningKey;
use crate::platform::account::AccountId;
use crate::secret::Secret;

/// Requests in flight at once. NetSuite's account-wide limit is 5 on Standard accounts; stay below it.
pub const DEFAULT_CONCURRENCY: usize = 4;
pub const DEFAULT_TIMEOUT_SECS: u64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum OpenAirEnvironment {
    Production,
    Sandbox,
    Preview,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, clap::ValueEnum)]
pub enum OpenAirDomain {
    #[serde(rename = "openair.com")]
    #[value(name = "openair.com")]
    OpenAir,
    #[serde(rename = "netsuitesuiteprojectspro.com")]
    #[value(name = "netsuitesuiteprojectspro.com")]
    SuiteProjectsPro,
}

impl OpenAirDomain {
    pub fn as_str(self) -> &'static str {
        match self {
            OpenAirDomain::OpenAir => "openair.com",
            OpenAirDomain::SuiteProjectsPro => "netsuitesuiteprojectspro.com",
        }
    }
}

/// A profile ready for the network: identifiers validated, secrets loaded.
pub struct Profile {
    pub name: String,
    pub netsuite: NetSuiteProfile,
    pub openair: OpenAirProfile,
}

pub struct NetSuiteProfile {
    pub account: AccountId,
    pub role: String,
    pub base_url: Option<Url>,
    pub restlet_base_url: Option<Url>,
    pub concurrency: usize,
    pub timeout: Duration,
    pub auth: NetSuiteAuth,
    /// Keep M2M access tokens on disk between runs (not for throw-away emulators).
    pub cache_tokens: bool,
}

pub enum NetSuiteAuth {
    M2m {
        client_id: String,
        certificate_id: String,
        key: SigningKey,
    },
    Tba {
        consumer_key: Secret,
        consumer_secret: Secret,
        token_id: Secret,
        token_secret: Secret,
    },
}

pub struct OpenAirProfile {
    pub company: String,
    pub environment: OpenAirEnvironment,
    pub domain: OpenAirDomain,
    /// The account's address, when the profile names it.
    pub url: Option<Url>,
    /// The settings record's database id, when the profile names it.
    pub db_id: Option<String>,
    /// Where the client sends its requests instead (an emulator).
    pub base_url: Option<Url>,
    pub timeout: Duration,
    pub auth: OpenAirAuth,
    pub namespace: Option<String>,
    pub key: Option<Secret>,
    /// The account's names of the connector's "NetSuite ID" custom fields, where they differ from the defaults.
    pub netsuite_id_fields: NetSuiteIdFields,
    /// The account's field mappings, where they differ from the defaults.
    pub field_mappings: FieldMappings,
}

/// The fields the NetSuite Connector maps from a NetSuite record into its OpenAir object, where an account's
/// mapping differs from the defaults (`crate::platform::openair_objects::OBJECTS`, each with its source): per
/// OpenAir object, NetSuite field id → OpenAir field. `verify-order --probe` and `test-import` compare them.
///
/// ```toml
/// [profiles.sandbox.openair.field_mappings.customer]
/// companyname = "name"
/// custentity_acme_region = "region__c"
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FieldMappings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_task: Option<std::collections::BTreeMap<String, String>>,
}

impl FieldMappings {
    pub fn is_empty(&self) -> bool {
        *self == FieldMappings::default()
    }

    fn named(
        &self,
    ) -> [(
        &'static str,
        Option<&std::collections::BTreeMap<String, String>>,
    ); 4] {
        [
            ("customer", self.customer.as_ref()),
            ("project", self.project.as_ref()),
            ("user", self.user.as_ref()),
            ("project_task", self.project_task.as_ref()),
        ]
    }

    /// The mapped fields of OpenAir object `oa_type` as (NetSuite field, OpenAir field), and whether the profile
    /// named them: the profile's table replaces the defaults. None for an object the import does not write.
    pub fn fields(&self, oa_type: &str) -> Option<(Vec<(String, String)>, bool)> {
        let object = crate::platform::openair_objects::object(oa_type)?;
        let named = self
            .named()
            .into_iter()
            .find(|(k, _)| *k == oa_type)
            .and_then(|(_, v)| v);
        Some(match named {
            Some(map) => (
                map.iter().map(|(n, o)| (n.clone(), o.clone())).collect(),
                true,
            ),
            None => (
                object
                    .mapped
                    .iter()
                    .map(|(n, o)| (n.to_string(), o.to_string()))
                    .collect(),
                false,
            ),
        })
    }

    /// Checks every table the profile sets: at least one field, each a NetSuite field id and an OpenAir field.
    pub fn validate(&self) -> Result<(), String> {
        for (object, map) in self.named() {
            let Some(map) = map else { continue };
            if map.is_empty() {
                return Err(format!(
                    "{object}: names no field (leave the table out to use the defaults)"
                ));
            }
            for (ns, oa) in map {
                crate::platform::openair_objects::validate_netsuite_field(ns)
                    .map_err(|e| format!("{object}.{ns}: {e}"))?;
                crate::platform::openair_objects::validate_openair_field(oa)
                    .map_err(|e| format!("{object}.{ns}: {e}"))?;
            }
        }
        Ok(())
    }
}

/// The internal names of the NetSuite Connector's "NetSuite ID" custom fields, per OpenAir object, where an account
/// differs from the defaults (`crate::platform::openair_objects::OBJECTS`, each with its source). Oracle publishes
/// only the labels ("NetSuite Customer ID"); the names are in OpenAir at Administration > Global Settings > Custom
/// Fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NetSuiteIdFields {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_task: Option<String>,
}

impl NetSuiteIdFields {
    pub fn is_empty(&self) -> bool {
        *self == NetSuiteIdFields::default()
    }

    /// The names the profile sets: (OpenAir object, name).
    pub fn set(&self) -> Vec<(&'static str, &str)> {
        [
            ("customer", &self.customer),
            ("project", &self.project),
            ("user", &self.user),
            ("project_task", &self.project_task),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_deref().map(|v| (k, v)))
        .collect()
    }

    /// The field that holds the NetSuite internal id on OpenAir object `oa_type`: the profile's name, else the
    /// default. None for an object the import does not write.
    pub fn field(&self, oa_type: &str) -> Option<String> {
        let named = self
            .set()
            .into_iter()
            .find(|(k, _)| *k == oa_type)
            .map(|(_, v)| v.to_string());
        named.or_else(|| {
            crate::platform::openair_objects::object(oa_type)
                .map(|o| o.netsuite_id_field.to_string())
        })
    }

    /// Checks every name the profile sets (`__c` custom field names).
    pub fn validate(&self) -> Result<(), String> {
        for (object, name) in self.set() {
            crate::platform::openair_objects::validate_custom_field(name)
                .map_err(|e| format!("{object}: {e}"))?;
        }
        Ok(())
    }
}

pub enum OpenAirAuth {
    Token { access_token: Secret },
    Login { user: String, password: Secret },
}

impl NetSuiteAuth {
    pub fn method(&self) -> &'static str {
        match self {
            NetSuiteAuth::M2m { .. } => "m2m",
            NetSuiteAuth::Tba { .. } => "tba",
        }
    }
}

impl OpenAirProfile {
    /// The account's public address — what NetSuite's settings record holds (`custrecord_oa_url`) — and whether
    /// the profile names it (`openair.url`) or it is derived from the company id,
    /// `https://<company>.app[.sandbox].<domain>`, which Oracle says is only what it "typically" is.
    pub fn account_url(&self) -> (String, bool) {
        let url = openair_base_url(
            &self.company,
            self.environment,
            self.domain,
            self.url.as_ref(),
        );
        (
            url.as_str().trim_end_matches('/').to_string(),
            self.url.is_some(),
        )
    }

    /// The settings record's database id, and whether the profile names it (`openair.db_id`) or it is the company
    /// id (what it holds is not published).
    pub fn db_id(&self) -> (String, bool) {
        match &self.db_id {
            Some(d) => (d.clone(), true),
            None => (self.company.clone(), false),
        }
    }

    /// Where the client sends its requests: the base URL override (an emulator), else the account's address.
    pub fn base_url(&self) -> Url {
        openair_base_url(
            &self.company,
            self.environment,
            self.domain,
            self.base_url.as_ref().or(self.url.as_ref()),
        )
    }
}

/// NetSuite's two hosts: REST (SuiteQL, the record API, the token endpoint) on
/// `https://<label>.suitetalk.api.netsuite.com/`, RESTlets (and the M2M certificate endpoints) on
/// `https://<label>.restlets.api.netsuite.com/` (Oracle section_4697322330, article_0209112818). `base_url`
/// replaces both (the emulator serves both on one port); `restlet_base_url` replaces the RESTlet host alone.
pub fn netsuite_hosts(
    account: &AccountId,
    base_url: Option<&Url>,
    restlet_base_url: Option<&Url>,
) -> (Url, Url) {
    let label = account.host_label();
    let rest = base_url.map(with_trailing_slash).unwrap_or_else(|| {
        Url::parse(&format!("https://{label}.suitetalk.api.netsuite.com/"))
            .expect("a validated account id makes a valid URL")
    });
    let restlet = restlet_base_url
        .or(base_url)
        .map(with_trailing_slash)
        .unwrap_or_else(|| {
            Url::parse(&format!("https://{label}.restlets.api.netsuite.com/"))
                .expect("a validated account id makes a valid URL")
        });
    (rest, restlet)
}

/// `https://<company>.app[.sandbox|.preview].<domain>/` unless the profile overrides the base URL.
pub fn openair_base_url(
    company: &str,
    environment: OpenAirEnvironment,
    domain: OpenAirDomain,
    override_url: Option<&Url>,
) -> Url {
    if let Some(u) = override_url {
        return with_trailing_slash(u);
    }
    let env = match environment {
        OpenAirEnvironment::Production => "",
        OpenAirEnvironment::Sandbox => "sandbox.",
        OpenAirEnvironment::Preview => "preview.",
    };
    let label = company.to_ascii_lowercase().replace('_', "-");
    Url::parse(&format!("https://{label}.app.{env}{}/", domain.as_str()))
        .expect("validated company id makes a valid URL")
}

/// The URL with a trailing slash, so that `join` appends to its path instead of replacing the last segment.
pub fn with_trailing_slash(u: &Url) -> Url {
    let mut u = u.clone();
    if !u.path().ends_with('/') {
        let p = format!("{}/", u.path());
        u.set_path(&p);
    }
    u
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn netsuite_serves_restlets_on_their_own_host_unless_told_otherwise() {
        let account = AccountId::parse("1234567_SB1").unwrap();
        let url = |s: &str| Url::parse(s).unwrap();
        let hosts = |base: Option<&str>, restlet: Option<&str>| {
            let (rest, restlet) =
                netsuite_hosts(&account, base.map(url).as_ref(), restlet.map(url).as_ref());
            (rest.to_string(), restlet.to_string())
        };
        assert_eq!(
            hosts(None, None),
            (
                "https://1234567-sb1.suitetalk.api.netsuite.com/".into(),
                "https://1234567-sb1.restlets.api.netsuite.com/".into()
            )
        );
        assert_eq!(
            hosts(Some("http://127.0.0.1:8080/netsuite"), None),
            (
                "http://127.0.0.1:8080/netsuite/".into(),
                "http://127.0.0.1:8080/netsuite/".into()
            ),
            "one override serves both (the emulator)"
        );
        assert_eq!(
            hosts(None, Some("https://acme-sb1.restlets.api.netsuite.com")).1,
            "https://acme-sb1.restlets.api.netsuite.com/"
        );
        assert_eq!(
            hosts(
                Some("http://127.0.0.1:8080/netsuite/"),
                Some("http://127.0.0.1:9090/r/")
            ),
            (
                "http://127.0.0.1:8080/netsuite/".into(),
                "http://127.0.0.1:9090/r/".into()
            )
        );
    }
}
