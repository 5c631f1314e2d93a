//! Errors that decide the exit code.
//!
//! A command that could not run to its end returns an `anyhow::Error`; where the failure has a known meaning for
//! the person or the CI job running us (bad input, authentication, an unreachable service) it is a [`Failure`]
//! somewhere in the chain. `main` maps its [`Kind`] to the documented exit code; an error of no known kind is a
//! bug: exit 70, never 1. (A command that ran to its end returns a `crate::exit::ExitStatus` instead.)

use std::fmt;

/// What kind of failure; decides the exit code (README "Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 1: a check failed, or the account is not as it should be, and the command cannot go on.
    Failed,
    /// 2: usage or bad input (config, arguments, files); nothing remote was changed.
    Usage,
    /// 3: a service refused our credentials.
    Auth,
    /// 4: a service or the network failed after retries.
    Service,
    /// 70: an internal error, a bug in oa-rt.
    Internal,
    /// 130: interrupted (Ctrl-C).
    Interrupted,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Failed => 1,
            Kind::Usage => 2,
            Kind::Auth => 3,
            Kind::Service => 4,
            Kind::Internal => 70,
            Kind::Interrupted => 130,
        }
    }
}

/// A failure with a known meaning: one message naming the problem and the fixes, if any.
#[derive(Debug)]
pub struct Failure {
    pub kind: Kind,
    pub message: String,
    /// What to do about it, one line each (printed after the message).
    pub hints: Vec<String>,
}

impl Failure {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
            hints: Vec::new(),
        }
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(Kind::Auth, message)
    }
    pub fn service(message: impl Into<String>) -> Self {
        Self::new(Kind::Service, message)
    }
    pub fn failed(message: impl Into<String>) -> Self {
        Self::new(Kind::Failed, message)
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// The failure an error carries, if any (searching the whole chain, so `.context(..)` keeps the kind).
pub fn failure_of(err: &anyhow::Error) -> Option<&Failure> {
    err.chain().find_map(|e| e.downcast_ref::<Failure>())
}

/// The kind of an error that ended a command: its failure's, else internal (a bug).
pub fn kind_of(err: &anyhow::Error) -> Kind {
    failure_of(err).map(|f| f.kind).unwrap_or(Kind::Internal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn kind_survives_context() {
        let err: anyhow::Error = Err::<(), _>(Failure::auth("refused"))
            .context("testing the profile")
            .unwrap_err();
        assert_eq!(kind_of(&err), Kind::Auth);
    }

    #[test]
    fn an_error_of_no_known_kind_is_internal_never_1() {
        let err = anyhow::anyhow!("unexpected");
        assert_eq!(kind_of(&err).exit_code(), 70);
    }

    #[test]
    fn exit_codes_match_the_readme() {
        let codes: Vec<u8> = [
            Kind::Failed,
            Kind::Usage,
            Kind::Auth,
            Kind::Service,
            Kind::Internal,
            Kind::Interrupted,
        ]
        .iter()
        .map(|k| k.exit_code())
        .collect();
        assert_eq!(codes, vec![1, 2, 3, 4, 70, 130]);
    }
}
