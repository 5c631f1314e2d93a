//! `oa-rt enable`: switch the real-time import on in OpenAir. The NetSuite side must be ready first — the job's
//! checks of the bundles, role, deployments and settings steps, as `status` shows them; the OpenAir side has no
//! public API, so its steps are guided, and their effect is verified: OpenAir answers, and
//! `custcertificate_oa_realtime` exists, is not the placeholder, is valid, and its key signs what its certificate
//! verifies. On an account already enabled and proven (a test import landed under the current certificate) it does
//! nothing and says so.

use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::{Ctx, render};
use crate::cli::EnableArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::Check;
use crate::operator::GuideOutcome;
use crate::steps::certificate::Window;
use crate::steps::{Finding, StepId, Verdict, certificate, openair, settings};

/// The steps that must be right in NetSuite before OpenAir is switched on.
const NETSUITE_STEPS: [StepId; 4] = [
    StepId::Bundles,
    StepId::Role,
    StepId::Deployments,
    StepId::Settings,
];

/// The proof that the import is enabled, when nothing is left to do: a test import landed under the current
/// certificate (the connector switches are `confirmed`), OpenAir answers, the certificate passes its checks (valid,
/// signing), and the plan has nothing for OpenAir's side or the certificate (no newly included leads or prospects,
/// no rotation due). NetSuite's readiness is checked before.
fn already_enabled(look: &crate::job::Look) -> Option<&Check> {
    let side = |c: &&Check| matches!(c.step, StepId::Openair | StepId::Certificate);
    let all_pass = look.checks.iter().filter(side).all(|c| c.verdict.passes());
    let nothing_planned =
        look.items_of(StepId::Openair).is_empty() && look.items_of(StepId::Certificate).is_empty();
    let proof = look
        .checks
        .iter()
        .find(|c| c.step == StepId::Openair && c.verdict == Verdict::Confirmed)?;
    (all_pass && nothing_planned).then_some(proof)
}

pub async fn run(ctx: &mut Ctx<'_>, args: &EnableArgs) -> Result<ExitStatus> {
    let state = crate::job::target::load(&args.desired.path)?;
    let job = ctx.job().await?;
    let _lock = ctx.lock_account(&job.account(), "enable")?;
    let ns = &job.clients.netsuite;
    let out = ctx.out;
    let look = super::look(ctx.out, &job, &args.desired.path, state).await?;
    let missing: Vec<_> = look
        .checks
        .iter()
        .filter(|c| {
            // The pass policy: a check not made (needs-check) is not ready either, unless allowed.
            NETSUITE_STEPS.contains(&c.step)
                && !c.verdict.passes()
                && !(args.policy.allow_unverified && c.verdict != Verdict::Fail)
        })
        .collect();
    if !missing.is_empty() {
        if out.json {
            out.print_json(&json!({ "ok": false, "missing": missing }));
        } else {
            out.print(&format!(
                "Not ready: NetSuite account {} needs these first, before the real-time import is switched on in OpenAir:",
                job.account()
            ));
            render::failing(out, missing);
        }
        return Ok(ExitStatus::Failed);
    }
    // OpenAir answers on its XML API (authentication, account domain).
    let who = job.clients.openair.check().await?;
    out.note(&format!(
        "OpenAir answers at {} (as {}).",
        job.clients.openair.api_url(),
        who.user.nickname
    ));
    // Already enabled and proven: nothing to switch on, no guided step.
    if let Some(proof) = already_enabled(&look) {
        let cert: Vec<&Check> = look
            .checks
            .iter()
            .filter(|c| matches!(c.step, StepId::Openair | StepId::Certificate))
            .collect();
        if out.json {
            out.print_json(&json!({ "ok": true, "nothing_to_do": true, "checks": cert }));
        } else {
            out.print(&format!(
                "Nothing to do: the real-time import is already enabled on NetSuite account {} and proven: {}.",
                job.account(),
                proof.detail
            ));
            for c in cert.iter().filter(|c| c.check != proof.check) {
                out.print(&format!(
                    "  {} / {}: {}: {}",
                    c.step.as_str(),
                    c.check,
                    c.verdict.as_str(),
                    c.detail
                ));
            }
        }
        return Ok(ExitStatus::Ok);
    }

    let (leads, prospects) = settings::includes(&settings::observe_now(ns).await?);
    let form = openair::admin_form(leads, prospects);
    let operator = ctx.operator().await?;
    let mut open = Vec::new();
    let form_outcome = operator.guide(&form, openair::ADMIN_FORM_QUESTION).await?;
    match form_outcome {
        GuideOutcome::Waiting => open.push(form.clone()),
        GuideOutcome::Declined => {
            out.print("Stopped: the OpenAir admin form is not saved yet.");
            return Ok(ExitStatus::Failed);
        }
        _ => {}
    }

    // The certificate: generate one unless a valid one is already in place.
    let before = certificate::observe(ns).await?;
    let valid_now = !certificate::due(&before, ns.now(), Window::Within(0));
    if !valid_now && open.is_empty() {
        let timeout = Duration::from_secs(args.timeout);
        let outcome =
            certificate::generate_and_watch(&operator, ns, before.as_ref().ok(), timeout).await?;
        if outcome == GuideOutcome::Waiting {
            open.push(certificate::generate_guided());
        }
    } else if valid_now {
        out.note("A valid real-time certificate is already in NetSuite: not generating another (`oa-rt cert rotate` does).");
    }

    // Verify what can be observed.
    let after = certificate::observe(ns).await?;
    let mut findings = certificate::check(&after, ns.now(), Window::Within(0));
    findings.insert(
        0,
        Finding::new(
            "OpenAir XML API",
            Verdict::Ok,
            format!("answers as {}", who.user.nickname),
        ),
    );
    findings.push(match form_outcome {
        GuideOutcome::Simulated => {
            Finding::new("OpenAir admin form", Verdict::Ok, "performed on the emulator")
        }
        GuideOutcome::Reported => Finding::new(
            "OpenAir admin form",
            Verdict::Guided,
            "saved, as reported by the person; no API shows it: `oa-rt test-import` proves it end to end",
        ),
        _ => Finding::new("OpenAir admin form", Verdict::NeedsCheck, "not done yet"),
    });
    // A form the person reported saved (guided) counts here: `enable` did what it could; `status` keeps the
    // switches unverified until a test import lands.
    let ok = findings
        .iter()
        .all(|f| f.verdict.passes() || f.verdict == Verdict::Guided)
        && open.is_empty();
    if out.json {
        out.print_json(
            &json!({ "ok": ok, "checks": findings, "certificate": after.as_ref().ok() }),
        );
    } else {
        let mut t = out.table(&["Check", "Verdict", "Detail"]);
        for f in &findings {
            t.add_row(vec![
                comfy_table::Cell::new(&f.check),
                render::verdict_cell(out, f.verdict),
                comfy_table::Cell::new(&f.detail),
            ]);
        }
        out.print_table(&t);
        if ok {
            out.print("Real-time import is enabled. Check it end to end: oa-rt test-import --record customer:ID");
        }
    }
    if !open.is_empty() {
        return Ok(ExitStatus::Waiting(open));
    }
    if !ok && findings.iter().any(|f| f.verdict == Verdict::Fail) {
        return Err(Failure::failed(
            "the real-time import is not working yet (see the checks above)",
        )
        .into());
    }
    Ok(ExitStatus::from_ok(ok))
}
