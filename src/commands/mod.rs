//! One module per subcommand; this file dispatches and holds what they share (the selected profile, the clients).

mod auth;
mod bundles;
mod cert;
mod companion;
mod deploy;
mod emulator;
mod enable;
mod engine;
mod generate;
mod plan;
mod profile;
mod restore;
mod role;
mod settings;
mod setup;
mod status;
mod test_import;
mod verify_order;

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::client::Clients;
use crate::config::{self, Profile};
use crate::emulator::RunningEmulator;
use crate::error::Failure;
use crate::output::Output;

/// What a command needs besides its own arguments.
pub struct Ctx<'a> {
    pub global: &'a GlobalArgs,
    pub out: &'a Output,
    /// The embedded emulator of `--emulator`, kept alive for the whole command.
    embedded: Option<RunningEmulator>,
    /// The name of the profile in use, once chosen (for backups).
    profile_name: Option<String>,
    /// A profile chosen at run time (by the `setup` wizard), over `--profile`.
    chosen_profile: Option<String>,
}

pub async fn run(cli: Cli, out: &Output) -> Result<ExitCode> {
    let mut ctx = Ctx {
        global: &cli.global,
        out,
        embedded: None,
        profile_name: None,
        chosen_profile: None,
    };
    if cli.global.simulate_operator && cli.global.emulator.is_none() {
        // Guided steps against a real account are performed by a person; refuse before anything happens.
        if !profile_points_at_emulator(&ctx)? {
            return Err(Failure::usage("--simulate-operator works only against an emulator")
                .with_hint("add --emulator, or use a profile whose base URLs point at `oa-rt emulator serve`")
                .into());
        }
    }
    let code = match &cli.command {
        Command::Setup(args) => setup::run(&mut ctx, args).await?,
        Command::Status { desired } => status::run(&mut ctx, desired).await?,
        Command::Plan { desired, out } => plan::plan(&mut ctx, desired, out.as_deref()).await?,
        Command::Apply {
            plan: saved,
            desired,
            timeout,
        } => {
            plan::apply(
                &mut ctx,
                saved.as_deref(),
                desired,
                std::time::Duration::from_secs(*timeout),
            )
            .await?
        }
        Command::Restore { id, list } => restore::run(&mut ctx, id.as_deref(), *list).await?,
        Command::Bundles => bundles::run(&mut ctx).await?,
        Command::Role { role } => role::run(&mut ctx, role.as_deref()).await?,
        Command::Deploy(args) => deploy::run(&mut ctx, args).await?,
        Command::VerifyOrder(args) => verify_order::run(&mut ctx, args).await?,
        Command::Settings(cmd) => settings::run(&mut ctx, cmd).await?,
        Command::Companion(cmd) => companion::run(&ctx, cmd)?,
        Command::Enable { timeout } => {
            enable::run(
                &mut ctx,
                &enable::Args {
                    timeout: std::time::Duration::from_secs(*timeout),
                },
            )
            .await?
        }
        Command::Cert(cmd) => cert::run(&mut ctx, cmd).await?,
        Command::Auth(cmd) => auth::run(&mut ctx, cmd).await?,
        Command::TestImport { record, timeout } => {
            test_import::run(
                &mut ctx,
                &test_import::Args {
                    record,
                    timeout: std::time::Duration::from_secs(*timeout),
                },
            )
            .await?
        }
        Command::Profile(cmd) => profile::run(&mut ctx, cmd).await?,
        Command::Emulator(cmd) => emulator::run(&mut ctx, cmd).await?,
        Command::Completions { shell } => generate::completions(*shell)?,
        Command::Man { out_dir } => generate::man(out_dir.as_deref())?,
    };
    if let Some(emu) = ctx.embedded.take() {
        emu.shutdown().await;
    }
    Ok(code)
}

/// Prints findings as `FAIL: check: detail` with the fix on the next line.
pub fn print_findings<'f>(
    ctx: &Ctx<'_>,
    findings: impl IntoIterator<Item = &'f crate::steps::Finding>,
) {
    for f in findings {
        let mark = match f.verdict {
            crate::steps::Verdict::Fail => "FAIL",
            other => other.as_str(),
        };
        ctx.out.print(&format!("{mark}: {}: {}", f.check, f.detail));
        if let Some(fix) = &f.fix {
            ctx.out.print(&format!("  fix: {fix}"));
        }
    }
}

/// Exit status of a check command.
pub fn checks_exit(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

pub(crate) fn profile_points_at_emulator(ctx: &Ctx<'_>) -> Result<bool> {
    let path = config::config_path(ctx.global.config.as_deref())?;
    let file = config::load(&path)?;
    let (_, p) = file.select(ctx.requested_profile(), &path)?;
    let loopback = |u: &Option<url::Url>| u.as_ref().is_some_and(is_loopback);
    Ok(loopback(&p.netsuite.base_url) && loopback(&p.openair.base_url))
}

/// An emulator only ever listens on loopback; a real service never does.
pub fn is_loopback(u: &url::Url) -> bool {
    matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"))
}

pub use crate::client::with_trailing_slash;

impl Ctx<'_> {
    /// The profile asked for: chosen in the wizard, else `--profile` / `OA_RT_PROFILE` (else the default).
    pub fn requested_profile(&self) -> Option<&str> {
        self.chosen_profile
            .as_deref()
            .or(self.global.profile.as_deref())
    }

    /// The profile to use: the embedded emulator's with `--emulator`, else the selected one from the config file.
    pub async fn profile(&mut self) -> Result<Profile> {
        if let Some(scenario) = &self.global.emulator {
            if self.embedded.is_none() {
                let emu = crate::emulator::start_embedded(scenario).await?;
                self.out.note(&format!(
                    "Using an embedded emulator (scenario '{scenario}') at {}",
                    emu.base_url()
                ));
                self.embedded = Some(emu);
            }
            let emu = self.embedded.as_ref().expect("started above");
            let profile = crate::embedded::profile(emu)?;
            self.profile_name = Some(profile.name.clone());
            return Ok(profile);
        }
        let path = config::config_path(self.global.config.as_deref())?;
        let file = config::load(&path)?;
        let (name, p) = file.select(self.requested_profile(), &path)?;
        self.profile_name = Some(name.clone());
        p.resolve(&name)
    }

    /// Whether guided steps are performed through the emulator's UI surface: with `--simulate-operator`, and
    /// always on the embedded emulator of `--emulator` (nobody can reach its web UIs).
    pub fn simulating(&self) -> bool {
        self.global.simulate_operator || self.global.emulator.is_some()
    }

    /// The profile in use (after `profile()` or `clients()`).
    pub fn profile_name(&self) -> String {
        self.profile_name.clone().unwrap_or_else(|| "(none)".into())
    }

    /// The base URL of the emulator a command talks to: `explicit` (`--url`), else the embedded one of
    /// `--emulator`, else the selected profile's (when it is an emulator on loopback).
    pub async fn emulator_url(&mut self, explicit: Option<&url::Url>) -> Result<url::Url> {
        if let Some(u) = explicit {
            return Ok(with_trailing_slash(u));
        }
        if self.global.emulator.is_some() {
            self.profile().await?;
            if let Some(e) = &self.embedded {
                return Ok(e.base_url().clone());
            }
        }
        let path = config::config_path(self.global.config.as_deref())?;
        let file = config::load(&path)?;
        let (name, p) = file.select(self.requested_profile(), &path)?;
        match p.netsuite.base_url.as_ref().filter(|u| is_loopback(u)) {
            Some(u) => {
                let base = with_trailing_slash(u);
                Ok(base.join("../").unwrap_or(base))
            }
            None => Err(Failure::usage(format!(
                "profile '{name}' is not an emulator (its NetSuite base URL is not on loopback)"
            ))
            .with_hint("pass --url http://127.0.0.1:PORT/ of `oa-rt emulator serve`")
            .into()),
        }
    }

    /// Both service clients for the selected profile. Only commands that go to the network call this.
    pub async fn clients(&mut self) -> Result<Clients> {
        let profile = self.profile().await?;
        Clients::connect(profile)
    }
}
