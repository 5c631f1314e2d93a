//! Intent first, then change: every command that changes an account (`apply`, `setup`, `deploy`, `settings set`,
//! `restore`) writes its intended end state — which deployments get which fields (so which record types end with
//! which send script), which settings fields get which value — to a journal in the state directory, one per
//! account, before its first change, and removes it once the account is observed in that state. The next run of
//! any of those commands, interrupted or not, finishes to that intent before anything else; `status` and `plan`
//! without `oa-rt.toml` take their record types from it, so a half-made change is drift, never the new intent.
//!
//! The format (README "Files"): `$XDG_STATE_HOME/oa-rt/journal/ACCOUNT.json`, mode 0600, written atomically:
//!
//! ```json
//! { "version": 1, "account": "1234567_SB1", "profile": "sandbox", "command": "apply",
//!   "started": "2026-12-01T12:00:00Z", "record_types": ["CUSTOMER", "JOB"],
//!   "deployments": [ { "deployment": "customdeploy_oa_send_customer", "record_type": "CUSTOMER",
//!                      "action": "undeploy", "set": { "isdeployed": false } } ],
//!   "settings": { "custrecord_oa_url": "https://acme.app.sandbox.netsuitesuiteprojectspro.com" } }
//! ```
//!
//! What remains to do is a pure function of the journal and an observation ([`Journal::remaining`]).

use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::Failure;
use crate::steps::deployments::{self, Change, ChangeKind};
use crate::steps::settings::{self, FieldChange};
use crate::steps::{Action, Item};

/// The journal format's version; a journal of a newer version is refused (exit 2), never guessed at.
pub const VERSION: u32 = 1;

/// One account's intended end state, as the command that changes it wrote it before its first change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journal {
    pub version: u32,
    /// The NetSuite account id.
    pub account: String,
    pub profile: String,
    /// `apply`, `setup`, `deploy`, `settings set`, `restore`.
    pub command: String,
    /// When the command began (RFC 3339, UTC).
    pub started: String,
    /// The record types that end with the v2.0 send script deployed (upper case); empty when the command names
    /// none (`settings set`, `restore`). `status` and `plan` without `oa-rt.toml` take them as the default.
    #[serde(default)]
    pub record_types: Vec<String>,
    /// Each deployment's intended fields, in the order the changes are made.
    #[serde(default)]
    pub deployments: Vec<DeploymentIntent>,
    /// The settings record's fields (by field id) and their intended values.
    #[serde(default)]
    pub settings: Map<String, Value>,
}

/// A deployment's intended fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeploymentIntent {
    /// The deployment's script id.
    pub deployment: String,
    pub record_type: String,
    pub action: ChangeKind,
    pub set: Map<String, Value>,
}

/// What an observation shows is still to do for a journal.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Remaining {
    pub deployments: Vec<Change>,
    pub settings: Vec<FieldChange>,
}

impl Remaining {
    pub fn is_empty(&self) -> bool {
        self.deployments.is_empty() && self.settings.is_empty()
    }

    /// "undeploy customdeploy_a (Customer), deploy customdeploy_b (Customer), set openair-url".
    pub fn describe(&self) -> String {
        self.deployments
            .iter()
            .map(Change::title)
            .chain(self.settings.iter().map(|c| format!("set {}", c.field.key)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Journal {
    /// The intent of a command about to make these deployment changes and settings values.
    pub fn new(
        account: &str,
        profile: &str,
        command: &str,
        record_types: &[String],
        changes: &[Change],
        settings: &[(String, Value)],
    ) -> Journal {
        Journal {
            version: VERSION,
            account: account.to_string(),
            profile: profile.to_string(),
            command: command.to_string(),
            started: crate::clock::rfc3339(),
            record_types: record_types.to_vec(),
            deployments: changes
                .iter()
                .map(|c| DeploymentIntent {
                    deployment: c.deployment.clone(),
                    record_type: c.record_type.clone(),
                    action: c.action,
                    set: c.set.clone(),
                })
                .collect(),
            settings: settings.iter().cloned().collect(),
        }
    }

    /// The intent of a plan's items: their deployment changes and settings values (the other steps' items are
    /// guided, re-observed by every run, and not journaled).
    pub fn of_items(
        account: &str,
        profile: &str,
        command: &str,
        record_types: &[String],
        items: &[Item],
    ) -> Journal {
        let changes = crate::steps::deployments::changes_of(items);
        let settings: Vec<(String, Value)> = items
            .iter()
            .filter_map(|i| match &i.action {
                Action::Setting { field, value } => Some((field.clone(), value.clone())),
                _ => None,
            })
            .collect();
        Journal::new(account, profile, command, record_types, &changes, &settings)
    }

    /// Whether the journal holds any change at all (one without is not written).
    pub fn is_empty(&self) -> bool {
        self.deployments.is_empty() && self.settings.is_empty()
    }

    /// What is still to do, given the deployments and the settings record as observed now. A field no API shows
    /// (audience, Execute As Role, event type when the companion cannot read them) counts as done when every field
    /// that can be read is: one call sets them all. Pure.
    pub fn remaining(
        &self,
        deps: &deployments::Observation,
        settings_now: Option<&Map<String, Value>>,
    ) -> std::result::Result<Remaining, String> {
        let mut out = Remaining::default();
        for i in &self.deployments {
            let Some(d) = deps.deployments.iter().find(|d| d.scriptid == i.deployment) else {
                return Err(format!(
                    "deployment {} ({}) is no longer in the account",
                    i.deployment, i.record_type
                ));
            };
            let now = deployments::current(d, &i.set);
            let differs: Map<String, Value> = i
                .set
                .iter()
                .filter(|(k, v)| now.get(*k) != Some(*v))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if !differs.keys().any(|k| now.contains_key(k)) {
                continue;
            }
            out.deployments.push(Change {
                deployment: i.deployment.clone(),
                record_type: i.record_type.clone(),
                action: i.action,
                script: deps
                    .scripts
                    .iter()
                    .find(|s| s.id == d.script)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                from: deployments::current(d, &differs),
                set: differs,
            });
        }
        if !self.settings.is_empty() {
            let Some(now) = settings_now else {
                return Err("the settings record could not be read".into());
            };
            out.settings = settings::diff(now, &self.wanted_settings()?);
        }
        Ok(out)
    }

    /// The settings values as fields (an unknown field id makes the journal corrupt).
    fn wanted_settings(
        &self,
    ) -> std::result::Result<Vec<(&'static settings::Field, Value)>, String> {
        self.settings
            .iter()
            .map(|(k, v)| {
                settings::field_named(k)
                    .map(|f| (f, v.clone()))
                    .ok_or_else(|| format!("unknown settings field '{k}'"))
            })
            .collect()
    }

    /// This pending journal with a newer intent of the same account added (`setup` journals step by step: a step
    /// whose changes were not all reached stays in the journal while the next one begins): the newer deployment
    /// fields and settings values win, the newer record types when it names any, its command and start time. Pure.
    pub fn merged(mut self, newer: Journal) -> Journal {
        for d in newer.deployments {
            match self
                .deployments
                .iter_mut()
                .find(|x| x.deployment == d.deployment)
            {
                Some(x) => {
                    x.set.extend(d.set);
                    x.action = d.action;
                }
                None => self.deployments.push(d),
            }
        }
        self.settings.extend(newer.settings);
        if !newer.record_types.is_empty() {
            self.record_types = newer.record_types;
        }
        self.command = newer.command;
        self.started = newer.started;
        self.profile = newer.profile;
        self
    }

    /// Writes the journal (0600, atomically) before the first change.
    /// Writes this intent before the first change it announces (nothing when it changes no deployment or
    /// setting), added to a pending one of the same run (an earlier step's) so that no intent is lost.
    pub fn begin(&self) -> Result<()> {
        if self.is_empty() {
            return Ok(());
        }
        match load(&self.account)? {
            Some(pending) => pending.merged(self.clone()).write(),
            None => self.write(),
        }
    }

    pub fn write(&self) -> Result<()> {
        let path = path(&self.account)?;
        let json = serde_json::to_vec_pretty(self).context("rendering the journal")?;
        crate::fsutil::write_private(&path, &json)
            .with_context(|| format!("writing the journal {}", path.display()))
    }
}

/// `$XDG_STATE_HOME/oa-rt/journal/`.
pub fn dir() -> Result<PathBuf> {
    Ok(crate::dirs::state_dir()?.join("journal"))
}

/// The journal of an account: `journal/ACCOUNT.json` (characters other than letters, digits, `_` and `-` as `_`).
pub fn path(account: &str) -> Result<PathBuf> {
    crate::dirs::account_state_file("journal", account, "json")
}

/// The pending journal of an account, if any. A journal that cannot be read as one is a clear refusal (exit 2):
/// what is wrong, and the fix — look at it, then remove the file.
pub fn load(account: &str) -> Result<Option<Journal>> {
    let path = path(account)?;
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(corrupt(&path, &format!("cannot be read: {e}")).into());
        }
    };
    parse(&bytes, account)
        .map(Some)
        .map_err(|why| corrupt(&path, &why).into())
}

/// Reads a journal's bytes for an account. Pure.
pub fn parse(bytes: &[u8], account: &str) -> std::result::Result<Journal, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| format!("is not JSON ({e})"))?;
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => {
            return Err(format!(
                "has version {v}; this oa-rt reads version {VERSION} (a newer oa-rt wrote it: finish with that one)"
            ));
        }
        None => return Err("has no version".into()),
    }
    let j: Journal =
        serde_json::from_value(value).map_err(|e| format!("is not a journal ({e})"))?;
    if j.account != account {
        return Err(format!("is of account {}, not {account}", j.account));
    }
    j.wanted_settings()?;
    Ok(j)
}

fn corrupt(path: &std::path::Path, why: &str) -> Failure {
    Failure::usage(format!(
        "the journal {} {why}; nothing was changed",
        path.display()
    ))
    .with_hint(format!(
        "it holds what an earlier run meant to finish: look at it (and `oa-rt plan`), then remove it to go on: rm {}",
        path.display()
    ))
}

/// Removes an account's journal: its intent is reached.
pub fn remove(account: &str) -> Result<()> {
    let path = path(account)?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| format!("removing the journal {}", path.display())),
    }
}

/// Removes the journal when an observation shows its intent reached; keeps it otherwise, for the next run (a
/// settings value it cannot see, a deployment it does not find: kept). Answers whether it was removed.
pub fn settle(
    account: &str,
    deps: &deployments::Observation,
    settings_now: Option<&Map<String, Value>>,
) -> Result<bool> {
    let Some(journal) = load(account)? else {
        return Ok(true);
    };
    let reached = journal
        .remaining(deps, settings_now)
        .is_ok_and(|r| r.is_empty());
    if reached {
        remove(account)?;
    }
    Ok(reached)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::companion::DeploymentFields;
    use crate::steps::deployments::{ApiVersion, DeploymentState, Observation, SendScript};
    use serde_json::json;

    fn dep(scriptid: &str, script: &str, rt: &str, deployed: bool) -> DeploymentState {
        DeploymentState {
            id: scriptid.into(),
            scriptid: scriptid.into(),
            script: script.into(),
            record_type: rt.into(),
            deployed,
            status: "RELEASED".into(),
            log_level: Some("ERROR".into()),
            fields: Ok(DeploymentFields {
                all_roles: true,
                run_as_role: Some("1001".into()),
                ..DeploymentFields::default()
            }),
        }
    }

    fn obs(v1_customer: bool, v2_customer: bool) -> Observation {
        let script = |id: &str, v: ApiVersion| SendScript {
            id: id.into(),
            scriptid: format!("customscript_{id}"),
            name: format!("Send {id}"),
            version: v,
            bundles: Some(vec!["369630".into()]),
        };
        Observation {
            scripts: vec![script("101", ApiVersion::V1), script("102", ApiVersion::V2)],
            lookalikes: vec![],
            deployments: vec![
                dep("customdeploy_c1", "101", "CUSTOMER", v1_customer),
                dep("customdeploy_c2", "102", "CUSTOMER", v2_customer),
            ],
            role_name: "NSOA Connector".into(),
            role_id: Ok(Some("1001".into())),
            companion: true,
        }
    }

    fn change(deployment: &str, action: ChangeKind, set: Value) -> Change {
        Change {
            deployment: deployment.into(),
            record_type: "CUSTOMER".into(),
            action,
            script: String::new(),
            set: set.as_object().unwrap().clone(),
            from: Map::new(),
        }
    }

    fn upgrade() -> Journal {
        Journal::new(
            "1234567_SB1",
            "sandbox",
            "apply",
            &["CUSTOMER".into()],
            &[
                change(
                    "customdeploy_c1",
                    ChangeKind::Undeploy,
                    json!({"isdeployed": false}),
                ),
                change(
                    "customdeploy_c2",
                    ChangeKind::Deploy,
                    json!({"isdeployed": true, "allroles": true, "runasrole": "1001"}),
                ),
            ],
            &[("custrecord_oa_db_id".into(), json!("acme"))],
        )
    }

    fn settings_now(db: &str) -> Map<String, Value> {
        json!({"custrecord_oa_db_id": db})
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn what_remains_is_what_the_observation_does_not_show_yet() {
        let j = upgrade();
        // Killed before anything: everything remains, in the journal's order.
        let r = j
            .remaining(&obs(true, false), Some(&settings_now("")))
            .unwrap();
        let kinds: Vec<_> = r.deployments.iter().map(|c| c.action).collect();
        assert_eq!(kinds, vec![ChangeKind::Undeploy, ChangeKind::Deploy]);
        assert_eq!(r.settings.len(), 1);
        // Killed between the undeploy and the deploy: the record type sends nothing; the deploy remains.
        let r = j
            .remaining(&obs(false, false), Some(&settings_now("")))
            .unwrap();
        assert_eq!(r.deployments.len(), 1);
        assert_eq!(r.deployments[0].deployment, "customdeploy_c2");
        assert_eq!(r.deployments[0].set["isdeployed"], json!(true));
        assert!(
            r.describe()
                .starts_with("deploy customdeploy_c2 (Customer), set openair-db-id")
        );
        // Everything done.
        let r = j
            .remaining(&obs(false, true), Some(&settings_now("acme")))
            .unwrap();
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn fields_no_api_shows_count_as_done_with_the_fields_it_shows() {
        let j = upgrade();
        let mut o = obs(false, true);
        for d in &mut o.deployments {
            d.fields = Err("BUNDLE_LOCKED".into());
        }
        assert!(
            j.remaining(&o, Some(&settings_now("acme")))
                .unwrap()
                .is_empty()
        );
        // Not deployed: the whole change remains, the unknown fields with it.
        let o2 = {
            let mut o = obs(false, false);
            o.deployments[1].fields = Err("BUNDLE_LOCKED".into());
            o
        };
        let r = j.remaining(&o2, Some(&settings_now("acme"))).unwrap();
        assert_eq!(r.deployments[0].set.len(), 3);
    }

    #[test]
    fn a_vanished_deployment_or_unread_settings_cannot_be_judged() {
        let j = upgrade();
        let mut o = obs(false, false);
        o.deployments.remove(1);
        assert!(j.remaining(&o, None).unwrap_err().contains("no longer"));
        assert!(j.remaining(&obs(false, true), None).is_err());
    }

    #[test]
    fn the_format_round_trips_and_refuses_what_it_cannot_read() {
        let j = upgrade();
        let bytes = serde_json::to_vec(&j).unwrap();
        assert_eq!(parse(&bytes, "1234567_SB1").unwrap(), j);
        assert!(parse(&bytes, "7654321").unwrap_err().contains("of account"));
        assert!(
            parse(&bytes[..bytes.len() / 2], "1234567_SB1")
                .unwrap_err()
                .contains("not JSON")
        );
        let mut v: Value = serde_json::from_slice(&bytes).unwrap();
        v["version"] = json!(2);
        assert!(
            parse(&serde_json::to_vec(&v).unwrap(), "1234567_SB1")
                .unwrap_err()
                .contains("version 2")
        );
        v["version"] = json!(1);
        v["settings"] = json!({"custrecord_nope": 1});
        assert!(
            parse(&serde_json::to_vec(&v).unwrap(), "1234567_SB1")
                .unwrap_err()
                .contains("unknown settings field")
        );
        v["settings"] = json!({});
        v["surprise"] = json!(true);
        assert!(parse(&serde_json::to_vec(&v).unwrap(), "1234567_SB1").is_err());
    }

    #[test]
    fn a_newer_intent_is_added_to_a_pending_one() {
        let pending = upgrade();
        let newer = Journal::new(
            "1234567_SB1",
            "sandbox",
            "setup",
            &[],
            &[change(
                "customdeploy_c2",
                ChangeKind::Update,
                json!({"loglevel": "DEBUG"}),
            )],
            &[("custrecord_oa_db_id".into(), json!("other"))],
        );
        let m = pending.merged(newer);
        assert_eq!(m.command, "setup");
        assert_eq!(m.record_types, vec!["CUSTOMER"]);
        assert_eq!(m.deployments.len(), 2);
        assert_eq!(m.deployments[1].set.len(), 4);
        assert_eq!(m.deployments[1].set["loglevel"], json!("DEBUG"));
        assert_eq!(m.settings["custrecord_oa_db_id"], json!("other"));
    }

    #[test]
    fn journal_names_are_safe_file_names() {
        let p = path("1234567_SB1").unwrap();
        assert!(p.ends_with("journal/1234567_SB1.json"));
        let p = path("../x").unwrap();
        assert!(p.ends_with("journal/___x.json"));
    }
}
