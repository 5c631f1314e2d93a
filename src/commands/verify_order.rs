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
use crate::job::order_probe;
use crate::job::test_import::{ImportRun, parse_record};
use crate::output::Output;
use crate::platform::record_types::{label, label_ids_in};
use crate::steps::Evidence;
use crate::steps::order::{self, Relation};
use crate::steps::order_probe::{
    self as order_probe_step, FieldVerdict, ProbeReport, ProbeVerdict,
};
use crate::steps::{Verdict, deployments};

pub async fn run(ctx: &mut Ctx<'_>, args: &VerifyOrderArgs) -> Result<ExitStatus> {
    let evidence_path = match &args.evidence {
        Some(path) => path.clone(),
        None => crate::job::target::evidence_path(&args.desired.path)?,
    };
    // A confirmation is a person's act: refuse before any request when nobody can give one.
    let operator = if args.confirm.is_some() {
        let operator = ctx.operator().await?;
        if operator.attester().is_none() {
            return Err(Failure::usage(
                "a confirmation is a person's act, and there is no terminal to ask; nothing was recorded",
            )
            .with_hint("run it at a terminal, or name the person who looked at the page: --confirmed-by NAME (--yes does not confirm)")
            .into());
        }
        Some(operator)
    } else {
        None
    };
    let job = ctx.job().await?;
    let mut observed = match order::observe_all(&job.clients.netsuite, &job.role).await? {
        Ok(observed) => observed,
        // The account refused a question the order rests on: that one check is needs-check, with the reason.
        Err(u) => {
            let finding = u.finding("running order");
            if ctx.out.json {
                ctx.out.print_json(&json!({
                    "account": job.account(),
                    "evidence_file": evidence_path,
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
    let mut evidence = Evidence::load(&evidence_path)?;
    let basis = &observed.basis;

    let mut waiting = Vec::new();
    if let (Some(t), Some(operator)) = (&args.confirm, &operator) {
        let t = t.to_ascii_uppercase();
        let Some(rt) = observed.types.iter().find(|x| x.record_type == t) else {
            // Labels for people, with the id to type.
            let named = |id: &str| format!("{} ({})", label(id), id.to_ascii_lowercase());
            let on: Vec<String> = observed
                .types
                .iter()
                .map(|x| named(&x.record_type))
                .collect();
            return Err(Failure::usage(format!(
                "the v2.0 send script is not deployed on {}; it is on: {}",
                named(&t),
                on.join(", ")
            ))
            .with_hint("deploy it first with `oa-rt deploy`")
            .into());
        };
        let mut target = job.profile_target()?;
        target.evidence = evidence_path.clone();
        let cx = ctx.apply_context(&job, &target, operator, "verify-order", Duration::ZERO);
        waiting.extend(order::confirm(&cx, rt, basis, &mut evidence).await?);
    }

    let mut reports = order::evaluate(&observed.types, &evidence, &basis.account, &basis.installed);
    // The probe: a UI save, then NetSuite's fields against what OpenAir received.
    let mut probe = None;
    if let Some(record) = &args.probe {
        let (kind, id) = parse_record(record)?;
        let operator = ctx.operator().await?;
        let emulator = ctx.emulator_behind().await;
        let run = ImportRun {
            operator: &operator,
            out: ctx.out,
            timeout: Duration::from_secs(args.timeout),
            emulator: emulator.as_ref(),
            evidence: &evidence_path,
        };
        let (landing, report) =
            order_probe::probe(&job, &run, (&kind, &id), Some(&observed.types)).await?;
        waiting.extend(landing.waiting.clone());
        order_probe_step::annotate(&mut reports, &report);
        probe = Some((landing, report));
    }
    let verdicts = reports
        .iter()
        .map(|r| r.verdict)
        .chain(probe.iter().filter_map(|(_, p)| p.verdict.policy()));
    let ok = crate::job::policy::health(verdicts).passes(args.policy.allow_unverified);
    if ctx.out.json {
        let mut j = json!({
            "account": basis.account,
            "send_script": basis.send_name,
            "evidence_file": evidence_path,
            "record_types": reports,
            "ok": ok,
        });
        if let Some((landing, report)) = &probe {
            j["probe"] = json!(report);
            j["probe"]["import"] = landing.report.clone();
        }
        ctx.out.print_json(&j);
    } else {
        print(ctx.out, &basis.account, &basis.send_name, &reports);
        if let Some((landing, report)) = &probe {
            ctx.out.print(&landing.message);
            print_probe(ctx.out, report);
        }
    }
    Ok(ExitStatus::unless_waiting(waiting, ok))
}

/// The probe's fields side by side, its verdict, and the candidate scripts (shared with `test-import`).
pub fn print_probe(out: &Output, p: &ProbeReport) {
    out.print(&format!(
        "Probe {} ({} fields): {}",
        p.record,
        p.fields_from,
        match p.verdict {
            ProbeVerdict::Fail => "FAIL",
            ProbeVerdict::Agrees => "agrees (supporting evidence, not a confirmation)",
            ProbeVerdict::NeedsCheck => "needs-check",
        }
    ));
    if !p.fields.is_empty() {
        let mut t = out.table(&[
            "NetSuite field",
            "OpenAir field",
            "NetSuite",
            "OpenAir",
            "Verdict",
        ]);
        for f in &p.fields {
            t.add_row(vec![
                f.netsuite_field.clone(),
                f.openair_field.clone(),
                f.netsuite_value.clone().unwrap_or_else(|| "-".into()),
                f.openair_value.clone().unwrap_or_else(|| "-".into()),
                match f.verdict {
                    FieldVerdict::Agrees => "agrees".to_string(),
                    FieldVerdict::Differs => "differs: NetSuite is newer".to_string(),
                    FieldVerdict::NeedsCheck => {
                        format!("needs-check: {}", f.detail.as_deref().unwrap_or(""))
                    }
                },
            ]);
        }
        out.print_table(&t);
    }
    out.print(&p.detail);
    if let Some(c) = &p.candidates
        && !c.is_empty()
    {
        out.print("Candidate scripts (afterSubmit, not placed before the send script by the documented rules):");
        for c in c {
            out.print(&format!(
                "  {} ({}): {}",
                c.name,
                c.script,
                match c.relation {
                    Relation::RunsAfter =>
                        "localized: runs after the send script whatever the page says",
                    Relation::PageOrder => "the Scripted Records page decides",
                    Relation::RunsBefore => "runs before",
                }
            ));
        }
    }
    if let Some(fix) = &p.fix {
        out.print(&format!("Fix: {fix}"));
    }
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
            comfy_table::Cell::new(label(&r.record_type)),
            render::verdict_cell(out, r.verdict),
            comfy_table::Cell::new(if scripts.is_empty() {
                "-".to_string()
            } else {
                scripts
            }),
            comfy_table::Cell::new(label_ids_in(&r.detail)),
        ]);
    }
    out.print_table(&t);
    for r in reports.iter().filter(|r| !r.verdict.passes()) {
        if let Some(fix) = &r.fix {
            out.print(&format!("{}: {fix}", label(&r.record_type)));
        }
    }
    if reports.iter().any(|r| r.verdict == Verdict::Confirmed) {
        out.print("Confirmed means a person looked at the page and said so; oa-rt cannot read the order itself.");
    }
    // Why the order matters, in the seed's terms: what a UI save sends is what the scripts before it left.
    out.note(order::UI_SAVES_ONLY);
}
