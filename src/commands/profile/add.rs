//! `oa-rt profile add`, and the same questions asked one by one for `setup`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::check_pairing;
use crate::cli::{NsAuthMethod, OaAuthMethod, ProfileAddArgs};
use crate::commands::Ctx;
use crate::config::{
    self, NetSuiteAuthConfig, NetSuiteConfig, OpenAirAuthConfig, OpenAirConfig, OpenAirDomain,
    OpenAirEnvironment, ProfileConfig,
};
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::secret::SecretSource;

/// `env:VARIABLE` or `file:PATH`; a bare value is refused so that no secret ever sits in shell history.
fn secret_arg(flag: &str, value: &Option<String>) -> Result<SecretSource> {
    let v = value.as_deref().unwrap_or_default();
    if let Some(var) = v.strip_prefix("env:").filter(|s| !s.is_empty()) {
        return Ok(SecretSource::Env(var.to_string()));
    }
    if let Some(path) = v.strip_prefix("file:").filter(|s| !s.is_empty()) {
        return Ok(SecretSource::File(absolute(Path::new(path))));
    }
    Err(Failure::usage(format!(
        "{flag} takes env:VARIABLE or file:PATH; secrets are never taken from the command line"
    ))
    .with_hint(format!(
        "for example {flag} env:MY_SECRET, after export MY_SECRET=..."
    ))
    .into())
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

pub fn run(ctx: &mut Ctx<'_>, a: &ProfileAddArgs) -> Result<ExitStatus> {
    // The name and the URLs first: refused before any file is read.
    config::validate_profile_name(&a.name).map_err(|e| {
        Failure::usage(e)
            .with_hint("name the profile with letters, digits, '-' or '_', like `sandbox`")
    })?;
    for (what, u) in [
        ("--ns-base-url", &a.ns_base_url),
        ("--ns-restlet-url", &a.ns_restlet_url),
        ("--oa-url", &a.oa_url),
        ("--oa-base-url", &a.oa_base_url),
    ] {
        if let Some(u) = u {
            crate::client::http::check_transport(what, u)?;
        }
    }
    let ns_auth = match a.ns_auth {
        NsAuthMethod::M2m => {
            let key = absolute(a.ns_private_key_file.as_deref().unwrap_or(Path::new("")));
            // Refuse now what would fail later: a missing, too-open or unreadable key.
            crate::client::netsuite::m2m::SigningKey::from_file(&key)?;
            NetSuiteAuthConfig::M2m {
                client_id: a.ns_client_id.clone().unwrap_or_default(),
                certificate_id: a.ns_certificate_id.clone().unwrap_or_default(),
                private_key_file: key,
            }
        }
        NsAuthMethod::Tba => NetSuiteAuthConfig::Tba {
            consumer_key: secret_arg("--ns-consumer-key", &a.ns_consumer_key)?,
            consumer_secret: secret_arg("--ns-consumer-secret", &a.ns_consumer_secret)?,
            token_id: secret_arg("--ns-token-id", &a.ns_token_id)?,
            token_secret: secret_arg("--ns-token-secret", &a.ns_token_secret)?,
        },
    };
    let oa_auth = match a.oa_auth {
        OaAuthMethod::Token => OpenAirAuthConfig::Token {
            access_token: secret_arg("--oa-access-token", &a.oa_access_token)?,
            namespace: a.oa_namespace.clone(),
            key: a
                .oa_api_key
                .as_ref()
                .map(|_| secret_arg("--oa-api-key", &a.oa_api_key))
                .transpose()?,
        },
        OaAuthMethod::Login => OpenAirAuthConfig::Login {
            user: a.oa_user.clone().unwrap_or_default(),
            password: secret_arg("--oa-password", &a.oa_password)?,
            namespace: a.oa_namespace.clone().unwrap_or_default(),
            key: secret_arg("--oa-api-key", &a.oa_api_key)?,
        },
    };
    let profile = ProfileConfig {
        netsuite: NetSuiteConfig {
            account: a.ns_account.trim().to_string(),
            role: a.ns_role.clone(),
            base_url: a.ns_base_url.clone(),
            restlet_base_url: a.ns_restlet_url.clone(),
            concurrency: None,
            timeout_secs: None,
            auth: ns_auth,
        },
        openair: OpenAirConfig {
            company: a.oa_company.trim().to_string(),
            environment: a.oa_environment,
            domain: a.oa_domain,
            url: a.oa_url.clone(),
            db_id: a.oa_db_id.clone(),
            base_url: a.oa_base_url.clone(),
            timeout_secs: None,
            auth: oa_auth,
            netsuite_id_fields: Default::default(),
            field_mappings: Default::default(),
        },
    };
    let account = profile.validate(&a.name)?;
    check_pairing(&a.name, account.is_sandbox(), a.oa_environment)?;

    let (path, existing) = ctx.config()?;
    let path = path.clone();
    if existing.profiles.contains_key(&a.name) && !a.force {
        return Err(Failure::usage(format!(
            "profile '{}' already exists in {}",
            a.name,
            path.display()
        ))
        .with_hint("pass --force to replace it, or choose another name")
        .into());
    }
    let make_default = a.default || existing.profiles.is_empty();
    write_profile(&path, &a.name, &profile, make_default)?;
    ctx.out.print(&format!(
        "Added profile '{}' to {}.",
        a.name,
        path.display()
    ));
    if make_default {
        ctx.out.print("It is the default profile.");
    }
    ctx.out.print(&format!(
        "Check it with: oa-rt --profile {} profile test",
        a.name
    ));
    Ok(ExitStatus::Ok)
}

/// `setup`'s way to `profile add`: the same fields, asked one by one (secrets as env:VARIABLE or file:PATH,
/// never their values). Answers the new profile's name.
pub fn interactively(ctx: &mut Ctx<'_>) -> Result<String> {
    use dialoguer::{Input, Select};
    let err = crate::operator::ask_failed;
    let text = |prompt: &str, default: Option<&str>| -> Result<String> {
        let mut i = Input::<String>::new().with_prompt(prompt);
        if let Some(d) = default {
            i = i.default(d.to_string());
        }
        Ok(i.interact_text().map_err(err)?.trim().to_string())
    };
    let optional = |prompt: &str| -> Result<Option<String>> {
        let v: String = Input::new()
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text()
            .map_err(err)?;
        Ok(Some(v.trim().to_string()).filter(|v| !v.is_empty()))
    };
    let pick = |prompt: &str, items: &[&str]| -> Result<usize> {
        Select::new()
            .with_prompt(prompt)
            .items(items)
            .default(0)
            .interact()
            .map_err(|e| crate::operator::ask_failed(e).into())
    };
    eprintln!(
        "A profile pairs one NetSuite account with one OpenAir company. Secrets are given as env:VARIABLE or file:PATH."
    );
    let name = text("Profile name", Some("sandbox"))?;
    let ns_account = text("NetSuite account id (like 1234567_SB1)", None)?;
    let ns_role = text("Integration role", Some(config::DEFAULT_ROLE))?;
    let m2m = pick(
        "NetSuite authentication",
        &["OAuth 2.0 M2M (certificate)", "TBA (token-based)"],
    )? == 0;
    let (mut client_id, mut certificate_id, mut key_file) = (None, None, None);
    let (mut ck, mut cs, mut ti, mut ts) = (None, None, None, None);
    if m2m {
        client_id = Some(text("M2M client id", None)?);
        certificate_id = Some(text("M2M certificate id", None)?);
        key_file = Some(PathBuf::from(text(
            "Private key file (PEM, mode 0600)",
            None,
        )?));
    } else {
        ck = Some(text("TBA consumer key (env:VAR or file:PATH)", None)?);
        cs = Some(text("TBA consumer secret (env:VAR or file:PATH)", None)?);
        ti = Some(text("TBA token id (env:VAR or file:PATH)", None)?);
        ts = Some(text("TBA token secret (env:VAR or file:PATH)", None)?);
    }
    let sandbox = ns_account.to_ascii_uppercase().contains("_SB");
    let oa_company = text("OpenAir company id", None)?;
    let envs = [
        OpenAirEnvironment::Sandbox,
        OpenAirEnvironment::Production,
        OpenAirEnvironment::Preview,
    ];
    let env_names = ["sandbox", "production", "preview"];
    let oa_environment = if sandbox {
        envs[0]
    } else {
        envs[pick("OpenAir environment", &env_names[1..])? + 1]
    };
    let oa_domain = [OpenAirDomain::SuiteProjectsPro, OpenAirDomain::OpenAir][pick(
        "OpenAir domain",
        &["netsuitesuiteprojectspro.com", "openair.com"],
    )?];
    let token = pick(
        "OpenAir authentication",
        &["OAuth 2.0 access token", "user and password (XML API key)"],
    )? == 0;
    let (mut access_token, mut user, mut password, mut namespace, mut api_key) =
        (None, None, None, None, None);
    if token {
        access_token = Some(text("OpenAir access token (env:VAR or file:PATH)", None)?);
    } else {
        user = Some(text("OpenAir user", None)?);
        password = Some(text("OpenAir password (env:VAR or file:PATH)", None)?);
        namespace = Some(text("XML API namespace", None)?);
        api_key = Some(text("XML API key (env:VAR or file:PATH)", None)?);
    }
    let args = ProfileAddArgs {
        name: name.clone(),
        ns_account,
        ns_role,
        ns_auth: if m2m {
            NsAuthMethod::M2m
        } else {
            NsAuthMethod::Tba
        },
        ns_client_id: client_id,
        ns_certificate_id: certificate_id,
        ns_private_key_file: key_file,
        ns_consumer_key: ck,
        ns_consumer_secret: cs,
        ns_token_id: ti,
        ns_token_secret: ts,
        // The base URL overrides are for emulators (`emulator serve --add-profile`), not asked of an administrator.
        ns_base_url: None,
        ns_restlet_url: None,
        oa_company,
        oa_environment,
        oa_domain,
        oa_auth: if token {
            OaAuthMethod::Token
        } else {
            OaAuthMethod::Login
        },
        oa_access_token: access_token,
        oa_user: user,
        oa_password: password,
        oa_namespace: namespace,
        oa_api_key: api_key,
        oa_url: optional("OpenAir account URL (empty: https://<company>.app[.sandbox].<domain>)")?
            .map(|u| url::Url::parse(&u))
            .transpose()
            .map_err(|e| Failure::usage(format!("not a URL: {e}")))?,
        oa_db_id: None,
        oa_base_url: None,
        advanced: false,
        default: false,
        force: false,
    };
    // Adding a profile ends only one way, and the wizard goes on with it.
    let _added = run(ctx, &args)?;
    Ok(name)
}

/// Adds the profile to the config file, keeping everything else in it (comments included), atomically.
pub(crate) fn write_profile(
    path: &Path,
    name: &str,
    profile: &ProfileConfig,
    make_default: bool,
) -> Result<()> {
    let mut doc = super::edit::read_document(path)?;
    let rendered = toml::to_string(profile).context("rendering the profile")?;
    let profile_doc: toml_edit::DocumentMut = rendered.parse().context("re-reading the profile")?;
    if make_default {
        doc["default_profile"] = toml_edit::value(name);
    }
    if !doc.contains_key("profiles") {
        let mut t = toml_edit::Table::new();
        t.set_implicit(true);
        doc["profiles"] = toml_edit::Item::Table(t);
    }
    let mut table = profile_doc.as_table().clone();
    table.set_implicit(true);
    inline_sources(&mut table);
    // After every table the file has: positions from the rendering would interleave it with the profiles there.
    let mut next = last_position(doc.as_table()) + 1;
    let mut after_text = !doc.to_string().trim().is_empty();
    number_tables(&mut table, &mut next, &mut after_text);
    doc["profiles"][name] = toml_edit::Item::Table(table);
    super::edit::write_document(path, &doc)
}

/// Secret sources and other one-key tables as `{ file = "…" }`, the way the README writes them.
fn inline_sources(table: &mut toml_edit::Table) {
    for (mut key, item) in table.iter_mut() {
        let Some(t) = item.as_table_mut() else {
            continue;
        };
        inline_sources(t);
        if t.len() == 1 && t.iter().all(|(_, i)| i.is_value()) {
            let t = std::mem::take(t);
            *item = toml_edit::Item::Value(toml_edit::Value::InlineTable(t.into_inline_table()));
            // A header's key has no spaces around it; a key = value line has.
            key.leaf_decor_mut().clear();
        }
    }
}

/// The highest document position of a table in `table` (itself included).
fn last_position(table: &toml_edit::Table) -> isize {
    table
        .iter()
        .filter_map(|(_, i)| i.as_table())
        .map(last_position)
        .chain(table.position())
        .max()
        .unwrap_or(0)
}

/// Positions from `next` on, in the order the tables are written; a blank line before each header but the first,
/// when nothing is written before it (`blank_line` false).
fn number_tables(table: &mut toml_edit::Table, next: &mut isize, blank_line: &mut bool) {
    table.set_position(Some(*next));
    *next += 1;
    if !table.is_implicit() {
        table
            .decor_mut()
            .set_prefix(if *blank_line { "\n" } else { "" });
        *blank_line = true;
    }
    for (_, item) in table.iter_mut() {
        if let Some(t) = item.as_table_mut() {
            number_tables(t, next, blank_line);
        }
    }
}
