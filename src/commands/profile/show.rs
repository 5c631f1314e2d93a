//! `oa-rt profile show [NAME]`: a profile; secrets appear only as where they come from.

use anyhow::Result;

use crate::client::profile::netsuite_hosts;
use crate::commands::Ctx;
use crate::config::{NetSuiteAuthConfig, OpenAirAuthConfig};
use crate::exit::ExitStatus;
use crate::secret::SecretSource;

pub(super) fn run(ctx: &mut Ctx<'_>, name: Option<&str>) -> Result<ExitStatus> {
    let out = ctx.out;
    let requested = name
        .map(str::to_string)
        .or_else(|| ctx.global.profile.clone());
    let (path, file) = ctx.config()?;
    let (name, p) = file.select(requested.as_deref(), path)?;
    let account = p.validate(&name)?;
    let mut lines: Vec<(String, String)> = vec![
        ("profile".into(), name.clone()),
        ("config file".into(), path.display().to_string()),
        ("netsuite.account".into(), account.to_string()),
        ("netsuite.hosts".into(), {
            let (rest, restlet) = netsuite_hosts(
                &account,
                p.netsuite.base_url.as_ref(),
                p.netsuite.restlet_base_url.as_ref(),
            );
            let overridden = p.netsuite.base_url.is_some() || p.netsuite.restlet_base_url.is_some();
            format!(
                "REST {rest}, RESTlets {restlet}{}",
                if overridden { " (override)" } else { "" }
            )
        }),
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
    if out.json {
        let map: serde_json::Map<String, serde_json::Value> = lines
            .into_iter()
            .map(|(k, v)| (k, serde_json::Value::String(v)))
            .collect();
        out.print_json(&map);
    } else {
        let width = lines.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (k, v) in lines {
            out.print(&format!("{k:width$}  {v}"));
        }
    }
    Ok(ExitStatus::Ok)
}

/// Client ids are credentials' public halves; show enough to recognise one.
fn abbreviate(id: &str) -> String {
    if id.len() <= 12 {
        id.to_string()
    } else {
        format!("{}…{}", &id[..6], &id[id.len() - 4..])
    }
}
