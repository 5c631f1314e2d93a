//! `oa-rt auth init | status | rotate`: the tool's own NetSuite OAuth 2.0 M2M credential.
//!
//! Rotation is crash-safe, in the manner of certbot: new key material goes into new files (never an in-place
//! overwrite), the new certificate is uploaded, proven by getting a token with it, the profile is switched
//! atomically, and only then is the old certificate revoked. Each stage is recorded in a state file, so an
//! interrupted rotation is finished by the next run.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Ctx;
use crate::certinfo::{self, KeyKind};
use crate::cli::AuthCommand;
use crate::client::netsuite::m2m::{SigningKey, TokenSource};
use crate::config::{self, NetSuiteAuthConfig};
use crate::error::Failure;

/// Where NetSuite takes the certificate.
pub const UPLOAD_PATH: &str = "Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup > Create New";

pub async fn run(ctx: &mut Ctx<'_>, cmd: &AuthCommand) -> Result<ExitCode> {
    match cmd {
        AuthCommand::Init { key, days, out_dir } => init(ctx, *key, *days, out_dir.as_deref()),
        AuthCommand::Status => status(ctx).await,
        AuthCommand::Rotate { key, days } => rotate(ctx, *key, *days).await,
    }
}

/// Writes a new key (0600) and its self-signed certificate next to it; never replaces existing files.
fn write_new_credential(
    dir: &Path,
    kind: KeyKind,
    days: i64,
) -> Result<(PathBuf, PathBuf, certinfo::Generated)> {
    let stamp = crate::clock::now().format("%Y%m%dT%H%M%SZ");
    let base = format!("oa-rt-m2m-{stamp}-{:04x}", fastrand::u16(..));
    let key_path = dir.join(format!("{base}.pem"));
    let cert_path = dir.join(format!("{base}.crt"));
    let now = crate::clock::unix();
    let generated = certinfo::generate(kind, "oa-rt", now - 300, days)
        .map_err(|e| Failure::usage(e.to_string()))?;
    crate::fsutil::write_private(&key_path, generated.private_key_pem.as_bytes())?;
    crate::fsutil::write_private(&cert_path, generated.certificate_pem.as_bytes())?;
    Ok((key_path, cert_path, generated))
}

fn keys_dir() -> Result<PathBuf> {
    Ok(crate::dirs::config_dir()?.join("keys"))
}

fn init(ctx: &Ctx<'_>, kind: KeyKind, days: i64, out_dir: Option<&Path>) -> Result<ExitCode> {
    let dir = match out_dir {
        Some(d) => d.to_path_buf(),
        None => keys_dir()?,
    };
    let (key, cert, generated) = write_new_credential(&dir, kind, days)?;
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "private_key_file": key,
            "certificate_file": cert,
            "certificate": generated.info,
            "upload": UPLOAD_PATH,
        }));
        return Ok(ExitCode::SUCCESS);
    }
    let i = &generated.info;
    ctx.out
        .print(&format!("Private key (mode 0600): {}", key.display()));
    ctx.out
        .print(&format!("Certificate:             {}", cert.display()));
    ctx.out.print(&format!(
        "  {} {} bits, valid until {}, SHA-256 {}",
        i.key_type,
        i.key_bits,
        crate::steps::certificate::date(i.not_after),
        i.sha256_fingerprint
    ));
    ctx.out.print("Next, in NetSuite as an administrator:");
    ctx.out.print(&format!("  1. {UPLOAD_PATH}"));
    ctx.out.print("  2. Entity: the integration user; Role: the integration role; Application: your integration record");
    ctx.out.print(&format!(
        "  3. Certificate: upload {}, then Save",
        cert.display()
    ));
    ctx.out
        .print("  4. Copy the Certificate ID NetSuite shows, and put it in the profile:");
    ctx.out.print(&format!(
        "     oa-rt profile add NAME --ns-auth m2m --ns-certificate-id <ID> --ns-private-key-file {} ...",
        key.display()
    ));
    Ok(ExitCode::SUCCESS)
}

/// The local certificate that goes with a key file: `<key>.crt` next to it, or None.
fn certificate_for(key_file: &Path) -> Option<String> {
    std::fs::read_to_string(key_file.with_extension("crt")).ok()
}

async fn status(ctx: &mut Ctx<'_>) -> Result<ExitCode> {
    let (name, profile_config) = m2m_profile(ctx)?;
    let NetSuiteAuthConfig::M2m {
        client_id,
        certificate_id,
        private_key_file,
    } = &profile_config.netsuite.auth
    else {
        unreachable!("checked by m2m_profile")
    };
    let key = SigningKey::from_file(private_key_file)?;
    let local = certificate_for(private_key_file).and_then(|pem| certinfo::inspect_pem(&pem).ok());
    let clients = crate::client::Clients::connect(profile_config.resolve(&name)?)?;
    let ns = &clients.netsuite;
    let token = match ns.token_source() {
        Some(source) => source.token(ns.http()).await.map(|_| ()),
        None => Ok(()),
    };
    let remote = match &token {
        Ok(()) => ns.m2m_certificates(client_id).await.ok(),
        Err(_) => None,
    };
    let now = crate::clock::unix();
    let report = json!({
        "profile": name,
        "client_id": client_id,
        "certificate_id": certificate_id,
        "private_key_file": private_key_file,
        "key": key.description,
        "certificate": local,
        "days_left": local.as_ref().map(|i| certinfo::days_left(i, now)),
        "token": token.as_ref().map(|_| "ok".to_string()).unwrap_or_else(|e| format!("{e:#}")),
        "netsuite_certificates": remote,
    });
    if ctx.out.json {
        ctx.out.print_json(&report);
    } else {
        ctx.out.print(&format!(
            "Profile '{name}': M2M client {client_id}, certificate id {certificate_id}"
        ));
        ctx.out.print(&format!(
            "  key: {} ({})",
            private_key_file.display(),
            key.description
        ));
        match &local {
            Some(i) => ctx.out.print(&format!(
                "  certificate: valid until {} ({} days left), SHA-256 {}",
                crate::steps::certificate::date(i.not_after),
                certinfo::days_left(i, now),
                i.sha256_fingerprint
            )),
            None => ctx.out.print(&format!(
                "  certificate: no {} next to the key (its validity is known to NetSuite only)",
                private_key_file.with_extension("crt").display()
            )),
        }
        match &token {
            Ok(()) => ctx
                .out
                .print("  token: NetSuite issues an access token for this credential"),
            Err(e) => ctx.out.print(&format!("  token: refused: {e:#}")),
        }
        for c in remote.iter().flatten() {
            ctx.out.print(&format!(
                "  NetSuite certificate {}{}: valid {} to {}{}",
                c.certificate_id,
                if &c.certificate_id == certificate_id {
                    " (in use)"
                } else {
                    ""
                },
                c.valid_from,
                c.valid_until,
                if c.revoked { ", revoked" } else { "" }
            ));
        }
    }
    Ok(if token.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

/// The selected profile from the config file, which must use M2M.
fn m2m_profile(ctx: &Ctx<'_>) -> Result<(String, config::ProfileConfig)> {
    if ctx.global.emulator.is_some() {
        return Err(
            Failure::usage("auth works on a profile of a config file, not on --emulator")
                .with_hint("use `oa-rt emulator serve` and its config file")
                .into(),
        );
    }
    let path = config::config_path(ctx.global.config.as_deref())?;
    let file = config::load(&path)?;
    let (name, p) = file.select(ctx.global.profile.as_deref(), &path)?;
    if !matches!(p.netsuite.auth, NetSuiteAuthConfig::M2m { .. }) {
        return Err(
            Failure::usage(format!("profile '{name}' uses TBA, not OAuth 2.0 M2M"))
                .with_hint("auth init/status/rotate manage M2M credentials")
                .into(),
        );
    }
    Ok((name, p))
}

// ---- rotation ----------------------------------------------------------------------------------------------------

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

async fn rotate(ctx: &mut Ctx<'_>, kind: KeyKind, days: i64) -> Result<ExitCode> {
    let (name, profile_config) = m2m_profile(ctx)?;
    let config_path = config::config_path(ctx.global.config.as_deref())?;
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
                return Ok(ExitCode::SUCCESS);
            }
            if !crate::interact::confirm(
                ctx,
                &format!("Rotate the M2M credential of profile '{name}'?"),
            )? {
                return Ok(ExitCode::from(1));
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
    Ok(ExitCode::SUCCESS)
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
