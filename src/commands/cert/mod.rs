//! `oa-rt cert inspect [FILE] | check [--within DAYS] | rotate [--if-expiring-within DAYS]`: the real-time
//! import certificate as NetSuite holds it (or a local file, offline), a CI predicate on it, and the guided
//! rotation that ends only when NetSuite holds a newer certificate that signs (the certificate step).

mod check;
mod inspect;
mod rotate;

use anyhow::Result;

use super::Ctx;
use crate::certinfo::{self, CertInfo};
use crate::cli::CertCommand;
use crate::exit::ExitStatus;
use crate::output::Output;
use crate::steps::certificate::{Observation, Probe, date};

pub async fn run(ctx: &mut Ctx<'_>, cmd: &CertCommand) -> Result<ExitStatus> {
    match cmd {
        CertCommand::Inspect(args) => inspect::run(ctx, args).await,
        CertCommand::Check(args) => check::run(ctx, args).await,
        CertCommand::Rotate(args) => rotate::run(ctx, args).await,
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

fn print_lines(out: &Output, lines: &[(String, String)]) {
    let width = lines.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in lines {
        out.print(&format!("  {k:width$}  {v}"));
    }
}

fn probe_text(obs: Option<&Observation>) -> String {
    match obs.and_then(|o| o.probe.as_ref()) {
        Some(Probe::Verified) => {
            "verified: NetSuite signed, and the signature verifies against this certificate".into()
        }
        Some(Probe::Mismatch) => {
            "FAILED: NetSuite's signature does not verify against this certificate".into()
        }
        Some(Probe::Refused(why)) if obs.is_some_and(|o| o.restricted.is_some()) => {
            format!("not allowed: the certificate is restricted ({why})")
        }
        Some(Probe::Refused(why)) => format!("FAILED: NetSuite could not sign ({why})"),
        Some(Probe::Unchecked) => {
            "NetSuite signed; no readable public certificate to check the signature against".into()
        }
        None => "not run".into(),
    }
}
