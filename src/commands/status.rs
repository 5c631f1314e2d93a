//! `oa-rt status` (alias `doctor`): every step's checks in one view, for people and CI. `--json` has the stable
//! shape documented in the README.

use anyhow::Result;
use serde_json::json;

use super::{Ctx, render};
use crate::cli::StatusArgs;
use crate::exit::ExitStatus;

pub async fn run(ctx: &mut Ctx<'_>, args: &StatusArgs) -> Result<ExitStatus> {
    // A broken desired-state file is bad input: say so before any request.
    let state = crate::job::target::load(&args.desired.path)?;
    let job = ctx.job().await?;
    let look = job.look(&args.desired.path, state).await?;
    let ok = look.health().nothing_failed();
    let out = ctx.out;
    if out.json {
        out.print_json(&json!({
            "profile": job.profile,
            "account": look.snap.account,
            "openair": { "url": job.openair_url.value, "company": job.company },
            "desired_state": look.file.exists.then_some(&look.file.path),
            "ok": ok,
            "summary": crate::job::summary(&look.checks),
            "checks": look.checks,
        }));
        return Ok(ExitStatus::from_ok(ok));
    }
    out.print(&format!(
        "NetSuite account {} → OpenAir {} (profile '{}'), checked against {}",
        look.snap.account,
        job.openair_url,
        job.profile,
        if look.file.exists {
            look.file.path.display().to_string()
        } else {
            "the defaults (no oa-rt.toml here)".into()
        }
    ));
    render::checks(out, &look.checks);
    let counts: Vec<String> = crate::job::summary(&look.checks)
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(v, n)| format!("{n} {v}"))
        .collect();
    out.print(&format!(
        "{}: {}",
        if ok { "Healthy" } else { "Not healthy" },
        counts.join(", ")
    ));
    if !ok {
        out.print("`oa-rt plan` shows what `oa-rt apply` (or `oa-rt setup`) would change.");
    }
    Ok(ExitStatus::from_ok(ok))
}
