//! `oa-rt auth init | status | rotate`: the tool's own NetSuite OAuth 2.0 M2M credential.
//!
//! Rotation is crash-safe, in the manner of certbot: new key material goes into new files (never an in-place
//! overwrite), the new certificate is uploaded, proven by getting a token with it, the profile is switched
//! atomically, and only then is the old certificate revoked. Each stage is recorded in a state file, so an
//! interrupted rotation is finished by the next run.

mod init;
mod rotate;
mod status;

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::Ctx;
use crate::certinfo::{self, KeyKind};
use crate::cli::AuthCommand;
use crate::config::{self, NetSuiteAuthConfig};
use crate::error::Failure;
use crate::exit::ExitStatus;

/// Where NetSuite takes the certificate.
pub const UPLOAD_PATH: &str = "Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup > Create New";

pub async fn run(ctx: &mut Ctx<'_>, cmd: &AuthCommand) -> Result<ExitStatus> {
    match cmd {
        AuthCommand::Init { key, days, out_dir } => init::run(ctx, *key, *days, out_dir.as_deref()),
        AuthCommand::Status => status::run(ctx).await,
        AuthCommand::Rotate { key, days } => rotate::run(ctx, *key, *days).await,
    }
}

/// Writes a new key (0600) and its self-signed certificate next to it; never replaces existing files.
pub(super) fn write_new_credential(
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

pub(super) fn keys_dir() -> Result<PathBuf> {
    Ok(crate::dirs::config_dir()?.join("keys"))
}

/// The local certificate that goes with a key file: `<key>.crt` next to it, or None.
pub(super) fn certificate_for(key_file: &Path) -> Option<String> {
    std::fs::read_to_string(key_file.with_extension("crt")).ok()
}

/// The selected profile from the config file, which must use M2M.
pub(super) fn m2m_profile(ctx: &mut Ctx<'_>) -> Result<(String, config::ProfileConfig)> {
    if ctx.global.emulator.is_some() {
        return Err(
            Failure::usage("auth works on a profile of a config file, not on --emulator")
                .with_hint("use `oa-rt emulator serve` and its config file")
                .into(),
        );
    }
    let (name, p) = ctx.profile_config()?;
    if !matches!(p.netsuite.auth, NetSuiteAuthConfig::M2m { .. }) {
        return Err(
            Failure::usage(format!("profile '{name}' uses TBA, not OAuth 2.0 M2M"))
                .with_hint("auth init/status/rotate manage M2M credentials")
                .into(),
        );
    }
    Ok((name, p))
}
