//! `oa-rt emulator serve`.

use anyhow::Result;

use crate::cli::EmulatorServeArgs;
use crate::commands::Ctx;
use crate::emulator::{self, StartOptions};
use crate::exit::ExitStatus;

pub async fn serve(ctx: &mut Ctx<'_>, args: &EmulatorServeArgs) -> Result<ExitStatus> {
    let credentials_dir = match (&args.credentials_dir, &args.state) {
        (Some(d), _) => Some(d.clone()),
        (None, Some(state)) => {
            let mut name = state.file_name().unwrap_or_default().to_os_string();
            name.push(".credentials");
            Some(state.with_file_name(name))
        }
        (None, None) => None,
    };
    let running = emulator::start(StartOptions {
        scenario: &args.scenario,
        account: args
            .account
            .as_deref()
            .map(crate::platform::account::AccountId::parse)
            .transpose()
            .map_err(crate::error::Failure::usage)?,
        port: args.port,
        state: args.state.as_deref(),
        credentials_dir: credentials_dir.as_deref(),
        with_rsa: true,
        log_audit: true,
        clock_offset: args.clock_offset,
        faults: emulator::faults::FaultConfig {
            latency_ms: args.latency,
            fail_rate: args.fail_rate,
            burst_429: args.burst_429,
            concurrency_limit: args.concurrency_limit,
            drop_rate: args.drop_rate,
            refused_columns: args.refuse_column.clone(),
            seed: args.fault_seed,
        },
    })
    .await?;
    running.install_companion(match args.companion {
        crate::cli::CompanionInstall::Current => emulator::Companion::Current,
        crate::cli::CompanionInstall::Older => emulator::Companion::Older,
        crate::cli::CompanionInstall::None => emulator::Companion::None,
    })?;
    if let Some(units) = args.restlet_units {
        running.limit_restlet_units(units)?;
    }
    let port = running.base_url().port().unwrap_or(0);
    let dir = match credentials_dir {
        Some(d) => d,
        None => crate::dirs::state_dir()?
            .join("emulator")
            .join(port.to_string()),
    };
    let config = running.write_credentials(&dir)?;
    let base = running.base_url().clone();
    // The first line is for scripts and tests: it names the URL.
    ctx.out.print(&format!(
        "oa-rt emulator: scenario '{}' listening on {base}",
        args.scenario
    ));
    ctx.out.print(&format!(
        "  NetSuite account {} at {base}netsuite/ (token endpoint, SuiteQL, record API, companion RESTlet)",
        running.account()
    ));
    ctx.out.print(&format!(
        "  OpenAir company {} ({}) at {base}openair/api.pl",
        running.openair_company(),
        running.openair_environment()
    ));
    ctx.out.print(&format!(
        "Credentials (mode 0600) and a ready config file: {}",
        config.display()
    ));
    ctx.out.print("  profiles: emulator (M2M, EC/ES256), emulator-rsa (M2M, RSA/PS256), emulator-tba (TBA; OpenAir login)");
    ctx.out.print(&format!(
        "Try, in another terminal:  oa-rt --config {} profile test",
        config.display()
    ));
    ctx.out.print(&format!(
        "                           oa-rt --config {} bundles",
        config.display()
    ));
    ctx.out.print("Stop with Ctrl-C.");
    running
        .serve_until(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    Ok(ExitStatus::Ok)
}
