//! Step 2 of the seed: the integration role's permissions (SuiteQL `role` and `rolepermissions`). No API edits a
//! role's permissions: gaps are shown with the UI path, and checked again afterwards.
//!
//! What the seed asks, exactly:
//! - Step 2: a custom integration role (instead of "NSOA Connector") needs Certificate management at Full — the
//!   real-time import's own permission: OpenAir uploads the certificate into NetSuite with it. Missing: `fail`.
//! - Step 1: 369637 4.0 adds OIDC Provider Setup, OAuth 2.0 Authorized Applications Management and Log in using
//!   OAuth 2.0 Access Tokens (and Certificate management) to the NSOA Connector role, "to enable OpenAir NetSuite
//!   Connector to use NetSuite as OIDC Provider for outbound single sign-on". On a custom role the three are for
//!   that sign-on, not for the real-time import: missing, they are `warn` with that reason, never `fail`.
//! - On the roles the bundle manages (NSOA Connector, SuiteProjects Pro Integration Administrator) all four stay
//!   `fail` when missing. An experienced administrator reads a bundle role without them as step 1 not done (or
//!   undone): 369637 ≥ 4.0 grants all four itself, so a gap means the bundle update did not finish or someone
//!   edited a role the bundle owns — and the next 369637 update may reset it again. The fix is the bundle's, not a
//!   hand edit; the finding says so ("369637 4.0 or later grants it").

use anyhow::Result;
use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use serde::Serialize;

use super::reads::{Ask, Reads, RolesAsk};
use super::{
    Action, Applied, Apply, Finding, How, Item, Outcome, Part, Step, StepId, Verdict, View,
};
use crate::client::netsuite::NetSuite;
use crate::error::Failure;
use crate::operator::Guided;
use crate::platform::ui::UiAction;

/// A permission the integration role needs.
#[derive(Debug, PartialEq, Eq)]
pub struct Permission {
    /// The key in `rolepermissions.permkey`.
    pub key: &'static str,
    /// Its name on the role's Permissions subtab.
    pub name: &'static str,
    /// NetSuite grants it only to roles with two-factor authentication.
    pub needs_2fa: bool,
    /// What the connector uses it for.
    pub purpose: Purpose,
}

/// What the connector uses a permission for: decides its verdict on a custom role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    /// The real-time import itself (seed step 2): required on every integration role.
    RealtimeImport,
    /// OpenAir NetSuite Connector's OIDC single sign-on, which 369637 4.0 adds to NSOA Connector (seed step 1):
    /// required on the bundle's roles, a warning on a custom role.
    OidcSignOn,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::RealtimeImport => "real-time import",
            Purpose::OidcSignOn => "OIDC sign-on",
        }
    }
}

/// The permissions 369637 4.0 grants the NSOA Connector role, all at Full (4) (platform-facts §5); what each is
/// for decides its verdict on a custom role (see the module comment).
pub const REQUIRED: &[Permission] = &[
    Permission {
        key: "ADMI_NSASOIDCPROVIDER",
        name: "OIDC Provider Setup",
        needs_2fa: true,
        purpose: Purpose::OidcSignOn,
    },
    Permission {
        key: "ADMI_MANAGE_OAUTH2",
        name: "OAuth 2.0 Authorized Applications Management",
        needs_2fa: true,
        purpose: Purpose::OidcSignOn,
    },
    Permission {
        key: "ADMI_LOGIN_OAUTH2",
        name: "Log in using OAuth 2.0 Access Tokens",
        needs_2fa: false,
        purpose: Purpose::OidcSignOn,
    },
    Permission {
        key: "ADMI_CERTIFICATES",
        name: "Certificate Management",
        needs_2fa: false,
        purpose: Purpose::RealtimeImport,
    },
];

/// Roles the SRP bundle creates (369637 4.0 grants them the permissions itself).
pub const BUNDLE_ROLES: &[&str] = &[
    "NSOA Connector",
    "SuiteProjects Pro Integration Administrator",
];

pub const FULL: u8 = 4;

/// NetSuite's permission levels, one table for both roles (the integration role's and oa-rt's own).
pub use crate::platform::permissions::level_name;

/// Escapes a string for a SuiteQL literal.
pub fn sql_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleObservation {
    pub name: String,
    /// The role's internal id, when a role of that name exists.
    pub id: Option<String>,
    pub inactive: bool,
    /// (permission key, level 0-4)
    pub permissions: Vec<(String, u8)>,
    /// Every role name, to suggest one when the name is wrong.
    pub all_roles: Vec<String>,
}

impl RoleObservation {
    /// The level the role has of a permission (0 when it has none).
    pub fn level(&self, key: &str) -> u8 {
        self.permissions
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, l)| *l)
            .unwrap_or(0)
    }
}

/// Observe: the role by name and its permissions (unobserved when the account refuses the question).
pub async fn observe(netsuite: &NetSuite, role: &str) -> Result<Part<RoleObservation>> {
    from_reads(&super::reads::read(netsuite, &ask(role)).await?, role)
}

/// What the role step reads: every role, with the permissions of `role`.
pub fn ask(role: &str) -> Ask {
    Ask {
        roles: Some(RolesAsk {
            name: role.to_string(),
            query: roles_query(role),
            list_query: ROLE_LIST_QUERY.into(),
        }),
        ..Default::default()
    }
}

/// Every role, with the permissions of the roles named `role` (names compare without regard to case, as
/// NetSuite's UI does): one query where two would depend on each other.
pub fn roles_query(role: &str) -> String {
    format!(
        "SELECT r.id, r.name, r.isinactive, p.permkey, p.permlevel
         FROM role r LEFT JOIN rolepermissions p ON p.role = r.id AND UPPER(r.name) = UPPER({})
         ORDER BY r.name, r.id",
        sql_literal(role)
    )
}

/// The roles alone, when the account refuses [`roles_query`] (the role oa-rt signs in with may read `role` but
/// not `rolepermissions`).
pub const ROLE_LIST_QUERY: &str = "SELECT id, name, isinactive FROM role ORDER BY name, id";

/// The role's observation from what was read: the role (found by name without regard to case), every role's name,
/// and the role's permissions.
pub fn from_reads(reads: &Reads, role: &str) -> Result<Part<RoleObservation>> {
    let rows = match &reads.roles {
        Ok(rows) => rows,
        Err(u) => return super::part(Err(u.error())),
    };
    let roles = &rows.roles;
    let found = roles
        .iter()
        .find(|r| r.get("name").is_some_and(|n| n.eq_ignore_ascii_case(role)));
    let mut obs = RoleObservation {
        name: found
            .and_then(|r| r.get("name"))
            .unwrap_or(role)
            .to_string(),
        id: found.and_then(|r| r.get("id")).map(str::to_string),
        inactive: found.is_some_and(|r| r.flag("isinactive")),
        permissions: Vec::new(),
        all_roles: roles
            .iter()
            .filter_map(|r| r.get("name").map(str::to_string))
            .collect(),
    };
    if let Some(id) = &obs.id {
        let permissions = match &rows.permissions {
            Ok(p) => p,
            Err(u) => return super::part(Err(u.error())),
        };
        obs.permissions = permissions
            .iter()
            .filter(|r| r.get("id") == Some(id))
            .map(|r| {
                let level = r.require("permlevel")?;
                let level = level.parse().map_err(|_| {
                    Failure::service(format!(
                        "NetSuite answered permlevel '{level}' for {}, not a level 0-4",
                        r.get("permkey").unwrap_or("a permission")
                    ))
                })?;
                Ok((r.require("permkey")?.to_string(), level))
            })
            .collect::<Result<_>>()?;
    }
    Ok(Ok(obs))
}

/// One required permission's state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PermissionRow {
    pub key: &'static str,
    pub name: &'static str,
    pub has: u8,
    pub needs: u8,
    pub verdict: Verdict,
    pub needs_2fa: bool,
    pub purpose: Purpose,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleReport {
    pub ok: bool,
    pub role: String,
    pub role_id: Option<String>,
    pub custom_role: bool,
    pub permissions: Vec<PermissionRow>,
    pub findings: Vec<Finding>,
}

/// The UI path to a role's permissions.
pub fn ui_path(role: &str) -> String {
    format!("Setup > Users/Roles > Manage Roles > {role} > Edit > Permissions > Setup subtab")
}

/// Check: every required permission at Full.
pub fn evaluate(obs: &RoleObservation) -> RoleReport {
    let custom = !BUNDLE_ROLES
        .iter()
        .any(|b| b.eq_ignore_ascii_case(&obs.name));
    let mut findings = Vec::new();
    if obs.id.is_none() {
        let suggestion = crate::text::closest(&obs.name, &obs.all_roles)
            .map(|s| format!(" (did you mean '{s}'?)"))
            .unwrap_or_default();
        findings.push(Finding {
            check: "integration role".into(),
            verdict: Verdict::Fail,
            detail: format!("no role named '{}' in the account{suggestion}", obs.name),
            fix: Some("set netsuite.role in the profile (or pass --role) to the integration role: NSOA Connector, SuiteProjects Pro Integration Administrator, or your custom role".into()),
        });
        return RoleReport {
            ok: false,
            role: obs.name.clone(),
            role_id: None,
            custom_role: custom,
            permissions: Vec::new(),
            findings,
        };
    }
    if obs.inactive {
        findings.push(Finding {
            check: "integration role".into(),
            verdict: Verdict::Fail,
            detail: format!("the role '{}' is inactive", obs.name),
            fix: Some(format!(
                "{}: clear Inactive",
                ui_path(&obs.name).replace(" > Permissions > Setup subtab", "")
            )),
        });
    }
    let permissions: Vec<PermissionRow> = REQUIRED
        .iter()
        .map(|p| {
            let has = obs.level(p.key);
            PermissionRow {
                key: p.key,
                name: p.name,
                has,
                needs: FULL,
                verdict: permission_verdict(custom, p.purpose, has),
                needs_2fa: p.needs_2fa,
                purpose: p.purpose,
            }
        })
        .collect();
    for p in permissions.iter().filter(|p| p.verdict != Verdict::Ok) {
        findings.push(permission_finding(&obs.name, custom, p));
    }
    let ok = findings.iter().all(|f| f.verdict.passes());
    RoleReport {
        ok,
        role: obs.name.clone(),
        role_id: obs.id.clone(),
        custom_role: custom,
        permissions,
        findings,
    }
}

/// A required permission's verdict: Full is ok; below Full fails, except what a custom role does not need for the
/// real-time import (OIDC sign-on: a warning).
pub fn permission_verdict(custom: bool, purpose: Purpose, has: u8) -> Verdict {
    match (has >= FULL, custom, purpose) {
        (true, _, _) => Verdict::Ok,
        (false, true, Purpose::OidcSignOn) => Verdict::Warn,
        (false, _, _) => Verdict::Fail,
    }
}

/// The finding of a permission below Full: what the role has, why it matters, and where to add it.
fn permission_finding(role: &str, custom: bool, p: &PermissionRow) -> Finding {
    let mut fix = format!("{}: add {} at Full", ui_path(role), p.name);
    if p.needs_2fa {
        fix.push_str("; this permission requires two-factor authentication on the role");
    }
    if !custom {
        fix.push_str(
            ". 369637 4.0 or later grants it to this role: `oa-rt bundles` checks the version",
        );
    }
    let why = match (custom, p.purpose) {
        (true, Purpose::RealtimeImport) => {
            " (a custom integration role needs Certificate management: seed step 2)"
        }
        (true, Purpose::OidcSignOn) => {
            "; the real-time import does not need it: 369637 4.0 adds it to NSOA Connector so that OpenAir NetSuite Connector can use NetSuite as OIDC provider for single sign-on (seed step 1). Add it if the connector signs on with this role"
        }
        (false, _) => "",
    };
    Finding {
        check: p.name.to_string(),
        verdict: p.verdict,
        detail: format!(
            "'{role}' has {} ({}), needs Full{why}",
            level_name(p.has),
            p.has
        ),
        fix: Some(fix),
    }
}

/// Step 2: the integration role's permissions.
pub struct Role;

impl Step for Role {
    fn id(&self) -> StepId {
        StepId::Role
    }

    fn explain(&self) -> &'static str {
        "The integration role needs Certificate Management at Full (and, on the bundle's NSOA Connector role, the OAuth 2.0 and OIDC permissions 369637 grants); only the role's page edits them."
    }

    fn check(&self, view: &View<'_>) -> Vec<Finding> {
        let r = match &view.snap.role {
            Ok(obs) => evaluate(obs),
            Err(u) => return vec![u.finding("integration role")],
        };
        let mut out = Vec::new();
        if r.ok {
            let full = r
                .permissions
                .iter()
                .filter(|p| p.verdict == Verdict::Ok)
                .count();
            out.push(Finding::new(
                format!("role '{}'", r.role),
                Verdict::Ok,
                if full == r.permissions.len() {
                    format!("has the {full} permissions at Full")
                } else {
                    "has Certificate Management at Full, what a custom integration role needs for the real-time import (seed step 2)".to_string()
                },
            ));
        }
        out.extend(r.findings);
        out
    }

    fn plan(&self, view: &View<'_>) -> Vec<Item> {
        let Ok(obs) = &view.snap.role else {
            return Vec::new();
        };
        let r = evaluate(obs);
        if r.role_id.is_none() {
            return Vec::new();
        }
        r.permissions
            .iter()
            .filter(|p| p.verdict == Verdict::Fail)
            .map(|p| Item {
                step: StepId::Role,
                what: format!("grant {} to '{}'", p.name, r.role),
                now: level_name(p.has).into(),
                wanted: level_name(p.needs).into(),
                how: How::Guided,
                action: Action::Permission {
                    role: r.role.clone(),
                    key: p.key.to_string(),
                    level: p.needs,
                },
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

/// The level a role has of a permission, as observed now.
async fn level_now(ns: &NetSuite, role: &str, key: &str) -> Result<u8> {
    Ok(observe(ns, role).await?.map_err(Failure::from)?.level(key))
}

/// Guides each missing permission (no API edits a role) and watches until the role has it.
async fn apply(cx: &Apply<'_>, items: &[&Item], result: &mut Applied) -> Result<()> {
    let ns = &cx.clients.netsuite;
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
        if level_now(ns, name, key).await? >= *level {
            result.push(item, Outcome::AlreadyDone);
            continue;
        }
        let label = REQUIRED
            .iter()
            .find(|p| p.key == key)
            .map(|p| p.name)
            .unwrap_or(key);
        let guided = Guided {
            title: item.what.clone(),
            why: "no API edits a role's permissions".into(),
            steps: vec![
                ui_path(name),
                format!("Add {label} at level {}", level_name(*level)),
                "Save".into(),
            ],
            simulate: Some(UiAction::SetPermission {
                role: name.clone(),
                permission: key.clone(),
                level: *level,
            }),
        };
        let watch = cx.watch(format!("{label} on '{name}'"));
        let g = cx
            .operator
            .guide_and_watch(&guided, &watch, || async {
                Ok(level_now(ns, name, key).await? >= *level)
            })
            .await?;
        result.guided(item, g, guided);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(name: &str, perms: &[(&str, u8)]) -> RoleObservation {
        RoleObservation {
            name: name.into(),
            id: Some("1001".into()),
            inactive: false,
            permissions: perms.iter().map(|(k, l)| (k.to_string(), *l)).collect(),
            all_roles: vec!["Administrator".into(), name.into()],
        }
    }

    #[test]
    fn all_four_at_full_is_ok() {
        let r = evaluate(&obs(
            "NSOA Connector",
            &[
                ("ADMI_NSASOIDCPROVIDER", 4),
                ("ADMI_MANAGE_OAUTH2", 4),
                ("ADMI_LOGIN_OAUTH2", 4),
                ("ADMI_CERTIFICATES", 4),
            ],
        ));
        assert!(r.ok, "{r:#?}");
        assert!(!r.custom_role);
    }

    #[test]
    fn gaps_name_the_permission_levels_and_the_ui_path() {
        let r = evaluate(&obs(
            "NSOA Connector",
            &[("ADMI_NSASOIDCPROVIDER", 4), ("ADMI_LOGIN_OAUTH2", 1)],
        ));
        assert!(!r.ok);
        let failing: Vec<_> = r.findings.iter().map(|f| f.check.as_str()).collect();
        assert_eq!(
            failing,
            vec![
                "OAuth 2.0 Authorized Applications Management",
                "Log in using OAuth 2.0 Access Tokens",
                "Certificate Management"
            ]
        );
        let login = &r.findings[1];
        assert!(
            login.detail.contains("has View (1), needs Full"),
            "{}",
            login.detail
        );
        assert!(
            login
                .fix
                .as_ref()
                .unwrap()
                .contains("Setup > Users/Roles > Manage Roles > NSOA Connector")
        );
        assert!(r.findings[0].fix.as_ref().unwrap().contains("two-factor"));
        assert!(!r.findings[1].fix.as_ref().unwrap().contains("two-factor"));
    }

    #[test]
    fn a_custom_role_without_certificate_management_is_seed_step_2() {
        let r = evaluate(&obs(
            "ACME Integration",
            &[
                ("ADMI_NSASOIDCPROVIDER", 4),
                ("ADMI_MANAGE_OAUTH2", 4),
                ("ADMI_LOGIN_OAUTH2", 4),
            ],
        ));
        assert!(r.custom_role);
        assert_eq!(r.findings.len(), 1);
        assert!(r.findings[0].detail.contains("seed step 2"));
    }

    #[test]
    fn a_custom_role_needs_only_certificate_management() {
        let r = evaluate(&obs("ACME Integration", &[("ADMI_CERTIFICATES", 4)]));
        assert!(r.ok, "{r:#?}");
        let verdicts: Vec<_> = r
            .findings
            .iter()
            .map(|f| (f.check.as_str(), f.verdict))
            .collect();
        assert_eq!(
            verdicts,
            vec![
                ("OIDC Provider Setup", Verdict::Warn),
                (
                    "OAuth 2.0 Authorized Applications Management",
                    Verdict::Warn
                ),
                ("Log in using OAuth 2.0 Access Tokens", Verdict::Warn),
            ]
        );
        for f in &r.findings {
            assert!(
                f.detail.contains("OIDC provider for single sign-on"),
                "{}",
                f.detail
            );
            assert!(f.detail.contains("does not need it"), "{}", f.detail);
            assert!(
                !f.fix
                    .as_ref()
                    .unwrap()
                    .contains("369637 4.0 or later grants")
            );
        }
        assert!(r.findings[0].fix.as_ref().unwrap().contains("two-factor"));
        assert!(r.findings[1].fix.as_ref().unwrap().contains("two-factor"));
        assert!(!r.findings[2].fix.as_ref().unwrap().contains("two-factor"));
    }

    #[test]
    fn the_bundle_roles_keep_every_permission_required() {
        for role in BUNDLE_ROLES {
            let r = evaluate(&obs(role, &[("ADMI_CERTIFICATES", 4)]));
            assert!(!r.ok);
            assert_eq!(r.findings.len(), 3);
            for f in &r.findings {
                assert_eq!(f.verdict, Verdict::Fail);
                assert!(
                    f.fix
                        .as_ref()
                        .unwrap()
                        .contains("369637 4.0 or later grants it")
                );
            }
        }
        assert_eq!(
            permission_verdict(false, Purpose::OidcSignOn, 3),
            Verdict::Fail
        );
        assert_eq!(
            permission_verdict(true, Purpose::OidcSignOn, 3),
            Verdict::Warn
        );
        assert_eq!(
            permission_verdict(true, Purpose::RealtimeImport, 3),
            Verdict::Fail
        );
        assert_eq!(
            permission_verdict(true, Purpose::RealtimeImport, 4),
            Verdict::Ok
        );
    }

    #[test]
    fn an_unknown_role_suggests_a_close_one() {
        let mut o = obs("NSOA Conector", &[]);
        o.id = None;
        o.all_roles = vec!["Administrator".into(), "NSOA Connector".into()];
        let r = evaluate(&o);
        assert!(!r.ok);
        assert!(
            r.findings[0]
                .detail
                .contains("did you mean 'NSOA Connector'")
        );
    }

    #[test]
    fn literals_are_escaped() {
        assert_eq!(sql_literal("O'Brien"), "'O''Brien'");
    }
}
