//! The OpenAir objects the real-time import writes, and how an imported object is tied to its NetSuite record.
//!
//! The NetSuite Connector keeps a record's NetSuite internal id in a per-object **"NetSuite ID" custom field** in
//! OpenAir, not in `externalid`: "OpenAir NetSuite Connector creates the NetSuite ID custom field in OpenAir and
//! associates it with the OpenAir record type when you enable the relevant integration workflow for the first time
//! … For some records, the custom field label includes the NetSuite record type. For example, NetSuite Customer
//! ID" (<https://docs.oracle.com/en/cloud/saas/netsuite-openair/nsoa-online-help/article_161979065104.html>).
//! Oracle publishes the labels, not the internal names, so the names below are defaults a profile can override
//! (`[profiles.NAME.openair.netsuite_id_fields]`):
//! - `user`: `netsuite_user_id__c` — public code (a Ruby OpenAir client's `find_by_netsuite_id` reads
//!   `<User><netsuite_user_id__c>` with `enable_custom="1"`).
//! - `project`: `netsuite_project_id__c` — public code (an OpenAir form script reads `netsuite_project_id__c` on a
//!   Project).
//! - `customer`: `netsuite_customer_id__c` — **unconfirmed**, by analogy with the two above (the field is named
//!   after the OpenAir object, `netsuite_<object>_id__c`).
//! - `project_task`: `netsuite_project_task_id__c` — **unconfirmed**, by the same analogy; nothing public names it.
//!
//! Reading by a custom field needs `enable_custom="1"` on the `<Read>` ("Set the enable_custom attribute to 1 …
//! List both standard object property values and custom field values to match … when using the equal to or not
//! equal to methods"; custom fields carry the `__c` suffix:
//! <https://docs.oracle.com/en/cloud/saas/netsuite-suiteprojects-pro/online-help/article_5145321697.html>).
//! With an OAuth 2.0 access token, reads leave out objects created after the token was issued unless the read
//! carries `clear_filter_cache="1"` ("By default, read requests using a valid access token do not include objects
//! created after the access token was issued … you can clear and regenerate the cached filter set information by
//! using the clear_filter_cache attribute":
//! <https://docs.oracle.com/en/cloud/saas/netsuite-suiteprojects-pro/online-help/article_5124033554.html>; added
//! on 2025-10-11, article_57003815718; "use … sparingly", article_1120021808). The value `1` is inferred from the
//! other Read attributes ("Set the … attribute to 1"): **unconfirmed**.

/// One OpenAir object the real-time import writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenAirObject {
    /// The name the real-time request and the connector use (`record_type=` of `netsuite.pl`).
    pub oa_type: &'static str,
    /// The XML API type (`<Read type="…">`).
    pub xml_type: &'static str,
    /// The default internal name of the "NetSuite ID" custom field (see the module comment for each source).
    pub netsuite_id_field: &'static str,
    /// The field's label in OpenAir, as Oracle's pattern ("NetSuite Customer ID") suggests.
    pub label: &'static str,
    /// Where the default name comes from.
    pub source: &'static str,
    /// The fields the connector maps by default from the NetSuite record into this object, as (NetSuite field
    /// id, OpenAir XML field): what `verify-order --probe` compares (see [`MAPPED_FIELDS_SOURCES`]).
    pub mapped: &'static [(&'static str, &'static str)],
    /// Where the default mapping comes from.
    pub mapped_source: &'static str,
}

/// The sources of the default mapped fields, in one place (docs/emulator-fidelity.md, "Field mappings").
///
/// - Oracle documents each import workflow's default mapping group and names what it imports: Customers
///   (`CUSTOMER_TO_CUSTOMER`): "Information imported by default includes company name, email, address and currency"
///   (<https://docs.oracle.com/en/cloud/saas/netsuite-suiteprojects-pro/online-help/article_163998742335.html>);
///   Projects (`JOB_TO_PROJECT`): "project name, associated customer, currency, and start date"
///   (<https://docs.oracle.com/en/cloud/saas/netsuite-suiteprojects-pro/online-help/article_163998751188.html>).
///   "Default field mapping definitions can be changed or disabled"
///   (<https://docs.oracle.com/en/cloud/saas/netsuite-suiteprojects-pro/online-help/article_161979076218.html>),
///   so an account may differ: the profile names its own (`[profiles.NAME.openair.field_mappings.<object>]`).
/// - Which field ids those are is **unconfirmed**: the excerpts name the data, not the ids. We compare the company
///   name (NetSuite `companyname`, on jobs the project name) with the OpenAir object's `name`; email, address and
///   currency are structured (an address sub-object, a currency code) and left to the profile.
/// - Employees → users and project tasks: no public source shows the default mapping; employees have none by
///   default (name it in the profile), project tasks compare `title` → `name` (**unconfirmed**).
pub const MAPPED_FIELDS_SOURCES: &str = "Oracle SuiteProjects Pro help: Customers import (article_163998742335), Projects import (article_163998751188); field ids unconfirmed";

/// The objects `test-import` can observe, with their NetSuite ID field defaults.
pub const OBJECTS: &[OpenAirObject] = &[
    OpenAirObject {
        oa_type: "customer",
        xml_type: "Customer",
        netsuite_id_field: "netsuite_customer_id__c",
        label: "NetSuite Customer ID",
        source: "unconfirmed: by analogy with netsuite_user_id__c and netsuite_project_id__c",
        mapped: &[("companyname", "name")],
        mapped_source: "Oracle: the Customers import maps the company name by default (article_163998742335); the ids are unconfirmed",
    },
    OpenAirObject {
        oa_type: "project",
        xml_type: "Project",
        netsuite_id_field: "netsuite_project_id__c",
        label: "NetSuite Project ID",
        source: "public code (an OpenAir form script)",
        mapped: &[("companyname", "name")],
        mapped_source: "Oracle: the Projects import maps the project name by default (article_163998751188); the ids are unconfirmed",
    },
    OpenAirObject {
        oa_type: "user",
        xml_type: "User",
        netsuite_id_field: "netsuite_user_id__c",
        label: "NetSuite Employee ID",
        source: "public code (a Ruby OpenAir client's find_by_netsuite_id)",
        mapped: &[],
        mapped_source: "no public source shows the Employees import's default mapping: name the fields in the profile",
    },
    OpenAirObject {
        oa_type: "project_task",
        xml_type: "Projecttask",
        netsuite_id_field: "netsuite_project_task_id__c",
        label: "NetSuite Project Task ID",
        source: "unconfirmed: by analogy; nothing public names it",
        mapped: &[("title", "name")],
        mapped_source: "unconfirmed: no public source shows the Project Tasks import's default mapping",
    },
];

/// The object the real-time import writes under `oa_type` (`customer`, `project`, `user`, `project_task`).
pub fn object(oa_type: &str) -> Option<&'static OpenAirObject> {
    OBJECTS.iter().find(|o| o.oa_type == oa_type)
}

/// The object of an XML API type (`Customer`, `Project`, `User`, `Projecttask`).
pub fn by_xml_type(xml_type: &str) -> Option<&'static OpenAirObject> {
    OBJECTS.iter().find(|o| o.xml_type == xml_type)
}

/// Checks the name of an OpenAir custom field as the XML API writes it: letters, digits and `_`, ending in `__c`.
pub fn validate_custom_field(name: &str) -> Result<(), String> {
    let base = name.strip_suffix("__c").ok_or_else(|| {
        format!("'{name}' is not an OpenAir custom field name: they end in __c (like netsuite_customer_id__c)")
    })?;
    if base.is_empty()
        || !base.starts_with(|c: char| c.is_ascii_alphabetic())
        || !base.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(format!(
            "'{name}' is not an OpenAir custom field name: a letter first, then letters, digits and '_', ending in __c"
        ));
    }
    Ok(())
}

/// Checks a NetSuite field id as a mapping names it: lower-case letters, digits and `_`, a letter first
/// (`companyname`, `custentity_acme_region`). The record API writes standard fields in camelCase; the probe matches
/// them without regard to case.
pub fn validate_netsuite_field(name: &str) -> Result<(), String> {
    if name.is_empty()
        || !name.starts_with(|c: char| c.is_ascii_lowercase())
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(format!(
            "'{name}' is not a NetSuite field id: lower-case, a letter first, then letters, digits and '_' (like companyname)"
        ));
    }
    Ok(())
}

/// Checks an OpenAir XML field name: a standard property (`name`, `notes`) or a custom field (`…__c`).
pub fn validate_openair_field(name: &str) -> Result<(), String> {
    if name.ends_with("__c") {
        return validate_custom_field(name);
    }
    if name.is_empty()
        || !name.starts_with(|c: char| c.is_ascii_alphabetic())
        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Err(format!(
            "'{name}' is not an OpenAir field: a letter first, then letters, digits and '_' (like name, or a custom field ending in __c)"
        ));
    }
    Ok(())
}

/// The "Export to OpenAir" box on entities (customers, leads, prospects, projects, employees, vendors): the
/// real-time import sends only records that have it checked. Seen in OpenAir's own SuiteScript 1.0 real-time
/// script and in many account scripts that set it on `customer` and `job` (public code).
pub const ENTITY_EXPORT_FLAG: &str = "custentity_oa_export_to_openair";

/// The same box on project tasks (and support cases): a CRM event field, `custevent_…` (OpenAir's 1.0 script).
pub const EVENT_EXPORT_FLAG: &str = "custevent_oa_export_to_openair";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_object_has_a_valid_default() {
        for o in OBJECTS {
            validate_custom_field(o.netsuite_id_field).unwrap();
            assert_eq!(object(o.oa_type), Some(o));
            assert_eq!(by_xml_type(o.xml_type), Some(o));
        }
        assert_eq!(
            object("user").unwrap().netsuite_id_field,
            "netsuite_user_id__c"
        );
        assert!(object("vendor").is_none());
    }

    #[test]
    fn custom_field_names_are_checked() {
        assert!(validate_custom_field("netsuite_cust_id__c").is_ok());
        assert!(validate_custom_field("NetSuite_ID2__c").is_ok());
        for bad in [
            "netsuite_customer_id",
            "__c",
            "_x__c",
            "1x__c",
            "net suite__c",
            "a-b__c",
            "",
        ] {
            assert!(validate_custom_field(bad).is_err(), "{bad}");
        }
        assert!(
            validate_custom_field("externalid")
                .unwrap_err()
                .contains("end in __c")
        );
    }
}
