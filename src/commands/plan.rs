//! `oa-rt plan [--out FILE]` and `oa-rt apply [PLAN]`: the desired state (`oa-rt.toml`) against the account, and
//! the changes that make the account so. A saved plan carries a stamp of what it observed; `apply` refuses it
//! once the account looks different. The same desired-state file applies to any profile (sandbox, then
//! production).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::engine::{self, Check, DesiredFile, Facts, Item, Outcome, Snapshot};
use super::{Ctx, checks_exit};
use crate::cli::DesiredArg;
use crate::desired::DesiredState;
use crate::error::Failure;
use crate::interact;
use crate::steps::Verdict;

const PLAN_FORMAT: u32 = 1;

/// A plan as `plan --out` saves it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedPlan {
    oa_rt_plan: u32,
    created: String,
    profile: String,
    account: String,
    /// The desired-state file it was made from (`apply` records the account there).
    desired_state: PathBuf,
    desired: DesiredState,
    /// The digest of the account as observed: `apply` refuses the plan when the account no longer matches.
    stamp: String,
    items: Vec<Item>,
}

/// Everything `plan` computed.
struct Planned {
    facts: Facts,
    snap: Snapshot,
    file: DesiredFile,
    want: engine::Want,
    checks: Vec<Check>,
    items: Vec<Item>,
}

impl Planned {
    /// Failing checks no item addresses (no companion, a localized script that runs after, ...).
    fn unresolved(&self) -> Vec<&Check> {
        self.checks
            .iter()
            .filter(|c| c.verdict == Verdict::Fail && !self.items.iter().any(|i| i.step == c.step))
            .collect()
    }

    fn in_sync(&self) -> bool {
        self.items.is_empty() && self.checks.iter().all(|c| c.verdict != Verdict::Fail)
    }
}

/// Observes the account and plans against `desired`, the file at `path` as read (`None`: no file, the defaults).
async fn make(
    ctx: &mut Ctx<'_>,
    clients: &crate::client::Clients,
    facts: Facts,
    path: &Path,
    desired: Option<DesiredState>,
) -> Result<Planned> {
    let snap = engine::observe(clients, &engine::execute_as(desired.as_ref(), &facts)).await?;
    if desired.is_none() {
        ctx.out.note(&format!(
            "No {} here: planning against the defaults (`oa-rt setup` writes one).",
            path.display()
        ));
    }
    let file = DesiredFile::new(path, desired, &snap);
    let want = file.want(&facts)?;
    let confirmations = engine::confirmations(&file)?;
    let now = crate::clock::unix();
    let proof = crate::proof::load(&snap.account);
    let checks = engine::checks(&snap, &want, &confirmations, proof.as_ref(), now);
    let items = engine::plan(&snap, &want, &confirmations, now);
    Ok(Planned {
        facts,
        snap,
        file,
        want,
        checks,
        items,
    })
}

fn print_unresolved(ctx: &Ctx<'_>, p: &Planned) {
    let unresolved = p.unresolved();
    if unresolved.is_empty() {
        return;
    }
    ctx.out
        .print("Failing, and no change of the plan fixes it:");
    engine::print_failing(ctx, unresolved);
}

pub async fn plan(ctx: &mut Ctx<'_>, desired: &DesiredArg, out: Option<&Path>) -> Result<ExitCode> {
    // Parse the file before any request.
    let state = crate::desired::load(&desired.path)?;
    let (clients, facts) = engine::connect(ctx).await?;
    let p = make(ctx, &clients, facts, &desired.path, state).await?;
    let stamp = p.snap.stamp();
    if let Some(path) = out {
        let saved = SavedPlan {
            oa_rt_plan: PLAN_FORMAT,
            created: crate::clock::rfc3339(),
            profile: p.facts.profile.clone(),
            account: p.snap.account.clone(),
            desired_state: p.file.path.clone(),
            desired: p.file.state.clone(),
            stamp: stamp.clone(),
            items: p.items.clone(),
        };
        crate::fsutil::write_atomic(path, &serde_json::to_vec_pretty(&saved)?, 0o644)
            .with_context(|| format!("writing {}", path.display()))?;
        ctx.out.note(&format!(
            "Saved the plan to {} (apply it with `oa-rt apply {}`).",
            path.display(),
            path.display()
        ));
    }
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "profile": p.facts.profile,
            "account": p.snap.account,
            "desired_state": p.file.exists.then_some(&p.file.path),
            "stamp": stamp,
            "in_sync": p.in_sync(),
            "items": p.items,
            "unresolved": p.unresolved(),
        }));
        return Ok(checks_exit(p.in_sync()));
    }
    ctx.out.print(&format!(
        "NetSuite account {} → OpenAir {} (profile '{}')",
        p.snap.account, p.facts.openair_url, p.facts.profile
    ));
    if p.items.is_empty() {
        ctx.out
            .print("No changes: the account is as the desired state says.");
    } else {
        ctx.out.print(&format!("Plan: {} change(s)", p.items.len()));
        engine::print_plan(ctx, &p.items);
    }
    print_unresolved(ctx, &p);
    Ok(checks_exit(p.in_sync()))
}

fn load_saved(path: &Path) -> Result<SavedPlan> {
    let bytes = std::fs::read(path).map_err(|e| {
        Failure::usage(format!(
            "cannot read the plan {}: {}",
            path.display(),
            crate::secret::io_reason(&e)
        ))
    })?;
    let saved: SavedPlan = serde_json::from_slice(&bytes).map_err(|e| {
        Failure::usage(format!(
            "{} is not a plan saved by `oa-rt plan --out`: {e}",
            path.display()
        ))
    })?;
    if saved.oa_rt_plan != PLAN_FORMAT {
        return Err(Failure::usage(format!(
            "{} has plan format {}; this oa-rt reads format {PLAN_FORMAT}",
            path.display(),
            saved.oa_rt_plan
        ))
        .with_hint("make the plan again with this oa-rt: oa-rt plan --out FILE")
        .into());
    }
    Ok(saved)
}

pub async fn apply(
    ctx: &mut Ctx<'_>,
    saved_path: Option<&Path>,
    desired: &DesiredArg,
    timeout: Duration,
) -> Result<ExitCode> {
    let saved = saved_path.map(load_saved).transpose()?;
    let state = match &saved {
        Some(s) => Some(s.desired.clone()),
        None => crate::desired::load(&desired.path)?,
    };
    let desired_path = saved
        .as_ref()
        .map(|s| s.desired_state.clone())
        .unwrap_or_else(|| desired.path.clone());
    let (clients, facts) = engine::connect(ctx).await?;
    if let Some(s) = &saved {
        let account = clients.netsuite.account().to_string();
        if s.account != account {
            return Err(Failure::usage(format!(
                "the plan was made for NetSuite account {}; profile '{}' is account {account}; nothing was changed",
                s.account, facts.profile
            ))
            .with_hint("make a plan for this profile: oa-rt --profile NAME plan --out FILE")
            .into());
        }
    }
    let mut p = make(ctx, &clients, facts, &desired_path, state).await?;
    if let Some(s) = &saved {
        if p.snap.stamp() != s.stamp {
            return Err(Failure::usage(format!(
                "the account changed since the plan {} was made ({}); nothing was changed",
                saved_path.expect("saved").display(),
                s.created
            ))
            .with_hint("review a fresh plan: oa-rt plan --out FILE, then oa-rt apply FILE")
            .into());
        }
        // Exactly the saved plan.
        p.items = s.items.clone();
    }
    if !p.snap.sandbox && p.file.exists && !p.file.state.applied_to_sandbox() {
        ctx.out.warn(&format!(
            "{} targets production account {} and was never applied to a sandbox: apply it to a sandbox profile first (`oa-rt --profile SANDBOX apply`) and check it there",
            p.file.path.display(),
            p.snap.account
        ));
    }
    if p.items.is_empty() {
        ctx.out
            .print("Nothing to change: the account is as the desired state says.");
        print_unresolved(ctx, &p);
        if p.in_sync() {
            record_applied(ctx, &p)?;
        }
        return Ok(checks_exit(p.in_sync()));
    }
    if !ctx.out.json {
        ctx.out.print(&format!(
            "NetSuite account {} → OpenAir {}: {} change(s)",
            p.snap.account,
            p.facts.openair_url,
            p.items.len()
        ));
        engine::print_plan(ctx, &p.items);
    }
    if ctx.global.dry_run {
        if ctx.out.json {
            ctx.out.print_json(
                &json!({ "account": p.snap.account, "items": p.items, "dry_run": true }),
            );
        } else {
            ctx.out.print("Dry run: nothing was changed.");
        }
        return Ok(ExitCode::from(1));
    }
    if !interact::confirm(
        ctx,
        &format!(
            "Make these {} change(s) to NetSuite account {} and OpenAir?",
            p.items.len(),
            p.snap.account
        ),
    )? {
        ctx.out.print("Nothing was changed.");
        return Ok(ExitCode::from(1));
    }
    let confirmations = p.file.confirmations_path();
    let applied = engine::apply(
        ctx,
        &engine::Apply {
            clients: &clients,
            want: &p.want,
            confirmations: &confirmations,
            command: "apply",
            timeout,
        },
        &p.items,
    )
    .await?;

    // Verify: observe everything again.
    let after = make(
        ctx,
        &clients,
        p.facts.clone(),
        &desired_path,
        Some(p.file.state.clone()),
    )
    .await?;
    let in_sync = after.in_sync();
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "account": after.snap.account,
            "applied": applied.done,
            "backups": applied.backups,
            "remaining": after.items,
            "unresolved": after.unresolved(),
            "in_sync": in_sync,
        }));
    } else {
        print_outcomes(ctx, &applied.done);
        if in_sync {
            ctx.out
                .print("Verified: the account is as the desired state says.");
        } else if !after.items.is_empty() {
            ctx.out.print(&format!(
                "Verified: {} change(s) are still needed (`oa-rt plan` shows them):",
                after.items.len()
            ));
            engine::print_plan(ctx, &after.items);
        }
        print_unresolved(ctx, &after);
    }
    if in_sync {
        record_applied(ctx, &after)?;
    }
    if !applied.open.is_empty() {
        return Err(interact::waiting_failure(&applied.open).into());
    }
    Ok(checks_exit(in_sync))
}

/// The results table of an apply.
pub(crate) fn print_outcomes(ctx: &Ctx<'_>, done: &[engine::Done]) {
    let mut t = ctx.out.table(&["Step", "Change", "Result"]);
    for d in done {
        t.add_row(vec![
            d.item.step.as_str().to_string(),
            d.item.what.clone(),
            match &d.outcome {
                Outcome::Applied => "applied (API), verified".into(),
                Outcome::Guided => "done in the UI, verified".into(),
                Outcome::Unobservable => {
                    "done in the UI; no API shows it (the test import proves it)".into()
                }
                Outcome::AlreadyDone => "already in effect".into(),
                Outcome::Waiting => "waiting for a person".into(),
                Outcome::NotDone => "not done".into(),
                Outcome::Failed(e) => format!("failed: {e}"),
            },
        ]);
    }
    ctx.out.print_table(&t);
}

/// Notes in the desired-state file that it is in effect on this account (for the sandbox-first warning).
fn record_applied(ctx: &Ctx<'_>, p: &Planned) -> Result<()> {
    if !p.file.exists {
        return Ok(());
    }
    // The file on disk, not the planned copy: a saved plan may carry an older one.
    let Some(mut state) = crate::desired::load(&p.file.path)? else {
        return Ok(());
    };
    state.applied.retain(|a| a.account != p.snap.account);
    state.applied.push(crate::desired::Applied {
        account: p.snap.account.clone(),
        sandbox: p.snap.sandbox,
        at: crate::clock::rfc3339(),
    });
    crate::desired::save(&p.file.path, &state)?;
    ctx.out.note(&format!(
        "Recorded in {} that it is in effect on {}.",
        p.file.path.display(),
        p.snap.account
    ));
    Ok(())
}
