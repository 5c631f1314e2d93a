//! The record types the real-time import covers (platform-facts §3): NetSuite's record type, as script
//! deployments name it, and the OpenAir object it becomes.

/// (NetSuite record type of a script deployment, OpenAir object, what it is)
pub const REALTIME_TYPES: &[(&str, &str, &str)] = &[
    ("EMPLOYEE", "user", "employee"),
    ("CUSTOMER", "customer", "customer"),
    ("LEAD", "customer", "lead (when leads are enabled)"),
    (
        "PROSPECT",
        "customer",
        "prospect (when prospects are enabled)",
    ),
    ("JOB", "project", "project"),
    ("SUPPORTCASE", "project_task", "case"),
    ("PROJECTTASK", "project_task", "project task"),
    ("INVENTORYITEM", "product", "inventory item"),
    ("NONINVENTORYITEM", "product", "non-inventory item"),
    ("SERVICEITEM", "product", "service item"),
    ("OTHERCHARGEITEM", "product", "other charge item"),
    ("EXPENSECATEGORY", "item", "expense category"),
    ("SALESORDER", "customerpo", "sales order"),
    ("CREDITMEMO", "credit", "credit memo"),
    ("CUSTOMERPAYMENT", "payment", "customer payment"),
    ("VENDORBILL", "vendor_bill", "vendor bill"),
    ("VENDORCREDIT", "vendor_credit", "vendor credit"),
    ("PURCHASEORDER", "purchase_order", "purchase order"),
    (
        "VENDORPAYMENT",
        "reimbursement",
        "vendor payment (expense report reimbursement)",
    ),
    ("CUSTOMRECORD_OA_COST_CENTER", "cost_center", "cost center"),
    (
        "CUSTOMRECORD_OA_PROJECT_RATE_CARD",
        "rate_card",
        "project rate card",
    ),
];

/// The OpenAir object a NetSuite record type is imported as.
pub fn openair_type(netsuite_type: &str) -> Option<&'static str> {
    REALTIME_TYPES
        .iter()
        .find(|(ns, _, _)| ns.eq_ignore_ascii_case(netsuite_type))
        .map(|(_, oa, _)| *oa)
}

/// A record type as NetSuite's UI names it (the Scripted Records list, a deployment's Applies To), from its id as
/// script deployments and SuiteQL give it (`CUSTOMER`, `JOB`): what human output shows; JSON keeps the id. `JOB`
/// is "Project" (the Projects feature the integration needs renames it); an id not listed (the bundle's custom
/// records, whose names the account decides) is shown as given.
pub fn label(id: &str) -> String {
    let known = match id.to_ascii_uppercase().as_str() {
        "CUSTOMER" => "Customer",
        "EMPLOYEE" => "Employee",
        "JOB" => "Project",
        "PROJECTTASK" => "Project Task",
        "LEAD" => "Lead",
        "PROSPECT" => "Prospect",
        "SUPPORTCASE" => "Case",
        "INVENTORYITEM" => "Inventory Item",
        "NONINVENTORYITEM" => "Non-inventory Item",
        "SERVICEITEM" => "Service Item",
        "OTHERCHARGEITEM" => "Other Charge Item",
        "EXPENSECATEGORY" => "Expense Category",
        "SALESORDER" => "Sales Order",
        "CREDITMEMO" => "Credit Memo",
        "CUSTOMERPAYMENT" => "Customer Payment",
        "VENDORBILL" => "Vendor Bill",
        "VENDORCREDIT" => "Vendor Credit",
        "PURCHASEORDER" => "Purchase Order",
        "VENDORPAYMENT" => "Vendor Payment",
        _ => return id.to_string(),
    };
    known.to_string()
}

/// Record types by their labels, joined for a sentence: "Customer, Project".
pub fn labels(ids: &[String]) -> String {
    ids.iter()
        .map(|id| label(id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prose written with record type ids (a check's name and detail, kept with ids in JSON) as people read it: each
/// upper-case word that is a real-time record type id becomes its label. Text between backticks is a command to
/// type and is left as it is (`oa-rt verify-order --confirm CUSTOMER`).
pub fn label_ids_in(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, in_code: bool| {
        if !word.is_empty() {
            let is_id = !in_code
                && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
                && REALTIME_TYPES.iter().any(|(id, _, _)| *id == word.as_str());
            out.push_str(&if is_id { label(word) } else { word.clone() });
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out, in_code);
        if c == '`' {
            in_code = !in_code;
        }
        out.push(c);
    }
    flush(&mut word, &mut out, in_code);
    out
}

/// Where a person opens a record of this type in NetSuite to save it: the menu path of its list, and how to reach
/// the record from there. Sources (Oracle NetSuite Help Center): "Creating a Customer Record" (section_161860867711:
/// Lists > Relationships > Customers), "Creating a Project Record" (section_N1183012: Lists > Relationships >
/// Projects), "Creating a Project Task Record" (section_N1194983: project tasks exist only on their project; Lists >
/// Relationships > Projects, View the project, Schedule subtab), "Creating and Managing Employee Records" (Lists >
/// Employees > Employees). Leads and prospects are customer records at another stage, listed at Lists >
/// Relationships > Leads and Prospects.
pub fn record_page(id: &str) -> Option<&'static str> {
    Some(match id.to_ascii_uppercase().as_str() {
        "CUSTOMER" => "Lists > Relationships > Customers",
        "LEAD" => "Lists > Relationships > Leads",
        "PROSPECT" => "Lists > Relationships > Prospects",
        "EMPLOYEE" => "Lists > Employees > Employees",
        "JOB" => "Lists > Relationships > Projects",
        "PROJECTTASK" => {
            "Lists > Relationships > Projects > View the task's project > Schedule subtab"
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_follows_platform_facts() {
        assert_eq!(openair_type("employee"), Some("user"));
        assert_eq!(openair_type("JOB"), Some("project"));
        assert_eq!(openair_type("lead"), Some("customer"));
        assert_eq!(openair_type("supportcase"), Some("project_task"));
        assert_eq!(openair_type("contact"), None);
    }

    #[test]
    fn labels_are_netsuites_and_ids_in_prose_become_labels() {
        assert_eq!(label("JOB"), "Project");
        assert_eq!(label("projecttask"), "Project Task");
        assert_eq!(label("CONTACT"), "CONTACT");
        assert_eq!(
            labels(&["CUSTOMER".into(), "JOB".into()]),
            "Customer, Project"
        );
        assert_eq!(
            label_ids_in(
                "running order: PROJECTTASK (JOB, LEAD) `oa-rt verify-order --confirm CUSTOMER`"
            ),
            "running order: Project Task (Project, Lead) `oa-rt verify-order --confirm CUSTOMER`"
        );
        // Only whole upper-case ids: not parts of words, not other capitals.
        assert_eq!(
            label_ids_in("customdeploy_oa_send_customer JOBS ERROR Customer"),
            "customdeploy_oa_send_customer JOBS ERROR Customer"
        );
        for (id, _, _) in REALTIME_TYPES
            .iter()
            .filter(|(id, _, _)| !id.starts_with("CUSTOMRECORD_"))
        {
            assert_ne!(label(id), *id, "{id} has a label");
        }
        assert!(
            record_page("employee")
                .unwrap()
                .contains("Employees > Employees")
        );
    }
}
