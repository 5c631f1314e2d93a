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
    let Some((_, xml_type, label)) = KINDS.iter().find(|(k, _, _)| *k == kind) else {
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
    let on_emulator =
        ctx.global.emulator.is_some() || super::profile_points_at_emulator(ctx).unwrap_or(false);
    let clients = ctx.clients().await?;
    let before = clients.openair.read_by_netsuite_id(xml_type, id).await?;
    let before_updated = before.as_ref().map(|o| o.updated.clone());
    ctx.out.note(&format!(
        "OpenAir {xml_type} for NetSuite {label} {id} before the save: {}",
        match &before {
            Some(o) => format!("'{}', updated {}", o.name, o.updated),
            None => "not imported yet".into(),
        }
    ));

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
        timeout: args.timeout,
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
        while started.elapsed() < args.timeout {
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
    if ctx.out.json {
        ctx.out.print_json(&report);
    } else if ok {
        let a = after.as_ref().expect("landed");
        ctx.out.print(&format!(
            "Imported: OpenAir {xml_type} {} '{}' (NetSuite id {}) updated {} -> {} after {:.1} s.",
            a.id,
            a.name,
            a.netsuite_id,
            before_updated.as_deref().unwrap_or("(new)"),
            a.updated,
            delay.as_secs_f64()
        ));
    } else if queued {
        ctx.out.print(&format!(
            "Queued: OpenAir answered that a scheduled integration run is active; the {label} lands when the run finishes (not within {} s).",
            args.timeout.as_secs()
        ));
    } else {
        ctx.out.print(&format!(
            "Not imported within {} s: OpenAir still shows {}.{}",
            args.timeout.as_secs(),
            before_updated
                .as_deref()
                .map(|u| format!("the update of {u}"))
                .unwrap_or_else(|| "nothing".into()),
            send.as_deref()
                .map(|s| format!(" The send script: {s}."))
                .unwrap_or_default()
        ));
    }
    if outcome == GuideOutcome::Waiting {
        return Err(interact::waiting_failure(&[guided]).into());
    }
    Ok(checks_exit(ok))
}
