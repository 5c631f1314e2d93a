//! Errors that decide the exit code.
//!
//! Code deep in the tool returns `anyhow::Error`; where a failure has a known meaning for the person or the CI job
//! running us (bad input, authentication, an unreachable service) it is a [`Failure`] somewhere in the chain.
//! `main` finds it and maps its [`Kind`] to the documented exit code.

use std::fmt;
use std::process::ExitCode;

/// What kind of failure; decides the exit code (README "Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 1: a check failed or drift was found (also unexpected local errors).
    Failed,
    /// 2: usage or bad input (config, arguments, files); nothing remote was changed.
    Usage,
    /// 3: a service refused our credentials.
    Auth,
    /// 4: a service or the network failed after retries.
    Service,
    /// 5: a guided step still waits for a person (non-interactive run).
    Waiting,
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
            Kind::Waiting => 5,
            Kind::Interrupted => 130,
        }
    }
}

/// A failure with a known meaning: one message naming the problem and, when there is one, the fix.
#[derive(Debug)]
pub struct Failure {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
}

impl Failure {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
            hint: None,
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
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
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

/// The exit code for an error that ended a command.
pub fn exit_code_of(err: &anyhow::Error) -> ExitCode {
    let kind = failure_of(err).map(|f| f.kind).unwrap_or(Kind::Failed);
    ExitCode::from(kind.exit_code())
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
        assert_eq!(failure_of(&err).unwrap().kind, Kind::Auth);
    }

    #[test]
    fn exit_codes_match_the_readme() {
        let codes: Vec<u8> = [
            Kind::Failed,
            Kind::Usage,
            Kind::Auth,
            Kind::Service,
            Kind::Waiting,
            Kind::Interrupted,
        ]
        .iter()
        .map(|k| k.exit_code())
        .collect();
        assert_eq!(codes, vec![1, 2, 3, 4, 5, 130]);
    }
}
