//! Thin commands: arguments → the job or one step → render. One module per subcommand, multi-verb commands as
//! folders; this file dispatches and holds what they share ([`Ctx`]: the global options, the output, the config
//! file read once, the profile, the embedded emulator, the operator).

mod apply;
mod auth;
mod bundles;
mod cert;
mod companion;
mod deploy;
#[cfg(feature = "emulator")]
mod emulator;
mod enable;
mod fleet;
mod generate;
mod interrupted;
mod plan;
mod profile;
mod render;
mod restore;
mod role;
mod settings;
mod setup;
mod status;
mod test_import;
mod verify_order;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::client::http::is_loopback;
use crate::config::{self, ConfigFile, Profile, ProfileConfig};
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::Job;
use crate::operator::Operator;
use crate::output::Output;
use crate::steps::{Apply, Target};

pub async fn run(cli: Cli, out: &Output) -> Result<ExitStatus> {
    // Settings from the environment are input too: a bad one is refused before anything happens.
    crate::logging::check_env()?;
    crate::client::http::RetryPolicy::from_env()?;
    let mut ctx = Ctx::new(&cli.global, out);
    if cli.global.simulate_operator
        && cli.global.emulator.is_none()
        && !ctx.profile_is_emulator()?
    {
        // Guided steps against a real account are performed by a person; refuse before anything happens.
        return Err(Failure::usage("--simulate-operator works only against an emulator")
            .with_hint("add --emulator, or use a profile whose base URLs point at `oa-rt emulator serve`")
            .into());
    }
    let status = match &cli.command {
        Command::Setup(args) => setup::run(&mut ctx, args).await,
        Command::Status(args) => status::run(&mut ctx, args).await,
        Command::Plan(args) => plan::run(&mut ctx, args).await,
        Command::Apply(args) => apply::run(&mut ctx, args).await,
        Command::Restore(args) => restore::run(&mut ctx, args).await,
        Command::Bundles => bundles::run(&mut ctx).await,
        Command::Role(args) => role::run(&mut ctx, args).await,
        Command::Deploy(args) => deploy::run(&mut ctx, args).await,
        Command::VerifyOrder(args) => verify_order::run(&mut ctx, args).await,
        Command::Settings(cmd) => settings::run(&mut ctx, cmd).await,
        Command::Companion(cmd) => companion::run(&ctx, cmd),
        Command::Enable(args) => enable::run(&mut ctx, args).await,
        Command::Cert(cmd) => cert::run(&mut ctx, cmd).await,
        Command::Auth(cmd) => auth::run(&mut ctx, cmd).await,
        Command::TestImport(args) => test_import::run(&mut ctx, args).await,
        Command::Profile(cmd) => profile::run(&mut ctx, cmd).await,
        Command::Emulator(cmd) => emulator_command(&mut ctx, cmd).await,
        Command::Completions(args) => generate::completions(args),
        Command::Man(args) => generate::man(args),
    };
    ctx.shutdown().await;
    status.map_err(explain_refusal)
}

/// A question NetSuite refused that ends a command: the message names NetSuite's answer and the permission it
/// needs, the fix where to grant it (exit 1), instead of a raw 4xx.
fn explain_refusal(e: anyhow::Error) -> anyhow::Error {
    if crate::error::failure_of(&e).is_some() {
        return e;
    }
    match crate::client::netsuite::refused(&e) {
        Some(r) => Failure::failed(r.detail()).with_hint(r.fix()).into(),
        None => e,
    }
}

#[cfg(feature = "emulator")]
async fn emulator_command(
    ctx: &mut Ctx<'_>,
    cmd: &crate::cli::EmulatorCommand,
) -> Result<ExitStatus> {
    emulator::run(ctx, cmd).await
}

#[cfg(not(feature = "emulator"))]
#[allow(clippy::unused_async)] // the same shape as the built-in one
async fn emulator_command(_: &mut Ctx<'_>, _: &crate::cli::EmulatorCommand) -> Result<ExitStatus> {
    Err(not_built_in().into())
}

/// The refusal of emulator features in a build without them.
pub fn not_built_in() -> Failure {
    Failure::usage("this oa-rt is built without the emulator").with_hint(
        "build it with the default features: cargo install --path . (the `emulator` feature)",
    )
}

/// What a command needs besides its own arguments.
pub struct Ctx<'a> {
    pub global: &'a GlobalArgs,
    pub out: &'a Output,
    /// The config file, read once: its path and contents.
    config: Option<(PathBuf, ConfigFile)>,
    /// The embedded emulator of `--emulator`, kept alive for the whole command.
    #[cfg(feature = "emulator")]
    embedded: Option<crate::emulator::RunningEmulator>,
    /// A profile chosen at run time (by the `setup` wizard), over `--profile`.
    chosen_profile: Option<String>,
}

impl<'a> Ctx<'a> {
    fn new(global: &'a GlobalArgs, out: &'a Output) -> Self {
        Ctx {
            global,
            out,
            config: None,
            #[cfg(feature = "emulator")]
            embedded: None,
            chosen_profile: None,
        }
    }

    #[cfg_attr(not(feature = "emulator"), allow(clippy::unused_async))]
    async fn shutdown(&mut self) {
        #[cfg(feature = "emulator")]
        if let Some(emu) = self.embedded.take() {
            emu.shutdown().await;
        }
    }

    /// The config file (read on first use), and its path.
    pub fn config(&mut self) -> Result<&(PathBuf, ConfigFile)> {
        if self.config.is_none() {
            let path = config::config_path(self.global.config.as_deref())?;
            let file = config::load(&path)?;
            self.config = Some((path, file));
        }
        Ok(self.config.as_ref().expect("read above"))
    }

    /// One writer per account: the account's lock for this command, unless it changes nothing (`--dry-run`). Held
    /// until the returned value is dropped (at the end of the command).
    pub fn lock_account(
        &self,
        account: &str,
        command: &str,
    ) -> Result<Option<crate::job::lock::AccountLock>> {
        if self.global.dry_run {
            return Ok(None);
        }
        crate::job::lock::acquire(
            account,
            command,
            Duration::from_secs(self.global.lock_wait),
            self.out,
        )
        .map(Some)
    }

    /// The config file changed on disk (a profile was added): read it again next time.
    pub fn config_changed(&mut self) {
        self.config = None;
    }

    /// The profile asked for: chosen in the wizard, else `--profile` / `OA_RT_PROFILE` (else the default).
    pub fn requested_profile(&self) -> Option<String> {
        self.chosen_profile
            .clone()
            .or_else(|| self.global.profile.clone())
    }

    pub fn choose_profile(&mut self, name: String) {
        self.chosen_profile = Some(name);
    }

    /// The selected profile of the config file, as written.
    pub fn profile_config(&mut self) -> Result<(String, ProfileConfig)> {
        let requested = self.requested_profile();
        let (path, file) = self.config()?;
        file.select(requested.as_deref(), path)
    }

    /// Whether the selected profile points at an emulator (both base URLs on loopback).
    fn profile_is_emulator(&mut self) -> Result<bool> {
        let (_, p) = self.profile_config()?;
        let loopback = |u: &Option<url::Url>| u.as_ref().is_some_and(is_loopback);
        Ok(loopback(&p.netsuite.base_url) && loopback(&p.openair.base_url))
    }

    /// The profile to use: the embedded emulator's with `--emulator`, else the selected one from the config file.
    pub async fn profile(&mut self) -> Result<Profile> {
        if let Some(scenario) = &self.global.emulator {
            return self.embedded_profile(scenario).await;
        }
        let (name, p) = self.profile_config()?;
        p.resolve(&name)
    }

    #[cfg(feature = "emulator")]
    async fn embedded_profile(&mut self, scenario: &str) -> Result<Profile> {
        if self.embedded.is_none() {
            let emu = crate::emulator::start_embedded(scenario).await?;
            self.out.note(&format!(
                "Using an embedded emulator (scenario '{scenario}') at {}",
                emu.base_url()
            ));
            self.embedded = Some(emu);
        }
        crate::embedded::profile(self.embedded.as_ref().expect("started above"))
    }

    #[cfg(not(feature = "emulator"))]
    #[allow(clippy::unused_async)] // the same shape as the built-in one
    async fn embedded_profile(&mut self, _: &str) -> Result<Profile> {
        Err(not_built_in().into())
    }

    /// The selected profile, connected.
    pub async fn job(&mut self) -> Result<Job> {
        Job::connect(self.profile().await?)
    }

    /// The base URL of the emulator a command talks to: `explicit` (`--url`), else the embedded one of
    /// `--emulator`, else the selected profile's (when it is an emulator on loopback).
    #[cfg_attr(not(feature = "emulator"), allow(clippy::unused_async))]
    pub async fn emulator_url(&mut self, explicit: Option<&url::Url>) -> Result<url::Url> {
        if let Some(u) = explicit {
            return Ok(crate::client::with_trailing_slash(u));
        }
        #[cfg(feature = "emulator")]
        if self.global.emulator.is_some() {
            self.profile().await?;
            if let Some(e) = &self.embedded {
                return Ok(e.base_url().clone());
            }
        }
        let (name, p) = self.profile_config()?;
        match p.netsuite.base_url.as_ref().filter(|u| is_loopback(u)) {
            Some(u) => {
                let base = crate::client::with_trailing_slash(u);
                Ok(base.join("../").unwrap_or(base))
            }
            None => Err(Failure::usage(format!(
                "profile '{name}' is not an emulator (its NetSuite base URL is not on loopback)"
            ))
            .with_hint("pass --url http://127.0.0.1:PORT/ of `oa-rt emulator serve`")
            .into()),
        }
    }

    /// The emulator behind the profile in use, if it is one (`--emulator`, or a profile on loopback).
    pub async fn emulator_behind(&mut self) -> Option<url::Url> {
        if self.global.emulator.is_some() || self.profile_is_emulator().unwrap_or(false) {
            self.emulator_url(None).await.ok()
        } else {
            None
        }
    }

    /// Who performs the command's guided steps: the emulator's UI surface with `--simulate-operator`, and
    /// always on the embedded emulator of `--emulator` (nobody can reach its web UIs); else a person at a
    /// terminal, or nobody.
    pub async fn operator(&mut self) -> Result<Operator> {
        if self.global.simulate_operator || self.global.emulator.is_some() {
            return Ok(Operator::Simulated {
                emulator: self.emulator_url(None).await?,
            });
        }
        if let Some(by) = &self.global.confirmed_by {
            let by = by.trim();
            if by.is_empty() {
                return Err(Failure::usage(
                    "--confirmed-by needs the name of the person who answers",
                )
                .with_hint("--confirmed-by \"Ada Lovelace\"")
                .into());
            }
            return Ok(Operator::Named { by: by.into() });
        }
        Ok(Operator::from_terminal(self.global.quiet))
    }

    /// What applying needs, for a command of this name.
    pub fn apply_context<'c>(
        &'c self,
        job: &'c Job,
        target: &'c Target,
        operator: &'c Operator,
        command: &'c str,
        timeout: Duration,
    ) -> Apply<'c> {
        Apply {
            clients: &job.clients,
            target,
            operator,
            out: self.out,
            profile: &job.profile,
            command,
            timeout,
        }
    }

    /// Asks before a change to the account (`--yes` answers yes).
    pub fn ask_before_change(&self, question: &str) -> Result<bool> {
        crate::operator::ask_before_change(self.global.yes, question)
    }
}

/// Observes the account and judges it ([`Job::look`]), with a spinner while it takes time.
async fn look(
    out: &crate::output::Output,
    job: &Job,
    path: &std::path::Path,
    state: Option<crate::job::target::DesiredState>,
) -> Result<crate::job::Look> {
    let _spinner = out.progress(format!(
        "Reading NetSuite account {} and OpenAir",
        job.account()
    ));
    job.look(path, state).await
}

/// Observes the account again ([`Job::look_again`]), with a spinner while it takes time.
async fn look_again(
    out: &crate::output::Output,
    job: &Job,
    file: &crate::job::target::DesiredFile,
) -> Result<crate::job::Look> {
    let _spinner = out.progress(format!(
        "Reading NetSuite account {} and OpenAir again",
        job.account()
    ));
    job.look_again(file).await
}
