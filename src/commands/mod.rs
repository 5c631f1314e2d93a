//! One module per subcommand; this file dispatches and holds what they share (the selected profile, the clients).

mod bundles;
mod emulator;
mod generate;
mod profile;

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
}

pub async fn run(cli: Cli, out: &Output) -> Result<ExitCode> {
    let mut ctx = Ctx {
        global: &cli.global,
        out,
        embedded: None,
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
        Command::Bundles => bundles::run(&mut ctx).await?,
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

/// Exit status of a check command.
pub fn checks_exit(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn profile_points_at_emulator(ctx: &Ctx<'_>) -> Result<bool> {
    let path = config::config_path(ctx.global.config.as_deref())?;
    let file = config::load(&path)?;
    let (_, p) = file.select(ctx.global.profile.as_deref(), &path)?;
    let loopback = |u: &Option<url::Url>| u.as_ref().is_some_and(is_loopback);
    Ok(loopback(&p.netsuite.base_url) && loopback(&p.openair.base_url))
}

/// An emulator only ever listens on loopback; a real service never does.
pub fn is_loopback(u: &url::Url) -> bool {
    matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"))
}

pub use crate::client::with_trailing_slash;

impl Ctx<'_> {
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
            return emu.profile();
        }
        let path = config::config_path(self.global.config.as_deref())?;
        let file = config::load(&path)?;
        let (name, p) = file.select(self.global.profile.as_deref(), &path)?;
        p.resolve(&name)
    }

    /// The base URL of the embedded emulator, once started.
    pub fn embedded_url(&self) -> Option<url::Url> {
        self.embedded.as_ref().map(|e| e.base_url().clone())
    }

    /// Both service clients for the selected profile. Only commands that go to the network call this.
    pub async fn clients(&mut self) -> Result<Clients> {
        let profile = self.profile().await?;
        Clients::connect(profile)
    }
}
