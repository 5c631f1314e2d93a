//! What every command that changes an account does first: finish a run that did not (`crate::job::journal`).

use std::time::Duration;

use anyhow::Result;
use serde_json::{Map, Value};

use super::Ctx;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::Job;
use crate::job::journal::{self, Journal};
use crate::steps::deployments::{self, ChangeOutcome, Observation};
use crate::steps::settings;

/// Before a command changes the account: finishes the account's pending journal to its intent, saying so on
/// stderr, and removes it. `Some(status)`: the command ends with that status (a guided change waits for a
/// person); an error ends it too (a failed change: exit 4, naming the state reached). A dry run only says that
/// one is pending.
pub async fn finish_first(ctx: &mut Ctx<'_>, job: &Job) -> Result<Option<ExitStatus>> {
    let account = job.account();
    let Some(j) = journal::load(&account)? else {
        return Ok(None);
    };
    if ctx.global.dry_run {
        ctx.out.note(&format!(
            "An interrupted {} of {} is pending; a run without --dry-run finishes it first.",
            j.command, j.started
        ));
        return Ok(None);
    }
    let (deps, settings_now) = observe(job, &j).await?;
    let remaining = j
        .remaining(&deps, settings_now.as_ref().map(|o| &o.values))
        .map_err(|why| cannot_finish(&j, &why))?;
    if remaining.is_empty() {
        journal::remove(&account)?;
        return Ok(None);
    }
    ctx.out.note(&format!(
        "finishing the interrupted {} of {}: {}",
        j.command,
        j.started,
        remaining.describe()
    ));
    let operator = ctx.operator().await?;
    let target = job.profile_target()?;
    let cx = ctx.apply_context(job, &target, &operator, &j.command, Duration::ZERO);
    let mut open = Vec::new();
    let mut results = Vec::new();
    if !remaining.deployments.is_empty() {
        deployments::backup(&cx, &remaining.deployments)?;
        let (r, waiting) = deployments::make_each(&cx, &remaining.deployments).await?;
        results = r;
        open = waiting;
    }
    if let (Some(obs), false) = (&settings_now, remaining.settings.is_empty()) {
        settings::commit(&cx, obs, &remaining.settings).await?;
    }
    let (deps, settings_now) = observe(job, &j).await?;
    let left = j
        .remaining(&deps, settings_now.as_ref().map(|o| &o.values))
        .map_err(|why| cannot_finish(&j, &why))?;
    if left.is_empty() {
        journal::remove(&account)?;
        ctx.out.note(&format!(
            "Finished the interrupted {} of {}.",
            j.command, j.started
        ));
        return Ok(None);
    }
    if results.iter().any(|r| r.outcome == ChangeOutcome::Failed) {
        return Err(deployments::stopped_failure(&deployments::stopped(
            &remaining.deployments,
            &results,
            &deps,
        ))
        .into());
    }
    if !open.is_empty() {
        return Ok(Some(ExitStatus::Waiting(open)));
    }
    Err(Failure::failed(format!(
        "the interrupted {} of {} is not finished: still to do: {}; nothing else was changed",
        j.command,
        j.started,
        left.describe()
    ))
    .with_hint("run the command again once the change can be made")
    .into())
}

/// The deployments and the settings record as the journal needs them (each only when it changes them).
async fn observe(job: &Job, j: &Journal) -> Result<(Observation, Option<settings::Observation>)> {
    let ns = &job.clients.netsuite;
    let deps = if j.deployments.is_empty() {
        empty()
    } else {
        deployments::observe(ns, &job.role)
            .await?
            .map_err(Failure::from)?
    };
    let settings_now = if j.settings.is_empty() {
        None
    } else {
        Some(settings::observe_now(ns).await?)
    };
    Ok((deps, settings_now))
}

fn empty() -> Observation {
    Observation {
        scripts: Vec::new(),
        lookalikes: Vec::new(),
        deployments: Vec::new(),
        role_name: String::new(),
        role_id: Ok(None),
        companion: false,
    }
}

fn cannot_finish(j: &Journal, why: &str) -> anyhow::Error {
    let path = journal::path(&j.account)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "the journal".into());
    Failure::failed(format!(
        "the interrupted {} of {} cannot be finished: {why}; nothing was changed",
        j.command, j.started
    ))
    .with_hint(format!(
        "check the account (`oa-rt plan`), then remove the journal to go on: rm {path}"
    ))
    .into()
}

/// After a command: removes the journal when the observation shows its intent reached.
pub fn settle(
    account: &str,
    deps: Option<&Observation>,
    settings_now: Option<&Map<String, Value>>,
) -> Result<()> {
    let empty = empty();
    journal::settle(account, deps.unwrap_or(&empty), settings_now).map(|_| ())
}
