//! `oa-rt role [--role NAME]`: the integration role's permissions. No API edits them: each gap comes with the
//! permission, its level, the level needed, and the UI path.

use anyhow::Result;

use super::{Ctx, render};
use crate::cli::RoleArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::steps::{Verdict, role};

pub async fn run(ctx: &mut Ctx<'_>, args: &RoleArgs) -> Result<ExitStatus> {
    if args.role.as_deref().is_some_and(|r| r.trim().is_empty()) {
        return Err(Failure::usage("--role needs a role name; an empty one names no role")
            .with_hint("pass the role's name as NetSuite shows it (Setup > Users/Roles > Manage Roles), or leave --role out for the profile's")
            .into());
    }
    let job = ctx.job().await?;
    let name = args.role.clone().unwrap_or_else(|| job.role.clone());
    let obs = role::observe(&job.clients.netsuite, &name)
        .await?
        .map_err(Failure::from)?;
    let report = role::evaluate(&obs);
    let out = ctx.out;
    if out.json {
        out.print_json(&report);
        return Ok(ExitStatus::from_ok(report.ok));
    }
    out.print(&format!(
        "NetSuite account {}: integration role '{}'{}",
        job.account(),
        report.role,
        if report.custom_role {
            " (a custom role)"
        } else {
            ""
        }
    ));
    if !report.permissions.is_empty() {
        let mut t = out.table(&["Permission", "Key", "For", "Has", "Needs", "Verdict"]);
        for p in &report.permissions {
            t.add_row(vec![
                comfy_table::Cell::new(format!(
                    "{}{}",
                    p.name,
                    if p.needs_2fa { " (2FA)" } else { "" }
                )),
                comfy_table::Cell::new(p.key),
                comfy_table::Cell::new(p.purpose.as_str()),
                comfy_table::Cell::new(role::level_name(p.has)),
                comfy_table::Cell::new(role::level_name(p.needs)),
                render::verdict_cell(out, p.verdict),
            ]);
        }
        out.print_table(&t);
    }
    // Warnings too: what a custom role lacks for the connector's OIDC sign-on is worth knowing, not failing.
    render::findings(
        out,
        report.findings.iter().filter(|f| f.verdict != Verdict::Ok),
    );
    if report.permissions.iter().any(|p| p.needs_2fa) {
        out.print("(2FA) OIDC Provider Setup and OAuth 2.0 Authorized Applications Management require two-factor authentication on the role.");
    }
    if report.ok {
        out.print(if report.custom_role {
            "The role has what the certificate-based real-time import needs on a custom integration role: Certificate Management at Full (seed step 2)."
        } else {
            "The role has every permission the certificate-based real-time import needs."
        });
    }
    Ok(ExitStatus::from_ok(report.ok))
}
