//! `oa-rt settings set KEY=VALUE...`: validated, shown, asked, backed up, PATCHed, read back.

use std::time::Duration;

use anyhow::Result;
use serde_json::{Value, json};

use crate::commands::{Ctx, render};
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::journal::Journal;
use crate::operator::{GuideOutcome, Operator};
use crate::steps::Verdict;
use crate::steps::deployments::{LEAD_DEPLOYMENT, PROSPECT_DEPLOYMENT};
use crate::steps::openair;
use crate::steps::settings::{self, Committed, Field, Prepared, RECORD_TYPE};

pub async fn run(
    ctx: &mut Ctx<'_>,
    wanted: Vec<(&'static Field, Value)>,
    openair_done: bool,
) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let _lock = ctx.lock_account(&job.account(), "settings set")?;
    if let Some(status) = crate::commands::interrupted::finish_first(ctx, &job).await? {
        return Ok(status);
    }
    let ns = &job.clients.netsuite;
    let account = ns.account().clone();
    let Prepared { obs, changes } = settings::prepare(ns, &wanted).await?;
    let out = ctx.out;
    if changes.is_empty() {
        if out.json {
            out.print_json(&json!({ "account": account.to_string(), "changes": [], "ok": true }));
        } else {
            out.print("Nothing to change: the settings record already has these values.");
        }
        return Ok(ExitStatus::Ok);
    }
    let rows: Vec<Value> = changes
        .iter()
        .map(|c| {
            json!({
                "setting": c.field.key,
                "field": c.field.id,
                "from": c.from,
                "to": c.to,
            })
        })
        .collect();
    if !out.json {
        out.print(&format!(
            "NetSuite account {account}: {RECORD_TYPE} record {}",
            obs.id
        ));
        let mut t = out.table(&["Setting", "Now", "New"]);
        for c in &changes {
            t.add_row(vec![
                c.field.key.to_string(),
                settings::show(Some(&c.from)),
                settings::show(Some(&c.to)),
            ]);
        }
        out.print_table(&t);
    }
    if ctx.global.dry_run {
        if out.json {
            out.print_json(
                &json!({ "account": account.to_string(), "changes": rows, "dry_run": true }),
            );
        } else {
            out.print("Dry run: nothing was changed.");
        }
        return Ok(ExitStatus::Ok);
    }
    let operator = ctx.operator().await?;
    if !openair_done && !openair_first(ctx, &operator, &changes).await? {
        out.print("Nothing was changed: include them in OpenAir's administration form first.");
        return Ok(ExitStatus::Failed);
    }
    if !ctx.ask_before_change(&format!(
        "Change {} setting(s) in NetSuite account {account}?",
        changes.len()
    ))? {
        out.print("Nothing was changed.");
        return Ok(ExitStatus::Failed);
    }
    let target = job.profile_target()?;
    let cx = ctx.apply_context(&job, &target, &operator, "settings set", Duration::ZERO);
    Journal::new(
        &account.to_string(),
        &job.profile,
        "settings set",
        &[],
        &[],
        &changes
            .iter()
            .map(|c| (c.field.id.to_string(), c.to.clone()))
            .collect::<Vec<_>>(),
    )
    .begin()?;
    let Committed {
        backup_id,
        wrong,
        back,
    } = settings::commit(&cx, &obs, &changes).await?;
    crate::commands::interrupted::settle(&account.to_string(), None, Some(&back.values))?;
    let findings = settings::check(&back, &account);
    if out.json {
        out.print_json(&json!({
            "account": account.to_string(),
            "changes": rows,
            "backup": backup_id,
            "verified": wrong.is_empty(),
            "findings": findings,
            "ok": wrong.is_empty(),
        }));
    } else {
        if let Some(id) = &backup_id {
            out.note(&format!("Backed up the previous values as {id}."));
        }
        if wrong.is_empty() {
            out.print(&format!(
                "Changed and read back: {} setting(s) now have the new values.",
                changes.len()
            ));
        } else {
            let ids: Vec<&str> = wrong.iter().map(|f| f.id).collect();
            out.print(&format!(
                "Read back: these did not take the new value: {}",
                ids.join(", ")
            ));
        }
        render::findings(out, findings.iter().filter(|f| f.verdict != Verdict::Ok));
    }
    Ok(ExitStatus::from_ok(wrong.is_empty()))
}

/// Seed step 5's note: leads and prospects are included in OpenAir's NetSuite Connector administration form before
/// NetSuite's settings record includes them. When this change newly includes them, the OpenAir setting is named and
/// a person is asked (on an emulator the simulated operator sets it); without anyone to ask the change is refused
/// (exit 2) until `--openair-done` says it is done. `false`: the person said it is not done.
async fn openair_first(
    ctx: &Ctx<'_>,
    operator: &Operator,
    changes: &[settings::FieldChange],
) -> Result<bool> {
    let (leads, prospects) = settings::includes_newly(changes);
    if !leads && !prospects {
        return Ok(true);
    }
    let form = openair::customer_import_form(leads, prospects);
    if operator.attester().is_none() {
        let named: Vec<String> = [
            (leads, openair::LEADS_SETTING),
            (prospects, openair::PROSPECTS_SETTING),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, label)| format!("\"{label}\""))
        .collect();
        return Err(Failure::usage(format!(
            "OpenAir comes first: its NetSuite Connector administration form must have {} checked before NetSuite includes them, and there is no terminal to ask; nothing was changed",
            named.join(" and ")
        ))
        .with_hint("check it in OpenAir (Administration > NetSuite Connector), then run again with --openair-done")
        .into());
    }
    let outcome = operator
        .guide(&form, openair::CUSTOMER_IMPORT_QUESTION)
        .await?;
    ctx.out.note(&format!(
        "The checklist also requires the real-time script deployed for {}: `oa-rt deploy --include-leads/--include-prospects` (the settings check refuses without it).",
        [
            (leads, format!("Leads ({LEAD_DEPLOYMENT})")),
            (prospects, format!("Prospects ({PROSPECT_DEPLOYMENT})")),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join(" and ")
    ));
    Ok(matches!(
        outcome,
        GuideOutcome::Simulated | GuideOutcome::Reported
    ))
}
