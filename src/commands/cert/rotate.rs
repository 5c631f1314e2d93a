//! `oa-rt cert rotate [--if-expiring-within DAYS]`: guide "Generate new real-time import certificate" and wait
//! until NetSuite holds a newer certificate that signs.

use std::time::Duration;

use anyhow::Result;
use serde_json::{Value, json};

use super::probe_text;
use crate::certinfo;
use crate::cli::CertRotateArgs;
use crate::commands::Ctx;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::operator::GuideOutcome;
use crate::steps::certificate::{self, Observation, date, fingerprint};

pub async fn run(ctx: &mut Ctx<'_>, args: &CertRotateArgs) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let _lock = ctx.lock_account(&job.account(), "cert rotate")?;
    let ns = &job.clients.netsuite;
    let part = certificate::observe(ns).await?;
    let now = ns.now();
    let before = match &part {
        Ok(obs) => Some(obs),
        Err(u) => return Err(Failure::from(u.clone()).into()),
    };
    if let Some(obs) = before
        && obs.info.is_none()
        && let Some(why) = &obs.restricted
    {
        // Neither the old certificate nor a new one could be read: a rotation could not be told from none.
        return Err(Failure::failed(format!(
            "cannot rotate with proof: {} is restricted ({why}), so oa-rt cannot tell a new certificate from the old one",
            certificate::SCRIPT_ID
        ))
        .with_hint(certificate::RESTRICTED_FIX)
        .into());
    }
    let out = ctx.out;
    if let Some(days) = args.if_expiring_within
        && !certificate::due(&part, now, certificate::Window::Within(days))
    {
        let left = before
            .and_then(|o| o.info.as_ref())
            .map(|i| certinfo::days_left(i, now));
        out.print(&format!(
            "Nothing to do: the certificate is valid for {} more days, beyond the {days}-day window.",
            left.unwrap_or_default()
        ));
        return Ok(ExitStatus::Ok);
    }
    let operator = ctx.operator().await?;
    let timeout = Duration::from_secs(args.timeout);
    let outcome = certificate::generate_and_watch(&operator, ns, before, timeout).await?;
    if outcome == GuideOutcome::Waiting {
        return Ok(ExitStatus::Waiting(vec![certificate::generate_guided()]));
    }
    let after_part = certificate::observe(ns).await?;
    let after = after_part.as_ref().ok();
    let rotated = fingerprint(after) != fingerprint(before)
        && after.is_some_and(certificate::signing_acceptable);
    let side = |o: Option<&Observation>| {
        let i = o.and_then(|o| o.info.as_ref());
        json!({
            "sha256": i.map(|i| i.sha256_fingerprint.clone()),
            "valid_until": i.map(|i| date(i.not_after)),
            "days_left": i.map(|i| certinfo::days_left(i, ns.now())),
            "probe": o.and_then(|o| o.probe.clone()),
        })
    };
    if out.json {
        out.print_json(&json!({ "rotated": rotated, "old": side(before), "new": side(after) }));
    } else {
        let mut t = out.table(&["", "Before", "After"]);
        let (old, new) = (side(before), side(after));
        for (label, key) in [
            ("SHA-256", "sha256"),
            ("Valid until", "valid_until"),
            ("Days left", "days_left"),
        ] {
            let s = |v: &Value| match v {
                Value::String(s) => s.clone(),
                Value::Null => "-".into(),
                other => other.to_string(),
            };
            t.add_row(vec![label.to_string(), s(&old[key]), s(&new[key])]);
        }
        t.add_row(vec![
            "Signing probe".to_string(),
            probe_text(before),
            probe_text(after),
        ]);
        out.print_table(&t);
        out.print(if rotated {
            "Rotated: NetSuite holds the new certificate and it signs."
        } else {
            "Not rotated: NetSuite still holds the previous certificate."
        });
    }
    Ok(ExitStatus::from_ok(rotated))
}
