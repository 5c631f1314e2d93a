//! `oa-rt completions SHELL` and `oa-rt man`: the completion registration (completion is dynamic: the shell asks
//! the binary, `crate::completion`) and the man pages generated from the clap definition, so they never drift
//! from it. The copies committed under completions/ and man/ are checked for staleness by tests/it/generated.rs.

use std::io::Write as _;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::exit::ExitStatus;

pub fn completions(args: &CompletionsArgs) -> Result<ExitStatus> {
    let script = crate::completion::registration(args.shell).context("writing the completions")?;
    std::io::stdout()
        .write_all(&script)
        .context("writing the completions")?;
    Ok(ExitStatus::Ok)
}

pub fn man(args: &ManArgs) -> Result<ExitStatus> {
    // The release alone: the commit `--version` names would make the committed pages stale at every commit.
    let cmd = Cli::command().version(env!("CARGO_PKG_VERSION"));
    match &args.out_dir {
        None => {
            clap_mangen::Man::new(cmd)
                .render(&mut std::io::stdout())
                .context("writing the man page")?;
        }
        Some(dir) => {
            crate::fsutil::check_writable_dir(dir, "--out-dir")?;
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            clap_mangen::generate_to(cmd, dir).context("writing the man pages")?;
        }
    }
    Ok(ExitStatus::Ok)
}
