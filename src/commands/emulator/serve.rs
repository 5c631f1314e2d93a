//! `oa-rt emulator serve`.

use anyhow::Result;

use crate::cli::EmulatorServeArgs;
use crate::commands::Ctx;
use crate::emulator::{self, StartOptions};
use crate::exit::ExitStatus;

pub async fn serve(ctx: &mut Ctx<'_>, args: &EmulatorServeArgs) -> Result<ExitStatus> {
    // A profile to add is checked before anything is served or written: a taken name changes nothing.
    if let Some(name) = &args.add_profile {
        let (path, file) = ctx.config()?;
        crate::commands::profile::edit::check_new_name(&file.names(), path, name)?;
    }
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
    let added = match &args.add_profile {
        Some(name) => Some(add_profile(ctx, name, &config)?),
        None => None,
    };
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
    if let Some((name, path, made_default)) = &added {
        ctx.out.print(&format!(
            "Added profile '{name}' (this emulator's `emulator` profile) to {}{}.",
            path.display(),
            if *made_default {
                ", as the default profile"
            } else {
                ""
            }
        ));
        ctx.out.print(&format!(
            "  It names port {port}: it works while this emulator serves (restart with --port {port} and --state FILE to keep it)."
        ));
        ctx.out
            .print(&format!("Try:  oa-rt --profile {name} status"));
    }
    ctx.out.print("Stop with Ctrl-C.");
    running
        .serve_until(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    Ok(ExitStatus::Ok)
}

/// `--add-profile NAME`: the `emulator` profile of the config file just written (M2M, EC key, OpenAir token; its
/// base URLs and the paths of its key and secret files), added to the person's config file as NAME. Answers the
/// name, the config file and whether it became the default (the first profile there does, as with `profile add`).
fn add_profile(
    ctx: &mut Ctx<'_>,
    name: &str,
    written: &std::path::Path,
) -> Result<(String, std::path::PathBuf, bool)> {
    use anyhow::Context;
    let text = crate::fsutil::read_text(written)
        .with_context(|| format!("reading {}", written.display()))?;
    let served = crate::config::parse(&text)
        .map_err(|e| anyhow::anyhow!("the emulator's config {}: {e}", written.display()))?;
    let profile = served
        .profiles
        .get("emulator")
        .context("the emulator's config has no `emulator` profile")?;
    // Read again: another command may have changed the file while the emulator started.
    ctx.config_changed();
    let (path, file) = ctx.config()?;
    let path = path.clone();
    crate::commands::profile::edit::check_new_name(&file.names(), &path, name)?;
    let make_default = file.profiles.is_empty();
    crate::commands::profile::add::write_profile(&path, name, profile, make_default)?;
    ctx.config_changed();
    Ok((name.to_string(), path, make_default))
}
