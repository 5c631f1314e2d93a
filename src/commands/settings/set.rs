//! `oa-rt settings set KEY=VALUE...`: validated, shown, asked, backed up, PATCHed, read back.

use std::time::Duration;

use anyhow::Result;
use serde_json::{Value, json};

use crate::commands::{Ctx, render};
use crate::exit::ExitStatus;
use crate::steps::Verdict;
use crate::steps::settings::{self, Committed, Field, Prepared, RECORD_TYPE};

pub async fn run(ctx: &mut Ctx<'_>, wanted: Vec<(&'static Field, Value)>) -> Result<ExitStatus> {
    let job = ctx.job().await?;
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
    if !ctx.ask_before_change(&format!(
        "Change {} setting(s) in NetSuite account {account}?",
        changes.len()
    ))? {
        out.print("Nothing was changed.");
        return Ok(ExitStatus::Failed);
    }
    let target = job.profile_target()?;
    let operator = ctx.operator().await?;
    let cx = ctx.apply_context(&job, &target, &operator, "settings set", Duration::ZERO);
    let Committed {
        backup_id,
        wrong,
        back,
    } = settings::commit(&cx, &obs, &changes).await?;
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
