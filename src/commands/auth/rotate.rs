//! `oa-rt auth rotate`: replace the profile's M2M certificate — new key, upload, prove, switch, revoke the old
//! one — crash-safe: each stage is recorded, and the next run finishes an interrupted rotation.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{m2m_profile, write_new_credential};
use crate::certinfo::{self, KeyKind};
use crate::client::netsuite::m2m::{SigningKey, TokenSource};
use crate::commands::Ctx;
use crate::config::NetSuiteAuthConfig;
use crate::error::Failure;
use crate::exit::ExitStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Stage {
    Generated,
    Uploaded,
    Proven,
    Switched,
    Revoked,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Rotation {
    profile: String,
    config_file: PathBuf,
    client_id: String,
    old_certificate_id: String,
    old_key_file: PathBuf,
    new_key_file: PathBuf,
    new_cert_file: PathBuf,
    new_certificate_id: Option<String>,
    role: String,
    entity: String,
    stage: Stage,
    started: String,
}

fn rotation_file(profile: &str) -> Result<PathBuf> {
    Ok(crate::dirs::state_dir()?
        .join("rotation")
        .join(format!("{profile}.json")))
}

fn save(r: &Rotation) -> Result<()> {
    crate::fsutil::write_private(&rotation_file(&r.profile)?, &serde_json::to_vec_pretty(r)?)
}

/// A test-only crash point: `OA_RT_CRASH_AFTER=<point>` ends the process abruptly there, so that tests can prove
/// the next run finishes the rotation.
fn crash_point(point: &str) {
    if std::env::var("OA_RT_CRASH_AFTER").is_ok_and(|p| p == point) {
        eprintln!("(crashing after {point}, as OA_RT_CRASH_AFTER asks)");
        std::process::exit(137);
    }
}

/// The validity NetSuite lists, as it formats it, for matching an upload whose answer was lost.
fn listed_validity(info: &certinfo::CertInfo) -> (String, String) {
    let f = |t: i64| {
        chrono::DateTime::from_timestamp(t, 0)
            .unwrap_or_default()
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    };
    (f(info.not_before), f(info.not_after))
}

/// The certificate id a profile signs in with.
fn certificate_in_use(p: &crate::config::ProfileConfig) -> Option<String> {
    match &p.netsuite.auth {
        NetSuiteAuthConfig::M2m { certificate_id, .. } => Some(certificate_id.clone()),
        _ => None,
    }
}

pub(super) async fn run(ctx: &mut Ctx<'_>, kind: KeyKind, days: i64) -> Result<ExitStatus> {
    // One writer per account: a second rotation waits for the first, then finds it done (the profile signs in with
    // another certificate than when this run started, and no rotation is pending) and does nothing.
    let (name, before) = m2m_profile(ctx)?;
    let _lock = ctx.lock_account(&before.netsuite.account, "auth rotate")?;
    ctx.config_changed();
    let (name, profile_config) = {
        let (now_name, now) = m2m_profile(ctx)?;
        debug_assert_eq!(now_name, name);
        (name, now)
    };
    if certificate_in_use(&profile_config) != certificate_in_use(&before)
        && !rotation_file(&name)?.exists()
    {
        ctx.out.print(&format!(
            "Profile '{name}' was rotated by another run while this one waited: it now signs in with certificate {}. Nothing to do.",
            certificate_in_use(&profile_config).unwrap_or_default()
        ));
        return Ok(ExitStatus::Ok);
    }
    let config_path = ctx.config()?.0.clone();
    let NetSuiteAuthConfig::M2m {
        client_id,
        certificate_id,
        private_key_file,
    } = profile_config.netsuite.auth.clone()
    else {
        unreachable!("checked by m2m_profile")
    };
    // The clients use the profile as configured now (the old credential until the switch).
    let clients = crate::client::Clients::connect(profile_config.resolve(&name)?)?;
    let ns = &clients.netsuite;
    let state_path = rotation_file(&name)?;
    let mut r: Rotation = match std::fs::read(&state_path) {
        Ok(bytes) => {
            let r: Rotation =
                serde_json::from_slice(&bytes).context("reading the unfinished rotation")?;
            ctx.out.note(&format!(
                "Finishing the rotation started {} (stage: {:?}).",
                r.started, r.stage
            ));
            r
        }
        Err(_) => {
            if ctx.global.dry_run {
                ctx.out.print(&format!(
                    "Would make a new {kind:?} key and certificate, upload it for client {client_id}, prove it, switch profile '{name}' and revoke certificate {certificate_id}."
                ));
                return Ok(ExitStatus::Ok);
            }
            if !ctx.ask_before_change(&format!("Rotate the M2M credential of profile '{name}'?"))? {
                return Ok(ExitStatus::Failed);
            }
            // The new certificate is mapped like the one in use.
            let current = ns
                .m2m_certificates(&client_id)
                .await?
                .into_iter()
                .find(|c| c.certificate_id == certificate_id)
                .ok_or_else(|| {
                    Failure::auth(format!(
                        "NetSuite does not list certificate {certificate_id} for client {client_id}"
                    ))
                })?;
            let dir = private_key_file
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."));
            let (key_file, cert_file, _) = write_new_credential(&dir, kind, days)?;
            let r = Rotation {
                profile: name.clone(),
                config_file: config_path.clone(),
                client_id: client_id.clone(),
                old_certificate_id: certificate_id.clone(),
                old_key_file: private_key_file.clone(),
                new_key_file: key_file,
                new_cert_file: cert_file,
                new_certificate_id: None,
                role: current.role,
                entity: current.entity,
                stage: Stage::Generated,
                started: crate::clock::rfc3339(),
            };
            save(&r)?;
            r
        }
    };
    crash_point("generated");
    let cert_pem = std::fs::read_to_string(&r.new_cert_file)
        .with_context(|| format!("reading {}", r.new_cert_file.display()))?;

    if r.stage < Stage::Uploaded {
        // An upload whose answer was lost (a crash after sending) shows in the list: match it by validity.
        let info = certinfo::inspect_pem(&cert_pem).map_err(|e| anyhow::anyhow!("{e}"))?;
        let (from, until) = listed_validity(&info);
        let existing = ns
            .m2m_certificates(&r.client_id)
            .await?
            .into_iter()
            .find(|c| c.valid_from == from && c.valid_until == until && !c.revoked);
        let id = match existing {
            Some(c) => c.certificate_id,
            None => {
                let id = ns
                    .m2m_upload(&r.client_id, &cert_pem, &r.role, &r.entity)
                    .await?;
                crash_point("upload-sent");
                id
            }
        };
        r.new_certificate_id = Some(id);
        r.stage = Stage::Uploaded;
        save(&r)?;
        ctx.out.note(&format!(
            "Uploaded the new certificate: id {}.",
            r.new_certificate_id.as_deref().unwrap_or("")
        ));
    }
    crash_point("uploaded");
    let new_id = r.new_certificate_id.clone().expect("set at upload");

    if r.stage < Stage::Proven {
        let key = SigningKey::from_file(&r.new_key_file)?;
        let source = TokenSource::new(
            r.client_id.clone(),
            new_id.clone(),
            key,
            ns.token_url()?,
            None,
        );
        source
            .token(ns.http())
            .await
            .context("proving the new certificate (getting a token with it)")?;
        r.stage = Stage::Proven;
        save(&r)?;
        ctx.out
            .note("Proven: NetSuite issues a token for the new certificate.");
    }
    crash_point("proven");

    if r.stage < Stage::Switched {
        switch_profile(&r.config_file, &r.profile, &new_id, &r.new_key_file)?;
        r.stage = Stage::Switched;
        save(&r)?;
        ctx.out.note(&format!(
            "Switched profile '{}' to the new certificate.",
            r.profile
        ));
    }
    crash_point("switched");

    if r.stage < Stage::Revoked {
        ns.m2m_revoke(&r.client_id, &r.old_certificate_id).await?;
        crash_point("revoke-sent");
        r.stage = Stage::Revoked;
        save(&r)?;
    }
    std::fs::remove_file(&state_path).ok();
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "profile": r.profile,
            "old_certificate_id": r.old_certificate_id,
            "new_certificate_id": new_id,
            "new_private_key_file": r.new_key_file,
            "old_private_key_file": r.old_key_file,
        }));
    } else {
        ctx.out.print(&format!(
            "Rotated profile '{}': certificate {} (key {}) replaces {}, which is revoked. The old key file {} can be deleted.",
            r.profile,
            new_id,
            r.new_key_file.display(),
            r.old_certificate_id,
            r.old_key_file.display()
        ));
    }
    Ok(ExitStatus::Ok)
}

/// Points the profile at the new certificate and key, in one atomic write of the config file.
fn switch_profile(
    config_file: &Path,
    profile: &str,
    certificate_id: &str,
    key_file: &Path,
) -> Result<()> {
    let text = std::fs::read_to_string(config_file)
        .with_context(|| format!("reading {}", config_file.display()))?;
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e| Failure::usage(format!("config file {}: {e}", config_file.display())))?;
    let auth = doc["profiles"][profile]["netsuite"]["auth"]
        .as_table_like_mut()
        .ok_or_else(|| Failure::usage(format!("profile '{profile}' has no netsuite.auth table")))?;
    auth.insert("certificate_id", toml_edit::value(certificate_id));
    auth.insert(
        "private_key_file",
        toml_edit::value(key_file.display().to_string()),
    );
    crate::fsutil::write_atomic(config_file, doc.to_string().as_bytes(), 0o600)
}
