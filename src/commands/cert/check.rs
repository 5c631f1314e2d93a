//! `oa-rt cert check [--within DAYS]`: a CI predicate. With `--within DAYS`: exit 1 when the certificate expires
//! within DAYS. Without it: the judgement `status` makes (`certificate::Window::Rotation`, the desired state's
//! `certificate_window_days`): a warning while OpenAir should still rotate it, exit 1 once its rotation window
//! passed without a new certificate.

use anyhow::Result;
use serde_json::json;

use crate::cli::CertCheckArgs;
use crate::commands::Ctx;
use crate::exit::ExitStatus;
use crate::steps::certificate::Window;
use crate::steps::{Verdict, certificate};

pub async fn run(ctx: &mut Ctx<'_>, args: &CertCheckArgs) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let obs = certificate::observe(&job.clients.netsuite).await?;
    let window = match args.within {
        Some(days) => Window::Within(days),
        None => {
            let days = match crate::job::target::load(&args.desired.path)? {
                Some(state) => {
                    state.validate(&args.desired.path)?;
                    state.certificate_window_days
                }
                None => crate::job::target::DEFAULT_WINDOW_DAYS,
            };
            Window::Rotation { warn_days: days }
        }
    };
    let findings = certificate::check(&obs, job.clients.netsuite.now(), window);
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
