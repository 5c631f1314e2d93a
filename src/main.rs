//! oa-rt: arguments are parsed first (so `--help` and usage errors cost nothing), then a current-thread runtime
//! runs the command, and how it ended becomes the documented exit code.

use std::process::ExitCode;

use oa_rt::error::{self, Kind};
use oa_rt::exit::ExitStatus;
use oa_rt::{cli, commands, completion, logging, operator, output, secret};

use clap::Parser;

fn main() -> ExitCode {
    // `COMPLETE=SHELL oa-rt -- WORDS`: the shell asking for completions (answered here, then exit).
    completion::complete_if_asked(<cli::Cli as clap::CommandFactory>::command);
    let cli = cli::Cli::parse();
    let out = output::Output::new(cli.global.json, cli.global.quiet, cli.global.color);
    logging::init(cli.global.verbose, out.stderr_color);

    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(Kind::Internal.exit_code());
        }
    };
    // `emulator serve` stops on Ctrl-C as its normal end; every other command is interrupted by it.
    let ctrl_c_ends_normally = matches!(
        cli.command,
        cli::Command::Emulator(cli::EmulatorCommand::Serve(_))
    );
    let result = runtime.block_on(async {
        if ctrl_c_ends_normally {
            return Some(commands::run(cli, &out).await);
        }
        tokio::select! {
            r = commands::run(cli, &out) => Some(r),
            _ = tokio::signal::ctrl_c() => None,
        }
    });
    ExitCode::from(match result {
        Some(Ok(ExitStatus::Waiting(open))) => {
            let (message, fix) = operator::waiting_message(&open);
            say("error", &message, &[fix]);
            ExitStatus::Waiting(open).exit_code()
        }
        Some(Ok(status)) => status.exit_code(),
        Some(Err(err)) => {
            report(&err);
            error::kind_of(&err).exit_code()
        }
        None => {
            eprintln!("interrupted");
            Kind::Interrupted.exit_code()
        }
    })
}

/// One clear message on stderr (the whole context chain), then the fixes. Redacted, always.
fn report(err: &anyhow::Error) {
    let message = format!("{err:#}");
    match error::failure_of(err) {
        Some(f) => say("error", &message, &f.hints),
        None => say(
            "error",
            &message,
            &["this is a bug in oa-rt (exit 70): please report it with the command you ran and this message".into()],
        ),
    }
}

fn say(label: &str, message: &str, hints: &[String]) {
    eprintln!("{label}: {}", secret::redact(message));
    for hint in hints {
        eprintln!("  fix: {}", secret::redact(hint));
    }
}
