//! `oa-rt deploy`: undeploy the SuiteScript 1.0 send script everywhere and deploy the v2.0 one on the chosen
//! record types — observe, plan, show, back up, apply (API or guided), verify (the deployments step).
//!
//! Refused (exit 1, nothing changed, not even planned) until 369630 is at 3.0 or later and its "Send Record to
//! OpenAir v2.0" script exists (seed step 1): an older v2.0 script knows only SuiteSignOn.

use std::time::Duration;

use anyhow::Result;
use serde::Serialize;

use super::{Ctx, render};
use crate::cli::DeployArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::journal::Journal;
use crate::job::target::{DEFAULT_FILE, DesiredFile, DesiredState};
use crate::platform::record_types::{label, labels};
use crate::steps::deployments::{self, ApiVersion, Change, ChangeResult, Observation};
use crate::steps::{Finding, Verdict, bundles, reads, settings};

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
    applied: Vec<ChangeResult>,
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

pub async fn run(ctx: &mut Ctx<'_>, args: &DeployArgs) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let _lock = ctx.lock_account(&job.account(), "deploy")?;
    if let Some(status) = super::interrupted::finish_first(ctx, &job).await? {
        return Ok(status);
    }
    let ns = &job.clients.netsuite;
    let account = job.account();
    // The deployments, the bundles and the settings record in one read.
    let ask = deployments::ask(&job.role)
        .and(bundles::ask())
        .and(settings::ask());
    let reads = reads::read(ns, &ask).await?;
    let obs = match deployments::from_reads(&reads, &job.role)? {
        Ok(obs) => obs,
        // The account refused a question the plan rests on: nothing is planned or changed from a guess.
        Err(u) => {
            let finding = u.finding("send script deployments");
            if ctx.out.json {
                ctx.out.print_json(&serde_json::json!({
                    "account": account,
                    "plan": [],
                    "findings": [finding],
                    "applied": [],
                    "ok": false,
                }));
            } else {
                render::findings(ctx.out, [&finding]);
                ctx.out.print("Nothing was changed.");
            }
            return Ok(ExitStatus::from_ok(false));
        }
    };
    refuse_until_ready(&reads, &obs, ctx.out)?;
    let types = record_types(args, &obs)?;
    // Leads and prospects as the settings record includes them (not when it cannot be read).
    let (leads, prospects) = match settings::from_reads(&reads) {
        Ok(Ok(s)) => settings::includes(&s),
        _ => (false, false),
    };
    let mut state = DesiredState::defaults(&types, None);
    state.log_level = args.log_level.clone();
    state.include_leads = args.include_leads || leads;
    state.include_prospects = args.include_prospects || prospects;
    let target = DesiredFile {
        path: DEFAULT_FILE.into(),
        exists: false,
        state,
    }
    .target(&job)?;
    let mut plan = deployments::plan(&obs, &target);
    if !obs.companion {
        plan.findings.push(
            Finding::new(
                "bundle membership",
                Verdict::Warn,
                "the companion RESTlet is not installed: scripts were found by name only, and every change will be guided",
            )
            .fix(crate::steps::COMPANION_INSTALL_FIX),
        );
    }
    for s in &obs.lookalikes {
        plan.findings.push(Finding::new(
            "script",
            Verdict::Warn,
            format!(
                "{} ({}) has the send script's name but is not from bundle 369630: left alone",
                s.name, s.scriptid
            ),
        ));
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
    let out = ctx.out;
    if !out.json {
        print_plan(ctx, &report, &obs);
    }
    if plan.changes.is_empty() || ctx.global.dry_run {
        report.ok = !blocking;
        if out.json {
            out.print_json(&report);
        } else if plan.changes.is_empty() && !blocking {
            out.print("Nothing to change: the deployments are as the integration needs.");
        } else if ctx.global.dry_run {
            out.print("Dry run: nothing was changed.");
        }
        return Ok(ExitStatus::from_ok(report.ok));
    }
    if !ctx.ask_before_change(&format!(
        "Apply these {} changes to NetSuite account {account}?",
        plan.changes.len()
    ))? {
        out.print("Nothing was changed.");
        return Ok(ExitStatus::Failed);
    }
    let operator = ctx.operator().await?;
    // How long a person may take is their business: guided edits are asked, not watched.
    let cx = ctx.apply_context(&job, &target, &operator, "deploy", Duration::ZERO);
    Journal::new(
        &account,
        &job.profile,
        "deploy",
        &target.record_types,
        &plan.changes,
        &[],
    )
    .begin()?;
    let made = deployments::make_changes(&cx, &plan.changes, |id| {
        out.note(&format!(
            "Backed up the current values as {id} (oa-rt restore {id} puts them back)."
        ));
    })
    .await?;
    super::interrupted::settle(&account, Some(&made.after), None)?;
    if !made.stopped.is_empty() {
        return Err(deployments::stopped_failure(&made.stopped).into());
    }
    report.backup = made.backup;
    report.applied = made.results;
    report.remaining = made.remaining;
    report.ok = report.remaining.is_empty() && !blocking;
    if out.json {
        out.print_json(&report);
    } else if report.remaining.is_empty() {
        out.print(&format!(
            "Verified by SuiteQL: the v2.0 script is deployed on {} as the integration needs; no SuiteScript 1.0 deployment is active.",
            labels(&types)
        ));
    } else {
        out.print(&format!(
            "Verified by SuiteQL: {} change(s) did not take effect:",
            report.remaining.len()
        ));
        for c in &report.remaining {
            out.print(&format!("  {}: {}", c.title(), c.describe(&obs.role_name)));
        }
    }
    let open = if report.remaining.is_empty() {
        Vec::new()
    } else {
        made.open
    };
    Ok(ExitStatus::unless_waiting(open, report.ok))
}

/// Ends the command (exit 1, one message with the fix) while 369630 is below 3.0 or the v2.0 send script is
/// missing. Without the companion RESTlet the version cannot be read: then only the script is required, and a
/// warning says what was not checked.
fn refuse_until_ready(
    reads: &reads::Reads,
    obs: &Observation,
    out: &crate::output::Output,
) -> Result<()> {
    let fix = "update bundle 369630 (SRP Real-time Add-on) to 3.0 or later in NetSuite: Customization > SuiteBundler > Search & Install Bundles > List, Update on its row (after 369637 is at 4.0 or later); `oa-rt bundles` shows how and in which order";
    let gap = match bundles::from_reads(reads)? {
        Ok(installed) => bundles::addon_not_ready(&installed),
        Err(_) => {
            out.note("The installed version of 369630 cannot be read without the companion RESTlet: make sure it is 3.0 or later (`oa-rt bundles`).");
            None
        }
    };
    let gap = gap.or_else(|| {
        obs.script(ApiVersion::V2).is_none().then(|| {
            "no \"OpenAir: Send Record to OpenAir v2.0\" script from bundle 369630 is in the account".to_string()
        })
    });
    match gap {
        Some(why) => Err(Failure::failed(format!(
            "not deploying the v2.0 send script: {why}. Nothing was changed"
        ))
        .with_hint(fix)
        .into()),
        None => Ok(()),
    }
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
    render::findings(out, report.findings.iter());
    if report.plan.is_empty() {
        return;
    }
    out.print(&format!(
        "Plan ({} change(s); record types {}; Execute As Role {}):",
        report.plan.len(),
        labels(report.record_types),
        report.role
    ));
    let mut t = out.table(&["Action", "Deployment", "Record type", "Changes"]);
    for c in report.plan {
        t.add_row(vec![
            c.action.to_string(),
            c.deployment.clone(),
            label(&c.record_type),
            c.describe(report.role),
        ]);
    }
    out.print_table(&t);
}
