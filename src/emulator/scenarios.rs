//! The scenarios: each is a starting condition of one NetSuite account and one OpenAir company, seeded into the
//! emulator's SQLite database. A scenario is data: the common account of [`base`], made healthy or old, with the
//! one change its name says.

use anyhow::Result;
use rusqlite::{Connection, params};

use super::certs;
use super::openair::certificate::{REALTIME_CERT_DAYS, generate_realtime, store_certificate};
use super::state::sync_settings_fields;
use crate::platform::bundles::{REALTIME_ADDON, SINGLE_SIGN_ON, SRP_INTEGRATION};
use crate::platform::certificate::SCRIPT_ID as REALTIME_CERT;
use crate::platform::settings::{self, FieldKind};

/// Every scenario, with one line each (`oa-rt emulator scenarios`).
pub const SCENARIOS: &[(&str, &str)] = &[
    (
        "upgrade",
        "old bundles (369637 3.11, 369630 2.05, 369619 6.02), SuiteScript 1.0 send script deployed, SuiteSignOn settings",
    ),
    (
        "healthy",
        "current bundles, v2.0 send script deployed and last, settings complete, valid real-time certificate",
    ),
    (
        "order-drift",
        "healthy, plus an afterSubmit-only customer script that the Scripted Records page runs after the send script (it stamps the company name on every save)",
    ),
    (
        "missing-permission",
        "healthy, but the NSOA Connector role lacks Certificate Management (OpenAir cannot upload certificates)",
    ),
    (
        "custom-role",
        "healthy, but the integration role is a custom role with only Certificate Management (seed step 2), none of the OIDC sign-on permissions; oa-rt signs in with a role of its own",
    ),
    (
        "placeholder-cert",
        "369630 4.01 with its placeholder custcertificate_oa_realtime; OpenAir never generated a certificate",
    ),
    (
        "expiring-cert",
        "healthy, but the real-time certificate expires in 12 days and has not been rotated yet",
    ),
    (
        "sandbox-mismatch",
        "healthy sandbox, but the settings record points at the production OpenAir account",
    ),
    (
        "localized-script",
        "healthy, plus a localized afterSubmit customer script (it runs after the send script)",
    ),
    (
        "bundle-locked",
        "current bundles, SuiteScript 1.0 still deployed, and NetSuite refuses API edits of bundle deployments",
    ),
    (
        "suitesignon-left",
        "healthy, but the settings record still names the legacy SuiteSignOn record",
    ),
    (
        "restricted-cert",
        "healthy, but OpenAir restricted the real-time certificate to its own send script (Restrict to Scripts)",
    ),
    (
        "restricted-caller",
        "healthy, but the role oa-rt signs in with lacks Bulk Manage Roles and Certificate Access",
    ),
    (
        "custom-url",
        "healthy, but the OpenAir host is not the company id and the database id is the company's own: the settings record holds values that differ from the derived ones",
    ),
    (
        "no-companion",
        "healthy, but the oa-rt companion RESTlet is not installed: oa-rt reads the account through SuiteQL alone",
    ),
    (
        "large",
        "healthy, plus 10,000 script deployments over 300 record types, ten other vendors' bundles among them (for benchmarks)",
    ),
];

pub fn names() -> Vec<&'static str> {
    SCENARIOS.iter().map(|(n, _)| *n).collect()
}

/// The integration role the bundle 369637 creates.
pub const INTEGRATION_ROLE_ID: i64 = 1001;
pub const INTEGRATION_ROLE_NAME: &str = "NSOA Connector";
const CUSTOM_ROLE_ID: i64 = 1100;
const CUSTOM_ROLE_NAME: &str = "ACME SuiteProjects Integration";
/// `custom-role`: the role oa-rt signs in with, apart from the integration role.
const CALLER_ROLE: (i64, &str, &str) = (1101, "ACME oa-rt", "customrole_acme_oa_rt");

/// The OpenAir company's database id, as the settings record holds it.
pub const DB_ID: &str = "acme";

pub struct Bundle {
    pub id: &'static str,
    pub version: &'static str,
    pub installed: &'static str,
    pub updated: &'static str,
}

pub struct Script {
    pub id: i64,
    pub scriptid: String,
    pub scripttype: &'static str,
    pub name: String,
    pub apiversion: &'static str,
    pub beforesubmit: Option<&'static str>,
    pub aftersubmit: Option<&'static str>,
    /// Which bundle ships it ("" = the account's own).
    pub bundle: &'static str,
    /// `send_v1`, `send_v2`, `companion` or `custom`.
    pub kind: &'static str,
    /// What it does when it runs: (entry point, field, value).
    pub actions: Vec<(&'static str, &'static str, &'static str)>,
}

pub struct Deployment {
    pub id: i64,
    pub scriptid: String,
    pub script: i64,
    pub title: String,
    pub recordtype: Option<String>,
    pub isdeployed: bool,
    pub status: &'static str,
    pub allroles: bool,
    pub runasrole: Option<i64>,
    pub loglevel: &'static str,
    pub eventtype: Option<&'static str>,
    pub localization: Option<&'static str>,
}

/// Settings record values by field id; checkboxes as "T"/"F". Fields the installed 369637 lacks are skipped.
pub type Settings = Vec<(&'static str, String)>;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RealtimeCert {
    None,
    Placeholder,
    /// A certificate OpenAir generated, with this many days left.
    Valid {
        days_left: i64,
    },
}

pub struct Seed {
    pub account: &'static str,
    pub oa_company: &'static str,
    /// The account-specific host label of the OpenAir company (`<label>.app.sandbox.netsuitesuiteprojectspro.com`):
    /// "typically assigned based on the Company ID" (Oracle section_156872826697), so usually the company id.
    pub oa_host_label: &'static str,
    /// What the company's real-time endpoint takes as `db_id` (its meaning is not published).
    pub oa_db_id: &'static str,
    pub oa_environment: &'static str,
    pub role: (i64, &'static str, &'static str),
    /// The role oa-rt's M2M mapping and TBA token sign in with, when it is not the integration role.
    pub caller_role: Option<i64>,
    pub bundles: Vec<Bundle>,
    pub scripts: Vec<Script>,
    pub deployments: Vec<Deployment>,
    /// The Scripted Records page order per record type (script ids; others run after, by deployment id).
    pub order: Vec<(String, Vec<i64>)>,
    pub roles: Vec<(i64, &'static str, &'static str)>,
    /// (role id, permkey, name, level 0-4)
    pub permissions: Vec<(i64, &'static str, &'static str, u8)>,
    pub settings: Settings,
    pub realtime_cert: RealtimeCert,
    /// OpenAir admin form: real-time enabled, OAuth 2.0 for real-time, leads, prospects.
    pub openair: [bool; 4],
    /// NetSuite refuses API edits of bundle-owned deployments.
    pub bundle_locked: bool,
    /// The real-time certificate's "Restrict to Scripts" list (comma-separated script ids; "" = unrestricted).
    pub cert_restricted_to: &'static str,
    /// Records already imported into OpenAir before the scenario starts.
    pub synced: bool,
    pub rate_limit_remaining: u64,
}

const SS1_SEND: i64 = 101;
const V2_SEND: i64 = 102;
const COMPANION: i64 = 201;
const CUSTOMER_DEFAULTS: i64 = 301;
const CUSTOMER_SYNC: i64 = 302;
const TAX_REGISTRATION: i64 = 303;
/// Where the send scripts are deployed.
const SEND_TYPES: [&str; 4] = ["CUSTOMER", "JOB", "EMPLOYEE", "PROJECTTASK"];

fn script(id: i64, scriptid: &str, name: &str, kind: &'static str, bundle: &'static str) -> Script {
    Script {
        id,
        scriptid: scriptid.into(),
        scripttype: "USEREVENT",
        name: name.into(),
        apiversion: "2.1",
        beforesubmit: None,
        aftersubmit: Some("afterSubmit"),
        bundle,
        kind,
        actions: Vec::new(),
    }
}

fn deployment(
    id: i64,
    scriptid: String,
    script: i64,
    title: String,
    recordtype: Option<&str>,
) -> Deployment {
    Deployment {
        id,
        scriptid,
        script,
        title,
        recordtype: recordtype.map(str::to_string),
        isdeployed: true,
        status: "RELEASED",
        allroles: true,
        runasrole: None,
        loglevel: "ERROR",
        eventtype: None,
        localization: None,
    }
}

/// The account every scenario starts from: a sandbox with the SRP bundles' send scripts (both undeployed), the
/// companion RESTlet deployed, one customer script of the account's own, and the integration role.
fn base() -> Seed {
    let mut scripts = vec![
        Script {
            apiversion: "1.0",
            aftersubmit: Some("oaSendRecordAfterSubmit"),
            ..script(
                SS1_SEND,
                "customscript_oa_send_record",
                "OpenAir: Send Record to OpenAir",
                "send_v1",
                REALTIME_ADDON,
            )
        },
        Script {
            apiversion: "2.0",
            ..script(
                V2_SEND,
                "customscript_oa_send_record_v2",
                "OpenAir: Send Record to OpenAir v2.0",
                "send_v2",
                REALTIME_ADDON,
            )
        },
        Script {
            scripttype: "RESTLET",
            aftersubmit: None,
            ..script(
                COMPANION,
                crate::platform::companion::SCRIPT,
                "oa-rt companion",
                "companion",
                "",
            )
        },
        Script {
            beforesubmit: Some("beforeSubmit"),
            ..script(
                CUSTOMER_DEFAULTS,
                "customscript_acme_customer_defaults",
                "ACME Customer Defaults",
                "custom",
                "",
            )
        },
    ];
    scripts.sort_by_key(|s| s.id);
    let mut deployments = vec![
        Deployment {
            allroles: false,
            ..deployment(
                2001,
                crate::platform::companion::DEPLOY.into(),
                COMPANION,
                "oa-rt companion".into(),
                None,
            )
        },
        deployment(
            2101,
            "customdeploy_acme_customer_defaults".into(),
            CUSTOMER_DEFAULTS,
            "ACME Customer Defaults".into(),
            Some("CUSTOMER"),
        ),
    ];
    let mut id = 2200;
    let undeployed = |id: i64, scriptid: String, script: i64, title: String, rt: &str| Deployment {
        isdeployed: false,
        status: "TESTING",
        allroles: false,
        loglevel: "DEBUG",
        ..deployment(id, scriptid, script, title, Some(rt))
    };
    for rt in SEND_TYPES {
        let lower = rt.to_ascii_lowercase();
        id += 1;
        deployments.push(undeployed(
            id,
            format!("customdeploy_oa_send_{lower}"),
            SS1_SEND,
            format!("OpenAir: Send Record to OpenAir ({lower})"),
            rt,
        ));
        id += 1;
        deployments.push(undeployed(
            id,
            format!("customdeploy_oa_send_{lower}_v2"),
            V2_SEND,
            format!("OpenAir: Send Record to OpenAir v2.0 ({lower})"),
            rt,
        ));
    }
    // The seed names these two deployments of the real-time script for leads and prospects.
    for (rt, scriptid) in [
        ("LEAD", "customdeploy_oa_send_lead"),
        ("PROSPECT", "customdeploy_oa_send_prospect"),
    ] {
        id += 1;
        deployments.push(undeployed(
            id,
            scriptid.into(),
            V2_SEND,
            format!(
                "OpenAir: Send Record to OpenAir v2.0 ({})",
                rt.to_ascii_lowercase()
            ),
            rt,
        ));
    }
    // On the Scripted Records page the account's own script comes first, then the bundle's.
    let mut order = vec![(
        "CUSTOMER".to_string(),
        vec![CUSTOMER_DEFAULTS, SS1_SEND, V2_SEND],
    )];
    for rt in ["JOB", "EMPLOYEE", "PROJECTTASK", "LEAD", "PROSPECT"] {
        order.push((rt.to_string(), vec![SS1_SEND, V2_SEND]));
    }
    Seed {
        account: "1234567_SB1",
        oa_company: "acme",
        oa_host_label: "acme",
        oa_db_id: DB_ID,
        oa_environment: "sandbox",
        role: (
            INTEGRATION_ROLE_ID,
            INTEGRATION_ROLE_NAME,
            "customrole_nsoa_connector",
        ),
        caller_role: None,
        bundles: Vec::new(),
        scripts,
        deployments,
        order,
        roles: vec![
            (3, "Administrator", "administrator"),
            (
                INTEGRATION_ROLE_ID,
                INTEGRATION_ROLE_NAME,
                "customrole_nsoa_connector",
            ),
        ],
        permissions: caller_permissions(INTEGRATION_ROLE_ID)
            .into_iter()
            .chain([(INTEGRATION_ROLE_ID, "ADMI_SUITESIGNON", "SuiteSignOn", 4)])
            .collect(),
        settings: vec![(settings::ENABLE.id, "F".into())],
        realtime_cert: RealtimeCert::None,
        openair: [false, false, false, false],
        bundle_locked: false,
        cert_restricted_to: "",
        synced: false,
        rate_limit_remaining: 2500,
    }
}

/// What the role oa-rt signs in with needs for what it reads, and the emulator enforces
/// (`platform::permissions`): REST Web Services, SuiteScript, Bulk Manage Roles, Certificate Access, and the
/// record lists the test import reads (Customers, Jobs, Employee Record, Project Tasks).
pub fn caller_permissions(role: i64) -> Vec<(i64, &'static str, &'static str, u8)> {
    use crate::platform::permissions::{
        BULK_MANAGE_ROLES, CERTIFICATE_ACCESS, CUSTOMERS, EMPLOYEE_RECORD, JOBS, PROJECT_TASKS,
        REST_WEB_SERVICES, SUITESCRIPT,
    };
    [
        &REST_WEB_SERVICES,
        &SUITESCRIPT,
        &BULK_MANAGE_ROLES,
        &CERTIFICATE_ACCESS,
        &CUSTOMERS,
        &JOBS,
        &EMPLOYEE_RECORD,
        &PROJECT_TASKS,
    ]
    .into_iter()
    .filter_map(|p| Some((role, p.key?, p.name, 4)))
    .collect()
}

/// The permissions 369637 4.0 grants the NSOA Connector role.
pub fn oauth_permissions(role: i64) -> Vec<(i64, &'static str, &'static str, u8)> {
    vec![
        (role, "ADMI_NSASOIDCPROVIDER", "OIDC Provider Setup", 4),
        (
            role,
            "ADMI_MANAGE_OAUTH2",
            "OAuth 2.0 Authorized Applications Management",
            4,
        ),
        (
            role,
            "ADMI_LOGIN_OAUTH2",
            "Log in using OAuth 2.0 Access Tokens",
            4,
        ),
        (role, "ADMI_CERTIFICATES", "Certificate Management", 4),
    ]
}

/// Deploys (or undeploys) every deployment of a script as the integration needs it.
fn set_deployed(seed: &mut Seed, script: i64, deployed: bool, only: &[&str]) {
    let role = seed.role.0;
    for d in seed.deployments.iter_mut().filter(|d| d.script == script) {
        let rt = d.recordtype.as_deref().unwrap_or("");
        if !only.is_empty() && !only.contains(&rt) {
            continue;
        }
        d.isdeployed = deployed;
        d.status = if deployed { "RELEASED" } else { "TESTING" };
        d.allroles = deployed;
        d.runasrole = deployed.then_some(role);
        d.loglevel = if deployed { "ERROR" } else { "DEBUG" };
    }
}

fn current_bundles() -> Vec<Bundle> {
    vec![
        bundle(SRP_INTEGRATION, "5.06", "2023-03-14", "2026-06-20"),
        bundle(REALTIME_ADDON, "4.03", "2023-03-14", "2026-06-21"),
        bundle(SINGLE_SIGN_ON, "7.01", "2023-03-14", "2026-06-21"),
    ]
}

fn complete_settings(url: &str) -> Settings {
    vec![
        (settings::ENABLE.id, "T".into()),
        (
            settings::ERROR_EMAIL.id,
            "netsuite-admin@acme.example".into(),
        ),
        (settings::OPENAIR_URL.id, url.into()),
        (settings::OPENAIR_DB_ID.id, DB_ID.into()),
    ]
}

/// The `custom-url` company's host label and database id: neither is the company id.
pub const CUSTOM_HOST_LABEL: &str = "acme-corp";
pub const CUSTOM_DB_ID: &str = "acme_7731";

const SANDBOX_URL: &str = "https://acme.app.sandbox.netsuitesuiteprojectspro.com";
const PRODUCTION_URL: &str = "https://acme.app.netsuitesuiteprojectspro.com";

/// The healthy account: current bundles, the role's OAuth permissions, v2.0 deployed, settings complete, a valid
/// certificate, OpenAir's real-time switches on, and the records already imported once.
fn healthy() -> Seed {
    let mut s = base();
    s.bundles = current_bundles();
    s.permissions.extend(oauth_permissions(INTEGRATION_ROLE_ID));
    set_deployed(&mut s, V2_SEND, true, &SEND_TYPES);
    s.settings = complete_settings(SANDBOX_URL);
    s.realtime_cert = RealtimeCert::Valid { days_left: 200 };
    s.openair = [true, true, false, false];
    s.synced = true;
    s
}

/// An afterSubmit-only script on customers. `last` puts it after the send script on the page.
fn add_customer_script(
    s: &mut Seed,
    id: i64,
    scriptid: &str,
    name: &str,
    localization: Option<&'static str>,
) {
    s.scripts.push(Script {
        actions: vec![(
            "aftersubmit",
            "comments",
            "changed by an afterSubmit script",
        )],
        ..script(id, scriptid, name, "custom", "")
    });
    s.deployments.push(Deployment {
        localization,
        ..deployment(
            2100 + id - 300,
            scriptid.replace("customscript", "customdeploy"),
            id,
            name.into(),
            Some("CUSTOMER"),
        )
    });
    if let Some((_, order)) = s.order.iter_mut().find(|(rt, _)| rt == "CUSTOMER") {
        order.push(id);
    }
}

pub fn seed_for(name: &str) -> Option<Seed> {
    let s = match name {
        "upgrade" => {
            let mut s = base();
            s.bundles = vec![
                bundle(SRP_INTEGRATION, "3.11", "2023-03-14", "2023-09-02"),
                bundle(REALTIME_ADDON, "2.05", "2023-03-14", "2023-09-02"),
                bundle(SINGLE_SIGN_ON, "6.02", "2023-03-14", "2023-03-14"),
            ];
            set_deployed(&mut s, SS1_SEND, true, &["CUSTOMER", "JOB", "EMPLOYEE"]);
            s.settings = vec![
                (settings::ENABLE.id, "T".into()),
                (
                    settings::ERROR_EMAIL.id,
                    "netsuite-admin@acme.example".into(),
                ),
                (settings::SUITESIGNON_RECORD.id, "12".into()),
            ];
            // Real-time import ran on SuiteSignOn: switched on in OpenAir, without OAuth 2.0.
            s.openair = [true, false, false, false];
            s.synced = true;
            s
        }
        "healthy" => healthy(),
        "order-drift" => {
            let mut s = healthy();
            add_customer_script(
                &mut s,
                CUSTOMER_SYNC,
                "customscript_acme_customer_sync",
                "ACME Customer Sync",
                None,
            );
            // It also stamps the company name, a field the connector maps (Customer name), anew on every run: a
            // save shows whether OpenAir received the value before or after it (`verify-order --probe`).
            if let Some(sync) = s.scripts.iter_mut().find(|x| x.id == CUSTOMER_SYNC) {
                sync.actions
                    .push(("aftersubmit", "companyname", "{entityid} (synced {run})"));
            }
            s
        }
        "missing-permission" => {
            let mut s = healthy();
            s.permissions.retain(|p| p.1 != "ADMI_CERTIFICATES");
            s
        }
        "custom-role" => {
            let mut s = healthy();
            s.role = (
                CUSTOM_ROLE_ID,
                CUSTOM_ROLE_NAME,
                "customrole_acme_spp_integration",
            );
            s.roles.push(s.role);
            // The custom integration role has what seed step 2 asks and nothing of what 369637 adds to NSOA
            // Connector for OIDC sign-on. oa-rt signs in with a role of its own (its M2M sign-in needs Log in using
            // OAuth 2.0 Access Tokens, which the integration role does not have).
            s.permissions.push((
                CUSTOM_ROLE_ID,
                "ADMI_CERTIFICATES",
                "Certificate Management",
                4,
            ));
            s.roles.push(CALLER_ROLE);
            s.caller_role = Some(CALLER_ROLE.0);
            s.permissions.extend(caller_permissions(CALLER_ROLE.0));
            s.permissions.push((
                CALLER_ROLE.0,
                "ADMI_LOGIN_OAUTH2",
                "Log in using OAuth 2.0 Access Tokens",
                4,
            ));
            set_deployed(&mut s, V2_SEND, true, &SEND_TYPES);
            s
        }
        "placeholder-cert" => {
            let mut s = healthy();
            s.bundles = vec![
                bundle(SRP_INTEGRATION, "4.05", "2023-03-14", "2025-11-03"),
                bundle(REALTIME_ADDON, "4.01", "2023-03-14", "2025-11-03"),
            ];
            s.realtime_cert = RealtimeCert::Placeholder;
            s
        }
        "expiring-cert" => {
            let mut s = healthy();
            s.realtime_cert = RealtimeCert::Valid { days_left: 12 };
            s
        }
        "sandbox-mismatch" => {
            let mut s = healthy();
            s.settings = complete_settings(PRODUCTION_URL);
            s
        }
        "localized-script" => {
            let mut s = healthy();
            add_customer_script(
                &mut s,
                TAX_REGISTRATION,
                "customscript_l10n_fr_tax_registration",
                "Localization: FR Tax Registration",
                Some("FR"),
            );
            s
        }
        "bundle-locked" => {
            let mut s = healthy();
            set_deployed(&mut s, V2_SEND, false, &[]);
            set_deployed(&mut s, SS1_SEND, true, &["CUSTOMER", "JOB", "EMPLOYEE"]);
            s.bundle_locked = true;
            s
        }
        "restricted-caller" => {
            let mut s = healthy();
            s.permissions.retain(|p| {
                !(p.0 == INTEGRATION_ROLE_ID
                    && matches!(p.1, "ADMI_MANAGEROLES" | "LIST_CERTIFICATES"))
            });
            s
        }
        "suitesignon-left" => {
            let mut s = healthy();
            s.settings
                .push((settings::SUITESIGNON_RECORD.id, "12".into()));
            s
        }
        "restricted-cert" => {
            let mut s = healthy();
            s.cert_restricted_to = "customscript_oa_send_record_v2";
            s
        }
        "custom-url" => {
            let mut s = healthy();
            s.oa_host_label = CUSTOM_HOST_LABEL;
            s.oa_db_id = CUSTOM_DB_ID;
            s.settings = vec![
                (settings::ENABLE.id, "T".into()),
                (
                    settings::ERROR_EMAIL.id,
                    "netsuite-admin@acme.example".into(),
                ),
                (
                    settings::OPENAIR_URL.id,
                    format!("https://{CUSTOM_HOST_LABEL}.app.sandbox.netsuitesuiteprojectspro.com"),
                ),
                (settings::OPENAIR_DB_ID.id, CUSTOM_DB_ID.into()),
            ];
            s
        }
        "no-companion" => {
            let mut s = healthy();
            s.scripts.retain(|x| x.id != COMPANION);
            s.deployments.retain(|d| d.script != COMPANION);
            s
        }
        "large" => large(),
        _ => return None,
    };
    Some(s)
}

/// Bundles of other vendors a large account has installed, each shipping user event scripts deployed on many record
/// types: (bundle id, name, script id prefix, scripts).
const VENDOR_BUNDLES: [(&str, &str, &str, usize); 10] = [
    ("48011", "Tax Engine Connector", "customscript_txe", 6),
    ("52340", "Document Capture", "customscript_dcap", 4),
    ("61275", "Approval Workflows Plus", "customscript_awp", 8),
    ("70032", "Field Audit Trail", "customscript_fat", 3),
    ("83419", "CRM Sync", "customscript_crms", 7),
    ("90117", "Advanced Revenue Tools", "customscript_art", 5),
    ("104455", "Electronic Invoicing", "customscript_einv", 6),
    ("118920", "Data Quality Suite", "customscript_dqs", 9),
    (
        "127746",
        "Localization Pack (EMEA)",
        "customscript_l10n_emea",
        8,
    ),
    ("133208", "Fixed Assets Extras", "customscript_fae", 4),
];

/// Standard record types a large account scripts, besides the real-time ones.
#[rustfmt::skip]
const STANDARD_TYPES: [&str; 40] = [
    "ACCOUNT", "ASSEMBLYITEM", "BINTRANSFER", "CALENDAREVENT", "CASHSALE", "CHECK", "CONTACT", "COUPONCODE",
    "CURRENCY", "CUSTOMERDEPOSIT", "CUSTOMERREFUND", "DEPARTMENT", "DEPOSIT", "DESCRIPTIONITEM", "DISCOUNTITEM",
    "ESTIMATE", "EXPENSEREPORT", "GIFTCERTIFICATEITEM", "INVENTORYADJUSTMENT", "INVENTORYTRANSFER", "INVOICE",
    "ITEMFULFILLMENT", "ITEMRECEIPT", "JOURNALENTRY", "KITITEM", "LOCATION", "MARKUPITEM", "OPPORTUNITY",
    "PARTNER", "PAYMENTITEM", "PHONECALL", "RETURNAUTHORIZATION", "SUBSIDIARY", "SUBTOTALITEM", "TASK",
    "TIMEBILL", "TRANSFERORDER", "VENDOR", "VENDORRETURNAUTHORIZATION", "WORKORDER",
];

/// How many record types and script deployments the `large` account has.
pub const LARGE_RECORD_TYPES: usize = 300;
pub const LARGE_DEPLOYMENTS: usize = 10_000;

/// A wide account: 10,000 script deployments over 300 record types. The real-time types each carry 24 user event
/// scripts of the account's own (some with a beforeSubmit entry point) before the bundle's send script, as before;
/// the other types (standard ones and custom records) carry a few scripts of the account's own; and ten other
/// vendors' bundles deploy their scripts across many types, the real-time ones included (there with both entry
/// points, first on the Scripted Records page). The send scripts stay deployed where `healthy` deploys them.
fn large() -> Seed {
    let mut s = healthy();
    let mut script_id = 10_000;
    let mut deployment_id = 100_000;
    // The account's own scripts on one record type; their ids, in page order.
    let mut own = |s: &mut Seed, rt: &str, n: usize| {
        let mut page = Vec::new();
        for i in 0..n {
            script_id += 1;
            deployment_id += 1;
            let scriptid = format!("customscript_acme_{}_{i:02}", rt.to_ascii_lowercase());
            s.scripts.push(Script {
                beforesubmit: (i % 3 == 0).then_some("beforeSubmit"),
                ..script(
                    script_id,
                    &scriptid,
                    &format!("ACME {rt} script {i:02}"),
                    "custom",
                    "",
                )
            });
            s.deployments.push(deployment(
                deployment_id,
                scriptid.replace("customscript", "customdeploy"),
                script_id,
                format!("ACME {rt} script {i:02}"),
                Some(rt),
            ));
            page.push(script_id);
        }
        page
    };
    let realtime: Vec<String> = crate::platform::record_types::REALTIME_TYPES
        .iter()
        .map(|(rt, _, _)| rt.to_string())
        .collect();
    let mut types = realtime.clone();
    types.extend(STANDARD_TYPES.iter().map(|t| t.to_string()));
    let custom = LARGE_RECORD_TYPES - types.len();
    types.extend((0..custom).map(|i| format!("CUSTOMRECORD_ACME_{i:03}")));
    // The real-time types: every script of the account's own comes before the bundle's on the page.
    for rt in &realtime {
        let page = own(&mut s, rt, 24);
        match s.order.iter_mut().find(|(t, _)| t == rt) {
            Some((_, order)) => {
                let mut new = page;
                new.extend(order.iter());
                *order = new;
            }
            None => s.order.push((rt.clone(), page)),
        }
    }
    for (i, rt) in types.iter().enumerate().skip(realtime.len()) {
        let page = own(&mut s, rt, 4 + i % 9);
        s.order.push((rt.clone(), page));
    }
    // The other vendors' bundles fill the account up to its size: script k of each bundle is deployed on every
    // third type from an offset of its own, one deployment per type, until there are enough.
    let vendor_scripts: Vec<(i64, String, &'static str)> = VENDOR_BUNDLES
        .iter()
        .flat_map(|(bundle, name, prefix, n)| (0..*n).map(move |k| (*bundle, *name, *prefix, k)))
        .map(|(bundle, name, prefix, k)| {
            script_id += 1;
            let scriptid = format!("{prefix}_ue_{k:02}");
            s.scripts.push(Script {
                apiversion: if k % 4 == 0 { "2.0" } else { "2.1" },
                beforesubmit: Some("beforeSubmit"),
                ..script(
                    script_id,
                    &scriptid,
                    &format!("{name}: user event {k:02}"),
                    "custom",
                    bundle,
                )
            });
            (script_id, scriptid, bundle)
        })
        .collect();
    let mut round = 0;
    'fill: loop {
        for (n, (id, scriptid, _)) in vendor_scripts.iter().enumerate() {
            for (t, rt) in types.iter().enumerate() {
                if s.deployments.len() >= LARGE_DEPLOYMENTS {
                    break 'fill;
                }
                if (t + n) % 3 != round {
                    continue;
                }
                deployment_id += 1;
                // Now and then a deployment is still in testing, as on any account.
                let testing = deployment_id % 17 == 0;
                s.deployments.push(Deployment {
                    isdeployed: !testing,
                    status: if testing { "TESTING" } else { "RELEASED" },
                    ..deployment(
                        deployment_id,
                        format!(
                            "{}_{}",
                            scriptid.replace("customscript", "customdeploy"),
                            rt.to_ascii_lowercase()
                        ),
                        *id,
                        format!("{scriptid} ({})", rt.to_ascii_lowercase()),
                        Some(rt),
                    )
                });
                // On the real-time types the vendors' scripts come first on the page, before the send script.
                if realtime.contains(rt)
                    && let Some((_, order)) = s.order.iter_mut().find(|(t, _)| t == rt)
                {
                    order.insert(0, *id);
                }
            }
        }
        round += 1;
        assert!(round < 3, "the vendor scripts fill the account");
    }
    s.bundles.extend(
        VENDOR_BUNDLES
            .iter()
            .map(|(id, _, _, _)| bundle(id, "2.4.1", "2024-02-12", "2026-05-30")),
    );
    s
}

fn bundle(
    id: &'static str,
    version: &'static str,
    installed: &'static str,
    updated: &'static str,
) -> Bundle {
    Bundle {
        id,
        version,
        installed,
        updated,
    }
}

/// The bundle's display name.
pub fn bundle_name(id: &str) -> &'static str {
    match id {
        SRP_INTEGRATION => "NetSuite OpenAir SRP Integration",
        REALTIME_ADDON => "NetSuite OpenAir SRP Real-time Add-on",
        SINGLE_SIGN_ON => "NetSuite OpenAir Single Sign-On",
        _ => VENDOR_BUNDLES
            .iter()
            .find(|(b, ..)| *b == id)
            .map_or("Bundle", |(_, name, ..)| *name),
    }
}

/// Writes a seed into a fresh database (schema already created). `now` is the emulated clock.
pub fn apply(conn: &Connection, scenario: &str, seed: &Seed, now: i64) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    let [realtime, oauth2, leads, prospects] = seed.openair;
    let tf = |b: bool| if b { "T" } else { "F" }.to_string();
    for (k, v) in [
        ("scenario", scenario.to_string()),
        ("account", seed.account.to_string()),
        ("oa_company", seed.oa_company.to_string()),
        ("oa_environment", seed.oa_environment.to_string()),
        ("oa_db_id", seed.oa_db_id.to_string()),
        ("oa_host_label", seed.oa_host_label.to_string()),
        ("oa_rate_remaining", seed.rate_limit_remaining.to_string()),
        ("oa_realtime_enabled", tf(realtime)),
        ("oa_oauth2_realtime", tf(oauth2)),
        ("oa_leads", tf(leads)),
        ("oa_prospects", tf(prospects)),
        ("oa_run_active", tf(false)),
        ("bundle_locked", tf(seed.bundle_locked)),
        ("cert_restricted_to", seed.cert_restricted_to.to_string()),
        ("integration_role_id", seed.role.0.to_string()),
        ("integration_role", seed.role.1.to_string()),
        (
            "caller_role_id",
            seed.caller_role.unwrap_or(seed.role.0).to_string(),
        ),
        ("clock_offset_secs", "0".to_string()),
        ("schema", super::state::SCHEMA_VERSION.to_string()),
    ] {
        tx.execute(
            "INSERT OR REPLACE INTO emu_meta(key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    for b in &seed.bundles {
        tx.execute(
            "INSERT INTO emu_bundle(id, name, version, date_installed, date_last_updated, is_managed) VALUES (?1,?2,?3,?4,?5,'F')",
            params![b.id, bundle_name(b.id), b.version, b.installed, b.updated],
        )?;
    }
    {
        let mut insert_script = tx.prepare(
            "INSERT INTO script(id, scriptid, scripttype, name, owner, isinactive, apiversion, scriptfile, beforeloadfunction, beforesubmitfunction, aftersubmitfunction)
             VALUES (?1, ?2, ?3, ?4, -5, 'F', ?5, ?6, NULL, ?7, ?8)",
        )?;
        let mut insert_meta =
            tx.prepare("INSERT INTO emu_script_meta(script, bundle, kind) VALUES (?1, ?2, ?3)")?;
        let mut insert_action = tx.prepare(
            "INSERT INTO emu_script_action(script, entry, field, value) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for s in &seed.scripts {
            insert_script.execute(params![
                s.id,
                s.scriptid,
                s.scripttype,
                s.name,
                s.apiversion,
                5000 + s.id,
                s.beforesubmit,
                s.aftersubmit
            ])?;
            insert_meta.execute(params![s.id, s.bundle, s.kind])?;
            for (entry, field, value) in &s.actions {
                insert_action.execute(params![s.id, entry, field, value])?;
            }
        }
        let mut insert_deployment = tx.prepare(
            "INSERT INTO scriptdeployment(primarykey, scriptid, script, title, status, isdeployed, recordtype, loglevel)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let mut insert_fields = tx.prepare(
            "INSERT INTO emu_deployment_field(primarykey, eventtype, allroles, allemployees, allpartners, audience, runasrole, alllocalizationcontexts, localizationcontext)
             VALUES (?1, ?2, ?3, 'F', 'F', ?4, ?5, ?6, ?7)",
        )?;
        for d in &seed.deployments {
            insert_deployment.execute(params![
                d.id,
                d.scriptid,
                d.script,
                d.title,
                d.status,
                tf(d.isdeployed),
                d.recordtype,
                d.loglevel,
            ])?;
            insert_fields.execute(params![
                d.id,
                d.eventtype,
                tf(d.allroles),
                if d.allroles { Some("All Roles") } else { None },
                d.runasrole,
                tf(d.localization.is_none()),
                d.localization
            ])?;
        }
        let mut insert_order = tx.prepare(
            "INSERT INTO emu_script_order(recordtype, script, position) VALUES (?1, ?2, ?3)",
        )?;
        for (rt, scripts) in &seed.order {
            for (position, script) in scripts.iter().enumerate() {
                insert_order.execute(params![rt, script, position as i64])?;
            }
        }
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
    let fields = sync_settings_fields(&tx)?;
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
            .or_else(|| (f.kind == FieldKind::Checkbox).then(|| "F".to_string()));
        tx.execute(
            &format!(
                "UPDATE customrecord_oa_srp_integration_settings SET {} = ?1 WHERE id = 1",
                f.id
            ),
            params![value],
        )?;
    }
    seed_records(&tx, now - 86_400)?;
    if seed.synced {
        super::openair::realtime::import_all_modified(&tx, now - 3_600)?;
    }
    match seed.realtime_cert {
        RealtimeCert::None => {}
        RealtimeCert::Placeholder => {
            tx.execute(
                "INSERT INTO emu_ns_certificate(scriptid, name, description, filetype, certificate_pem, private_key_pem, placeholder)
                 VALUES (?1, 'openair-certificate.pem', 'Placeholder shipped by the Real-time Add-on', 'PEM', ?2, NULL, 'T')",
                params![REALTIME_CERT, certs::PLACEHOLDER_PEM],
            )?;
        }
        RealtimeCert::Valid { days_left } => {
            let issued = now - (REALTIME_CERT_DAYS - days_left) * 86_400;
            let cert = generate_realtime(&tx, seed.oa_company, issued, REALTIME_CERT_DAYS)?;
            store_certificate(&tx, &cert)?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// A handful of records of each real-time type, flagged for export (and one that is not).
fn seed_records(conn: &Connection, modified: i64) -> Result<()> {
    let at = super::clock::timestamp(modified);
    for (id, name, stage, export) in [
        (1001, "Acme Rockets", "Customer", "T"),
        (1002, "Globex", "Customer", "F"),
        (1003, "Initech", "Lead", "T"),
        (1004, "Umbrella", "Prospect", "T"),
    ] {
        conn.execute(
            "INSERT INTO customer(id, entityid, companyname, searchstage, isinactive, custentity_oa_export_to_openair, comments, lastmodifieddate)
             VALUES (?1, ?2, ?2, ?3, 'F', ?4, NULL, ?5)",
            params![id, name, stage, export, at],
        )?;
    }
    conn.execute(
        "INSERT INTO job(id, entityid, companyname, parent, isinactive, custentity_oa_export_to_openair, comments, lastmodifieddate)
         VALUES (2001, 'Rocket Launch Site', 'Rocket Launch Site', 1001, 'F', 'T', NULL, ?1)",
        params![at],
    )?;
    conn.execute(
        "INSERT INTO employee(id, entityid, firstname, lastname, email, isinactive, custentity_oa_export_to_openair, comments, lastmodifieddate)
         VALUES (3001, 'Ada Lovelace', 'Ada', 'Lovelace', 'ada@acme.example', 'F', 'T', NULL, ?1)",
        params![at],
    )?;
    conn.execute(
        "INSERT INTO projecttask(id, title, company, custevent_oa_export_to_openair, comments, lastmodifieddate)
         VALUES (4001, 'Site survey', 2001, 'T', NULL, ?1)",
        params![at],
    )?;
    for (id, oa_type) in [
        (1, "customer"),
        (2, "project"),
        (3, "user"),
        (4, "project_task"),
    ] {
        conn.execute(
            "INSERT INTO customrecord_oa_record_type_synch(id, name, custrecord_oa_record_type, custrecord_oa_synch_pending)
             VALUES (?1, ?2, ?2, 'F')",
            params![id, oa_type],
        )?;
    }
    Ok(())
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

    #[test]
    fn large_is_large() {
        let s = seed_for("large").unwrap();
        assert_eq!(s.deployments.len(), LARGE_DEPLOYMENTS);
        let types: std::collections::HashSet<_> = s
            .deployments
            .iter()
            .filter_map(|d| d.recordtype.clone())
            .collect();
        assert_eq!(types.len(), LARGE_RECORD_TYPES);
        // Every script has one deployment per record type at most, and every deployment id is unique.
        let ids: std::collections::HashSet<_> = s.deployments.iter().map(|d| d.id).collect();
        assert_eq!(ids.len(), s.deployments.len());
        let scriptids: std::collections::HashSet<_> =
            s.deployments.iter().map(|d| d.scriptid.as_str()).collect();
        assert_eq!(scriptids.len(), s.deployments.len());
    }
}
