//! `oa-rt cert check [--within DAYS]`: a CI predicate — exit 0 when the certificate is valid beyond the window.

use anyhow::Result;
use serde_json::json;

use crate::cli::CertCheckArgs;
use crate::commands::Ctx;
use crate::exit::ExitStatus;
use crate::steps::{Verdict, certificate};

pub async fn run(ctx: &mut Ctx<'_>, args: &CertCheckArgs) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let obs = certificate::observe(&job.clients.netsuite).await?;
    let findings = certificate::check(&obs, crate::clock::unix(), args.within);
    let ok = crate::job::policy::health(findings.iter().map(|f| f.verdict)).verified();
    let out = ctx.out;
    if out.json {
        out.print_json(&json!({ "ok": ok, "within_days": args.within, "findings": findings }));
    } else {
        for f in &findings {
            out.print(&format!(
                "{}: {}",
                match f.verdict {
                    Verdict::Fail => "FAIL",
                    v => v.as_str(),
                },
                f.detail
            ));
            let settled = matches!(f.verdict, Verdict::Ok | Verdict::Confirmed);
            if let Some(fix) = f.fix.as_ref().filter(|_| !settled) {
                out.print(&format!("  fix: {fix}"));
            }
        }
    }
    Ok(ExitStatus::from_ok(ok))
}
