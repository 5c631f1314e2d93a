//! The end-to-end check: a record is saved in NetSuite (on an emulator through its UI surface; on a real account
//! by a person, guided) and OpenAir's XML API is polled until the record shows the new update. A landed import is
//! the evidence for what no API shows (OpenAir's connector switches), kept with the certificate it ran under.
//!
//! OpenAir is read the way the NetSuite Connector keeps an imported record: by the object's "NetSuite ID" custom
//! field (`crate::platform::openair_objects`), with `clear_filter_cache` while the object has not been seen, so a
//! record imported for the first time — an object created after the access token was issued — is found too.
//! Before waiting, NetSuite is asked whether the record is flagged for export ("Export to OpenAir"): the import
//! sends only flagged records, so an unflagged one is named in a warning instead of leaving a silent timeout.

use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::json;

use super::Job;
use crate::error::Failure;
use crate::operator::{GuideOutcome, Guided, Operator, Watch};
use crate::output::Output;
use crate::platform::openair_objects::{ENTITY_EXPORT_FLAG, EVENT_EXPORT_FLAG};
use crate::platform::ui::UiAction;
use crate::steps::{certificate, openair::Proof};

/// A NetSuite record kind whose import the tool can observe in OpenAir.
pub struct Kind {
    /// The name on the command line (`customer:ID`).
    pub kind: &'static str,
    /// The OpenAir object it becomes (`crate::platform::openair_objects`).
    pub oa_type: &'static str,
    /// The SuiteQL table that holds it (leads and prospects are customers at another stage).
    pub table: &'static str,
    /// Its "Export to OpenAir" box: the real-time import sends only records that have it checked.
    pub export_flag: &'static str,
}

const fn kind(
    kind: &'static str,
    oa_type: &'static str,
    table: &'static str,
    export_flag: &'static str,
) -> Kind {
    Kind {
        kind,
        oa_type,
        table,
        export_flag,
    }
}

impl Kind {
    /// The record type a deployment names (`CUSTOMER`, `JOB`).
    pub fn record_type(&self) -> String {
        self.kind.to_ascii_uppercase()
    }

    /// What it is, for people: NetSuite's label of the record type ("Project" for `job`).
    pub fn label(&self) -> String {
        crate::platform::record_types::label(self.kind)
    }

    /// The UI steps that save record `id` of this kind as a person does: its page in NetSuite's menus
    /// (`crate::platform::record_types::record_page`), Edit, Save. Leads and prospects are imported only when
    /// modified (seed, "Real-Time Import Functionality and Controls"), so for them a field must change.
    pub fn save_steps(&self, id: &str) -> Vec<String> {
        let label = self.label();
        let rt = self.record_type();
        let open = match (crate::platform::record_types::record_page(&rt), rt.as_str()) {
            (Some(page), "PROJECTTASK") => {
                format!("In NetSuite, go to {page}, and open the {label} with internal id {id}")
            }
            (Some(page), _) => format!(
                "In NetSuite, go to {page} and open the {label} with internal id {id} (or search for it)"
            ),
            (None, _) => {
                format!("In NetSuite, open the {label} with internal id {id} (search for it)")
            }
        };
        let save = match rt.as_str() {
            "LEAD" | "PROSPECT" => format!(
                "Click Edit, change a field (the real-time import sends a {} only when it is modified), then click Save",
                label.to_lowercase()
            ),
            _ => "Click Edit, then click Save (no change is needed)".to_string(),
        };
        vec![open, save]
    }
}

/// The record kinds whose import the tool can observe in OpenAir. The export flags are OpenAir's own SuiteScript
/// 1.0 real-time script's map (public code): `custentity_…` on entities, `custevent_…` on project tasks.
pub const KINDS: &[Kind] = &[
    kind("customer", "customer", "customer", ENTITY_EXPORT_FLAG),
    kind("lead", "customer", "customer", ENTITY_EXPORT_FLAG),
    kind("prospect", "customer", "customer", ENTITY_EXPORT_FLAG),
    kind("job", "project", "job", ENTITY_EXPORT_FLAG),
    kind("employee", "user", "employee", ENTITY_EXPORT_FLAG),
    kind(
        "projecttask",
        "project_task",
        "projecttask",
        EVENT_EXPORT_FLAG,
    ),
];

pub fn kind_named(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.kind == name)
}

/// Parses `TYPE:ID` (bad input: exit 2).
pub fn parse_record(record: &str) -> Result<(String, String)> {
    let (kind, id) = record
        .split_once(':')
        .ok_or_else(|| Failure::usage(format!("{record}: expected TYPE:ID, like customer:1001")))?;
    let kind = kind.to_ascii_lowercase();
    if kind_named(&kind).is_none() {
        return Err(Failure::usage(format!(
            "{record}: the type must be one of {}",
            KINDS.iter().map(|k| k.kind).collect::<Vec<_>>().join(", ")
        ))
        .into());
    };
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(Failure::usage(format!("{record}: '{id}' is not an internal id")).into());
    }
    Ok((kind, id.to_string()))
}

/// What a test import showed.
pub struct Landing {
    pub report: serde_json::Value,
    pub landed: bool,
    /// One line for people.
    pub message: String,
    /// The guided save, when nobody could do it (exit 5).
    pub waiting: Option<Guided>,
}

/// Whether NetSuite record `kind:id` is flagged for export, as SuiteQL reads it: `Some(true)`/`Some(false)`, or
/// None with the reason when it could not be read (the record missing, a column or permission NetSuite refuses).
async fn export_flag(job: &Job, kind: &Kind, id: &str) -> Result<(Option<bool>, Option<String>)> {
    // `id` is digits only (parse_record), the table and column are constants.
    let query = format!(
        "SELECT id, {flag} FROM {table} WHERE id = {id}",
        flag = kind.export_flag,
        table = kind.table
    );
    Ok(match job.clients.netsuite.suiteql(&query).await {
        Ok(rows) => match rows.first() {
            Some(row) => (Some(row.flag(kind.export_flag)), None),
            None => (
                None,
                Some(format!(
                    "NetSuite has no {} with internal id {id}",
                    kind.label()
                )),
            ),
        },
        Err(e)
            if e.downcast_ref::<crate::client::netsuite::Refused>()
                .is_some() =>
        {
            (None, Some(format!("{e:#}")))
        }
        Err(e) => return Err(e),
    })
}

/// How a test import is carried out: who saves the record, where it reports, how long it waits for OpenAir,
/// the emulator behind the profile (whose UI surface then saves), and the evidence file the proof goes to.
pub struct ImportRun<'a> {
    pub operator: &'a Operator,
    pub out: &'a Output,
    pub timeout: Duration,
    pub emulator: Option<&'a url::Url>,
    pub evidence: &'a std::path::Path,
}

/// Saves NetSuite record `kind:id` and watches OpenAir until the record's update arrives. On an emulator the tool
/// plays the person who saves; elsewhere the operator does.
pub async fn prove(job: &Job, run: &ImportRun<'_>, (kind, id): (&str, &str)) -> Result<Landing> {
    let ImportRun {
        operator,
        out,
        timeout,
        emulator,
        evidence,
    } = *run;
    let clients = &job.clients;
    let record_kind = kind_named(kind).ok_or_else(|| {
        Failure::usage(format!("'{kind}' is not a record type test-import knows"))
    })?;
    let label = record_kind.label();
    let oa_type = record_kind.oa_type;
    let xml_type = crate::platform::openair_objects::object(oa_type)
        .map(|o| o.xml_type)
        .unwrap_or(oa_type);
    let field = clients.openair.netsuite_id_field(oa_type)?;
    let openair = &clients.openair;
    // The first read rebuilds the token's filter set: the object may have been created after the token was issued.
    let before = openair.read_by_netsuite_id(oa_type, id, true).await?;
    let before_updated = before.as_ref().map(|o| o.updated.clone());
    // An object already seen stays in the filter set; one not seen yet needs the cache cleared on every look.
    let clear = before.is_none();
    out.note(&format!(
        "OpenAir {xml_type} for NetSuite {label} {id} (custom field {field}) before the save: {}",
        match &before {
            Some(o) => format!("'{}', updated {}", o.name, o.updated),
            None => "not imported yet".into(),
        }
    ));

    // The import sends only records flagged for export: say so before waiting for nothing.
    let mut warnings = Vec::new();
    let (flagged, flag_error) = export_flag(job, record_kind, id).await?;
    match (flagged, &flag_error) {
        (Some(false), _) => warnings.push(format!(
            "NetSuite {label} {id} is not flagged for export to OpenAir ({} is not 'T'): the real-time import sends only flagged records, so it will not arrive; check \"Export to OpenAir\" on the record first",
            record_kind.export_flag
        )),
        (None, Some(reason)) => warnings.push(format!(
            "could not read whether NetSuite {label} {id} is flagged for export ({}): {reason}",
            record_kind.export_flag
        )),
        _ => {}
    }
    for w in &warnings {
        out.warn(w);
    }

    // OpenAir keeps times to the second: a save within the second of the last update could not be told apart.
    if let Some(b) = &before_updated
        && openair.time().await.is_ok_and(|now| now <= *b)
    {
        tokio::time::sleep(Duration::from_millis(1100)).await;
    }
    let started = Instant::now();
    let mut send = None;
    let save = UiAction::SaveRecord {
        record: format!("{kind}:{id}"),
        context: "userinterface".into(),
        event: "edit".into(),
        set: Default::default(),
    };
    let guided = Guided {
        title: format!("Save NetSuite {label} {id} in the UI"),
        why: "the real-time import fires only when a person saves a record in the NetSuite UI"
            .into(),
        steps: record_kind.save_steps(id),
        simulate: Some(save.clone()),
    };
    let landed =
        |after: &Option<crate::client::openair::ImportedObject>| match (after, &before_updated) {
            (Some(a), Some(b)) => a.updated > *b,
            (Some(_), None) => true,
            (None, _) => false,
        };
    let outcome = match emulator {
        Some(base) => {
            // The emulator is a playground: the tool plays the person who saves.
            let saved = crate::client::emulator_ui::perform(base, &save).await?;
            send = saved["send"].as_str().map(str::to_string);
            out.note(&format!(
                "Saved {kind}:{id} in the emulated NetSuite UI; the send script: {}",
                send.as_deref().unwrap_or("-")
            ));
            let mut seen = false;
            let _spinner = out.progress(format!(
                "Waiting for {kind}:{id} to arrive in OpenAir (at most {} s)",
                timeout.as_secs()
            ));
            while started.elapsed() < timeout {
                if landed(&openair.read_by_netsuite_id(oa_type, id, clear).await?) {
                    seen = true;
                    break;
                }
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
            if seen {
                GuideOutcome::Simulated
            } else {
                GuideOutcome::Declined
            }
        }
        None => {
            // What the person should expect of the save they are about to make (the seed's controls).
            out.note(crate::steps::order::UI_SAVES_ONLY);
            out.note(crate::steps::order::QUEUED_BEHIND_RUNS);
            let watch = Watch {
                what: format!("{label} {id} to arrive in OpenAir"),
                timeout,
                interval: Duration::from_secs(3),
            };
            operator
                .guide_and_watch(&guided, &watch, || async {
                    Ok(landed(
                        &openair.read_by_netsuite_id(oa_type, id, clear).await?,
                    ))
                })
                .await?
        }
    };
    let after = openair.read_by_netsuite_id(oa_type, id, clear).await?;
    let delay = started.elapsed();
    let ok = landed(&after);
    let queued = send.as_deref().is_some_and(|s| s.ends_with("=F"));
    let report = json!({
        "record": format!("{kind}:{id}"),
        "openair_type": xml_type,
        "netsuite_id_field": field,
        "export_flag": {
            "field": record_kind.export_flag,
            "flagged": flagged,
            "error": flag_error,
        },
        "warnings": warnings,
        "before": before,
        "after": after,
        "landed": ok,
        "delay_ms": delay.as_millis(),
        "send": send,
        "queued": queued,
        "compared": format!("OpenAir's updated time of the {xml_type} whose custom field {field} holds the NetSuite internal id"),
    });
    if ok {
        // The evidence `status` shows for OpenAir's switches, tied to the certificate it was made under.
        let certificate = certificate::observe(&clients.netsuite)
            .await
            .ok()
            .and_then(Result::ok);
        let proof = Proof {
            account: job.account(),
            record: format!("{kind}:{id}"),
            landed_at: crate::clock::rfc3339(),
            certificate_sha256: certificate::fingerprint(certificate.as_ref()),
        };
        crate::steps::Evidence::load(evidence)?.record_proof(evidence, proof)?;
    }
    let message = if ok {
        let a = after.as_ref().expect("landed");
        format!(
            "Imported: OpenAir {xml_type} {} '{}' (NetSuite id {}) updated {} -> {} after {:.1} s.",
            a.id,
            a.name,
            a.netsuite_id,
            before_updated.as_deref().unwrap_or("(new)"),
            a.updated,
            delay.as_secs_f64()
        )
    } else if queued {
        format!(
            "Queued: OpenAir answered that a scheduled integration run is active; the {label} lands when the run finishes (not within {} s).",
            timeout.as_secs()
        )
    } else {
        format!(
            "Not imported within {} s: OpenAir still shows {}.{}{}",
            timeout.as_secs(),
            before_updated
                .as_deref()
                .map(|u| format!("the update of {u}"))
                .unwrap_or_else(|| "nothing".into()),
            send.as_deref()
                .map(|s| format!(" The send script: {s}."))
                .unwrap_or_default(),
            if flagged == Some(false) {
                format!(
                    " The {label} is not flagged for export ({}).",
                    record_kind.export_flag
                )
            } else {
                format!(" {}", crate::steps::order::UI_SAVES_ONLY)
            }
        )
    };
    Ok(Landing {
        report,
        landed: ok,
        message,
        waiting: (outcome == GuideOutcome::Waiting).then_some(guided),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_map_to_openair_objects_and_export_flags() {
        for k in KINDS {
            assert!(
                crate::platform::openair_objects::object(k.oa_type).is_some(),
                "{}",
                k.kind
            );
        }
        assert_eq!(
            kind_named("projecttask").unwrap().export_flag,
            EVENT_EXPORT_FLAG
        );
        assert_eq!(kind_named("lead").unwrap().table, "customer");
        assert_eq!(kind_named("employee").unwrap().oa_type, "user");
        assert_eq!(kind_named("job").unwrap().export_flag, ENTITY_EXPORT_FLAG);
    }

    #[test]
    fn the_guided_save_names_the_page_of_each_record_type() {
        let steps = |k: &str| kind_named(k).unwrap().save_steps("7");
        assert!(steps("customer")[0].contains(
            "Lists > Relationships > Customers and open the Customer with internal id 7"
        ));
        assert!(steps("employee")[0].contains("Lists > Employees > Employees"));
        assert!(steps("job")[0].contains("Lists > Relationships > Projects and open the Project"));
        assert!(steps("projecttask")[0].contains("Schedule subtab"));
        assert!(steps("lead")[0].contains("Lists > Relationships > Leads"));
        assert!(steps("prospect")[1].contains("change a field"));
        assert!(steps("customer")[1].contains("no change is needed"));
    }

    #[test]
    fn records_are_parsed_strictly() {
        assert_eq!(
            parse_record("Customer:1001").unwrap(),
            ("customer".to_string(), "1001".to_string())
        );
        for bad in ["customer", "vendor:1", "customer:1 OR 1=1", "customer:"] {
            assert!(parse_record(bad).is_err(), "{bad}");
        }
    }
}
