//! `oa-rt verify-order`: for each record type the v2.0 send script is deployed on, whether another afterSubmit
//! script can run after it — by the documented rules where they decide, by the administrator's recorded
//! confirmation where only the Scripted Records page does (the order step). The tool never claims to have read
//! the order.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::{Ctx, render};
use crate::cli::VerifyOrderArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::output::Output;
use crate::steps::order::{self, ConfirmationsFile, Relation};
use crate::steps::{Verdict, deployments};

pub async fn run(ctx: &mut Ctx<'_>, args: &VerifyOrderArgs) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let mut observed = match order::observe_all(&job.clients.netsuite, &job.role).await? {
        Ok(observed) => observed,
        // The account refused a question the order rests on: that one check is needs-check, with the reason.
        Err(u) => {
            let finding = u.finding("running order");
            if ctx.out.json {
                ctx.out.print_json(&json!({
                    "account": job.account(),
                    "confirmations_file": args.confirmations,
                    "record_types": [],
                    "findings": [finding],
                    "ok": false,
                }));
            } else {
                render::findings(ctx.out, [&finding]);
            }
            return Ok(ExitStatus::from_ok(false));
        }
    };
    if let Some(list) = &args.record_types {
        let wanted = deployments::parse_record_types(list).map_err(Failure::usage)?;
        observed.types.retain(|t| wanted.contains(&t.record_type));
    }
    let mut confirmations = ConfirmationsFile::load(&args.confirmations)?;
    let basis = &observed.basis;

    let mut waiting = Vec::new();
    if let Some(t) = &args.confirm {
        let t = t.to_ascii_uppercase();
        let Some(rt) = observed.types.iter().find(|x| x.record_type == t) else {
            let on: Vec<&str> = observed
                .types
                .iter()
                .map(|x| x.record_type.as_str())
                .collect();
            return Err(Failure::usage(format!(
                "the v2.0 send script is not deployed on {t}; it is on: {}",
                on.join(", ")
            ))
            .with_hint("deploy it first with `oa-rt deploy`")
            .into());
        };
        // The confirmation is recorded where `--confirmations` says.
        let mut target = job.profile_target()?;
        target.confirmations = args.confirmations.clone();
        let operator = ctx.operator().await?;
        let cx = ctx.apply_context(&job, &target, &operator, "verify-order", Duration::ZERO);
        waiting.extend(order::confirm(&cx, ctx.global.yes, rt, basis, &mut confirmations).await?);
    }

    let reports = order::evaluate(
        &observed.types,
        &confirmations,
        &basis.account,
        &basis.installed,
    );
    let ok = crate::job::policy::health(reports.iter().map(|r| r.verdict)).verified();
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "account": basis.account,
            "send_script": basis.send_name,
            "confirmations_file": args.confirmations,
            "record_types": reports,
            "ok": ok,
        }));
    } else {
        print(ctx.out, &basis.account, &basis.send_name, &reports);
    }
    Ok(ExitStatus::unless_waiting(waiting, ok))
}

fn print(out: &Output, account: &str, send_name: &str, reports: &[order::TypeReport]) {
    out.print(&format!(
        "NetSuite account {account}: does \"{send_name}\" run after every other afterSubmit script?"
    ));
    if reports.is_empty() {
        out.print("The v2.0 send script is not deployed on any record type (`oa-rt deploy`).");
        return;
    }
    let mut t = out.table(&[
        "Record type",
        "Verdict",
        "Other afterSubmit scripts",
        "Detail",
    ]);
    for r in reports {
        let scripts = r
            .scripts
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    s.script,
                    match s.relation {
                        Relation::RunsBefore => "runs before: has beforeSubmit",
                        Relation::RunsAfter => "runs after: localized",
                        Relation::PageOrder => "set on the Scripted Records page",
                    }
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        t.add_row(vec![
            comfy_table::Cell::new(&r.record_type),
            render::verdict_cell(out, r.verdict),
            comfy_table::Cell::new(if scripts.is_empty() {
                "-".to_string()
            } else {
                scripts
            }),
            comfy_table::Cell::new(&r.detail),
        ]);
    }
    out.print_table(&t);
    for r in reports.iter().filter(|r| !r.verdict.passes()) {
        if let Some(fix) = &r.fix {
            out.print(&format!("{}: {fix}", r.record_type));
        }
    }
    if reports.iter().any(|r| r.verdict == Verdict::Confirmed) {
        out.print("Confirmed means a person looked at the page and said so; oa-rt cannot read the order itself.");
    }
}
