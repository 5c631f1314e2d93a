//! The config file and its profiles.
//!
//! `$XDG_CONFIG_HOME/oa-rt/config.toml` (or `--config` / `OA_RT_CONFIG`) holds named profiles; a profile pairs one
//! NetSuite account with one OpenAir company. The file holds no secret: secrets are `{ env = .. }` or `{ file = .. }`
//! references, read only when a command goes to the network ([`ProfileConfig::resolve`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::client::netsuite::m2m::SigningKey;
use crate::client::profile::openair_base_url;
use crate::error::Failure;
use crate::platform::account::AccountId;
use crate::secret::SecretSource;

pub use crate::client::profile::{
    DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_SECS, FieldMappings, NetSuiteAuth, NetSuiteIdFields,
    NetSuiteProfile, OpenAirAuth, OpenAirDomain, OpenAirEnvironment, OpenAirProfile, Profile,
};

pub const DEFAULT_ROLE: &str = "NSOA Connector";

/// The longest request timeout a profile may set (an hour: longer is a hang, not patience).
pub const MAX_TIMEOUT_SECS: u64 = 3600;

/// A profile name is a TOML key and a word on the command line: not empty, no spaces or control characters.
pub fn validate_profile_name(name: &str) -> std::result::Result<(), String> {
    if name.trim().is_empty() {
        return Err("a profile name cannot be empty".into());
    }
    if name.len() > 64 || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "'{name}' is not a profile name (up to 64 characters, no spaces)"
        ));
    }
    Ok(())
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The profile used when neither `--profile` nor `OA_RT_PROFILE` names one.
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, ProfileConfig>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileConfig {
    pub netsuite: NetSuiteConfig,
    pub openair: OpenAirConfig,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NetSuiteConfig {
    /// `1234567`, `1234567_SB1`, `1234567_RP`.
    pub account: String,
    /// The integration role (NSOA Connector, SuiteProjects Pro Integration Administrator, or a custom one).
    #[serde(default = "default_role")]
    pub role: String,
    /// Replaces both `https://<acct>.suitetalk.api.netsuite.com` and `https://<acct>.restlets.api.netsuite.com`
    /// (the emulator serves both on one port).
    pub base_url: Option<Url>,
    /// Replaces the RESTlet host alone: the RESTlet domain on Setup > Company > Company Information > Company URLs,
    /// which Oracle says to take from there rather than build (section_4697322330).
    pub restlet_base_url: Option<Url>,
    /// Requests in flight at once. NetSuite's account-wide limit is 5 on Standard accounts; stay below it.
    pub concurrency: Option<usize>,
    pub timeout_secs: Option<u64>,
    pub auth: NetSuiteAuthConfig,
}

fn default_role() -> String {
    DEFAULT_ROLE.to_string()
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(tag = "method", rename_all = "lowercase", deny_unknown_fields)]
pub enum NetSuiteAuthConfig {
    /// OAuth 2.0 client credentials (machine to machine) with a certificate.
    M2m {
        client_id: String,
        certificate_id: String,
        private_key_file: PathBuf,
    },
    /// Token-based authentication (OAuth 1.0a). NetSuite takes no new TBA integrations from 2027.1.
    Tba {
        consumer_key: SecretSource,
        consumer_secret: SecretSource,
        token_id: SecretSource,
        token_secret: SecretSource,
    },
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OpenAirConfig {
    /// The company id: the account-specific host is typically `<company>.app[.sandbox|.preview].<domain>`.
    pub company: String,
    pub environment: OpenAirEnvironment,
    #[serde(default = "default_domain")]
    pub domain: OpenAirDomain,
    /// The account's address, when it is not the one derived from the company id (Oracle says the host is only
    /// "typically" based on it). Named here, it is what the settings record gets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// The value for the settings record's database id, when it is not the company id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub db_id: Option<String>,
    pub base_url: Option<Url>,
    pub timeout_secs: Option<u64>,
    pub auth: OpenAirAuthConfig,
    /// The names of the connector's "NetSuite ID" custom fields where the account's differ from the defaults
    /// (`[profiles.NAME.openair.netsuite_id_fields]`, keys `customer`, `project`, `user`, `project_task`).
    #[serde(default, skip_serializing_if = "NetSuiteIdFields::is_empty")]
    pub netsuite_id_fields: NetSuiteIdFields,
    /// The fields the connector maps, where the account's differ from the defaults: what the running-order probe
    /// compares (`[profiles.NAME.openair.field_mappings.customer]` `companyname = "name"`; keys `customer`,
    /// `project`, `user`, `project_task`; a table replaces that object's defaults).
    #[serde(default, skip_serializing_if = "FieldMappings::is_empty")]
    pub field_mappings: FieldMappings,
}

fn default_domain() -> OpenAirDomain {
    OpenAirDomain::SuiteProjectsPro
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(tag = "method", rename_all = "lowercase", deny_unknown_fields)]
pub enum OpenAirAuthConfig {
    /// An OAuth 2.0 access token (scope `xml`).
    Token {
        access_token: SecretSource,
        namespace: Option<String>,
        key: Option<SecretSource>,
    },
    /// Company/user/password login with the API namespace and key.
    Login {
        user: String,
        password: SecretSource,
        namespace: String,
        key: SecretSource,
    },
}

// ---- locating and loading ---------------------------------------------------------------------------------------

/// The config file path: `--config`/`OA_RT_CONFIG` (already merged by clap), else the XDG location.
pub fn config_path(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = explicit {
        return Ok(p.to_path_buf());
    }
    Ok(crate::dirs::config_dir()?.join("config.toml"))
}

/// The config file's text: empty when the file does not exist yet; a file that cannot be read is bad input.
pub fn read_text(path: &Path) -> Result<String> {
    match crate::fsutil::read_text(path) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(Failure::usage(format!(
            "cannot read config file {}: {}",
            path.display(),
            crate::fsutil::io_reason(&e)
        ))
        .with_hint(
            "name the TOML config file with --config FILE (or OA_RT_CONFIG), readable by you",
        )
        .into()),
    }
}

/// Reads the config file. A missing file is an empty config; a malformed one names line and column.
pub fn load(path: &Path) -> Result<ConfigFile> {
    let text = read_text(path)?;
    if text.is_empty() {
        return Ok(ConfigFile::default());
    }
    let file = parse(&text).map_err(|e| {
        anyhow::Error::from(
            Failure::usage(format!("config file {}: {e}", path.display()))
                .with_hint("fix the file, or see README \"Profiles\" for an example"),
        )
    })?;
    // No profile may point at a URL secrets would travel to in clear text, used or not.
    for (name, p) in &file.profiles {
        p.check_transport(name)
            .with_context(|| format!("config file {}", path.display()))?;
    }
    Ok(file)
}

/// Parses config text; the error names line and column of the problem.
pub fn parse(text: &str) -> std::result::Result<ConfigFile, String> {
    toml::from_str::<ConfigFile>(text).map_err(|e| {
        let message = e.message().trim().to_string();
        match e.span() {
            Some(span) => {
                let (line, col) = line_col(text, span.start);
                format!("line {line}, column {col}: {message}")
            }
            None => message,
        }
    })
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

impl ConfigFile {
    /// Picks the profile: the one named (flag or environment), else `default_profile`, else the only one.
    pub fn select(&self, requested: Option<&str>, path: &Path) -> Result<(String, ProfileConfig)> {
        let name = match requested {
            Some(n) => n.to_string(),
            None => match (&self.default_profile, self.profiles.len()) {
                (Some(d), _) => d.clone(),
                (None, 1) => self.profiles.keys().next().cloned().unwrap_or_default(),
                (None, 0) => {
                    return Err(Failure::usage(format!("no profile in {}", path.display()))
                        .with_hint(
                            "add one with `oa-rt profile add NAME ...`, or try the emulator: `oa-rt --emulator bundles`",
                        )
                        .into());
                }
                (None, _) => {
                    return Err(Failure::usage(format!(
                        "several profiles in {} and none chosen: {}",
                        path.display(),
                        self.names().join(", ")
                    ))
                    .with_hint("pass --profile NAME, set OA_RT_PROFILE, or set default_profile in the file")
                    .into());
                }
            },
        };
        match self.profiles.get(&name) {
            Some(p) => Ok((name, p.clone())),
            None => Err(self.unknown_profile(&name, path).into()),
        }
    }

    /// The refusal of a profile name the file does not hold: the closest name, and the names it holds.
    pub fn unknown_profile(&self, name: &str, path: &Path) -> Failure {
        let f = Failure::usage(format!("unknown profile '{name}' (in {})", path.display()));
        let names = self.names();
        match crate::text::closest(name, &names) {
            Some(s) => f.with_hint(format!(
                "did you mean '{s}'? Profiles: {}",
                names.join(", ")
            )),
            None if names.is_empty() => f.with_hint("add one with `oa-rt profile add NAME ...`"),
            None => f.with_hint(format!("profiles: {}", names.join(", "))),
        }
    }

    pub fn names(&self) -> Vec<String> {
        self.profiles.keys().cloned().collect()
    }
}

impl ProfileConfig {
    /// Checks what can be checked without reading secrets (account id, company id, URLs).
    pub fn validate(&self, name: &str) -> Result<AccountId> {
        validate_profile_name(name).map_err(|e| {
            Failure::usage(e)
                .with_hint("name the profile with letters, digits, '-' or '_', like `sandbox`")
        })?;
        self.check_transport(name)?;
        let account = AccountId::parse(&self.netsuite.account)
            .map_err(|e| Failure::usage(format!("profile '{name}': netsuite.account: {e}")))?;
        validate_company(&self.openair.company)
            .map_err(|e| Failure::usage(format!("profile '{name}': openair.company: {e}")))?;
        if let Some(url) = &self.openair.url {
            crate::platform::openair::parse_openair_url(url.as_str().trim_end_matches('/'))
                .map_err(|e| Failure::usage(format!("profile '{name}': openair.url: {e}")))?;
        }
        if let Some(db_id) = &self.openair.db_id {
            validate_company(db_id)
                .map_err(|e| Failure::usage(format!("profile '{name}': openair.db_id: {e}")))?;
        }
        self.openair.netsuite_id_fields.validate().map_err(|e| {
            Failure::usage(format!("profile '{name}': openair.netsuite_id_fields.{e}"))
        })?;
        self.openair
            .field_mappings
            .validate()
            .map_err(|e| Failure::usage(format!("profile '{name}': openair.field_mappings.{e}")))?;
        for (what, t) in [
            ("netsuite.timeout_secs", self.netsuite.timeout_secs),
            ("openair.timeout_secs", self.openair.timeout_secs),
        ] {
            if let Some(t) = t.filter(|t| !(1..=MAX_TIMEOUT_SECS).contains(t)) {
                return Err(Failure::usage(format!(
                    "profile '{name}': {what} = {t}: a timeout is from 1 to {MAX_TIMEOUT_SECS} seconds"
                ))
                .with_hint(format!(
                    "set it in that range, or leave it out for the default ({DEFAULT_TIMEOUT_SECS})"
                ))
                .into());
            }
        }
        if self.netsuite.concurrency == Some(0) {
            return Err(Failure::usage(format!(
                "profile '{name}': netsuite.concurrency must be at least 1"
            ))
            .into());
        }
        Ok(account)
    }

    /// Refuses any URL of the profile that is neither `https://` nor plain `http://` to loopback.
    pub fn check_transport(&self, name: &str) -> Result<()> {
        let urls = [
            ("netsuite.base_url", &self.netsuite.base_url),
            ("netsuite.restlet_base_url", &self.netsuite.restlet_base_url),
            ("openair.base_url", &self.openair.base_url),
            ("openair.url", &self.openair.url),
        ];
        for (what, url) in urls {
            if let Some(u) = url {
                crate::client::http::check_transport(&format!("profile '{name}': {what}"), u)?;
            }
        }
        Ok(())
    }

    /// Loads the secrets and builds the profile the clients use.
    pub fn resolve(&self, name: &str) -> Result<Profile> {
        let account = self.validate(name)?;
        let ns = &self.netsuite;
        let auth = match &ns.auth {
            NetSuiteAuthConfig::M2m {
                client_id,
                certificate_id,
                private_key_file,
            } => NetSuiteAuth::M2m {
                client_id: client_id.clone(),
                certificate_id: certificate_id.clone(),
                key: SigningKey::from_file(private_key_file)
                    .with_context(|| format!("profile '{name}'"))?,
            },
            NetSuiteAuthConfig::Tba {
                consumer_key,
                consumer_secret,
                token_id,
                token_secret,
            } => NetSuiteAuth::Tba {
                consumer_key: consumer_key.load("NetSuite consumer key")?,
                consumer_secret: consumer_secret.load("NetSuite consumer secret")?,
                token_id: token_id.load("NetSuite token id")?,
                token_secret: token_secret.load("NetSuite token secret")?,
            },
        };
        let oa = &self.openair;
        let (oa_auth, namespace, key) = match &oa.auth {
            OpenAirAuthConfig::Token {
                access_token,
                namespace,
                key,
            } => (
                OpenAirAuth::Token {
                    access_token: access_token.load("OpenAir access token")?,
                },
                namespace.clone(),
                key.as_ref()
                    .map(|k| k.load("OpenAir API key"))
                    .transpose()?,
            ),
            OpenAirAuthConfig::Login {
                user,
                password,
                namespace,
                key,
            } => (
                OpenAirAuth::Login {
                    user: user.clone(),
                    password: password.load("OpenAir password")?,
                },
                Some(namespace.clone()),
                Some(key.load("OpenAir API key")?),
            ),
        };
        Ok(Profile {
            name: name.to_string(),
            netsuite: NetSuiteProfile {
                account,
                role: ns.role.clone(),
                base_url: ns.base_url.clone(),
                restlet_base_url: ns.restlet_base_url.clone(),
                concurrency: ns.concurrency.unwrap_or(DEFAULT_CONCURRENCY),
                timeout: Duration::from_secs(ns.timeout_secs.unwrap_or(DEFAULT_TIMEOUT_SECS)),
                auth,
                cache_tokens: true,
            },
            openair: OpenAirProfile {
                company: oa.company.clone(),
                environment: oa.environment,
                domain: oa.domain,
                url: oa.url.clone(),
                db_id: oa.db_id.clone(),
                base_url: oa.base_url.clone(),
                timeout: Duration::from_secs(oa.timeout_secs.unwrap_or(DEFAULT_TIMEOUT_SECS)),
                auth: oa_auth,
                namespace,
                key,
                netsuite_id_fields: oa.netsuite_id_fields.clone(),
                field_mappings: oa.field_mappings.clone(),
            },
        })
    }
}

/// OpenAir company ids become a host label: letters, digits, `-` and `_`.
pub fn validate_company(company: &str) -> std::result::Result<(), String> {
    if company.is_empty() {
        return Err("is empty".into());
    }
    if !company
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(format!(
            "'{company}' is not a company id (letters, digits, '-' and '_' only; the id you sign in with)"
        ));
    }
    Ok(())
}

impl OpenAirConfig {
    pub fn base_url(&self) -> Url {
        openair_base_url(
            &self.company,
            self.environment,
            self.domain,
            self.base_url.as_ref(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
default_profile = "sandbox"

[profiles.sandbox.netsuite]
account = "1234567_SB1"
role = "NSOA Connector"
auth = { method = "m2m", client_id = "abc", certificate_id = "cert", private_key_file = "/k.pem" }

[profiles.sandbox.openair]
company = "acme"
environment = "sandbox"
auth = { method = "token", access_token = { env = "OA_TOKEN" } }

[profiles.prod.netsuite]
account = "1234567"
[profiles.prod.netsuite.auth]
method = "tba"
consumer_key = { env = "NS_CK" }
consumer_secret = { env = "NS_CS" }
token_id = { file = "/t" }
token_secret = { file = "/ts" }

[profiles.prod.openair]
company = "acme"
environment = "production"
domain = "openair.com"
auth = { method = "login", user = "admin", password = { env = "OA_PW" }, namespace = "default", key = { env = "OA_KEY" } }
"#;

    #[test]
    fn example_parses_and_selects() {
        let cfg = parse(EXAMPLE).unwrap();
        let p = Path::new("c.toml");
        assert_eq!(cfg.select(None, p).unwrap().0, "sandbox");
        let (_, prod) = cfg.select(Some("prod"), p).unwrap();
        assert!(matches!(prod.netsuite.auth, NetSuiteAuthConfig::Tba { .. }));
        assert_eq!(prod.netsuite.role, DEFAULT_ROLE);
        assert_eq!(prod.openair.domain, OpenAirDomain::OpenAir);
    }

    #[test]
    fn unknown_profile_suggests_the_close_one() {
        let cfg = parse(EXAMPLE).unwrap();
        let err = cfg.select(Some("sandbx"), Path::new("c.toml")).unwrap_err();
        let f = crate::error::failure_of(&err).unwrap();
        assert_eq!(f.kind, crate::error::Kind::Usage);
        assert!(f.message.contains("unknown profile 'sandbx'"));
        assert!(f.hints[0].contains("did you mean 'sandbox'"));
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let err = parse("default_profile = \"x\"\n[profiles.a\nfoo = 1\n").unwrap_err();
        assert!(err.starts_with("line 2, column "), "{err}");
    }

    #[test]
    fn unknown_key_is_refused_with_its_line() {
        let err = parse("[profiles.a.netsuite]\naccount = \"1\"\nacount = \"2\"\n").unwrap_err();
        assert!(err.contains("line 3"), "{err}");
        assert!(err.contains("acount"), "{err}");
    }

    #[test]
    fn openair_hosts_for_each_environment_and_domain() {
        let mk = |env, domain| OpenAirProfile {
            company: "Acme_Co".into(),
            environment: env,
            domain,
            url: None,
            db_id: None,
            base_url: None,
            timeout: Duration::from_secs(1),
            auth: OpenAirAuth::Login {
                user: "u".into(),
                password: crate::secret::Secret::new("pw-for-test"),
            },
            namespace: None,
            key: None,
            netsuite_id_fields: NetSuiteIdFields::default(),
            field_mappings: FieldMappings::default(),
        };
        assert_eq!(
            mk(OpenAirEnvironment::Production, OpenAirDomain::OpenAir)
                .base_url()
                .as_str(),
            "https://acme-co.app.openair.com/"
        );
        assert_eq!(
            mk(OpenAirEnvironment::Sandbox, OpenAirDomain::SuiteProjectsPro)
                .base_url()
                .as_str(),
            "https://acme-co.app.sandbox.netsuitesuiteprojectspro.com/"
        );
        assert_eq!(
            mk(OpenAirEnvironment::Preview, OpenAirDomain::OpenAir)
                .base_url()
                .as_str(),
            "https://acme-co.app.preview.openair.com/"
        );
    }

    #[test]
    fn netsuite_id_fields_override_the_defaults_and_are_checked() {
        let with = |table: &str| {
            parse(&format!(
                "{EXAMPLE}\n[profiles.sandbox.openair.netsuite_id_fields]\n{table}\n"
            ))
        };
        let cfg = with("customer = \"nsid_customer__c\"").unwrap();
        let (name, p) = cfg.select(None, Path::new("c.toml")).unwrap();
        p.validate(&name).unwrap();
        let fields = &p.openair.netsuite_id_fields;
        assert_eq!(fields.field("customer").unwrap(), "nsid_customer__c");
        assert_eq!(fields.field("project").unwrap(), "netsuite_project_id__c");
        assert_eq!(fields.field("user").unwrap(), "netsuite_user_id__c");
        assert!(fields.field("vendor").is_none());

        let bad = with("project_task = \"netsuite_task_id\"").unwrap();
        let (name, p) = bad.select(None, Path::new("c.toml")).unwrap();
        let err = p.validate(&name).unwrap_err();
        let f = crate::error::failure_of(&err).unwrap();
        assert_eq!(f.kind, crate::error::Kind::Usage);
        assert!(
            f.message
                .contains("openair.netsuite_id_fields.project_task: 'netsuite_task_id'"),
            "{}",
            f.message
        );
        assert!(f.message.contains("__c"), "{}", f.message);

        let unknown = with("job = \"x__c\"").unwrap_err();
        assert!(unknown.contains("job"), "{unknown}");
    }

    #[test]
    fn field_mappings_replace_the_defaults_and_are_checked() {
        let with = |table: &str| {
            parse(&format!(
                "{EXAMPLE}\n[profiles.sandbox.openair.field_mappings.customer]\n{table}\n"
            ))
        };
        let cfg = with("companyname = \"name\"\ncustentity_region = \"region__c\"").unwrap();
        let (name, p) = cfg.select(None, Path::new("c.toml")).unwrap();
        p.validate(&name).unwrap();
        let m = &p.openair.field_mappings;
        let (fields, named) = m.fields("customer").unwrap();
        assert!(named);
        assert_eq!(
            fields,
            vec![
                ("companyname".to_string(), "name".to_string()),
                ("custentity_region".to_string(), "region__c".to_string())
            ]
        );
        // The other objects keep their defaults.
        let (project, named) = m.fields("project").unwrap();
        assert!(!named);
        assert_eq!(
            project,
            vec![("companyname".to_string(), "name".to_string())]
        );
        assert!(m.fields("user").unwrap().0.is_empty());
        assert!(m.fields("vendor").is_none());

        for (table, says) in [
            ("", "names no field"),
            ("companyname = \"na me\"", "'na me' is not an OpenAir field"),
            (
                "CompanyName = \"name\"",
                "'CompanyName' is not a NetSuite field id",
            ),
            ("companyname = \"region_c\"", "companyname"),
        ] {
            let cfg = with(table).unwrap();
            let (name, p) = cfg.select(None, Path::new("c.toml")).unwrap();
            match p.validate(&name) {
                Ok(_) if table.contains("region_c") => {}
                Ok(_) => panic!("{table} passed"),
                Err(err) => {
                    let f = crate::error::failure_of(&err).unwrap();
                    assert_eq!(f.kind, crate::error::Kind::Usage);
                    assert!(
                        f.message.contains("openair.field_mappings.customer"),
                        "{}",
                        f.message
                    );
                    assert!(f.message.contains(says), "{table}: {}", f.message);
                }
            }
        }
        let unknown = parse(&format!(
            "{EXAMPLE}\n[profiles.sandbox.openair.field_mappings.job]\ncompanyname = \"name\"\n"
        ))
        .unwrap_err();
        assert!(unknown.contains("job"), "{unknown}");
    }

    #[test]
    fn the_readme_profile_example_reads_and_names_every_key() {
        let readme = include_str!("../README.md");
        let start = readme
            .find("```toml\ndefault_profile = \"sandbox\"")
            .expect("the README's profile example");
        let block = &readme[start + "```toml\n".len()..];
        let block = &block[..block.find("```").unwrap()];
        let cfg = parse(block).unwrap();
        for (name, p) in &cfg.profiles {
            p.validate(name).unwrap();
        }
        // The optional keys are shown commented out; uncommented, they read too.
        let uncommented: String = block
            .lines()
            .map(|l| l.strip_prefix("# ").unwrap_or(l))
            .filter(|l| !l.starts_with("production") && !l.starts_with("my "))
            .collect::<Vec<_>>()
            .join("\n")
            // The emulator's port is a placeholder there.
            .replace(":PORT/", ":40071/");
        let cfg = parse(&uncommented).unwrap_or_else(|e| panic!("{e}\n{uncommented}"));
        let sb = &cfg.profiles["sandbox"];
        assert!(sb.netsuite.base_url.is_some() && sb.openair.base_url.is_some());
        assert!(sb.netsuite.restlet_base_url.is_some() && sb.netsuite.concurrency.is_some());
        assert!(sb.netsuite.timeout_secs.is_some() && sb.openair.timeout_secs.is_some());
        assert!(sb.openair.url.is_some() && sb.openair.db_id.is_some());
        assert!(!sb.openair.netsuite_id_fields.is_empty() && !sb.openair.field_mappings.is_empty());
    }

    #[test]
    fn company_ids_are_checked() {
        assert!(validate_company("acme-1").is_ok());
        assert!(validate_company("").is_err());
        assert!(validate_company("www.openair.com").is_err());
    }
}
