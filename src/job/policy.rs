//! The pass policy: one function decides how a set of checks comes out, for every command.

use crate::steps::Verdict;

/// How a set of checks came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// Every check was made and passed: ok, confirmed by a person, or only a warning.
    Healthy,
    /// Nothing failed, but some checks only a person can make are not made (needs-check, guided).
    Unverified,
    /// A check failed.
    Failing,
}

/// The health of a set of verdicts.
pub fn health(verdicts: impl IntoIterator<Item = Verdict>) -> Health {
    let mut health = Health::Healthy;
    for v in verdicts {
        match v {
            Verdict::Fail => return Health::Failing,
            v if !v.passes() => health = Health::Unverified,
            _ => {}
        }
    }
    health
}

impl Health {
    /// Whether a command passes (exit 0): every check was made and passed; with `allow_unverified`
    /// (`--allow-unverified`), checks only a person can make may remain. A failing check never passes.
    pub fn passes(self, allow_unverified: bool) -> bool {
        match self {
            Health::Healthy => true,
            Health::Unverified => allow_unverified,
            Health::Failing => false,
        }
    }

    /// Whether every check was made and passed (`cert check`, `cert inspect`).
    pub fn verified(self) -> bool {
        self == Health::Healthy
    }

    /// The word for it, in summaries and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Health::Healthy => "healthy",
            Health::Unverified => "not verified",
            Health::Failing => "not healthy",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_beats_unverified_beats_healthy() {
        assert_eq!(health([]), Health::Healthy);
        assert_eq!(
            health([Verdict::Ok, Verdict::Warn, Verdict::Confirmed]),
            Health::Healthy
        );
        assert_eq!(
            health([Verdict::Ok, Verdict::NeedsCheck]),
            Health::Unverified
        );
        assert_eq!(health([Verdict::Guided, Verdict::Ok]), Health::Unverified);
        assert_eq!(
            health([Verdict::NeedsCheck, Verdict::Fail, Verdict::Ok]),
            Health::Failing
        );
        assert!(Health::Healthy.passes(false));
        // needs-check is not healthy: it fails the command unless the caller allows it.
        assert!(!Health::Unverified.passes(false) && Health::Unverified.passes(true));
        assert!(!Health::Failing.passes(false) && !Health::Failing.passes(true));
        assert!(!Health::Unverified.verified());
    }
}
