//! The permissions of the role oa-rt itself signs in with (the role of its M2M mapping or TBA token) — not the
//! integration role's permissions for OpenAir, which the role step checks (`crate::steps::role::REQUIRED`).
//! One table for the tool (what to tell a person a refusal needs, `profile test --deep`) and the emulator (what it
//! enforces). Sources: research for issue 10, §3 (platform-facts §10 "The caller's own permissions").
//!
//! Ids: `oracle/netsuite-suitecloud-sdk` `packages/agent-skills/netsuite-sdf-roles-and-permissions/references/
//! permissions.json` (Oracle's "Permission Names and IDs", chapter_N3236764). Subtabs and the lowest level one can
//! select: NetSuitePermissionsUsage 2024.1 (`iloveitaly/netsuite-permissions`
//! `data/NetSuitePermissionsUsage_2024.1_0.csv`). Which table needs which permission: the NetSuite Records Catalog
//! (`output/netsuite_record_catalog.csv`) and Tim Dietrich's SuiteQL table list (`output/tim_table.csv`) of the same
//! repository.

use serde::Serialize;

/// How sure the sources are (research §3's labels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// An Oracle page, or several public sources that do not depend on each other.
    Confirmed,
    /// Seen in public third-party code or data only.
    Code,
    /// An inference: a real account may differ.
    Unconfirmed,
}

/// One permission the role oa-rt signs in with needs.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct CallerPermission {
    /// `rolepermissions.permkey`; `None` when no public source gives it (then it is matched by name).
    pub key: Option<&'static str>,
    /// Its name on the role's Permissions subtab (and in `rolepermissions.name`).
    pub name: &'static str,
    /// The subtab of Setup > Users/Roles > Manage Roles > (role) > Edit > Permissions it is on.
    pub subtab: &'static str,
    /// The lowest level that lets oa-rt do what it does: 1 View … 4 Full.
    pub level: u8,
    /// What of oa-rt needs it.
    pub needed_for: &'static str,
    pub source: &'static str,
    pub label: Label,
}

impl CallerPermission {
    /// `Bulk Manage Roles (ADMI_MANAGEROLES)`; a permission without a public id is named alone.
    pub fn display(&self) -> String {
        match self.key {
            Some(k) => format!("{} ({k})", self.name),
            None => self.name.to_string(),
        }
    }

    /// Where a person grants it to `role`.
    pub fn ui_path(&self, role: &str) -> String {
        format!(
            "Setup > Users/Roles > Manage Roles > {role} > Edit > Permissions > {} subtab: add {} at {} or higher",
            self.subtab,
            self.name,
            level_name(self.level)
        )
    }

    /// Whether a `rolepermissions` row (`permkey`, `name`) is this permission: by key, or by name when no key is
    /// published.
    pub fn matches(&self, permkey: &str, name: &str) -> bool {
        match self.key {
            Some(k) => k.eq_ignore_ascii_case(permkey),
            None => self.name.eq_ignore_ascii_case(name.trim()),
        }
    }
}

/// NetSuite's permission levels (platform-facts §5).
pub fn level_name(level: u8) -> &'static str {
    match level {
        0 => "None",
        1 => "View",
        2 => "Create",
        3 => "Edit",
        _ => "Full",
    }
}

pub const REST_WEB_SERVICES: CallerPermission = CallerPermission {
    key: Some("ADMI_RESTWEBSERVICES"),
    name: "REST Web Services",
    subtab: "Setup",
    level: 4,
    needed_for: "every SuiteQL query, record API call and M2M certificate endpoint",
    source: "permissions.json; usage sheet: \"Allows usage of the REST Web Services feature\", Full only",
    label: Label::Confirmed,
};

pub const LOGIN_OAUTH2: CallerPermission = CallerPermission {
    key: Some("ADMI_LOGIN_OAUTH2"),
    name: "Log in using OAuth 2.0 Access Tokens",
    subtab: "Setup",
    level: 4,
    needed_for: "M2M profiles: the access token every REST and RESTlet call carries",
    source: "permissions.json; Oracle section_157771510070 \"Set Up OAuth 2.0 Roles\"; usage sheet: Full only",
    label: Label::Confirmed,
};

pub const BULK_MANAGE_ROLES: CallerPermission = CallerPermission {
    key: Some("ADMI_MANAGEROLES"),
    name: "Bulk Manage Roles",
    subtab: "Setup",
    level: 1,
    needed_for: "SuiteQL `role` and `rolepermissions`: the role step, and the Execute As Role of the deployments",
    source: "Records Catalog `Role,role,ADMI_MANAGEROLES`; Tim Dietrich's table: role, rolepermissions → Setup - Bulk Manage Roles; usage sheet: \"Allows viewing and editing of the Role record\", lowest selectable level View, \"minimum system level\" Full (no separate Manage Roles permission). That View is enough for SuiteQL: unconfirmed",
    label: Label::Confirmed,
};

pub const SUITESCRIPT: CallerPermission = CallerPermission {
    key: Some("ADMI_CUSTOMSCRIPT"),
    name: "SuiteScript",
    subtab: "Setup",
    level: 1,
    needed_for: "SuiteQL `script` and the script deployment tables: the deployments, running-order and settings steps (the companion's deployment.update edits deployments: Edit or Full, unconfirmed)",
    source: "Records Catalog `Script Deployment,scriptDeployment,ADMI_CUSTOMSCRIPT`, `User Event Script Deployment,UserEventScriptDeployment,ADMI_CUSTOMSCRIPT`; Tim Dietrich's table: script, scriptdeployment, usereventscriptdeployment → Setup - SuiteScript",
    label: Label::Confirmed,
};

pub const CERTIFICATE_ACCESS: CallerPermission = CallerPermission {
    key: Some("LIST_CERTIFICATES"),
    name: "Certificate Access",
    subtab: "Lists",
    level: 1,
    needed_for: "the companion RESTlet's certificate.get and certificate.signProbe (the RESTlet runs with the caller's role: N/certificateControl, N/crypto/certificate): the certificate step, `cert inspect|check|rotate`, `enable`",
    source: "Oracle subsect_1547501301 \"Access to Digital Certificates\": \"Certificate Access – This permission controls access through scripting\"; permissions.json; usage sheet: Lists, View",
    label: Label::Confirmed,
};

pub const MANAGE_OWN_M2M_CERTIFICATES: CallerPermission = CallerPermission {
    key: None,
    name: "Manage own OAuth 2.0 Client Credentials certificates",
    subtab: "Setup",
    level: 4,
    needed_for: "M2M profiles: `auth status` and `auth rotate` (the certificate endpoints list, upload, revoke)",
    source: "Oracle article_92130837826 (the name); its id is in no public list (not in permissions.json nor Salto's enums): matched by name. Subtab and level: unconfirmed",
    label: Label::Unconfirmed,
};

pub const CUSTOMERS: CallerPermission = CallerPermission {
    key: Some("LIST_CUSTJOB"),
    name: "Customers",
    subtab: "Lists",
    level: 1,
    needed_for: "SuiteQL `customer`: the customer `setup` saves for its closing test import, and whether `test-import`'s customer is flagged for export",
    source: "Records Catalog `Customer,Customer,LIST_CUSTJOB`; Tim Dietrich's table: customer → Lists - Customers",
    label: Label::Confirmed,
};

pub const JOBS: CallerPermission = CallerPermission {
    key: Some("LIST_JOB"),
    name: "Jobs",
    subtab: "Lists",
    level: 1,
    needed_for: "SuiteQL `job`: `test-import` checks that a project is flagged for export",
    source: "Records Catalog `Project,job,LIST_JOB`; Tim Dietrich's table: job → Lists - Jobs; permissions.json names it Jobs (the UI may say Projects)",
    label: Label::Confirmed,
};

pub const EMPLOYEE_RECORD: CallerPermission = CallerPermission {
    key: Some("LIST_EMPLOYEE_RECORD"),
    name: "Employee Record",
    subtab: "Lists",
    level: 1,
    needed_for: "SuiteQL `employee`: `test-import` checks that an employee is flagged for export",
    source: "Records Catalog `Employee,employee,LIST_EMPLOYEE_RECORD`; Tim Dietrich's table: employee → Lists - Employee Record; usage sheet: \"Allows viewing and editing of the Employee record\", View",
    label: Label::Confirmed,
};

pub const PROJECT_TASKS: CallerPermission = CallerPermission {
    key: Some("LIST_PROJECTTASK"),
    name: "Project Tasks",
    subtab: "Lists",
    level: 1,
    needed_for: "SuiteQL `projecttask`: `test-import` checks that a project task is flagged for export",
    source: "Records Catalog `Project Task,projectTask,LIST_PROJECTTASK`; Tim Dietrich's table: projecttask → Lists - Project Tasks; usage sheet: View",
    label: Label::Confirmed,
};

pub const CUSTOM_RECORD_ENTRIES: CallerPermission = CallerPermission {
    key: Some("LIST_CUSTRECORDENTRY"),
    name: "Custom Record Entries",
    subtab: "Lists",
    level: 1,
    needed_for: "the settings record (SuiteQL and the record API; PATCH needs Edit) when its record type's Access Type is \"Require Custom Record Entries Permission\"; with \"Use Permission List\" the record type's own entry on the Custom Record subtab decides",
    source: "Tim Dietrich's table: custom record tables → Lists - Custom Record Entries; permissions.json. Which Access Type the bundle gives the settings record type: unconfirmed",
    label: Label::Unconfirmed,
};

/// Every permission of the role oa-rt signs in with, in the order the README lists them.
pub const CALLER: &[&CallerPermission] = &[
    &REST_WEB_SERVICES,
    &LOGIN_OAUTH2,
    &BULK_MANAGE_ROLES,
    &SUITESCRIPT,
    &CERTIFICATE_ACCESS,
    &MANAGE_OWN_M2M_CERTIFICATES,
    &CUSTOM_RECORD_ENTRIES,
    &CUSTOMERS,
    &JOBS,
    &EMPLOYEE_RECORD,
    &PROJECT_TASKS,
];

/// SuiteQL tables oa-rt reads and the permission each needs; a role without it gets NetSuite's 400
/// `Search error occurred: Record '<table>' was not found.` (research §2). The emulator enforces exactly these.
pub const TABLES: &[(&str, &CallerPermission)] = &[
    ("role", &BULK_MANAGE_ROLES),
    ("rolepermissions", &BULK_MANAGE_ROLES),
    ("script", &SUITESCRIPT),
    ("scriptdeployment", &SUITESCRIPT),
    ("usereventscriptdeployment", &SUITESCRIPT),
    ("usereventscript", &SUITESCRIPT),
    ("customer", &CUSTOMERS),
    ("job", &JOBS),
    ("employee", &EMPLOYEE_RECORD),
    ("projecttask", &PROJECT_TASKS),
];

/// The permission reading a SuiteQL table needs, if oa-rt knows it.
pub fn for_table(table: &str) -> Option<&'static CallerPermission> {
    TABLES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(table))
        .map(|(_, p)| *p)
}

/// The permission a record of the REST record API needs, if oa-rt knows it: custom records (`customrecord_…`)
/// need Custom Record Entries unless their type uses a permission list (unconfirmed for the settings record).
pub fn for_record(record_type: &str) -> Option<&'static CallerPermission> {
    record_type
        .to_ascii_lowercase()
        .starts_with("customrecord")
        .then_some(&CUSTOM_RECORD_ENTRIES)
}

/// Companion RESTlet actions whose SuiteScript modules need a permission of the caller's role (the RESTlet runs
/// with it). The emulator refuses these without it.
pub const COMPANION_ACTIONS: &[(&str, &CallerPermission)] = &[
    ("certificate.get", &CERTIFICATE_ACCESS),
    ("certificate.signProbe", &CERTIFICATE_ACCESS),
    ("deployments.get", &SUITESCRIPT),
    ("deployment.update", &SUITESCRIPT),
];

/// The permission a companion action needs, if oa-rt knows it.
pub fn for_companion(action: &str) -> Option<&'static CallerPermission> {
    COMPANION_ACTIONS
        .iter()
        .find(|(a, _)| *a == action)
        .map(|(_, p)| *p)
}

/// The permission of a key (or, for one without a public key, of a name).
pub fn by_key(key: &str) -> Option<&'static CallerPermission> {
    CALLER.iter().find(|p| p.matches(key, key)).copied()
}

/// The SuiteScript error a script gets when its role lacks a permission (code and NetSuite's sentence), as the
/// companion RESTlet passes it on. The form is NetSuite's (`Permission Violation: You need  the 'Lists -> Currency'
/// permission to access this page. Please contact your account administrator.`, in public code); the exact text
/// for Certificate Access is an inference.
pub const PERMISSION_VIOLATION_CODE: &str = "INSUFFICIENT_PERMISSION";

pub fn permission_violation(p: &CallerPermission) -> String {
    format!(
        "Permission Violation: You need  the '{} -> {}' permission to access this page. Please contact your account administrator.",
        p.subtab, p.name
    )
}

/// Whether an error (a SuiteScript error's name and message, or a REST error's code and detail) is NetSuite
/// refusing for a permission.
pub fn is_permission_violation(code: &str, message: &str) -> bool {
    code == PERMISSION_VIOLATION_CODE
        || message
            .to_ascii_lowercase()
            .contains("permission violation")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_name_the_permissions_of_research_section_3() {
        assert_eq!(for_table("ROLE").unwrap().key, Some("ADMI_MANAGEROLES"));
        assert_eq!(
            for_table("rolepermissions").unwrap().name,
            "Bulk Manage Roles"
        );
        for t in ["script", "scriptdeployment", "usereventscriptdeployment"] {
            assert_eq!(for_table(t).unwrap().key, Some("ADMI_CUSTOMSCRIPT"), "{t}");
        }
        assert_eq!(for_table("job").unwrap().key, Some("LIST_JOB"));
        assert_eq!(for_table("customrecord_oa_record_type_synch"), None);
        assert_eq!(
            for_companion("certificate.signProbe").unwrap().key,
            Some("LIST_CERTIFICATES")
        );
        assert_eq!(for_companion("bundles.list"), None);
        assert_eq!(
            for_record("customrecord_oa_srp_integration_settings")
                .unwrap()
                .key,
            Some("LIST_CUSTRECORDENTRY")
        );
        assert_eq!(for_record("customer"), None);
    }

    #[test]
    fn a_permission_without_a_public_id_is_matched_by_name() {
        let p = &MANAGE_OWN_M2M_CERTIFICATES;
        assert!(p.matches(
            "ANYTHING",
            "Manage own OAuth 2.0 Client Credentials certificates "
        ));
        assert!(!p.matches("MANAGE_OWN", "Something else"));
        assert!(CERTIFICATE_ACCESS.matches("list_certificates", "whatever"));
        assert_eq!(by_key("ADMI_MANAGEROLES"), Some(&BULK_MANAGE_ROLES));
        assert_eq!(p.display(), p.name);
        assert_eq!(
            BULK_MANAGE_ROLES.display(),
            "Bulk Manage Roles (ADMI_MANAGEROLES)"
        );
    }

    #[test]
    fn the_ui_path_names_role_subtab_permission_and_level() {
        assert_eq!(
            CERTIFICATE_ACCESS.ui_path("NSOA Connector"),
            "Setup > Users/Roles > Manage Roles > NSOA Connector > Edit > Permissions > Lists subtab: add Certificate Access at View or higher"
        );
    }

    #[test]
    fn permission_violations_are_recognised_by_code_or_sentence() {
        let m = permission_violation(&CERTIFICATE_ACCESS);
        assert!(m.contains("'Lists -> Certificate Access'"), "{m}");
        assert!(is_permission_violation("X", &m));
        assert!(is_permission_violation("INSUFFICIENT_PERMISSION", ""));
        assert!(!is_permission_violation(
            "SSS_SIGNING_FAILED",
            "could not sign"
        ));
    }

    #[test]
    fn every_permission_is_listed_once() {
        for (i, p) in CALLER.iter().enumerate() {
            assert!(
                CALLER.iter().skip(i + 1).all(|q| q.name != p.name),
                "{}",
                p.name
            );
        }
        for (_, p) in TABLES.iter().chain(COMPANION_ACTIONS) {
            assert!(CALLER.contains(p), "{}", p.name);
        }
    }
}
