//! The whole job, for `status`, `plan`, `apply`, `setup` and the commands that need more than one step: every
//! step observed at once ([`snapshot`]), judged against one [`Target`] ([`target`]) with the evidence people
//! recorded, planned as a list of items ([`plan`]), applied in the seed's order ([`apply`]), and the pass policy
//! ([`policy`]). The steps themselves are in `crate::steps`, listed once in `crate::steps::STEPS`.

pub mod access;
pub mod apply;
pub mod journal;
pub mod lock;
pub mod order_probe;
pub mod plan;
pub mod policy;
pub mod restore;
pub mod snapshot;
pub mod target;
pub mod test_import;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use self::policy::Health;
use self::target::{DesiredFile, DesiredState};
use crate::client::Clients;
use crate::client::profile::Profile;
use crate::steps::{Evidence, Item, Proposed, STEPS, Snapshot, StepId, Target, Verdict, View};

/// One profile's account pair, connected.
pub struct Job {
    pub clients: Clients,
    /// The profile's name.
    pub profile: String,
    /// The integration role named in the profile.
    pub role: String,
    /// The OpenAir company id.
    pub company: String,
    /// The OpenAir account's public address, for the settings record (named in the profile, or derived).
    pub openair_url: Proposed,
    /// The settings record's database id (named in the profile, or the company id).
    pub db_id: Proposed,
}

impl Job {
    /// Both clients for a profile. The profile is consumed: its secrets move into the clients.
    pub fn connect(profile: Profile) -> Result<Job> {
        Ok(Job {
            profile: profile.name.clone(),
            role: profile.netsuite.role.clone(),
            company: profile.openair.company.clone(),
            openair_url: proposed(profile.openair.account_url()),
            db_id: proposed(profile.openair.db_id()),
            clients: Clients::connect(profile)?,
        })
    }

    pub fn account(&self) -> String {
        self.clients.netsuite.account().to_string()
    }

    /// The target of the profile alone, without a desired-state file or the account's defaults: for commands
    /// that change single fields or deployments (restore) and need only the role and the OpenAir account.
    pub fn profile_target(&self) -> Result<Target> {
        DesiredFile {
            path: target::DEFAULT_FILE.into(),
            exists: false,
            state: DesiredState::defaults(&[], None),
        }
        .target(self)
    }

    /// Observes the account and judges it against the desired state of `path` as read (`None`: no file, the
    /// defaults drawn from the account).
    pub async fn look(&self, path: &Path, state: Option<DesiredState>) -> Result<Look> {
        // Without a desired-state file, the record types of a pending journal (a run that did not finish) are the
        // default: a half-made change is drift, never the new intent.
        let pending = match &state {
            None => journal::load(&self.account())?
                .map(|j| j.record_types)
                .filter(|t| !t.is_empty()),
            Some(_) => None,
        };
        let snap =
            snapshot::observe(&self.clients, &target::execute_as(state.as_ref(), self)).await?;
        let file = DesiredFile::new(path, state, &snap, pending.as_deref());
        self.judge(snap, file)
    }

    /// Observes the account afresh and judges it against the same desired state.
    pub async fn look_again(&self, file: &DesiredFile) -> Result<Look> {
        let snap =
            snapshot::observe(&self.clients, &target::execute_as(Some(&file.state), self)).await?;
        self.judge(snap, file.clone())
    }

    fn judge(&self, snap: Snapshot, file: DesiredFile) -> Result<Look> {
        let target = file.target(self)?;
        let evidence = Evidence::load(&target.evidence)?;
        // NetSuite's clock: certificates are valid, or not, by the services' time.
        let now = self.clients.netsuite.now();
        let view = View {
            snap: &snap,
            target: &target,
            evidence: &evidence,
            now,
        };
        let checks = checks(&view);
        let items = plan::plan(&view);
        Ok(Look {
            snap,
            file,
            target,
            evidence,
            now,
            checks,
            items,
        })
    }
}

fn proposed((value, named): (String, bool)) -> Proposed {
    Proposed { value, named }
}

/// The account as observed at one moment, judged: its checks and the plan that makes it as the target says.
pub struct Look {
    pub snap: Snapshot,
    pub file: DesiredFile,
    pub target: Target,
    pub evidence: Evidence,
    pub now: i64,
    pub checks: Vec<Check>,
    pub items: Vec<Item>,
}

impl Look {
    pub fn health(&self) -> Health {
        policy::health(self.checks.iter().map(|c| c.verdict))
    }

    /// Failing checks no item addresses (no companion, a localized script that runs after, ...).
    pub fn unresolved(&self) -> Vec<&Check> {
        self.checks
            .iter()
            .filter(|c| c.verdict == Verdict::Fail && !self.items.iter().any(|i| i.step == c.step))
            .collect()
    }

    /// Nothing to change, nothing failing, and every part observed: the desired state is in effect (checks only a
    /// person can make may remain: [`Look::passes`] judges those).
    pub fn in_sync(&self) -> bool {
        self.items.is_empty()
            && self.health() != Health::Failing
            && self.snap.unobserved().is_empty()
    }

    /// The pass policy for this look: in sync, and every check made and passed (or allowed to remain unverified).
    pub fn passes(&self, allow_unverified: bool) -> bool {
        self.in_sync() && self.health().passes(allow_unverified)
    }

    /// The checks not made: only a person can make them (needs-check, guided), each with its fix.
    pub fn not_verified(&self) -> Vec<&Check> {
        not_verified(&self.checks)
    }

    /// The steps nothing could be planned for: the account refused to show them (`needs-check`, with why).
    pub fn unplanned(&self) -> Vec<Check> {
        self.snap
            .unobserved()
            .into_iter()
            .map(|(step, u)| Check {
                step,
                check: "not planned".into(),
                verdict: u.verdict,
                detail: u.detail.clone(),
                fix: u.fix.clone(),
            })
            .collect()
    }

    pub fn items_of(&self, step: StepId) -> Vec<Item> {
        self.items
            .iter()
            .filter(|i| i.step == step)
            .cloned()
            .collect()
    }
}

/// One line of `status`: a step's finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub step: StepId,
    pub check: String,
    pub verdict: Verdict,
    pub detail: String,
    pub fix: Option<String>,
}

/// Every step's checks, in the seed's order. Pure.
pub fn checks(view: &View<'_>) -> Vec<Check> {
    STEPS
        .iter()
        .flat_map(|step| {
            step.check(view).into_iter().map(|f| Check {
                step: step.id(),
                check: f.check,
                verdict: f.verdict,
                detail: f.detail,
                fix: f.fix,
            })
        })
        .collect()
}

/// The checks among these that were not made (needs-check, guided): what a person has to do to verify them.
pub fn not_verified(checks: &[Check]) -> Vec<&Check> {
    checks
        .iter()
        .filter(|c| c.verdict != Verdict::Fail && !c.verdict.passes())
        .collect()
}

/// Counts per verdict, for `status --json` and the one-line summary.
pub fn summary(checks: &[Check]) -> BTreeMap<&'static str, usize> {
    Verdict::ALL
        .iter()
        .map(|v| {
            (
                v.as_str(),
                checks.iter().filter(|c| c.verdict == *v).count(),
            )
        })
        .collect()
}
