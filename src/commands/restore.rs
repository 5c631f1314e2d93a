//! `oa-rt restore --list | ID`: every change first wrote what it replaced; this puts it back
//! (`crate::job::restore`), after showing what would change and asking.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::Ctx;
use crate::backup::{self, Backup};
use crate::cli::RestoreArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::journal::Journal;
use crate::job::restore::{self, RestorePlan};
use crate::output::Output;
use crate::steps::settings;

pub async fn run(ctx: &mut Ctx<'_>, args: &RestoreArgs) -> Result<ExitStatus> {
    let backups = backup::list()?;
    let Some(id) = args.id.as_deref().filter(|_| !args.list) else {
        return print_list(ctx.out, &backups);
    };
    drop(backups);
    // Missing and corrupt are told apart (exit 2 either way).
    let b = backup::find(id)?;
    put_back(ctx, &b).await
}

fn print_list(out: &Output, backups: &[Backup]) -> Result<ExitStatus> {
    if out.json {
        out.print_json(&json!({ "backups": backups }));
        return Ok(ExitStatus::Ok);
    }
    if backups.is_empty() {
        out.print(&format!(
            "No backups yet in {} (every change writes one first).",
            backup::dir()?.display()
        ));
        return Ok(ExitStatus::Ok);
    }
    let mut t = out.table(&[
        "ID",
        "Created",
        "Profile",
        "Account",
        "Command",
        "What it holds",
    ]);
    for b in backups {
        t.add_row(vec![
            b.id.clone(),
            b.created.clone(),
            b.profile.clone(),
            b.account.clone(),
            b.command.clone(),
            b.entries
                .iter()
                .map(|e| {
                    format!(
                        "{} {} ({} fields)",
                        e.kind.as_str(),
                        e.target,
                        e.values.len()
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ]);
    }
    out.print_table(&t);
    out.print("Put one back with: oa-rt restore ID");
    Ok(ExitStatus::Ok)
}

async fn put_back(ctx: &mut Ctx<'_>, b: &Backup) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let _lock = ctx.lock_account(&job.account(), "restore")?;
    let account = job.account();
    if b.account != account {
        return Err(Failure::usage(format!(
            "backup {} is of NetSuite account {}; profile '{}' is account {account}; nothing was changed",
            b.id, b.account, job.profile
        ))
        .with_hint(format!(
            "use the profile it was made with: oa-rt --profile {} restore {}",
            b.profile, b.id
        ))
        .into());
    }
    if let Some(status) = super::interrupted::finish_first(ctx, &job).await? {
        return Ok(status);
    }
    let plan = restore::plan(&job, b).await?;
    let out = ctx.out;
    if plan.is_empty() {
        out.print(&format!(
            "Nothing to restore: the account already has the values of {}.",
            b.id
        ));
        return Ok(ExitStatus::Ok);
    }
    if !out.json {
        out.print(&format!(
            "Restore {} (made by `{}` on {} for profile '{}') on NetSuite account {account}:",
            b.id, b.command, b.created, b.profile
        ));
        print_plan(out, &plan);
    }
    if ctx.global.dry_run {
        out.print("Dry run: nothing was changed.");
        return Ok(ExitStatus::Ok);
    }
    if !ctx.ask_before_change(&format!(
        "Put these values back in NetSuite account {account}?"
    ))? {
        out.print("Nothing was changed.");
        return Ok(ExitStatus::Failed);
    }
    let target = job.profile_target()?;
    let operator = ctx.operator().await?;
    let cx = ctx.apply_context(&job, &target, &operator, "restore", Duration::ZERO);
    Journal::new(
        &account,
        &job.profile,
        "restore",
        &[],
        &plan.deployments,
        &plan
            .settings
            .iter()
            .flat_map(|(_, changes)| changes)
            .map(|c| (c.field.id.to_string(), c.to.clone()))
            .collect::<Vec<_>>(),
    )
    .begin()?;
    let done = restore::restore(&cx, &plan).await?;
    let ok = done.not_restored.is_empty();
    if ok {
        crate::job::journal::remove(&account)?;
    }
    if out.json {
        out.print_json(&json!({
            "restored": b.id,
            "account": account,
            "backups": done.backups,
            "verified": ok,
            "not_restored": done.not_restored,
        }));
    } else {
        for id in &done.backups {
            out.note(&format!("Backed up the values it replaced as {id}."));
        }
        if ok {
            out.print(&format!(
                "Restored {} and read back: the account has those values again.",
                b.id
            ));
        } else {
            out.print(&format!(
                "Read back: these did not take the restored values: {}",
                done.not_restored.join(", ")
            ));
        }
    }
    let open = if ok { Vec::new() } else { done.open };
    Ok(ExitStatus::unless_waiting(open, ok))
}

fn print_plan(out: &Output, plan: &RestorePlan) {
    let mut t = out.table(&["What", "Now", "Restored"]);
    for c in plan.settings.iter().flat_map(|(_, changes)| changes) {
        t.add_row(vec![
            format!("setting {}", c.field.key),
            settings::show(Some(&c.from)),
            settings::show(Some(&c.to)),
        ]);
    }
    for c in &plan.deployments {
        t.add_row(vec![
            format!(
                "deployment {} ({})",
                c.deployment,
                crate::platform::record_types::label(&c.record_type)
            ),
            crate::steps::deployments::show_fields_labelled(&c.from),
            crate::steps::deployments::show_fields_labelled(&c.set),
        ]);
    }
    out.print_table(&t);
}
