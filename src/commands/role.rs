//! `oa-rt role [--role NAME]`: the integration role's permissions. No API edits them: each gap comes with the
//! permission, its level, the level needed, and the UI path.

use std::process::ExitCode;

use anyhow::Result;

use super::{Ctx, checks_exit};
use crate::steps::role;

pub async fn run(ctx: &mut Ctx<'_>, role_name: Option<&str>) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let name = role_name.unwrap_or(clients.netsuite.role()).to_string();
    let obs = role::observe(&clients.netsuite, &name).await?;
    let report = role::evaluate(&obs);
    let out = ctx.out;
    if out.json {
        out.print_json(&report);
        return Ok(checks_exit(report.ok));
    }
    out.print(&format!(
        "NetSuite account {}: integration role '{}'{}",
        clients.netsuite.account(),
        report.role,
        if report.custom_role {
            " (a custom role)"
        } else {
            ""
        }
    ));
    if !report.permissions.is_empty() {
        let mut t = out.table(&["Permission", "Key", "Has", "Needs", "Verdict"]);
        for p in &report.permissions {
            t.add_row(vec![
                comfy_table::Cell::new(format!(
                    "{}{}",
                    p.name,
                    if p.needs_2fa { " (2FA)" } else { "" }
                )),
                comfy_table::Cell::new(p.key),
                comfy_table::Cell::new(role::level_name(p.has)),
                comfy_table::Cell::new(role::level_name(p.needs)),
                out.verdict_cell(p.verdict),
            ]);
        }
        out.print_table(&t);
    }
    super::print_findings(ctx, report.findings.iter().filter(|f| !f.verdict.passes()));
    if report.permissions.iter().any(|p| p.needs_2fa) {
        out.print("(2FA) OIDC Provider Setup and OAuth 2.0 Authorized Applications Management require two-factor authentication on the role.");
    }
    if report.ok {
        out.print("The role has every permission the certificate-based real-time import needs.");
    }
    Ok(checks_exit(report.ok))
}
