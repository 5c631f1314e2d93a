//! `oa-rt profile add | list | show | test`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde::Serialize;

use super::Ctx;
use crate::cli::{NsAuthMethod, OaAuthMethod, ProfileAddArgs, ProfileCommand};
use crate::client::netsuite::CompanionMissing;
use crate::config::{
    self, NetSuiteAuthConfig, NetSuiteConfig, OpenAirAuthConfig, OpenAirConfig, OpenAirDomain,
    OpenAirEnvironment, ProfileConfig,
};
use crate::error::{Failure, Kind, failure_of};
use crate::secret::SecretSource;

pub async fn run(ctx: &mut Ctx<'_>, cmd: &ProfileCommand) -> Result<ExitCode> {
    match cmd {
        ProfileCommand::Add(args) => add(ctx, args),
        ProfileCommand::List => list(ctx),
        ProfileCommand::Show { name } => show(ctx, name.as_deref()),
        ProfileCommand::Test { name } => test(ctx, name.as_deref()).await,
    }
}

fn config_path(ctx: &Ctx<'_>) -> Result<PathBuf> {
    config::config_path(ctx.global.config.as_deref())
}

// ---- add ----------------------------------------------------------------------------------------------------------

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

fn add(ctx: &Ctx<'_>, a: &ProfileAddArgs) -> Result<ExitCode> {
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
            concurrency: None,
            timeout_secs: None,
            auth: ns_auth,
        },
        openair: OpenAirConfig {
            company: a.oa_company.trim().to_string(),
            environment: a.oa_environment,
            domain: a.oa_domain,
            base_url: a.oa_base_url.clone(),
            timeout_secs: None,
            auth: oa_auth,
        },
    };
    let account = profile.validate(&a.name)?;
    check_pairing(&a.name, account.is_sandbox(), a.oa_environment)?;

    let path = config_path(ctx)?;
    let existing = config::load(&path)?;
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
    Ok(ExitCode::SUCCESS)
}

/// `setup`'s way to `profile add`: the same fields, asked one by one (secrets as env:VARIABLE or file:PATH,
/// never their values). Answers the new profile's name.
pub(crate) fn add_interactively(ctx: &Ctx<'_>) -> Result<String> {
    use dialoguer::{Input, Select};
    let err = crate::interact::ask_failed;
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
            .map_err(|e| crate::interact::ask_failed(e).into())
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
        ns_base_url: optional("NetSuite base URL override (empty for the real service)")?
            .map(|u| url::Url::parse(&u))
            .transpose()
            .map_err(|e| Failure::usage(format!("not a URL: {e}")))?,
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
        oa_base_url: None,
        default: false,
        force: false,
    };
    add(ctx, &args)?;
    Ok(name)
}

/// Sandbox NetSuite accounts connect only to sandbox OpenAir companies, production to production.
pub fn check_pairing(name: &str, ns_sandbox: bool, oa: OpenAirEnvironment) -> Result<()> {
    let oa_sandbox = oa == OpenAirEnvironment::Sandbox;
    if ns_sandbox != oa_sandbox && oa != OpenAirEnvironment::Preview {
        let (ns, oa_env) = if ns_sandbox {
            ("a sandbox", "production")
        } else {
            ("a production", "sandbox")
        };
        return Err(Failure::usage(format!(
            "profile '{name}' pairs {ns} NetSuite account with a {oa_env} OpenAir company; sandbox accounts connect only to sandbox accounts"
        ))
        .with_hint("pair NetSuite _SB accounts with --oa-environment sandbox, production with production")
        .into());
    }
    Ok(())
}

/// Adds the profile to the config file, keeping everything else in it (comments included), atomically.
fn write_profile(
    path: &Path,
    name: &str,
    profile: &ProfileConfig,
    make_default: bool,
) -> Result<()> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| Failure::usage(format!("config file {}: {e}", path.display())))?;
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
    doc["profiles"][name] = toml_edit::Item::Table(table);
    crate::fsutil::write_atomic(path, doc.to_string().as_bytes(), 0o600)
}

// ---- list / show --------------------------------------------------------------------------------------------------

#[derive(Serialize)]
struct ProfileSummary {
    name: String,
    default: bool,
    netsuite_account: String,
    netsuite_auth: &'static str,
    openair_company: String,
    openair_environment: OpenAirEnvironment,
}

fn summarize(name: &str, p: &ProfileConfig, default: bool) -> ProfileSummary {
    ProfileSummary {
        name: name.to_string(),
        default,
        netsuite_account: p.netsuite.account.clone(),
        netsuite_auth: match p.netsuite.auth {
            NetSuiteAuthConfig::M2m { .. } => "m2m",
            NetSuiteAuthConfig::Tba { .. } => "tba",
        },
        openair_company: p.openair.company.clone(),
        openair_environment: p.openair.environment,
    }
}

fn list(ctx: &Ctx<'_>) -> Result<ExitCode> {
    let path = config_path(ctx)?;
    let file = config::load(&path)?;
    let rows: Vec<ProfileSummary> = file
        .profiles
        .iter()
        .map(|(n, p)| summarize(n, p, file.default_profile.as_deref() == Some(n.as_str())))
        .collect();
    if ctx.out.json {
        ctx.out.print_json(&rows);
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        ctx.out
            .print(&format!("No profiles in {}.", path.display()));
        ctx.out.print("Add one with `oa-rt profile add NAME ...`, or try the emulator: `oa-rt --emulator bundles`.");
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = ctx.out.table(&[
        "",
        "Profile",
        "NetSuite account",
        "Auth",
        "OpenAir company",
        "Environment",
    ]);
    for r in &rows {
        t.add_row(vec![
            if r.default { "*" } else { "" }.to_string(),
            r.name.clone(),
            r.netsuite_account.clone(),
            r.netsuite_auth.to_string(),
            r.openair_company.clone(),
            format!("{:?}", r.openair_environment).to_lowercase(),
        ]);
    }
    ctx.out.print_table(&t);
    Ok(ExitCode::SUCCESS)
}

fn show(ctx: &Ctx<'_>, name: Option<&str>) -> Result<ExitCode> {
    let path = config_path(ctx)?;
    let file = config::load(&path)?;
    let (name, p) = file.select(name.or(ctx.global.profile.as_deref()), &path)?;
    let account = p.validate(&name)?;
    let mut lines: Vec<(String, String)> = vec![
        ("profile".into(), name.clone()),
        ("config file".into(), path.display().to_string()),
        ("netsuite.account".into(), account.to_string()),
        (
            "netsuite.hosts".into(),
            match &p.netsuite.base_url {
                Some(u) => format!("{u} (override)"),
                None => format!(
                    "{0}.suitetalk.api.netsuite.com, {0}.restlets.api.netsuite.com",
                    account.host_label()
                ),
            },
        ),
        ("netsuite.role".into(), p.netsuite.role.clone()),
    ];
    match &p.netsuite.auth {
        NetSuiteAuthConfig::M2m {
            client_id,
            certificate_id,
            private_key_file,
        } => {
            lines.push((
                "netsuite.auth".into(),
                "m2m (OAuth 2.0 client credentials)".into(),
            ));
            lines.push(("netsuite.client_id".into(), abbreviate(client_id)));
            lines.push(("netsuite.certificate_id".into(), certificate_id.clone()));
            lines.push((
                "netsuite.private_key_file".into(),
                SecretSource::File(private_key_file.clone()).describe(),
            ));
        }
        NetSuiteAuthConfig::Tba {
            consumer_key,
            consumer_secret,
            token_id,
            token_secret,
        } => {
            lines.push((
                "netsuite.auth".into(),
                "tba (OAuth 1.0a HMAC-SHA256)".into(),
            ));
            lines.push(("netsuite.consumer_key".into(), consumer_key.describe()));
            lines.push((
                "netsuite.consumer_secret".into(),
                consumer_secret.describe(),
            ));
            lines.push(("netsuite.token_id".into(), token_id.describe()));
            lines.push(("netsuite.token_secret".into(), token_secret.describe()));
        }
    }
    let oa_profile_host = p.openair.base_url();
    lines.push(("openair.company".into(), p.openair.company.clone()));
    lines.push((
        "openair.environment".into(),
        format!("{:?}", p.openair.environment).to_lowercase(),
    ));
    lines.push(("openair.url".into(), oa_profile_host.to_string()));
    match &p.openair.auth {
        OpenAirAuthConfig::Token {
            access_token,
            namespace,
            key,
        } => {
            lines.push((
                "openair.auth".into(),
                "token (OAuth 2.0 access token)".into(),
            ));
            lines.push(("openair.access_token".into(), access_token.describe()));
            if let Some(ns) = namespace {
                lines.push(("openair.namespace".into(), ns.clone()));
            }
            if let Some(k) = key {
                lines.push(("openair.key".into(), k.describe()));
            }
        }
        OpenAirAuthConfig::Login {
            user,
            password,
            namespace,
            key,
        } => {
            lines.push((
                "openair.auth".into(),
                "login (company/user/password)".into(),
            ));
            lines.push(("openair.user".into(), user.clone()));
            lines.push(("openair.password".into(), password.describe()));
            lines.push(("openair.namespace".into(), namespace.clone()));
            lines.push(("openair.key".into(), key.describe()));
        }
    }
    if ctx.out.json {
        let map: serde_json::Map<String, serde_json::Value> = lines
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::String(v)))
            .collect();
        ctx.out.print_json(&map);
    } else {
        let width = lines.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (k, v) in lines {
            ctx.out.print(&format!("{k:width$}  {v}"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Client ids are credentials' public halves; show enough to recognise one.
fn abbreviate(id: &str) -> String {
    if id.len() <= 12 {
        id.to_string()
    } else {
        format!("{}…{}", &id[..6], &id[id.len() - 4..])
    }
}

// ---- test ---------------------------------------------------------------------------------------------------------

#[derive(Serialize)]
struct ServiceResult {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    round_trip_ms: Option<u128>,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
    #[serde(skip)]
    kind: Option<Kind>,
}

impl ServiceResult {
    fn failed(err: &anyhow::Error) -> Self {
        let f = failure_of(err);
        ServiceResult {
            ok: false,
            round_trip_ms: None,
            detail: crate::secret::redact(&format!("{err:#}")),
            fix: f.and_then(|f| f.hint.clone()),
            kind: Some(f.map(|f| f.kind).unwrap_or(Kind::Failed)),
        }
    }
}

#[derive(Serialize)]
struct TestReport {
    profile: String,
    netsuite: ServiceResult,
    openair: ServiceResult,
    companion: ServiceResult,
}

async fn test(ctx: &mut Ctx<'_>, name: Option<&str>) -> Result<ExitCode> {
    if let Some(n) = name {
        if ctx.global.emulator.is_some() {
            return Err(Failure::usage("name a profile or use --emulator, not both").into());
        }
        // `profile test NAME` means that profile, whatever OA_RT_PROFILE says.
        let path = config_path(ctx)?;
        let file = config::load(&path)?;
        let (name, p) = file.select(Some(n), &path)?;
        let profile = p.resolve(&name)?;
        warn_pairing(ctx, &profile);
        let clients = crate::client::Clients::connect(profile)?;
        return test_clients(ctx, &name, clients).await;
    }
    let profile = ctx.profile().await?;
    let name = profile.name.clone();
    warn_pairing(ctx, &profile);
    let clients = crate::client::Clients::connect(profile)?;
    test_clients(ctx, &name, clients).await
}

fn warn_pairing(ctx: &Ctx<'_>, profile: &config::Profile) {
    if let Err(e) = check_pairing(
        &profile.name,
        profile.netsuite.account.is_sandbox(),
        profile.openair.environment,
    ) {
        ctx.out.note(&format!("warning: {e:#}"));
    }
}

async fn test_clients(
    ctx: &Ctx<'_>,
    name: &str,
    clients: crate::client::Clients,
) -> Result<ExitCode> {
    ctx.out.note(&format!(
        "Testing profile '{name}': NetSuite account {} and OpenAir at {}",
        clients.netsuite.account(),
        clients.openair.api_url()
    ));
    let (ns, oa) = tokio::join!(clients.netsuite.authenticate(), clients.openair.check());
    let netsuite = match &ns {
        Ok(check) => ServiceResult {
            ok: true,
            round_trip_ms: Some(check.round_trip.as_millis()),
            detail: format!("authenticated with {}; SuiteQL answers", check.detail),
            fix: None,
            kind: None,
        },
        Err(e) => ServiceResult::failed(e),
    };
    let openair = match &oa {
        Ok(check) => ServiceResult {
            ok: true,
            round_trip_ms: Some(check.round_trip.as_millis()),
            detail: format!(
                "authenticated as {} (user id {}){}",
                check.user.nickname,
                check.user.id,
                check
                    .remaining_24h
                    .map(|r| format!("; {r} API requests left in the 24-hour window"))
                    .unwrap_or_default()
            ),
            fix: None,
            kind: None,
        },
        Err(e) => ServiceResult::failed(e),
    };
    // The companion RESTlet is needed by later steps, not by authentication: report it, never fail on it.
    let companion = if ns.is_ok() {
        let started = std::time::Instant::now();
        match clients
            .netsuite
            .companion(&crate::platform::companion::GetVersion {})
            .await
        {
            Ok(v) => ServiceResult {
                ok: true,
                round_trip_ms: Some(started.elapsed().as_millis()),
                detail: format!(
                    "companion RESTlet {} on NetSuite {}",
                    v.companion, v.netsuite
                ),
                fix: None,
                kind: None,
            },
            Err(e) if e.downcast_ref::<CompanionMissing>().is_some() => ServiceResult {
                ok: false,
                round_trip_ms: None,
                detail: "companion RESTlet not installed (needed for bundles and certificates)"
                    .into(),
                fix: Some(crate::steps::COMPANION_INSTALL_FIX.into()),
                kind: None,
            },
            Err(e) => ServiceResult {
                kind: None,
                ..ServiceResult::failed(&e)
            },
        }
    } else {
        ServiceResult {
            ok: false,
            round_trip_ms: None,
            detail: "not checked (NetSuite authentication failed)".into(),
            fix: None,
            kind: None,
        }
    };
    let report = TestReport {
        profile: name.to_string(),
        netsuite,
        openair,
        companion,
    };
    // Authentication failures decide the exit code: 3 before 4 before anything else.
    let worst = [&report.netsuite, &report.openair]
        .iter()
        .filter_map(|r| r.kind)
        .min_by_key(|k| match k {
            Kind::Auth => 0,
            Kind::Usage => 1,
            Kind::Service => 2,
            _ => 3,
        });
    if ctx.out.json {
        ctx.out.print_json(&report);
    } else {
        let mut t = ctx
            .out
            .table(&["Service", "Result", "Round trip", "Detail"]);
        for (service, r) in [
            ("NetSuite", &report.netsuite),
            ("OpenAir", &report.openair),
            ("Companion", &report.companion),
        ] {
            let verdict = match (r.ok, service) {
                (true, _) => crate::steps::Verdict::Ok,
                (false, "Companion") => crate::steps::Verdict::Warn,
                (false, _) => crate::steps::Verdict::Fail,
            };
            t.add_row(vec![
                comfy_table::Cell::new(service),
                ctx.out.verdict_cell(verdict),
                comfy_table::Cell::new(
                    r.round_trip_ms
                        .map(|ms| format!("{ms} ms"))
                        .unwrap_or_else(|| "-".into()),
                ),
                comfy_table::Cell::new(&r.detail),
            ]);
        }
        ctx.out.print_table(&t);
        for (service, r) in [
            ("NetSuite", &report.netsuite),
            ("OpenAir", &report.openair),
            ("Companion", &report.companion),
        ] {
            if let Some(fix) = &r.fix {
                ctx.out.print(&format!("{service} fix: {fix}"));
            }
        }
    }
    Ok(match worst {
        None => ExitCode::SUCCESS,
        Some(k) => ExitCode::from(k.exit_code()),
    })
}
