//! The end-to-end check: a record is saved in NetSuite (on an emulator through its UI surface; on a real account
//! by a person, guided) and OpenAir's XML API is polled until the record shows the new update. A landed import is
//! the evidence for what no API shows (OpenAir's connector switches), kept with the certificate it ran under.

use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::json;

use super::Job;
use crate::error::Failure;
use crate::operator::{GuideOutcome, Guided, Operator, Watch};
use crate::output::Output;
use crate::platform::ui::UiAction;
use crate::steps::{certificate, openair::Proof};

/// The record kinds whose import the tool can observe in OpenAir: (kind, OpenAir XML type, what it is).
pub const KINDS: &[(&str, &str, &str)] = &[
    ("customer", "Customer", "customer"),
    ("lead", "Customer", "lead"),
    ("prospect", "Customer", "prospect"),
    ("job", "Project", "project"),
    ("employee", "User", "employee"),
    ("projecttask", "Projecttask", "project task"),
];

/// Parses `TYPE:ID` (bad input: exit 2).
pub fn parse_record(record: &str) -> Result<(String, String)> {
    let (kind, id) = record.split_once(':').ok_or_else(|| {
        Failure::usage(format!(
            "--record {record}: expected TYPE:ID, like customer:1001"
        ))
    })?;
    let kind = kind.to_ascii_lowercase();
    if !KINDS.iter().any(|(k, _, _)| *k == kind) {
        return Err(Failure::usage(format!(
            "--record {record}: the type must be one of {}",
            KINDS
                .iter()
                .map(|(k, _, _)| *k)
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into());
    };
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(
            Failure::usage(format!("--record {record}: '{id}' is not an internal id")).into(),
        );
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

/// Saves NetSuite record `kind:id` and watches OpenAir until the record's update arrives. On an emulator
/// (`emulator` is its base URL) the tool plays the person who saves; elsewhere the operator does.
pub async fn prove(
    job: &Job,
    operator: &Operator,
    out: &Output,
    (kind, id): (&str, &str),
    timeout: Duration,
    emulator: Option<&url::Url>,
) -> Result<Landing> {
    let clients = &job.clients;
    let (_, xml_type, label) = KINDS
        .iter()
        .find(|(k, _, _)| *k == kind)
        .copied()
        .ok_or_else(|| {
            Failure::usage(format!("'{kind}' is not a record type test-import knows"))
        })?;
    let before = clients.openair.read_by_netsuite_id(xml_type, id).await?;
    let before_updated = before.as_ref().map(|o| o.updated.clone());
    out.note(&format!(
        "OpenAir {xml_type} for NetSuite {label} {id} before the save: {}",
        match &before {
            Some(o) => format!("'{}', updated {}", o.name, o.updated),
            None => "not imported yet".into(),
        }
    ));

    // OpenAir keeps times to the second: a save within the second of the last update could not be told apart.
    if let Some(b) = &before_updated
        && clients.openair.time().await.is_ok_and(|now| now <= *b)
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
        steps: vec![
            format!(
                "In NetSuite, open the {label} with internal id {id} (…/app/common/entity/custjob.nl?id={id} or search for it)"
            ),
            "Click Edit, then Save (no change is needed)".into(),
        ],
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
            while started.elapsed() < timeout {
                if landed(&clients.openair.read_by_netsuite_id(xml_type, id).await?) {
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
            let watch = Watch {
                what: format!("{label} {id} to arrive in OpenAir"),
                timeout,
                interval: Duration::from_secs(3),
            };
            let openair = &clients.openair;
            operator
                .guide_and_watch(&guided, &watch, || async {
                    Ok(landed(&openair.read_by_netsuite_id(xml_type, id).await?))
                })
                .await?
        }
    };
    let after = clients.openair.read_by_netsuite_id(xml_type, id).await?;
    let delay = started.elapsed();
    let ok = landed(&after);
    let queued = send.as_deref().is_some_and(|s| s.ends_with("=F"));
    let report = json!({
        "record": format!("{kind}:{id}"),
        "openair_type": xml_type,
        "before": before,
        "after": after,
        "landed": ok,
        "delay_ms": delay.as_millis(),
        "send": send,
        "queued": queued,
        "compared": "OpenAir's updated time of the object whose externalid is the NetSuite internal id",
    });
    if ok {
        // The evidence `status` shows for OpenAir's switches, tied to the certificate it was made under.
        let certificate = certificate::observe(&clients.netsuite)
            .await
            .ok()
            .and_then(Result::ok);
        Proof {
            account: job.account(),
            record: format!("{kind}:{id}"),
            landed_at: crate::clock::rfc3339(),
            certificate_sha256: certificate::fingerprint(certificate.as_ref()),
        }
        .record()?;
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
            "Not imported within {} s: OpenAir still shows {}.{}",
            timeout.as_secs(),
            before_updated
                .as_deref()
                .map(|u| format!("the update of {u}"))
                .unwrap_or_else(|| "nothing".into()),
            send.as_deref()
                .map(|s| format!(" The send script: {s}."))
                .unwrap_or_default()
        )
    };
    Ok(Landing {
        report,
        landed: ok,
        message,
        waiting: (outcome == GuideOutcome::Waiting).then_some(guided),
    })
}
