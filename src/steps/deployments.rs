//! Step 3 of the seed: the send-record scripts' deployments. The scripts are found by name (both brand names) and
//! bundle membership, never by id. The plan undeploys every SuiteScript 1.0 deployment and deploys the v2.0 script
//! on each chosen record type with the settings the integration needs; it is applied through the companion
//! RESTlet, and where NetSuite refuses (`BUNDLE_LOCKED`) a person does it in the UI.

use std::collections::BTreeMap;
use std::fmt;

use anyhow::Result;
use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::bundles::SPECS;
use super::reads::{Answer, Ask, Reads};
use super::role::sql_literal;
use super::{
    Action, Applied, Apply, Finding, How, Item, Outcome, Part, Step, StepId, Target, Verdict, View,
};
use crate::client::netsuite::{CompanionError, CompanionMissing, NetSuite, Row};
use crate::error::Failure;
use crate::operator::{GuideOutcome, Guided};
use crate::platform::bundles::REALTIME_ADDON as REALTIME_BUNDLE;
pub use crate::platform::companion::DeploymentFields;
use crate::platform::companion::{BUNDLE_LOCKED, DeploymentRead, UpdateDeployment};
use crate::platform::ui::UiAction;

/// The script's name under both brands; the v2.0 script's name continues with " v2.0".
pub const SEND_SCRIPT_NAMES: &[&str] = &[
    "OpenAir: Send Record to OpenAir",
    "SuiteProjects Pro: Send Record to SuiteProjects Pro",
];
/// The seed's deployments of the real-time script for leads and prospects.
pub const LEAD_DEPLOYMENT: &str = "customdeploy_oa_send_lead";
pub const PROSPECT_DEPLOYMENT: &str = "customdeploy_oa_send_prospect";
pub const DEFAULT_LOG_LEVEL: &str = "ERROR";
pub const LOG_LEVELS: &[&str] = &["DEBUG", "AUDIT", "ERROR", "EMERGENCY"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ApiVersion {
    #[serde(rename = "1.0")]
    V1,
    #[serde(rename = "2.x")]
    V2,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SendScript {
    pub id: String,
    pub scriptid: String,
    pub name: String,
    pub version: ApiVersion,
    /// Bundles containing it (None when the companion RESTlet could not tell).
    pub bundles: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeploymentState {
    /// The deployment's internal id.
    pub id: String,
    pub scriptid: String,
    pub script: String,
    pub record_type: String,
    pub deployed: bool,
    pub status: String,
    pub log_level: Option<String>,
    /// The fields no public SuiteQL shows (audience, Execute As Role, event type), read through the companion
    /// RESTlet, or why they could not be.
    pub fields: std::result::Result<DeploymentFields, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Observation {
    pub scripts: Vec<SendScript>,
    /// Scripts that carry the name but are not from bundle 369630 (left alone).
    pub lookalikes: Vec<SendScript>,
    pub deployments: Vec<DeploymentState>,
    pub role_name: String,
    /// The role's internal id (none when no role has the name), or why it could not be looked up.
    pub role_id: std::result::Result<Option<String>, String>,
    pub companion: bool,
}

impl Observation {
    pub fn script(&self, version: ApiVersion) -> Option<&SendScript> {
        self.scripts.iter().find(|s| s.version == version)
    }
    fn ids(&self, version: ApiVersion) -> Vec<&str> {
        self.scripts
            .iter()
            .filter(|s| s.version == version)
            .map(|s| s.id.as_str())
            .collect()
    }
    /// Record types where the send script (either version) is deployed now.
    pub fn deployed_record_types(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .deployments
            .iter()
            .filter(|d| d.deployed && !matches!(d.record_type.as_str(), "LEAD" | "PROSPECT"))
            .map(|d| d.record_type.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// Scripts whose name starts with a send script's name (`alias.name LIKE …`).
pub fn name_filter(alias: &str) -> String {
    SEND_SCRIPT_NAMES
        .iter()
        .map(|n| format!("{alias}.name LIKE {}", sql_literal(&format!("{n}%"))))
        .collect::<Vec<_>>()
        .join(" OR ")
}

/// The send scripts (found by name) and their deployments, one row per deployment (a script without any: one row
/// without the deployment's columns). User event deployments come from their own table; the status and log level
/// from `scriptdeployment`, where public SuiteQL shows them (docs/emulator-fidelity.md, "Deployment tables").
pub static SEND_QUERY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT s.id, s.scriptid, s.name, s.apiversion, u.id AS deploymentid, u.scriptid AS deployment,
                u.recordtype, u.isdeployed, d.status, d.loglevel
         FROM script s
         LEFT JOIN usereventscriptdeployment u ON u.script = s.id
         LEFT JOIN scriptdeployment d ON d.scriptid = u.scriptid
         WHERE s.scripttype = 'USEREVENT' AND ({})
         ORDER BY s.id, u.id",
        name_filter("s")
    )
});

/// Observe: the send scripts, their bundle, their deployments, the integration role's id (unobserved when the
/// account refuses the question).
pub async fn observe(netsuite: &NetSuite, role_name: &str) -> Result<Part<Observation>> {
    from_reads(
        &super::reads::read(netsuite, &ask(role_name)).await?,
        role_name,
    )
}

/// What the deployments step reads: the send scripts with their deployments (then their bundles and fields), and
/// the roles (the Execute As Role's id).
pub fn ask(role_name: &str) -> Ask {
    super::role::ask(role_name).and(Ask {
        send: Some(SEND_QUERY.clone()),
        ..Default::default()
    })
}

/// Whether a script belongs to the real-time add-on (its current id or its legacy one).
fn is_realtime_addon(bundle: &str) -> bool {
    SPECS
        .iter()
        .any(|b| b.id == REALTIME_BUNDLE && (b.id == bundle || b.legacy_id == bundle))
}

/// The deployments' observation from what was read: the send scripts and their deployments, which bundles ship the
/// scripts (only the bundle's own are ours to change), the role's id, and the deployments' fields.
pub fn from_reads(reads: &Reads, role_name: &str) -> Result<Part<Observation>> {
    let rows = match &reads.send {
        Ok(rows) => rows,
        Err(u) => return super::part(Err(u.error())),
    };
    let mut scripts: Vec<SendScript> = Vec::new();
    let mut all_deployments = Vec::new();
    for r in rows {
        let id = r.require("id")?;
        if !scripts.iter().any(|s| s.id == id) {
            scripts.push(SendScript {
                id: id.to_string(),
                scriptid: r.require("scriptid")?.to_string(),
                name: r.get("name").unwrap_or("").to_string(),
                version: if r.get("apiversion").is_some_and(|v| v.starts_with('2')) {
                    ApiVersion::V2
                } else {
                    ApiVersion::V1
                },
                bundles: None,
            });
        }
        if r.get("deployment").is_some() {
            all_deployments.push(deployment_from_row(r)?);
        }
    }
    // In the order of their ids, as the Scripted Records page and earlier versions list them.
    all_deployments.sort_by(|a, b| numeric(&a.id).cmp(&numeric(&b.id)).then(a.id.cmp(&b.id)));
    let membership = if scripts.is_empty() {
        None
    } else {
        match &reads.script_bundles {
            Ok(m) => Some(m),
            Err(super::reads::Unread::Missing(_)) => None,
            Err(u) => return super::part(Err(u.error())),
        }
    };
    let companion = membership.is_some() || scripts.is_empty();
    if let Some(m) = membership {
        for s in &mut scripts {
            s.bundles = Some(m.of(&s.scriptid));
        }
    }
    let (scripts, lookalikes): (Vec<SendScript>, Vec<SendScript>) =
        scripts.into_iter().partition(|s| {
            s.bundles
                .as_ref()
                .is_none_or(|b| b.iter().any(|x| is_realtime_addon(x)))
        });
    // Deployments of look-alike scripts are not ours: left out.
    let mut deployments: Vec<DeploymentState> = all_deployments
        .into_iter()
        .filter(|d| scripts.iter().any(|s| s.id == d.script))
        .collect();
    let fields = match fields_from(&reads.deployment_fields) {
        Ok(fields) => fields,
        Err(u) => return super::part(Err(u.error())),
    };
    for d in &mut deployments {
        d.fields = fields(&d.scriptid);
    }
    // Role names compare without regard to case, as NetSuite's UI does.
    let role_id = match &reads.roles {
        Ok(r) => Ok(r
            .roles
            .iter()
            .find(|r| {
                r.get("name")
                    .is_some_and(|n| n.eq_ignore_ascii_case(role_name))
            })
            .map(|r| r.require("id").map(str::to_string))
            .transpose()?),
        Err(u) => {
            let e = u.error();
            match super::refusal(&e) {
                Some(unobserved) => Err(unobserved.detail),
                None => return Err(e),
            }
        }
    };
    Ok(Ok(Observation {
        scripts,
        lookalikes,
        deployments,
        role_name: role_name.to_string(),
        role_id,
        companion,
    }))
}

/// An id's number, for ordering (ids that are not numbers after those that are).
fn numeric(id: &str) -> u64 {
    id.parse().unwrap_or(u64::MAX)
}

/// Each deployment's fields that only the deployment record shows (read through the companion RESTlet), or why
/// they could not be read: the RESTlet missing or older than this oa-rt (every deployment says so), NetSuite
/// refusing a bundle's record (that deployment says so). An error of the whole call is the part's.
pub fn fields_from(
    read: &Answer<BTreeMap<String, DeploymentRead>>,
) -> std::result::Result<
    impl Fn(&str) -> std::result::Result<DeploymentFields, String> + '_,
    super::reads::Unread,
> {
    let all_unread = match read {
        Ok(_) => None,
        Err(super::reads::Unread::Missing(_)) => Some("the companion RESTlet is not installed"),
        // An older companion without this action.
        Err(u) if u.is_unknown_action() => {
            Some("the companion RESTlet is older than this oa-rt (no deployments.get)")
        }
        Err(u) => return Err(u.clone()),
    };
    Ok(move |script_id: &str| {
        if let Some(why) = all_unread {
            return Err(why.to_string());
        }
        match read.as_ref().ok().and_then(|m| m.get(script_id)) {
            Some(DeploymentRead::Fields(f)) => Ok(f.clone()),
            Some(DeploymentRead::Refused { error }) => {
                Err(format!("{}: {}", error.code, error.message))
            }
            None => Err("the companion RESTlet did not answer for it".into()),
        }
    })
}

fn deployment_from_row(r: &Row) -> Result<DeploymentState> {
    Ok(DeploymentState {
        id: r.require("deploymentid")?.to_string(),
        scriptid: r.require("deployment")?.to_string(),
        script: r.require("id")?.to_string(),
        record_type: r.require("recordtype")?.to_ascii_uppercase(),
        deployed: r.flag("isdeployed"),
        status: r.get("status").unwrap_or("").to_string(),
        log_level: r.get("loglevel").map(str::to_string),
        fields: Err("not read yet".into()),
    })
}

/// What a change does to a deployment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Undeploy,
    Deploy,
    /// Deployed, but a setting is wrong.
    Update,
    /// Back to the values of a backup.
    Restore,
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ChangeKind::Undeploy => "undeploy",
            ChangeKind::Deploy => "deploy",
            ChangeKind::Update => "update",
            ChangeKind::Restore => "restore",
        })
    }
}

/// One deployment change: the fields to set and what they are now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub deployment: String,
    pub record_type: String,
    pub action: ChangeKind,
    pub script: String,
    pub set: Map<String, Value>,
    pub from: Map<String, Value>,
}

impl Change {
    /// What this change replaces, for the backup written before it.
    pub fn backup_entry(&self) -> crate::backup::Entry {
        crate::backup::Entry {
            kind: crate::backup::EntryKind::Deployment,
            target: self.deployment.clone(),
            values: self.from.clone(),
        }
    }

    /// "Deployed: F -> T; Status: TESTING -> RELEASED".
    pub fn describe(&self, role_name: &str) -> String {
        self.set
            .iter()
            .map(|(k, to)| {
                let label = field_label(k);
                let show = |v: &Value| match (k.as_str(), v) {
                    (_, Value::Null) => "(blank)".to_string(),
                    (_, Value::Bool(b)) => if *b { "T" } else { "F" }.to_string(),
                    ("runasrole", Value::String(s))
                        if !role_name.is_empty() && self.set.get(k) == Some(v) =>
                    {
                        format!("{s} ({role_name})")
                    }
                    (_, Value::String(s)) => s.clone(),
                    (_, other) => other.to_string(),
                };
                let from = match self.from.get(k) {
                    Some(v) => show(v),
                    None => "(unknown)".to_string(),
                };
                format!("{label}: {from} -> {}", show(to))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A deployment field as the script deployment record labels it in NetSuite's UI, from its id (the SuiteQL column
/// or the companion RESTlet's field, which JSON and saved plans keep): the one mapping every human table and
/// message about deployments uses (`deploy`'s plan, the plan and wizard tables, guided steps).
pub fn field_label(k: &str) -> &'static str {
    match k {
        "isdeployed" => "Deployed",
        "status" => "Status",
        "allroles" => "All Roles",
        "runasrole" => "Execute As Role",
        "loglevel" => "Log Level",
        "eventtype" => "Event Type",
        _ => "Field",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub changes: Vec<Change>,
    pub findings: Vec<Finding>,
}

/// Plan: undeploy every SuiteScript 1.0 deployment, deploy the v2.0 script on each chosen record type (and leads
/// and prospects when they are included) with Deployed, Released, All Roles, Execute As Role = the integration
/// role, the log level, and a blank event type (the script itself acts on create, edit and xedit).
pub fn plan(obs: &Observation, target: &Target) -> Plan {
    let mut findings = Vec::new();
    let mut changes = Vec::new();
    if obs.script(ApiVersion::V2).is_none() {
        findings.push(Finding {
            check: "v2.0 send script".into(),
            verdict: Verdict::Fail,
            detail: "no \"Send Record to OpenAir v2.0\" script from bundle 369630 in the account"
                .into(),
            fix: Some("install or update bundle 369630 to 3.0 or later (`oa-rt bundles`)".into()),
        });
    }
    let role_id = match &obs.role_id {
        Ok(Some(id)) => Some(id.clone()),
        Ok(None) => {
            findings.push(Finding {
                check: "integration role".into(),
                verdict: Verdict::Fail,
                detail: format!("no role named '{}' to run the script as", obs.role_name),
                fix: Some(
                    "set netsuite.role in the profile to the integration role (`oa-rt role` checks it)"
                        .into(),
                ),
            });
            return Plan { changes, findings };
        }
        Err(why) => {
            findings.push(
                Finding::new(
                    "Execute As Role",
                    Verdict::NeedsCheck,
                    format!(
                        "the internal id of role '{}' could not be looked up, so the deployments' Execute As Role is neither checked nor set: {why}",
                        obs.role_name
                    ),
                )
                .fix(format!(
                    "on each v2.0 deployment: Execute As Role = {}",
                    obs.role_name
                )),
            );
            None
        }
    };
    let v1 = obs.ids(ApiVersion::V1);
    let v2 = obs.ids(ApiVersion::V2);
    let script_name = |id: &str| {
        obs.scripts
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    for d in obs
        .deployments
        .iter()
        .filter(|d| v1.contains(&d.script.as_str()) && d.deployed)
    {
        let mut set = Map::new();
        set.insert("isdeployed".into(), Value::Bool(false));
        changes.push(Change {
            deployment: d.scriptid.clone(),
            record_type: d.record_type.clone(),
            action: ChangeKind::Undeploy,
            script: script_name(&d.script),
            from: current(d, &set),
            set,
        });
    }
    let mut targets: Vec<String> = target.record_types.clone();
    if target.include_leads {
        targets.push("LEAD".into());
    }
    if target.include_prospects {
        targets.push("PROSPECT".into());
    }
    for rt in &targets {
        let candidates: Vec<&DeploymentState> = obs
            .deployments
            .iter()
            .filter(|d| v2.contains(&d.script.as_str()) && &d.record_type == rt)
            .collect();
        // The seed names the lead and prospect deployments; elsewhere prefer the one already deployed.
        let named = match rt.as_str() {
            "LEAD" => candidates.iter().find(|d| d.scriptid == LEAD_DEPLOYMENT),
            "PROSPECT" => candidates
                .iter()
                .find(|d| d.scriptid == PROSPECT_DEPLOYMENT),
            _ => None,
        };
        let chosen = named
            .or_else(|| candidates.iter().find(|d| d.deployed))
            .or_else(|| candidates.first());
        let Some(d) = chosen else {
            if obs.script(ApiVersion::V2).is_some() {
                findings.push(Finding {
                    check: format!("v2.0 deployment for {rt}"),
                    verdict: Verdict::Fail,
                    detail: format!("the v2.0 script has no deployment for {rt}"),
                    fix: Some(format!(
                        "Customization > Scripting > Scripts > \"{}\" > View > Deploy Script: Applies To {}, then run `oa-rt deploy` again",
                        obs.script(ApiVersion::V2).map(|s| s.name.as_str()).unwrap_or(SEED_V2_NAME),
                        crate::platform::record_types::label(rt)
                    )),
                });
            }
            continue;
        };
        let mut want = Map::new();
        want.insert("isdeployed".into(), Value::Bool(true));
        want.insert("status".into(), json!("RELEASED"));
        // The fields only the deployment record shows: compared when they could be read, set with a deploy.
        match (&d.fields, d.deployed) {
            (Ok(_), _) | (Err(_), false) => {
                want.insert("allroles".into(), Value::Bool(true));
                if let Some(id) = &role_id {
                    want.insert("runasrole".into(), json!(id));
                }
                want.insert("eventtype".into(), Value::Null);
            }
            (Err(why), true) => findings.push(
                Finding::new(
                    format!(
                        "deployment {} ({}): audience, Execute As Role, event type",
                        d.scriptid, rt
                    ),
                    Verdict::NeedsCheck,
                    format!("no API showed them: {why}"),
                )
                .fix(format!(
                    "Customization > Scripting > Scripts > \"{}\" > View > Deployments subtab > {} ({}): Audience All Roles, Execute As Role {}, Event Type blank",
                    Some(script_name(&d.script))
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| SEED_V2_NAME.to_string()),
                    crate::platform::record_types::label(rt),
                    d.scriptid,
                    obs.role_name
                )),
            ),
        }
        want.insert("loglevel".into(), json!(target.log_level));
        let now = current(d, &want);
        let set: Map<String, Value> = want
            .into_iter()
            .filter(|(k, v)| now.get(k) != Some(v))
            .collect();
        if set.is_empty() {
            continue;
        }
        changes.push(Change {
            deployment: d.scriptid.clone(),
            record_type: rt.clone(),
            action: if d.deployed {
                ChangeKind::Update
            } else {
                ChangeKind::Deploy
            },
            script: script_name(&d.script),
            from: current(d, &set),
            set,
        });
    }
    Plan { changes, findings }
}

/// A deployment's current values of the given fields, in the plan's terms; a field that could not be read is
/// left out (so a change shows it as unknown).
pub fn current(d: &DeploymentState, fields: &Map<String, Value>) -> Map<String, Value> {
    let opt = |v: &Option<String>| v.clone().map(Value::String).unwrap_or(Value::Null);
    fields
        .keys()
        .filter_map(|k| {
            let v = match (k.as_str(), &d.fields) {
                ("isdeployed", _) => Value::Bool(d.deployed),
                ("status", _) => json!(d.status),
                ("loglevel", _) => opt(&d.log_level),
                ("allroles", Ok(f)) => Value::Bool(f.all_roles),
                ("runasrole", Ok(f)) => opt(&f.run_as_role),
                ("eventtype", Ok(f)) => opt(&f.event_type),
                ("allroles" | "runasrole" | "eventtype", Err(_)) => return None,
                _ => Value::Null,
            };
            Some((k.clone(), v))
        })
        .collect()
}

/// The seed's names of the send scripts (step 3), for guided steps when the account's name was not observed.
pub const SEED_V1_NAME: &str = "OpenAir: Send Record to OpenAir";
pub const SEED_V2_NAME: &str = "OpenAir: Send Record to OpenAir 2.0";
/// The seed's tip for finding the v2.0 script in the Scripts list.
pub const FROM_BUNDLE_TIP: &str =
    "Tip: use filters to show only the relevant scripts: set the From bundle filter to 369630";

impl Change {
    /// "deploy customdeploy_oa_send_customer_v2 (Customer)": the change for people (the record type by its UI
    /// label; [`Item::what`](super::Item) keeps the id for JSON and saved plans).
    pub fn title(&self) -> String {
        format!(
            "{} {} ({})",
            self.action,
            self.deployment,
            crate::platform::record_types::label(&self.record_type)
        )
    }
}

/// The UI steps for a deployment the API may not change, in the seed's words (step 3): undeploying the
/// SuiteScript 1.0 script from its script record in Edit mode (clear the Deployed boxes, OK to confirm, Save);
/// deploying or correcting the v2.0 script from its script record in View mode, through the deployment of the
/// record type. The script is named as observed on the account, the seed's name when it was not.
pub fn guided_edit(change: &Change, role_name: &str) -> Guided {
    let label = crate::platform::record_types::label(&change.record_type);
    let undeploy = change.action == ChangeKind::Undeploy;
    let script = match (change.script.is_empty(), undeploy) {
        (false, _) => change.script.as_str(),
        (true, true) => SEED_V1_NAME,
        (true, false) => SEED_V2_NAME,
    };
    let mut steps = vec!["Go to Customization > Scripting > Scripts".to_string()];
    if undeploy {
        steps.push(format!("Locate the \"{script}\" script and click Edit"));
        steps.push(format!(
            "On the Deployments subtab, clear the Deployed box of {label} ({}) and click OK to confirm",
            change.deployment
        ));
        for (k, v) in change
            .set
            .iter()
            .filter(|(k, _)| k.as_str() != "isdeployed")
        {
            steps.push(setting_step(k, v, role_name));
        }
        steps.push("Click Save".into());
    } else {
        steps.push(FROM_BUNDLE_TIP.to_string());
        steps.push(format!("Locate the \"{script}\" script and click View"));
        steps.push(format!(
            "On the Deployments subtab, click the record type {label} ({})",
            change.deployment
        ));
        steps.push("Click Edit".into());
        for (k, v) in &change.set {
            steps.push(setting_step(k, v, role_name));
        }
        steps.push("Click Save".into());
    }
    Guided {
        title: change.title(),
        why: "NetSuite lets a script edit only deployments of its own bundle, so the API refused this change".into(),
        steps,
        simulate: Some(UiAction::EditDeployment {
            deployment: change.deployment.clone(),
            set: change.set.clone(),
        }),
    }
}

/// One setting of a script deployment record, as a person sets it in the UI.
fn setting_step(k: &str, v: &Value, role_name: &str) -> String {
    let label = field_label(k);
    match (k, v) {
        ("isdeployed", Value::Bool(true)) => format!("Check the {label} box"),
        ("isdeployed", _) => format!("Clear the {label} box"),
        ("allroles", Value::Bool(false)) => "Audience subtab: clear Select All under Roles".into(),
        ("allroles", _) => "Audience subtab: check Select All under Roles (All Roles)".into(),
        ("runasrole", _) => format!("{label}: {role_name}"),
        ("eventtype", Value::Null) => {
            format!("{label}: blank (the script acts on create, edit and xedit)")
        }
        (_, v) => format!("{label}: {}", show_value(v)),
    }
}

/// Step 3: the send script's deployments.
pub struct Deployments;

impl Step for Deployments {
    fn id(&self) -> StepId {
        StepId::Deployments
    }

    fn explain(&self) -> &'static str {
        "The SuiteScript 1.0 send script must be undeployed everywhere and the v2.0 one deployed, released, for all roles and executed as the integration role on each chosen record type."
    }

    fn check(&self, view: &View<'_>) -> Vec<Finding> {
        let d = match &view.snap.deployments {
            Ok(d) => d,
            Err(u) => return vec![u.finding("send script deployments")],
        };
        let plan = plan(d, view.target);
        let mut out = plan.findings;
        let in_order = plan.changes.is_empty() && out.is_empty();
        for c in &plan.changes {
            out.push(
                Finding::new(
                    format!("deployment {} ({})", c.deployment, c.record_type),
                    Verdict::Fail,
                    format!("needs {}: {}", c.action, c.describe(&d.role_name)),
                )
                .fix("oa-rt apply (or oa-rt deploy)"),
            );
        }
        if in_order {
            out.push(Finding::new(
                "send script deployments",
                Verdict::Ok,
                format!(
                    "v2.0 deployed on {} as the integration needs; no SuiteScript 1.0 deployment active",
                    view.target.record_types.join(", ")
                ),
            ));
        }
        if !d.companion {
            out.push(
                Finding::new(
                    "bundle membership",
                    Verdict::Warn,
                    "the companion RESTlet is not installed: scripts were found by name only",
                )
                .fix(super::COMPANION_INSTALL_FIX),
            );
        }
        out
    }

    fn plan(&self, view: &View<'_>) -> Vec<Item> {
        let Ok(d) = &view.snap.deployments else {
            return Vec::new();
        };
        plan(d, view.target)
            .changes
            .into_iter()
            .map(|c| Item {
                step: StepId::Deployments,
                what: format!("{} {} ({})", c.action, c.deployment, c.record_type),
                now: show_fields(&c.from),
                wanted: show_fields(&c.set),
                how: How::Api,
                action: Action::Deployment { change: c },
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

/// `isdeployed=T, status=RELEASED, runasrole=(blank)`: the fields by id, as saved plans and JSON keep them.
pub fn show_fields(m: &Map<String, Value>) -> String {
    m.iter()
        .map(|(k, v)| format!("{k}={}", show_value(v)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `Deployed: T, Status: RELEASED, Execute As Role: (blank)`: the fields by their UI labels ([`field_label`]), for
/// people.
pub fn show_fields_labelled(m: &Map<String, Value>) -> String {
    m.iter()
        .map(|(k, v)| format!("{}: {}", field_label(k), show_value(v)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn show_value(v: &Value) -> String {
    match v {
        Value::Null => "(blank)".to_string(),
        Value::Bool(b) => if *b { "T" } else { "F" }.to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The deployment changes among a plan's items.
pub fn changes_of<'a>(items: impl IntoIterator<Item = &'a Item>) -> Vec<Change> {
    items
        .into_iter()
        .filter_map(|i| match &i.action {
            Action::Deployment { change } => Some(change.clone()),
            _ => None,
        })
        .collect()
}

async fn apply(cx: &Apply<'_>, items: &[&Item], result: &mut Applied) -> Result<()> {
    let changes = changes_of(items.iter().copied());
    let made = make_changes(cx, &changes, |id| {
        cx.out.note(&format!(
            "Backed up the deployments' current values as {id}."
        ));
    })
    .await?;
    result.backups.extend(made.backup);
    result.open.extend(made.open);
    if !made.stopped.is_empty() {
        return Err(stopped_failure(&made.stopped).into());
    }
    for (item, done) in items.iter().zip(made.results) {
        let still = made
            .remaining
            .iter()
            .any(|r| r.deployment == done.deployment);
        let outcome = match (done.outcome, still) {
            (ChangeOutcome::Applied, false) => Outcome::Applied,
            (_, false) => Outcome::Guided,
            (ChangeOutcome::Waiting, true) => Outcome::Waiting,
            (ChangeOutcome::Failed, true) => Outcome::Failed(done.detail.unwrap_or_default()),
            _ => Outcome::NotDone,
        };
        result.push(item, outcome);
    }
    Ok(())
}

/// How one deployment change went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeOutcome {
    /// Through the companion RESTlet.
    Applied,
    /// By a person (or the simulated operator) in the UI.
    Guided,
    /// A person is needed and none could be asked.
    Waiting,
    /// The person said no.
    Declined,
    /// The API failed for another reason than a refusal.
    Failed,
    /// Not made: an earlier change of the same record type failed or was declined.
    Skipped,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangeResult {
    pub deployment: String,
    pub outcome: ChangeOutcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// What making a list of changes did.
pub struct Made {
    /// The backup of what the changes replace.
    pub backup: Option<String>,
    /// One per change, in order.
    pub results: Vec<ChangeResult>,
    /// What the plan still wants after the changes, observed afresh: what did not happen.
    pub remaining: Vec<Change>,
    /// Guided edits nobody could do.
    pub open: Vec<Guided>,
    /// The record types a failed change stopped, with the state each reached ([`stopped`]); empty when none.
    pub stopped: Vec<String>,
    /// The deployments as observed after the changes.
    pub after: Observation,
}

/// What a list of changes replaces, as a backup entry each.
pub fn backup(cx: &Apply<'_>, changes: &[Change]) -> Result<Option<String>> {
    crate::backup::write(
        cx.profile,
        &cx.clients.netsuite.account().to_string(),
        cx.command,
        changes.iter().map(Change::backup_entry).collect(),
    )
}

/// Backs up (telling `backed_up` the backup's id), makes each change (through the API, or guided), then observes
/// again and plans against the target: whatever is still planned did not happen.
pub async fn make_changes(
    cx: &Apply<'_>,
    changes: &[Change],
    backed_up: impl FnOnce(&str),
) -> Result<Made> {
    let backup = backup(cx, changes)?;
    if let Some(id) = &backup {
        backed_up(id);
    }
    let (results, open) = make_each(cx, changes).await?;
    let after = observe(&cx.clients.netsuite, &cx.target.role)
        .await?
        .map_err(Failure::from)?;
    Ok(Made {
        backup,
        stopped: stopped(changes, &results, &after),
        results,
        remaining: plan(&after, cx.target).changes,
        open,
        after,
    })
}

/// Makes the changes in order ([`make`] each), stopping at the first failure of a record type: once a change of a
/// record type failed (or the person said no), no further change is made on that record type — its later
/// changes are [`ChangeOutcome::Skipped`] — so a refused undeploy of the 1.0 script is never followed by a deploy
/// of the 2.0 one (a double send). Other record types go on.
///
/// The order within a record type is the seed's (step 3): undeploy the 1.0 script, then deploy the 2.0 one. The
/// other order would leave, for as long as both are deployed, every save sent twice (a double import in OpenAir);
/// this one leaves, for a moment, a record type that sends nothing. That moment is made safe by the journal
/// (`crate::job::journal`): the intent is written before the first change, and a run that stops in between
/// (killed, or a failed deploy) is finished by the next one before anything else.
pub async fn make_each(
    cx: &Apply<'_>,
    changes: &[Change],
) -> Result<(Vec<ChangeResult>, Vec<Guided>)> {
    let mut results: Vec<ChangeResult> = Vec::new();
    let mut open = Vec::new();
    for c in changes {
        if blocked(changes, &results, &c.record_type) {
            cx.out.note(&format!(
                "  {} {}: not made, an earlier change of {} failed",
                c.action,
                c.deployment,
                crate::platform::record_types::label(&c.record_type)
            ));
            results.push(ChangeResult {
                deployment: c.deployment.clone(),
                outcome: ChangeOutcome::Skipped,
                detail: Some(format!("an earlier change of {} failed", c.record_type)),
            });
            continue;
        }
        let (done, waiting) = make(cx, c).await?;
        results.push(done);
        open.extend(waiting);
    }
    Ok((results, open))
}

/// Whether a change of this record type already failed (or was declined) among the results so far. Pure.
pub fn blocked(changes: &[Change], results: &[ChangeResult], record_type: &str) -> bool {
    changes.iter().zip(results).any(|(c, r)| {
        c.record_type == record_type
            && matches!(r.outcome, ChangeOutcome::Failed | ChangeOutcome::Declined)
    })
}

/// The record types a failure stopped, each with the state it reached as observed afterwards ("CUSTOMER: 1.0
/// undeployed, 2.0 not yet deployed"), and the first failure's message. Pure.
pub fn stopped(changes: &[Change], results: &[ChangeResult], after: &Observation) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (c, r) in changes.iter().zip(results) {
        if r.outcome != ChangeOutcome::Failed {
            continue;
        }
        let line = format!(
            "{}: {} ({} {} failed: {})",
            c.record_type,
            state_reached(after, &c.record_type),
            c.action,
            c.deployment,
            r.detail.as_deref().unwrap_or("no detail")
        );
        if !out
            .iter()
            .any(|l| l.starts_with(&format!("{}: ", c.record_type)))
        {
            out.push(line);
        }
    }
    out
}

/// A record type's send scripts as observed: "1.0 undeployed, 2.0 not yet deployed". Pure.
pub fn state_reached(obs: &Observation, record_type: &str) -> String {
    let deployed = |v: ApiVersion| {
        let ids = obs.ids(v);
        obs.deployments
            .iter()
            .any(|d| d.record_type == record_type && d.deployed && ids.contains(&d.script.as_str()))
    };
    format!(
        "1.0 {}, 2.0 {}",
        if deployed(ApiVersion::V1) {
            "still deployed"
        } else {
            "undeployed"
        },
        if deployed(ApiVersion::V2) {
            "deployed"
        } else {
            "not yet deployed"
        }
    )
}

/// The failure that ends a command whose deployment changes stopped at a failure (exit 4): the state each stopped
/// record type reached, and that the next run finishes it.
pub fn stopped_failure(stopped: &[String]) -> Failure {
    Failure::service(format!(
        "stopped at the first failure: {} — run again to finish",
        stopped.join("; ")
    ))
    .with_hint("run the same command again: it first finishes this one to its intent (the journal in the state directory; README \"Files\")")
}

/// Makes one deployment change through the companion RESTlet; where NetSuite refuses (or the companion is
/// missing) a person does it in the UI. Answers what happened and, when nobody could do it, the open step.
pub async fn make(cx: &Apply<'_>, change: &Change) -> Result<(ChangeResult, Option<Guided>)> {
    let result = cx
        .clients
        .netsuite
        .companion(&UpdateDeployment {
            script_id: change.deployment.clone(),
            set: change.set.clone(),
        })
        .await;
    let refused = match &result {
        Ok(_) => {
            cx.out.note(&format!(
                "  {} {}: done through the API",
                change.action, change.deployment
            ));
            return Ok((
                ChangeResult {
                    deployment: change.deployment.clone(),
                    outcome: ChangeOutcome::Applied,
                    detail: None,
                },
                None,
            ));
        }
        Err(e) => match (
            e.downcast_ref::<CompanionError>(),
            e.downcast_ref::<CompanionMissing>(),
        ) {
            (Some(c), _) if c.code == BUNDLE_LOCKED => c.message.clone(),
            (_, Some(_)) => "the companion RESTlet is not installed".to_string(),
            _ => {
                return Ok((
                    ChangeResult {
                        deployment: change.deployment.clone(),
                        outcome: ChangeOutcome::Failed,
                        detail: Some(format!("{e:#}")),
                    },
                    None,
                ));
            }
        },
    };
    let guided = guided_edit(change, &cx.target.role);
    let outcome = cx
        .operator
        .guide(&guided, "Done? (yes: verify now, no: stop here)")
        .await?;
    let done = ChangeResult {
        deployment: change.deployment.clone(),
        outcome: match outcome {
            GuideOutcome::Waiting => ChangeOutcome::Waiting,
            GuideOutcome::Declined => ChangeOutcome::Declined,
            GuideOutcome::Simulated | GuideOutcome::Reported => ChangeOutcome::Guided,
        },
        detail: Some(refused),
    };
    Ok((done, (outcome == GuideOutcome::Waiting).then_some(guided)))
}

/// Validates `--record-types` against the real-time list (platform-facts §3).
pub fn parse_record_types(list: &str) -> std::result::Result<Vec<String>, String> {
    let valid: Vec<&str> = crate::platform::record_types::REALTIME_TYPES
        .iter()
        .map(|(t, _, _)| *t)
        .collect();
    let mut out = Vec::new();
    for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let upper = item.to_ascii_uppercase();
        if !valid.contains(&upper.as_str()) {
            let suggestion = crate::text::closest(&upper, &valid)
                .map(|s| format!(" (did you mean {}?)", s.to_ascii_lowercase()))
                .unwrap_or_default();
            return Err(format!(
                "'{item}' is not a record type the real-time import covers{suggestion}; valid: {}",
                valid
                    .iter()
                    .map(|v| v.to_ascii_lowercase())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if !out.contains(&upper) {
            out.push(upper);
        }
    }
    if out.is_empty() {
        return Err("no record type given".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dep(id: &str, scriptid: &str, script: &str, rt: &str, deployed: bool) -> DeploymentState {
        DeploymentState {
            id: id.into(),
            scriptid: scriptid.into(),
            script: script.into(),
            record_type: rt.into(),
            deployed,
            status: if deployed { "RELEASED" } else { "TESTING" }.into(),
            log_level: Some("DEBUG".into()),
            fields: Ok(DeploymentFields {
                all_roles: deployed,
                run_as_role: None,
                event_type: None,
                all_localization_contexts: true,
                localization_context: None,
            }),
        }
    }

    fn obs() -> Observation {
        Observation {
            scripts: vec![
                SendScript {
                    id: "101".into(),
                    scriptid: "customscript_a".into(),
                    name: "OpenAir: Send Record to OpenAir".into(),
                    version: ApiVersion::V1,
                    bundles: Some(vec!["369630".into()]),
                },
                SendScript {
                    id: "102".into(),
                    scriptid: "customscript_b".into(),
                    name: "OpenAir: Send Record to OpenAir v2.0".into(),
                    version: ApiVersion::V2,
                    bundles: Some(vec!["369630".into()]),
                },
            ],
            lookalikes: vec![],
            deployments: vec![
                dep("1", "customdeploy_c1", "101", "CUSTOMER", true),
                dep("2", "customdeploy_c2", "102", "CUSTOMER", false),
                dep("3", "customdeploy_j1", "101", "JOB", true),
                dep("4", "customdeploy_j2", "102", "JOB", false),
                dep("5", LEAD_DEPLOYMENT, "102", "LEAD", false),
            ],
            role_name: "NSOA Connector".into(),
            role_id: Ok(Some("1001".into())),
            companion: true,
        }
    }

    fn desired(types: &[&str]) -> Target {
        Target {
            record_types: types.iter().map(|s| s.to_string()).collect(),
            log_level: "ERROR".into(),
            include_leads: false,
            include_prospects: false,
            role: "NSOA Connector".into(),
            error_email: None,
            openair_url: crate::steps::Proposed::derived(
                "https://acme.app.sandbox.netsuitesuiteprojectspro.com",
            ),
            db_id: crate::steps::Proposed::derived("acme"),
            certificate_window_days: 14,
            evidence: "oa-rt-evidence.toml".into(),
        }
    }

    #[test]
    fn upgrade_plan_undeploys_1_0_everywhere_and_deploys_2_0_on_the_chosen_types() {
        let p = plan(&obs(), &desired(&["CUSTOMER"]));
        let summary: Vec<(ChangeKind, &str)> = p
            .changes
            .iter()
            .map(|c| (c.action, c.deployment.as_str()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (ChangeKind::Undeploy, "customdeploy_c1"),
                (ChangeKind::Undeploy, "customdeploy_j1"),
                (ChangeKind::Deploy, "customdeploy_c2")
            ]
        );
        let deploy = &p.changes[2];
        assert_eq!(deploy.set["runasrole"], "1001");
        assert_eq!(deploy.set["status"], "RELEASED");
        assert!(
            deploy
                .describe("NSOA Connector")
                .contains("Execute As Role: (blank) -> 1001 (NSOA Connector)")
        );
        assert!(p.findings.is_empty());
    }

    #[test]
    fn fields_no_api_showed_are_never_planned_on_a_deployed_deployment_but_set_with_a_deploy() {
        let mut o = obs();
        for d in &mut o.deployments {
            d.fields = Err("BUNDLE_LOCKED: belongs to bundle 369630".into());
        }
        let p = plan(&o, &desired(&["CUSTOMER"]));
        // The v2.0 deployment is not deployed: deploying it sets every field, the unknown ones shown as such.
        let deploy = p
            .changes
            .iter()
            .find(|c| c.action == ChangeKind::Deploy)
            .unwrap();
        assert!(deploy.set.contains_key("runasrole") && !deploy.from.contains_key("runasrole"));
        assert!(
            deploy
                .describe("NSOA Connector")
                .contains("All Roles: (unknown) -> T")
        );
        // Deployed already: only what SuiteQL shows is compared; the rest needs a person's look.
        o.deployments[1].deployed = true;
        o.deployments[1].status = "RELEASED".into();
        o.deployments[1].log_level = Some("ERROR".into());
        let p = plan(&o, &desired(&["CUSTOMER"]));
        assert!(!p.changes.iter().any(|c| c.deployment == "customdeploy_c2"));
        let look = p
            .findings
            .iter()
            .find(|f| f.check.starts_with("deployment customdeploy_c2"))
            .unwrap();
        assert_eq!(look.verdict, Verdict::NeedsCheck);
        assert!(look.detail.contains("BUNDLE_LOCKED"), "{look:?}");
    }

    #[test]
    fn an_unreadable_role_id_leaves_the_execute_as_role_to_a_person() {
        let mut o = obs();
        o.role_id = Err("Record 'role' was not found.".into());
        let p = plan(&o, &desired(&["CUSTOMER"]));
        let deploy = p
            .changes
            .iter()
            .find(|c| c.action == ChangeKind::Deploy)
            .unwrap();
        assert!(!deploy.set.contains_key("runasrole"));
        assert!(
            p.findings
                .iter()
                .any(|f| f.check == "Execute As Role" && f.verdict == Verdict::NeedsCheck)
        );
    }

    #[test]
    fn a_correct_account_plans_nothing() {
        let mut o = obs();
        for d in &mut o.deployments {
            if d.script == "101" {
                d.deployed = false;
            } else if d.record_type != "LEAD" {
                d.deployed = true;
                d.status = "RELEASED".into();
                d.fields = Ok(DeploymentFields {
                    all_roles: true,
                    run_as_role: Some("1001".into()),
                    ..DeploymentFields::default()
                });
                d.log_level = Some("ERROR".into());
            }
        }
        assert!(plan(&o, &desired(&["CUSTOMER", "JOB"])).changes.is_empty());
        // Only the wrong field is changed.
        o.deployments[3].log_level = Some("DEBUG".into());
        let p = plan(&o, &desired(&["CUSTOMER", "JOB"]));
        assert_eq!(p.changes.len(), 1);
        assert_eq!(p.changes[0].action, ChangeKind::Update);
        assert_eq!(
            p.changes[0].set.keys().collect::<Vec<_>>(),
            vec!["loglevel"]
        );
    }

    #[test]
    fn leads_use_the_named_deployment_and_missing_ones_are_reported() {
        let mut d = desired(&["CUSTOMER"]);
        d.include_leads = true;
        d.include_prospects = true;
        let p = plan(&obs(), &d);
        assert!(p.changes.iter().any(|c| c.deployment == LEAD_DEPLOYMENT));
        assert_eq!(p.findings.len(), 1);
        assert!(p.findings[0].detail.contains("no deployment for PROSPECT"));
    }

    #[test]
    fn a_failed_change_stops_its_record_type_and_names_the_state_reached() {
        let p = plan(&obs(), &desired(&["CUSTOMER", "JOB"]));
        let kinds: Vec<(ChangeKind, &str)> = p
            .changes
            .iter()
            .map(|c| (c.action, c.record_type.as_str()))
            .collect();
        // The seed's order: every 1.0 undeploy before any 2.0 deploy.
        assert_eq!(
            kinds,
            vec![
                (ChangeKind::Undeploy, "CUSTOMER"),
                (ChangeKind::Undeploy, "JOB"),
                (ChangeKind::Deploy, "CUSTOMER"),
                (ChangeKind::Deploy, "JOB"),
            ]
        );
        let result = |outcome| ChangeResult {
            deployment: String::new(),
            outcome,
            detail: Some("connection reset".into()),
        };
        // JOB's undeploy failed: its deploy is blocked (no double send); CUSTOMER goes on.
        let results = vec![
            result(ChangeOutcome::Applied),
            result(ChangeOutcome::Failed),
        ];
        assert!(blocked(&p.changes, &results, "JOB"));
        assert!(!blocked(&p.changes, &results, "CUSTOMER"));
        assert!(blocked(
            &p.changes,
            &[result(ChangeOutcome::Declined)],
            "CUSTOMER"
        ));
        // CUSTOMER's deploy failed after its undeploy: the state reached, as observed afterwards.
        let mut after = obs();
        after.deployments[0].deployed = false;
        let results = vec![
            result(ChangeOutcome::Applied),
            result(ChangeOutcome::Applied),
            result(ChangeOutcome::Failed),
            result(ChangeOutcome::Applied),
        ];
        let lines = stopped(&p.changes, &results, &after);
        assert_eq!(
            lines,
            vec![
                "CUSTOMER: 1.0 undeployed, 2.0 not yet deployed (deploy customdeploy_c2 failed: connection reset)"
            ]
        );
        let f = stopped_failure(&lines);
        assert_eq!(f.kind, crate::error::Kind::Service);
        assert!(
            f.message.ends_with("— run again to finish"),
            "{}",
            f.message
        );
        assert_eq!(
            state_reached(&after, "JOB"),
            "1.0 still deployed, 2.0 not yet deployed"
        );
    }

    #[test]
    fn record_types_are_validated_with_a_suggestion() {
        assert_eq!(
            parse_record_types("customer, job").unwrap(),
            vec!["CUSTOMER", "JOB"]
        );
        let e = parse_record_types("custmer").unwrap_err();
        assert!(e.contains("did you mean customer?"), "{e}");
        assert!(e.contains("valid: employee, customer"), "{e}");
        assert!(parse_record_types(",").is_err());
    }

    #[test]
    fn guided_edit_lists_every_field_and_the_simulation() {
        let p = plan(&obs(), &desired(&["CUSTOMER"]));
        let g = guided_edit(&p.changes[2], "NSOA Connector");
        assert_eq!(
            g.steps[..5],
            [
                "Go to Customization > Scripting > Scripts",
                FROM_BUNDLE_TIP,
                "Locate the \"OpenAir: Send Record to OpenAir v2.0\" script and click View",
                "On the Deployments subtab, click the record type Customer (customdeploy_c2)",
                "Click Edit",
            ]
        );
        assert!(
            g.steps
                .iter()
                .any(|s| s == "Execute As Role: NSOA Connector")
        );
        assert_eq!(g.steps.last().unwrap(), "Click Save");
        assert_eq!(g.title, "deploy customdeploy_c2 (Customer)");
        assert_eq!(g.simulate.as_ref().unwrap().name(), "edit-deployment");
    }

    #[test]
    fn guided_undeploy_is_the_seeds_edit_of_the_1_0_script() {
        let p = plan(&obs(), &desired(&["CUSTOMER"]));
        let g = guided_edit(&p.changes[1], "NSOA Connector");
        assert_eq!(
            g.steps,
            [
                "Go to Customization > Scripting > Scripts",
                "Locate the \"OpenAir: Send Record to OpenAir\" script and click Edit",
                "On the Deployments subtab, clear the Deployed box of Project (customdeploy_j1) and click OK to confirm",
                "Click Save",
            ]
        );
        // A script whose name was not observed goes by the seed's name.
        let mut c = p.changes[2].clone();
        c.script.clear();
        assert!(guided_edit(&c, "NSOA Connector").steps.contains(&format!(
            "Locate the \"{SEED_V2_NAME}\" script and click View"
        )));
    }

    #[test]
    fn fields_show_by_id_for_json_and_by_ui_label_for_people() {
        let p = plan(&obs(), &desired(&["CUSTOMER"]));
        let c = &p.changes[2];
        assert!(show_fields(&c.set).starts_with("isdeployed=T, status=RELEASED, allroles=T"));
        assert!(
            show_fields_labelled(&c.set).starts_with("Deployed: T, Status: RELEASED, All Roles: T"),
            "{}",
            show_fields_labelled(&c.set)
        );
    }
}
