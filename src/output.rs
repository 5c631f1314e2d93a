//! What the person or the CI job sees: tables on a terminal, stable JSON with `--json`, notes on stderr.
//! No colour when not a terminal, with `NO_COLOR`, or with `--color never`.

use std::io::{IsTerminal, Write};

use comfy_table::{Cell, ContentArrangement, Table, presets};
use serde::Serialize;

/// When to use colour (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone)]
pub struct Output {
    pub json: bool,
    pub quiet: bool,
    pub color: bool,
    /// Colour for stderr (logs): the same choice, judged on stderr's terminal.
    pub stderr_color: bool,
    pub stdout_tty: bool,
}

impl Output {
    pub fn new(json: bool, quiet: bool, color: ColorChoice) -> Self {
        let stdout_tty = std::io::stdout().is_terminal();
        // NO_COLOR is the lowest layer: an explicit --color always still wins.
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let decide = |tty: bool| match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color_env && !dumb,
        };
        let color = decide(stdout_tty);
        let stderr_color = decide(std::io::stderr().is_terminal());
        Output {
            json,
            quiet,
            color,
            stderr_color,
            stdout_tty,
        }
    }

    /// Prints a value as pretty JSON on stdout (the `--json` contract).
    pub fn print_json<T: Serialize>(&self, value: &T) {
        let text = serde_json::to_string_pretty(value)
            .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
        self.print(&text);
    }

    /// A line of the command's result on stdout.
    pub fn print(&self, text: &str) {
        let mut out = std::io::stdout().lock();
        // A closed pipe (`oa-rt status | head`) is not an error worth reporting.
        let _ = writeln!(out, "{}", crate::secret::redact(text));
    }

    /// A note for people (progress, where things are): stderr, silent with --quiet or --json.
    pub fn note(&self, text: &str) {
        if self.quiet || self.json {
            return;
        }
        eprintln!("{}", crate::secret::redact(text));
    }

    /// A warning: stderr, always (even with --quiet or --json).
    pub fn warn(&self, text: &str) {
        eprintln!("warning: {}", crate::secret::redact(text));
    }

    /// A table in the style of the terminal (or plain ASCII in logs).
    pub fn table(&self, header: &[&str]) -> Table {
        let mut t = Table::new();
        if self.stdout_tty {
            t.load_style(presets::UTF8_FULL_CONDENSED);
            t.set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            // Logs and pipes: plain ASCII, wrapped at a width that reads well in CI logs.
            t.load_style(presets::ASCII_BORDERS_ONLY_CONDENSED);
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(140);
        }
        if self.color {
            t.enforce_styling();
        }
        t.set_header(header.iter().map(Cell::new));
        t
    }

    pub fn print_table(&self, table: &Table) {
        self.print(&table.to_string());
    }
}
