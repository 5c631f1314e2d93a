//! Evidence of the running order's effect (the order step's probe). No API reads the Scripted Records order, but
//! its effect shows: after a person saves a record in the NetSuite UI, the send script sent it to OpenAir, and any
//! afterSubmit script that ran *after* the send script changed the record too late for that import. So the fields
//! the NetSuite Connector maps (`crate::platform::openair_objects`, overridable per profile) are compared between
//! NetSuite's record (REST record API) and what OpenAir received (XML API), right after the same save:
//!
//! - a field NetSuite holds with another value than OpenAir received proves that something ran after the send
//!   script: `fail` for that record type, naming the candidates — the afterSubmit scripts the documented rules do
//!   not put before the send script ([`super::order::relation`], the one classification);
//! - agreement is supporting evidence for the fields compared, never a confirmation: a script after the send script
//!   may change other fields, write the same value again, or lose the race with OpenAir's read; it changes no
//!   verdict;
//! - a field the account refuses to show (record API 4xx, OpenAir field error) degrades the probe to
//!   `needs-check`, with the reason.
//!
//! The comparison rule ([`compare`], [`verdict`]) is pure; `crate::job::order_probe` saves, waits and reads.

use serde::Serialize;
use serde_json::{Map, Value};

use super::Verdict;
use super::order::{RecordTypeScripts, Relation, TypeReport, relation, ui_path};
use crate::client::openair::FieldsRead;

/// One mapped field, compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldComparison {
    pub netsuite_field: String,
    pub openair_field: String,
    pub netsuite_value: Option<String>,
    pub openair_value: Option<String>,
    pub verdict: FieldVerdict,
    /// Why it could not be compared, or what agreement rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldVerdict {
    /// The same value on both sides after the save.
    Agrees,
    /// NetSuite holds a newer value than OpenAir received: something ran after the send script.
    Differs,
    /// Could not be compared (a refused read, a field NetSuite does not show).
    NeedsCheck,
}

/// What the probe says about the order, as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProbeVerdict {
    /// A mapped field differs: a script (or workflow action) ran after the send script.
    Fail,
    /// Every field compared agreed: supporting evidence, not a confirmation.
    Agrees,
    /// Nothing could be compared, or some field could not.
    NeedsCheck,
}

impl ProbeVerdict {
    /// The verdict the probe adds to the pass policy: none for agreement (supporting evidence only).
    pub fn policy(self) -> Option<Verdict> {
        match self {
            ProbeVerdict::Fail => Some(Verdict::Fail),
            ProbeVerdict::NeedsCheck => Some(Verdict::NeedsCheck),
            ProbeVerdict::Agrees => None,
        }
    }
}

/// A script that could have run after the send script.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub script: String,
    pub name: String,
    pub relation: Relation,
}

/// The whole probe of one record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProbeReport {
    /// `customer:1001`.
    pub record: String,
    /// The deployment record type (`CUSTOMER`).
    pub record_type: String,
    pub verdict: ProbeVerdict,
    pub fields: Vec<FieldComparison>,
    /// Whether the fields are the profile's (`openair.field_mappings`) or the defaults.
    pub fields_from: &'static str,
    /// The afterSubmit scripts the rules do not put before the send script (on a failure); None when they could
    /// not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<Candidate>>,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

/// A record API value as text: strings as they are, numbers and booleans spelled, references by their name.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Object(o) => o.get("refName").or_else(|| o.get("id")).and_then(text),
        Value::Array(_) => Some(value.to_string()),
    }
}

/// A field of a record API answer, matched without regard to case (the API writes `companyName` for the field id
/// `companyname`; custom fields keep their id).
fn netsuite_field<'a>(record: &'a Map<String, Value>, field: &str) -> Option<&'a Value> {
    record.get(field).or_else(|| {
        record
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(field))
            .map(|(_, v)| v)
    })
}

fn blank(v: &Option<String>) -> bool {
    v.as_deref().is_none_or(|s| s.trim().is_empty())
}

/// The comparison rule. `fields` are (NetSuite field id, OpenAir field); `netsuite` is the record as the record
/// API answered after the save (or why it refused), `openair` the fields OpenAir answered for the imported object
/// (or why the read failed). Values compare as text, trimmed; empty and absent are the same. A field the record
/// API leaves out reads as empty (it omits empty fields), except when OpenAir holds a value: then NetSuite may not
/// have the field at all, and the field needs a check instead of failing.
pub fn compare(
    fields: &[(String, String)],
    netsuite: &Result<Map<String, Value>, String>,
    openair: &Result<FieldsRead, String>,
) -> Vec<FieldComparison> {
    fields
        .iter()
        .map(|(ns_field, oa_field)| {
            let mut c = FieldComparison {
                netsuite_field: ns_field.clone(),
                openair_field: oa_field.clone(),
                netsuite_value: None,
                openair_value: None,
                verdict: FieldVerdict::NeedsCheck,
                detail: None,
            };
            let ns = match netsuite {
                Ok(record) => netsuite_field(record, ns_field).map(text),
                Err(why) => {
                    c.detail = Some(format!("NetSuite: {why}"));
                    return c;
                }
            };
            let oa = match openair.as_ref().map(|r| r.get(oa_field)) {
                Ok(Some(Ok(v))) => v.clone(),
                Ok(Some(Err(why))) => {
                    c.detail = Some(format!("OpenAir: {why}"));
                    c.netsuite_value = ns.flatten();
                    return c;
                }
                Ok(None) => None,
                Err(why) => {
                    c.detail = Some(format!("OpenAir: {why}"));
                    c.netsuite_value = ns.flatten();
                    return c;
                }
            };
            c.openair_value = oa.clone();
            match ns {
                None if !blank(&oa) => {
                    c.detail = Some(format!(
                        "NetSuite's record does not show '{ns_field}': it is empty, or not a field of this record (check the mapping)"
                    ));
                }
                ns => {
                    let ns = ns.flatten();
                    c.netsuite_value = ns.clone();
                    let same = match (blank(&ns), blank(&oa)) {
                        (true, true) => true,
                        (false, false) => {
                            ns.as_deref().map(str::trim) == oa.as_deref().map(str::trim)
                        }
                        _ => false,
                    };
                    c.verdict = if same {
                        FieldVerdict::Agrees
                    } else {
                        FieldVerdict::Differs
                    };
                }
            }
            c
        })
        .collect()
}

/// The probe's verdict from its fields: one difference fails; otherwise any field that could not be compared, or
/// no field at all, needs a check; agreement on every field is supporting evidence.
pub fn verdict(fields: &[FieldComparison]) -> ProbeVerdict {
    if fields.iter().any(|f| f.verdict == FieldVerdict::Differs) {
        ProbeVerdict::Fail
    } else if fields.is_empty() || fields.iter().any(|f| f.verdict == FieldVerdict::NeedsCheck) {
        ProbeVerdict::NeedsCheck
    } else {
        ProbeVerdict::Agrees
    }
}

/// The afterSubmit scripts on a record type that the documented rules do not put before the send script: those
/// the page orders, and localized ones (which run after it whatever the page says).
pub fn candidates(rt: &RecordTypeScripts) -> Vec<Candidate> {
    rt.others
        .iter()
        .filter(|s| relation(s) != Relation::RunsBefore)
        .map(|s| Candidate {
            script: s.scriptid.clone(),
            name: s.name.clone(),
            relation: relation(s),
        })
        .collect()
}

fn names(fields: &[FieldComparison], v: FieldVerdict) -> Vec<String> {
    fields
        .iter()
        .filter(|f| f.verdict == v)
        .map(|f| format!("{} → {}", f.netsuite_field, f.openair_field))
        .collect()
}

/// The probe's detail and fix for people, from its fields and candidates.
pub fn explain(
    record: &str,
    record_type: &str,
    fields: &[FieldComparison],
    candidates: Option<&[Candidate]>,
) -> (ProbeVerdict, String, Option<String>) {
    let v = verdict(fields);
    match v {
        ProbeVerdict::Fail => {
            let differ: Vec<String> = fields
                .iter()
                .filter(|f| f.verdict == FieldVerdict::Differs)
                .map(|f| {
                    format!(
                        "{} is '{}' in NetSuite but OpenAir received '{}' ({})",
                        f.netsuite_field,
                        f.netsuite_value.as_deref().unwrap_or(""),
                        f.openair_value.as_deref().unwrap_or(""),
                        f.openair_field
                    )
                })
                .collect();
            let who = match candidates {
                Some([]) => "no afterSubmit user event script is placed after it by the rules or the page; a workflow action (workflows run after user event scripts) or another process changed the record".to_string(),
                Some(c) => format!(
                    "candidates: {}",
                    c.iter().map(|c| c.script.as_str()).collect::<Vec<_>>().join(", ")
                ),
                None => "the candidate scripts could not be read".into(),
            };
            (
                v,
                format!(
                    "after a UI save of {record}, NetSuite holds newer values than OpenAir received: {}; a script ran after the send script ({who})",
                    differ.join("; ")
                ),
                Some(format!(
                    "on {}, drag the send script below every other After Submit script and Save; then probe again (`oa-rt verify-order --probe {record}`)",
                    ui_path(record_type)
                )),
            )
        }
        ProbeVerdict::Agrees => (
            v,
            format!(
                "supporting evidence, not a confirmation: after a UI save of {record}, OpenAir received what NetSuite holds for {}",
                names(fields, FieldVerdict::Agrees).join(", ")
            ),
            None,
        ),
        ProbeVerdict::NeedsCheck => {
            let why: Vec<String> = fields
                .iter()
                .filter(|f| f.verdict == FieldVerdict::NeedsCheck)
                .map(|f| {
                    format!(
                        "{}: {}",
                        f.netsuite_field,
                        f.detail.as_deref().unwrap_or("not compared")
                    )
                })
                .collect();
            let agreed = names(fields, FieldVerdict::Agrees);
            let detail = if fields.is_empty() {
                "no mapped field to compare for this record type".to_string()
            } else if agreed.is_empty() {
                format!("could not compare: {}", why.join("; "))
            } else {
                format!(
                    "could not compare: {}; agreed (supporting evidence): {}",
                    why.join("; "),
                    agreed.join(", ")
                )
            };
            (
                v,
                detail,
                Some(if fields.is_empty() {
                    "name the fields the connector maps in the profile: [profiles.NAME.openair.field_mappings.<object>] netsuite_field = \"openair_field\"".into()
                } else {
                    "grant the role what the refusal names, or correct the mapping in [profiles.NAME.openair.field_mappings.<object>]".into()
                }),
            )
        }
    }
}

/// Puts the probe's word into the record type's report: a failure makes it `fail` with the candidates; agreement
/// and a probe that could not compare only add to the detail (the probe's own verdict carries the needs-check).
pub fn annotate(reports: &mut [TypeReport], probe: &ProbeReport) {
    let Some(r) = reports
        .iter_mut()
        .find(|r| r.record_type == probe.record_type)
    else {
        return;
    };
    match probe.verdict {
        ProbeVerdict::Fail => {
            r.verdict = Verdict::Fail;
            r.detail = format!("probe {}: {}", probe.record, probe.detail);
            r.fix = probe.fix.clone();
        }
        ProbeVerdict::Agrees | ProbeVerdict::NeedsCheck => {
            r.detail = format!("{}. Probe {}: {}", r.detail, probe.record, probe.detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn f(ns: &str, oa: &str) -> (String, String) {
        (ns.into(), oa.into())
    }

    fn record(v: Value) -> Result<Map<String, Value>, String> {
        Ok(v.as_object().unwrap().clone())
    }

    fn oa(pairs: &[(&str, Option<&str>)]) -> Result<FieldsRead, String> {
        Ok(pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Ok(v.map(str::to_string))))
            .collect())
    }

    #[test]
    fn a_newer_netsuite_value_fails() {
        let c = compare(
            &[f("companyname", "name")],
            &record(json!({"companyName": "Acme (synced 2)"})),
            &oa(&[("name", Some("Acme (synced 1)"))]),
        );
        assert_eq!(c[0].verdict, FieldVerdict::Differs);
        assert_eq!(c[0].netsuite_value.as_deref(), Some("Acme (synced 2)"));
        assert_eq!(c[0].openair_value.as_deref(), Some("Acme (synced 1)"));
        assert_eq!(verdict(&c), ProbeVerdict::Fail);
    }

    #[test]
    fn agreement_is_matched_case_insensitively_and_trimmed() {
        let c = compare(
            &[
                f("companyname", "name"),
                f("custentity_region", "region__c"),
            ],
            &record(
                json!({"companyName": "Acme ", "custentity_region": {"id": "3", "refName": "EMEA"}}),
            ),
            &oa(&[("name", Some("Acme")), ("region__c", Some("EMEA"))]),
        );
        assert!(c.iter().all(|x| x.verdict == FieldVerdict::Agrees), "{c:?}");
        assert_eq!(verdict(&c), ProbeVerdict::Agrees);
        assert_eq!(
            ProbeVerdict::Agrees.policy(),
            None,
            "agreement changes no verdict"
        );
    }

    #[test]
    fn empty_and_absent_are_the_same_but_an_unknown_field_needs_a_check() {
        // Both empty: the record API leaves empty fields out.
        let c = compare(
            &[f("comments", "notes")],
            &record(json!({})),
            &oa(&[("notes", Some(""))]),
        );
        assert_eq!(c[0].verdict, FieldVerdict::Agrees);
        // NetSuite shows nothing but OpenAir holds a value: maybe not a field of the record at all.
        let c = compare(
            &[f("companynam", "name")],
            &record(json!({"companyName": "Acme"})),
            &oa(&[("name", Some("Acme"))]),
        );
        assert_eq!(c[0].verdict, FieldVerdict::NeedsCheck);
        assert!(c[0].detail.as_deref().unwrap().contains("companynam"));
        // NetSuite has a value, OpenAir got nothing: differs.
        let c = compare(
            &[f("companyname", "name")],
            &record(json!({"companyName": "Acme"})),
            &oa(&[("name", None)]),
        );
        assert_eq!(c[0].verdict, FieldVerdict::Differs);
    }

    #[test]
    fn refusals_degrade_only_their_fields() {
        let refused: Result<FieldsRead, String> = Ok([
            ("name".to_string(), Ok(Some("Acme".to_string()))),
            (
                "notes".to_string(),
                Err("OpenAir refused to read notes (status 602, invalid field)".to_string()),
            ),
        ]
        .into_iter()
        .collect());
        let c = compare(
            &[f("companyname", "name"), f("comments", "notes")],
            &record(json!({"companyName": "Acme", "comments": "x"})),
            &refused,
        );
        assert_eq!(c[0].verdict, FieldVerdict::Agrees);
        assert_eq!(c[1].verdict, FieldVerdict::NeedsCheck);
        assert!(c[1].detail.as_deref().unwrap().contains("602"));
        assert_eq!(verdict(&c), ProbeVerdict::NeedsCheck);
        let (_, detail, _) = explain("customer:1", "CUSTOMER", &c, None);
        assert!(
            detail.contains("agreed (supporting evidence): companyname → name"),
            "{detail}"
        );

        // The record API refused the record: every field needs a check.
        let c = compare(
            &[f("companyname", "name")],
            &Err("NetSuite refused the record GET customer (403)".into()),
            &oa(&[("name", Some("Acme"))]),
        );
        assert_eq!(c[0].verdict, FieldVerdict::NeedsCheck);
        assert_eq!(verdict(&c), ProbeVerdict::NeedsCheck);
        // A difference still fails next to a refusal.
        let mut both = c.clone();
        both.extend(compare(
            &[f("email", "email")],
            &record(json!({"email": "new@acme.example"})),
            &oa(&[("email", Some("old@acme.example"))]),
        ));
        assert_eq!(verdict(&both), ProbeVerdict::Fail);
        assert_eq!(
            verdict(&[]),
            ProbeVerdict::NeedsCheck,
            "nothing compared proves nothing"
        );
    }

    use crate::steps::order::script_for_tests as s;

    #[test]
    fn candidates_are_the_scripts_the_rules_do_not_put_first() {
        let rt = RecordTypeScripts {
            record_type: "CUSTOMER".into(),
            send_script: "customscript_send".into(),
            others: vec![
                s("defaults", true, false),
                s("sync", false, false),
                s("tax", false, true),
            ],
        };
        let c: Vec<(String, Relation)> = candidates(&rt)
            .into_iter()
            .map(|c| (c.script, c.relation))
            .collect();
        assert_eq!(
            c,
            vec![
                ("sync".to_string(), Relation::PageOrder),
                ("tax".to_string(), Relation::RunsAfter)
            ]
        );
    }

    #[test]
    fn a_failure_names_the_candidates_and_marks_the_record_type() {
        let fields = compare(
            &[f("companyname", "name")],
            &record(json!({"companyName": "B"})),
            &oa(&[("name", Some("A"))]),
        );
        let cands = vec![Candidate {
            script: "customscript_sync".into(),
            name: "Sync".into(),
            relation: Relation::PageOrder,
        }];
        let (v, detail, fix) = explain("customer:1001", "CUSTOMER", &fields, Some(&cands));
        assert_eq!(v, ProbeVerdict::Fail);
        assert!(
            detail.contains("customscript_sync") && detail.contains("'B'"),
            "{detail}"
        );
        assert!(fix.unwrap().contains("Scripted Records > Customer"));
        let (_, none, _) = explain("customer:1001", "CUSTOMER", &fields, Some(&[]));
        assert!(none.contains("workflow"), "{none}");

        let probe = ProbeReport {
            record: "customer:1001".into(),
            record_type: "CUSTOMER".into(),
            verdict: v,
            fields,
            fields_from: "defaults",
            candidates: Some(cands),
            detail,
            fix: None,
        };
        let mut reports = vec![TypeReport {
            record_type: "CUSTOMER".into(),
            verdict: Verdict::Confirmed,
            scripts: vec![],
            detail: "confirmed".into(),
            fix: None,
            confirmation: None,
        }];
        annotate(&mut reports, &probe);
        assert_eq!(
            reports[0].verdict,
            Verdict::Fail,
            "a proof beats a confirmation"
        );

        // Agreement leaves the verdict alone.
        let mut reports = vec![TypeReport {
            record_type: "CUSTOMER".into(),
            verdict: Verdict::NeedsCheck,
            scripts: vec![],
            detail: "only the page shows it".into(),
            fix: None,
            confirmation: None,
        }];
        let agrees = ProbeReport {
            verdict: ProbeVerdict::Agrees,
            detail: "supporting evidence".into(),
            ..probe
        };
        annotate(&mut reports, &agrees);
        assert_eq!(reports[0].verdict, Verdict::NeedsCheck);
        assert!(reports[0].detail.contains("supporting evidence"));
    }
}
