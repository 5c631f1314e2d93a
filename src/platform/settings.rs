//! The OpenAir SRP Integration Settings record (platform-facts §4): its record type and its fields, with the
//! bundle version that adds each. One table for the settings step and the emulator.

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
    /// The field exists only when 369637 is at least this version ([assumed]: which fields 4.0 adds is not
    /// published field by field; the certificate flow needs the URL and the database id).
    pub since_srp: Option<&'static str>,
}

const fn field(
    id: &'static str,
    key: &'static str,
    label: &'static str,
    kind: FieldKind,
    since_srp: Option<&'static str>,
) -> Field {
    Field {
        id,
        key,
        label,
        kind,
        since_srp,
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
    Some("4.0"),
);
pub const OPENAIR_DB_ID: &Field = &field(
    "custrecord_oa_db_id",
    "openair-db-id",
    "OpenAir company (database) id",
    FieldKind::Text,
    Some("4.0"),
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
        None,
    ),
    &field(
        "custrecord_oa_realtime_soap_project",
        "soap-project",
        "Real-time on SOAP updates of projects",
        FieldKind::Checkbox,
        None,
    ),
    &field(
        "custrecord_oa_realtime_soap_user",
        "soap-user",
        "Real-time on SOAP updates of employees",
        FieldKind::Checkbox,
        None,
    ),
    &field(
        "custrecord_oa_realtime_restlet_customer",
        "restlet-customer",
        "Real-time on RESTlet updates of customers",
        FieldKind::Checkbox,
        None,
    ),
    &field(
        "custrecord_oa_realtime_restlet_project",
        "restlet-project",
        "Real-time on RESTlet updates of projects",
        FieldKind::Checkbox,
        None,
    ),
    &field(
        "custrecord_oa_realtime_restlet_user",
        "restlet-user",
        "Real-time on RESTlet updates of employees",
        FieldKind::Checkbox,
        None,
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
}
