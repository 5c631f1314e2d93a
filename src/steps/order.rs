//! Step 4 of the seed: the v2.0 send script must run after every other afterSubmit user event script of its
//! record type. No API reads the Scripted Records order, so the documented rules decide what they can — a
//! script that also has a beforeSubmit entry point runs before, a localized script runs after — and the rest is
//! set on the Scripted Records page: the administrator looks and the tool records that confirmation, with what it
//! was based on, so that a later change (another script, a bundle update) makes it stale. The tool never claims
//! to have read the order.

use std::collections::BTreeMap;

use anyhow::Result;
use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};

use super::deployments::{ApiVersion, Observation as DeployObservation};
use super::reads::{Ask, Reads, Unread};
use super::{
    Action, Applied, Apply, Evidence, Finding, How, Item, Outcome, Part, Step, StepId, Unobserved,
    Verdict, View,
};
use crate::client::netsuite::{NetSuite, Row};
use crate::error::Failure;
use crate::operator::{GuideOutcome, Guided};
use crate::platform::ui::UiAction;

/// The seed's "Real-Time Import Functionality and Controls", where they change what a person should expect of a save.
pub const UI_SAVES_ONLY: &str = "The send script runs as an afterSubmit user event when a person saves the record in NetSuite's UI (the form's Save, or inline editing in a list). Records created or changed by CSV import, SuiteScript or SuiteFlow are not sent in real time (a scheduled or manual integration run imports them); leads and prospects only when they are modified.";

/// The seed: real-time imports wait behind scheduled integration runs.
pub const QUEUED_BEHIND_RUNS: &str = "Real-time imports are queued: scheduled integration runs go first, and OpenAir may answer that the request was added to the queue.";

/// Whether a script's entry point column names one: null, empty and `F` mean none (public code reads it so;
/// docs/emulator-fidelity.md).
fn entry_point(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.trim().is_empty() && !v.trim().eq_ignore_ascii_case("F"))
}

/// A user event script deployed on a record type, as SuiteQL shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UeScript {
    pub scriptid: String,
    pub name: String,
    pub before_submit: bool,
    pub after_submit: bool,
    /// Localized (deployed for some localization contexts only), or why that could not be read.
    pub localized: std::result::Result<bool, String>,
    /// Bundles shipping it (empty for the account's own scripts).
    pub bundles: Vec<String>,
}

/// How another afterSubmit script relates to the send script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// It also has a beforeSubmit entry point: it runs first in afterSubmit.
    RunsBefore,
    /// Localized: it runs after the non-localized send script — a definite failure.
    RunsAfter,
    /// Same group: the Scripted Records page decides (no API can read it).
    PageOrder,
}

pub fn relation(s: &UeScript) -> Relation {
    if s.before_submit {
        Relation::RunsBefore
    } else if s.localized == Ok(true) {
        Relation::RunsAfter
    } else {
        Relation::PageOrder
    }
}

/// What one record type's deployed user event scripts look like.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordTypeScripts {
    pub record_type: String,
    pub send_script: String,
    pub others: Vec<UeScript>,
}

/// Observe: for every record type where the v2.0 send script is deployed, the other deployed afterSubmit scripts
/// (unobserved when the deployments were, or when the account refuses the question).
/// The other user event scripts on the record types the v2.0 send script is deployed on, from what was read
/// (unobserved when the deployments are).
pub fn from_reads(
    reads: &Reads,
    deploy: &Part<DeployObservation>,
) -> Result<Part<Vec<RecordTypeScripts>>> {
    match deploy {
        Ok(d) => match build(reads, d) {
            Ok(types) => Ok(Ok(types)),
            Err(u) => super::part(Err(u.error())),
        },
        Err(u) => Ok(Err(Unobserved {
            detail: format!(
                "depends on the deployments, which could not be read: {}",
                u.detail
            ),
            ..u.clone()
        })),
    }
}

/// What the order step reads: the deployments' questions, and the other scripts on the send script's record types.
pub fn ask(role: &str) -> Ask {
    super::deployments::ask(role).and(Ask {
        others: Some(OTHERS_QUERY.clone()),
        ..Default::default()
    })
}

/// Every afterSubmit-capable user event script deployed on a record type where a send script (by name, v2.0) is
/// deployed: a superset of what the order needs, in one query where the deployments would otherwise have to be
/// read first. [`from_reads`] keeps the record types of the send script the deployments step recognises.
pub static OTHERS_QUERY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT u.recordtype, u.scriptid AS deployment, s.id AS script, s.scriptid, s.name,
                s.beforesubmitfunction, s.aftersubmitfunction
         FROM usereventscriptdeployment u JOIN script s ON s.id = u.script
         WHERE s.scripttype = 'USEREVENT' AND u.isdeployed = 'T' AND s.isinactive = 'F'
           AND u.recordtype IN (
             SELECT v.recordtype FROM usereventscriptdeployment v JOIN script w ON w.id = v.script
             WHERE w.scripttype = 'USEREVENT' AND v.isdeployed = 'T' AND w.apiversion LIKE '2%' AND ({}))
         ORDER BY u.recordtype, s.scriptid",
        super::deployments::name_filter("w")
    )
});

fn build(
    reads: &Reads,
    deploy: &DeployObservation,
) -> std::result::Result<Vec<RecordTypeScripts>, Unread> {
    let Some(v2) = deploy.script(ApiVersion::V2) else {
        return Ok(Vec::new());
    };
    let mut types: Vec<String> = deploy
        .deployments
        .iter()
        .filter(|d| d.script == v2.id && d.deployed)
        .map(|d| d.record_type.clone())
        .collect();
    types.sort();
    types.dedup();
    if types.is_empty() {
        return Ok(Vec::new());
    }
    let rows = reads.others.as_ref().map_err(Unread::clone)?;
    // Whether a deployment is localized: only the deployment record shows it (the companion RESTlet reads it).
    let fields = super::deployments::fields_from(&reads.deployment_fields)?;
    let mut by_type: BTreeMap<String, Vec<UeScript>> =
        types.iter().map(|t| (t.clone(), Vec::new())).collect();
    fn column<'r>(r: &'r Row, c: &str) -> std::result::Result<&'r str, Unread> {
        r.require(c).map_err(|e| unexpected(&e))
    }
    for r in rows {
        let rt = column(r, "recordtype")?.to_ascii_uppercase();
        if column(r, "script")? == v2.id || !types.contains(&rt) {
            continue;
        }
        let localized = fields(column(r, "deployment")?)
            .map(|f| !f.all_localization_contexts || f.localization_context.is_some());
        let script = UeScript {
            scriptid: column(r, "scriptid")?.to_string(),
            name: r.get("name").unwrap_or("").to_string(),
            before_submit: entry_point(r.get("beforesubmitfunction")),
            after_submit: entry_point(r.get("aftersubmitfunction")),
            localized,
            bundles: Vec::new(),
        };
        let list = by_type.entry(rt).or_default();
        // A script deployed twice on one type is one row on the Scripted Records page; localized if either is.
        match list.iter_mut().find(|s| s.scriptid == script.scriptid) {
            Some(known) if script.localized == Ok(true) => known.localized = Ok(true),
            Some(_) => {}
            None if script.after_submit => list.push(script),
            None => {}
        }
    }
    // Which bundles ship the other scripts: their versions are part of what a confirmation rests on. Without the
    // companion the bundles stay unknown: confirmations then rest on the SRP bundles only.
    if let Ok(m) = &reads.script_bundles {
        for s in by_type.values_mut().flatten() {
            s.bundles = m.of(&s.scriptid);
        }
    }
    Ok(by_type
        .into_iter()
        .map(|(record_type, others)| RecordTypeScripts {
            record_type,
            send_script: v2.scriptid.clone(),
            others,
        })
        .collect())
}

/// A row without a column it must have, as a part that could not be read: NetSuite's answer is not what the
/// query asks for.
fn unexpected(e: &anyhow::Error) -> Unread {
    Unread::Unexpected(format!("{e:#}"))
}

/// A recorded confirmation of one record type's order, with what it was based on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Confirmation {
    pub account: String,
    pub record_type: String,
    pub confirmed_at: String,
    pub confirmed_by: String,
    pub send_script: String,
    /// The scripts whose place only the page decides, sorted.
    pub scripts: Vec<String>,
    /// Versions of the bundles involved when confirmed (the SRP bundles and those of the scripts).
    pub bundles: BTreeMap<String, String>,
}

/// The bundles whose versions a confirmation depends on: the SRP bundles and those shipping the scripts.
pub fn relevant_bundles(
    rt: &RecordTypeScripts,
    installed: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    let mut ids: Vec<String> = vec!["369637".into(), "369630".into()];
    for s in &rt.others {
        ids.extend(s.bundles.iter().cloned());
    }
    ids.into_iter()
        .filter_map(|id| installed.get(&id).map(|v| (id, v.clone())))
        .collect()
}

/// The scripts whose place only the page decides.
pub fn page_order_scripts(rt: &RecordTypeScripts) -> Vec<String> {
    let mut v: Vec<String> = rt
        .others
        .iter()
        .filter(|s| relation(s) == Relation::PageOrder)
        .map(|s| s.scriptid.clone())
        .collect();
    v.sort();
    v
}

/// One record type's verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeReport {
    pub record_type: String,
    pub verdict: Verdict,
    pub scripts: Vec<ScriptReport>,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmation: Option<Confirmation>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScriptReport {
    pub script: String,
    pub name: String,
    pub relation: Relation,
}

/// The UI path where the order is seen and set (the record type by its label, as the Scripted Records list shows
/// it).
pub fn ui_path(record_type: &str) -> String {
    format!(
        "Customization > Scripting > Scripted Records > {} > Edit",
        crate::platform::record_types::label(record_type)
    )
}

/// Check: the verdict for each record type — ok (nothing can run after), fail (a localized script runs after),
/// confirmed (page order confirmed and still valid), needs-check (only a person can see the page order).
pub fn evaluate(
    types: &[RecordTypeScripts],
    evidence: &Evidence,
    account: &str,
    installed: &BTreeMap<String, String>,
) -> Vec<TypeReport> {
    types
        .iter()
        .map(|rt| {
            let scripts: Vec<ScriptReport> = rt
                .others
                .iter()
                .map(|s| ScriptReport {
                    script: s.scriptid.clone(),
                    name: s.name.clone(),
                    relation: relation(s),
                })
                .collect();
            let after: Vec<&ScriptReport> = scripts.iter().filter(|s| s.relation == Relation::RunsAfter).collect();
            let page: Vec<String> = page_order_scripts(rt);
            let (verdict, detail, fix, confirmation) = if !after.is_empty() {
                (
                    Verdict::Fail,
                    format!(
                        "localized scripts run after the non-localized send script whatever the page says: {}",
                        after.iter().map(|s| s.script.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                    Some("undeploy the localized script for this record type, or accept that OpenAir may miss its changes; the order cannot be changed".into()),
                    None,
                )
            } else if page.is_empty() {
                let detail = if scripts.is_empty() {
                    "no other afterSubmit script is deployed on this record type"
                } else {
                    "every other afterSubmit script also has a beforeSubmit entry point, so it runs first"
                };
                (Verdict::Ok, detail.into(), None, None)
            } else {
                let basis = relevant_bundles(rt, installed);
                match evidence.confirmation(account, &rt.record_type) {
                    Some(c) if c.scripts == page && c.bundles == basis && c.send_script == rt.send_script => (
                        Verdict::Confirmed,
                        format!(
                            "confirmed by {} at {}: the send script is below {}",
                            c.confirmed_by,
                            c.confirmed_at,
                            page.join(", ")
                        ),
                        None,
                        Some(c.clone()),
                    ),
                    Some(c) => (
                        Verdict::NeedsCheck,
                        format!(
                            "the confirmation of {} is stale: {}",
                            &c.confirmed_at[..10.min(c.confirmed_at.len())],
                            stale_reason(c, &page, &basis)
                        ),
                        Some(format!("look again and run `oa-rt verify-order --confirm {}`", rt.record_type)),
                        Some(c.clone()),
                    ),
                    None => (
                        Verdict::NeedsCheck,
                        format!(
                            "only the Scripted Records page shows whether the send script runs after {} (no API can read it){}",
                            page.join(", "),
                            unknown_localization(rt)
                        ),
                        Some(format!("check {} and run `oa-rt verify-order --confirm {}`", ui_path(&rt.record_type), rt.record_type)),
                        None,
                    ),
                }
            };
            TypeReport {
                record_type: rt.record_type.clone(),
                verdict,
                scripts,
                detail,
                fix,
                confirmation,
            }
        })
        .collect()
}

/// What could not be read about the scripts' localization, as a clause (empty when everything was).
fn unknown_localization(rt: &RecordTypeScripts) -> String {
    let unknown: Vec<String> = rt
        .others
        .iter()
        .filter_map(|s| {
            s.localized
                .as_ref()
                .err()
                .map(|why| format!("{} ({why})", s.scriptid))
        })
        .collect();
    if unknown.is_empty() {
        return String::new();
    }
    format!(
        "; whether these are localized could not be read, and a localized script runs after the send script whatever the page says: {}",
        unknown.join(", ")
    )
}

fn stale_reason(c: &Confirmation, page: &[String], basis: &BTreeMap<String, String>) -> String {
    let mut reasons = Vec::new();
    if c.scripts != page {
        reasons.push(format!(
            "the scripts were {} and are now {}",
            c.scripts.join(", "),
            page.join(", ")
        ));
    }
    for (id, v) in basis {
        match c.bundles.get(id) {
            Some(old) if old != v => reasons.push(format!("bundle {id} was {old} and is now {v}")),
            None => reasons.push(format!("bundle {id} ({v}) was not there")),
            _ => {}
        }
    }
    if reasons.is_empty() {
        reasons.push("the send script changed".into());
    }
    reasons.join("; ")
}

/// The finding form of a type report (for `status`).
pub fn finding(r: &TypeReport) -> Finding {
    Finding {
        check: format!("running order: {}", r.record_type),
        verdict: r.verdict,
        detail: r.detail.clone(),
        fix: r.fix.clone(),
    }
}

/// Step 4: the running order of the send script.
pub struct Order;

impl Step for Order {
    fn id(&self) -> StepId {
        StepId::Order
    }

    fn explain(&self) -> &'static str {
        "The send script must run after every other afterSubmit script of its record type; only the Scripted Records page shows and sets that order."
    }

    fn check(&self, view: &View<'_>) -> Vec<Finding> {
        if let Err(u) = &view.snap.order {
            return vec![u.finding("running order")];
        }
        reports(view).iter().map(finding).collect()
    }

    fn plan(&self, view: &View<'_>) -> Vec<Item> {
        reports(view)
            .into_iter()
            .filter(|r| r.verdict == Verdict::NeedsCheck)
            .map(|r| Item {
                step: StepId::Order,
                what: format!("confirm the running order of {}", r.record_type),
                now: "not confirmed".into(),
                wanted: "the send script below every other afterSubmit script".into(),
                how: How::Guided,
                action: Action::ConfirmOrder {
                    record_type: r.record_type,
                },
            })
            .collect()
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

fn reports(view: &View<'_>) -> Vec<TypeReport> {
    let Ok(types) = &view.snap.order else {
        return Vec::new();
    };
    evaluate(
        types,
        view.evidence,
        &view.snap.account,
        &view.snap.installed(),
    )
}

/// The record types' scripts and what a confirmation rests on, observed afresh.
pub struct Observed {
    pub types: Vec<RecordTypeScripts>,
    pub basis: Basis,
}

/// What a confirmation rests on besides the record type's scripts.
pub struct Basis {
    pub account: String,
    /// The v2.0 send script's name, as the page shows it.
    pub send_name: String,
    pub installed: BTreeMap<String, String>,
}

/// Observes the deployments, then the other scripts on the send script's record types, and the bundles.
pub async fn observe_all(netsuite: &NetSuite, role: &str) -> Result<Part<Observed>> {
    let reads = super::reads::read(netsuite, &ask(role).and(super::bundles::ask())).await?;
    let deploy = match super::deployments::from_reads(&reads, role)? {
        Ok(deploy) => deploy,
        Err(u) => return Ok(Err(u)),
    };
    let types = match from_reads(&reads, &Ok(deploy.clone()))? {
        Ok(types) => types,
        Err(u) => return Ok(Err(u)),
    };
    Ok(Ok(Observed {
        types,
        basis: Basis {
            account: netsuite.account().to_string(),
            send_name: deploy
                .script(ApiVersion::V2)
                .map(|s| s.name.clone())
                .unwrap_or_else(|| "OpenAir: Send Record to OpenAir v2.0".into()),
            installed: super::bundles::installed(&reads)?,
        },
    }))
}

/// Guides a look at the Scripted Records page for each record type and records the confirmation.
async fn apply(cx: &Apply<'_>, items: &[&Item], result: &mut Applied) -> Result<()> {
    let observed = observe_all(&cx.clients.netsuite, &cx.target.role)
        .await?
        .map_err(Failure::from)?;
    let mut evidence = Evidence::load(&cx.target.evidence)?;
    for item in items {
        let Action::ConfirmOrder { record_type } = &item.action else {
            continue;
        };
        let Some(rt) = observed
            .types
            .iter()
            .find(|t| &t.record_type == record_type)
        else {
            result.push(
                item,
                Outcome::Failed(format!(
                    "the v2.0 send script is no longer deployed on {record_type}"
                )),
            );
            continue;
        };
        let open = confirm(cx, rt, &observed.basis, &mut evidence).await?;
        let b = &observed.basis;
        let confirmed = evaluate(
            std::slice::from_ref(rt),
            &evidence,
            &b.account,
            &b.installed,
        )
        .iter()
        .all(|r| r.verdict.passes());
        let outcome = match (&open, confirmed) {
            (Some(_), _) => Outcome::Waiting,
            (None, true) => Outcome::Guided,
            (None, false) => Outcome::NotDone,
        };
        result.open.extend(open);
        result.push(item, outcome);
    }
    Ok(())
}

/// Shows where to look, gets a person's answer — at the terminal, or named by `--confirmed-by` (on an emulator the
/// simulated operator plays the person) — and records it in the evidence file with who gave it. Returns the guided
/// step when nobody could answer; nothing is recorded then.
pub async fn confirm(
    cx: &Apply<'_>,
    rt: &RecordTypeScripts,
    basis: &Basis,
    evidence: &mut Evidence,
) -> Result<Option<Guided>> {
    let label = crate::platform::record_types::label(&rt.record_type);
    let after: Vec<&str> = rt
        .others
        .iter()
        .filter(|s| relation(s) == Relation::RunsAfter)
        .map(|s| s.scriptid.as_str())
        .collect();
    if !after.is_empty() {
        return Err(Failure::failed(format!(
            "nothing to confirm on {}: the localized script(s) {} run after the send script whatever the page says",
            label,
            after.join(", ")
        ))
        .into());
    }
    let page = page_order_scripts(rt);
    if page.is_empty() {
        cx.out.note(&format!(
            "{label}: nothing to confirm, no other afterSubmit script can run after the send script."
        ));
        return Ok(None);
    }
    let names: Vec<String> = rt
        .others
        .iter()
        .filter(|s| page.contains(&s.scriptid))
        .map(|s| format!("{} ({})", s.name, s.scriptid))
        .collect();
    let guided = Guided {
        title: format!("Check the running order of {label} scripts"),
        why: "no API reads the Scripted Records order; only the page shows it".into(),
        steps: vec![
            "Go to Customization > Scripting > Scripted Records".into(),
            format!("Click {label} and then Edit"),
            format!(
                "In the User Event Scripts, After Submit list, find \"{}\"",
                basis.send_name
            ),
            format!("It must be below: {}", names.join("; ")),
            "If it is not, drag it to the bottom of the list and click Save".into(),
        ],
        simulate: Some(UiAction::Order {
            record_type: rt.record_type.clone(),
            scripts: Vec::new(),
            last: Some(rt.send_script.clone()),
        }),
    };
    let outcome = cx
        .operator
        .guide(&guided, "Is the send script below all of them now?")
        .await?;
    let by = match outcome {
        GuideOutcome::Waiting => return Ok(Some(guided)),
        GuideOutcome::Declined => {
            cx.out.note(&format!(
                "Not recorded: drag the send script to the bottom of {label}'s After Submit list, Save, and confirm again."
            ));
            return Ok(None);
        }
        GuideOutcome::Simulated | GuideOutcome::Reported => match cx.operator.attester() {
            Some(by) => by,
            None => return Ok(Some(guided)),
        },
    };
    let confirmation = Confirmation {
        account: basis.account.clone(),
        record_type: rt.record_type.clone(),
        confirmed_at: crate::clock::rfc3339(),
        confirmed_by: by,
        send_script: rt.send_script.clone(),
        scripts: page,
        bundles: relevant_bundles(rt, &basis.installed),
    };
    let path = &cx.target.evidence;
    evidence.record_confirmation(path, confirmation)?;
    cx.out.note(&format!(
        "Recorded the confirmation for {} in {}.",
        crate::platform::record_types::label(&rt.record_type),
        path.display()
    ));
    Ok(None)
}

/// An afterSubmit script for unit tests of the order rules (here and in the probe).
#[cfg(test)]
pub(crate) fn script_for_tests(id: &str, before: bool, localized: bool) -> UeScript {
    UeScript {
        scriptid: id.into(),
        name: id.into(),
        before_submit: before,
        after_submit: true,
        localized: Ok(localized),
        bundles: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::script_for_tests as s;

    fn rt(others: Vec<UeScript>) -> RecordTypeScripts {
        RecordTypeScripts {
            record_type: "CUSTOMER".into(),
            send_script: "customscript_send_v2".into(),
            others,
        }
    }

    fn installed(v630: &str) -> BTreeMap<String, String> {
        BTreeMap::from([
            ("369637".into(), "5.06".into()),
            ("369630".into(), v630.into()),
        ])
    }

    fn confirmation(scripts: &[&str], v630: &str) -> Evidence {
        Evidence {
            confirmations: vec![Confirmation {
                account: "1_SB1".into(),
                record_type: "CUSTOMER".into(),
                confirmed_at: "2026-11-28T12:00:00Z".into(),
                confirmed_by: "ada".into(),
                send_script: "customscript_send_v2".into(),
                scripts: scripts.iter().map(|s| s.to_string()).collect(),
                bundles: installed(v630),
            }],
            proofs: Vec::new(),
        }
    }

    #[test]
    fn the_documented_rules_classify_scripts() {
        assert_eq!(relation(&s("a", true, false)), Relation::RunsBefore);
        assert_eq!(relation(&s("a", true, true)), Relation::RunsBefore);
        assert_eq!(relation(&s("a", false, true)), Relation::RunsAfter);
        assert_eq!(relation(&s("a", false, false)), Relation::PageOrder);
    }

    #[test]
    fn verdicts() {
        let none = Evidence::default();
        let v = |types: Vec<UeScript>, c: &Evidence, v630: &str| {
            evaluate(&[rt(types)], c, "1_SB1", &installed(v630))[0].verdict
        };
        assert_eq!(
            v(vec![s("defaults", true, false)], &none, "4.03"),
            Verdict::Ok
        );
        assert_eq!(v(vec![s("tax", false, true)], &none, "4.03"), Verdict::Fail);
        assert_eq!(
            v(vec![s("sync", false, false)], &none, "4.03"),
            Verdict::NeedsCheck
        );
        let c = confirmation(&["sync"], "4.03");
        assert_eq!(
            v(vec![s("sync", false, false)], &c, "4.03"),
            Verdict::Confirmed
        );
        // Stale: a bundle update, or another script.
        assert_eq!(
            v(vec![s("sync", false, false)], &c, "4.04"),
            Verdict::NeedsCheck
        );
        assert_eq!(
            v(
                vec![s("sync", false, false), s("audit", false, false)],
                &c,
                "4.03"
            ),
            Verdict::NeedsCheck
        );
        // A localized script fails even with a confirmation.
        assert_eq!(
            v(
                vec![s("sync", false, false), s("tax", false, true)],
                &c,
                "4.03"
            ),
            Verdict::Fail
        );
    }

    #[test]
    fn stale_confirmations_say_why() {
        let c = confirmation(&["sync"], "4.03");
        let r = evaluate(
            &[rt(vec![s("sync", false, false)])],
            &c,
            "1_SB1",
            &installed("4.04"),
        );
        assert!(
            r[0].detail
                .contains("bundle 369630 was 4.03 and is now 4.04"),
            "{}",
            r[0].detail
        );
    }
}
