//! What the person or the CI job sees: tables on a terminal, stable JSON with `--json`, notes on stderr.
//! No colour when not a terminal, with `NO_COLOR`, or with `--color never`.

use std::io::{IsTerminal, Write};

use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Table, Width, presets};
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
    /// The width tables are laid out to ([`layout_width`]).
    pub width: usize,
    /// The width lines of prose wrap at: the same, but unbounded when piped without `COLUMNS`, so that logs keep
    /// one line per message.
    pub prose_width: usize,
}

/// A spinner while it lives ([`Output::progress`]).
pub struct Progress(
    Option<(
        indicatif::ProgressBar,
        std::sync::Arc<std::sync::Mutex<bool>>,
    )>,
);

impl Progress {
    /// Changes what it says it waits for.
    pub fn say(&self, what: impl Into<String>) {
        if let Some((bar, _)) = &self.0 {
            bar.set_message(what.into());
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some((bar, done)) = &self.0 {
            let mut done = done.lock().unwrap_or_else(|p| p.into_inner());
            *done = true;
            bar.finish_and_clear();
        }
    }
}

/// The width to lay out to: `COLUMNS` when it is set (so a pipe or a CI log can ask for one), else the terminal's;
/// none when piped without `COLUMNS`.
fn layout_width(stdout_tty: bool) -> Option<usize> {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c >= 20);
    // A pseudo-terminal nobody sized reports 0 columns: then it is as if there were no terminal width.
    columns.or_else(|| {
        stdout_tty
            .then(|| Table::new().width().map(usize::from))
            .flatten()
            .filter(|w| *w >= 20)
    })
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
            // Tables in logs and pipes: a width that reads well in CI logs.
            width: layout_width(stdout_tty).unwrap_or(140),
            prose_width: layout_width(stdout_tty).unwrap_or(usize::MAX),
        }
    }

    /// Prints a value as pretty JSON on stdout (the `--json` contract), never wrapped.
    pub fn print_json<T: Serialize>(&self, value: &T) {
        let text = serde_json::to_string_pretty(value)
            .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
        self.print_raw(&text);
    }

    /// Lines of the command's result on stdout, wrapped at spaces within [`Output::prose_width`] ([`wrap`]): an id
    /// or a URL is never split.
    pub fn print(&self, text: &str) {
        let wrapped: Vec<String> = text
            .lines()
            .flat_map(|l| wrap(l, self.prose_width))
            .collect();
        self.print_raw(&wrapped.join("\n"));
    }

    /// Text on stdout as it is.
    pub fn print_raw(&self, text: &str) {
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
        } else {
            t.load_style(presets::ASCII_BORDERS_ONLY_CONDENSED);
        }
        t.set_content_arrangement(ContentArrangement::Dynamic);
        if self.color {
            t.enforce_styling();
        }
        t.set_header(header.iter().map(Cell::new));
        t
    }

    /// Prints a table within [`Output::width`], wrapping cells at spaces only: an id or a URL is never split. When
    /// its columns cannot all hold their longest word side by side, each row is printed as a few lines instead:
    /// the first cells, then the last one below them, indented.
    /// A spinner on stderr naming what the command waits for, with the time elapsed; shown only on a terminal,
    /// never with `--quiet` or `--json`, and only once the wait has lasted 300 ms (a quick answer shows nothing).
    /// It goes when the returned guard is dropped.
    pub fn progress(&self, what: impl Into<String>) -> Progress {
        if self.quiet || self.json || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::hidden());
        if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.set_message(what.into());
        let state = std::sync::Arc::new(std::sync::Mutex::new(false));
        let (shown, done) = (bar.clone(), state.clone());
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            let done = done.lock().unwrap_or_else(|p| p.into_inner());
            if !*done {
                shown.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                shown.enable_steady_tick(std::time::Duration::from_millis(120));
            }
        });
        Progress(Some((bar, state)))
    }

    pub fn print_table(&self, table: &Table) {
        let mut t = table.clone();
        t.set_width(u16::try_from(self.width).unwrap_or(u16::MAX));
        let rows: Vec<Vec<String>> = t
            .header()
            .into_iter()
            .chain(t.row_iter())
            .map(|r| r.cell_iter().map(Cell::content).collect())
            .collect();
        let skip_header = usize::from(t.header().is_some());
        match column_widths(&rows, self.width) {
            Some(widths) => {
                // Each column exactly as wide as laid out (plus its padding): comfy-table wraps within it at spaces,
                // and no word is longer than its column.
                for (column, w) in t.column_iter_mut().zip(&widths) {
                    column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(
                        u16::try_from(w + 2).unwrap_or(u16::MAX),
                    )));
                }
                self.print_raw(&t.to_string());
            }
            None => {
                let mut lines = Vec::new();
                for row in rows.iter().skip(skip_header) {
                    let (last, first) = row
                        .split_last()
                        .map_or(("", &row[..0]), |(l, f)| (l.as_str(), f));
                    let title: Vec<&str> = first
                        .iter()
                        .map(String::as_str)
                        .filter(|c| !c.is_empty())
                        .collect();
                    lines.extend(wrap(&title.join("  "), self.width));
                    if !last.is_empty() {
                        lines.extend(wrap(&format!("    {last}"), self.width));
                    }
                }
                self.print_raw(&lines.join("\n"));
            }
        }
    }
}

/// The content width of each column of a table `width` wide (three characters a column of borders and padding,
/// one more for the last border), wrapping only at spaces: every column at least as wide as its longest word, the
/// rest of the width shared out in equal parts among the columns that would take more. None when the longest words
/// side by side do not fit.
pub fn column_widths(rows: &[Vec<String>], width: usize) -> Option<Vec<usize>> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut natural = vec![0usize; columns];
    let mut least = vec![0usize; columns];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            for line in cell.lines() {
                natural[i] = natural[i].max(line.chars().count());
                let word = line
                    .split(' ')
                    .map(|w| w.chars().count())
                    .max()
                    .unwrap_or(0);
                least[i] = least[i].max(word);
            }
        }
    }
    let room = width.checked_sub(3 * columns + 1)?;
    if natural.iter().sum::<usize>() <= room {
        return Some(natural);
    }
    let floor: usize = least.iter().sum();
    let mut spare = room.checked_sub(floor)?;
    // The spare width in equal shares to the columns that want more, again and again: a short column gets its whole
    // line ("Project Task"), a long one what is left.
    let mut widths = least;
    loop {
        let wanting: Vec<usize> = (0..columns).filter(|&i| widths[i] < natural[i]).collect();
        if wanting.is_empty() || spare == 0 {
            break;
        }
        let share = (spare / wanting.len()).max(1);
        for i in wanting {
            let more = share.min(natural[i] - widths[i]).min(spare);
            widths[i] += more;
            spare -= more;
        }
    }
    Some(widths)
}

/// Greedy wrapping at spaces, never inside a word, measured in bytes (conservative: a character is at least one
/// byte wide). Written by hand: the few lines a wrapping crate would replace are not worth its size in the binary
/// (issue 13's 10 MiB budget).
pub fn wrap(line: &str, width: usize) -> Vec<String> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if line.len() <= width {
        return vec![line.to_string()];
    }
    let hang = " ".repeat((indent + 2).min(width / 2));
    let mut out = Vec::new();
    let mut current = line[..indent].to_string();
    let mut empty = true;
    for word in line[indent..].split(' ').filter(|w| !w.is_empty()) {
        if !empty && current.len() + 1 + word.len() > width {
            out.push(std::mem::replace(&mut current, hang.clone()));
            empty = true;
        }
        if !empty {
            current.push(' ');
        }
        current.push_str(word);
        empty = false;
    }
    out.push(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_hold_their_longest_word_and_share_the_rest() {
        let rows = vec![
            vec!["Step".to_string(), "Detail".to_string()],
            vec![
                "deployments".to_string(),
                "deployment customdeploy_oa_send_customer_v2 needs deploy: Deployed F -> T"
                    .to_string(),
            ],
        ];
        // Everything on one line fits: natural widths.
        assert_eq!(column_widths(&rows, 200), Some(vec![11, 73]));
        // Narrower: every column keeps its longest word.
        let w = column_widths(&rows, 60).unwrap();
        assert!(
            w[0] >= 11 && w[1] >= "customdeploy_oa_send_customer_v2".len(),
            "{w:?}"
        );
        assert_eq!(w.iter().sum::<usize>() + 3 * 2 + 1, 60);
        // Too narrow for the longest words side by side: none.
        assert_eq!(column_widths(&rows, 40), None);
    }

    #[test]
    fn lines_wrap_at_spaces_and_never_inside_a_word() {
        let url = "https://acme.app.sandbox.netsuitesuiteprojectspro.com";
        let line = format!(
            "settings / OpenAir URL: set it to {url} in the settings record, then run oa-rt apply"
        );
        let lines = wrap(&line, 40);
        assert!(
            lines.iter().all(|l| l.len() <= 40 || l.trim() == url),
            "{lines:?}"
        );
        assert!(
            lines.iter().any(|l| l.trim() == url),
            "the URL whole: {lines:?}"
        );
        assert_eq!(
            lines.join(" ").split_whitespace().collect::<Vec<_>>(),
            line.split_whitespace().collect::<Vec<_>>()
        );
        assert!(
            lines[1..].iter().all(|l| l.starts_with("  ")),
            "continuations hang: {lines:?}"
        );
        assert_eq!(wrap("    short", 40), vec!["    short"]);
        let indented = wrap("    one two three four five six seven", 20);
        assert!(
            indented.iter().all(|l| l.starts_with("    ")),
            "{indented:?}"
        );
    }
}
