//! `oa-rt status` (alias `doctor`): every step's checks in one view, for people and CI. `--json` has the stable
//! shape documented in the README.

use anyhow::Result;
use serde_json::json;

use super::{Ctx, render};
use crate::cli::StatusArgs;
use crate::exit::ExitStatus;

pub async fn run(ctx: &mut Ctx<'_>, args: &StatusArgs) -> Result<ExitStatus> {
    if args.all_profiles {
        return super::fleet::run(ctx, args).await;
    }
    // A broken desired-state file is bad input: say so before any request.
    let state = crate::job::target::load(&args.desired.path)?;
    let job = ctx.job().await?;
    let look = super::look(ctx.out, &job, &args.desired.path, state).await?;
    let allow = args.policy.allow_unverified;
    let ok = look.health().passes(allow);
    let out = ctx.out;
    if out.json {
        out.print_json(&json!({
            "profile": job.profile,
            "account": look.snap.account,
            "openair": { "url": job.openair_url.value, "company": job.company },
            "desired_state": look.file.exists.then_some(&look.file.path),
            "ok": ok,
            "health": look.health().as_str(),
            "not_verified": look.not_verified(),
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
    render::summary(out, &look.checks, allow);
    if look.health() == crate::job::policy::Health::Failing {
        out.print("`oa-rt plan` shows what `oa-rt apply` (or `oa-rt setup`) would change.");
    }
    Ok(ExitStatus::from_ok(ok))
}
