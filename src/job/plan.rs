//! Planning: every step's items, in the seed's order, and the saved-plan format of `plan --out` / `apply FILE`.
//! A saved plan carries a stamp of what it observed; `apply` refuses it once the account looks different. It is also
//! sealed: a digest over everything it holds (items, desired state, account, stamp), so a plan edited after it was
//! saved is refused. The seal detects edits, not malice: whoever can write the file could seal it again, so keep
//! plans where only the people who review them can write.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::target::DesiredState;
use crate::error::Failure;
use crate::steps::{Item, STEPS, View};

/// Plan: the items that make the account as the target says, in the seed's order. Pure. Checks that fail without
/// an item (no companion, a localized script that runs after) stay in the checks and keep a plan from being "in
/// sync".
pub fn plan(view: &View<'_>) -> Vec<Item> {
    STEPS.iter().flat_map(|step| step.plan(view)).collect()
}

const PLAN_FORMAT: u32 = 2;

/// A plan as `plan --out` saves it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlan {
    oa_rt_plan: u32,
    pub created: String,
    pub profile: String,
    pub account: String,
    /// The desired-state file it was made from (`apply` records the account there).
    pub desired_state: PathBuf,
    pub desired: DesiredState,
    /// The digest of the account as observed: `apply` refuses the plan when the account no longer matches.
    pub stamp: String,
    pub items: Vec<Item>,
    /// The digest of all of the above ([`SavedPlan::sealed`]): `apply` refuses a plan edited after it was saved.
    pub seal: String,
}

impl SavedPlan {
    pub fn new(
        profile: &str,
        account: &str,
        desired_state: &Path,
        desired: &DesiredState,
        stamp: String,
        items: Vec<Item>,
    ) -> SavedPlan {
        let mut plan = SavedPlan {
            oa_rt_plan: PLAN_FORMAT,
            created: crate::clock::rfc3339(),
            profile: profile.to_string(),
            account: account.to_string(),
            desired_state: desired_state.to_path_buf(),
            desired: desired.clone(),
            stamp,
            items,
            seal: String::new(),
        };
        plan.seal = plan.sealed();
        plan
    }

    /// The seal of this plan: SHA-256 over its contents but the seal itself, as JSON.
    fn sealed(&self) -> String {
        let mut value = serde_json::to_value(self).expect("a plan serializes");
        if let Some(map) = value.as_object_mut() {
            map.remove("seal");
        }
        let bytes = serde_json::to_vec(&value).expect("a plan serializes");
        let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &bytes);
        d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        crate::fsutil::write_atomic(path, &serde_json::to_vec_pretty(self)?, 0o644)
            .with_context(|| format!("writing {}", path.display()))
    }

    /// Reads a saved plan; anything else is bad input (exit 2).
    pub fn load(path: &Path) -> Result<SavedPlan> {
        let bytes = std::fs::read(path).map_err(|e| {
            Failure::usage(format!(
                "cannot read the plan {}: {}",
                path.display(),
                crate::fsutil::io_reason(&e)
            ))
        })?;
        let saved: SavedPlan = serde_json::from_slice(&bytes).map_err(|e| {
            Failure::usage(format!(
                "{} is not a plan saved by `oa-rt plan --out`: {e}",
                path.display()
            ))
        })?;
        if saved.oa_rt_plan != PLAN_FORMAT {
            return Err(Failure::usage(format!(
                "{} has plan format {}; this oa-rt reads format {PLAN_FORMAT}",
                path.display(),
                saved.oa_rt_plan
            ))
            .with_hint("make the plan again with this oa-rt: oa-rt plan --out FILE")
            .into());
        }
        if saved.seal != saved.sealed() {
            return Err(Failure::usage(format!(
                "{} was changed after `oa-rt plan` saved it (its seal does not match its contents); nothing was changed",
                path.display()
            ))
            .with_hint("change oa-rt.toml instead, then make and review a fresh plan: oa-rt plan --out FILE")
            .into());
        }
        Ok(saved)
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::Check;
    use crate::steps::deployments::{ApiVersion, DeploymentState, SendScript};
    use crate::steps::{
        Action, Evidence, How, Snapshot, StepId, Target, Verdict, bundles, certificate,
        deployments, openair, role, settings,
    };
    use serde_json::{Map, Value, json};

    const NOW: i64 = 1_800_000_000;

    fn want() -> Target {
        Target {
            record_types: vec!["CUSTOMER".into()],
            log_level: "ERROR".into(),
            include_leads: false,
            include_prospects: false,
            role: "NSOA Connector".into(),
            error_email: Some("ops@acme.example".into()),
            openair_url: crate::steps::Proposed::derived(
                "https://acme.app.sandbox.netsuitesuiteprojectspro.com",
            ),
            db_id: crate::steps::Proposed::derived("acme"),
            certificate_window_days: 14,
            evidence: "oa-rt-evidence.toml".into(),
        }
    }

    fn view<'a>(snap: &'a Snapshot, target: &'a Target, evidence: &'a Evidence) -> View<'a> {
        View {
            snap,
            target,
            evidence,
            now: NOW,
        }
    }

    fn checks_of(snap: &Snapshot, evidence: &Evidence) -> Vec<Check> {
        crate::job::checks(&view(snap, &want(), evidence))
    }

    fn switches(snap: &Snapshot, proof: openair::Proof) -> Verdict {
        let evidence = Evidence {
            proofs: vec![proof],
            ..Evidence::default()
        };
        checks_of(snap, &evidence)
            .into_iter()
            .find(|c| c.check == "NetSuite Connector switches")
            .unwrap()
            .verdict
    }

    fn certificate(days_left: i64) -> certificate::Observation {
        let g = crate::certinfo::generate(
            crate::certinfo::KeyKind::EcP256,
            "OpenAir real-time import",
            NOW - 86_400,
            days_left + 1,
        )
        .unwrap();
        certificate::Observation {
            exists: true,
            name: Some("oa-realtime.pem".into()),
            description: None,
            file_type: Some("PEM".into()),
            info: Some(g.info),
            placeholder: false,
            probe: Some(certificate::Probe::Verified),
            restricted: None,
        }
    }

    /// A healthy account as observed: current bundles, the role complete, v2.0 on customers, settings complete,
    /// a certificate valid for 200 days, OpenAir answering.
    fn healthy() -> Snapshot {
        let bundle = |id: &str, v: &str| bundles::InstalledBundle {
            id: id.into(),
            name: String::new(),
            version: v.into(),
            date_installed: None,
            date_last_updated: None,
            is_managed: None,
        };
        let v2 = SendScript {
            id: "102".into(),
            scriptid: "customscript_oa_send_v2".into(),
            name: "OpenAir: Send Record to OpenAir v2.0".into(),
            version: ApiVersion::V2,
            bundles: Some(vec!["369630".into()]),
        };
        let empty = settings::Observation {
            id: "1".into(),
            values: Map::new(),
            present: settings::FIELDS.iter().map(|f| f.id.to_string()).collect(),
        };
        let mut values = Map::new();
        for (f, v) in settings::wanted(&want(), &empty) {
            values.insert(f.id.to_string(), v);
        }
        Snapshot {
            account: "1234567_SB1".into(),
            sandbox: true,
            bundles: Ok(vec![bundle("369637", "5.06"), bundle("369630", "4.03")]),
            role: Ok(role::RoleObservation {
                name: "NSOA Connector".into(),
                id: Some("1001".into()),
                inactive: false,
                permissions: role::REQUIRED
                    .iter()
                    .map(|p| (p.key.to_string(), 4))
                    .collect(),
                all_roles: vec!["NSOA Connector".into()],
            }),
            deployments: Ok(deployments::Observation {
                scripts: vec![v2],
                lookalikes: vec![],
                deployments: vec![DeploymentState {
                    id: "2001".into(),
                    scriptid: "customdeploy_oa_send_customer_v2".into(),
                    script: "102".into(),
                    record_type: "CUSTOMER".into(),
                    deployed: true,
                    status: "RELEASED".into(),
                    log_level: Some("ERROR".into()),
                    fields: Ok(deployments::DeploymentFields {
                        all_roles: true,
                        run_as_role: Some("1001".into()),
                        event_type: None,
                        all_localization_contexts: true,
                        localization_context: None,
                    }),
                }],
                role_name: "NSOA Connector".into(),
                role_id: Ok(Some("1001".into())),
                companion: true,
            }),
            order: Ok(vec![]),
            settings: Ok(settings::Observation {
                id: "1".into(),
                present: settings::FIELDS.iter().map(|f| f.id.to_string()).collect(),
                values,
            }),
            certificate: Ok(certificate(200)),
            openair: Ok("admin".into()),
        }
    }

    fn plan_of(snap: &Snapshot) -> Vec<Item> {
        plan(&view(snap, &want(), &Evidence::default()))
    }

    #[test]
    fn a_healthy_account_has_nothing_to_plan_and_nothing_failing() {
        let snap = healthy();
        assert_eq!(plan_of(&snap), vec![]);
        let checks = checks_of(&snap, &Evidence::default());
        let failing: Vec<_> = checks
            .iter()
            .filter(|c| c.verdict == Verdict::Fail)
            .collect();
        assert!(failing.is_empty(), "{failing:#?}");
        // No API shows OpenAir's switches: never reported as passed without evidence.
        let switches = checks
            .iter()
            .find(|c| c.check == "NetSuite Connector switches")
            .unwrap();
        assert_eq!(switches.verdict, Verdict::NeedsCheck);
    }

    #[test]
    fn a_test_import_proves_the_switches_only_under_the_certificate_it_ran_with() {
        let snap = healthy();
        let mut proof = openair::Proof {
            account: snap.account.clone(),
            record: "customer:1001".into(),
            landed_at: "2026-11-28T10:00:00Z".into(),
            certificate_sha256: certificate::fingerprint(snap.certificate.as_ref().ok()),
        };
        assert_eq!(switches(&snap, proof.clone()), Verdict::Confirmed);
        proof.certificate_sha256 = Some("an older certificate".into());
        assert_eq!(switches(&snap, proof), Verdict::NeedsCheck);
    }

    fn setting_items(snap: &Snapshot, target: &Target) -> Vec<(String, Value)> {
        plan(&view(snap, target, &Evidence::default()))
            .into_iter()
            .filter_map(|i| match i.action {
                Action::Setting { field, value } => Some((field, value)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn settings_that_differ_become_api_items_but_a_derived_url_never_replaces_a_live_one() {
        let mut snap = healthy();
        if let Ok(s) = &mut snap.settings {
            s.values.insert(
                "custrecord_oa_url".into(),
                json!("https://acme-corp.app.sandbox.netsuitesuiteprojectspro.com"),
            );
            s.values
                .insert("custrecord_oa_realtime_email".into(), json!(""));
        }
        // The URL derived from the company id is a proposal: the live one stays, with a warning naming both.
        assert_eq!(
            setting_items(&snap, &want()),
            vec![(
                "custrecord_oa_realtime_email".to_string(),
                json!("ops@acme.example")
            )]
        );
        let url_check = checks_of(&snap, &Evidence::default())
            .into_iter()
            .find(|c| c.check == "OpenAir URL")
            .unwrap();
        assert_eq!(url_check.verdict, Verdict::Warn);
        assert!(
            url_check.detail.contains("acme-corp") && url_check.detail.contains("kept"),
            "{url_check:?}"
        );
        assert!(
            url_check
                .fix
                .unwrap()
                .contains("settings set openair-url=https://acme.app.sandbox")
        );
        // Named in the profile, it is what the record gets.
        let mut named = want();
        named.openair_url =
            crate::steps::Proposed::named("https://acme.app.sandbox.netsuitesuiteprojectspro.com");
        let items = setting_items(&snap, &named);
        assert!(
            items.contains(&(
                "custrecord_oa_url".to_string(),
                json!("https://acme.app.sandbox.netsuitesuiteprojectspro.com")
            )),
            "{items:?}"
        );
        // An empty field takes the derived value.
        if let Ok(s) = &mut snap.settings {
            s.values.insert("custrecord_oa_url".into(), json!(""));
        }
        assert!(
            setting_items(&snap, &want())
                .iter()
                .any(|(f, _)| f == "custrecord_oa_url")
        );
    }

    #[test]
    fn without_an_email_in_the_desired_state_the_accounts_is_kept() {
        let mut w = want();
        w.error_email = None;
        let snap = healthy();
        let obs = snap.settings.as_ref().unwrap();
        assert!(
            !settings::wanted(&w, obs)
                .iter()
                .any(|(f, _)| f.id == "custrecord_oa_realtime_email")
        );
    }

    #[test]
    fn no_certificate_means_the_admin_form_and_a_generation() {
        let mut snap = healthy();
        snap.certificate = Ok(certificate::Observation {
            exists: false,
            name: None,
            description: None,
            file_type: None,
            info: None,
            placeholder: false,
            probe: None,
            restricted: None,
        });
        let actions: Vec<Action> = plan_of(&snap).into_iter().map(|i| i.action).collect();
        assert_eq!(
            actions,
            vec![
                Action::OpenairForm {
                    leads: false,
                    prospects: false
                },
                Action::Certificate { rotate: false }
            ]
        );
    }

    #[test]
    fn a_certificate_past_openairs_rotation_is_rotated_and_the_form_is_left_alone() {
        let mut snap = healthy();
        snap.certificate = Ok(certificate(5));
        let items = plan_of(&snap);
        assert_eq!(items.len(), 1, "{items:#?}");
        assert_eq!(items[0].action, Action::Certificate { rotate: true });
        // Inside OpenAir's rotation window (a warning: OpenAir rotates it by itself), or outside: nothing.
        for days in [10, 30] {
            snap.certificate = Ok(certificate(days));
            assert_eq!(plan_of(&snap), vec![], "{days} days left");
        }
    }

    #[test]
    fn including_leads_plans_openairs_setting_first_then_netsuites_box() {
        let snap = healthy();
        let mut w = want();
        w.include_leads = true;
        let items = plan(&view(&snap, &w, &Evidence::default()));
        // Seed step 5's note: in the settings step, OpenAir's customers-import setting comes before the box.
        let settings: Vec<&Action> = items
            .iter()
            .filter(|i| i.step == StepId::Settings)
            .map(|i| &i.action)
            .collect();
        assert_eq!(
            settings[0],
            &Action::OpenairCustomerImport {
                leads: true,
                prospects: false
            },
            "{items:#?}"
        );
        assert!(
            matches!(settings[1], Action::Setting { field, value }
                if field == "custrecord_oa_realtime_include_lead" && *value == serde_json::json!(true)),
            "{items:#?}"
        );
        // The certificate flow ran already: no admin form for the OpenAir step.
        assert!(
            !items.iter().any(|i| i.step == StepId::Openair),
            "{items:#?}"
        );
    }

    #[test]
    fn old_bundles_are_guided_updates_to_at_least_their_minimum() {
        let mut snap = healthy();
        if let Ok(b) = &mut snap.bundles {
            b[0].version = "3.11".into();
        }
        let items = plan_of(&snap);
        let Action::Bundle {
            bundle,
            minimum,
            version,
            ..
        } = &items[0].action
        else {
            panic!("{items:#?}");
        };
        assert_eq!(
            (bundle.as_str(), minimum.as_str(), version.as_str()),
            ("369637", "5.02", "5.06")
        );
        assert_eq!(items[0].how, How::Guided);
    }

    #[test]
    fn the_stamp_follows_what_was_observed() {
        let a = healthy();
        let mut b = a.clone();
        assert_eq!(a.stamp(), b.stamp());
        if let Ok(s) = &mut b.settings {
            s.values
                .insert("custrecord_oa_db_id".into(), json!("other"));
        }
        assert_ne!(a.stamp(), b.stamp());
        assert_eq!(a.stamp().len(), 64);
    }

    #[test]
    fn every_step_is_listed_once_in_the_seeds_order_and_explains_itself() {
        let ids: Vec<StepId> = crate::steps::STEPS.iter().map(|s| s.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(ids, sorted, "in the seed's order, each once");
        for step in crate::steps::STEPS {
            assert!(step.explain().ends_with('.'), "{}", step.id().as_str());
        }
    }

    #[test]
    fn a_wanted_settings_change_replaces_the_records_own_line() {
        let mut snap = healthy();
        if let Ok(s) = &mut snap.settings {
            s.values.insert("custrecord_oa_url".into(), json!(""));
        }
        let checks = checks_of(&snap, &Evidence::default());
        let about_url: Vec<&str> = checks
            .iter()
            .filter(|c| {
                c.step == StepId::Settings && c.check.contains("URL")
                    || c.check.contains("openair-url")
            })
            .map(|c| c.check.as_str())
            .collect();
        assert_eq!(about_url, vec!["setting openair-url"]);
    }
}
