//! What the steps read from NetSuite, asked all at once. A command says which parts it needs ([`Ask`]); the
//! answers ([`Reads`]) come from one call of the companion RESTlet's `observe` action, or — without the companion,
//! or with an older one — from SuiteQL and the companion's single actions in two rounds: every question that
//! depends on nothing, then the ones that need their answers (the settings record by its id, the bundles and fields
//! of the scripts and deployments found). Each step builds its observation from these answers (`from_reads`), so
//! both paths are judged by the same code and nothing is read twice in one command.
//!
//! Each part is its answer or why it is missing ([`Unread`]): a question NetSuite refused, a companion that is not
//! installed or too old, or the companion's error for that part. Any other error (the network, authentication)
//! ends the command.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde_json::{Map, Value};

use crate::client::netsuite::{
    CompanionError, CompanionMissing, CompanionSupport, NetSuite, Refused, Row, row_from_item,
};
use crate::platform::companion::{
    Action, BundlesContainingScripts, CertificateReply, Column, DeploymentRead, DeploymentsPart,
    ErrorBody, GetCertificate, GetDeployments, InstalledBundle, ListBundles, Observe, Observed,
    PartReply, RecordRequest, ScriptBundles, SignProbe, Signature,
};

/// The parts a command needs, each step's questions as that step words them (`ask` in each step's file).
#[derive(Debug, Clone, Default)]
pub struct Ask {
    pub bundles: bool,
    /// The role list, with one role's permissions: the role step's, and the deployments' Execute As Role.
    pub roles: Option<RolesAsk>,
    /// The send scripts with their deployments (`deployment`, `scriptid` columns), and then their bundles and the
    /// deployments' fields.
    pub send: Option<String>,
    /// The other user event scripts on the send script's record types (`deployment`, `scriptid` columns), and then
    /// their bundles and the deployments' fields.
    pub others: Option<String>,
    pub settings: Option<SettingsAsk>,
    /// The certificate to inspect and the message of its signing probe.
    pub certificate: Option<SignProbe>,
}

/// The roles query (every role, with the permissions of the role named), and the roles alone for an account that
/// refuses the permissions.
#[derive(Debug, Clone)]
pub struct RolesAsk {
    pub name: String,
    pub query: String,
    pub list_query: String,
}

/// The query of the active settings records' ids, and the record type to read when there is one.
#[derive(Debug, Clone)]
pub struct SettingsAsk {
    pub ids_query: String,
    pub record_type: String,
}

impl Ask {
    /// This ask and `other`'s parts.
    pub fn and(self, other: Ask) -> Ask {
        Ask {
            bundles: self.bundles || other.bundles,
            roles: self.roles.or(other.roles),
            send: self.send.or(other.send),
            others: self.others.or(other.others),
            settings: self.settings.or(other.settings),
            certificate: self.certificate.or(other.certificate),
        }
    }

    /// Whether the scripts' bundles and the deployments' fields are asked (they follow the scripts).
    fn scripts(&self) -> bool {
        self.send.is_some() || self.others.is_some()
    }

    fn message(&self) -> String {
        self.certificate
            .as_ref()
            .map(|c| c.message.clone())
            .unwrap_or_default()
    }
}

/// Why a part is not there.
#[derive(Debug, Clone)]
pub enum Unread {
    /// The command did not ask for it (or what it depends on could not be read).
    NotAsked,
    /// NetSuite refused the question.
    Refused(Box<Refused>),
    /// The companion RESTlet is not deployed.
    Missing(CompanionMissing),
    /// The companion answered an error: `refused` when NetSuite refused its script a permission of the caller's
    /// role.
    Companion {
        error: CompanionError,
        refused: Option<Box<Refused>>,
    },
    /// NetSuite answered something other than what was asked (a row without a column the query names).
    Unexpected(String),
}

impl Unread {
    /// The part's error as a single call would have answered it.
    pub fn error(&self) -> anyhow::Error {
        match self {
            Unread::NotAsked => anyhow::anyhow!("a part of the account that was not asked for"),
            Unread::Refused(r) => (**r).clone().into(),
            Unread::Missing(m) => m.clone().into(),
            Unread::Companion { error, refused } => match refused {
                Some(r) => anyhow::Error::new(error.clone()).context((**r).clone()),
                None => error.clone().into(),
            },
            Unread::Unexpected(what) => crate::error::Failure::service(what.clone()).into(),
        }
    }

    /// The part an error leaves unread, or the error itself when it must end the command.
    fn of(e: anyhow::Error) -> Result<Unread> {
        if let Some(m) = e.downcast_ref::<CompanionMissing>() {
            return Ok(Unread::Missing(m.clone()));
        }
        if let Some(c) = e.downcast_ref::<CompanionError>() {
            return Ok(Unread::Companion {
                error: c.clone(),
                refused: crate::client::netsuite::refused(&e).cloned().map(Box::new),
            });
        }
        match crate::client::netsuite::refused(&e) {
            Some(r) => Ok(Unread::Refused(Box::new(r.clone()))),
            None => Err(e),
        }
    }

    /// Whether the companion lacks the action (older than this oa-rt).
    pub fn is_unknown_action(&self) -> bool {
        matches!(self, Unread::Companion { error, .. } if error.code == "UNKNOWN_ACTION")
    }
}

/// One part: its answer, or why it is not there.
pub type Answer<T> = std::result::Result<T, Unread>;

/// The role list, and the permissions of the role asked for.
#[derive(Debug, Clone)]
pub struct RoleRows {
    /// `id`, `name`, `isinactive`, one row per role, by name.
    pub roles: Vec<Row>,
    /// `role`, `permkey`, `permlevel` of the roles with the name asked for.
    pub permissions: Answer<Vec<Row>>,
}

/// The settings record: its values as NetSuite types them, and the fields its type has (none when the catalog
/// could not be read).
#[derive(Debug, Clone)]
pub struct SettingsRecord {
    pub values: Map<String, Value>,
    pub present: Option<Vec<String>>,
}

/// Everything read, part by part.
#[derive(Debug, Clone)]
pub struct Reads {
    /// The send scripts with their deployments (`deployments::SEND_QUERY`).
    pub send: Answer<Vec<Row>>,
    pub roles: Answer<RoleRows>,
    /// The other scripts on the send script's record types (`order::OTHERS_QUERY`).
    pub others: Answer<Vec<Row>>,
    /// The active settings records' ids (`settings::IDS_QUERY`).
    pub settings_ids: Answer<Vec<Row>>,
    /// The settings record, when exactly one is active.
    pub settings: Answer<SettingsRecord>,
    pub bundles: Answer<Vec<InstalledBundle>>,
    /// The bundles of the send scripts and the other scripts.
    pub script_bundles: Answer<ScriptBundles>,
    /// The fields of the send scripts' and the other scripts' deployments.
    pub deployment_fields: Answer<BTreeMap<String, DeploymentRead>>,
    pub certificate: Answer<CertificateReply>,
    /// The signing probe (absent when the certificate does not exist).
    pub signature: Answer<Signature>,
    /// The message the probe signed.
    pub message: String,
}

impl Reads {
    fn unasked(message: String) -> Reads {
        Reads {
            send: Err(Unread::NotAsked),
            roles: Err(Unread::NotAsked),
            others: Err(Unread::NotAsked),
            settings_ids: Err(Unread::NotAsked),
            settings: Err(Unread::NotAsked),
            bundles: Err(Unread::NotAsked),
            script_bundles: Err(Unread::NotAsked),
            deployment_fields: Err(Unread::NotAsked),
            certificate: Err(Unread::NotAsked),
            signature: Err(Unread::NotAsked),
            message,
        }
    }
}

/// Names of the queries in an `observe` request.
const SEND: &str = "send";
const ROLES: &str = "roles";
const OTHERS: &str = "others";
const SETTINGS: &str = "settings";

/// Reads what `ask` names: one `observe` call when the companion answers it, else SuiteQL and the single actions.
pub async fn read(ns: &NetSuite, ask: &Ask) -> Result<Reads> {
    let support = ns.companion_support();
    if matches!(support, None | Some(CompanionSupport::Observe)) {
        if let Some(reads) = observe(ns, ask).await? {
            return Ok(reads);
        }
        return fallback(ns, ask, ns.companion_support(), false).await;
    }
    // Remembered as missing: look again in the second round, in case it was installed since.
    fallback(ns, ask, support, support == Some(CompanionSupport::Missing)).await
}

/// The `observe` request for `ask`.
fn request(ask: &Ask) -> Observe {
    let mut r = Observe {
        bundles: ask.bundles,
        certificate: ask.certificate.clone(),
        ..Default::default()
    };
    let column = |query: &str, column: &str| Column {
        query: query.into(),
        column: column.into(),
    };
    if let Some(roles) = &ask.roles {
        r.queries.insert(ROLES.into(), roles.query.clone());
    }
    for (name, query) in [(SEND, &ask.send), (OTHERS, &ask.others)] {
        if let Some(q) = query {
            r.queries.insert(name.into(), q.clone());
            r.deployment_fields.push(column(name, "deployment"));
            r.script_bundles.push(column(name, "scriptid"));
        }
    }
    if let Some(settings) = &ask.settings {
        r.queries
            .insert(SETTINGS.into(), settings.ids_query.clone());
        r.record = Some(RecordRequest {
            record_type: settings.record_type.clone(),
            ids_from: SETTINGS.into(),
        });
    }
    r
}

/// One `observe` call; none when the companion is not installed or older (noted for the next runs).
async fn observe(ns: &NetSuite, ask: &Ask) -> Result<Option<Reads>> {
    let reply = match ns.companion(&request(ask)).await {
        Ok(reply) => reply,
        Err(e) => {
            return match Unread::of(e)? {
                Unread::Missing(_) => {
                    ns.note_companion(CompanionSupport::Missing);
                    Ok(None)
                }
                u if u.is_unknown_action() => {
                    ns.note_companion(CompanionSupport::Older);
                    Ok(None)
                }
                u => Err(u.error()),
            };
        }
    };
    ns.note_companion(CompanionSupport::Observe);
    from_observed(ns, ask, reply).await.map(Some)
}

/// The parts of an `observe` reply; what it left for later (deployments beyond its governance units, the role
/// list when the roles query was refused) read now.
async fn from_observed(ns: &NetSuite, ask: &Ask, mut reply: Observed) -> Result<Reads> {
    let mut reads = Reads::unasked(ask.message());
    let mut query = |name: &str| -> Result<Answer<Vec<Row>>> {
        Ok(match reply.queries.remove(name) {
            None => Err(Unread::NotAsked),
            Some(PartReply::Done(rows)) => Ok(rows.rows.into_iter().map(row_from_item).collect()),
            Some(PartReply::Failed { error }) => Err(Unread::of(ns.suiteql_error(&error))?),
        })
    };
    let (send, roles, others, settings_ids) = (
        query(SEND)?,
        query(ROLES)?,
        query(OTHERS)?,
        query(SETTINGS)?,
    );
    reads.send = send;
    reads.others = others;
    reads.settings_ids = settings_ids;
    let companion = |action: &str, error: ErrorBody| Unread::of(ns.companion_error(action, &error));
    fn part<T, U>(
        part: Option<PartReply<T>>,
        done: impl FnOnce(T) -> U,
        failed: impl FnOnce(ErrorBody) -> Result<Unread>,
    ) -> Result<Answer<U>> {
        Ok(match part {
            None => Err(Unread::NotAsked),
            Some(PartReply::Done(v)) => Ok(done(v)),
            Some(PartReply::Failed { error }) => Err(failed(error)?),
        })
    }
    reads.bundles = part(
        reply.bundles.take(),
        |b| b.bundles,
        |e| companion(ListBundles::NAME, e),
    )?;
    reads.script_bundles = part(
        reply.script_bundles.take(),
        |m| m,
        |e| companion(BundlesContainingScripts::NAME, e),
    )?;
    reads.certificate = part(
        reply.certificate.take(),
        |c| c,
        |e| companion(GetCertificate::NAME, e),
    )?;
    reads.signature = part(
        reply.signature.take(),
        |s| s,
        |e| companion(SignProbe::NAME, e),
    )?;
    reads.settings = match reply.record.take() {
        None => Err(Unread::NotAsked),
        Some(PartReply::Done(r)) => Ok(SettingsRecord {
            values: r.values,
            present: Some(r.fields),
        }),
        Some(PartReply::Failed { error }) => Err(Unread::of(ns.companion_error(
            &format!(
                "record.load {}",
                ask.settings.as_ref().map_or("", |s| s.record_type.as_str())
            ),
            &error,
        ))?),
    };
    let fields = part(
        reply.deployment_fields.take(),
        |d: DeploymentsPart| d,
        |e| companion(GetDeployments::NAME, e),
    )?;
    reads.deployment_fields = match fields {
        Ok(DeploymentsPart {
            mut deployments,
            pending,
        }) => {
            // What the call's governance units did not cover: in calls of their own, at once.
            if !pending.is_empty() {
                deployments.extend(deployment_fields(ns, pending).await?);
            }
            Ok(deployments)
        }
        Err(u) => Err(u),
    };
    reads.roles = match (roles, &ask.roles) {
        (Ok(rows), Some(asked)) => Ok(role_rows(rows, &asked.name)),
        (Err(Unread::Refused(r)), Some(asked)) => role_list(ns, asked, r).await?,
        (Ok(_), None) => Err(Unread::NotAsked),
        (Err(u), _) => Err(u),
    };
    Ok(reads)
}

/// The role list and permissions from the rows of the roles query (`role::roles_query`).
fn role_rows(rows: Vec<Row>, name: &str) -> RoleRows {
    let mut seen = BTreeSet::new();
    let mut roles = Vec::new();
    let mut permissions = Vec::new();
    for r in rows {
        if r.get("permkey").is_some() && r.get("name").is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            permissions.push(r.clone());
        }
        if seen.insert(r.get("id").unwrap_or("").to_string()) {
            roles.push(r);
        }
    }
    RoleRows {
        roles,
        permissions: Ok(permissions),
    }
}

/// When NetSuite refused the roles with their permissions: the role list alone, the permissions refused as they
/// were. A round trip more, only on an account that refuses.
async fn role_list(
    ns: &NetSuite,
    asked: &RolesAsk,
    refused: Box<Refused>,
) -> Result<Answer<RoleRows>> {
    Ok(match ns.suiteql(&asked.list_query).await {
        Ok(roles) => Ok(RoleRows {
            roles,
            permissions: Err(Unread::Refused(refused)),
        }),
        Err(e) => Err(Unread::of(e)?),
    })
}

/// `deployments.get` for these deployments, in calls the RESTlet's governance units cover, at once.
async fn deployment_fields(
    ns: &NetSuite,
    script_ids: Vec<String>,
) -> Result<BTreeMap<String, DeploymentRead>> {
    // 5,000 units per RESTlet call, 5 per `record.load` of a deployment: 900 leaves room for the rest.
    const PER_CALL: usize = 900;
    let calls = script_ids.chunks(PER_CALL).map(|chunk| async move {
        ns.companion(&GetDeployments {
            script_ids: chunk.to_vec(),
        })
        .await
    });
    let mut all = BTreeMap::new();
    for reply in futures_util::future::try_join_all(calls).await? {
        all.extend(reply.deployments);
    }
    Ok(all)
}

/// Without `observe`: SuiteQL and the companion's single actions (`companion` says what it answered), in two
/// rounds. `probe` also asks `observe` in the second round, for a companion remembered as missing.
async fn fallback(
    ns: &NetSuite,
    ask: &Ask,
    support: Option<CompanionSupport>,
    probe: bool,
) -> Result<Reads> {
    let missing = || {
        Unread::Missing(CompanionMissing {
            account: ns.account().to_string(),
        })
    };
    let installed = support != Some(CompanionSupport::Missing);
    // Whether to ask the companion: not when the command did not ask, nor when it is known to be missing.
    let gate = |asked: bool| -> Option<Unread> {
        if !asked {
            Some(Unread::NotAsked)
        } else if !installed {
            Some(missing())
        } else {
            None
        }
    };
    let query = |q: Option<String>| async move {
        match q {
            None => Ok::<_, anyhow::Error>(Err(Unread::NotAsked)),
            Some(q) => answer(ns.suiteql(&q).await),
        }
    };
    let bundles = async {
        match gate(ask.bundles) {
            Some(u) => Ok(Err(u)),
            None => answer(ns.companion(&ListBundles {}).await.map(|b| b.bundles)),
        }
    };
    let certificate = async {
        match (gate(ask.certificate.is_some()), &ask.certificate) {
            (None, Some(probe)) => answer(
                ns.companion(&GetCertificate {
                    script_id: probe.script_id.clone(),
                })
                .await,
            ),
            (u, _) => Ok(Err(u.unwrap_or(Unread::NotAsked))),
        }
    };
    let signature = async {
        match (gate(ask.certificate.is_some()), &ask.certificate) {
            (None, Some(probe)) => answer(ns.companion(probe).await),
            (u, _) => Ok(Err(u.unwrap_or(Unread::NotAsked))),
        }
    };
    let roles = async {
        let Some(asked) = &ask.roles else {
            return Ok(Err(Unread::NotAsked));
        };
        match answer(ns.suiteql(&asked.query).await)? {
            Ok(rows) => Ok(Ok(role_rows(rows, &asked.name))),
            Err(Unread::Refused(r)) => role_list(ns, asked, r).await,
            Err(u) => Ok(Err(u)),
        }
    };
    // The first round: every question that depends on nothing.
    let (send, roles, others, settings_ids, bundles, certificate, signature) = tokio::try_join!(
        query(ask.send.clone()),
        roles,
        query(ask.others.clone()),
        query(ask.settings.as_ref().map(|s| s.ids_query.clone())),
        bundles,
        certificate,
        signature,
    )?;
    // The second round: the settings record by its id, the bundles and fields of what the first round found.
    let settings_id = match &settings_ids {
        Ok(rows) if rows.len() == 1 => rows[0].get("id").map(str::to_string),
        _ => None,
    };
    let record = async {
        let (Some(id), Some(asked)) = (&settings_id, &ask.settings) else {
            return Ok(Err(Unread::NotAsked));
        };
        let (record, catalog) = tokio::join!(
            ns.record_get(&asked.record_type, id),
            ns.metadata_fields(&asked.record_type)
        );
        Ok(match answer(record)? {
            Ok(values) => Ok(SettingsRecord {
                values,
                // Without the catalog, what the record shows is what exists (see `settings::from_reads`).
                present: catalog.ok(),
            }),
            Err(u) => Err(u),
        })
    };
    let rows = [&send, &others];
    let found = |column: &str| -> Vec<String> {
        let set: BTreeSet<String> = rows
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .flatten()
            .filter_map(|r| r.get(column).map(str::to_string))
            .collect();
        set.into_iter().collect()
    };
    let (scripts, deployment_ids) = (found("scriptid"), found("deployment"));
    let script_bundles = async {
        if let Some(u) = gate(ask.scripts()) {
            return Ok(Err(u));
        }
        if scripts.is_empty() {
            return Ok(Ok(ScriptBundles::default()));
        }
        answer(
            ns.companion(&BundlesContainingScripts {
                script_ids: scripts.clone(),
            })
            .await,
        )
    };
    let fields = async {
        if let Some(u) = gate(ask.scripts()) {
            return Ok(Err(u));
        }
        if deployment_ids.is_empty() {
            return Ok(Ok(BTreeMap::new()));
        }
        answer(deployment_fields(ns, deployment_ids.clone()).await)
    };
    let again = async {
        if probe {
            observe(ns, ask).await
        } else {
            Ok(None)
        }
    };
    let (settings, script_bundles, deployment_fields, again) =
        tokio::try_join!(record, script_bundles, fields, again)?;
    match again {
        // Installed since it was last seen: its answer is as good, and complete.
        Some(reads) => return Ok(reads),
        // An older one installed since: its single actions were not asked; ask again knowing it.
        None if ns.companion_support() == Some(CompanionSupport::Older) && probe => {
            return Box::pin(fallback(ns, ask, Some(CompanionSupport::Older), false)).await;
        }
        None => {}
    }
    Ok(Reads {
        send,
        roles,
        others,
        settings_ids,
        settings,
        bundles,
        script_bundles,
        deployment_fields,
        certificate,
        signature,
        message: ask.message(),
    })
}

/// A single call's result as a part.
fn answer<T>(result: Result<T>) -> Result<Answer<T>> {
    match result {
        Ok(v) => Ok(Ok(v)),
        Err(e) => Ok(Err(Unread::of(e)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(pairs: &[(&str, &str)]) -> Row {
        Row(pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect())
    }

    #[test]
    fn the_roles_query_gives_each_role_once_and_only_the_named_roles_permissions() {
        let rows = vec![
            row(&[("id", "3"), ("name", "Administrator"), ("isinactive", "F")]),
            row(&[
                ("id", "1001"),
                ("name", "NSOA Connector"),
                ("permkey", "ADMI_CERTIFICATES"),
                ("permlevel", "4"),
            ]),
            row(&[
                ("id", "1001"),
                ("name", "NSOA Connector"),
                ("permkey", "ADMI_OIDC"),
                ("permlevel", "4"),
            ]),
            row(&[("id", "1002"), ("name", "Other"), ("isinactive", "T")]),
        ];
        let r = role_rows(rows, "nsoa connector");
        let ids: Vec<_> = r.roles.iter().map(|r| r.get("id").unwrap()).collect();
        assert_eq!(ids, ["3", "1001", "1002"]);
        let keys: Vec<_> = r
            .permissions
            .unwrap()
            .iter()
            .map(|p| p.get("permkey").unwrap().to_string())
            .collect();
        assert_eq!(keys, ["ADMI_CERTIFICATES", "ADMI_OIDC"]);
    }

    #[test]
    fn errors_are_parts_only_when_they_are_refusals_or_the_companions() {
        let missing = Unread::of(
            CompanionMissing {
                account: "1".into(),
            }
            .into(),
        )
        .unwrap();
        assert!(matches!(missing, Unread::Missing(_)));
        assert!(missing.error().downcast_ref::<CompanionMissing>().is_some());
        let older = Unread::of(
            CompanionError {
                code: "UNKNOWN_ACTION".into(),
                message: "unknown action 'observe'".into(),
            }
            .into(),
        )
        .unwrap();
        assert!(older.is_unknown_action());
        // The network, authentication: the command ends.
        assert!(Unread::of(anyhow::anyhow!("connection refused")).is_err());
    }
}
