//! Putting back what a change replaced: every change first wrote a backup; this makes the account hold those
//! values again — the settings record through the record API, deployments through the companion RESTlet (guided
//! where NetSuite refuses) — after backing up the values it replaces in turn, and verifies by reading back.

use anyhow::Result;
use serde_json::{Map, Value};

use super::Job;
use crate::backup::{Backup, EntryKind};
use crate::error::Failure;
use crate::operator::Guided;
use crate::steps::Apply;
use crate::steps::deployments::{self, Change, ChangeKind};
use crate::steps::settings::{self, Field, FieldChange};

/// What restoring a backup would change now.
pub struct RestorePlan {
    /// The settings record as it is, and its fields that differ from the backup.
    pub settings: Option<(settings::Observation, Vec<FieldChange>)>,
    /// Deployments whose fields differ from the backup.
    pub deployments: Vec<Change>,
}

impl RestorePlan {
    pub fn is_empty(&self) -> bool {
        self.deployments.is_empty() && self.settings.as_ref().is_none_or(|(_, c)| c.is_empty())
    }
}

/// Compares the backup with the account: only what differs now is restored.
pub async fn plan(job: &Job, b: &Backup) -> Result<RestorePlan> {
    let ns = &job.clients.netsuite;
    let mut wanted: Vec<(&'static Field, Value)> = Vec::new();
    for e in b.entries.iter().filter(|e| e.kind == EntryKind::Settings) {
        for (k, v) in &e.values {
            let Some(f) = settings::field_named(k) else {
                return Err(Failure::usage(format!(
                    "backup {}: unknown settings field '{k}'",
                    b.id
                ))
                .into());
            };
            wanted.push((f, v.clone()));
        }
    }
    // A backup is a file on disk: its values pass the same checks as `settings set` and `deploy` before any of
    // them is written to the account.
    let mut errors: Vec<String> = Vec::new();
    for (f, v) in &wanted {
        if let Err(e) = settings_value_form(f, v) {
            errors.push(format!("{}: {e}", f.key));
        }
    }
    for e in b.entries.iter().filter(|e| e.kind == EntryKind::Deployment) {
        for (k, v) in &e.values {
            if let Err(msg) = deployment_value(k, v) {
                errors.push(format!("deployment {} {k}: {msg}", e.target));
            }
        }
    }
    refuse_invalid(b, &errors)?;
    let observed = deployments::observe(ns, ns.role())
        .await?
        .map_err(Failure::from)?;
    let settings = if wanted.is_empty() {
        None
    } else {
        let now = settings::observe_now(ns).await?;
        let changes = settings::diff(&now.values, &wanted);
        let mut after = now.values.clone();
        for c in &changes {
            after.insert(c.field.id.to_string(), c.to.clone());
        }
        let changed: Vec<&str> = changes.iter().map(|c| c.field.id).collect();
        // Deployments are restored first: a lead or prospect deployment is there if it is now or the backup
        // deploys it.
        let deployed = |id: &str| {
            observed
                .deployments
                .iter()
                .any(|d| d.scriptid == id && d.deployed)
                || b.entries.iter().any(|e| {
                    e.kind == EntryKind::Deployment
                        && e.target == id
                        && e.values.get("isdeployed") == Some(&Value::Bool(true))
                })
        };
        let context = settings::Context {
            lead_deployed: deployed(deployments::LEAD_DEPLOYMENT),
            prospect_deployed: deployed(deployments::PROSPECT_DEPLOYMENT),
        };
        let problems = settings::validate(&after, &now.present, &changed, ns.account(), &context);
        errors.extend(problems.iter().map(|(f, e)| format!("{f}: {e}")));
        refuse_invalid(b, &errors)?;
        Some((now, changes))
    };
    let mut changes = Vec::new();
    for e in b.entries.iter().filter(|e| e.kind == EntryKind::Deployment) {
        let Some(d) = observed.deployments.iter().find(|d| d.scriptid == e.target) else {
            return Err(Failure::failed(format!(
                "deployment {} of backup {} no longer exists; nothing was changed",
                e.target, b.id
            ))
            .into());
        };
        let now = deployments::current(d, &e.values);
        let set: Map<String, Value> = e
            .values
            .iter()
            .filter(|(k, v)| now.get(*k) != Some(*v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if !set.is_empty() {
            changes.push(Change {
                deployment: d.scriptid.clone(),
                record_type: d.record_type.clone(),
                action: ChangeKind::Restore,
                script: String::new(),
                from: deployments::current(d, &set),
                set,
            });
        }
    }
    Ok(RestorePlan {
        settings,
        deployments: changes,
    })
}

/// Refuses a backup whose values fail validation (exit 2), naming each.
fn refuse_invalid(b: &Backup, errors: &[String]) -> Result<()> {
    if errors.is_empty() {
        return Ok(());
    }
    Err(Failure::usage(format!(
        "backup {} holds values that fail validation: {}; nothing was changed",
        b.id,
        errors.join("; ")
    ))
    .with_hint("the backup file was edited or damaged: restore another (`oa-rt restore --list`), or set the values with `oa-rt settings set` / `oa-rt deploy`")
    .into())
}

/// A settings value of the kind its field takes, in the form `settings set` accepts.
fn settings_value_form(f: &Field, v: &Value) -> std::result::Result<(), String> {
    use crate::platform::settings::FieldKind;
    match (f.kind, v) {
        (_, Value::Null) => Ok(()),
        (FieldKind::Checkbox, Value::Bool(_)) => Ok(()),
        (FieldKind::Checkbox, other) => Err(format!("{other} is not true or false")),
        (FieldKind::Email, Value::String(s)) if s.is_empty() => Ok(()),
        (FieldKind::Email, Value::String(s)) => settings::valid_email(s),
        (FieldKind::Text | FieldKind::Url, Value::String(s)) if s.len() <= 4000 => Ok(()),
        (FieldKind::Select, Value::String(_) | Value::Object(_)) => Ok(()),
        (_, other) => Err(format!("{other} is not a value this field takes")),
    }
}

/// A deployment field's value in the form `deploy` writes.
fn deployment_value(k: &str, v: &Value) -> std::result::Result<(), String> {
    let short_text = |s: &str, max: usize| s.len() <= max && !s.chars().any(char::is_control);
    match (k, v) {
        ("isdeployed" | "allroles", Value::Bool(_)) => Ok(()),
        ("status", Value::String(s))
            if (1..=20).contains(&s.len()) && s.chars().all(|c| c.is_ascii_uppercase()) =>
        {
            Ok(())
        }
        ("loglevel", Value::Null) => Ok(()),
        ("loglevel", Value::String(s)) if deployments::LOG_LEVELS.contains(&s.as_str()) => Ok(()),
        ("loglevel", other) => Err(format!(
            "{other} is not one of {}",
            deployments::LOG_LEVELS.join(", ")
        )),
        ("runasrole" | "eventtype", Value::Null) => Ok(()),
        ("runasrole", Value::String(s)) if short_text(s, 100) => Ok(()),
        ("eventtype", Value::String(s)) if short_text(s, 40) => Ok(()),
        ("isdeployed" | "allroles" | "status" | "runasrole" | "eventtype", other) => {
            Err(format!("{other} is not a value this field takes"))
        }
        (other, _) => Err(format!(
            "'{other}' is not a deployment field oa-rt restores"
        )),
    }
}

/// What restoring did.
pub struct Restored {
    /// Backups of the values the restore replaced.
    pub backups: Vec<String>,
    /// Guided edits nobody could do.
    pub open: Vec<Guided>,
    /// Fields and deployments that did not read back with the restored values.
    pub not_restored: Vec<String>,
}

/// Restores: deployments first (the settings rules for leads and prospects look at them), then the settings;
/// each backed up first and read back after.
pub async fn restore(cx: &Apply<'_>, plan: &RestorePlan) -> Result<Restored> {
    let ns = &cx.clients.netsuite;
    let mut done = Restored {
        backups: Vec::new(),
        open: Vec::new(),
        not_restored: Vec::new(),
    };
    if !plan.deployments.is_empty() {
        done.backups
            .extend(deployments::backup(cx, &plan.deployments)?);
        let (results, waiting) = deployments::make_each(cx, &plan.deployments).await?;
        done.open.extend(waiting);
        let failed: Vec<String> = plan
            .deployments
            .iter()
            .zip(&results)
            .filter(|(_, r)| r.outcome == deployments::ChangeOutcome::Failed)
            .map(|(c, r)| {
                format!(
                    "{} {}: {}",
                    c.action,
                    c.deployment,
                    r.detail.as_deref().unwrap_or("failed")
                )
            })
            .collect();
        if !failed.is_empty() {
            // Stop at the first failure: the settings are not restored either; the journal finishes it.
            return Err(deployments::stopped_failure(&failed).into());
        }
    }
    if let Some((obs, changes)) = &plan.settings
        && !changes.is_empty()
    {
        let committed = settings::commit(cx, obs, changes).await?;
        done.backups.extend(committed.backup_id);
        done.not_restored
            .extend(committed.wrong.iter().map(|f| f.id.to_string()));
    }
    let after = deployments::observe(ns, ns.role())
        .await?
        .map_err(Failure::from)?;
    for c in &plan.deployments {
        let back = after
            .deployments
            .iter()
            .find(|d| d.scriptid == c.deployment)
            .map(|d| deployments::current(d, &c.set));
        if back.as_ref() != Some(&c.set) {
            done.not_restored.push(c.deployment.clone());
        }
    }
    Ok(done)
}
