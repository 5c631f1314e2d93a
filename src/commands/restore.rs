//! `oa-rt restore --list | ID`: every change first wrote what it replaced; this puts it back — the settings
//! record through the record API, deployments through the companion RESTlet (guided where NetSuite refuses) —
//! after backing up the values it replaces in turn, and verifies by reading back.

use std::process::ExitCode;

use anyhow::Result;
use serde_json::{Map, Value, json};

use super::{Ctx, checks_exit};
use crate::backup::{self, Backup};
use crate::error::Failure;
use crate::interact;
use crate::steps::{deployments, settings};

pub async fn run(ctx: &mut Ctx<'_>, id: Option<&str>, list: bool) -> Result<ExitCode> {
    let backups = backup::list()?;
    if list || id.is_none() {
        return print_list(ctx, &backups);
    }
    let id = id.expect("checked above");
    let Some(b) = backups.into_iter().find(|b| b.id == id) else {
        return Err(Failure::usage(format!("no backup '{id}'"))
            .with_hint("`oa-rt restore --list` shows them")
            .into());
    };
    restore(ctx, &b).await
}

fn print_list(ctx: &Ctx<'_>, backups: &[Backup]) -> Result<ExitCode> {
    if ctx.out.json {
        ctx.out.print_json(&json!({ "backups": backups }));
        return Ok(ExitCode::SUCCESS);
    }
    if backups.is_empty() {
        ctx.out.print(&format!(
            "No backups yet in {} (every change writes one first).",
            backup::dir()?.display()
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = ctx.out.table(&[
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
                .map(|e| format!("{} {} ({} fields)", e.kind, e.target, e.values.len()))
                .collect::<Vec<_>>()
                .join("\n"),
        ]);
    }
    ctx.out.print_table(&t);
    ctx.out.print("Put one back with: oa-rt restore ID");
    Ok(ExitCode::SUCCESS)
}

async fn restore(ctx: &mut Ctx<'_>, b: &Backup) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let ns = &clients.netsuite;
    let account = ns.account().to_string();
    if b.account != account {
        return Err(Failure::usage(format!(
            "backup {} is of NetSuite account {}; profile '{}' is account {account}; nothing was changed",
            b.id,
            b.account,
            ctx.profile_name()
        ))
        .with_hint(format!("use the profile it was made with: oa-rt --profile {} restore {}", b.profile, b.id))
        .into());
    }
    // What would change: settings fields that differ now, deployments whose fields differ now.
    let settings_entries: Vec<&backup::Entry> =
        b.entries.iter().filter(|e| e.kind == "settings").collect();
    let deployment_entries: Vec<&backup::Entry> = b
        .entries
        .iter()
        .filter(|e| e.kind == "deployment")
        .collect();
    let mut wanted: Vec<(&'static str, Value)> = Vec::new();
    for e in &settings_entries {
        for (k, v) in &e.values {
            let Some(f) = settings::field(k) else {
                return Err(Failure::usage(format!(
                    "backup {}: unknown settings field '{k}'",
                    b.id
                ))
                .into());
            };
            wanted.push((f.1, v.clone()));
        }
    }
    let settings_now = if wanted.is_empty() {
        None
    } else {
        Some(settings::observe(ns).await?)
    };
    let settings_changes = settings_now
        .as_ref()
        .map(|s| settings::diff(&s.values, &wanted))
        .unwrap_or_default();
    let deploy_obs = deployments::observe(ns, ns.role()).await?;
    let mut deployment_changes = Vec::new();
    for e in &deployment_entries {
        let Some(d) = deploy_obs
            .deployments
            .iter()
            .find(|d| d.scriptid == e.target)
        else {
            return Err(Failure::new(
                crate::error::Kind::Failed,
                format!(
                    "deployment {} of backup {} no longer exists; nothing was changed",
                    e.target, b.id
                ),
            )
            .into());
        };
        let now = deployments::current(d, &e.values);
        let set: Map<String, Value> = e
            .values
            .iter()
            .filter(|(k, v)| now.get(*k) != Some(*v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if !set.is_empty() {
            deployment_changes.push(deployments::Change {
                deployment: d.scriptid.clone(),
                record_type: d.record_type.clone(),
                action: "restore".into(),
                script: String::new(),
                from: deployments::current(d, &set),
                set,
            });
        }
    }
    if settings_changes.is_empty() && deployment_changes.is_empty() {
        ctx.out.print(&format!(
            "Nothing to restore: the account already has the values of {}.",
            b.id
        ));
        return Ok(ExitCode::SUCCESS);
    }
    if !ctx.out.json {
        ctx.out.print(&format!(
            "Restore {} (made by `{}` on {} for profile '{}') on NetSuite account {account}:",
            b.id, b.command, b.created, b.profile
        ));
        let mut t = ctx.out.table(&["What", "Now", "Restored"]);
        for (id, from, to) in &settings_changes {
            t.add_row(vec![
                format!("setting {}", settings::field(id).map(|f| f.0).unwrap_or(id)),
                settings::show(Some(from)),
                settings::show(Some(to)),
            ]);
        }
        for c in &deployment_changes {
            t.add_row(vec![
                format!("deployment {} ({})", c.deployment, c.record_type),
                show(&c.from),
                show(&c.set),
            ]);
        }
        ctx.out.print_table(&t);
    }
    if ctx.global.dry_run {
        ctx.out.print("Dry run: nothing was changed.");
        return Ok(ExitCode::SUCCESS);
    }
    if !interact::confirm(
        ctx,
        &format!("Put these values back in NetSuite account {account}?"),
    )? {
        ctx.out.print("Nothing was changed.");
        return Ok(ExitCode::from(1));
    }
    let mut backups = Vec::new();
    let mut open = Vec::new();
    // Deployments first: the settings rules (leads, prospects) look at them.
    if !deployment_changes.is_empty() {
        let entries = deployment_changes
            .iter()
            .map(|c| c.backup_entry())
            .collect();
        backups.extend(backup::write(
            &ctx.profile_name(),
            &account,
            "restore",
            entries,
        )?);
        for c in &deployment_changes {
            let (_, waiting) =
                super::deploy::apply_change(ctx, ns, c, &deploy_obs.role_name).await?;
            open.extend(waiting);
        }
    }
    let mut wrong: Vec<String> = Vec::new();
    if let (Some(obs), false) = (&settings_now, settings_changes.is_empty()) {
        let committed = super::settings::commit(ctx, ns, obs, &settings_changes, "restore").await?;
        backups.extend(committed.backup_id);
        wrong.extend(committed.wrong.iter().map(|s| s.to_string()));
    }
    // Verify the deployments by reading them back.
    let after = deployments::observe(ns, ns.role()).await?;
    for c in &deployment_changes {
        let back = after
            .deployments
            .iter()
            .find(|d| d.scriptid == c.deployment)
            .map(|d| deployments::current(d, &c.set));
        if back.as_ref() != Some(&c.set) {
            wrong.push(c.deployment.clone());
        }
    }
    let ok = wrong.is_empty();
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "restored": b.id,
            "account": account,
            "backups": backups,
            "verified": ok,
            "not_restored": wrong,
        }));
    } else {
        for id in &backups {
            ctx.out
                .note(&format!("Backed up the values it replaced as {id}."));
        }
        if ok {
            ctx.out.print(&format!(
                "Restored {} and read back: the account has those values again.",
                b.id
            ));
        } else {
            ctx.out.print(&format!(
                "Read back: these did not take the restored values: {}",
                wrong.join(", ")
            ));
        }
    }
    if !open.is_empty() && !ok {
        return Err(interact::waiting_failure(&open).into());
    }
    Ok(checks_exit(ok))
}

fn show(m: &Map<String, Value>) -> String {
    m.iter()
        .map(|(k, v)| format!("{k}={}", settings::show(Some(v))))
        .collect::<Vec<_>>()
        .join(", ")
}
