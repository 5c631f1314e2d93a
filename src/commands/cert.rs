//! `oa-rt cert inspect [FILE] | check [--within DAYS] | rotate [--if-expiring-within DAYS]`: the real-time
//! import certificate as NetSuite holds it (or a local file, offline), a CI predicate on it, and the guided
//! rotation that ends only when NetSuite holds a newer certificate that signs.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::{Ctx, checks_exit};
use crate::certinfo::{self, CertInfo};
use crate::cli::{CertCommand, CertFormat};
use crate::error::Failure;
use crate::interact::{self, GuideOutcome, Guided, Watch};
use crate::steps::certificate::{self, Observation, Probe, date};

pub async fn run(ctx: &mut Ctx<'_>, cmd: &CertCommand) -> Result<ExitCode> {
    match cmd {
        CertCommand::Inspect {
            file,
            password_env,
            format,
        } => {
            let json = ctx.out.json || *format == CertFormat::Json;
            match file {
                Some(f) => inspect_file(ctx, f, password_env.as_deref(), json),
                None => inspect_remote(ctx, json).await,
            }
        }
        CertCommand::Check { within } => check(ctx, *within).await,
        CertCommand::Rotate {
            if_expiring_within,
            timeout,
        } => rotate(ctx, *if_expiring_within, Duration::from_secs(*timeout)).await,
    }
}

/// The lines every inspection shows (an openssl-like summary), and when OpenAir would rotate it.
fn summary(info: &CertInfo, now: i64) -> Vec<(String, String)> {
    let (from, to) = certinfo::rotation_window(info);
    vec![
        ("subject".into(), info.subject.clone()),
        ("issuer".into(), info.issuer.clone()),
        ("serial".into(), info.serial.clone()),
        (
            "key".into(),
            match &info.curve {
                Some(c) => format!("{} {c} ({} bits)", info.key_type, info.key_bits),
                None => format!("{} {} bits", info.key_type, info.key_bits),
            },
        ),
        ("valid from".into(), date(info.not_before)),
        ("valid until".into(), date(info.not_after)),
        (
            "days left".into(),
            certinfo::days_left(info, now).to_string(),
        ),
        ("SHA-256".into(), info.sha256_fingerprint.clone()),
        (
            "OpenAir rotation".into(),
            format!(
                "automatic, one to two weeks before expiry: between {} and {}",
                date(from),
                date(to)
            ),
        ),
    ]
}

fn print_lines(ctx: &Ctx<'_>, lines: &[(String, String)]) {
    let width = lines.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in lines {
        ctx.out.print(&format!("  {k:width$}  {v}"));
    }
}

fn inspect_file(
    ctx: &Ctx<'_>,
    file: &Path,
    password_env: Option<&str>,
    json: bool,
) -> Result<ExitCode> {
    let bytes = std::fs::read(file).map_err(|e| {
        Failure::usage(format!(
            "cannot read {}: {}",
            file.display(),
            crate::secret::io_reason(&e)
        ))
    })?;
    let password = match password_env {
        Some(var) => {
            Some(crate::secret::SecretSource::Env(var.to_string()).load("PKCS#12 password")?)
        }
        None => None,
    };
    let info = certinfo::inspect_bytes(&bytes, password.as_ref().map(|p| p.expose()))
        .map_err(|e| Failure::usage(format!("{}: {e}", file.display())))?;
    let now = crate::clock::unix();
    if json {
        let (from, to) = certinfo::rotation_window(&info);
        ctx.out.print_json(&json!({
            "file": file,
            "certificate": info,
            "days_left": certinfo::days_left(&info, now),
            "rotation_window": { "from": date(from), "to": date(to) },
        }));
    } else {
        ctx.out.print(&format!("{}:", file.display()));
        print_lines(ctx, &summary(&info, now));
    }
    Ok(ExitCode::SUCCESS)
}

fn probe_text(p: Option<&Probe>) -> String {
    match p {
        Some(Probe::Verified) => {
            "verified: NetSuite signed, and the signature verifies against this certificate".into()
        }
        Some(Probe::Mismatch) => {
            "FAILED: NetSuite's signature does not verify against this certificate".into()
        }
        Some(Probe::Refused(why)) => format!("FAILED: NetSuite could not sign ({why})"),
        Some(Probe::Unchecked) => {
            "NetSuite signed; no readable public certificate to check the signature against".into()
        }
        None => "not run".into(),
    }
}

async fn inspect_remote(ctx: &mut Ctx<'_>, json: bool) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let obs = certificate::observe(&clients.netsuite).await?;
    let now = crate::clock::unix();
    let findings = certificate::check(obs.as_ref(), now, 0);
    let ok = findings.iter().all(|f| f.verdict.passes());
    if json {
        ctx.out.print_json(&json!({
            "account": clients.netsuite.account().to_string(),
            "script_id": certificate::SCRIPT_ID,
            "observation": obs,
            "days_left": obs.as_ref().and_then(|o| o.info.as_ref()).map(|i| certinfo::days_left(i, now)),
            "health": obs.as_ref().map(|o| certificate::health_text(o, now)),
            "findings": findings,
        }));
        return Ok(checks_exit(ok));
    }
    ctx.out.print(&format!(
        "NetSuite account {}: {}",
        clients.netsuite.account(),
        certificate::SCRIPT_ID
    ));
    match &obs {
        None => {}
        Some(o) if !o.exists => ctx.out.print("  does not exist"),
        Some(o) => {
            let mut lines = vec![
                ("name".to_string(), o.name.clone().unwrap_or_default()),
                ("file type".into(), o.file_type.clone().unwrap_or_default()),
                (
                    "placeholder".into(),
                    if o.placeholder {
                        "YES: the bundle's placeholder, not a usable certificate".into()
                    } else {
                        "no".into()
                    },
                ),
            ];
            if let Some(info) = &o.info {
                lines.extend(summary(info, now));
            }
            lines.push(("signing probe".into(), probe_text(o.probe.as_ref())));
            lines.push(("health".into(), certificate::health_text(o, now)));
            print_lines(ctx, &lines);
        }
    }
    super::print_findings(
        ctx,
        findings
            .iter()
            .filter(|f| !f.verdict.passes() || f.verdict == crate::steps::Verdict::Warn),
    );
    Ok(checks_exit(ok))
}

async fn check(ctx: &mut Ctx<'_>, within: i64) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let obs = certificate::observe(&clients.netsuite).await?;
    let findings = certificate::check(obs.as_ref(), crate::clock::unix(), within);
    let ok = findings.iter().all(|f| f.verdict.passes());
    if ctx.out.json {
        ctx.out
            .print_json(&json!({ "ok": ok, "within_days": within, "findings": findings }));
    } else {
        for f in &findings {
            ctx.out.print(&format!(
                "{}: {}",
                if f.verdict.passes() { "ok" } else { "FAIL" },
                f.detail
            ));
        }
    }
    Ok(checks_exit(ok))
}

/// The guided step that makes OpenAir generate a certificate and upload it into NetSuite.
pub(crate) fn generate_guided() -> Guided {
    Guided {
        title: "Generate a new real-time import certificate in OpenAir".into(),
        why: "OpenAir makes the key pair and certificate and uploads them into NetSuite; no API does it".into(),
        steps: vec![
            "In OpenAir: Administration > NetSuite Connector > Tips".into(),
            "Click \"Generate new real-time import certificate\"".into(),
            "Wait for \"Current real-time import certificate is valid until <date>\"".into(),
        ],
        simulate: Some(("generate-certificate".into(), json!({}))),
    }
}

/// Guides the generation and watches NetSuite until it holds a certificate with a new fingerprint, a later
/// expiry than `before`, and a verified signing probe (`Declined` when the time runs out).
pub(crate) async fn generate_and_watch(
    ctx: &mut Ctx<'_>,
    ns: &crate::client::netsuite::NetSuite,
    before: Option<&Observation>,
    timeout: Duration,
) -> Result<GuideOutcome> {
    let old_fingerprint = fingerprint(before);
    // A placeholder's dates mean nothing: any real certificate replaces it.
    let old_until = before
        .filter(|o| !o.placeholder)
        .and_then(|o| o.info.as_ref())
        .map(|i| i.not_after)
        .unwrap_or(0);
    let watch = Watch {
        what: "a newer certificate in NetSuite that signs".into(),
        timeout,
        interval: if ctx.simulating() {
            Duration::from_millis(200)
        } else {
            Duration::from_secs(5)
        },
    };
    interact::guide_and_watch(ctx, &generate_guided(), &watch, || async {
        let o = certificate::observe(ns).await?;
        let newer = o
            .as_ref()
            .and_then(|o| o.info.as_ref())
            .is_some_and(|i| i.not_after > old_until);
        Ok(newer
            && fingerprint(o.as_ref()) != old_fingerprint
            && o.as_ref().and_then(|o| o.probe.as_ref()) == Some(&Probe::Verified))
    })
    .await
}

fn fingerprint(o: Option<&Observation>) -> Option<String> {
    o.and_then(|o| o.info.as_ref())
        .map(|i| i.sha256_fingerprint.clone())
}

async fn rotate(ctx: &mut Ctx<'_>, if_within: Option<i64>, timeout: Duration) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let ns = &clients.netsuite;
    let now = crate::clock::unix();
    let before = certificate::observe(ns).await?;
    if before.is_none() {
        return Err(Failure::new(
            crate::error::Kind::Failed,
            "cannot read the certificate: the companion RESTlet is not installed",
        )
        .with_hint(crate::steps::COMPANION_INSTALL_FIX)
        .into());
    }
    if let Some(days) = if_within {
        let due = !certificate::check(before.as_ref(), now, days)
            .iter()
            .all(|f| f.verdict.passes());
        if !due {
            let left = before
                .as_ref()
                .and_then(|o| o.info.as_ref())
                .map(|i| certinfo::days_left(i, now));
            ctx.out.print(&format!(
                "Nothing to do: the certificate is valid for {} more days, beyond the {days}-day window.",
                left.unwrap_or_default()
            ));
            return Ok(ExitCode::SUCCESS);
        }
    }
    let outcome = generate_and_watch(ctx, ns, before.as_ref(), timeout).await?;
    if outcome == GuideOutcome::Waiting {
        return Err(interact::waiting_failure(&[generate_guided()]).into());
    }
    let after = certificate::observe(ns).await?;
    let rotated = fingerprint(after.as_ref()) != fingerprint(before.as_ref())
        && after.as_ref().and_then(|o| o.probe.as_ref()) == Some(&Probe::Verified);
    let side = |o: Option<&Observation>| {
        let i = o.and_then(|o| o.info.as_ref());
        json!({
            "sha256": i.map(|i| i.sha256_fingerprint.clone()),
            "valid_until": i.map(|i| date(i.not_after)),
            "days_left": i.map(|i| certinfo::days_left(i, crate::clock::unix())),
            "probe": o.and_then(|o| o.probe.clone()),
        })
    };
    if ctx.out.json {
        ctx.out.print_json(&json!({ "rotated": rotated, "old": side(before.as_ref()), "new": side(after.as_ref()) }));
    } else {
        let mut t = ctx.out.table(&["", "Before", "After"]);
        let (old, new) = (side(before.as_ref()), side(after.as_ref()));
        for (label, key) in [
            ("SHA-256", "sha256"),
            ("Valid until", "valid_until"),
            ("Days left", "days_left"),
        ] {
            let s = |v: &serde_json::Value| match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => "-".into(),
                other => other.to_string(),
            };
            t.add_row(vec![label.to_string(), s(&old[key]), s(&new[key])]);
        }
        t.add_row(vec![
            "Signing probe".to_string(),
            probe_text(before.as_ref().and_then(|o| o.probe.as_ref())),
            probe_text(after.as_ref().and_then(|o| o.probe.as_ref())),
        ]);
        ctx.out.print_table(&t);
        ctx.out.print(if rotated {
            "Rotated: NetSuite holds the new certificate and it signs."
        } else {
            "Not rotated: NetSuite still holds the previous certificate."
        });
    }
    Ok(checks_exit(rotated))
}
