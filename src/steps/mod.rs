//! The steps of the seed procedure, each in its own file with its whole life cycle — observe, check, plan,
//! apply, verify — and listed once, in the seed's order, in [`STEPS`].
//!
//! What every step reads is defined here: the [`Snapshot`] of the account (one part per step, filled by the job),
//! the [`Target`] (what the account should be), the [`Evidence`] people recorded, and the plan's [`Item`]s. Checks
//! and plans are pure functions of a [`View`] of those; applying goes through the shared client and the
//! [`Operator`] of the command.

pub mod bundles;
pub mod certificate;
pub mod deployments;
pub mod evidence;
pub mod openair;
pub mod order;
pub mod order_probe;
pub mod reads;
pub mod role;
pub mod settings;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use futures_util::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};

use crate::client::Clients;
use crate::operator::{GuideOutcome, Guided, Operator};
use crate::output::Output;

/// The registry: every step, once, in the seed's order. `status`, `plan`, `apply` and `setup` go through it.
pub static STEPS: [&dyn Step; 7] = [
    &bundles::Bundles,
    &role::Role,
    &deployments::Deployments,
    &order::Order,
    &settings::Settings,
    &openair::OpenAir,
    &certificate::Certificate,
];

/// One step's whole life cycle. Observing is each step's `observe` function, called by the job for all steps at
/// once (some depend on others); verifying is observing again and planning: what is still planned did not happen.
pub trait Step: Sync {
    fn id(&self) -> StepId;
    /// The wizard's one-sentence explanation.
    fn explain(&self) -> &'static str;
    /// The findings about the account against the target. Pure.
    fn check(&self, view: &View<'_>) -> Vec<Finding>;
    /// The changes that make the account as the target says, in order. Pure. A failing check no change fixes has
    /// no item (it stays in `check`).
    fn plan(&self, view: &View<'_>) -> Vec<Item>;
    /// Makes this step's items so — through an API, or guided — and says how each ended, verified.
    fn apply<'a>(
        &'a self,
        cx: &'a Apply<'a>,
        items: &'a [&'a Item],
        result: &'a mut Applied,
    ) -> LocalBoxFuture<'a, Result<()>>;
}

/// The step of a name.
pub fn step(id: StepId) -> &'static dyn Step {
    *STEPS
        .iter()
        .find(|s| s.id() == id)
        .expect("every step id is in the registry")
}

/// The steps by name, in the seed's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    Bundles,
    Role,
    Deployments,
    Order,
    Settings,
    Openair,
    Certificate,
}

impl StepId {
    pub fn as_str(self) -> &'static str {
        match self {
            StepId::Bundles => "bundles",
            StepId::Role => "role",
            StepId::Deployments => "deployments",
            StepId::Order => "order",
            StepId::Settings => "settings",
            StepId::Openair => "openair",
            StepId::Certificate => "certificate",
        }
    }
}

/// How to install the companion RESTlet, wherever its absence is reported.
pub const COMPANION_INSTALL_FIX: &str = "install the companion RESTlet: `oa-rt companion export DIR`, then follow DIR/INSTALL.md (SuiteCloud CLI or the UI), deployed to the integration role";

/// A check's verdict. `needs-check` and `guided` exist because some facts have no API: the tool never reports
/// as passed what it could not observe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Ok,
    /// Recorded by the administrator (running order), still valid.
    Confirmed,
    Warn,
    /// Cannot be observed; a person must look (and may record a confirmation).
    NeedsCheck,
    /// Only a person can do it; the tool shows how.
    Guided,
    Fail,
}

impl Verdict {
    pub const ALL: [Verdict; 6] = [
        Verdict::Ok,
        Verdict::Confirmed,
        Verdict::Warn,
        Verdict::NeedsCheck,
        Verdict::Guided,
        Verdict::Fail,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Confirmed => "confirmed",
            Verdict::Warn => "warn",
            Verdict::NeedsCheck => "needs-check",
            Verdict::Guided => "guided",
            Verdict::Fail => "fail",
        }
    }

    /// Whether this verdict was made and found right: ok, confirmed by a person, or only a warning.
    pub fn passes(self) -> bool {
        matches!(self, Verdict::Ok | Verdict::Confirmed | Verdict::Warn)
    }
}

/// One check's result: what was checked, the verdict, what was seen, and how to fix it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub check: String,
    pub verdict: Verdict,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Finding {
    pub fn new(check: impl Into<String>, verdict: Verdict, detail: impl Into<String>) -> Self {
        Finding {
            check: check.into(),
            verdict,
            detail: detail.into(),
            fix: None,
        }
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }
}

/// Why a part of the account could not be observed. Its checks say so instead of passing or failing: a question
/// the account refused (a column or a permission it does not give) is `needs-check` with the account's answer and
/// how to grant it; what must exist and does not (the companion RESTlet, the settings record) is `fail`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unobserved {
    pub verdict: Verdict,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Unobserved {
    pub fn new(verdict: Verdict, detail: impl Into<String>) -> Self {
        Unobserved {
            verdict,
            detail: detail.into(),
            fix: None,
        }
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }

    /// The finding of a check that could not be made.
    pub fn finding(&self, check: impl Into<String>) -> Finding {
        Finding {
            check: check.into(),
            verdict: self.verdict,
            detail: self.detail.clone(),
            fix: self.fix.clone(),
        }
    }
}

/// A command that needs a part it could not observe ends with it (exit 1), naming why and the fix.
impl From<Unobserved> for crate::error::Failure {
    fn from(u: Unobserved) -> Self {
        let f = crate::error::Failure::failed(u.detail);
        match u.fix {
            Some(fix) => f.with_hint(fix),
            None => f,
        }
    }
}

/// One part of a snapshot: what was observed, or why it could not be.
pub type Part<T> = std::result::Result<T, Unobserved>;

/// An observation's result as a part: a question the account refused is a part it could not observe; any other
/// error (the network, authentication) ends the command.
pub fn part<T>(result: Result<T>) -> Result<Part<T>> {
    match result {
        Ok(v) => Ok(Ok(v)),
        Err(e) => match refusal(&e) {
            Some(u) => Ok(Err(u)),
            None => Err(e),
        },
    }
}

/// The question NetSuite refused, as a part that could not be observed, if that is what the error is: the detail
/// names NetSuite's answer and the permission it needs, the fix where to grant it.
pub fn refusal(e: &anyhow::Error) -> Option<Unobserved> {
    let r = crate::client::netsuite::refused(e)?;
    Some(Unobserved::new(Verdict::NeedsCheck, r.detail()).fix(r.fix()))
}

/// Everything observed at one moment: one part per step.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    pub account: String,
    pub sandbox: bool,
    pub bundles: Part<Vec<bundles::InstalledBundle>>,
    pub role: Part<role::RoleObservation>,
    pub deployments: Part<deployments::Observation>,
    pub order: Part<Vec<order::RecordTypeScripts>>,
    pub settings: Part<settings::Observation>,
    pub certificate: Part<certificate::Observation>,
    /// OpenAir's XML API: the user it answers as.
    pub openair: Part<String>,
}

impl Snapshot {
    /// A digest of what was observed: a saved plan is applied only while the account still looks like this.
    pub fn stamp(&self) -> String {
        let bytes = serde_json::to_vec(self).expect("a snapshot serializes");
        let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &bytes);
        d.as_ref().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The installed bundles as id → version (empty when they could not be read).
    pub fn installed(&self) -> BTreeMap<String, String> {
        self.bundles
            .iter()
            .flatten()
            .map(|b| (b.id.clone(), b.version.clone()))
            .collect()
    }

    /// The parts the account refused to show (`needs-check`): nothing is planned for them, so a plan without
    /// changes does not mean the account is as the desired state says.
    pub fn unobserved(&self) -> Vec<(StepId, &Unobserved)> {
        fn of<T>(step: StepId, part: &Part<T>) -> Option<(StepId, &Unobserved)> {
            part.as_ref()
                .err()
                .filter(|u| u.verdict == Verdict::NeedsCheck)
                .map(|u| (step, u))
        }
        [
            of(StepId::Bundles, &self.bundles),
            of(StepId::Role, &self.role),
            of(StepId::Deployments, &self.deployments),
            of(StepId::Order, &self.order),
            of(StepId::Settings, &self.settings),
            of(StepId::Openair, &self.openair),
            of(StepId::Certificate, &self.certificate),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Record types where the send script (either version) is deployed now (none when unobserved).
    pub fn deployed_record_types(&self) -> Vec<String> {
        self.deployments
            .as_ref()
            .map(deployments::Observation::deployed_record_types)
            .unwrap_or_default()
    }
}

/// What the account should be: the desired state resolved for one profile and account (`crate::job::target`).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Record types the v2.0 send script is deployed on, upper case (CUSTOMER, JOB, ...).
    pub record_types: Vec<String>,
    pub log_level: String,
    pub include_leads: bool,
    pub include_prospects: bool,
    /// The role the deployments execute as (and the one whose permissions are checked).
    pub role: String,
    /// The error e-mail; `None` keeps the account's.
    pub error_email: Option<String>,
    /// The OpenAir account's public address, for the settings record.
    pub openair_url: Proposed,
    /// The value for the settings record's database id.
    pub db_id: Proposed,
    /// Checks warn when the real-time certificate expires within this many days (OpenAir should rotate it); they
    /// fail once OpenAir's rotation window has passed (`certificate::Window::Rotation`).
    pub certificate_window_days: i64,
    /// The evidence file: running-order confirmations and test-import proofs (next to the desired-state file).
    pub evidence: PathBuf,
}

impl Target {
    /// How close to expiry the real-time certificate may come (`certificate::Window::Rotation`).
    pub fn window(&self) -> certificate::Window {
        certificate::Window::Rotation {
            warn_days: self.certificate_window_days,
        }
    }
}

/// A value the account should hold, and where it comes from: named by a person (the profile, `settings set`), or
/// derived by oa-rt — a proposal, which fills an empty field but never replaces a different live value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposed {
    pub value: String,
    pub named: bool,
}

impl std::fmt::Display for Proposed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.value)
    }
}

impl Proposed {
    pub fn named(value: impl Into<String>) -> Self {
        Proposed {
            value: value.into(),
            named: true,
        }
    }

    pub fn derived(value: impl Into<String>) -> Self {
        Proposed {
            value: value.into(),
            named: false,
        }
    }
}

pub use evidence::Evidence;

/// What checks and plans read: the account as observed, the target, the evidence, and the time.
#[derive(Clone, Copy)]
pub struct View<'a> {
    pub snap: &'a Snapshot,
    pub target: &'a Target,
    pub evidence: &'a Evidence,
    pub now: i64,
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

/// What an item does, per step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Action {
    Bundle {
        bundle: String,
        /// Done once the installed version is at least this.
        minimum: String,
        /// What the emulator's simulated operator installs (the newest version known).
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
        /// The field id.
        field: String,
        value: serde_json::Value,
    },
    OpenairForm {
        leads: bool,
        prospects: bool,
    },
    /// Seed step 5's note: OpenAir's admin form includes NetSuite leads/prospects in the customers import before
    /// NetSuite's settings record does (guided: no API sets it).
    OpenairCustomerImport {
        leads: bool,
        prospects: bool,
    },
    Certificate {
        rotate: bool,
    },
}

/// One change a plan makes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub step: StepId,
    pub what: String,
    pub now: String,
    pub wanted: String,
    pub how: How,
    pub action: Action,
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

impl Outcome {
    /// The outcome of a guided step whose effect was then observed (or not).
    pub fn of_guided(g: GuideOutcome) -> Outcome {
        match g {
            GuideOutcome::Simulated | GuideOutcome::Reported => Outcome::Guided,
            GuideOutcome::Waiting => Outcome::Waiting,
            GuideOutcome::Declined => Outcome::NotDone,
        }
    }

    /// Whether it changed the account.
    pub fn changed(&self) -> bool {
        matches!(
            self,
            Outcome::Applied | Outcome::Guided | Outcome::Unobservable
        )
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Done {
    pub item: Item,
    pub outcome: Outcome,
}

/// What applying items did.
#[derive(Debug, Default)]
pub struct Applied {
    pub done: Vec<Done>,
    /// Ids of the backups written before the changes.
    pub backups: Vec<String>,
    /// Guided steps nobody could do (exit 5).
    pub open: Vec<Guided>,
}

impl Applied {
    pub fn push(&mut self, item: &Item, outcome: Outcome) {
        self.done.push(Done {
            item: item.clone(),
            outcome,
        });
    }

    /// Records how a guided item ended; one nobody could do stays open.
    pub fn guided(&mut self, item: &Item, g: GuideOutcome, guided: Guided) {
        if g == GuideOutcome::Waiting {
            self.open.push(guided);
        }
        self.push(item, Outcome::of_guided(g));
    }
}

/// What applying needs besides the items.
pub struct Apply<'a> {
    pub clients: &'a Clients,
    pub target: &'a Target,
    pub operator: &'a Operator,
    pub out: &'a Output,
    /// The profile's name, for backups.
    pub profile: &'a str,
    /// `apply`, `setup`, ...: for backups.
    pub command: &'a str,
    /// How long to watch for the effect of a guided step.
    pub timeout: Duration,
}

impl Apply<'_> {
    /// How to watch for the effect of a guided step of this apply.
    pub fn watch(&self, what: impl Into<String>) -> crate::operator::Watch {
        crate::operator::Watch {
            what: what.into(),
            timeout: self.timeout,
            interval: Duration::from_secs(5),
        }
    }
}

/// Items of one step, from a whole plan.
pub fn items_of(items: &[Item], id: StepId) -> Vec<&Item> {
    items.iter().filter(|i| i.step == id).collect()
}
