//! `oa-rt bundles`: the installed SRP bundles against what the certificate-based real-time import needs.

use anyhow::Result;
use serde::Serialize;

use super::{Ctx, render};
use crate::exit::ExitStatus;
use crate::steps::bundles::{self, BundleAction, BundleReport};

#[derive(Serialize)]
struct JsonReport<'a> {
    account: String,
    #[serde(flatten)]
    report: &'a BundleReport,
}

pub async fn run(ctx: &mut Ctx<'_>) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let account = job.account();
    let report = match bundles::observe(&job.clients.netsuite).await? {
        Ok(installed) => bundles::evaluate(&installed),
        Err(u) => BundleReport {
            ok: false,
            bundles: Vec::new(),
            findings: vec![u.finding("installed bundles")],
            plan: Vec::new(),
        },
    };
    let out = ctx.out;
    if out.json {
        out.print_json(&JsonReport {
            account,
            report: &report,
        });
        return Ok(ExitStatus::from_ok(report.ok));
    }

    out.print(&format!(
        "NetSuite account {account}: bundles for the certificate-based real-time import"
    ));
    if !report.bundles.is_empty() {
        let mut table = out.table(&["Bundle", "ID", "Installed", "Needs", "Verdict", "Detail"]);
        for row in &report.bundles {
            table.add_row(vec![
                comfy_table::Cell::new(row.name),
                comfy_table::Cell::new(row.id),
                comfy_table::Cell::new(row.installed.as_deref().unwrap_or("-")),
                comfy_table::Cell::new(&row.required),
                render::verdict_cell(out, row.verdict),
                comfy_table::Cell::new(&row.detail),
            ]);
        }
        out.print_table(&table);
    }
    render::findings(out, &report.findings);
    if !report.plan.is_empty() {
        out.print("\nNo API installs bundles. In NetSuite, in this order:");
        for step in &report.plan {
            let optional = if step.optional {
                " (optional: not needed for the real-time import)"
            } else {
                ""
            };
            let from = step
                .from
                .as_deref()
                .map(|f| format!(" from {f}"))
                .unwrap_or_default();
            let verb = match step.action {
                BundleAction::Install => "Install",
                BundleAction::Update => "Update",
            };
            out.print(&format!(
                "  {}. {verb} bundle {} ({}){from} to {}{optional}.",
                step.order, step.bundle, step.name, step.target
            ));
            out.print(&format!("     {}", step.ui_path));
            if let Some(note) = &step.note {
                out.print(&format!("     Note: {note}"));
            }
        }
        out.print("Then run `oa-rt bundles` again.");
        if report.ok {
            out.print("The bundles the real-time import needs are in place.");
        }
    } else if report.ok {
        out.print("All bundle requirements are met.");
    }
    Ok(ExitStatus::from_ok(report.ok))
}
