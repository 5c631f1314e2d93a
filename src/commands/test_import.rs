//! `oa-rt test-import --record TYPE:ID`: the end-to-end check. A record is saved in NetSuite (on the emulator
//! through its UI surface; on a real account by a person, guided) and OpenAir's XML API is polled until the record
//! shows the new update. Reports the delay and what was compared.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::json;

use super::{Ctx, checks_exit};
use crate::error::Failure;
use crate::interact::{self, GuideOutcome, Guided, Watch};

/// The record kinds whose import the tool can observe in OpenAir: (kind, OpenAir XML type, what it is).
const KINDS: &[(&str, &str, &str)] = &[
    ("customer", "Customer", "customer"),
    ("lead", "Customer", "lead"),
    ("prospect", "Customer", "prospect"),
    ("job", "Project", "project"),
    ("employee", "User", "employee"),
    ("projecttask", "Projecttask", "project task"),
];

pub struct Args<'a> {
    pub record: &'a str,
    pub timeout: Duration,
}

pub async fn run(ctx: &mut Ctx<'_>, args: &Args<'_>) -> Result<ExitCode> {
    let (kind, id) = args.record.split_once(':').ok_or_else(|| {
        Failure::usage(format!(
            "--record {}: expected TYPE:ID, like customer:1001",
            args.record
        ))
    })?;
    let kind = kind.to_ascii_lowercase();
    if !KINDS.iter().any(|(k, _, _)| *k == kind) {
        return Err(Failure::usage(format!(
            "--record {}: the type must be one of {}",
            args.record,
            KINDS
                .iter()
                .map(|(k, _, _)| *k)
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into());
    };
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
        return Err(Failure::usage(format!(
            "--record {}: '{id}' is not an internal id",
            args.record
        ))
        .into());
    }
    let clients = ctx.clients().await?;
    let proof = prove(ctx, &clients, &kind, id, args.timeout).await?;
    if ctx.out.json {
        ctx.out.print_json(&proof.report);
    } else {
        ctx.out.print(&proof.message);
    }
    if let Some(g) = proof.waiting {
        return Err(interact::waiting_failure(&[g]).into());
    }
    Ok(checks_exit(proof.landed))
}

/// What a test import showed.
pub(crate) struct Proof {
    pub report: serde_json::Value,
    pub landed: bool,
    /// One line for people.
    pub message: String,
    /// The guided save, when nobody could do it (exit 5).
    pub waiting: Option<Guided>,
}

/// Saves NetSuite record `kind:id` (through the emulator's UI surface, or guided) and watches OpenAir until the
/// record's update arrives. `kind` is one of [`KINDS`].
pub(crate) async fn prove(
    ctx: &mut Ctx<'_>,
    clients: &crate::client::Clients,
    kind: &str,
    id: &str,
    timeout: Duration,
) -> Result<Proof> {
    let (_, xml_type, label) = KINDS
        .iter()
        .find(|(k, _, _)| *k == kind)
        .copied()
        .ok_or_else(|| {
            Failure::usage(format!("'{kind}' is not a record type test-import knows"))
        })?;
    let on_emulator =
        ctx.global.emulator.is_some() || super::profile_points_at_emulator(ctx).unwrap_or(false);
    let before = clients.openair.read_by_netsuite_id(xml_type, id).await?;
    let before_updated = before.as_ref().map(|o| o.updated.clone());
    ctx.out.note(&format!(
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
    // Save the record: on the emulator through its UI surface; on a real account a person does it.
    let started = Instant::now();
    let mut send = None;
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
        simulate: Some((
            "save-record".into(),
            json!({ "record": format!("{kind}:{id}") }),
        )),
    };
    let landed =
        |after: &Option<crate::client::openair::ImportedObject>| match (after, &before_updated) {
            (Some(a), Some(b)) => a.updated > *b,
            (Some(_), None) => true,
            (None, _) => false,
        };
    let watch = Watch {
        what: format!("{label} {id} to arrive in OpenAir"),
        timeout,
        interval: if on_emulator {
            Duration::from_millis(300)
        } else {
            Duration::from_secs(3)
        },
    };
    let outcome = if on_emulator {
        // The emulator is a playground: the tool plays the person who saves.
        let base = ctx.emulator_url(None).await?;
        let saved = crate::client::emulator_ui::perform(
            &base,
            "save-record",
            &json!({ "record": format!("{kind}:{id}") }),
        )
        .await?;
        send = saved["send"].as_str().map(str::to_string);
        ctx.out.note(&format!(
            "Saved {kind}:{id} in the emulated NetSuite UI; the send script: {}",
            send.as_deref().unwrap_or("-")
        ));
        let mut seen = false;
        while started.elapsed() < timeout {
            if landed(&clients.openair.read_by_netsuite_id(xml_type, id).await?) {
                seen = true;
                break;
            }
            tokio::time::sleep(watch.interval).await;
        }
        if seen {
            GuideOutcome::Simulated
        } else {
            GuideOutcome::Declined
        }
    } else {
        let openair = &clients.openair;
        interact::guide_and_watch(ctx, &guided, &watch, || async {
            Ok(landed(&openair.read_by_netsuite_id(xml_type, id).await?))
        })
        .await?
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
        let certificate = crate::steps::certificate::observe(&clients.netsuite)
            .await
            .ok()
            .flatten()
            .and_then(|c| c.info)
            .map(|i| i.sha256_fingerprint);
        crate::proof::record(&crate::proof::Proof {
            account: clients.netsuite.account().to_string(),
            record: format!("{kind}:{id}"),
            landed_at: crate::clock::rfc3339(),
            certificate_sha256: certificate,
        })?;
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
    Ok(Proof {
        report,
        landed: ok,
        message,
        waiting: (outcome == GuideOutcome::Waiting).then_some(guided),
    })
}
