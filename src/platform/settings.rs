//! The OpenAir SRP Integration Settings record (platform-facts §4): its record type and its fields, with the
//! bundle version that adds each. One table for the settings step and the emulator.

use super::bundles::{REALTIME_ADDON, SRP_INTEGRATION};

pub const RECORD_TYPE: &str = "customrecord_oa_srp_integration_settings";

/// What a field holds, as the record API shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldKind {
    /// A checkbox: `true` / `false`.
    Checkbox,
    Text,
    /// Text that must be an e-mail address.
    Email,
    /// Text that must be an OpenAir account URL.
    Url,
    /// A reference to another record: `{ "id": "12", "refName": "..." }` in the record API.
    Select,
}

/// One field of the settings record.
#[derive(Debug, PartialEq, Eq)]
pub struct Field {
    /// The field id, `custrecord_...`.
    pub id: &'static str,
    /// The name oa-rt's commands use (`settings set KEY=VALUE`).
    pub key: &'static str,
    /// The field's label in the NetSuite UI.
    pub label: &'static str,
    pub kind: FieldKind,
    /// The bundle release that adds the field; `None`: the record type has had it from the start.
    pub since: Option<Since>,
}

/// A bundle release that adds a field to the settings record type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Since {
    pub bundle: &'static str,
    pub version: &'static str,
}

impl Since {
    /// "369637 (SRP Integration) 4.0".
    pub fn describe(&self) -> String {
        let name = match self.bundle {
            SRP_INTEGRATION => " (SRP Integration)",
            REALTIME_ADDON => " (SRP Real-time Add-on)",
            _ => "",
        };
        format!("{}{name} {}", self.bundle, self.version)
    }
}

/// 369637 4.0 "adds the certificate-flow fields to the settings record type" (SPP article_0304025941,
/// article_162852081557); which fields those are is not published field by field: the certificate flow needs the
/// URL and the database id.
const SRP_4_0: Option<Since> = Some(Since {
    bundle: SRP_INTEGRATION,
    version: "4.0",
});

/// 369630 4.01 adds "optional triggering from RESTlet updates" and single-record SOAP triggering for customers,
/// projects and users, "when enabled" (SPP article_162852081557, article_162749347853): the fields that enable it
/// come with that release. That the add-on, not 369637, adds them to the record type is inferred from the release
/// notes (docs/emulator-fidelity.md).
const ADDON_4_01: Option<Since> = Some(Since {
    bundle: REALTIME_ADDON,
    version: "4.01",
});

const fn field(
    id: &'static str,
    key: &'static str,
    label: &'static str,
    kind: FieldKind,
    since: Option<Since>,
) -> Field {
    Field {
        id,
        key,
        label,
        kind,
        since,
    }
}

impl Field {
    /// Why an account may lack the field, and what brings it.
    pub fn missing_reason(&self) -> String {
        match &self.since {
            Some(since) => format!("bundle {} adds it", since.describe()),
            None => "the settings record type has had it since its first release: check that 369637 is installed and the field was not removed".into(),
        }
    }
}

pub const ENABLE: &Field = &field(
    "custrecord_oa_realtime_enable",
    "enable",
    "Real-time integration with OpenAir",
    FieldKind::Checkbox,
    None,
);
pub const ERROR_EMAIL: &Field = &field(
    "custrecord_oa_realtime_email",
    "error-email",
    "Email address to send errors",
    FieldKind::Email,
    None,
);
pub const INCLUDE_LEADS: &Field = &field(
    "custrecord_oa_realtime_include_lead",
    "include-leads",
    "Leads with customer integration",
    FieldKind::Checkbox,
    None,
);
pub const INCLUDE_PROSPECTS: &Field = &field(
    "custrecord_oa_realtime_include_prospect",
    "include-prospects",
    "Prospects with customer integration",
    FieldKind::Checkbox,
    None,
);
pub const OPENAIR_URL: &Field = &field(
    "custrecord_oa_url",
    "openair-url",
    "OpenAir account URL",
    FieldKind::Url,
    SRP_4_0,
);
pub const OPENAIR_DB_ID: &Field = &field(
    "custrecord_oa_db_id",
    "openair-db-id",
    "OpenAir company (database) id",
    FieldKind::Text,
    SRP_4_0,
);
pub const SUITESIGNON_RECORD: &Field = &field(
    "custrecord_oa_realtime_sso_record",
    "suitesignon-record",
    "Legacy SuiteSignOn record",
    FieldKind::Select,
    None,
);

/// Every field, in the order the record shows them.
pub const FIELDS: &[&Field] = &[
    ENABLE,
    ERROR_EMAIL,
    INCLUDE_LEADS,
    INCLUDE_PROSPECTS,
    OPENAIR_URL,
    OPENAIR_DB_ID,
    SUITESIGNON_RECORD,
    &field(
        "custrecord_oa_realtime_soap_customer",
        "soap-customer",
        "Real-time on SOAP updates of customers",
        FieldKind::Checkbox,
        ADDON_4_01,
    ),
    &field(
        "custrecord_oa_realtime_soap_project",
        "soap-project",
        "Real-time on SOAP updates of projects",
        FieldKind::Checkbox,
        ADDON_4_01,
    ),
    &field(
        "custrecord_oa_realtime_soap_user",
        "soap-user",
        "Real-time on SOAP updates of employees",
        FieldKind::Checkbox,
        ADDON_4_01,
    ),
    &field(
        "custrecord_oa_realtime_restlet_customer",
        "restlet-customer",
        "Real-time on RESTlet updates of customers",
        FieldKind::Checkbox,
        ADDON_4_01,
    ),
    &field(
        "custrecord_oa_realtime_restlet_project",
        "restlet-project",
        "Real-time on RESTlet updates of projects",
        FieldKind::Checkbox,
        ADDON_4_01,
    ),
    &field(
        "custrecord_oa_realtime_restlet_user",
        "restlet-user",
        "Real-time on RESTlet updates of employees",
        FieldKind::Checkbox,
        ADDON_4_01,
    ),
];

/// A field by its key or its id.
pub fn field_named(name: &str) -> Option<&'static Field> {
    FIELDS
        .iter()
        .copied()
        .find(|f| f.key == name || f.id == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_ids_are_unique() {
        for (i, a) in FIELDS.iter().enumerate() {
            for b in &FIELDS[i + 1..] {
                assert!(a.key != b.key && a.id != b.id, "{} / {}", a.key, b.key);
            }
        }
        assert_eq!(field_named("openair-url"), Some(OPENAIR_URL));
        assert_eq!(field_named("custrecord_oa_db_id"), Some(OPENAIR_DB_ID));
        assert_eq!(field_named("nope"), None);
    }

    #[test]
    fn a_missing_field_names_the_release_that_adds_it() {
        assert_eq!(
            OPENAIR_URL.missing_reason(),
            "bundle 369637 (SRP Integration) 4.0 adds it"
        );
        assert_eq!(
            field_named("restlet-customer").unwrap().missing_reason(),
            "bundle 369630 (SRP Real-time Add-on) 4.01 adds it"
        );
        assert!(ENABLE.missing_reason().contains("first release"));
    }
}
