//! The steps of the seed procedure. Each follows observe → check → plan → apply → verify; the check and plan
//! parts are pure functions of what was observed, so they are unit-tested without a network.

pub mod bundles;
pub mod certificate;
pub mod deployments;
pub mod order;

pub mod role;
pub mod settings;

use serde::Serialize;

/// How to install the companion RESTlet, wherever its absence is reported.
pub const COMPANION_INSTALL_FIX: &str = "install the companion RESTlet: `oa-rt companion export DIR`, then follow DIR/INSTALL.md (SuiteCloud CLI or the UI), deployed to the integration role";

/// A check's verdict. `needs-check` and `guided` exist because some facts have no API: the tool never reports
/// as passed what it could not observe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Ok,
    /// Recorded by the administrator (running order), still valid.
    Confirmed,
    Warn,
    /// Cannot be observed; a person must look (and may record a confirmation).
    NeedsCheck,
    /// Only a person can do it; the tool shows how.
    Guided,
    Fail,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Confirmed => "confirmed",
            Verdict::Warn => "warn",
            Verdict::NeedsCheck => "needs-check",
            Verdict::Guided => "guided",
            Verdict::Fail => "fail",
        }
    }

    /// Whether this verdict lets a command exit 0.
    pub fn passes(self) -> bool {
        matches!(self, Verdict::Ok | Verdict::Confirmed | Verdict::Warn)
    }
}

/// One check's result: what was checked, the verdict, what was seen, and how to fix it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub check: String,
    pub verdict: Verdict,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}
