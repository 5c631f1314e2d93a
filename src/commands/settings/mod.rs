//! `oa-rt settings show | set KEY=VALUE... | edit`: the one settings record (the settings step). Every value is
//! validated before any write; only fields that differ are sent; the diff is shown first, a backup written, and
//! the result read back.

mod edit;
mod set;
mod show;

use anyhow::Result;
use serde_json::Value;

use super::Ctx;
use crate::cli::SettingsCommand;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::steps::settings::{self, Field};

pub async fn run(ctx: &mut Ctx<'_>, cmd: &SettingsCommand) -> Result<ExitStatus> {
    match cmd {
        SettingsCommand::Show { policy } => show::run(ctx, *policy).await,
        SettingsCommand::Set {
            assignments,
            openair_done,
        } => {
            // Parse before touching the network: bad input costs nothing.
            let parsed = parse_all(assignments)?;
            set::run(ctx, parsed, *openair_done).await
        }
        SettingsCommand::Edit => edit::run(ctx).await,
    }
}

/// Parses every `KEY=VALUE`; a key given twice is ambiguous, not "the last wins"; every bad one is named in one
/// error (exit 2).
fn parse_all(assignments: &[String]) -> Result<Vec<(&'static Field, Value)>> {
    let mut out: Vec<(&'static Field, Value)> = Vec::new();
    let mut errors = Vec::new();
    for a in assignments {
        match settings::parse_assignment(a) {
            Ok((f, _)) if out.iter().any(|(x, _)| *x == f) => {
                let msg = format!("{} is given more than once", f.key);
                if !errors.contains(&msg) {
                    errors.push(msg);
                }
            }
            Ok((f, v)) => out.push((f, v)),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(Failure::usage(errors.join("; "))
            .with_hint("`oa-rt settings show` lists the settings; nothing was changed")
            .into());
    }
    Ok(out)
}
