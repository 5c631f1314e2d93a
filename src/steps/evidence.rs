//! What people and test imports leave behind: running-order confirmations (the order step) and test-import proofs
//! (the OpenAir step), in one file next to `oa-rt.toml` — `oa-rt-evidence.toml` by default — meant for version
//! control, so `status` in CI on another machine sees what was confirmed and proved. Each step owns its own kind of
//! evidence and judges whether it still holds (a confirmation goes stale when its scripts or bundle versions change,
//! a proof when the certificate it ran under changes); this file only keeps them.

use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::openair::Proof;
use super::order::Confirmation;
use crate::error::Failure;

/// The evidence file's name, next to the desired-state file.
pub const DEFAULT_FILE: &str = "oa-rt-evidence.toml";

/// Where earlier versions kept running-order confirmations: read (never written) when no evidence file exists yet
/// beside it, so an upgrade keeps the confirmations people made.
pub const LEGACY_CONFIRMATIONS_FILE: &str = "oa-rt-order.toml";

const HEADER: &str = "# Evidence recorded by oa-rt: running-order confirmations (`oa-rt verify-order --confirm`) and test\n\
# imports that landed (`oa-rt test-import`). Keep this file in version control next to oa-rt.toml, so `oa-rt status`\n\
# sees it wherever it runs. A confirmation goes stale when its scripts or bundle versions change; a proof when the\n\
# real-time certificate it ran under changes.\n\n";

/// The evidence file's contents.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    #[serde(
        default,
        rename = "confirmation",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub confirmations: Vec<Confirmation>,
    #[serde(default, rename = "proof", skip_serializing_if = "Vec::is_empty")]
    pub proofs: Vec<Proof>,
}

impl Evidence {
    /// Reads the file; a missing file is no evidence (or, beside it, the confirmations of an earlier version).
    pub fn load(path: &Path) -> Result<Evidence> {
        match read(path)? {
            Some(evidence) => Ok(evidence),
            None => {
                let legacy = path
                    .parent()
                    .map(|dir| dir.join(LEGACY_CONFIRMATIONS_FILE))
                    .filter(|_| path.file_name() == Some(DEFAULT_FILE.as_ref()));
                match legacy {
                    Some(legacy) => Ok(read(&legacy)?.unwrap_or_default()),
                    None => Ok(Evidence::default()),
                }
            }
        }
    }

    /// The confirmation of one record type's order on an account.
    pub fn confirmation(&self, account: &str, record_type: &str) -> Option<&Confirmation> {
        self.confirmations
            .iter()
            .find(|c| c.account == account && c.record_type == record_type)
    }

    /// The last test import that landed on an account.
    pub fn proof(&self, account: &str) -> Option<&Proof> {
        self.proofs.iter().find(|p| p.account == account)
    }

    /// Replaces the record type's confirmation for that account and writes the file.
    pub fn record_confirmation(&mut self, path: &Path, c: Confirmation) -> Result<()> {
        self.confirmations
            .retain(|x| !(x.account == c.account && x.record_type == c.record_type));
        self.confirmations.push(c);
        self.confirmations
            .sort_by(|a, b| (&a.account, &a.record_type).cmp(&(&b.account, &b.record_type)));
        self.save(path)
    }

    /// Replaces the account's proof and writes the file.
    pub fn record_proof(&mut self, path: &Path, p: Proof) -> Result<()> {
        self.proofs.retain(|x| x.account != p.account);
        self.proofs.push(p);
        self.proofs.sort_by(|a, b| a.account.cmp(&b.account));
        self.save(path)
    }

    fn save(&self, path: &Path) -> Result<()> {
        let text = format!("{HEADER}{}", toml::to_string(self)?);
        crate::fsutil::write_atomic(path, text.as_bytes(), 0o644)
    }
}

/// The file's evidence, or `None` when there is no file.
fn read(path: &Path) -> Result<Option<Evidence>> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map(Some).map_err(|e| {
            Failure::usage(format!(
                "evidence file {}: {}",
                path.display(),
                e.message().trim()
            ))
            .with_hint("fix or remove the entry; the file is written by `oa-rt verify-order --confirm` and `oa-rt test-import`")
            .into()
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn confirmation(account: &str, record_type: &str, by: &str) -> Confirmation {
        Confirmation {
            account: account.into(),
            record_type: record_type.into(),
            confirmed_at: "2026-12-01T10:00:00Z".into(),
            confirmed_by: by.into(),
            send_script: "customscript_oa_send_record_v2".into(),
            scripts: vec!["customscript_acme_credit_check".into()],
            bundles: BTreeMap::from([("369630".into(), "4.03".into())]),
        }
    }

    fn proof(account: &str, record: &str) -> Proof {
        Proof {
            account: account.into(),
            record: record.into(),
            landed_at: "2026-12-01T10:00:00Z".into(),
            certificate_sha256: Some("ab".into()),
        }
    }

    #[test]
    fn confirmations_and_proofs_share_one_file_and_replace_their_own_kind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        let mut e = Evidence::load(&path).unwrap();
        assert_eq!(e, Evidence::default());
        e.record_confirmation(&path, confirmation("1_SB1", "CUSTOMER", "ada"))
            .unwrap();
        e.record_proof(&path, proof("1_SB1", "customer:1001"))
            .unwrap();
        e.record_confirmation(&path, confirmation("1_SB1", "CUSTOMER", "grace"))
            .unwrap();
        e.record_proof(&path, proof("1_SB1", "customer:1003"))
            .unwrap();
        let back = Evidence::load(&path).unwrap();
        assert_eq!(back, e);
        assert_eq!(back.confirmations.len(), 1);
        assert_eq!(
            back.confirmation("1_SB1", "CUSTOMER").unwrap().confirmed_by,
            "grace"
        );
        assert_eq!(back.proof("1_SB1").unwrap().record, "customer:1003");
        assert!(back.proof("2").is_none() && back.confirmation("1_SB1", "JOB").is_none());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# Evidence recorded by oa-rt"), "{text}");
    }

    #[test]
    fn an_earlier_versions_confirmations_file_is_read_until_the_evidence_file_exists() {
        let dir = tempfile::tempdir().unwrap();
        let legacy = dir.path().join(LEGACY_CONFIRMATIONS_FILE);
        std::fs::write(
            &legacy,
            toml::to_string(&Evidence {
                confirmations: vec![confirmation("1_SB1", "JOB", "ada")],
                proofs: Vec::new(),
            })
            .unwrap(),
        )
        .unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        let mut e = Evidence::load(&path).unwrap();
        assert!(e.confirmation("1_SB1", "JOB").is_some());
        // A file named otherwise does not pick up the old one.
        assert_eq!(
            Evidence::load(&dir.path().join("other.toml")).unwrap(),
            Evidence::default()
        );
        e.record_proof(&path, proof("1_SB1", "customer:1001"))
            .unwrap();
        std::fs::remove_file(&legacy).unwrap();
        assert!(
            Evidence::load(&path)
                .unwrap()
                .confirmation("1_SB1", "JOB")
                .is_some()
        );
    }

    #[test]
    fn a_broken_file_is_bad_input_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        std::fs::write(&path, "[[confirmation]]\naccount = 3\n").unwrap();
        let e = Evidence::load(&path).unwrap_err();
        assert!(format!("{e:#}").contains("evidence file"), "{e:#}");
    }
}
