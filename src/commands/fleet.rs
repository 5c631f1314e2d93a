//! `oa-rt status --all-profiles`: the fleet view for people who look after many accounts. Every profile of the
//! config file is checked as `status` checks one — at most [`AT_ONCE`] at a time — and each gets one row: its verdict
//! counts, the first check that does not pass, and when its real-time certificate expires. Exit 1 when any account
//! is not healthy (or could not be checked).

use anyhow::Result;
use futures_util::StreamExt;
use serde::Serialize;
use serde_json::json;

use super::Ctx;
use crate::cli::StatusArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::Job;

/// Accounts checked at the same time: each look is a few requests to two services, so this keeps a laptop's and
/// the services' load small while fifty accounts take a few looks' time.
const AT_ONCE: usize = 8;

/// One account's line.
#[derive(Debug, Serialize)]
struct Row {
    profile: String,
    account: Option<String>,
    health: String,
    passes: bool,
    summary: std::collections::BTreeMap<&'static str, usize>,
    /// The first check that does not pass: a failure first, else one not verified.
    first_problem: Option<serde_json::Value>,
    /// The real-time certificate's expiry (Unix seconds) and days left, when it could be read.
    certificate: Option<serde_json::Value>,
    /// Why the account could not be checked.
    error: Option<String>,
}

pub async fn run(ctx: &mut Ctx<'_>, args: &StatusArgs) -> Result<ExitStatus> {
    if ctx.global.emulator.is_some() || ctx.global.profile.is_some() {
        return Err(Failure::usage(
            "--all-profiles checks every profile of the config file: it takes neither --profile nor --emulator",
        )
        .with_hint("drop --profile/--emulator, or drop --all-profiles to check one account")
        .into());
    }
    let state = crate::job::target::load(&args.desired.path)?;
    let out = ctx.out;
    let (path, file) = ctx.config()?;
    let names = file.names();
    if names.is_empty() {
        return Err(Failure::usage(format!("no profile in {}", path.display()))
            .with_hint("add one with `oa-rt profile add NAME ...`")
            .into());
    }
    let allow = args.policy.allow_unverified;
    let spinner = out.progress(format!("Checking {} accounts", names.len()));
    let rows: Vec<Row> = futures_util::stream::iter(names)
        .map(|name| {
            let profile = file.profiles.get(&name).cloned();
            let (path, state) = (args.desired.path.clone(), state.clone());
            async move {
                let checked = async {
                    let profile = profile
                        .ok_or_else(|| anyhow::anyhow!("no such profile"))?
                        .resolve(&name)?;
                    let job = Job::connect(profile)?;
                    let look = job.look(&path, state).await?;
                    anyhow::Ok((job.account(), look))
                };
                row(&name, checked.await, allow)
            }
        })
        .buffer_unordered(AT_ONCE)
        .collect()
        .await;
    drop(spinner);
    let mut rows = rows;
    rows.sort_by(|a, b| a.profile.cmp(&b.profile));
    let ok = rows.iter().all(|r| r.passes);
    if out.json {
        out.print_json(&json!({ "ok": ok, "accounts": rows }));
        return Ok(ExitStatus::from_ok(ok));
    }
    let mut t = out.table(&[
        "Profile",
        "Account",
        "Health",
        "Checks",
        "First problem",
        "Certificate",
    ]);
    for r in &rows {
        let counts: Vec<String> = r
            .summary
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(v, n)| format!("{n} {v}"))
            .collect();
        let problem = match (&r.first_problem, &r.error) {
            (_, Some(e)) => e.clone(),
            (Some(p), None) => crate::platform::record_types::label_ids_in(&format!(
                "{} / {}: {}",
                p["step"].as_str().unwrap_or(""),
                p["check"].as_str().unwrap_or(""),
                p["verdict"].as_str().unwrap_or("")
            )),
            (None, None) => "-".into(),
        };
        let certificate = r
            .certificate
            .as_ref()
            .map(|c| {
                format!(
                    "{} ({} days)",
                    c["expires"].as_str().unwrap_or(""),
                    c["days_left"]
                )
            })
            .unwrap_or_else(|| "-".into());
        t.add_row(vec![
            r.profile.clone(),
            r.account.clone().unwrap_or_else(|| "-".into()),
            r.health.clone(),
            counts.join(", "),
            problem,
            certificate,
        ]);
    }
    out.print_table(&t);
    let healthy = rows.iter().filter(|r| r.passes).count();
    out.print(&format!(
        "{healthy} of {} accounts healthy{}",
        rows.len(),
        if ok {
            ""
        } else {
            "; `oa-rt --profile NAME status` shows one account's checks"
        }
    ));
    Ok(ExitStatus::from_ok(ok))
}

/// The row of one account, checked or not.
fn row(name: &str, checked: Result<(String, crate::job::Look)>, allow: bool) -> Row {
    let (account, look) = match checked {
        Ok(v) => v,
        Err(e) => {
            return Row {
                profile: name.to_string(),
                account: None,
                health: "not checked".into(),
                passes: false,
                summary: Default::default(),
                first_problem: None,
                certificate: None,
                error: Some(format!("{e:#}")),
            };
        }
    };
    let health = look.health();
    let first = look
        .checks
        .iter()
        .find(|c| c.verdict == crate::steps::Verdict::Fail)
        .or_else(|| look.checks.iter().find(|c| !c.verdict.passes()));
    let certificate = look
        .snap
        .certificate
        .as_ref()
        .ok()
        .and_then(|c| c.info.as_ref())
        .map(|i| {
            json!({
                "not_after": i.not_after,
                "expires": chrono::DateTime::from_timestamp(i.not_after, 0)
                    .map(|d| d.format("%Y-%m-%d").to_string()),
                "days_left": crate::certinfo::days_left(i, look.now),
            })
        });
    Row {
        profile: name.to_string(),
        account: Some(account),
        health: health.as_str().to_string(),
        passes: health.passes(allow),
        summary: crate::job::summary(&look.checks),
        first_problem: first.map(
            |c| json!({"step": c.step, "check": c.check, "verdict": c.verdict, "detail": c.detail}),
        ),
        certificate,
        error: None,
    }
}
