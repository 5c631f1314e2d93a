//! Evidence for what no API shows: OpenAir's NetSuite Connector switches. A `test-import` that landed proves the
//! whole chain (switches, certificate, settings) at that moment; it is kept per account with the certificate it
//! was made under, and stops counting once the certificate changes.

use std::path::PathBuf;

use anyhow::Result;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proof {
    pub account: String,
    /// `customer:1001`.
    pub record: String,
    pub landed_at: String,
    /// The SHA-256 fingerprint of NetSuite's real-time certificate when it landed.
    pub certificate_sha256: Option<String>,
}

fn path(account: &str) -> Result<PathBuf> {
    Ok(crate::dirs::state_dir()?
        .join("proofs")
        .join(format!("{account}.json")))
}

/// Records a landed test import.
pub fn record(proof: &Proof) -> Result<()> {
    crate::fsutil::write_atomic(
        &path(&proof.account)?,
        &serde_json::to_vec_pretty(proof)?,
        0o644,
    )
}

/// The last landed test import of `account`, if any (an unreadable file counts as none).
pub fn load(account: &str) -> Option<Proof> {
    let bytes = std::fs::read(path(account).ok()?).ok()?;
    serde_json::from_slice(&bytes).ok()
}
