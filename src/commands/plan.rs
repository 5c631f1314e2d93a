//! `oa-rt plan [--out FILE]`: the difference between the desired state (`oa-rt.toml`) and the account. A saved
//! plan carries a stamp of what it observed, for `oa-rt apply FILE`.

use anyhow::Result;
use serde_json::json;

use super::{Ctx, render};
use crate::cli::PlanArgs;
use crate::exit::ExitStatus;
use crate::job::Look;
use crate::job::plan::SavedPlan;
use crate::output::Output;

pub async fn run(ctx: &mut Ctx<'_>, args: &PlanArgs) -> Result<ExitStatus> {
    // Parse the file, and check the plan can be saved, before any request.
    let state = crate::job::target::load(&args.desired.path)?;
    if let Some(path) = &args.out {
        crate::fsutil::check_writable_file(path, "--out")?;
    }
    let job = ctx.job().await?;
    let no_file = state.is_none();
    let look = super::look(ctx.out, &job, &args.desired.path, state).await?;
    if no_file {
        ctx.out.note(&format!(
            "No {} here: planning against the defaults (`oa-rt setup` writes one).",
            args.desired.path.display()
        ));
    }
    let stamp = look.snap.stamp();
    if let Some(path) = &args.out {
        SavedPlan::new(
            &job.profile,
            &look.snap.account,
            &look.file.path,
            &look.file.state,
            stamp.clone(),
            look.items.clone(),
        )
        .save(path)?;
        ctx.out.note(&format!(
            "Saved the plan to {} (apply it with `oa-rt apply {}`).",
            path.display(),
            path.display()
        ));
    }
    let out = ctx.out;
    if out.json {
        out.print_json(&json!({
            "profile": job.profile,
            "account": look.snap.account,
            "desired_state": look.file.exists.then_some(&look.file.path),
            "stamp": stamp,
            "in_sync": look.in_sync(),
            "health": look.health().as_str(),
            "not_verified": look.not_verified(),
            "items": look.items,
            "unresolved": look.unresolved(),
            "unplanned": look.unplanned(),
        }));
        return Ok(ExitStatus::from_ok(
            look.passes(args.policy.allow_unverified),
        ));
    }
    out.print(&format!(
        "NetSuite account {} → OpenAir {} (profile '{}')",
        look.snap.account, job.openair_url, job.profile
    ));
    if look.items.is_empty() && look.unplanned().is_empty() {
        out.print("No changes: the account is as the desired state says.");
    } else if look.items.is_empty() {
        out.print("No changes for what could be observed.");
    } else {
        out.print(&format!("Plan: {} change(s)", look.items.len()));
        render::plan(out, &look.items);
    }
    unresolved(out, &look);
    not_verified(out, &look, args.policy.allow_unverified);
    Ok(ExitStatus::from_ok(
        look.passes(args.policy.allow_unverified),
    ))
}

/// Checks no change can make: only a person's step does (the pass policy counts them as not verified).
fn not_verified(out: &Output, look: &Look, allow_unverified: bool) {
    let open: Vec<_> = look
        .not_verified()
        .into_iter()
        .filter(|c| !look.items.iter().any(|i| i.step == c.step))
        .collect();
    if open.is_empty() {
        return;
    }
    out.print(&format!(
        "Not verified, and no change of the plan verifies it{}:",
        if allow_unverified {
            " (exit 0 anyway: --allow-unverified)"
        } else {
            ""
        }
    ));
    render::failing(out, open);
}

/// Failing checks no change of the plan fixes, and the steps the account would not show.
pub fn unresolved(out: &Output, look: &Look) {
    let unresolved = look.unresolved();
    if !unresolved.is_empty() {
        out.print("Failing, and no change of the plan fixes it:");
        render::failing(out, unresolved);
    }
    let unplanned = look.unplanned();
    if !unplanned.is_empty() {
        out.print("Not planned: the account would not show these, so nothing is known about them:");
        render::failing(out, &unplanned);
    }
}
