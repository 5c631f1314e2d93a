//! The scenarios: each is a starting condition of one NetSuite account and one OpenAir company, seeded into
//! the emulator's SQLite database. A scenario is data: the common account of [`base`] with changes.

use anyhow::Result;
use rusqlite::{Connection, params};

/// Every scenario, with one line each (`oa-rt emulator scenarios`).
pub const SCENARIOS: &[(&str, &str)] = &[
    (
        "upgrade",
        "old bundles (369637 3.11, 369630 2.05, 369619 6.02), SuiteScript 1.0 send script deployed, SuiteSignOn settings",
    ),
    (
        "healthy",
        "current bundles (369637 5.06, 369630 4.03, 369619 7.01), v2.0 send script deployed, settings complete",
    ),
];

pub fn names() -> Vec<&'static str> {
    SCENARIOS.iter().map(|(n, _)| *n).collect()
}

/// Ids the seeds use; later steps find scripts by name and bundle, never by these ids.
pub const INTEGRATION_ROLE_ID: i64 = 1001;
pub const INTEGRATION_ROLE_NAME: &str = "NSOA Connector";

pub struct Bundle {
    pub id: &'static str,
    pub name: &'static str,
    pub version: &'static str,
    pub installed: &'static str,
    pub updated: &'static str,
}

pub struct Script {
    pub id: i64,
    pub scriptid: &'static str,
    pub scripttype: &'static str,
    pub name: &'static str,
    pub apiversion: &'static str,
    pub beforesubmit: Option<&'static str>,
    pub aftersubmit: Option<&'static str>,
    /// Which bundle ships it ("" = the account's own).
    pub bundle: &'static str,
}

pub struct Deployment {
    pub id: i64,
    pub scriptid: String,
    pub script: i64,
    pub title: String,
    pub recordtype: Option<&'static str>,
    pub isdeployed: bool,
    pub status: &'static str,
    pub allroles: bool,
    pub runasrole: Option<i64>,
    pub loglevel: &'static str,
    pub eventtype: Option<&'static str>,
}

/// Settings record values by field id; checkboxes as "T"/"F". Fields the installed 369637 lacks are skipped.
pub type Settings = Vec<(&'static str, String)>;

pub struct Seed {
    pub account: &'static str,
    pub oa_company: &'static str,
    pub oa_environment: &'static str,
    pub bundles: Vec<Bundle>,
    pub scripts: Vec<Script>,
    pub deployments: Vec<Deployment>,
    /// (role id, name, scriptid)
    pub roles: Vec<(i64, &'static str, &'static str)>,
    /// (role id, permkey, name, level 0-4)
    pub permissions: Vec<(i64, &'static str, &'static str, u8)>,
    pub settings: Settings,
    pub rate_limit_remaining: u64,
}

const SS1_SEND: i64 = 101;
const V2_SEND: i64 = 102;
const COMPANION: i64 = 201;
const CUSTOMER_DEFAULTS: i64 = 301;
const REALTIME_TYPES: [&str; 3] = ["CUSTOMER", "JOB", "EMPLOYEE"];

/// The account every scenario starts from: a sandbox with the SRP bundles, their send scripts, the companion
/// RESTlet deployed, one unrelated customer user event script, and the integration role.
fn base() -> Seed {
    let scripts = vec![
        Script {
            id: SS1_SEND,
            scriptid: "customscript_oa_send_record",
            scripttype: "USEREVENT",
            name: "OpenAir: Send Record to OpenAir",
            apiversion: "1.0",
            beforesubmit: None,
            aftersubmit: Some("oaSendRecordAfterSubmit"),
            bundle: "369630",
        },
        Script {
            id: V2_SEND,
            scriptid: "customscript_oa_send_record_v2",
            scripttype: "USEREVENT",
            name: "OpenAir: Send Record to OpenAir v2.0",
            apiversion: "2.0",
            beforesubmit: None,
            aftersubmit: Some("afterSubmit"),
            bundle: "369630",
        },
        Script {
            id: COMPANION,
            scriptid: crate::client::netsuite::COMPANION_SCRIPT,
            scripttype: "RESTLET",
            name: "oa-rt companion",
            apiversion: "2.1",
            beforesubmit: None,
            aftersubmit: None,
            bundle: "",
        },
        Script {
            id: CUSTOMER_DEFAULTS,
            scriptid: "customscript_acme_customer_defaults",
            scripttype: "USEREVENT",
            name: "ACME Customer Defaults",
            apiversion: "2.1",
            beforesubmit: Some("beforeSubmit"),
            aftersubmit: Some("afterSubmit"),
            bundle: "",
        },
    ];
    let mut deployments = vec![Deployment {
        id: 2001,
        scriptid: crate::client::netsuite::COMPANION_DEPLOY.into(),
        script: COMPANION,
        title: "oa-rt companion".into(),
        recordtype: None,
        isdeployed: true,
        status: "RELEASED",
        allroles: false,
        runasrole: None,
        loglevel: "ERROR",
        eventtype: None,
    }];
    deployments.push(Deployment {
        id: 2101,
        scriptid: "customdeploy_acme_customer_defaults".into(),
        script: CUSTOMER_DEFAULTS,
        title: "ACME Customer Defaults".into(),
        recordtype: Some("CUSTOMER"),
        isdeployed: true,
        status: "RELEASED",
        allroles: true,
        runasrole: None,
        loglevel: "ERROR",
        eventtype: None,
    });
    let mut id = 2200;
    for rt in REALTIME_TYPES {
        let lower = rt.to_ascii_lowercase();
        for (script, suffix, title) in [
            (SS1_SEND, "", "OpenAir: Send Record to OpenAir"),
            (V2_SEND, "_v2", "OpenAir: Send Record to OpenAir v2.0"),
        ] {
            id += 1;
            deployments.push(Deployment {
                id,
                scriptid: format!("customdeploy_oa_send_{lower}{suffix}"),
                script,
                title: format!("{title} ({lower})"),
                recordtype: Some(rt),
                isdeployed: false,
                status: "TESTING",
                allroles: false,
                runasrole: None,
                loglevel: "DEBUG",
                eventtype: None,
            });
        }
    }
    Seed {
        account: "1234567_SB1",
        oa_company: "acme",
        oa_environment: "sandbox",
        bundles: Vec::new(),
        scripts,
        deployments,
        roles: vec![
            (3, "Administrator", "administrator"),
            (
                INTEGRATION_ROLE_ID,
                INTEGRATION_ROLE_NAME,
                "customrole_nsoa_connector",
            ),
        ],
        permissions: vec![
            (
                INTEGRATION_ROLE_ID,
                "ADMI_RESTWEBSERVICES",
                "REST Web Services",
                4,
            ),
            (
                INTEGRATION_ROLE_ID,
                "LIST_CERTIFICATES",
                "Certificate Access",
                4,
            ),
            (INTEGRATION_ROLE_ID, "ADMI_SUITESIGNON", "SuiteSignOn", 4),
        ],
        settings: vec![("custrecord_oa_realtime_enable", "F".into())],
        rate_limit_remaining: 2500,
    }
}

/// The permissions 369637 4.0 grants the NSOA Connector role.
fn oauth_permissions() -> Vec<(i64, &'static str, &'static str, u8)> {
    vec![
        (
            INTEGRATION_ROLE_ID,
            "ADMI_NSASOIDCPROVIDER",
            "OIDC Provider Setup",
            4,
        ),
        (
            INTEGRATION_ROLE_ID,
            "ADMI_MANAGE_OAUTH2",
            "OAuth 2.0 Authorized Applications Management",
            4,
        ),
        (
            INTEGRATION_ROLE_ID,
            "ADMI_LOGIN_OAUTH2",
            "Log in using OAuth 2.0 Access Tokens",
            4,
        ),
        (
            INTEGRATION_ROLE_ID,
            "ADMI_CERTIFICATES",
            "Certificate Management",
            4,
        ),
    ]
}

fn set_deployed(seed: &mut Seed, script: i64, deployed: bool) {
    for d in seed.deployments.iter_mut().filter(|d| d.script == script) {
        d.isdeployed = deployed;
        d.status = if deployed { "RELEASED" } else { "TESTING" };
        d.allroles = deployed;
        d.runasrole = deployed.then_some(INTEGRATION_ROLE_ID);
        d.loglevel = if deployed { "ERROR" } else { "DEBUG" };
        d.eventtype = None;
    }
}

pub fn seed_for(name: &str) -> Option<Seed> {
    let mut s = base();
    match name {
        "upgrade" => {
            s.bundles = vec![
                bundle("369637", "3.11", "2023-03-14", "2023-09-02"),
                bundle("369630", "2.05", "2023-03-14", "2023-09-02"),
                bundle("369619", "6.02", "2023-03-14", "2023-03-14"),
            ];
            set_deployed(&mut s, SS1_SEND, true);
            s.settings = vec![
                ("custrecord_oa_realtime_enable", "T".into()),
                (
                    "custrecord_oa_realtime_email",
                    "netsuite-admin@acme.example".into(),
                ),
                ("custrecord_oa_realtime_sso_record", "12".into()),
            ];
        }
        "healthy" => {
            s.bundles = vec![
                bundle("369637", "5.06", "2023-03-14", "2026-06-20"),
                bundle("369630", "4.03", "2023-03-14", "2026-06-21"),
                bundle("369619", "7.01", "2023-03-14", "2026-06-21"),
            ];
            s.permissions.extend(oauth_permissions());
            set_deployed(&mut s, V2_SEND, true);
            s.settings = vec![
                ("custrecord_oa_realtime_enable", "T".into()),
                (
                    "custrecord_oa_realtime_email",
                    "netsuite-admin@acme.example".into(),
                ),
                (
                    "custrecord_oa_url",
                    "https://acme.app.sandbox.netsuitesuiteprojectspro.com".into(),
                ),
                ("custrecord_oa_db_id", "acme".into()),
            ];
        }
        _ => return None,
    }
    Some(s)
}

fn bundle(
    id: &'static str,
    version: &'static str,
    installed: &'static str,
    updated: &'static str,
) -> Bundle {
    let name = match id {
        "369637" => "NetSuite OpenAir SRP Integration",
        "369630" => "NetSuite OpenAir SRP Real-time Add-on",
        _ => "NetSuite OpenAir Single Sign-On",
    };
    Bundle {
        id,
        name,
        version,
        installed,
        updated,
    }
}

/// Writes a seed into a fresh database (schema already created).
pub fn apply(conn: &Connection, scenario: &str, seed: &Seed) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    for (k, v) in [
        ("scenario", scenario.to_string()),
        ("account", seed.account.to_string()),
        ("oa_company", seed.oa_company.to_string()),
        ("oa_environment", seed.oa_environment.to_string()),
        ("oa_rate_remaining", seed.rate_limit_remaining.to_string()),
        ("clock_offset_secs", "0".to_string()),
    ] {
        tx.execute(
            "INSERT OR REPLACE INTO emu_meta(key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    for b in &seed.bundles {
        tx.execute(
            "INSERT INTO emu_bundle(id, name, version, date_installed, date_last_updated, is_managed) VALUES (?1,?2,?3,?4,?5,'F')",
            params![b.id, b.name, b.version, b.installed, b.updated],
        )?;
    }
    for s in &seed.scripts {
        tx.execute(
            "INSERT INTO script(id, scriptid, scripttype, name, owner, isinactive, apiversion, scriptfile, beforeloadfunction, beforesubmitfunction, aftersubmitfunction)
             VALUES (?1, ?2, ?3, ?4, -5, 'F', ?5, ?6, NULL, ?7, ?8)",
            params![s.id, s.scriptid, s.scripttype, s.name, s.apiversion, 5000 + s.id, s.beforesubmit, s.aftersubmit],
        )?;
        tx.execute(
            "INSERT INTO emu_script_bundle(script, bundle) VALUES (?1, ?2)",
            params![s.id, s.bundle],
        )?;
    }
    for d in &seed.deployments {
        tx.execute(
            "INSERT INTO scriptdeployment(primarykey, scriptid, script, title, status, isdeployed, recordtype, eventtype, loglevel, allroles, allemployees, allpartners, audience, runasrole)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'F', 'F', ?11, ?12)",
            params![
                d.id,
                d.scriptid,
                d.script,
                d.title,
                d.status,
                tf(d.isdeployed),
                d.recordtype,
                d.eventtype,
                d.loglevel,
                tf(d.allroles),
                if d.allroles { Some("All Roles") } else { None },
                d.runasrole
            ],
        )?;
    }
    for (id, name, scriptid) in &seed.roles {
        tx.execute(
            "INSERT INTO role(id, name, scriptid, isinactive) VALUES (?1, ?2, ?3, 'F')",
            params![id, name, scriptid],
        )?;
    }
    for (role, key, name, level) in &seed.permissions {
        tx.execute(
            "INSERT INTO rolepermissions(role, permkey, name, permlevel) VALUES (?1, ?2, ?3, ?4)",
            params![role, key, name, level.to_string()],
        )?;
    }
    // The settings record type has the fields the installed 369637 adds, as after a real bundle install.
    let fields = super::state::sync_settings_fields(&tx)?;
    tx.execute(
        "INSERT INTO customrecord_oa_srp_integration_settings(id, name, isinactive, created, lastmodified)
         VALUES (1, 'OpenAir SRP Integration Settings', 'F', '2023-03-14T09:00:00Z', '2023-09-02T09:00:00Z')",
        [],
    )?;
    for f in &fields {
        let value = seed
            .settings
            .iter()
            .find(|(id, _)| id == &f.id)
            .map(|(_, v)| v.clone())
            .or_else(|| (f.kind == super::state::FieldKind::Checkbox).then(|| "F".to_string()));
        tx.execute(
            &format!(
                "UPDATE customrecord_oa_srp_integration_settings SET {} = ?1 WHERE id = 1",
                f.id
            ),
            params![value],
        )?;
    }
    tx.commit()?;
    Ok(())
}

fn tf(b: bool) -> &'static str {
    if b { "T" } else { "F" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_scenario_has_a_seed() {
        for name in names() {
            assert!(seed_for(name).is_some(), "{name}");
        }
        assert!(seed_for("nope").is_none());
    }
}
