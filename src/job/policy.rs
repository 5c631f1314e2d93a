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
    /// Whether nothing failed. `status`, `plan`, `setup` and `enable`'s readiness pass on this today; what is not
    /// verified is shown as such but does not fail them.
    pub fn nothing_failed(self) -> bool {
        self != Health::Failing
    }

    /// Whether every check was made and passed (`verify-order`, `cert check`).
    pub fn verified(self) -> bool {
        self == Health::Healthy
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
        assert!(Health::Unverified.nothing_failed() && !Health::Unverified.verified());
        assert!(!Health::Failing.nothing_failed());
    }
}
