//! `oa-rt enable`: switch the real-time import on in OpenAir. The NetSuite side must be ready first (bundles,
//! role, deployments, settings); the OpenAir side has no public API, so its steps are guided, and their effect is
//! verified: OpenAir answers, and `custcertificate_oa_realtime` exists, is not the placeholder, is valid, and its
//! key signs what its certificate verifies.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::{Ctx, checks_exit};
use crate::error::Failure;
use crate::interact::{self, GuideOutcome, Guided};
use crate::steps::{Finding, Verdict, bundles, certificate, deployments, role, settings};

pub struct Args {
    pub timeout: Duration,
}

/// The preconditions on the NetSuite side, each with its fix.
async fn preconditions(netsuite: &crate::client::netsuite::NetSuite) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    match bundles::observe(netsuite).await? {
        Some(b) => {
            let r = bundles::evaluate(&b);
            for row in r.bundles.iter().filter(|x| !x.verdict.passes()) {
                out.push(Finding {
                    check: format!("bundle {}", row.id),
                    verdict: Verdict::Fail,
                    detail: row.detail.clone(),
                    fix: Some("oa-rt bundles".into()),
                });
            }
            out.extend(r.findings.into_iter().filter(|f| !f.verdict.passes()));
        }
        None => out.push(bundles::companion_missing_finding()),
    }
    let r = role::evaluate(&role::observe(netsuite, netsuite.role()).await?);
    out.extend(
        r.findings
            .into_iter()
            .filter(|f| !f.verdict.passes())
            .map(|mut f| {
                f.fix = Some(format!("{} (`oa-rt role`)", f.fix.unwrap_or_default()));
                f
            }),
    );
    let d = deployments::observe(netsuite, netsuite.role()).await?;
    let v2 = d.script(deployments::ApiVersion::V2).map(|s| s.id.clone());
    let deployed_v2 = d
        .deployments
        .iter()
        .any(|x| Some(&x.script) == v2.as_ref() && x.deployed);
    let v1_active = d.deployments.iter().any(|x| {
        x.deployed
            && d.scripts
                .iter()
                .any(|s| s.id == x.script && s.version == deployments::ApiVersion::V1)
    });
    if !deployed_v2 || v1_active {
        out.push(Finding {
            check: "deployments".into(),
            verdict: Verdict::Fail,
            detail: if !deployed_v2 {
                "the v2.0 send script is not deployed on any record type".into()
            } else {
                "the SuiteScript 1.0 send script is still deployed (it only knows SuiteSignOn)"
                    .into()
            },
            fix: Some("oa-rt deploy --record-types customer,job,employee --yes".into()),
        });
    } else {
        let types = d.deployed_record_types();
        let plan = deployments::plan(
            &d,
            &deployments::Desired {
                record_types: types,
                log_level: deployments::DEFAULT_LOG_LEVEL.into(),
                include_leads: false,
                include_prospects: false,
            },
        );
        // Log level is the administrator's choice; anything else wrong stops the import.
        if plan
            .changes
            .iter()
            .any(|c| c.set.keys().any(|k| k != "loglevel"))
        {
            out.push(Finding {
                check: "deployments".into(),
                verdict: Verdict::Fail,
                detail: "a v2.0 deployment lacks a setting the integration needs (released, all roles, execute as the integration role)".into(),
                fix: Some("oa-rt deploy --dry-run shows what; oa-rt deploy --yes fixes it".into()),
            });
        }
    }
    match settings::observe(netsuite).await {
        Ok(s) => out.extend(
            settings::check(&s.values, &s.present, netsuite.account())
                .into_iter()
                .filter(|f| f.verdict == Verdict::Fail),
        ),
        Err(e) => out.push(Finding {
            check: "settings record".into(),
            verdict: Verdict::Fail,
            detail: format!("{e:#}"),
            fix: None,
        }),
    }
    Ok(out)
}

/// The OpenAir admin form's guided steps: the real-time and OAuth 2.0 boxes, and leads/prospects as NetSuite's
/// settings record includes them.
pub(crate) fn admin_form(leads: bool, prospects: bool) -> Guided {
    let mut steps = vec![
        "Sign in to OpenAir as an administrator".to_string(),
        "Administration > NetSuite Connector, open the admin form".to_string(),
        "Check \"Enable NetSuite real-time integration\"".to_string(),
        "Check \"Use OAuth 2.0 for NetSuite Single Sign-On Integration and Real-Time Record Import\"".to_string(),
    ];
    if leads {
        steps.push("Check the leads option of the customer integration (the settings record includes leads)".into());
    }
    if prospects {
        steps.push("Check the prospects option of the customer integration (the settings record includes prospects)".into());
    }
    steps.push(
        "Save (Save is disabled while an integration run is active: wait until it finishes)".into(),
    );
    Guided {
        title: "Switch the real-time import on in OpenAir".into(),
        why: "OpenAir has no public API for the NetSuite Connector's settings".into(),
        steps,
        simulate: Some((
            "openair-admin".into(),
            json!({ "realtime": true, "oauth2": true, "leads": leads.then_some(true), "prospects": prospects.then_some(true) }),
        )),
    }
}

pub async fn run(ctx: &mut Ctx<'_>, args: &Args) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let ns = &clients.netsuite;
    let missing = preconditions(ns).await?;
    if !missing.is_empty() {
        if ctx.out.json {
            ctx.out
                .print_json(&json!({ "ok": false, "missing": missing }));
        } else {
            ctx.out.print(&format!(
                "Not ready: NetSuite account {} needs these first, before the real-time import is switched on in OpenAir:",
                ns.account()
            ));
            super::print_findings(ctx, missing.iter());
        }
        return Ok(ExitCode::from(1));
    }
    // OpenAir answers on its XML API (authentication, account domain).
    let who = clients.openair.check().await?;
    ctx.out.note(&format!(
        "OpenAir answers at {} (as {}).",
        clients.openair.api_url(),
        who.user.nickname
    ));

    let include = settings::observe(ns).await?;
    let leads = include.values.get("custrecord_oa_realtime_include_lead") == Some(&json!(true));
    let prospects = include
        .values
        .get("custrecord_oa_realtime_include_prospect")
        == Some(&json!(true));
    let form = admin_form(leads, prospects);
    let mut open = Vec::new();
    let form_outcome = interact::guide_asking(ctx, &form, "Saved with both boxes checked?").await?;
    match form_outcome {
        GuideOutcome::Waiting => open.push(form.clone()),
        GuideOutcome::Declined => {
            ctx.out
                .print("Stopped: the OpenAir admin form is not saved yet.");
            return Ok(ExitCode::from(1));
        }
        _ => {}
    }

    // The certificate: generate one unless a valid one is already in place.
    let now = crate::clock::unix();
    let before = certificate::observe(ns).await?;
    let valid_now = certificate::check(before.as_ref(), now, 0)
        .iter()
        .all(|f| f.verdict.passes());
    if !valid_now && open.is_empty() {
        let outcome =
            super::cert::generate_and_watch(ctx, ns, before.as_ref(), args.timeout).await?;
        if outcome == GuideOutcome::Waiting {
            open.push(super::cert::generate_guided());
        }
    } else if valid_now {
        ctx.out.note("A valid real-time certificate is already in NetSuite: not generating another (`oa-rt cert rotate` does).");
    }

    // Verify what can be observed.
    let after = certificate::observe(ns).await?;
    let mut findings = certificate::check(after.as_ref(), crate::clock::unix(), 0);
    findings.insert(
        0,
        Finding {
            check: "OpenAir XML API".into(),
            verdict: Verdict::Ok,
            detail: format!("answers as {}", who.user.nickname),
            fix: None,
        },
    );
    findings.push(Finding {
        check: "OpenAir admin form".into(),
        verdict: match form_outcome {
            GuideOutcome::Simulated => Verdict::Ok,
            GuideOutcome::Reported => Verdict::Guided,
            _ => Verdict::NeedsCheck,
        },
        detail: match form_outcome {
            GuideOutcome::Simulated => "performed on the emulator".into(),
            GuideOutcome::Reported => "saved, as reported by the person; no API shows it: `oa-rt test-import` proves it end to end".into(),
            _ => "not done yet".into(),
        },
        fix: None,
    });
    let ok = findings
        .iter()
        .all(|f| f.verdict.passes() || f.verdict == Verdict::Guided)
        && open.is_empty();
    if ctx.out.json {
        ctx.out
            .print_json(&json!({ "ok": ok, "checks": findings, "certificate": after }));
    } else {
        let mut t = ctx.out.table(&["Check", "Verdict", "Detail"]);
        for f in &findings {
            t.add_row(vec![
                comfy_table::Cell::new(&f.check),
                ctx.out.verdict_cell(f.verdict),
                comfy_table::Cell::new(&f.detail),
            ]);
        }
        ctx.out.print_table(&t);
        if ok {
            ctx.out.print("Real-time import is enabled. Check it end to end: oa-rt test-import --record customer:ID");
        }
    }
    if !open.is_empty() {
        return Err(interact::waiting_failure(&open).into());
    }
    if !ok && findings.iter().any(|f| f.verdict == Verdict::Fail) {
        return Err(Failure::new(
            crate::error::Kind::Failed,
            "the real-time import is not working yet (see the checks above)",
        )
        .into());
    }
    Ok(checks_exit(ok))
}
