//! `oa-rt profile test [NAME] [--deep]`: both services accept the profile's credentials, with each round-trip time,
//! and whether the companion RESTlet answers. `--deep` also asks every question oa-rt relies on
//! (`crate::job::access`), read-only.

use anyhow::Result;
use serde::Serialize;

use super::check_pairing;
use crate::client::netsuite::CompanionMissing;
use crate::commands::{Ctx, render};
use crate::config;
use crate::error::{Failure, Kind, failure_of};
use crate::exit::ExitStatus;

#[derive(Serialize)]
struct ServiceResult {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    round_trip_ms: Option<u128>,
    detail: String,
    /// The credentials work, but something the connection test asked was refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<String>,
    #[serde(skip)]
    kind: Option<Kind>,
}

impl ServiceResult {
    fn failed(err: &anyhow::Error) -> Self {
        let f = failure_of(err);
        ServiceResult {
            ok: false,
            round_trip_ms: None,
            detail: crate::secret::redact(&format!("{err:#}")),
            warning: None,
            fix: f.map(|f| f.hints.join("; ")).filter(|h| !h.is_empty()),
            kind: Some(crate::error::kind_of(err)),
        }
    }
}

#[derive(Serialize)]
struct TestReport {
    profile: String,
    netsuite: ServiceResult,
    openair: ServiceResult,
    companion: ServiceResult,
    #[serde(skip_serializing_if = "Option::is_none")]
    deep: Option<DeepReport>,
}

/// `--deep`: every question oa-rt asks and how it fared, for people and for a bug report.
#[derive(Serialize)]
struct DeepReport {
    oa_rt: &'static str,
    account: String,
    /// The role oa-rt signs in with, as the profile names it.
    role: String,
    summary: DeepSummary,
    /// The permissions the refused questions need, with where to grant them.
    missing_permissions: Vec<crate::job::access::PermissionNeeded>,
    probes: Vec<crate::job::access::Answer>,
}

#[derive(Serialize)]
struct DeepSummary {
    available: usize,
    refused: usize,
    unknown: usize,
    not_probed: usize,
}

pub(super) async fn run(ctx: &mut Ctx<'_>, name: Option<&str>, deep: bool) -> Result<ExitStatus> {
    if let Some(n) = name {
        if ctx.global.emulator.is_some() {
            return Err(Failure::usage("name a profile or use --emulator, not both").into());
        }
        // `profile test NAME` means that profile, whatever OA_RT_PROFILE says.
        let (path, file) = ctx.config()?;
        let (name, p) = file.select(Some(n), path)?;
        let profile = p.resolve(&name)?;
        warn_pairing(ctx, &profile);
        let clients = crate::client::Clients::connect(profile)?;
        return test_clients(ctx, &name, clients, deep).await;
    }
    let profile = ctx.profile().await?;
    let name = profile.name.clone();
    warn_pairing(ctx, &profile);
    let clients = crate::client::Clients::connect(profile)?;
    test_clients(ctx, &name, clients, deep).await
}

fn warn_pairing(ctx: &Ctx<'_>, profile: &config::Profile) {
    if let Err(e) = check_pairing(
        &profile.name,
        profile.netsuite.account.is_sandbox(),
        profile.openair.environment,
    ) {
        ctx.out.note(&format!("warning: {e:#}"));
    }
}

async fn test_clients(
    ctx: &Ctx<'_>,
    name: &str,
    clients: crate::client::Clients,
    deep: bool,
) -> Result<ExitStatus> {
    ctx.out.note(&format!(
        "Testing profile '{name}': NetSuite account {} and OpenAir at {}",
        clients.netsuite.account(),
        clients.openair.api_url()
    ));
    let (ns, oa) = tokio::join!(clients.netsuite.authenticate(), clients.openair.check());
    let netsuite = match &ns {
        Ok(check) => ServiceResult {
            ok: true,
            round_trip_ms: Some(check.round_trip.as_millis()),
            detail: match &check.refused {
                None => format!("authenticated with {}; SuiteQL answers", check.detail),
                Some(_) => format!("authenticated with {}", check.detail),
            },
            warning: check.refused.as_ref().map(|r| r.detail()),
            fix: check.refused.as_ref().map(|r| r.fix()),
            kind: None,
        },
        Err(e) => ServiceResult::failed(e),
    };
    let openair = match &oa {
        Ok(check) => ServiceResult {
            ok: true,
            round_trip_ms: Some(check.round_trip.as_millis()),
            detail: format!(
                "authenticated as {} (user id {}){}",
                check.user.nickname,
                check.user.id,
                check
                    .remaining_24h
                    .map(|r| format!("; {r} API requests left in the 24-hour window"))
                    .unwrap_or_default()
            ),
            warning: None,
            fix: None,
            kind: None,
        },
        Err(e) => ServiceResult::failed(e),
    };
    // The companion RESTlet is needed by later steps, not by authentication: report it, never fail on it.
    let companion = if ns.is_ok() {
        let started = std::time::Instant::now();
        match clients
            .netsuite
            .companion(&crate::platform::companion::GetVersion {})
            .await
        {
            Ok(v) => {
                // An older companion works, through SuiteQL and its single actions: slower, so worth updating.
                let older = !crate::platform::companion::answers_observe(&v.companion);
                ServiceResult {
                    ok: true,
                    round_trip_ms: Some(started.elapsed().as_millis()),
                    detail: format!(
                        "companion RESTlet {} on NetSuite {}",
                        v.companion, v.netsuite
                    ),
                    warning: older.then(|| {
                        format!(
                            "older than {} (no `observe`): commands read through SuiteQL in several round trips",
                            crate::platform::companion::OBSERVE_SINCE
                        )
                    }),
                    fix: older.then(|| {
                        "update it: `oa-rt companion export DIR`, then deploy DIR as DIR/INSTALL.md says"
                            .to_string()
                    }),
                    kind: None,
                }
            }
            Err(e) if e.downcast_ref::<CompanionMissing>().is_some() => ServiceResult {
                ok: false,
                round_trip_ms: None,
                detail: "companion RESTlet not installed (needed for bundles and certificates)"
                    .into(),
                warning: None,
                fix: Some(crate::steps::COMPANION_INSTALL_FIX.into()),
                kind: None,
            },
            Err(e) => ServiceResult {
                kind: None,
                ..ServiceResult::failed(&e)
            },
        }
    } else {
        ServiceResult {
            ok: false,
            round_trip_ms: None,
            detail: "not checked (NetSuite authentication failed)".into(),
            warning: None,
            fix: None,
            kind: None,
        }
    };
    // Every question, once the credentials are known to work.
    let access = if deep && ns.is_ok() {
        Some(crate::job::access::probe(&clients).await)
    } else {
        None
    };
    let report = TestReport {
        profile: name.to_string(),
        netsuite,
        openair,
        companion,
        deep: access.as_ref().map(|a| DeepReport {
            oa_rt: env!("CARGO_PKG_VERSION"),
            account: clients.netsuite.account().to_string(),
            role: a.role.clone(),
            summary: DeepSummary {
                available: a.count(crate::job::access::Access::Available),
                refused: a.count(crate::job::access::Access::Refused),
                unknown: a.count(crate::job::access::Access::Unknown),
                not_probed: a.answers.iter().filter(|x| !x.probed).count(),
            },
            missing_permissions: a.missing_permissions(),
            probes: a.answers.clone(),
        }),
    };
    // Authentication failures decide the exit code: 3 before 4 before anything else.
    let worst = [&report.netsuite, &report.openair]
        .iter()
        .filter_map(|r| r.kind)
        .min_by_key(|k| match k {
            Kind::Auth => 0,
            Kind::Usage => 1,
            Kind::Service => 2,
            _ => 3,
        });
    if ctx.out.json {
        ctx.out.print_json(&report);
    } else {
        let mut t = ctx
            .out
            .table(&["Service", "Result", "Round trip", "Detail"]);
        for (service, r) in [
            ("NetSuite", &report.netsuite),
            ("OpenAir", &report.openair),
            ("Companion", &report.companion),
        ] {
            let verdict = match (r.ok, service) {
                (true, _) if r.warning.is_some() => crate::steps::Verdict::Warn,
                (true, _) => crate::steps::Verdict::Ok,
                (false, "Companion") => crate::steps::Verdict::Warn,
                (false, _) => crate::steps::Verdict::Fail,
            };
            t.add_row(vec![
                comfy_table::Cell::new(service),
                render::verdict_cell(ctx.out, verdict),
                comfy_table::Cell::new(
                    r.round_trip_ms
                        .map(|ms| format!("{ms} ms"))
                        .unwrap_or_else(|| "-".into()),
                ),
                comfy_table::Cell::new(&r.detail),
            ]);
        }
        ctx.out.print_table(&t);
        for (service, r) in [
            ("NetSuite", &report.netsuite),
            ("OpenAir", &report.openair),
            ("Companion", &report.companion),
        ] {
            if let Some(warning) = &r.warning {
                ctx.out.print(&format!("{service} warning: {warning}"));
            }
            if let Some(fix) = &r.fix {
                ctx.out.print(&format!("{service} fix: {fix}"));
            }
        }
        if let Some(a) = &access {
            ctx.out.print(&format!(
                "\nWhat oa-rt asks, as the role '{}' (read-only):",
                a.role
            ));
            render::access(ctx.out, a);
        }
    }
    match worst {
        None => Ok(ExitStatus::from_ok(access.is_none_or(|a| a.passes()))),
        Some(k) => Err(Failure::new(
            k,
            format!("profile '{name}' did not pass its connection test (see above)"),
        )
        .into()),
    }
}
