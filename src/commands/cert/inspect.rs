//! `oa-rt cert inspect [FILE]`: what the certificate says — NetSuite's, with a signing probe, or a local PEM,
//! DER or PKCS#12 file, offline.

use std::path::Path;

use anyhow::Result;
use serde_json::json;

use super::{print_lines, probe_text, summary};
use crate::certinfo;
use crate::cli::{CertFormat, CertInspectArgs};
use crate::commands::{Ctx, render};
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::output::Output;
use crate::steps::Verdict;
use crate::steps::certificate::{self, date};

pub async fn run(ctx: &mut Ctx<'_>, args: &CertInspectArgs) -> Result<ExitStatus> {
    let json = ctx.out.json || args.format == CertFormat::Json;
    match &args.file {
        Some(f) => file(ctx.out, f, args.password_env.as_deref(), json),
        None => remote(ctx, json).await,
    }
}

fn file(out: &Output, file: &Path, password_env: Option<&str>, json: bool) -> Result<ExitStatus> {
    let bytes = std::fs::read(file).map_err(|e| {
        Failure::usage(format!(
            "cannot read {}: {}",
            file.display(),
            crate::fsutil::io_reason(&e)
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
        out.print_json(&json!({
            "file": file,
            "certificate": info,
            "days_left": certinfo::days_left(&info, now),
            "rotation_window": { "from": date(from), "to": date(to) },
        }));
    } else {
        out.print(&format!("{}:", file.display()));
        print_lines(out, &summary(&info, now));
    }
    Ok(ExitStatus::Ok)
}

async fn remote(ctx: &mut Ctx<'_>, json: bool) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let part = certificate::observe(&job.clients.netsuite).await?;
    let now = job.clients.netsuite.now();
    let findings = certificate::check(&part, now, certificate::Window::Within(0));
    let obs = part.as_ref().ok();
    let ok = crate::job::policy::health(findings.iter().map(|f| f.verdict)).verified();
    let out = ctx.out;
    if json {
        out.print_json(&json!({
            "account": job.account(),
            "script_id": certificate::SCRIPT_ID,
            "observation": obs,
            "days_left": obs.as_ref().and_then(|o| o.info.as_ref()).map(|i| certinfo::days_left(i, now)),
            "health": obs.as_ref().map(|o| certificate::health_text(o, now)),
            "findings": findings,
        }));
        return Ok(ExitStatus::from_ok(ok));
    }
    out.print(&format!(
        "NetSuite account {}: {}",
        job.account(),
        certificate::SCRIPT_ID
    ));
    match obs {
        None => {}
        Some(o) if !o.exists => out.print("  does not exist"),
        Some(o) => {
            let mut lines = vec![
                (
                    "name".to_string(),
                    o.name.clone().unwrap_or_else(|| "-".into()),
                ),
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
            lines.push(("signing probe".into(), probe_text(Some(o))));
            lines.push(("health".into(), certificate::health_text(o, now)));
            print_lines(out, &lines);
        }
    }
    render::findings(
        out,
        findings
            .iter()
            .filter(|f| !f.verdict.passes() || f.verdict == Verdict::Warn),
    );
    Ok(ExitStatus::from_ok(ok))
}
