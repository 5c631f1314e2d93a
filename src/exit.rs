//! How a command that ran to its end came out: the status every command returns, which `main` turns into the
//! documented exit code (README "Exit codes"). No command writes an exit code itself.

use crate::operator::Guided;

/// How a command that ran to its end came out.
#[derive(Debug)]
#[must_use]
pub enum ExitStatus {
    /// 0: everything checked passed, or every change was made and verified.
    Ok,
    /// 1: a check failed, drift was found, a change did not take effect, or the person said no.
    Failed,
    /// 5: guided steps wait for a person who could not be asked (a run without a terminal).
    Waiting(Vec<Guided>),
}

impl ExitStatus {
    /// `Ok` when `ok`, else `Failed`.
    pub fn from_ok(ok: bool) -> Self {
        if ok {
            ExitStatus::Ok
        } else {
            ExitStatus::Failed
        }
    }

    /// `Waiting` when guided steps are open, else [`ExitStatus::from_ok`].
    pub fn unless_waiting(open: Vec<Guided>, ok: bool) -> Self {
        if open.is_empty() {
            ExitStatus::from_ok(ok)
        } else {
            ExitStatus::Waiting(open)
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            ExitStatus::Ok => 0,
            ExitStatus::Failed => 1,
            ExitStatus::Waiting(_) => 5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_match_the_readme() {
        let statuses: Vec<u8> = [
            ExitStatus::Ok,
            ExitStatus::Failed,
            ExitStatus::Waiting(Vec::new()),
        ]
        .iter()
        .map(ExitStatus::exit_code)
        .collect();
        assert_eq!(statuses, vec![0, 1, 5]);
    }
}
