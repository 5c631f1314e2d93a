//! Step 1 of the seed: the SRP bundles. Installed bundles are visible only to SuiteScript (`N/suiteAppInfo`), so
//! they are observed through the companion RESTlet's `bundles.list`; the rules below are pure.
//!
//! Rules (platform-facts §1): 369637 ≥ 4.0; 369630 ≥ 3.0; 369630 ≥ 4.02 needs 369637 ≥ 5.02; and 369637 must reach
//! 4.0 before 369630 is updated to 3.0. Those are the seed's prerequisites (step 1): a gap is `fail`.
//!
//! 369619 (Single Sign-On) is not one: the seed never names it. It carries OpenAir NetSuite Connector's single
//! sign-on, and 7.0 is its release for the OIDC (OAuth 2.0) sign-on that replaces SuiteSignOn. So when installed
//! below 7.0 (or unreadable, or updated to 7.0 before 369637 reached 4.0 — the documented order) it is `warn` with
//! why it matters, never `fail`; its update is offered as optional guidance (`oa-rt bundles`), never planned.

use anyhow::Result;
use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use serde::Serialize;

use super::{
    Action, Applied, Apply, Finding, How, Item, Outcome, Part, Step, StepId, Unobserved, Verdict,
    View,
};
use crate::client::netsuite::NetSuite;
use crate::error::Failure;
use crate::operator::Guided;
pub use crate::platform::bundles::Version;
use crate::platform::bundles::newest;
pub use crate::platform::companion::InstalledBundle;
use crate::platform::ui::UiAction;

/// A bundle the real-time import depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BundleSpec {
    pub id: &'static str,
    pub legacy_id: &'static str,
    pub name: &'static str,
    /// A seed prerequisite. The others are checked only when installed, and only warn.
    pub required: bool,
    pub minimum: &'static str,
}

pub const SRP_INTEGRATION: BundleSpec = BundleSpec {
    id: "369637",
    legacy_id: "2851",
    name: "SRP Integration",
    required: true,
    minimum: "4.0",
};
pub const REALTIME_ADDON: BundleSpec = BundleSpec {
    id: "369630",
    legacy_id: "12610",
    name: "SRP Real-time Add-on",
    required: true,
    minimum: "3.0",
};
pub const SINGLE_SIGN_ON: BundleSpec = BundleSpec {
    id: "369619",
    legacy_id: "13512",
    name: "Single Sign-On",
    required: false,
    minimum: "7.0",
};
pub const SPECS: [BundleSpec; 3] = [SRP_INTEGRATION, REALTIME_ADDON, SINGLE_SIGN_ON];

/// 369630 from this version no longer ships the certificate record and needs 369637 at [`ADDON_NEEDS_SRP`].
const ADDON_SPLIT: &str = "4.02";
const ADDON_NEEDS_SRP: &str = "5.02";

/// Observe: the installed bundles, unobserved when the companion RESTlet that could tell is missing (bundles
/// are visible only to SuiteScript).
pub async fn observe(netsuite: &NetSuite) -> Result<Part<Vec<InstalledBundle>>> {
    from_reads(&super::reads::read(netsuite, &ask()).await?)
}

/// What the bundles step reads: the installed bundles.
pub fn ask() -> super::reads::Ask {
    super::reads::Ask {
        bundles: true,
        ..Default::default()
    }
}

/// The installed bundles from what was read.
pub fn from_reads(reads: &super::reads::Reads) -> Result<Part<Vec<InstalledBundle>>> {
    match &reads.bundles {
        Ok(list) => Ok(Ok(list.clone())),
        Err(super::reads::Unread::Missing(_)) => Ok(Err(Unobserved::new(
            Verdict::Fail,
            "cannot read installed bundles: the oa-rt companion RESTlet is not deployed (bundles are visible only to SuiteScript)",
        )
        .fix(super::COMPANION_INSTALL_FIX))),
        Err(u) => super::part(Err(u.error())),
    }
}

/// The installed bundles as id → version (empty when they cannot be read).
/// The installed bundles as id → version, from what was read (none when they could not be read).
pub fn installed(
    reads: &super::reads::Reads,
) -> Result<std::collections::BTreeMap<String, String>> {
    Ok(from_reads(reads)?
        .unwrap_or_default()
        .into_iter()
        .map(|b| (b.id, b.version))
        .collect())
}

/// One row of the bundle table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BundleRow {
    pub id: &'static str,
    pub legacy_id: &'static str,
    pub name: &'static str,
    pub installed: Option<String>,
    pub required: String,
    pub verdict: Verdict,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_last_updated: Option<String>,
}

/// Whether a bundle is installed afresh or updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BundleAction {
    Install,
    Update,
}

impl BundleAction {
    pub fn as_str(self) -> &'static str {
        match self {
            BundleAction::Install => "install",
            BundleAction::Update => "update",
        }
    }
}

/// A bundle update the administrator must make in SuiteBundler (no API installs bundles), in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GuidedUpdate {
    pub order: usize,
    pub bundle: &'static str,
    pub name: &'static str,
    /// Not a seed prerequisite (369619): shown as guidance, never planned or applied.
    pub optional: bool,
    pub action: BundleAction,
    pub from: Option<String>,
    pub target: String,
    pub ui_path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BundleReport {
    pub ok: bool,
    pub bundles: Vec<BundleRow>,
    /// Rules across bundles (dependency, update order).
    pub findings: Vec<Finding>,
    pub plan: Vec<GuidedUpdate>,
}

/// Check + plan: every rule applied to what is installed.
pub fn evaluate(installed: &[InstalledBundle]) -> BundleReport {
    let find = |spec: &BundleSpec| {
        installed
            .iter()
            .find(|b| b.id.trim() == spec.id || b.id.trim() == spec.legacy_id)
    };
    let version_of = |spec: &BundleSpec| find(spec).and_then(|b| Version::parse(&b.version));
    let srp = version_of(&SRP_INTEGRATION);
    let addon = version_of(&REALTIME_ADDON);
    let addon_split = addon
        .as_ref()
        .is_some_and(|v| *v >= Version::of(ADDON_SPLIT));

    let mut rows = Vec::new();
    let mut findings = Vec::new();
    for spec in SPECS {
        let bundle = find(&spec);
        // 369637's own minimum rises when 369630 is at 4.02 or later.
        let minimum = if spec == SRP_INTEGRATION && addon_split {
            ADDON_NEEDS_SRP
        } else {
            spec.minimum
        };
        let required = if spec.required {
            format!(">= {minimum}")
        } else {
            format!(">= {minimum} when installed")
        };
        // What is wrong with a bundle the seed does not require is a warning (see the module comment).
        let problem = if spec.required {
            Verdict::Fail
        } else {
            Verdict::Warn
        };
        let (verdict, detail) = match bundle {
            None if spec.required => (Verdict::Fail, "not installed".to_string()),
            None => (Verdict::Ok, "not installed (optional)".to_string()),
            Some(b) => match Version::parse(&b.version) {
                None => (
                    problem,
                    format!(
                        "cannot read version '{}'; check it in Customization > SuiteBundler > Search & Install Bundles > List{}",
                        b.version,
                        if spec.required { "" } else { SSO_WHY }
                    ),
                ),
                Some(v) if v < Version::of(minimum) => {
                    (problem, below_minimum_reason(&spec, &v, minimum))
                }
                Some(v) => (Verdict::Ok, format!("{v} meets {minimum}")),
            },
        };
        rows.push(BundleRow {
            id: spec.id,
            legacy_id: spec.legacy_id,
            name: spec.name,
            installed: bundle.map(|b| b.version.clone()),
            required,
            verdict,
            detail,
            date_last_updated: bundle.and_then(|b| b.date_last_updated.clone()),
        });
    }

    // The documented update order: 369637 reaches 4.0 before 369630 goes to 3.0 (or 369619 to 7.0).
    let srp_below_4 = srp
        .as_ref()
        .is_none_or(|v| *v < Version::of(SRP_INTEGRATION.minimum));
    for later in [REALTIME_ADDON, SINGLE_SIGN_ON] {
        let updated_early =
            version_of(&later).filter(|v| srp_below_4 && *v >= Version::of(later.minimum));
        if let Some(v) = updated_early {
            findings.push(Finding {
                    check: "update order".into(),
                    // 369619 is not a prerequisite: its place in the order is guidance.
                    verdict: if later.required { Verdict::Fail } else { Verdict::Warn },
                    detail: format!(
                        "{} ({}) is at {v} while 369637 is {}: 369637 must reach 4.0 first, it adds the settings fields and role permissions the newer bundle relies on",
                        later.id,
                        later.name,
                        srp.as_ref().map(|s| format!("at {s}")).unwrap_or_else(|| "not installed".into())
                    ),
                    fix: Some("update 369637 now (step 1 of the plan below), then run `oa-rt status` to re-check deployments and settings".into()),
                });
        }
    }

    let plan = guided_updates(&rows, srp.as_ref(), addon.as_ref());
    let ok = rows.iter().all(|r| r.verdict.passes()) && findings.iter().all(|f| f.verdict.passes());
    BundleReport {
        ok,
        bundles: rows,
        findings,
        plan,
    }
}

/// Why the certificate-based send script cannot be deployed yet, if it cannot: 369630 below 3.0 or not
/// installed (seed step 1: "369630 Version 3.0 or later is required and OpenAir: Send Record to OpenAir v2.0 must
/// be deployed"). Pure.
pub fn addon_not_ready(installed: &[InstalledBundle]) -> Option<String> {
    let spec = REALTIME_ADDON;
    let addon = installed
        .iter()
        .find(|b| b.id.trim() == spec.id || b.id.trim() == spec.legacy_id);
    let minimum = Version::of(spec.minimum);
    match addon {
        None => Some(format!(
            "bundle {} ({}) is not installed",
            spec.id, spec.name
        )),
        Some(b) => match Version::parse(&b.version) {
            Some(v) if v >= minimum => None,
            Some(v) => Some(format!(
                "bundle {} ({}) is at {v}; the certificate-based v2.0 send script comes with {} or later",
                spec.id, spec.name, spec.minimum
            )),
            None => Some(format!(
                "bundle {} ({}) reports version '{}', which oa-rt cannot read",
                spec.id, spec.name, b.version
            )),
        },
    }
}

fn below_minimum_reason(spec: &BundleSpec, v: &Version, minimum: &str) -> String {
    match spec.id {
        "369637" if minimum == ADDON_NEEDS_SRP => {
            format!(
                "{v} is older than {minimum}, which 369630 {ADDON_SPLIT} or later needs (it ships the certificate RESTlet)"
            )
        }
        "369637" => format!(
            "{v} is older than {minimum}: no certificate-flow settings fields nor OAuth 2.0 role permissions"
        ),
        "369630" => {
            format!("{v} is older than {minimum}: no certificate-based Send Record v2.0 script")
        }
        "369619" => format!("{v} is older than {minimum}{SSO_WHY}"),
        _ => format!("{v} is older than {minimum}"),
    }
}

/// Why 369619 matters, though the real-time import does not need it.
const SSO_WHY: &str = ": not needed for the real-time import, but 369619 carries the connector's single sign-on and 7.0 brings its OIDC sign-on (update it after 369637 reaches 4.0)";

/// The guided updates, in the order the rules require: 369637 first, then 369630 and 369619.
fn guided_updates(
    rows: &[BundleRow],
    srp: Option<&Version>,
    addon: Option<&Version>,
) -> Vec<GuidedUpdate> {
    let mut plan = Vec::new();
    for row in rows.iter().filter(|r| r.verdict != Verdict::Ok) {
        let action = if row.installed.is_some() {
            BundleAction::Update
        } else {
            BundleAction::Install
        };
        let target = match row.id {
            // Whatever 369630 ends at, 5.02 keeps 369637 ahead of it; 4.0 is the floor.
            "369637" => {
                if addon.is_some_and(|v| *v >= Version::of(ADDON_SPLIT)) {
                    format!("{ADDON_NEEDS_SRP} or later")
                } else {
                    format!(
                        "4.0 or later ({ADDON_NEEDS_SRP} or later if 369630 will be at {ADDON_SPLIT} or later)"
                    )
                }
            }
            _ => format!(
                "{} or later",
                row.required
                    .trim_start_matches(">= ")
                    .trim_end_matches(" when installed")
            ),
        };
        let ui_path = match action {
            BundleAction::Install => format!(
                "Customization > SuiteBundler > Search & Install Bundles: search for bundle ID {}, open {} and click Install",
                row.id, row.name
            ),
            BundleAction::Update => format!(
                "Customization > SuiteBundler > Search & Install Bundles > List: on the row of bundle {} choose Update from the Action menu",
                row.id
            ),
        };
        let note = match row.id {
            "369637" if srp.is_some() => Some(
                "after updating from an earlier version, NetSuite deploys the SuiteScript 1.0 scripts by default; `oa-rt deploy` switches to the SuiteScript 2.0 ones".to_string(),
            ),
            "369630" => Some("only after 369637 is at 4.0 or later".to_string()),
            "369619" => Some("optional, not needed for the real-time import: for the connector's OIDC single sign-on; only after 369637 is at 4.0 or later".to_string()),
            _ => None,
        };
        plan.push(GuidedUpdate {
            order: 0,
            bundle: row.id,
            name: row.name,
            optional: row.verdict != Verdict::Fail,
            action,
            from: row.installed.clone(),
            target,
            ui_path,
            note,
        });
    }
    // Rows are already in dependency order (369637, 369630, 369619); number them.
    for (i, step) in plan.iter_mut().enumerate() {
        step.order = i + 1;
    }
    plan
}

/// Step 1: the bundles.
pub struct Bundles;

impl Step for Bundles {
    fn id(&self) -> StepId {
        StepId::Bundles
    }

    fn explain(&self) -> &'static str {
        "The SRP bundles 369637 and 369630 must be recent enough for the certificate-based real-time import (369619, single sign-on, only warns); only SuiteBundler updates them."
    }

    fn check(&self, view: &View<'_>) -> Vec<Finding> {
        let installed = match &view.snap.bundles {
            Ok(installed) => installed,
            Err(u) => return vec![u.finding("installed bundles")],
        };
        let r = evaluate(installed);
        let mut out: Vec<Finding> = r
            .bundles
            .iter()
            .map(|row| {
                let update = r.plan.iter().find(|u| u.bundle == row.id);
                Finding {
                    check: format!("bundle {} ({})", row.id, row.name),
                    verdict: row.verdict,
                    detail: row.detail.clone(),
                    fix: update.map(|u| {
                        format!("{} it to {} in {}", u.action.as_str(), u.target, u.ui_path)
                    }),
                }
            })
            .collect();
        out.extend(r.findings);
        out
    }

    fn plan(&self, view: &View<'_>) -> Vec<Item> {
        let Ok(installed) = &view.snap.bundles else {
            return Vec::new();
        };
        evaluate(installed)
            .plan
            .into_iter()
            .filter(|u| !u.optional)
            .map(|u| {
                let minimum = u
                    .target
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string();
                Item {
                    step: StepId::Bundles,
                    what: format!("{} bundle {} ({})", u.action.as_str(), u.bundle, u.name),
                    now: u.from.clone().unwrap_or_else(|| "not installed".into()),
                    wanted: u.target.clone(),
                    how: How::Guided,
                    action: Action::Bundle {
                        bundle: u.bundle.to_string(),
                        version: newest(u.bundle)
                            .map(str::to_string)
                            .unwrap_or_else(|| minimum.clone()),
                        minimum,
                        ui_path: u.ui_path.clone(),
                        note: u.note.clone(),
                    },
                }
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

/// The installed version of a bundle, as observed now.
async fn version_now(ns: &NetSuite, bundle: &str) -> Result<Option<Version>> {
    Ok(observe(ns)
        .await?
        .map_err(Failure::from)?
        .iter()
        .find(|b| b.id == bundle)
        .and_then(|b| Version::parse(&b.version)))
}

/// Guides each update (no API installs bundles) and watches until NetSuite reports the version.
async fn apply(cx: &Apply<'_>, items: &[&Item], result: &mut Applied) -> Result<()> {
    let ns = &cx.clients.netsuite;
    for item in items {
        let Action::Bundle {
            bundle,
            minimum,
            version,
            ui_path,
            note,
        } = &item.action
        else {
            continue;
        };
        let Some(min) = Version::parse(minimum) else {
            result.push(
                item,
                Outcome::Failed(format!("'{minimum}' is not a bundle version")),
            );
            continue;
        };
        if version_now(ns, bundle).await?.is_some_and(|v| v >= min) {
            result.push(item, Outcome::AlreadyDone);
            continue;
        }
        let mut steps = vec![
            ui_path.clone(),
            format!(
                "Choose the newest version offered (it must be {})",
                item.wanted
            ),
        ];
        steps.extend(note.iter().cloned());
        let guided = Guided {
            title: format!("{} to {}", item.what, item.wanted),
            why: "no API installs or updates bundles".into(),
            steps,
            simulate: Some(UiAction::InstallBundle {
                bundle: bundle.clone(),
                version: version.clone(),
            }),
        };
        let watch = cx.watch(format!("bundle {bundle} at {minimum} or later"));
        let g = cx
            .operator
            .guide_and_watch(&guided, &watch, || async {
                Ok(version_now(ns, bundle).await?.is_some_and(|v| v >= min))
            })
            .await?;
        result.guided(item, g, guided);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(id: &str, version: &str) -> InstalledBundle {
        InstalledBundle {
            id: id.into(),
            name: String::new(),
            version: version.into(),
            date_installed: None,
            date_last_updated: None,
            is_managed: None,
        }
    }

    #[test]
    fn upgrade_case_fails_with_ordered_plan() {
        let r = evaluate(&[
            b("369637", "3.11"),
            b("369630", "2.05"),
            b("369619", "6.02"),
        ]);
        assert!(!r.ok);
        let verdicts: Vec<_> = r.bundles.iter().map(|x| x.verdict).collect();
        assert_eq!(verdicts, vec![Verdict::Fail, Verdict::Fail, Verdict::Warn]);
        assert!(r.findings.is_empty(), "nothing was updated out of order");
        let order: Vec<_> = r
            .plan
            .iter()
            .map(|p| (p.order, p.bundle, p.action))
            .collect();
        assert_eq!(
            order,
            vec![
                (1, "369637", BundleAction::Update),
                (2, "369630", BundleAction::Update),
                (3, "369619", BundleAction::Update)
            ]
        );
        assert!(
            r.plan[0]
                .ui_path
                .contains("Search & Install Bundles > List")
        );
    }

    #[test]
    fn healthy_case_passes() {
        let r = evaluate(&[
            b("369637", "5.06"),
            b("369630", "4.03"),
            b("369619", "7.01"),
        ]);
        assert!(r.ok, "{r:#?}");
        assert!(r.plan.is_empty());
    }

    #[test]
    fn sso_is_not_a_prerequisite_only_a_warning_when_installed() {
        let r = evaluate(&[b("369637", "4.0"), b("369630", "3.0")]);
        assert!(r.ok);
        assert_eq!(r.bundles[2].detail, "not installed (optional)");
        let r = evaluate(&[b("369637", "4.0"), b("369630", "3.0"), b("369619", "6.9")]);
        assert!(r.ok, "{r:#?}");
        assert_eq!(r.bundles[2].verdict, Verdict::Warn);
        assert!(
            r.bundles[2].detail.contains("OIDC"),
            "{}",
            r.bundles[2].detail
        );
        assert!(
            r.bundles[2]
                .detail
                .contains("not needed for the real-time import")
        );
        // Offered as guidance, never planned.
        assert_eq!(r.plan.len(), 1);
        assert_eq!(r.plan[0].bundle, "369619");
        assert!(r.plan[0].optional);
        let r = evaluate(&[b("369637", "4.0"), b("369630", "3.0"), b("369619", "x")]);
        assert_eq!(r.bundles[2].verdict, Verdict::Warn);
        // The documented order stays, as guidance: 369619 at 7.0 before 369637 at 4.0 warns.
        let r = evaluate(&[b("369637", "3.5"), b("369630", "2.0"), b("369619", "7.0")]);
        let order: Vec<_> = r
            .findings
            .iter()
            .map(|f| (f.check.as_str(), f.verdict))
            .collect();
        assert_eq!(order, vec![("update order", Verdict::Warn)]);
    }

    #[test]
    fn addon_402_needs_srp_502() {
        let r = evaluate(&[b("369637", "5.01"), b("369630", "4.02")]);
        assert!(!r.ok);
        assert_eq!(r.bundles[0].verdict, Verdict::Fail);
        assert_eq!(r.bundles[0].required, ">= 5.02");
        assert!(r.bundles[0].detail.contains("369630 4.02"));
        assert_eq!(r.plan[0].target, "5.02 or later");
        // 4.01 does not need it.
        assert!(evaluate(&[b("369637", "4.0"), b("369630", "4.01")]).ok);
    }

    #[test]
    fn addon_updated_before_srp_breaks_the_order_rule() {
        let r = evaluate(&[b("369637", "3.5"), b("369630", "3.0")]);
        assert!(!r.ok);
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].check, "update order");
        assert_eq!(r.bundles[1].verdict, Verdict::Ok);
        assert_eq!(r.plan.len(), 1);
        assert_eq!(r.plan[0].bundle, "369637");
    }

    #[test]
    fn missing_required_bundle_is_an_install() {
        let r = evaluate(&[b("369637", "4.0")]);
        assert!(!r.ok);
        assert_eq!(r.plan[0].action, BundleAction::Install);
        assert!(r.plan[0].ui_path.contains("search for bundle ID 369630"));
    }

    #[test]
    fn the_addon_must_be_at_3_0_before_deploying() {
        assert!(
            addon_not_ready(&[b("369637", "3.11"), b("369630", "2.05")])
                .unwrap()
                .contains("is at 2.05")
        );
        assert!(
            addon_not_ready(&[b("369637", "4.0")])
                .unwrap()
                .contains("not installed")
        );
        assert_eq!(addon_not_ready(&[b("369630", "3.0")]), None);
        assert_eq!(addon_not_ready(&[b("12610", "4.03")]), None);
    }

    #[test]
    fn legacy_ids_are_recognised() {
        let r = evaluate(&[b("2851", "5.06"), b("12610", "4.03")]);
        assert!(r.ok, "{r:#?}");
    }

    #[test]
    fn unreadable_version_fails_without_guessing() {
        let r = evaluate(&[b("369637", "beta"), b("369630", "3.0")]);
        assert_eq!(r.bundles[0].verdict, Verdict::Fail);
        assert!(r.bundles[0].detail.contains("cannot read version 'beta'"));
    }
}
