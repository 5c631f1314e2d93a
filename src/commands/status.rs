//! `oa-rt status` (alias `doctor`): every step's checks in one view, for people and CI. Exit 0 when nothing
//! fails, 1 otherwise; `--json` has the stable shape documented in the README.

use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use super::engine::{self, DesiredFile};
use super::{Ctx, checks_exit};
use crate::cli::DesiredArg;
use crate::steps::Verdict;

pub async fn run(ctx: &mut Ctx<'_>, desired: &DesiredArg) -> Result<ExitCode> {
    // A broken desired-state file is bad input: say so before any request.
    let file_state = crate::desired::load(&desired.path)?;
    let (clients, facts) = engine::connect(ctx).await?;
    let snap = engine::observe(&clients, &engine::execute_as(file_state.as_ref(), &facts)).await?;
    let file = DesiredFile::new(&desired.path, file_state, &snap);
    let want = file.want(&facts)?;
    let checks = engine::checks(
        &snap,
        &want,
        &engine::confirmations(&file)?,
        crate::proof::load(&snap.account).as_ref(),
        crate::clock::unix(),
    );
    let ok = checks.iter().all(|c| c.verdict != Verdict::Fail);
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "profile": facts.profile,
            "account": snap.account,
            "openair": { "url": facts.openair_url, "company": facts.db_id },
            "desired_state": file.exists.then_some(&file.path),
            "ok": ok,
            "summary": engine::summary(&checks),
            "checks": checks,
        }));
        return Ok(checks_exit(ok));
    }
    ctx.out.print(&format!(
        "NetSuite account {} → OpenAir {} (profile '{}'), checked against {}",
        snap.account,
        facts.openair_url,
        facts.profile,
        if file.exists {
            file.path.display().to_string()
        } else {
            "the defaults (no oa-rt.toml here)".into()
        }
    ));
    engine::print_checks(ctx, &checks);
    let s = engine::summary(&checks);
    let counts: Vec<String> = s
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(v, n)| format!("{n} {v}"))
        .collect();
    ctx.out.print(&format!(
        "{}: {}",
        if ok { "Healthy" } else { "Not healthy" },
        counts.join(", ")
    ));
    if !ok {
        ctx.out
            .print("`oa-rt plan` shows what `oa-rt apply` (or `oa-rt setup`) would change.");
    }
    Ok(checks_exit(ok))
}
