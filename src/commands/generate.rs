//! `oa-rt completions SHELL` and `oa-rt man`: generated from the clap definition, so they never drift from it.
//! The copies committed under completions/ and man/ are checked for staleness by tests/generated.rs.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::Cli;

pub fn completions(shell: clap_complete::Shell) -> Result<ExitCode> {
    let mut cmd = Cli::command();
    clap_complete::generate(shell, &mut cmd, "oa-rt", &mut std::io::stdout());
    Ok(ExitCode::SUCCESS)
}

pub fn man(out_dir: Option<&Path>) -> Result<ExitCode> {
    let cmd = Cli::command();
    match out_dir {
        None => {
            clap_mangen::Man::new(cmd)
                .render(&mut std::io::stdout())
                .context("writing the man page")?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            clap_mangen::generate_to(cmd, dir).context("writing the man pages")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
