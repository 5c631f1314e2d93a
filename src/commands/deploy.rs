//! `oa-rt deploy`: undeploy the SuiteScript 1.0 send script everywhere and deploy the v2.0 one on the chosen
//! record types — observe, plan, show, back up, apply (API or guided), verify.

use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;
use serde_json::json;

use super::{Ctx, checks_exit};
use crate::backup;
use crate::cli::DeployArgs;
use crate::client::netsuite::{CompanionError, CompanionMissing, NetSuite};
use crate::error::Failure;
use crate::interact::{self, GuideOutcome, Guided};
use crate::steps::deployments::{self, ApiVersion, Change, Desired, Observation};
use crate::steps::{Finding, Verdict};

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Applied {
    pub deployment: String,
    /// `applied` (API), `guided` (a person in the UI), `waiting` (still open), `failed`.
    pub outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Serialize)]
struct Report<'a> {
    account: String,
    role: &'a str,
    scripts: &'a [deployments::SendScript],
    record_types: &'a [String],
    plan: &'a [Change],
    findings: &'a [Finding],
    dry_run: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    backup: Option<String>,
    applied: Vec<Applied>,
    /// Changes still needed after applying (verified by SuiteQL).
    remaining: Vec<Change>,
    ok: bool,
}

/// The record types to deploy on: `--record-types`, else where a send script is deployed now.
fn record_types(args: &DeployArgs, obs: &Observation) -> Result<Vec<String>> {
    match &args.record_types {
        Some(list) => deployments::parse_record_types(list).map_err(|e| Failure::usage(e).into()),
        None => {
            let now = obs.deployed_record_types();
            if now.is_empty() {
                return Err(Failure::usage(
                    "no send script is deployed yet, so there is no default set of record types",
                )
                .with_hint("name them: oa-rt deploy --record-types customer,job,employee")
                .into());
            }
            Ok(now)
        }
    }
}

/// Whether the settings record includes leads and prospects (false when it cannot be read).
async fn settings_includes(netsuite: &NetSuite) -> (bool, bool) {
    match crate::steps::settings::observe(netsuite).await {
        Ok(s) => (
            s.values.get("custrecord_oa_realtime_include_lead") == Some(&json!(true)),
            s.values.get("custrecord_oa_realtime_include_prospect") == Some(&json!(true)),
        ),
        Err(_) => (false, false),
    }
}

pub async fn run(ctx: &mut Ctx<'_>, args: &DeployArgs) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let ns = &clients.netsuite;
    let account = ns.account().to_string();
    let obs = deployments::observe(ns, ns.role()).await?;
    let types = record_types(args, &obs)?;
    let (leads, prospects) = settings_includes(ns).await;
    let desired = Desired {
        record_types: types.clone(),
        log_level: args.log_level.clone(),
        include_leads: args.include_leads || leads,
        include_prospects: args.include_prospects || prospects,
    };
    let mut plan = deployments::plan(&obs, &desired);
    if !obs.companion {
        plan.findings.push(Finding {
            check: "bundle membership".into(),
            verdict: Verdict::Warn,
            detail: "the companion RESTlet is not installed: scripts were found by name only, and every change will be guided".into(),
            fix: Some(crate::steps::COMPANION_INSTALL_FIX.into()),
        });
    }
    for s in &obs.lookalikes {
        plan.findings.push(Finding {
            check: "script".into(),
            verdict: Verdict::Warn,
            detail: format!(
                "{} ({}) has the send script's name but is not from bundle 369630: left alone",
                s.name, s.scriptid
            ),
            fix: None,
        });
    }
    let mut report = Report {
        account: account.clone(),
        role: &obs.role_name,
        scripts: &obs.scripts,
        record_types: &types,
        plan: &plan.changes,
        findings: &plan.findings,
        dry_run: ctx.global.dry_run,
        backup: None,
        applied: Vec::new(),
        remaining: Vec::new(),
        ok: false,
    };
    let blocking = plan.findings.iter().any(|f| f.verdict == Verdict::Fail);
    if !ctx.out.json {
        print_plan(ctx, &report, &obs);
    }
    if plan.changes.is_empty() || ctx.global.dry_run {
        report.ok = !blocking && (plan.changes.is_empty() || ctx.global.dry_run);
        if ctx.out.json {
            ctx.out.print_json(&report);
        } else if plan.changes.is_empty() && !blocking {
            ctx.out
                .print("Nothing to change: the deployments are as the integration needs.");
        } else if ctx.global.dry_run {
            ctx.out.print("Dry run: nothing was changed.");
        }
        return Ok(checks_exit(report.ok));
    }
    if !interact::confirm(
        ctx,
        &format!(
            "Apply these {} changes to NetSuite account {account}?",
            plan.changes.len()
        ),
    )? {
        ctx.out.print("Nothing was changed.");
        return Ok(ExitCode::from(1));
    }
    let entries = plan.changes.iter().map(|c| c.backup_entry()).collect();
    report.backup = backup::write(&ctx.profile_name(), &account, "deploy", entries)?;
    if let Some(id) = &report.backup {
        ctx.out.note(&format!(
            "Backed up the current values as {id} (oa-rt restore {id} puts them back)."
        ));
    }

    let mut open: Vec<Guided> = Vec::new();
    for change in &plan.changes {
        let (applied, waiting) = apply_change(ctx, ns, change, &obs.role_name).await?;
        report.applied.push(applied);
        open.extend(waiting);
    }

    // Verify: observe again; whatever is still planned did not happen.
    let after = deployments::observe(ns, ns.role()).await?;
    report.remaining = deployments::plan(&after, &desired).changes;
    report.ok = report.remaining.is_empty() && !blocking;
    if ctx.out.json {
        ctx.out.print_json(&report);
    } else if report.remaining.is_empty() {
        ctx.out.print(&format!(
            "Verified by SuiteQL: the v2.0 script is deployed on {} as the integration needs; no SuiteScript 1.0 deployment is active.",
            types.join(", ")
        ));
    } else {
        ctx.out.print(&format!(
            "Verified by SuiteQL: {} change(s) did not take effect:",
            report.remaining.len()
        ));
        for c in &report.remaining {
            ctx.out.print(&format!(
                "  {} {} ({}): {}",
                c.action,
                c.deployment,
                c.record_type,
                c.describe(&obs.role_name)
            ));
        }
    }
    if !open.is_empty() && !report.remaining.is_empty() {
        return Err(interact::waiting_failure(&open).into());
    }
    Ok(checks_exit(report.ok))
}

/// Applies one deployment change through the companion RESTlet; where NetSuite refuses (or the companion is
/// missing) a person does it in the UI. Answers what happened and, when nobody could do it, the open step.
pub(crate) async fn apply_change(
    ctx: &mut Ctx<'_>,
    ns: &NetSuite,
    change: &Change,
    role_name: &str,
) -> Result<(Applied, Option<Guided>)> {
    let result = ns
        .companion(&crate::platform::companion::UpdateDeployment {
            script_id: change.deployment.clone(),
            set: change.set.clone(),
        })
        .await;
    let reason = match &result {
        Ok(_) => {
            ctx.out.note(&format!(
                "  {} {}: done through the API",
                change.action, change.deployment
            ));
            return Ok((
                Applied {
                    deployment: change.deployment.clone(),
                    outcome: "applied",
                    detail: None,
                },
                None,
            ));
        }
        Err(e) => match (
            e.downcast_ref::<CompanionError>(),
            e.downcast_ref::<CompanionMissing>(),
        ) {
            (Some(c), _) if c.code == "BUNDLE_LOCKED" => c.message.clone(),
            (_, Some(_)) => "the companion RESTlet is not installed".to_string(),
            _ => {
                return Ok((
                    Applied {
                        deployment: change.deployment.clone(),
                        outcome: "failed",
                        detail: Some(format!("{e:#}")),
                    },
                    None,
                ));
            }
        },
    };
    let guided = deployments::guided_edit(change, role_name);
    let outcome = interact::guide(ctx, &guided).await?;
    let applied = Applied {
        deployment: change.deployment.clone(),
        outcome: match outcome {
            GuideOutcome::Waiting => "waiting",
            GuideOutcome::Declined => "declined",
            GuideOutcome::Simulated | GuideOutcome::Reported => "guided",
        },
        detail: Some(reason),
    };
    Ok((
        applied,
        (outcome == GuideOutcome::Waiting).then_some(guided),
    ))
}

fn print_plan(ctx: &Ctx<'_>, report: &Report<'_>, obs: &Observation) {
    let out = ctx.out;
    out.print(&format!(
        "NetSuite account {}: send-record script deployments",
        report.account
    ));
    for (label, version) in [
        ("SuiteScript 1.0", ApiVersion::V1),
        ("SuiteScript 2.x", ApiVersion::V2),
    ] {
        match obs.script(version) {
            Some(s) => out.print(&format!(
                "  {label}: {} ({}{})",
                s.name,
                s.scriptid,
                s.bundles
                    .as_ref()
                    .map(|b| format!(", bundle {}", b.join(", ")))
                    .unwrap_or_default()
            )),
            None => out.print(&format!("  {label}: not found")),
        }
    }
    super::print_findings(ctx, report.findings.iter());
    if report.plan.is_empty() {
        return;
    }
    out.print(&format!(
        "Plan ({} change(s); record types {}; Execute As Role {}):",
        report.plan.len(),
        report.record_types.join(", "),
        report.role
    ));
    let mut t = out.table(&["Action", "Deployment", "Record type", "Changes"]);
    for c in report.plan {
        t.add_row(vec![
            c.action.to_string(),
            c.deployment.clone(),
            c.record_type.clone(),
            c.describe(report.role),
        ]);
    }
    out.print_table(&t);
}
