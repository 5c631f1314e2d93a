//! `oa-rt emulator serve | scenarios | ui | dump | reset`.

mod serve;
mod ui;

use anyhow::Result;

use super::Ctx;
use crate::cli::{EmulatorCommand, EmulatorTarget};
use crate::emulator;
use crate::error::Failure;
use crate::exit::ExitStatus;

pub async fn run(ctx: &mut Ctx<'_>, cmd: &EmulatorCommand) -> Result<ExitStatus> {
    match cmd {
        EmulatorCommand::Serve(args) => serve::serve(ctx, args).await,
        EmulatorCommand::Scenarios => scenarios(ctx),
        EmulatorCommand::Ui(args) => ui::run(ctx, args).await,
        EmulatorCommand::Dump(target) => dump(ctx, target).await,
        EmulatorCommand::Reset(target) => reset(ctx, target).await,
    }
}

fn scenarios(ctx: &mut Ctx<'_>) -> Result<ExitStatus> {
    if ctx.out.json {
        let list: Vec<_> = emulator::scenarios::SCENARIOS
            .iter()
            .map(|(name, summary)| serde_json::json!({ "name": name, "summary": summary }))
            .collect();
        ctx.out.print_json(&list);
    } else {
        let width = emulator::scenarios::SCENARIOS
            .iter()
            .map(|(n, _)| n.len())
            .max()
            .unwrap_or(0);
        for (name, summary) in emulator::scenarios::SCENARIOS {
            ctx.out.print(&format!("{name:width$}  {summary}"));
        }
    }
    Ok(ExitStatus::Ok)
}

/// Opens a state file without changing its scenario (for dump and reset; `reset` takes one of another version).
fn open_state(path: &std::path::Path, to_reset: bool) -> Result<emulator::state::Emu> {
    if !path.exists() {
        return Err(
            Failure::usage(format!("no emulator state at {}", path.display()))
                .with_hint("pass the --state FILE of `oa-rt emulator serve --state FILE`")
                .into(),
        );
    }
    if to_reset {
        emulator::state::Emu::open_to_reset(path)
    } else {
        emulator::state::Emu::open(Some(path), "upgrade", None)
    }
}

async fn dump(ctx: &mut Ctx<'_>, target: &EmulatorTarget) -> Result<ExitStatus> {
    let value = match &target.state {
        Some(path) => emulator::dump::dump(&open_state(path, false)?)?,
        None => {
            let base = ctx.emulator_url(target.url.as_ref()).await?;
            crate::client::emulator_ui::get_json(&base.join("_emulator/dump")?).await?
        }
    };
    if ctx.out.json {
        ctx.out.print_json(&value);
    } else {
        ctx.out.print(emulator::dump::render(&value).trim_end());
    }
    Ok(ExitStatus::Ok)
}

async fn reset(ctx: &mut Ctx<'_>, target: &EmulatorTarget) -> Result<ExitStatus> {
    let what = match &target.state {
        Some(path) => {
            open_state(path, true)?.reset()?;
            path.display().to_string()
        }
        None => {
            let base = ctx.emulator_url(target.url.as_ref()).await?;
            crate::client::emulator_ui::post_json(
                &base.join("_emulator/reset")?,
                &serde_json::json!({}),
            )
            .await?;
            base.to_string()
        }
    };
    ctx.out.print(&format!(
        "Reset the emulator at {what} to its scenario's starting state."
    ));
    Ok(ExitStatus::Ok)
}
