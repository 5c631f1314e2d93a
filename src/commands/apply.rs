//! `oa-rt apply [PLAN]`: make the account as the desired state says — a saved plan exactly (refused once the
//! account changed since, or made for another account), or a fresh one — then observe everything again. The same
//! desired-state file applies to any profile (sandbox, then production).

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::plan::unresolved;
use super::{Ctx, render};
use crate::cli::ApplyArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::Look;
use crate::job::plan::SavedPlan;

/// The refusal to change a production account with a desired state never applied to a sandbox (`None`: go on).
pub fn sandbox_first(look: &Look, skip_sandbox: bool, command: &str) -> Option<Failure> {
    if look.snap.sandbox || skip_sandbox || look.file.state.applied_to_sandbox() {
        return None;
    }
    Some(
        Failure::failed(format!(
            "{} would change production account {}, and this desired state was never applied to a sandbox; nothing was changed",
            if look.file.exists {
                look.file.path.display().to_string()
            } else {
                "the default desired state (no oa-rt.toml here)".into()
            },
            look.snap.account
        ))
        .with_hint(format!(
            "apply it to a sandbox first and check it there (`oa-rt --profile SANDBOX {command}`, then keep the oa-rt.toml it records), or pass --skip-sandbox"
        )),
    )
}

pub async fn run(ctx: &mut Ctx<'_>, args: &ApplyArgs) -> Result<ExitStatus> {
    let saved = args.plan.as_deref().map(SavedPlan::load).transpose()?;
    let state = match &saved {
        Some(s) => Some(s.desired.clone()),
        None => crate::job::target::load(&args.desired.path)?,
    };
    let desired_path = saved
        .as_ref()
        .map(|s| s.desired_state.clone())
        .unwrap_or_else(|| args.desired.path.clone());
    let job = ctx.job().await?;
    let _lock = ctx.lock_account(&job.account(), "apply")?;
    if let Some(s) = &saved
        && s.account != job.account()
    {
        return Err(Failure::usage(format!(
            "the plan was made for NetSuite account {}; profile '{}' is account {}; nothing was changed",
            s.account,
            job.profile,
            job.account()
        ))
        .with_hint("make a plan for this profile: oa-rt --profile NAME plan --out FILE")
        .into());
    }
    if let Some(status) = super::interrupted::finish_first(ctx, &job).await? {
        return Ok(status);
    }
    let look = super::look(ctx.out, &job, &desired_path, state).await?;
    if let Some(s) = &saved {
        if look.snap.stamp() != s.stamp {
            return Err(Failure::usage(format!(
                "the account changed since the plan {} was made ({}); nothing was changed",
                args.plan.as_deref().expect("saved").display(),
                s.created
            ))
            .with_hint("review a fresh plan: oa-rt plan --out FILE, then oa-rt apply FILE")
            .into());
        }
        // The same account and the same desired state plan the same items: anything else was not made by `plan`.
        if look.items != s.items {
            return Err(Failure::usage(format!(
                "the plan {} holds changes this desired state does not plan for this account; nothing was changed",
                args.plan.as_deref().expect("saved").display()
            ))
            .with_hint("review a fresh plan: oa-rt plan --out FILE, then oa-rt apply FILE")
            .into());
        }
    }
    let out = ctx.out;
    // The seed: "test all integration configuration changes on sandbox … accounts before implementing them in your
    // production accounts".
    if !look.items.is_empty()
        && let Some(refusal) = sandbox_first(&look, args.skip_sandbox, "apply")
    {
        return Err(refusal.into());
    }
    if look.items.is_empty() {
        out.print(if look.unplanned().is_empty() {
            "Nothing to change: the account is as the desired state says."
        } else {
            "Nothing to change for what could be observed."
        });
        unresolved(out, &look);
        if look.in_sync() {
            record_applied(ctx, &look)?;
        }
        return Ok(ExitStatus::from_ok(look.in_sync()));
    }
    if !out.json {
        out.print(&format!(
            "NetSuite account {} → OpenAir {}: {} change(s)",
            look.snap.account,
            job.openair_url,
            look.items.len()
        ));
        render::plan(out, &look.items);
    }
    if ctx.global.dry_run {
        if out.json {
            out.print_json(
                &json!({ "account": look.snap.account, "items": look.items, "dry_run": true }),
            );
        } else {
            out.print("Dry run: nothing was changed.");
        }
        return Ok(ExitStatus::Failed);
    }
    if !ctx.ask_before_change(&format!(
        "Make these {} change(s) to NetSuite account {} and OpenAir?",
        look.items.len(),
        look.snap.account
    ))? {
        out.print("Nothing was changed.");
        return Ok(ExitStatus::Failed);
    }
    let operator = ctx.operator().await?;
    let cx = ctx.apply_context(
        &job,
        &look.target,
        &operator,
        "apply",
        Duration::from_secs(args.timeout),
    );
    // Intent first, then change: each step journals its intent as it begins (`job::apply`), so the next run
    // finishes this one wherever it stops.
    let applied = crate::job::apply::apply(&cx, &look.items).await?;

    // Verify: observe everything again.
    let after = super::look_again(ctx.out, &job, &look.file).await?;
    let in_sync = after.in_sync();
    super::interrupted::settle(
        &after.snap.account,
        after.snap.deployments.as_ref().ok(),
        after.snap.settings.as_ref().ok().map(|s| &s.values),
    )?;
    if out.json {
        out.print_json(&json!({
            "account": after.snap.account,
            "applied": applied.done,
            "backups": applied.backups,
            "remaining": after.items,
            "unresolved": after.unresolved(),
            "in_sync": in_sync,
        }));
    } else {
        render::outcomes(out, &applied.done);
        if in_sync {
            out.print("Verified: the account is as the desired state says.");
        } else if !after.items.is_empty() {
            out.print(&format!(
                "Verified: {} change(s) are still needed (`oa-rt plan` shows them):",
                after.items.len()
            ));
            render::plan(out, &after.items);
        }
        unresolved(out, &after);
    }
    if in_sync {
        record_applied(ctx, &after)?;
    }
    Ok(ExitStatus::unless_waiting(applied.open, in_sync))
}

/// Notes in the desired-state file that it is in effect on this account (for the sandbox-first warning).
fn record_applied(ctx: &Ctx<'_>, look: &Look) -> Result<()> {
    if !look.file.exists {
        return Ok(());
    }
    // The file on disk, not the planned copy: a saved plan may carry an older one.
    let Some(mut state) = crate::job::target::load(&look.file.path)? else {
        return Ok(());
    };
    state.record_applied(&look.snap.account, look.snap.sandbox);
    crate::job::target::save(&look.file.path, &state)?;
    ctx.out.note(&format!(
        "Recorded in {} that it is in effect on {}.",
        look.file.path.display(),
        look.snap.account
    ));
    Ok(())
}
