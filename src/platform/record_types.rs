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
}
