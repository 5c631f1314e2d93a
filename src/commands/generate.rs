//! `oa-rt completions SHELL` and `oa-rt man`: generated from the clap definition, so they never drift from it.
//! The copies committed under completions/ and man/ are checked for staleness by tests/it/generated.rs.
//! `completions` prints the committed copy built into the binary — the same text, without generating it on every
//! shell start (it halves the command's time, BENCHMARKS.md); `--from-definition` generates it.

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::exit::ExitStatus;

pub fn completions(args: &CompletionsArgs) -> Result<ExitStatus> {
    use clap_complete::Shell;
    use std::io::Write;
    let built_in = match args.shell {
        Shell::Bash => include_str!("../../completions/oa-rt.bash"),
        Shell::Zsh => include_str!("../../completions/_oa-rt"),
        Shell::Fish => include_str!("../../completions/oa-rt.fish"),
        Shell::Elvish => include_str!("../../completions/oa-rt.elv"),
        Shell::PowerShell => include_str!("../../completions/_oa-rt.ps1"),
        _ => "",
    };
    if args.from_definition || built_in.is_empty() {
        let mut cmd = Cli::command();
        clap_complete::generate(args.shell, &mut cmd, "oa-rt", &mut std::io::stdout());
    } else {
        std::io::stdout()
            .write_all(built_in.as_bytes())
            .context("writing the completion script")?;
    }
    Ok(ExitStatus::Ok)
}

pub fn man(args: &ManArgs) -> Result<ExitStatus> {
    let cmd = Cli::command();
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
