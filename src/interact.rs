//! Asking before a change, and guiding a person through what no API does.
//!
//! One mechanism for every guided step: show why and the exact UI steps; then on an emulator with
//! `--simulate-operator` perform it through the emulator's UI surface, on a terminal ask the person and wait,
//! and in a non-interactive run report that a person is needed (exit 5 at the end of the command). The caller
//! always verifies the effect afterwards: a guided step is done only when its effect is observed.

use std::io::IsTerminal;

use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

use crate::commands::Ctx;
use crate::error::Failure;

/// Whether a person can answer: both stdin and stderr are terminals.
pub fn is_interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The failure of a question: Ctrl-C at a prompt (the terminal is in raw mode, so no signal arrives) is an
/// interruption (exit 130), anything else means no one can be asked.
pub fn ask_failed(e: dialoguer::Error) -> Failure {
    let dialoguer::Error::IO(io) = &e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        return Failure::new(crate::error::Kind::Interrupted, "interrupted");
    }
    Failure::usage(format!("cannot ask: {e}"))
}

/// Asks before changing a remote account. `--yes` answers yes; without a terminal and without `--yes` the change
/// is refused (exit 2) and nothing is changed.
pub fn confirm(ctx: &Ctx<'_>, question: &str) -> Result<bool> {
    if ctx.global.yes {
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
    /// The emulator's UI-surface action that does the same (for `--simulate-operator`).
    #[serde(skip)]
    pub simulate: Option<(String, Value)>,
}

/// How a guided step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuideOutcome {
    /// Performed on the emulator through its UI surface.
    Simulated,
    /// The person said it is done (to be verified).
    Reported,
    /// The person answered no (not done, or not so): the check stays failing.
    Declined,
    /// Nobody could do it now: the run must end with exit 5.
    Waiting,
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

/// Shows a guided step and gets it done (or not). The caller verifies the effect.
pub async fn guide(ctx: &mut Ctx<'_>, g: &Guided) -> Result<GuideOutcome> {
    guide_asking(ctx, g, "Done? (yes: verify now, no: stop here)").await
}

/// [`guide`] with the question the person answers once they have looked or acted.
pub async fn guide_asking(ctx: &mut Ctx<'_>, g: &Guided, question: &str) -> Result<GuideOutcome> {
    // Instructions are for the person: stderr, so that --json output stays clean.
    eprintln!(
        "\nA person must do this in the web UI (no API does it):\n{}",
        g.render().trim_end()
    );
    if ctx.simulating() {
        let Some((action, body)) = &g.simulate else {
            return Err(
                Failure::usage(format!("the emulator has no UI action for: {}", g.title)).into(),
            );
        };
        let base = ctx.emulator_url(None).await?;
        crate::client::emulator_ui::perform(&base, action, body).await?;
        eprintln!("  (performed on the emulator through its UI surface: {action})");
        return Ok(GuideOutcome::Simulated);
    }
    if !is_interactive() {
        return Ok(GuideOutcome::Waiting);
    }
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

/// The failure that ends a run with guided steps still open (exit 5).
pub fn waiting_failure(open: &[Guided]) -> Failure {
    let titles: Vec<String> = open.iter().map(|g| g.title.clone()).collect();
    Failure::new(
        crate::error::Kind::Waiting,
        format!("{} step(s) need a person: {}", open.len(), titles.join("; ")),
    )
    .with_hint("do them in the web UI as shown above and run the command again, or run it on a terminal to be guided")
}

/// How long to watch for the effect of a guided step.
#[derive(Debug, Clone)]
pub struct Watch {
    /// What is being waited for, for the spinner ("the new certificate in NetSuite").
    pub what: String,
    pub timeout: std::time::Duration,
    pub interval: std::time::Duration,
}

/// A guided step whose effect can be observed: shows the steps, then on a terminal polls `observe` behind a
/// spinner until it sees the effect or the time runs out; on an emulator with `--simulate-operator` performs the
/// step through the UI surface first; without a terminal ends as `Waiting` (exit 5). Returns `Reported` when the
/// effect was observed, `Declined` when the time ran out.
pub async fn guide_and_watch<F, Fut>(
    ctx: &mut Ctx<'_>,
    g: &Guided,
    watch: &Watch,
    mut observe: F,
) -> Result<GuideOutcome>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<bool>>,
{
    eprintln!(
        "\nA person must do this in the web UI (no API does it):\n{}",
        g.render().trim_end()
    );
    let simulated = ctx.simulating();
    if simulated {
        let Some((action, body)) = &g.simulate else {
            return Err(
                Failure::usage(format!("the emulator has no UI action for: {}", g.title)).into(),
            );
        };
        let base = ctx.emulator_url(None).await?;
        crate::client::emulator_ui::perform(&base, action, body).await?;
        eprintln!("  (performed on the emulator through its UI surface: {action})");
    } else if !is_interactive() {
        return Ok(GuideOutcome::Waiting);
    }
    let spinner = (!simulated && !ctx.global.quiet).then(|| {
        let s = indicatif::ProgressBar::new_spinner();
        s.set_message(format!("Watching for {} (Ctrl-C stops)…", watch.what));
        s.enable_steady_tick(std::time::Duration::from_millis(120));
        s
    });
    let started = std::time::Instant::now();
    let seen = loop {
        if observe().await? {
            break true;
        }
        if started.elapsed() >= watch.timeout {
            break false;
        }
        tokio::time::sleep(watch.interval).await;
    };
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    Ok(match (seen, simulated) {
        (true, true) => GuideOutcome::Simulated,
        (true, false) => GuideOutcome::Reported,
        (false, _) => {
            eprintln!("  not observed within {} s", watch.timeout.as_secs());
            GuideOutcome::Declined
        }
    })
}
