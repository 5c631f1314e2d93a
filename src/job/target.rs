//! What the account should be. The desired state, `oa-rt.toml` in the working directory, says what the real-time
//! import should look like in terms that hold for any account pair — the same file is promoted from the sandbox
//! to production; [`DesiredFile::target`] resolves it for one profile and account into the one [`Target`] every
//! step plans against. Account-specific values (the OpenAir URL and database id) come from the profile, never
//! from the file; without a file, the defaults come from the account as it is.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Job;
use crate::error::Failure;
use crate::steps::{Snapshot, Target, settings};

pub const DEFAULT_FILE: &str = "oa-rt.toml";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DesiredState {
    /// Record types the v2.0 send script is deployed on (customer, job, employee, ...).
    pub record_types: Vec<String>,
    /// Where the real-time script e-mails its errors.
    pub error_email: Option<String>,
    #[serde(default)]
    pub include_leads: bool,
    #[serde(default)]
    pub include_prospects: bool,
    /// The deployments' Execute As Role [default: the profile's integration role].
    pub execute_as_role: Option<String>,
    #[serde(default = "default_log_level")]
    pub log_level: String,
    /// `plan` and `status` warn when the real-time certificate expires within this many days: OpenAir replaces it
    /// by itself one to two weeks before expiry (seed step 6), so inside this window it should rotate it — by seven
    /// days before expiry. They fail once that rotation window has passed with no new certificate (six days or
    /// fewer left), or when it expired, whatever this says. 0 to 7: no warning before then. `cert check --within N`
    /// is the explicit predicate (fail within N days) and does not read this.
    #[serde(default = "default_window")]
    pub certificate_window_days: i64,
    /// The evidence file (running-order confirmations, test-import proofs), relative to this file. Earlier
    /// versions called it `order_confirmations`.
    #[serde(default = "default_evidence", alias = "order_confirmations")]
    pub evidence: PathBuf,
    /// Where this file was applied (written by `apply` and `setup`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applied: Vec<Applied>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applied {
    pub account: String,
    pub sandbox: bool,
    pub at: String,
}

fn default_log_level() -> String {
    crate::steps::deployments::DEFAULT_LOG_LEVEL.to_string()
}
/// OpenAir's rotation starts two weeks before expiry: warn from then on.
pub const DEFAULT_WINDOW_DAYS: i64 = 14;

fn default_window() -> i64 {
    DEFAULT_WINDOW_DAYS
}
fn default_evidence() -> PathBuf {
    PathBuf::from(crate::steps::evidence::DEFAULT_FILE)
}

impl DesiredState {
    /// The state a new setup starts from: the record types the send script is on now (else customer, job and
    /// employee), the error e-mail the account has, nothing else included.
    pub fn defaults(current_types: &[String], current_email: Option<String>) -> Self {
        let record_types = if current_types.is_empty() {
            vec!["customer".into(), "job".into(), "employee".into()]
        } else {
            current_types
                .iter()
                .map(|t| t.to_ascii_lowercase())
                .collect()
        };
        DesiredState {
            record_types,
            error_email: current_email,
            include_leads: false,
            include_prospects: false,
            execute_as_role: None,
            log_level: default_log_level(),
            certificate_window_days: default_window(),
            evidence: default_evidence(),
            applied: Vec::new(),
        }
    }

    /// Checks the values (record types, log level, e-mail, window) and answers the record types upper-cased.
    pub fn validate(&self, path: &Path) -> Result<Vec<String>> {
        let bad = |m: String| -> anyhow::Error {
            Failure::usage(format!("{}: {m}", path.display()))
                .with_hint("fix the file; nothing was changed")
                .into()
        };
        let types = crate::steps::deployments::parse_record_types(&self.record_types.join(","))
            .map_err(|e| bad(format!("record_types: {e}")))?;
        if !crate::steps::deployments::LOG_LEVELS.contains(&self.log_level.as_str()) {
            return Err(bad(format!(
                "log_level '{}' is not one of {}",
                self.log_level,
                crate::steps::deployments::LOG_LEVELS.join(", ")
            )));
        }
        if let Some(e) = &self.error_email {
            crate::steps::settings::valid_email(e)
                .map_err(|m| bad(format!("error_email '{e}': {m}")))?;
        }
        if !(0..=365).contains(&self.certificate_window_days) {
            return Err(bad(format!(
                "certificate_window_days {} must be between 0 and 365 (days before expiry from which status warns; {DEFAULT_WINDOW_DAYS}: OpenAir's rotation window)",
                self.certificate_window_days
            )));
        }
        Ok(types)
    }

    /// The evidence file, resolved next to this file.
    pub fn evidence_path(&self, desired_file: &Path) -> PathBuf {
        match desired_file.parent() {
            Some(dir) if self.evidence.is_relative() => dir.join(&self.evidence),
            _ => self.evidence.clone(),
        }
    }

    /// This state with the values the account holds now where it holds one — the record types the send script is
    /// deployed on, a valid error e-mail, whether leads and prospects are included: the defaults of the wizard's
    /// questions, so that accepting them never changes a live setting.
    pub fn with_live_values(mut self, snap: &Snapshot) -> DesiredState {
        let types = snap.deployed_record_types();
        if !types.is_empty() {
            self.record_types = types.iter().map(|t| t.to_ascii_lowercase()).collect();
        }
        if let Ok(obs) = &snap.settings {
            if let Some(email) = obs
                .values
                .get(crate::platform::settings::ERROR_EMAIL.id)
                .and_then(Value::as_str)
                .filter(|e| settings::valid_email(e).is_ok())
            {
                self.error_email = Some(email.to_string());
            }
            (self.include_leads, self.include_prospects) = settings::includes(obs);
        }
        self
    }

    pub fn applied_to_sandbox(&self) -> bool {
        self.applied.iter().any(|a| a.sandbox)
    }

    /// Whether the file is recorded as in effect on `account`.
    pub fn applied_to(&self, account: &str) -> bool {
        self.applied.iter().any(|a| a.account == account)
    }

    /// Records that the file is in effect on `account`, now.
    pub fn record_applied(&mut self, account: &str, sandbox: bool) {
        self.applied.retain(|a| a.account != account);
        self.applied.push(Applied {
            account: account.to_string(),
            sandbox,
            at: crate::clock::rfc3339(),
        });
    }
}

/// Reads the desired-state file; `None` when the default `oa-rt.toml` does not exist (the defaults apply). A file
/// named explicitly (`--file`, `OA_RT_FILE`) that does not exist is bad input: the person meant a file, and the
/// defaults would silently change the account. `setup`, which writes the file, uses [`load_or_new`].
pub fn load(path: &Path) -> Result<Option<DesiredState>> {
    let state = load_or_new(path)?;
    if state.is_none() && path != Path::new(DEFAULT_FILE) {
        return Err(Failure::usage(format!(
            "the desired-state file {} does not exist; nothing was changed",
            path.display()
        ))
        .with_hint(format!(
            "check the name given to --file (or OA_RT_FILE); leave it out to use ./{DEFAULT_FILE} or, without one, the defaults"
        ))
        .into());
    }
    Ok(state)
}

/// Reads the desired-state file; `None` when it does not exist (whether named or not).
pub fn load_or_new(path: &Path) -> Result<Option<DesiredState>> {
    let text = match crate::fsutil::read_text(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Failure::usage(format!(
                "cannot read the desired-state file {}: {}; nothing was changed",
                path.display(),
                crate::fsutil::io_reason(&e)
            ))
            .with_hint("fix or remove it (`oa-rt setup` writes one), or name another with --file")
            .into());
        }
    };
    let state: DesiredState = toml::from_str(&text).map_err(|e| {
        let (line, col) = {
            let before = &text[..e.span().map(|s| s.start).unwrap_or(0).min(text.len())];
            (
                before.matches('\n').count() + 1,
                before
                    .rsplit('\n')
                    .next()
                    .map(|l| l.chars().count())
                    .unwrap_or(0)
                    + 1,
            )
        };
        Failure::usage(format!(
            "{}: line {line}, column {col}: {}",
            path.display(),
            e.message().trim()
        ))
    })?;
    Ok(Some(state))
}

/// The evidence file that goes with the desired-state file at `path`: the one it names, else the default beside it.
pub fn evidence_path(path: &Path) -> Result<PathBuf> {
    Ok(match load(path)? {
        Some(state) => state.evidence_path(path),
        None => path
            .parent()
            .unwrap_or(Path::new(""))
            .join(crate::steps::evidence::DEFAULT_FILE),
    })
}

/// Writes the file (keeping nothing of an older one: it is rewritten whole, commented).
pub fn save(path: &Path, state: &DesiredState) -> Result<()> {
    let body = toml::to_string(state).context("rendering the desired state")?;
    let text = format!(
        "# oa-rt desired state for the NetSuite → OpenAir real-time import (`oa-rt plan`, `oa-rt apply`).\n\
         # Account-specific values (OpenAir URL, database id) come from the profile: this file can be applied to a\n\
         # sandbox and then to production unchanged.\n\n{body}"
    );
    crate::fsutil::write_atomic(path, text.as_bytes(), 0o644)
}

/// The desired-state file: where it is and what it holds (the defaults when it does not exist).
#[derive(Debug, Clone)]
pub struct DesiredFile {
    pub path: PathBuf,
    pub exists: bool,
    pub state: DesiredState,
}

impl DesiredFile {
    /// The file at `path` as read ([`load`]); without one, the defaults: the record types of a pending journal
    /// (`journaled`, a run that did not finish), else those where the 1.0 or the 2.0 send script is deployed now,
    /// and the error e-mail the account has.
    pub fn new(
        path: &Path,
        state: Option<DesiredState>,
        snap: &Snapshot,
        journaled: Option<&[String]>,
    ) -> DesiredFile {
        let exists = state.is_some();
        let state = state.unwrap_or_else(|| {
            let mut d = DesiredState::defaults(&[], None).with_live_values(snap);
            if let Some(types) = journaled {
                d.record_types = types.iter().map(|t| t.to_ascii_lowercase()).collect();
            }
            d
        });
        DesiredFile {
            path: path.to_path_buf(),
            exists,
            state,
        }
    }

    /// The target for the job's profile: the file's values, validated, with the profile's OpenAir URL and
    /// database id, and the deployments executing as the file's role or else the profile's.
    pub fn target(&self, job: &Job) -> Result<Target> {
        let record_types = self.state.validate(&self.path)?;
        let s = &self.state;
        Ok(Target {
            record_types,
            log_level: s.log_level.clone(),
            include_leads: s.include_leads,
            include_prospects: s.include_prospects,
            role: execute_as(Some(s), job),
            error_email: s.error_email.clone(),
            openair_url: job.openair_url.clone(),
            db_id: job.db_id.clone(),
            certificate_window_days: s.certificate_window_days,
            evidence: s.evidence_path(&self.path),
        })
    }
}

/// The role the deployments execute as, and so the one observed: the desired state's, else the profile's.
pub fn execute_as(state: Option<&DesiredState>, job: &Job) -> String {
    state
        .and_then(|d| d.execute_as_role.clone())
        .unwrap_or_else(|| job.role.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_validation() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("oa-rt.toml");
        assert!(load_or_new(&path).unwrap().is_none());
        // Named explicitly (not the default ./oa-rt.toml), a missing file is bad input.
        let err = load(&path).unwrap_err();
        assert_eq!(crate::error::kind_of(&err), crate::error::Kind::Usage);
        assert!(err.to_string().contains("does not exist"), "{err}");
        let mut d = DesiredState::defaults(&[], Some("ops@acme.example".into()));
        d.applied.push(Applied {
            account: "1_SB1".into(),
            sandbox: true,
            at: "2026-11-28T00:00:00Z".into(),
        });
        save(&path, &d).unwrap();
        let back = load(&path).unwrap().unwrap();
        assert_eq!(back, d);
        assert_eq!(
            back.validate(&path).unwrap(),
            vec!["CUSTOMER", "JOB", "EMPLOYEE"]
        );
        assert!(back.applied_to_sandbox());
        let mut bad = d.clone();
        bad.record_types = vec!["custmer".into()];
        assert!(
            format!("{:#}", bad.validate(&path).unwrap_err()).contains("did you mean customer?")
        );
        let mut bad = d.clone();
        bad.error_email = Some("nope".into());
        assert!(bad.validate(&path).is_err());
        std::fs::write(&path, "record_types = [\"customer\"]\nrecord_typs = 1\n").unwrap();
        let err = format!("{:#}", load(&path).unwrap_err());
        assert!(err.contains("line 2"), "{err}");
    }
}
