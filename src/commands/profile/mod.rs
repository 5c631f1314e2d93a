//! `oa-rt profile add | list | show | test | use | remove | rename`: the connection profiles of the config file, each pairing one NetSuite
//! account with one OpenAir company.

pub mod add;
pub mod edit;
mod list;
mod show;
mod test;

use anyhow::Result;

use super::Ctx;
use crate::cli::ProfileCommand;
use crate::config::OpenAirEnvironment;
use crate::error::Failure;
use crate::exit::ExitStatus;

pub async fn run(ctx: &mut Ctx<'_>, cmd: &ProfileCommand) -> Result<ExitStatus> {
    match cmd {
        ProfileCommand::Add(args) => add::run(ctx, args),
        ProfileCommand::List => list::run(ctx),
        ProfileCommand::Show { name } => show::run(ctx, name.as_deref()),
        ProfileCommand::Test { name, deep } => test::run(ctx, name.as_deref(), *deep).await,
        ProfileCommand::Use { name } => edit::use_profile(ctx, name),
        ProfileCommand::Remove { name } => edit::remove(ctx, name),
        ProfileCommand::Rename { old, new } => edit::rename(ctx, old, new),
    }
}

/// Sandbox NetSuite accounts connect only to sandbox OpenAir companies, production to production.
pub fn check_pairing(name: &str, ns_sandbox: bool, oa: OpenAirEnvironment) -> Result<()> {
    let oa_sandbox = oa == OpenAirEnvironment::Sandbox;
    if ns_sandbox != oa_sandbox && oa != OpenAirEnvironment::Preview {
        let (ns, oa_env) = if ns_sandbox {
            ("a sandbox", "production")
        } else {
            ("a production", "sandbox")
        };
        return Err(Failure::usage(format!(
            "profile '{name}' pairs {ns} NetSuite account with a {oa_env} OpenAir company; sandbox accounts connect only to sandbox accounts"
        ))
        .with_hint("pair NetSuite _SB accounts with --oa-environment sandbox, production with production")
        .into());
    }
    Ok(())
}
