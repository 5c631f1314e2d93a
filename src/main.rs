//! oa-rt: arguments are parsed first (so `--help` and usage errors cost nothing), then a current-thread runtime
//! runs the command, and the result becomes the documented exit code.

use std::process::ExitCode;

use oa_rt::{cli, commands, error, logging, output, secret};

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let out = output::Output::new(&cli.global);
    logging::init(cli.global.verbose, out.stderr_color);

    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
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
    match result {
        Some(Ok(code)) => code,
        Some(Err(err)) => {
            report(&err);
            error::exit_code_of(&err)
        }
        None => {
            eprintln!("interrupted");
            ExitCode::from(error::Kind::Interrupted.exit_code())
        }
    }
}

/// One clear message on stderr (the whole context chain), then the fix when there is one. Redacted, always.
fn report(err: &anyhow::Error) {
    let message = secret::redact(&format!("{err:#}"));
    eprintln!("error: {message}");
    if let Some(hint) = error::failure_of(err).and_then(|f| f.hint.as_deref()) {
        eprintln!("  fix: {}", secret::redact(hint));
    }
}
