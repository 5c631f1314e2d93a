//! The whole job, shared by `status`, `plan`, `apply` and `setup`: every step observed at once, checked against
//! the desired state, planned as a list of items, and applied in the seed's order (bundles, role, deployments,
//! order, settings, OpenAir, certificate). Checks and plans are pure functions of one [`Snapshot`]; applying goes
//! through the same pieces as the single-step commands.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::Ctx;
use crate::backup;
use crate::client::Clients;
use crate::desired::DesiredState;
use crate::error::Failure;
use crate::interact::{self, GuideOutcome, Guided, Watch};
use crate::steps::order::ConfirmationsFile;
use crate::steps::{Verdict, bundles, certificate, deployments, order, role, settings};

/// The steps, in the seed's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Bundles,
    Role,
    Deployments,
    Order,
    Settings,
    Openair,
    Certificate,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Bundles,
        Step::Role,
        Step::Deployments,
        Step::Order,
        Step::Settings,
        Step::Openair,
        Step::Certificate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Bundles => "bundles",
            Step::Role => "role",
            Step::Deployments => "deployments",
            Step::Order => "order",
            Step::Settings => "settings",
            Step::Openair => "openair",
            Step::Certificate => "certificate",
        }
    }

    /// The wizard's one-sentence explanation.
    pub fn explain(self) -> &'static str {
        match self {
            Step::Bundles => {
                "The SRP bundles 369637, 369630 (and 369619 when installed) must be recent enough for the certificate-based real-time import; only SuiteBundler updates them."
            }
            Step::Role => {
                "The integration role needs OAuth 2.0, certificate and REST permissions at Full; only the role's page edits them."
            }
            Step::Deployments => {
                "The SuiteScript 1.0 send script must be undeployed everywhere and the v2.0 one deployed, released, for all roles and executed as the integration role on each chosen record type."
            }
            Step::Order => {
                "The send script must run after every other afterSubmit script of its record type; only the Scripted Records page shows and sets that order."
            }
            Step::Settings => {
                "The SRP integration settings record tells the v2.0 script where to send: real-time on, an error e-mail, the OpenAir account URL and database id."
            }
            Step::Openair => {
                "OpenAir must accept the import: the NetSuite Connector's real-time and OAuth 2.0 boxes, set in OpenAir's admin form (no API)."
            }
            Step::Certificate => {
                "OpenAir generates the certificate NetSuite signs each import with and uploads it into NetSuite as custcertificate_oa_realtime."
            }
        }
    }
}

/// One line of `status`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub step: Step,
    pub check: String,
    pub verdict: Verdict,
    pub detail: String,
    pub fix: Option<String>,
}

/// What the profile says about the account pair (the parts of the desired state no file holds).
#[derive(Debug, Clone)]
pub struct Facts {
    pub profile: String,
    /// The integration role named in the profile.
    pub role: String,
    /// The OpenAir account's public address, for the settings record.
    pub openair_url: String,
    /// The OpenAir company id, for the settings record's database id.
    pub db_id: String,
}

/// Everything observed at one moment.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    pub account: String,
    pub sandbox: bool,
    pub bundles: Option<Vec<bundles::InstalledBundle>>,
    pub role: role::RoleObservation,
    pub deployments: deployments::Observation,
    pub order: Vec<order::RecordTypeScripts>,
    pub settings: std::result::Result<settings::Observation, String>,
    pub certificate: Option<certificate::Observation>,
    /// OpenAir's XML API: the user it answers as, or why it did not.
    pub openair: std::result::Result<String, String>,
}

impl Snapshot {
    /// A digest of what was observed: a saved plan is applied only while the account still looks like this.
    pub fn stamp(&self) -> String {
        let bytes = serde_json::to_vec(self).expect("a snapshot serializes");
        let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &bytes);
        d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn installed(&self) -> BTreeMap<String, String> {
        self.bundles
            .iter()
            .flatten()
            .map(|b| (b.id.clone(), b.version.clone()))
            .collect()
    }
}

/// The profile in use and its clients.
pub async fn connect(ctx: &mut Ctx<'_>) -> Result<(Clients, Facts)> {
    let profile = ctx.profile().await?;
    let facts = Facts {
        profile: profile.name.clone(),
        role: profile.netsuite.role.clone(),
        openair_url: profile.openair.account_url(),
        db_id: profile.openair.company.clone(),
    };
    Ok((Clients::connect(profile)?, facts))
}

/// Observes every step. The token first (the others would only queue behind it), then every independent
/// observation at once; the client's semaphore keeps them within the account's concurrency cap. What remains
/// sequential are true dependencies: the send scripts → their deployments → the other scripts on those record
/// types → those scripts' bundles.
pub async fn observe(clients: &Clients, role_name: &str) -> Result<Snapshot> {
    let ns = &clients.netsuite;
    ns.prepare().await?;
    let deployments_and_order = async {
        let d = deployments::observe(ns, role_name).await?;
        let o = order::observe(ns, &d).await?;
        anyhow::Ok((d, o))
    };
    let (bundles, role, d_and_o, settings, certificate, openair) = tokio::join!(
        bundles::observe(ns),
        role::observe(ns, role_name),
        deployments_and_order,
        settings::observe(ns),
        certificate::observe(ns),
        clients.openair.check(),
    );
    let (deployments, order) = d_and_o?;
    Ok(Snapshot {
        account: ns.account().to_string(),
        sandbox: ns.account().is_sandbox(),
        bundles: bundles?,
        role: role?,
        deployments,
        order,
        settings: settings.map_err(|e| format!("{e:#}")),
        certificate: certificate?,
        openair: match openair {
            Ok(who) => Ok(who.user.nickname),
            // A wrong OpenAir credential must not hide the NetSuite side: it is one failing check.
            Err(e) => Err(format!("{e:#}")),
        },
    })
}

/// The desired state made concrete for one account pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Want {
    pub record_types: Vec<String>,
    pub log_level: String,
    pub include_leads: bool,
    pub include_prospects: bool,
    pub role: String,
    pub error_email: Option<String>,
    pub openair_url: String,
    pub db_id: String,
    pub certificate_window_days: i64,
}

impl Want {
    /// `record_types` are the file's, validated (upper case).
    pub fn new(desired: &DesiredState, record_types: Vec<String>, facts: &Facts) -> Want {
        Want {
            record_types,
            log_level: desired.log_level.clone(),
            include_leads: desired.include_leads,
            include_prospects: desired.include_prospects,
            role: desired
                .execute_as_role
                .clone()
                .unwrap_or_else(|| facts.role.clone()),
            error_email: desired.error_email.clone(),
            openair_url: facts.openair_url.clone(),
            db_id: facts.db_id.clone(),
            certificate_window_days: desired.certificate_window_days,
        }
    }

    fn deployments(&self) -> deployments::Desired {
        deployments::Desired {
            record_types: self.record_types.clone(),
            log_level: self.log_level.clone(),
            include_leads: self.include_leads,
            include_prospects: self.include_prospects,
        }
    }

    /// The settings fields the import needs: (field id, value).
    pub fn settings(&self) -> Vec<(&'static str, Value)> {
        let mut v = vec![
            ("custrecord_oa_realtime_enable", json!(true)),
            ("custrecord_oa_url", json!(self.openair_url)),
            ("custrecord_oa_db_id", json!(self.db_id)),
            (
                "custrecord_oa_realtime_include_lead",
                json!(self.include_leads),
            ),
            (
                "custrecord_oa_realtime_include_prospect",
                json!(self.include_prospects),
            ),
            // With the URL and database id set, the legacy SuiteSignOn record only misleads.
            ("custrecord_oa_realtime_sso_record", Value::Null),
        ];
        if let Some(e) = &self.error_email {
            v.insert(1, ("custrecord_oa_realtime_email", json!(e)));
        }
        v
    }
}

/// The desired-state file: its path and contents (the defaults when it does not exist).
pub struct DesiredFile {
    pub path: PathBuf,
    pub exists: bool,
    pub state: DesiredState,
}

/// The role the deployments execute as, and so the one observed: the desired state's, else the profile's.
pub fn execute_as(state: Option<&DesiredState>, facts: &Facts) -> String {
    state
        .and_then(|d| d.execute_as_role.clone())
        .unwrap_or_else(|| facts.role.clone())
}

impl DesiredFile {
    /// The file at `path` as read (`crate::desired::load`); without one, the defaults drawn from the account
    /// (where the send script is deployed now, the error e-mail it has).
    pub fn new(path: &Path, state: Option<DesiredState>, snap: &Snapshot) -> DesiredFile {
        let exists = state.is_some();
        let state = state.unwrap_or_else(|| {
            let email = snap
                .settings
                .as_ref()
                .ok()
                .and_then(|s| s.values.get("custrecord_oa_realtime_email"))
                .and_then(Value::as_str)
                .filter(|e| settings::valid_email(e).is_ok())
                .map(str::to_string);
            DesiredState::defaults(&snap.deployments.deployed_record_types(), email)
        });
        DesiredFile {
            path: path.to_path_buf(),
            exists,
            state,
        }
    }

    pub fn want(&self, facts: &Facts) -> Result<Want> {
        let types = self.state.validate(&self.path)?;
        Ok(Want::new(&self.state, types, facts))
    }

    pub fn confirmations_path(&self) -> PathBuf {
        self.state.confirmations_path(&self.path)
    }
}

fn check(step: Step, f: crate::steps::Finding) -> Check {
    Check {
        step,
        check: f.check,
        verdict: f.verdict,
        detail: f.detail,
        fix: f.fix,
    }
}

/// Check: every step against the desired state. Pure.
pub fn checks(
    snap: &Snapshot,
    want: &Want,
    confirmations: &ConfirmationsFile,
    proof: Option<&crate::proof::Proof>,
    now: i64,
) -> Vec<Check> {
    let mut out = Vec::new();
    // Bundles.
    match &snap.bundles {
        None => out.push(check(Step::Bundles, bundles::companion_missing_finding())),
        Some(installed) => {
            let r = bundles::evaluate(installed);
            for row in &r.bundles {
                let update = r.plan.iter().find(|u| u.bundle == row.id);
                out.push(Check {
                    step: Step::Bundles,
                    check: format!("bundle {} ({})", row.id, row.name),
                    verdict: row.verdict,
                    detail: row.detail.clone(),
                    fix: update
                        .map(|u| format!("{} it to {} in {}", u.action, u.target, u.ui_path)),
                });
            }
            out.extend(r.findings.into_iter().map(|f| check(Step::Bundles, f)));
        }
    }
    // Role.
    let r = role::evaluate(&snap.role);
    if r.ok {
        out.push(Check {
            step: Step::Role,
            check: format!("role '{}'", r.role),
            verdict: Verdict::Ok,
            detail: format!("has the {} permissions at Full", r.permissions.len()),
            fix: None,
        });
    }
    out.extend(r.findings.into_iter().map(|f| check(Step::Role, f)));
    // Deployments.
    let d = &snap.deployments;
    let plan = deployments::plan(d, &want.deployments());
    out.extend(
        plan.findings
            .into_iter()
            .map(|f| check(Step::Deployments, f)),
    );
    for c in &plan.changes {
        out.push(Check {
            step: Step::Deployments,
            check: format!("deployment {} ({})", c.deployment, c.record_type),
            verdict: Verdict::Fail,
            detail: format!("needs {}: {}", c.action, c.describe(&d.role_name)),
            fix: Some("oa-rt apply (or oa-rt deploy)".into()),
        });
    }
    if plan.changes.is_empty() && out.iter().all(|c| c.step != Step::Deployments) {
        out.push(Check {
            step: Step::Deployments,
            check: "send script deployments".into(),
            verdict: Verdict::Ok,
            detail: format!(
                "v2.0 deployed on {} as the integration needs; no SuiteScript 1.0 deployment active",
                want.record_types.join(", ")
            ),
            fix: None,
        });
    }
    if !d.companion {
        out.push(Check {
            step: Step::Deployments,
            check: "bundle membership".into(),
            verdict: Verdict::Warn,
            detail: "the companion RESTlet is not installed: scripts were found by name only"
                .into(),
            fix: Some(crate::steps::COMPANION_INSTALL_FIX.into()),
        });
    }
    // Order.
    for r in order::evaluate(&snap.order, confirmations, &snap.account, &snap.installed()) {
        out.push(check(Step::Order, order::finding(&r)));
    }
    // Settings: the record's own health, and how it differs from what is wanted.
    match &snap.settings {
        Err(e) => out.push(Check {
            step: Step::Settings,
            check: "settings record".into(),
            verdict: Verdict::Fail,
            detail: e.clone(),
            fix: None,
        }),
        Ok(s) => {
            let changes = settings::diff(&s.values, &want.settings());
            let changing = |c: &str| {
                changes
                    .iter()
                    .any(|(id, _, _)| settings_check_field(c) == Some(*id))
            };
            for f in settings::check(
                &s.values,
                &s.present,
                &crate::platform::account::AccountId::parse(&snap.account)
                    .expect("observed account id"),
            ) {
                if !changing(&f.check) {
                    out.push(check(Step::Settings, f));
                }
            }
            for (id, from, to) in &changes {
                let missing = !s.present.iter().any(|p| p == id);
                out.push(Check {
                    step: Step::Settings,
                    check: format!("setting {}", settings::field(id).map(|f| f.0).unwrap_or(id)),
                    // A leftover SuiteSignOn record is ignored once the URL and database id are set.
                    verdict: if *id == "custrecord_oa_realtime_sso_record" {
                        Verdict::Warn
                    } else {
                        Verdict::Fail
                    },
                    detail: if missing {
                        format!(
                            "the field does not exist yet (369637 < 4.0); wanted {}",
                            settings::show(Some(to))
                        )
                    } else {
                        format!(
                            "is {}, wanted {}",
                            settings::show(Some(from)),
                            settings::show(Some(to))
                        )
                    },
                    fix: Some(if missing {
                        "update bundle 369637 first, then oa-rt apply".into()
                    } else {
                        "oa-rt apply (or oa-rt settings set)".into()
                    }),
                });
            }
        }
    }
    // OpenAir.
    out.push(match &snap.openair {
        Ok(who) => Check {
            step: Step::Openair,
            check: "XML API".into(),
            verdict: Verdict::Ok,
            detail: format!("answers as {who}"),
            fix: None,
        },
        Err(e) => Check {
            step: Step::Openair,
            check: "XML API".into(),
            verdict: Verdict::Fail,
            detail: e.clone(),
            fix: Some("oa-rt profile test".into()),
        },
    });
    out.push(openair_switches(snap, proof));
    // Certificate.
    out.extend(
        certificate::check(snap.certificate.as_ref(), now, want.certificate_window_days)
            .into_iter()
            .map(|f| check(Step::Certificate, f)),
    );
    out
}

/// The check behind a settings field (so a wanted change and the record's own complaint are one line).
fn settings_check_field(check: &str) -> Option<&'static str> {
    Some(match check {
        "real-time integration box" => "custrecord_oa_realtime_enable",
        "error e-mail" => "custrecord_oa_realtime_email",
        "OpenAir URL" | "OpenAir URL and database id" => "custrecord_oa_url",
        "OpenAir database id" => "custrecord_oa_db_id",
        "SuiteSignOn record" => "custrecord_oa_realtime_sso_record",
        _ => return None,
    })
}

fn fingerprint(snap: &Snapshot) -> Option<String> {
    snap.certificate
        .as_ref()
        .and_then(|c| c.info.as_ref())
        .map(|i| i.sha256_fingerprint.clone())
}

/// No API shows the connector's switches: only a landed test import under the current certificate proves them.
fn openair_switches(snap: &Snapshot, proof: Option<&crate::proof::Proof>) -> Check {
    let current = fingerprint(snap);
    match proof {
        Some(p) if current.is_some() && p.certificate_sha256 == current => Check {
            step: Step::Openair,
            check: "NetSuite Connector switches".into(),
            verdict: Verdict::Confirmed,
            detail: format!(
                "a test import of {} landed in OpenAir on {} under the current certificate",
                p.record,
                &p.landed_at[..10.min(p.landed_at.len())]
            ),
            fix: None,
        },
        _ => Check {
            step: Step::Openair,
            check: "NetSuite Connector switches".into(),
            verdict: Verdict::NeedsCheck,
            detail: "no API shows OpenAir's real-time and OAuth 2.0 boxes; a test import that lands proves them".into(),
            fix: Some("oa-rt test-import --record customer:ID".into()),
        },
    }
}

/// How an item is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum How {
    /// Through an API.
    Api,
    /// By a person in a web UI (on an emulator, through its UI surface).
    Guided,
}

/// What an item does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Action {
    Bundle {
        bundle: String,
        /// Done once the installed version is at least this.
        minimum: String,
        /// What the emulator's simulated operator installs (the newest version it knows).
        version: String,
        ui_path: String,
        note: Option<String>,
    },
    Permission {
        role: String,
        key: String,
        level: u8,
    },
    Deployment {
        change: deployments::Change,
    },
    ConfirmOrder {
        record_type: String,
    },
    Setting {
        field: String,
        value: Value,
    },
    OpenairForm {
        leads: bool,
        prospects: bool,
    },
    Certificate {
        rotate: bool,
    },
}

/// One change the plan makes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub step: Step,
    pub what: String,
    pub now: String,
    pub wanted: String,
    pub how: How,
    pub action: Action,
}

/// The newest bundle versions the emulator's simulated operator installs.
const NEWEST: &[(&str, &str)] = &[("369637", "5.06"), ("369630", "4.03"), ("369619", "7.01")];

fn show_map(m: &Map<String, Value>) -> String {
    m.iter()
        .map(|(k, v)| {
            let v = match v {
                Value::Null => "(blank)".to_string(),
                Value::Bool(b) => if *b { "T" } else { "F" }.to_string(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            format!("{k}={v}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Plan: the items that make the account as wanted, in the seed's order. Pure. Checks that fail without an item
/// (no companion, a localized script that runs after) stay in `status` and keep `plan` from reporting "in sync".
pub fn plan(
    snap: &Snapshot,
    want: &Want,
    confirmations: &ConfirmationsFile,
    now: i64,
) -> Vec<Item> {
    let mut items = Vec::new();
    if let Some(installed) = &snap.bundles {
        for u in bundles::evaluate(installed).plan {
            let minimum = u
                .target
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
            let version = NEWEST
                .iter()
                .find(|(id, _)| *id == u.bundle)
                .map(|(_, v)| v.to_string())
                .unwrap_or_else(|| minimum.clone());
            items.push(Item {
                step: Step::Bundles,
                what: format!("{} bundle {} ({})", u.action, u.bundle, u.name),
                now: u.from.clone().unwrap_or_else(|| "not installed".into()),
                wanted: u.target.clone(),
                how: How::Guided,
                action: Action::Bundle {
                    bundle: u.bundle.to_string(),
                    minimum,
                    version,
                    ui_path: u.ui_path.clone(),
                    note: u.note.clone(),
                },
            });
        }
    }
    let r = role::evaluate(&snap.role);
    if r.role_id.is_some() {
        for p in r.permissions.iter().filter(|p| p.verdict == Verdict::Fail) {
            items.push(Item {
                step: Step::Role,
                what: format!("grant {} to '{}'", p.name, r.role),
                now: role::level_name(p.has).into(),
                wanted: role::level_name(p.needs).into(),
                how: How::Guided,
                action: Action::Permission {
                    role: r.role.clone(),
                    key: p.key.to_string(),
                    level: p.needs,
                },
            });
        }
    }
    for c in deployments::plan(&snap.deployments, &want.deployments()).changes {
        items.push(Item {
            step: Step::Deployments,
            what: format!("{} {} ({})", c.action, c.deployment, c.record_type),
            now: show_map(&c.from),
            wanted: show_map(&c.set),
            how: How::Api,
            action: Action::Deployment { change: c },
        });
    }
    for r in order::evaluate(&snap.order, confirmations, &snap.account, &snap.installed()) {
        if r.verdict == Verdict::NeedsCheck {
            items.push(Item {
                step: Step::Order,
                what: format!("confirm the running order of {}", r.record_type),
                now: "not confirmed".into(),
                wanted: "the send script below every other afterSubmit script".into(),
                how: How::Guided,
                action: Action::ConfirmOrder {
                    record_type: r.record_type.clone(),
                },
            });
        }
    }
    let mut leads_or_prospects_on = false;
    if let Ok(s) = &snap.settings {
        for (id, from, to) in settings::diff(&s.values, &want.settings()) {
            let missing = !s.present.iter().any(|p| p == id);
            if to == json!(true)
                && matches!(
                    id,
                    "custrecord_oa_realtime_include_lead"
                        | "custrecord_oa_realtime_include_prospect"
                )
            {
                leads_or_prospects_on = true;
            }
            items.push(Item {
                step: Step::Settings,
                what: format!("set {}", settings::field(id).map(|f| f.0).unwrap_or(id)),
                now: if missing {
                    "(field missing)".into()
                } else {
                    settings::show(Some(&from))
                },
                wanted: settings::show(Some(&to)),
                how: How::Api,
                action: Action::Setting {
                    field: id.to_string(),
                    value: to,
                },
            });
        }
    }
    // The admin form is due when OpenAir never made a certificate (the real-time import was never switched on
    // for the certificate flow), or when leads or prospects are newly included.
    let cert = snap.certificate.as_ref();
    let never_generated = cert.is_some_and(|c| !c.exists || c.placeholder);
    if never_generated || leads_or_prospects_on {
        items.push(Item {
            step: Step::Openair,
            what: "switch the real-time import on in OpenAir's admin form".into(),
            now: if never_generated {
                "not set up for certificates".into()
            } else {
                "leads/prospects not included".into()
            },
            wanted: format!(
                "real-time on, OAuth 2.0 on{}{}",
                if want.include_leads { ", leads" } else { "" },
                if want.include_prospects {
                    ", prospects"
                } else {
                    ""
                }
            ),
            how: How::Guided,
            action: Action::OpenairForm {
                leads: want.include_leads,
                prospects: want.include_prospects,
            },
        });
    }
    if cert.is_some() {
        let findings = certificate::check(cert, now, want.certificate_window_days);
        if findings.iter().any(|f| f.verdict == Verdict::Fail) {
            let valid_now = certificate::check(cert, now, 0)
                .iter()
                .all(|f| f.verdict.passes());
            items.push(Item {
                step: Step::Certificate,
                what: if valid_now {
                    "rotate the real-time certificate".into()
                } else {
                    "generate the real-time certificate".into()
                },
                now: findings
                    .iter()
                    .find(|f| f.verdict == Verdict::Fail)
                    .map(|f| f.detail.clone())
                    .unwrap_or_default(),
                wanted: format!(
                    "valid beyond {} days, signing",
                    want.certificate_window_days
                ),
                how: How::Guided,
                action: Action::Certificate { rotate: valid_now },
            });
        }
    }
    items
}

/// How one item ended.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Done through an API, and verified.
    Applied,
    /// Done by a person (or the emulator's simulated operator), and its effect observed.
    Guided,
    /// Done by a person (or the simulated operator); no API shows the effect (OpenAir's admin form).
    Unobservable,
    /// Already in effect when its turn came (an earlier item did it).
    AlreadyDone,
    /// A person is needed and none could be asked (exit 5).
    Waiting,
    /// The person said no, or the effect was not seen.
    NotDone,
    Failed(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct Done {
    pub item: Item,
    pub outcome: Outcome,
}

/// What applying a list of items did.
#[derive(Debug, Default)]
pub struct Applied {
    pub done: Vec<Done>,
    pub backups: Vec<String>,
    pub open: Vec<Guided>,
}

impl Applied {
    fn push(&mut self, item: &Item, outcome: Outcome) {
        self.done.push(Done {
            item: item.clone(),
            outcome,
        });
    }

    /// Records how a guided item ended; one nobody could do stays open (exit 5 at the end).
    fn guided(&mut self, item: &Item, g: GuideOutcome, guided: Guided) {
        if g == GuideOutcome::Waiting {
            self.open.push(guided);
        }
        self.push(item, outcome_of(g));
    }
}

/// The context applying needs besides the items.
pub struct Apply<'a> {
    pub clients: &'a Clients,
    pub want: &'a Want,
    pub confirmations: &'a Path,
    /// `apply`, `setup`: for backups.
    pub command: &'a str,
    /// How long to watch for the effect of a guided step.
    pub timeout: Duration,
}

fn watch(ctx: &Ctx<'_>, what: String, timeout: Duration) -> Watch {
    Watch {
        what,
        timeout,
        interval: if ctx.simulating() {
            Duration::from_millis(150)
        } else {
            Duration::from_secs(5)
        },
    }
}

fn outcome_of(g: GuideOutcome) -> Outcome {
    match g {
        GuideOutcome::Simulated | GuideOutcome::Reported => Outcome::Guided,
        GuideOutcome::Waiting => Outcome::Waiting,
        GuideOutcome::Declined => Outcome::NotDone,
    }
}

/// Applies the items in the seed's order, step by step: back up, change (or guide), verify.
pub async fn apply(ctx: &mut Ctx<'_>, a: &Apply<'_>, items: &[Item]) -> Result<Applied> {
    let mut result = Applied::default();
    for step in Step::ALL {
        let these: Vec<&Item> = items.iter().filter(|i| i.step == step).collect();
        if these.is_empty() {
            continue;
        }
        ctx.out.note(&format!("== {} ==", step.as_str()));
        match step {
            Step::Bundles => apply_bundles(ctx, a, &these, &mut result).await?,
            Step::Role => apply_role(ctx, a, &these, &mut result).await?,
            Step::Deployments => apply_deployments(ctx, a, &these, &mut result).await?,
            Step::Order => apply_order(ctx, a, &these, &mut result).await?,
            Step::Settings => apply_settings(ctx, a, &these, &mut result).await?,
            Step::Openair => {
                for item in these {
                    let Action::OpenairForm { leads, prospects } = &item.action else {
                        continue;
                    };
                    let form = super::enable::admin_form(*leads, *prospects);
                    let g = interact::guide_asking(ctx, &form, "Saved with both boxes checked?")
                        .await?;
                    if g == GuideOutcome::Waiting {
                        result.open.push(form);
                    }
                    result.push(
                        item,
                        match outcome_of(g) {
                            Outcome::Guided => Outcome::Unobservable,
                            other => other,
                        },
                    );
                }
            }
            Step::Certificate => {
                for item in these {
                    let ns = &a.clients.netsuite;
                    let before = certificate::observe(ns).await?;
                    let due = !certificate::check(
                        before.as_ref(),
                        crate::clock::unix(),
                        a.want.certificate_window_days,
                    )
                    .iter()
                    .all(|f| f.verdict.passes());
                    let outcome = if !due {
                        Outcome::AlreadyDone
                    } else {
                        let g =
                            super::cert::generate_and_watch(ctx, ns, before.as_ref(), a.timeout)
                                .await?;
                        if g == GuideOutcome::Waiting {
                            result.open.push(super::cert::generate_guided());
                        }
                        outcome_of(g)
                    };
                    result.push(item, outcome);
                }
            }
        }
    }
    Ok(result)
}

async fn apply_bundles(
    ctx: &mut Ctx<'_>,
    a: &Apply<'_>,
    items: &[&Item],
    result: &mut Applied,
) -> Result<()> {
    let ns = &a.clients.netsuite;
    let version_of = |list: &Option<Vec<bundles::InstalledBundle>>, id: &str| {
        list.iter()
            .flatten()
            .find(|b| b.id == id)
            .and_then(|b| crate::platform::bundles::Version::parse(&b.version))
    };
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
        let Some(min) = crate::platform::bundles::Version::parse(minimum) else {
            result.push(
                item,
                Outcome::Failed(format!("'{minimum}' is not a bundle version")),
            );
            continue;
        };
        if version_of(&bundles::observe(ns).await?, bundle).is_some_and(|v| v >= min) {
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
            simulate: Some((
                "install-bundle".into(),
                json!({ "bundle": bundle, "version": version }),
            )),
        };
        let w = watch(
            ctx,
            format!("bundle {bundle} at {minimum} or later"),
            a.timeout,
        );
        let g = interact::guide_and_watch(ctx, &guided, &w, || async {
            Ok(version_of(&bundles::observe(ns).await?, bundle).is_some_and(|v| v >= min))
        })
        .await?;
        result.guided(item, g, guided);
    }
    Ok(())
}

async fn apply_role(
    ctx: &mut Ctx<'_>,
    a: &Apply<'_>,
    items: &[&Item],
    result: &mut Applied,
) -> Result<()> {
    let ns = &a.clients.netsuite;
    let level_of = |obs: &role::RoleObservation, key: &str| {
        obs.permissions
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, l)| *l)
            .unwrap_or(0)
    };
    for item in items {
        let Action::Permission {
            role: name,
            key,
            level,
        } = &item.action
        else {
            continue;
        };
        // A bundle update earlier in the run may have granted it already.
        if level_of(&role::observe(ns, name).await?, key) >= *level {
            result.push(item, Outcome::AlreadyDone);
            continue;
        }
        let label = crate::steps::role::REQUIRED
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, n, _)| *n)
            .unwrap_or(key);
        let guided = Guided {
            title: item.what.clone(),
            why: "no API edits a role's permissions".into(),
            steps: vec![
                role::ui_path(name),
                format!("Add {label} at level {}", role::level_name(*level)),
                "Save".into(),
            ],
            simulate: Some((
                "set-permission".into(),
                json!({ "role": name, "permission": key, "level": level }),
            )),
        };
        let w = watch(ctx, format!("{label} on '{name}'"), a.timeout);
        let g = interact::guide_and_watch(ctx, &guided, &w, || async {
            Ok(level_of(&role::observe(ns, name).await?, key) >= *level)
        })
        .await?;
        result.guided(item, g, guided);
    }
    Ok(())
}

async fn apply_deployments(
    ctx: &mut Ctx<'_>,
    a: &Apply<'_>,
    items: &[&Item],
    result: &mut Applied,
) -> Result<()> {
    let ns = &a.clients.netsuite;
    let changes: Vec<&deployments::Change> = items
        .iter()
        .filter_map(|i| match &i.action {
            Action::Deployment { change } => Some(change),
            _ => None,
        })
        .collect();
    let entries = changes.iter().map(|c| c.backup_entry()).collect();
    if let Some(id) = backup::write(
        &ctx.profile_name(),
        &ns.account().to_string(),
        a.command,
        entries,
    )? {
        ctx.out.note(&format!(
            "Backed up the deployments' current values as {id}."
        ));
        result.backups.push(id);
    }
    let mut applied = Vec::new();
    for c in &changes {
        let (done, waiting) = super::deploy::apply_change(ctx, ns, c, &a.want.role).await?;
        applied.push(done);
        result.open.extend(waiting);
    }
    // Verify: whatever the plan still wants did not happen.
    let after = deployments::observe(ns, &a.want.role).await?;
    let remaining = deployments::plan(&after, &a.want.deployments()).changes;
    for (item, done) in items.iter().zip(applied) {
        let Action::Deployment { change } = &item.action else {
            continue;
        };
        let still = remaining.iter().any(|r| r.deployment == change.deployment);
        result.push(
            item,
            match (done.outcome, still) {
                (_, false) if done.outcome == "applied" => Outcome::Applied,
                (_, false) => Outcome::Guided,
                ("waiting", true) => Outcome::Waiting,
                ("failed", true) => Outcome::Failed(done.detail.unwrap_or_default()),
                _ => Outcome::NotDone,
            },
        );
    }
    Ok(())
}

async fn apply_order(
    ctx: &mut Ctx<'_>,
    a: &Apply<'_>,
    items: &[&Item],
    result: &mut Applied,
) -> Result<()> {
    let ns = &a.clients.netsuite;
    let account = ns.account().to_string();
    let deploy = deployments::observe(ns, &a.want.role).await?;
    let types = order::observe(ns, &deploy).await?;
    let installed = bundles::installed_versions(ns).await?;
    let send_name = deploy
        .script(deployments::ApiVersion::V2)
        .map(|s| s.name.clone())
        .unwrap_or_else(|| "OpenAir: Send Record to OpenAir v2.0".into());
    let mut file = ConfirmationsFile::load(a.confirmations)?;
    for item in items {
        let Action::ConfirmOrder { record_type } = &item.action else {
            continue;
        };
        let Some(rt) = types.iter().find(|t| &t.record_type == record_type) else {
            result.push(
                item,
                Outcome::Failed(format!(
                    "the v2.0 send script is no longer deployed on {record_type}"
                )),
            );
            continue;
        };
        let basis = super::verify_order::Basis {
            account: &account,
            send_name: &send_name,
            installed: &installed,
        };
        let open = super::verify_order::confirm(ctx, false, rt, &basis, &mut file, a.confirmations)
            .await?;
        let confirmed = order::evaluate(std::slice::from_ref(rt), &file, &account, &installed)
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

async fn apply_settings(
    ctx: &mut Ctx<'_>,
    a: &Apply<'_>,
    items: &[&Item],
    result: &mut Applied,
) -> Result<()> {
    let ns = &a.clients.netsuite;
    let mut wanted: Vec<(&'static str, Value)> = Vec::new();
    for item in items {
        if let Action::Setting { field, value } = &item.action {
            let Some(f) = settings::field(field) else {
                return Err(
                    Failure::usage(format!("the plan sets an unknown field '{field}'")).into(),
                );
            };
            wanted.push((f.1, value.clone()));
        }
    }
    let prepared = super::settings::prepare(ns, &wanted).await?;
    if prepared.changes.is_empty() {
        for item in items {
            result.push(item, Outcome::AlreadyDone);
        }
        return Ok(());
    }
    let committed =
        super::settings::commit(ctx, ns, &prepared.obs, &prepared.changes, a.command).await?;
    if let Some(id) = &committed.backup_id {
        ctx.out
            .note(&format!("Backed up the settings' previous values as {id}."));
        result.backups.push(id.clone());
    }
    for item in items {
        let Action::Setting { field, .. } = &item.action else {
            continue;
        };
        let changed = prepared.changes.iter().any(|(id, _, _)| id == field);
        let wrong = committed.wrong.iter().any(|id| id == field);
        result.push(
            item,
            match (changed, wrong) {
                (_, true) => Outcome::NotDone,
                (true, false) => Outcome::Applied,
                (false, false) => Outcome::AlreadyDone,
            },
        );
    }
    Ok(())
}

/// Reads the confirmations file named by the desired state (empty when it does not exist).
pub fn confirmations(file: &DesiredFile) -> Result<ConfirmationsFile> {
    ConfirmationsFile::load(&file.confirmations_path())
}

/// The table of a plan.
pub fn print_plan(ctx: &Ctx<'_>, items: &[Item]) {
    let mut t = ctx.out.table(&["Step", "Change", "Now", "Wanted", "How"]);
    for i in items {
        t.add_row(vec![
            i.step.as_str().to_string(),
            i.what.clone(),
            i.now.clone(),
            i.wanted.clone(),
            match i.how {
                How::Api => "API".to_string(),
                How::Guided => "guided (UI)".to_string(),
            },
        ]);
    }
    ctx.out.print_table(&t);
}

/// The table of checks.
pub fn print_checks(ctx: &Ctx<'_>, checks: &[Check]) {
    let mut t = ctx.out.table(&["Step", "Check", "Verdict", "Detail"]);
    for c in checks {
        t.add_row(vec![
            comfy_table::Cell::new(c.step.as_str()),
            comfy_table::Cell::new(&c.check),
            ctx.out.verdict_cell(c.verdict),
            comfy_table::Cell::new(&c.detail),
        ]);
    }
    ctx.out.print_table(&t);
    for c in checks.iter().filter(|c| !c.verdict.passes()) {
        if let Some(fix) = &c.fix {
            ctx.out
                .print(&format!("{} / {}: {fix}", c.step.as_str(), c.check));
        }
    }
}

/// Failing checks, each with its fix on the next line.
pub fn print_failing<'c>(ctx: &Ctx<'_>, checks: impl IntoIterator<Item = &'c Check>) {
    for c in checks {
        ctx.out.print(&format!(
            "  {} / {}: {}{}",
            c.step.as_str(),
            c.check,
            c.detail,
            c.fix
                .as_deref()
                .map(|f| format!("\n    fix: {f}"))
                .unwrap_or_default()
        ));
    }
}

/// Counts per verdict, for `status --json` and the one-line summary.
pub fn summary(checks: &[Check]) -> BTreeMap<&'static str, usize> {
    let mut m: BTreeMap<&'static str, usize> = BTreeMap::new();
    for v in [
        Verdict::Ok,
        Verdict::Confirmed,
        Verdict::Warn,
        Verdict::NeedsCheck,
        Verdict::Guided,
        Verdict::Fail,
    ] {
        m.insert(v.as_str(), checks.iter().filter(|c| c.verdict == v).count());
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::steps::deployments::{ApiVersion, DeploymentState, SendScript};

    const NOW: i64 = 1_800_000_000;

    fn facts() -> Facts {
        Facts {
            profile: "test".into(),
            role: "NSOA Connector".into(),
            openair_url: "https://acme.app.sandbox.netsuitesuiteprojectspro.com".into(),
            db_id: "acme".into(),
        }
    }

    fn want() -> Want {
        let mut d = DesiredState::defaults(&["CUSTOMER".into()], Some("ops@acme.example".into()));
        d.record_types = vec!["customer".into()];
        Want::new(&d, vec!["CUSTOMER".into()], &facts())
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
        let mut values = Map::new();
        for (k, v) in want().settings() {
            values.insert(k.to_string(), v);
        }
        Snapshot {
            account: "1234567_SB1".into(),
            sandbox: true,
            bundles: Some(vec![bundle("369637", "5.06"), bundle("369630", "4.03")]),
            role: role::RoleObservation {
                name: "NSOA Connector".into(),
                id: Some("1001".into()),
                inactive: false,
                permissions: role::REQUIRED
                    .iter()
                    .map(|(k, _, _)| (k.to_string(), 4))
                    .collect(),
                all_roles: vec!["NSOA Connector".into()],
            },
            deployments: deployments::Observation {
                scripts: vec![v2],
                lookalikes: vec![],
                deployments: vec![DeploymentState {
                    id: "2001".into(),
                    scriptid: "customdeploy_oa_send_customer_v2".into(),
                    script: "102".into(),
                    record_type: "CUSTOMER".into(),
                    deployed: true,
                    status: "RELEASED".into(),
                    all_roles: true,
                    run_as_role: Some("1001".into()),
                    log_level: Some("ERROR".into()),
                    event_type: None,
                }],
                role_name: "NSOA Connector".into(),
                role_id: Some("1001".into()),
                companion: true,
            },
            order: vec![],
            settings: Ok(settings::Observation {
                id: "1".into(),
                present: settings::FIELDS.iter().map(|f| f.1.to_string()).collect(),
                values,
            }),
            certificate: Some(certificate(200)),
            openair: Ok("admin".into()),
        }
    }

    fn plan_of(snap: &Snapshot) -> Vec<Item> {
        plan(snap, &want(), &ConfirmationsFile::default(), NOW)
    }

    #[test]
    fn a_healthy_account_has_nothing_to_plan_and_nothing_failing() {
        let snap = healthy();
        assert_eq!(plan_of(&snap), vec![]);
        let checks = checks(&snap, &want(), &ConfirmationsFile::default(), None, NOW);
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
        let mut proof = crate::proof::Proof {
            account: snap.account.clone(),
            record: "customer:1001".into(),
            landed_at: "2026-11-28T10:00:00Z".into(),
            certificate_sha256: fingerprint(&snap),
        };
        assert_eq!(
            openair_switches(&snap, Some(&proof)).verdict,
            Verdict::Confirmed
        );
        proof.certificate_sha256 = Some("an older certificate".into());
        assert_eq!(
            openair_switches(&snap, Some(&proof)).verdict,
            Verdict::NeedsCheck
        );
    }

    #[test]
    fn settings_that_differ_become_api_items_with_the_profiles_openair_url() {
        let mut snap = healthy();
        if let Ok(s) = &mut snap.settings {
            s.values.insert(
                "custrecord_oa_url".into(),
                json!("https://acme.app.netsuitesuiteprojectspro.com"),
            );
            s.values
                .insert("custrecord_oa_realtime_email".into(), json!(""));
        }
        let items = plan_of(&snap);
        let fields: Vec<(&str, &Value)> = items
            .iter()
            .filter_map(|i| match &i.action {
                Action::Setting { field, value } => Some((field.as_str(), value)),
                _ => None,
            })
            .collect();
        assert_eq!(
            fields,
            vec![
                ("custrecord_oa_realtime_email", &json!("ops@acme.example")),
                (
                    "custrecord_oa_url",
                    &json!("https://acme.app.sandbox.netsuitesuiteprojectspro.com")
                ),
            ]
        );
        assert!(items.iter().all(|i| i.how == How::Api));
    }

    #[test]
    fn without_an_email_in_the_desired_state_the_accounts_is_kept() {
        let mut w = want();
        w.error_email = None;
        assert!(
            !w.settings()
                .iter()
                .any(|(id, _)| *id == "custrecord_oa_realtime_email")
        );
    }

    #[test]
    fn no_certificate_means_the_admin_form_and_a_generation() {
        let mut snap = healthy();
        snap.certificate = Some(certificate::Observation {
            exists: false,
            name: None,
            description: None,
            file_type: None,
            info: None,
            placeholder: false,
            probe: None,
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
    fn a_certificate_inside_the_window_is_rotated_and_the_form_is_left_alone() {
        let mut snap = healthy();
        snap.certificate = Some(certificate(10));
        let items = plan_of(&snap);
        assert_eq!(items.len(), 1, "{items:#?}");
        assert_eq!(items[0].action, Action::Certificate { rotate: true });
        // Outside the window: nothing.
        snap.certificate = Some(certificate(30));
        assert_eq!(plan_of(&snap), vec![]);
    }

    #[test]
    fn including_leads_plans_the_setting_and_the_openair_form() {
        let snap = healthy();
        let mut w = want();
        w.include_leads = true;
        let items = plan(&snap, &w, &ConfirmationsFile::default(), NOW);
        let steps: Vec<Step> = items.iter().map(|i| i.step).collect();
        assert!(
            steps.contains(&Step::Settings) && steps.contains(&Step::Openair),
            "{items:#?}"
        );
        assert!(items.iter().any(|i| i.action
            == Action::OpenairForm {
                leads: true,
                prospects: false
            }));
    }

    #[test]
    fn old_bundles_are_guided_updates_to_at_least_their_minimum() {
        let mut snap = healthy();
        if let Some(b) = &mut snap.bundles {
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
    fn every_step_explains_itself() {
        for step in Step::ALL {
            assert!(step.explain().ends_with('.'), "{}", step.as_str());
        }
        assert_eq!(
            settings_check_field("OpenAir URL"),
            Some("custrecord_oa_url")
        );
        assert_eq!(settings_check_field("anything else"), None);
    }
}
