//! Step 6 of the seed: OpenAir accepts the import. Its XML API is observed (`Whoami`); the NetSuite Connector's
//! switches have no API at all: they are set in OpenAir's admin form (guided), and only evidence shows them — a
//! `test-import` that landed proves the whole chain (switches, certificate, settings) at that moment; the proof is
//! kept in the evidence file per account with the certificate it was made under, and stops counting once the
//! certificate changes.

use anyhow::Result;
use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};

use super::{Action, Applied, Apply, Finding, How, Item, Outcome, Step, StepId, Verdict, View};
use crate::operator::{GuideOutcome, Guided};
use crate::platform::ui::UiAction;

/// Step 6: OpenAir's side.
pub struct OpenAir;

impl Step for OpenAir {
    fn id(&self) -> StepId {
        StepId::Openair
    }

    fn explain(&self) -> &'static str {
        "OpenAir must accept the import: the NetSuite Connector's real-time and OAuth 2.0 boxes, set in OpenAir's admin form (no API)."
    }

    fn check(&self, view: &View<'_>) -> Vec<Finding> {
        vec![
            match &view.snap.openair {
                Ok(who) => Finding::new("XML API", Verdict::Ok, format!("answers as {who}")),
                Err(u) => u.finding("XML API").fix("oa-rt profile test"),
            },
            switches(view),
        ]
    }

    /// The admin form is due when OpenAir never made a certificate (the real-time import was never switched on
    /// for the certificate flow). Leads and prospects newly included are the settings step's: OpenAir's setting
    /// comes before NetSuite's boxes (seed step 5's note).
    fn plan(&self, view: &View<'_>) -> Vec<Item> {
        let (snap, target) = (view.snap, view.target);
        let never_generated = snap
            .certificate
            .as_ref()
            .is_ok_and(|c| !c.exists || c.placeholder);
        if !never_generated {
            return Vec::new();
        }
        vec![Item {
            step: StepId::Openair,
            what: "switch the real-time import on in OpenAir's admin form".into(),
            now: "not set up for certificates".into(),
            wanted: format!(
                "real-time on, OAuth 2.0 on{}{}",
                if target.include_leads { ", leads" } else { "" },
                if target.include_prospects {
                    ", prospects"
                } else {
                    ""
                }
            ),
            how: How::Guided,
            action: Action::OpenairForm {
                leads: target.include_leads,
                prospects: target.include_prospects,
            },
        }]
    }

    fn apply<'a>(
        &'a self,
        cx: &'a Apply<'a>,
        items: &'a [&'a Item],
        result: &'a mut Applied,
    ) -> LocalBoxFuture<'a, Result<()>> {
        apply(cx, items, result).boxed_local()
    }
}

/// No API shows the connector's switches: only a landed test import under the current certificate proves them.
fn switches(view: &View<'_>) -> Finding {
    let current = super::certificate::fingerprint(view.snap.certificate.as_ref().ok());
    match view.evidence.proof(&view.snap.account) {
        Some(p) if current.is_some() && p.certificate_sha256 == current => Finding::new(
            "NetSuite Connector switches",
            Verdict::Confirmed,
            format!(
                "a test import of {} landed in OpenAir on {} under the current certificate",
                p.record,
                &p.landed_at[..10.min(p.landed_at.len())]
            ),
        ),
        _ => Finding::new(
            "NetSuite Connector switches",
            Verdict::NeedsCheck,
            "no API shows OpenAir's real-time and OAuth 2.0 boxes; a test import that lands proves them",
        )
        .fix("oa-rt test-import --record customer:ID"),
    }
}

/// The OpenAir admin form's guided steps: the real-time and OAuth 2.0 boxes, and leads/prospects as NetSuite's
/// settings record includes them.
pub fn admin_form(leads: bool, prospects: bool) -> Guided {
    let mut steps = vec![
        SIGN_IN.to_string(),
        OPEN_FORM.to_string(),
        "Check \"Enable NetSuite real-time integration\"".to_string(),
        "Check \"Use OAuth 2.0 for NetSuite Single Sign-On Integration and Real-Time Record Import\"".to_string(),
    ];
    steps.extend(customer_import_steps(leads, prospects));
    steps.push(SAVE.into());
    Guided {
        title: "Switch the real-time import on in OpenAir".into(),
        why: "OpenAir has no public API for the NetSuite Connector's settings".into(),
        steps,
        simulate: Some(UiAction::OpenairAdmin {
            realtime: Some(true),
            oauth2: Some(true),
            leads: leads.then_some(true),
            prospects: prospects.then_some(true),
        }),
    }
}

/// The admin form's first steps and its Save, as OpenAir's help describes them (SPP article_75103848087,
/// article_161358211715); OpenAir is now named NetSuite SuiteProjects Pro, and its UI may show either name.
const SIGN_IN: &str = "Sign in to OpenAir (now named NetSuite SuiteProjects Pro; the UI may show either name) as an administrator";
const OPEN_FORM: &str = "Go to Administration > NetSuite Connector, click the Tips button, then NetSuite Connector administration";
const SAVE: &str = "Click Save (the Save button is disabled while scheduled or real-time integrations are active, unless \"Do not prevent save on the NetSuite Connector administration form\" is checked)";

/// The admin form's settings that include NetSuite leads and prospects in the customers import, as OpenAir names
/// them (SPP article_162370727212; under the SuiteProjects Pro brand the box reads "Export to SuiteProjects Pro").
pub const LEADS_SETTING: &str =
    "Include NetSuite leads marked 'Export to OpenAir' in the customers import";
pub const PROSPECTS_SETTING: &str =
    "Include NetSuite prospects marked 'Export to OpenAir' in the customers import";

/// The admin-form lines for leads and prospects, each with the other brand's wording.
fn customer_import_steps(leads: bool, prospects: bool) -> Vec<String> {
    [(leads, LEADS_SETTING), (prospects, PROSPECTS_SETTING)]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, label)| {
            format!(
                "Check \"{label}\" (shown as \"{}\" under the SuiteProjects Pro brand)",
                label.replace("Export to OpenAir", "Export to SuiteProjects Pro")
            )
        })
        .collect()
}

/// Seed step 5's note: before NetSuite's settings record includes leads or prospects, OpenAir's NetSuite Connector
/// administration form must include them in the customers import.
pub fn customer_import_form(leads: bool, prospects: bool) -> Guided {
    let mut steps = vec![SIGN_IN.to_string(), OPEN_FORM.to_string()];
    steps.extend(customer_import_steps(leads, prospects));
    steps.push(SAVE.into());
    Guided {
        title: format!(
            "First in OpenAir: include NetSuite {} in the customers import",
            match (leads, prospects) {
                (true, true) => "leads and prospects",
                (true, false) => "leads",
                _ => "prospects",
            }
        ),
        why: "the checklist (step 5) enables these in OpenAir's NetSuite Connector administration form before NetSuite's settings record includes them; OpenAir has no API for it".into(),
        steps,
        simulate: Some(UiAction::OpenairAdmin {
            realtime: None,
            oauth2: None,
            leads: leads.then_some(true),
            prospects: prospects.then_some(true),
        }),
    }
}

/// The question a person answers after the customers-import settings.
pub const CUSTOMER_IMPORT_QUESTION: &str = "Saved in OpenAir with those boxes checked?";

/// The question a person answers after the admin form.
pub const ADMIN_FORM_QUESTION: &str = "Saved with both boxes checked?";

/// Guides the admin form; its effect is not observable (the certificate step and the test import show it).
async fn apply(cx: &Apply<'_>, items: &[&Item], result: &mut Applied) -> Result<()> {
    for item in items {
        let Action::OpenairForm { leads, prospects } = &item.action else {
            continue;
        };
        let form = admin_form(*leads, *prospects);
        let g = cx.operator.guide(&form, ADMIN_FORM_QUESTION).await?;
        if g == GuideOutcome::Waiting {
            result.open.push(form);
        }
        result.push(
            item,
            match Outcome::of_guided(g) {
                Outcome::Guided => Outcome::Unobservable,
                other => other,
            },
        );
    }
    Ok(())
}

/// A test import that landed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proof {
    pub account: String,
    /// `customer:1001`.
    pub record: String,
    pub landed_at: String,
    /// The SHA-256 fingerprint of NetSuite's real-time certificate when it landed.
    pub certificate_sha256: Option<String>,
}
