//! Who performs what no API does, and asking before a change.
//!
//! One mechanism for every guided step: show why and the exact UI steps; then the [`Operator`] — chosen once per
//! command — gets it done: a person at a terminal is asked (or watched for), the emulator's simulated operator
//! performs it through the emulator's UI surface, and when nobody can be asked the step stays open (exit 5 at the
//! end of the command). The caller always verifies the effect afterwards: a guided step is done only when its
//! effect is observed.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use anyhow::Result;
use serde::Serialize;

use crate::error::{Failure, Kind};
use crate::platform::ui::UiAction;

/// Whether a person can answer: both stdin and stderr are terminals.
pub fn is_interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The failure of a question: Ctrl-C at a prompt (the terminal is in raw mode, so no signal arrives) is an
/// interruption (exit 130), anything else means no one can be asked.
pub fn ask_failed(e: dialoguer::Error) -> Failure {
    let dialoguer::Error::IO(io) = &e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        return Failure::new(Kind::Interrupted, "interrupted");
    }
    Failure::usage(format!("cannot ask: {e}"))
}

/// Asks before changing a remote account. `yes` (`--yes`) answers yes; without a terminal and without `yes` the
/// change is refused (exit 2) and nothing is changed.
pub fn ask_before_change(yes: bool, question: &str) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    if !is_interactive() {
        return Err(Failure::usage(
            "this changes the account and there is no terminal to ask; nothing was changed",
        )
        .with_hint("review the plan with --dry-run, then run again with --yes")
        .into());
    }
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| ask_failed(e).into())
}

/// A step only a person can do in a web UI.
#[derive(Debug, Clone, Serialize)]
pub struct Guided {
    /// What is to be done, one line.
    pub title: String,
    /// Why, in a sentence.
    pub why: String,
    /// The exact UI steps.
    pub steps: Vec<String>,
    /// The emulator's UI-surface action that does the same (for the simulated operator).
    #[serde(skip)]
    pub simulate: Option<UiAction>,
}

impl Guided {
    /// The text shown to the person.
    pub fn render(&self) -> String {
        let mut s = format!("{}\n  Why: {}\n", self.title, self.why);
        for (i, step) in self.steps.iter().enumerate() {
            s.push_str(&format!("  {}. {step}\n", i + 1));
        }
        s
    }
}

/// How a guided step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuideOutcome {
    /// Performed on the emulator through its UI surface.
    Simulated,
    /// The person said it is done (to be verified), or the effect was seen while watching.
    Reported,
    /// The person answered no, or the effect was not seen in time: the check stays failing.
    Declined,
    /// Nobody could do it now: the run must end with exit 5.
    Waiting,
}

/// What is watched for after a guided step, and for how long.
#[derive(Debug, Clone)]
pub struct Watch {
    /// What is being waited for, for the spinner ("the new certificate in NetSuite").
    pub what: String,
    pub timeout: Duration,
    /// How often to look when a person does it (the simulated operator is looked after at once).
    pub interval: Duration,
}

/// Who performs the guided steps of a command.
#[derive(Debug, Clone)]
pub enum Operator {
    /// A person at a terminal: shown the steps, asked, watched for.
    Person {
        /// No spinner (`--quiet`).
        quiet: bool,
    },
    /// The emulator's simulated operator, through the UI surface of the emulator at this base URL.
    Simulated { emulator: url::Url },
    /// A person named on the command line (`--confirmed-by NAME`) who does the steps and answers for them: shown
    /// the steps, never asked, watched for; their name is recorded with what they confirm.
    Named { by: String },
    /// Nobody can be asked (no terminal): guided steps stay open.
    Nobody,
}

/// How often the simulated operator's effect is looked for: it is there at once, or after a tick of the emulator.
const SIMULATED_INTERVAL: Duration = Duration::from_millis(150);

impl Operator {
    /// A person when one can answer, else nobody.
    pub fn from_terminal(quiet: bool) -> Operator {
        if is_interactive() {
            Operator::Person { quiet }
        } else {
            Operator::Nobody
        }
    }

    pub fn is_simulated(&self) -> bool {
        matches!(self, Operator::Simulated { .. })
    }

    /// Who answers for a confirmation this operator gives, as recorded: the person at the terminal (their login),
    /// the person named by `--confirmed-by`, or the emulator's simulated operator. Nobody when no one can answer:
    /// a confirmation is a person's act, and `--yes` is not one.
    pub fn attester(&self) -> Option<String> {
        match self {
            Operator::Person { .. } => Some(login()),
            Operator::Named { by } => Some(by.clone()),
            Operator::Simulated { .. } => Some(SIMULATED_OPERATOR.into()),
            Operator::Nobody => None,
        }
    }

    /// Shows a guided step and gets it done (or not), asking `question` once the person has acted. The caller
    /// verifies the effect.
    pub async fn guide(&self, g: &Guided, question: &str) -> Result<GuideOutcome> {
        show(g);
        match self {
            Operator::Simulated { emulator } => {
                perform(emulator, g).await?;
                Ok(GuideOutcome::Simulated)
            }
            Operator::Nobody => Ok(GuideOutcome::Waiting),
            // The named person stated on the command line that they do it; the caller verifies what it can.
            Operator::Named { by } => {
                eprintln!("  ({by} answers for it: --confirmed-by)");
                Ok(GuideOutcome::Reported)
            }
            Operator::Person { .. } => {
                let done = dialoguer::Confirm::new()
                    .with_prompt(question)
                    .default(true)
                    .interact()
                    .map_err(ask_failed)?;
                Ok(if done {
                    GuideOutcome::Reported
                } else {
                    GuideOutcome::Declined
                })
            }
        }
    }

    /// A guided step whose effect can be observed: shows the steps, then polls `observe` (behind a spinner for a
    /// person) until it sees the effect or the time runs out. The simulated operator performs the step first;
    /// nobody leaves it `Waiting`. `Declined` when the time ran out.
    pub async fn guide_and_watch<F, Fut>(
        &self,
        g: &Guided,
        watch: &Watch,
        mut observe: F,
    ) -> Result<GuideOutcome>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<bool>>,
    {
        show(g);
        let (interval, spinner) = match self {
            Operator::Nobody => return Ok(GuideOutcome::Waiting),
            Operator::Simulated { emulator } => {
                perform(emulator, g).await?;
                (SIMULATED_INTERVAL, None)
            }
            Operator::Person { quiet } => (watch.interval, (!quiet).then(|| spinner(watch))),
            Operator::Named { .. } => (watch.interval, None),
        };
        let started = Instant::now();
        let seen = loop {
            if observe().await? {
                break true;
            }
            if started.elapsed() >= watch.timeout {
                break false;
            }
            tokio::time::sleep(interval).await;
        };
        if let Some(s) = spinner {
            s.finish_and_clear();
            if seen {
                eprintln!(
                    "  seen: {} (after {} s)",
                    watch.what,
                    started.elapsed().as_secs()
                );
            }
        }
        Ok(match (seen, self.is_simulated()) {
            (true, true) => GuideOutcome::Simulated,
            (true, false) => GuideOutcome::Reported,
            (false, _) => {
                eprintln!("  not observed within {} s", watch.timeout.as_secs());
                GuideOutcome::Declined
            }
        })
    }
}

/// How the simulated operator is recorded where a person's name would be.
pub const SIMULATED_OPERATOR: &str = "the emulator's simulated operator";

/// The person at the terminal: their login and host, as far as the environment says.
fn login() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "someone".into());
    let host = std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_default();
    if host.is_empty() {
        user
    } else {
        format!("{user}@{host}")
    }
}

/// Instructions are for the person: stderr, so that --json output stays clean.
fn show(g: &Guided) {
    eprintln!(
        "\nA person must do this in the web UI (no API does it):\n{}",
        g.render().trim_end()
    );
}

async fn perform(emulator: &url::Url, g: &Guided) -> Result<()> {
    let Some(action) = &g.simulate else {
        return Err(
            Failure::usage(format!("the emulator has no UI action for: {}", g.title)).into(),
        );
    };
    crate::client::emulator_ui::perform(emulator, action).await?;
    eprintln!(
        "  (performed on the emulator through its UI surface: {})",
        action.name()
    );
    Ok(())
}

/// The wait for a person's step: what is watched, the time elapsed and the time allowed.
fn spinner(watch: &Watch) -> indicatif::ProgressBar {
    let s = indicatif::ProgressBar::new_spinner();
    let limit = format!("{} s", watch.timeout.as_secs());
    if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
        "{{spinner}} {{msg}} {{elapsed}} of {limit}"
    )) {
        s.set_style(style);
    }
    s.set_message(format!("Watching for {} (Ctrl-C stops):", watch.what));
    s.enable_steady_tick(Duration::from_millis(120));
    s
}

/// The message and fix of a run that ends with guided steps still open (exit 5).
pub fn waiting_message(open: &[Guided]) -> (String, String) {
    let titles: Vec<&str> = open.iter().map(|g| g.title.as_str()).collect();
    (
        format!("{} step(s) need a person: {}", open.len(), titles.join("; ")),
        "do them in the web UI as shown above and run the command again, or run it on a terminal to be guided"
            .into(),
    )
}
