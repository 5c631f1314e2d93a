//! What oa-rt asks of the two services, listed once ([`NEEDS`]), and a read-only probe of each: every SuiteQL
//! column set the steps query, the settings record through the record API, each companion RESTlet action, the M2M
//! certificate endpoints and the OpenAir reads. Each answer is `available`, `refused` (with the permission of the
//! role oa-rt signs in with and where to grant it, `crate::platform::permissions`) or `unknown` (with the service's
//! own answer). `profile test --deep` shows all of them; `setup` shows what is refused and goes on.
//!
//! A question that changes the account (a deployment edit, a settings PATCH, an M2M upload or revoke) is listed but
//! never asked: it stays `unknown`, "not probed".

use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use serde::Serialize;

use crate::client::Clients;
use crate::client::netsuite::{CompanionError, CompanionMissing, RefusalKind, Refused, refused};
use crate::platform::companion::{
    self, Action, BundlesContainingScripts, GetCertificate, GetDeployments, GetVersion,
    ListBundles, SignProbe,
};
use crate::platform::openair_objects::{self, ENTITY_EXPORT_FLAG, EVENT_EXPORT_FLAG};
use crate::platform::permissions::{self, CallerPermission, Label};
use crate::platform::settings::RECORD_TYPE as SETTINGS;

/// One question, as the probe asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// SuiteQL: these columns of this table (one row at most). The columns are those the step names anywhere in
    /// its query (select list, joins, conditions): one unknown column makes NetSuite refuse the whole query.
    Columns {
        table: &'static str,
        columns: &'static [&'static str],
    },
    /// The settings record through the record API (`GET`), found by SuiteQL.
    SettingsRecord,
    /// The settings record type's metadata catalog.
    SettingsMetadata,
    /// A companion RESTlet action. Read-only ones are called; `deployment.update` is not.
    Companion(&'static str),
    /// The M2M certificate endpoints: the list (M2M profiles only).
    M2mCertificates,
    /// A question that would change the account: listed, never asked.
    Changes(&'static str),
    /// OpenAir's XML API: `Whoami` and `Read RateLimit`.
    OpenAirWhoami,
    /// OpenAir's XML API: `Time`.
    OpenAirTime,
    /// OpenAir's XML API: an imported object by its NetSuite ID custom field (this OpenAir object type:
    /// `customer`, `project`, `user`, `project_task`), without clearing the filter cache.
    OpenAirImported(&'static str),
}

/// One question and who asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    pub used_by: &'static str,
    pub probe: Probe,
}

const fn columns(
    used_by: &'static str,
    table: &'static str,
    columns: &'static [&'static str],
) -> Need {
    Need {
        used_by,
        probe: Probe::Columns { table, columns },
    }
}

const fn need(used_by: &'static str, probe: Probe) -> Need {
    Need { used_by, probe }
}

/// Everything oa-rt relies on, in the seed's order of the steps that ask it. The SuiteQL column sets are those of
/// the queries in src/steps/*.rs and src/commands/setup.rs (a test below fails when a query there selects a
/// column no entry here probes): when a query changes, edit its line here.
pub const NEEDS: &[Need] = &[
    need("profile test", Probe::Companion(GetVersion::NAME)),
    need("bundles", Probe::Companion(ListBundles::NAME)),
    columns("role", "role", &["id", "name", "isinactive"]),
    columns("role", "rolepermissions", &["role", "permkey", "permlevel"]),
    // src/steps/deployments.rs: the send scripts, their user event deployments (status and log level from
    // `scriptdeployment`), the fields no table shows (companion), the Execute As Role's id.
    columns(
        "deployments",
        "script",
        &["id", "scriptid", "name", "apiversion", "scripttype"],
    ),
    columns(
        "deployments",
        "usereventscriptdeployment",
        &["id", "scriptid", "script", "recordtype", "isdeployed"],
    ),
    columns(
        "deployments",
        "scriptdeployment",
        &["scriptid", "status", "loglevel"],
    ),
    columns("deployments", "role", &["id", "name"]),
    need("deployments", Probe::Companion(GetDeployments::NAME)),
    need(
        "deployments, order",
        Probe::Companion(BundlesContainingScripts::NAME),
    ),
    need(
        "deploy, apply, restore",
        Probe::Changes(companion::UpdateDeployment::NAME),
    ),
    // src/steps/order.rs: the other user event scripts on the send script's record types.
    columns(
        "order",
        "usereventscriptdeployment",
        &["recordtype", "scriptid", "script", "isdeployed"],
    ),
    columns(
        "order",
        "script",
        &[
            "id",
            "scriptid",
            "name",
            "scripttype",
            "isinactive",
            "beforesubmitfunction",
            "aftersubmitfunction",
        ],
    ),
    // src/steps/settings.rs
    columns("settings", SETTINGS, &["id", "isinactive"]),
    need("settings", Probe::SettingsRecord),
    need("settings", Probe::SettingsMetadata),
    columns("settings", "scriptdeployment", &["scriptid", "isdeployed"]),
    need(
        "settings set, apply, restore",
        Probe::Changes("record PATCH"),
    ),
    need(
        "certificate, cert, enable",
        Probe::Companion(GetCertificate::NAME),
    ),
    need(
        "certificate, cert, enable",
        Probe::Companion(SignProbe::NAME),
    ),
    need("auth status, auth rotate", Probe::M2mCertificates),
    need(
        "auth rotate",
        Probe::Changes("M2M certificate upload and revoke"),
    ),
    // src/commands/setup.rs: the customer saved for the closing test import.
    columns(
        "setup",
        "customer",
        &[
            "id",
            "companyname",
            "isinactive",
            "searchstage",
            ENTITY_EXPORT_FLAG,
        ],
    ),
    // src/job/test_import.rs: whether the record is flagged for export, per record table.
    columns("test-import", "customer", &["id", ENTITY_EXPORT_FLAG]),
    columns("test-import", "job", &["id", ENTITY_EXPORT_FLAG]),
    columns("test-import", "employee", &["id", ENTITY_EXPORT_FLAG]),
    columns("test-import", "projecttask", &["id", EVENT_EXPORT_FLAG]),
    need("openair, profile test", Probe::OpenAirWhoami),
    need("test-import", Probe::OpenAirTime),
    need("test-import", Probe::OpenAirImported("customer")),
    need("test-import", Probe::OpenAirImported("project")),
    need("test-import", Probe::OpenAirImported("user")),
    need("test-import", Probe::OpenAirImported("project_task")),
];

/// How a question fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Access {
    /// Answered.
    Available,
    /// Refused for a permission of the role oa-rt signs in with.
    Refused,
    /// Anything else, with the service's answer (or not probed).
    Unknown,
}

impl Access {
    pub fn as_str(self) -> &'static str {
        match self {
            Access::Available => "available",
            Access::Refused => "refused",
            Access::Unknown => "unknown",
        }
    }
}

/// A permission a refused question needs, and where to grant it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PermissionNeeded {
    /// `rolepermissions.permkey`; null when no public source gives it (matched by name).
    pub key: Option<&'static str>,
    pub name: &'static str,
    pub subtab: &'static str,
    pub level: &'static str,
    pub ui_path: String,
    pub needed_for: &'static str,
    /// How sure the sources are of this permission.
    pub label: Label,
}

impl PermissionNeeded {
    fn of(p: &CallerPermission, role: &str) -> Self {
        PermissionNeeded {
            key: p.key,
            name: p.name,
            subtab: p.subtab,
            level: permissions::level_name(p.level),
            ui_path: p.ui_path(role),
            needed_for: p.needed_for,
            label: p.label,
        }
    }

    /// `Bulk Manage Roles (ADMI_MANAGEROLES)`.
    pub fn display(&self) -> String {
        match self.key {
            Some(k) => format!("{} ({k})", self.name),
            None => self.name.to_string(),
        }
    }
}

/// One question's answer.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// `netsuite` or `openair`.
    pub service: &'static str,
    /// `suiteql`, `record`, `metadata`, `companion`, `m2m`, `xml-api`.
    pub kind: &'static str,
    /// What was asked: `role (id, name, isinactive)`, `companion certificate.get`, ...
    pub what: String,
    /// The steps and commands that ask it.
    pub used_by: &'static str,
    pub access: Access,
    /// False for a question that would change the account (never asked).
    pub probed: bool,
    /// The SuiteQL query sent, for a bug report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    /// For people: what it means.
    pub detail: String,
    /// The service's own words, when it answered with an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// For a refused question: the permission it needs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permission: Option<PermissionNeeded>,
    /// For a column set the account refused as unknown: the columns NetSuite does not know, probed one by one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing_columns: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

impl Answer {
    fn new(need: &Need, access: Access, detail: impl Into<String>) -> Answer {
        let (service, kind) = match need.probe {
            Probe::Columns { .. } => ("netsuite", "suiteql"),
            Probe::SettingsRecord => ("netsuite", "record"),
            Probe::SettingsMetadata => ("netsuite", "metadata"),
            Probe::Companion(_) => ("netsuite", "companion"),
            Probe::M2mCertificates => ("netsuite", "m2m"),
            Probe::Changes(_) => ("netsuite", "change"),
            Probe::OpenAirWhoami | Probe::OpenAirTime | Probe::OpenAirImported(_) => {
                ("openair", "xml-api")
            }
        };
        Answer {
            service,
            kind,
            what: describe(&need.probe),
            used_by: need.used_by,
            access,
            probed: !matches!(need.probe, Probe::Changes(_)),
            request: None,
            detail: detail.into(),
            answer: None,
            permission: None,
            missing_columns: Vec::new(),
            fix: None,
        }
    }

    /// A question NetSuite refused: refused with the permission when it is one, else unknown with its answer.
    fn of_refusal(need: &Need, r: &Refused) -> Answer {
        let mut a = match (r.kind, r.permission) {
            (RefusalKind::Permission, Some(p)) => {
                let mut a = Answer::new(
                    need,
                    Access::Refused,
                    format!("needs {} ({} subtab)", p.display(), p.subtab),
                );
                a.permission = Some(PermissionNeeded::of(p, &r.role));
                a
            }
            (RefusalKind::Permission, None) => Answer::new(
                need,
                Access::Refused,
                format!(
                    "refused for a permission NetSuite does not name: {}",
                    r.message
                ),
            ),
            (RefusalKind::UnknownField, _) => Answer::new(need, Access::Unknown, r.to_string()),
        };
        a.answer = Some(r.message.clone());
        a.fix = Some(r.fix());
        a
    }

    /// An error that is no refusal: unknown, with what the service said.
    fn of_error(need: &Need, e: &anyhow::Error) -> Answer {
        if let Some(r) = refused(e) {
            return Answer::of_refusal(need, r);
        }
        let mut a = Answer::new(
            need,
            Access::Unknown,
            crate::secret::redact(&format!("{e:#}")),
        );
        a.answer = Some(a.detail.clone());
        if let Some(f) = crate::error::failure_of(e).filter(|f| !f.hints.is_empty()) {
            a.fix = Some(f.hints.join("; "));
        }
        a
    }
}

/// What a probe asks, in a few words.
fn describe(p: &Probe) -> String {
    match p {
        Probe::Columns { table, columns } => format!("{table} ({})", columns.join(", ")),
        Probe::SettingsRecord => format!("record GET {SETTINGS}"),
        Probe::SettingsMetadata => format!("metadata catalog {SETTINGS}"),
        Probe::Companion(action) => format!("companion {action}"),
        Probe::M2mCertificates => "M2M certificates of the client (list)".into(),
        Probe::Changes(what) => match *what {
            "record PATCH" => format!("record PATCH {SETTINGS}"),
            a if a.contains('.') => format!("companion {a}"),
            other => other.to_string(),
        },
        Probe::OpenAirWhoami => "Whoami, Read RateLimit".into(),
        Probe::OpenAirTime => "Time".into(),
        Probe::OpenAirImported(t) => format!(
            "Read {} by its NetSuite ID field",
            openair_objects::object(t).map_or(*t, |o| o.xml_type)
        ),
    }
}

/// Every answer, in the order of [`NEEDS`].
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The role oa-rt signs in with, as the profile names it.
    pub role: String,
    pub answers: Vec<Answer>,
}

impl Report {
    pub fn count(&self, access: Access) -> usize {
        self.answers.iter().filter(|a| a.access == access).count()
    }

    pub fn refused(&self) -> impl Iterator<Item = &Answer> {
        self.answers.iter().filter(|a| a.access == Access::Refused)
    }

    /// Questions that were asked and answered neither yes nor no (a column this account lacks, an error).
    pub fn unclear(&self) -> impl Iterator<Item = &Answer> {
        self.answers
            .iter()
            .filter(|a| a.access == Access::Unknown && a.probed)
    }

    /// The permissions the refused questions need, once each, in the order of `platform::permissions::CALLER`.
    pub fn missing_permissions(&self) -> Vec<PermissionNeeded> {
        let needed: Vec<&PermissionNeeded> = self
            .refused()
            .filter_map(|a| a.permission.as_ref())
            .collect();
        permissions::CALLER
            .iter()
            .filter_map(|p| {
                needed
                    .iter()
                    .find(|n| n.name == p.name)
                    .map(|n| (*n).clone())
            })
            .collect()
    }

    /// Everything asked was answered.
    pub fn passes(&self) -> bool {
        self.count(Access::Refused) == 0 && self.unclear().next().is_none()
    }
}

/// Asks every question of [`NEEDS`] (concurrently, within the client's cap on requests in flight) and collects
/// the answers. Never fails: what goes wrong is an answer.
pub async fn probe(clients: &Clients) -> Report {
    let answers = futures_util::future::join_all(NEEDS.iter().map(|n| ask(clients, n))).await;
    Report {
        role: clients.netsuite.role().to_string(),
        answers,
    }
}

fn ask<'a>(clients: &'a Clients, need: &'a Need) -> LocalBoxFuture<'a, Answer> {
    async move {
        match need.probe {
            Probe::Columns { table, columns } => ask_columns(clients, need, table, columns).await,
            Probe::SettingsRecord => ask_settings_record(clients, need).await,
            Probe::SettingsMetadata => match clients.netsuite.metadata_fields(SETTINGS).await {
                Ok(_) => Answer::new(need, Access::Available, "answers"),
                Err(e) => Answer::of_error(need, &e),
            },
            Probe::Companion(action) => ask_companion(clients, need, action).await,
            Probe::M2mCertificates => match clients.netsuite.token_source() {
                None => {
                    let mut a = Answer::new(
                        need,
                        Access::Unknown,
                        "not probed: the profile signs in with TBA (the endpoints serve M2M clients)",
                    );
                    a.probed = false;
                    a
                }
                Some(source) => match clients.netsuite.m2m_certificates(source.client_id()).await {
                    Ok(_) => Answer::new(need, Access::Available, "answers"),
                    Err(e) => Answer::of_error(need, &e),
                },
            },
            Probe::Changes(_) => {
                let mut a = Answer::new(
                    need,
                    Access::Unknown,
                    "not probed: only doing it would tell, and it changes the account",
                );
                let p = match need.probe {
                    Probe::Changes(w) if w.starts_with("M2M") => {
                        Some(&permissions::MANAGE_OWN_M2M_CERTIFICATES)
                    }
                    Probe::Changes(w) => permissions::for_companion(w).or_else(|| {
                        permissions::for_record(SETTINGS).filter(|_| w == "record PATCH")
                    }),
                    _ => None,
                };
                if let Some(p) = p {
                    a.detail.push_str(&format!("; it needs {}", p.display()));
                }
                a
            }
            Probe::OpenAirWhoami => match clients.openair.check().await {
                Ok(c) => Answer::new(
                    need,
                    Access::Available,
                    format!("answers as {}", c.user.nickname),
                ),
                Err(e) => Answer::of_error(need, &e),
            },
            Probe::OpenAirTime => match clients.openair.time().await {
                Ok(_) => Answer::new(need, Access::Available, "answers"),
                Err(e) => Answer::of_error(need, &e),
            },
            // No NetSuite record has internal id 0: the read answers nothing, or refuses. The filter cache is left
            // alone (Oracle asks to clear it sparingly).
            Probe::OpenAirImported(oa_type) => {
                let field = clients
                    .openair
                    .netsuite_id_field(oa_type)
                    .unwrap_or_default();
                match clients.openair.read_by_netsuite_id(oa_type, "0", false).await {
                    Ok(_) => Answer::new(need, Access::Available, format!("answers ({field})")),
                    Err(e) => Answer::of_error(need, &e),
                }
            }
        }
    }
    .boxed_local()
}

async fn ask_columns(clients: &Clients, need: &Need, table: &str, columns: &[&str]) -> Answer {
    let ns = &clients.netsuite;
    let query = format!("SELECT {} FROM {table}", columns.join(", "));
    let mut a = match ns.suiteql_first(&query).await {
        Ok(_) => Answer::new(need, Access::Available, "answers"),
        Err(e) => Answer::of_error(need, &e),
    };
    a.request = Some(query);
    let unknown_field = a.access == Access::Unknown && a.answer.is_some();
    if unknown_field && columns.len() > 1 {
        // NetSuite names the first identifier it does not know; ask for each to name them all.
        let each = futures_util::future::join_all(columns.iter().map(|c| async move {
            let answer = ns.suiteql_first(&format!("SELECT {c} FROM {table}")).await;
            let missing = answer
                .as_ref()
                .err()
                .and_then(refused)
                .is_some_and(|r| r.kind == RefusalKind::UnknownField);
            missing.then(|| c.to_string())
        }))
        .await;
        a.missing_columns = each.into_iter().flatten().collect();
        if !a.missing_columns.is_empty() {
            a.detail = format!(
                "this account does not know {}: {}",
                a.missing_columns.join(", "),
                a.detail
            );
        }
    }
    a
}

async fn ask_settings_record(clients: &Clients, need: &Need) -> Answer {
    let ns = &clients.netsuite;
    let id = match ns
        .suiteql_first(&format!("SELECT id FROM {SETTINGS}"))
        .await
    {
        Ok(Some(row)) => row.get("id").map(str::to_string),
        Ok(None) => None,
        Err(e) => {
            let mut a = Answer::of_error(need, &e);
            a.probed = false;
            a.access = Access::Unknown;
            a.detail = format!(
                "not probed: the record's id could not be read ({})",
                a.detail
            );
            a.permission = None;
            return a;
        }
    };
    let Some(id) = id else {
        return Answer::new(
            need,
            Access::Unknown,
            "not probed: the account has no settings record to read",
        );
    };
    match ns.record_get(SETTINGS, &id).await {
        Ok(_) => Answer::new(need, Access::Available, "answers"),
        Err(e) => Answer::of_error(need, &e),
    }
}

async fn ask_companion(clients: &Clients, need: &Need, action: &str) -> Answer {
    let ns = &clients.netsuite;
    let probe_message = "oa-rt access probe";
    let result = match action {
        GetVersion::NAME => ns
            .companion(&GetVersion {})
            .await
            .map(|v| format!("companion {} on NetSuite {}", v.companion, v.netsuite)),
        ListBundles::NAME => ns
            .companion(&ListBundles {})
            .await
            .map(|b| format!("answers ({} bundles)", b.bundles.len())),
        BundlesContainingScripts::NAME => ns
            .companion(&BundlesContainingScripts {
                script_ids: vec![companion::SCRIPT.to_string()],
            })
            .await
            .map(|_| "answers".to_string()),
        GetDeployments::NAME => ns
            .companion(&GetDeployments {
                script_ids: vec![companion::DEPLOY.to_string()],
            })
            .await
            .map(|_| "answers".to_string()),
        GetCertificate::NAME => ns
            .companion(&GetCertificate {
                script_id: crate::platform::certificate::SCRIPT_ID.into(),
            })
            .await
            .map(|c| {
                if c.exists {
                    "answers".to_string()
                } else {
                    "answers (the certificate does not exist)".to_string()
                }
            }),
        SignProbe::NAME => ns
            .companion(&SignProbe {
                script_id: crate::platform::certificate::SCRIPT_ID.into(),
                message: probe_message.into(),
            })
            .await
            .map(|_| "answers (signs)".to_string()),
        other => Err(anyhow::anyhow!("no probe for companion action {other}")),
    };
    match result {
        Ok(detail) => Answer::new(need, Access::Available, detail),
        Err(e) => {
            if refused(&e).is_some() {
                return Answer::of_error(need, &e);
            }
            if e.downcast_ref::<CompanionMissing>().is_some() {
                let mut a = Answer::new(
                    need,
                    Access::Unknown,
                    "the companion RESTlet is not installed (or not deployed to the role oa-rt signs in with)",
                );
                a.fix = Some(crate::steps::COMPANION_INSTALL_FIX.into());
                return a;
            }
            match e.downcast_ref::<CompanionError>() {
                // The action ran: what it says about the account is for the steps to judge.
                Some(c) => {
                    let mut a = Answer::new(
                        need,
                        Access::Available,
                        format!("answers ({}: {})", c.code, c.message),
                    );
                    a.answer = Some(format!("{}: {}", c.code, c.message));
                    a
                }
                None => Answer::of_error(need, &e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the export flags' names are written (the queries name them through constants).
    const FLAGS: &str = include_str!("../platform/openair_objects.rs");

    /// Source files whose SuiteQL queries the column sets of [`NEEDS`] cover, and the `used_by` of their lines.
    const QUERIES: &[(&str, &str, &str)] = &[
        (
            "src/job/test_import.rs",
            include_str!("test_import.rs"),
            "test-import",
        ),
        (
            "src/steps/role.rs",
            include_str!("../steps/role.rs"),
            "role",
        ),
        (
            "src/steps/deployments.rs",
            include_str!("../steps/deployments.rs"),
            "deployments",
        ),
        (
            "src/steps/order.rs",
            include_str!("../steps/order.rs"),
            "order",
        ),
        (
            "src/steps/settings.rs",
            include_str!("../steps/settings.rs"),
            "settings",
        ),
        (
            "src/commands/setup.rs",
            include_str!("../commands/setup.rs"),
            "setup",
        ),
    ];

    /// `(table, column)` of every column a source's `SELECT …` lists, with aliases (`d.recordtype`) resolved by
    /// the `FROM t a JOIN u b` that follows. Tables written as `{…}` (format arguments) are named by `fallback`.
    fn selected(source: &str) -> Vec<(String, String)> {
        let text = source.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut out = Vec::new();
        for part in text.split("SELECT ").skip(1) {
            let Some((list, rest)) = part.split_once(" FROM ") else {
                continue;
            };
            // `FROM a x JOIN b y ON …`: table and alias pairs until a keyword.
            let mut tables: Vec<(String, Option<String>)> = Vec::new();
            let words: Vec<&str> = rest.split([' ', '"', '(', ')']).collect();
            let mut i = 0;
            while i < words.len() {
                let w = words[i];
                let table = w.trim_matches(|c: char| {
                    !c.is_alphanumeric() && c != '_' && c != '{' && c != '}'
                });
                if table.is_empty() {
                    break;
                }
                let alias = words
                    .get(i + 1)
                    .filter(|a| {
                        !a.is_empty()
                            && !["WHERE", "ORDER", "JOIN", "ON", "GROUP", "LEFT"]
                                .contains(&a.to_ascii_uppercase().as_str())
                            && a.chars().all(|c| c.is_ascii_alphanumeric())
                    })
                    .map(|a| a.to_string());
                tables.push((table.to_string(), alias.clone()));
                let next = i + if alias.is_some() { 2 } else { 1 };
                match words.get(next).map(|w| w.to_ascii_uppercase()) {
                    Some(k) if k == "JOIN" => i = next + 1,
                    Some(k) if k == "LEFT" || k == "INNER" => i = next + 2,
                    _ => break,
                }
            }
            for col in list.split(',') {
                let col = col.trim();
                let (alias, name) = match col.split_once('.') {
                    Some((a, n)) => (Some(a), n),
                    None => (None, col),
                };
                let name = name.split_whitespace().next().unwrap_or("");
                if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    continue;
                }
                let table = match alias {
                    Some(a) => tables
                        .iter()
                        .find(|(_, al)| al.as_deref() == Some(a))
                        .map(|(t, _)| t.clone()),
                    None => tables.first().map(|(t, _)| t.clone()),
                };
                if let Some(t) = table {
                    out.push((t.to_ascii_lowercase(), name.to_ascii_lowercase()));
                }
            }
        }
        out
    }

    fn probed(used_by: &str) -> Vec<(&'static str, &'static str)> {
        NEEDS
            .iter()
            .filter(|n| n.used_by.split(", ").any(|u| u == used_by))
            .filter_map(|n| match n.probe {
                Probe::Columns { table, columns } => Some((table, columns)),
                _ => None,
            })
            .flat_map(|(t, cs)| cs.iter().map(move |c| (t, *c)))
            .collect()
    }

    #[test]
    fn every_column_a_step_selects_is_probed() {
        let settings_table = format!("{{{}}}", "RECORD_TYPE").to_ascii_lowercase();
        for (file, source, used_by) in QUERIES {
            let probes = probed(used_by);
            let found = selected(source);
            assert!(!found.is_empty(), "{file}: no SuiteQL query found");
            for (table, column) in found {
                let table = if table == settings_table {
                    SETTINGS.to_string()
                } else if table.starts_with('{') {
                    // A table named by a format argument (`test_import::KINDS`): the probe lines name each.
                    continue;
                } else {
                    table
                };
                assert!(
                    probes.iter().any(|(t, c)| *t == table && *c == column),
                    "{file} selects {table}.{column}, which no `{used_by}` line of job::access::NEEDS probes: add it there"
                );
            }
        }
    }

    #[test]
    fn every_probed_table_and_column_is_named_by_its_step() {
        fn word(source: &str, w: &str) -> bool {
            source.match_indices(w).any(|(i, _)| {
                let before = source[..i].chars().next_back();
                let after = source[i + w.len()..].chars().next();
                let edge = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
                edge(before) && edge(after)
            })
        }
        for (file, source, used_by) in QUERIES {
            for (table, column) in probed(used_by) {
                let named =
                    word(source, table) || (table == SETTINGS && word(source, "RECORD_TYPE"));
                assert!(
                    named,
                    "job::access::NEEDS probes {table} for `{used_by}`, which {file} no longer names: edit the line"
                );
                assert!(
                    word(source, column) || word(FLAGS, column),
                    "job::access::NEEDS probes {table}.{column} for `{used_by}`, which {file} no longer names: edit the line"
                );
            }
        }
    }

    #[test]
    fn the_parser_resolves_aliases() {
        let q = r#"netsuite.suiteql(&format!(
            "SELECT d.recordtype, s.scriptid FROM scriptdeployment d JOIN script s ON s.id = d.script
             WHERE s.scripttype = 'USEREVENT'")).await; "SELECT id FROM role WHERE name = {}""#;
        assert_eq!(
            selected(q),
            vec![
                ("scriptdeployment".into(), "recordtype".into()),
                ("script".into(), "scriptid".into()),
                ("role".into(), "id".into()),
            ]
        );
    }

    #[test]
    fn a_refused_answer_names_the_permission_and_where_to_grant_it() {
        let need = NEEDS[2];
        let r = Refused {
            what: "SuiteQL".into(),
            kind: RefusalKind::Permission,
            message: "Search error occurred: Record 'role' was not found.".into(),
            permission: Some(&permissions::BULK_MANAGE_ROLES),
            asked: "reading `role`".into(),
            role: "NSOA Connector".into(),
        };
        let a = Answer::of_refusal(&need, &r);
        assert_eq!(a.access, Access::Refused);
        let p = a.permission.as_ref().unwrap();
        assert_eq!(p.key, Some("ADMI_MANAGEROLES"));
        assert!(
            p.ui_path.contains("Manage Roles > NSOA Connector > Edit"),
            "{}",
            p.ui_path
        );
        assert!(a.detail.contains("Bulk Manage Roles (ADMI_MANAGEROLES)"));
        let report = Report {
            role: "NSOA Connector".into(),
            answers: vec![a.clone(), a],
        };
        assert_eq!(report.missing_permissions().len(), 1);
        assert!(!report.passes());
    }

    #[test]
    fn questions_that_change_the_account_are_listed_but_not_asked() {
        let changes: Vec<_> = NEEDS
            .iter()
            .filter(|n| matches!(n.probe, Probe::Changes(_)))
            .collect();
        assert_eq!(changes.len(), 3);
        let a = Answer::new(changes[0], Access::Unknown, "x");
        assert!(!a.probed);
        let report = Report {
            role: "r".into(),
            answers: vec![a],
        };
        assert!(report.passes(), "what is not asked does not fail the probe");
    }
}
