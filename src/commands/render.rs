//! What several commands print the same way: checks, plans, outcomes, findings.

use comfy_table::{Cell, Color};

use crate::job::Check;
use crate::output::Output;
use crate::steps::{Done, Finding, How, Item, Outcome, Verdict};

/// A verdict cell, coloured when colour is on.
pub fn verdict_cell(out: &Output, v: Verdict) -> Cell {
    let cell = Cell::new(v.as_str());
    if !out.color {
        return cell;
    }
    cell.fg(match v {
        Verdict::Ok | Verdict::Confirmed => Color::Green,
        Verdict::Warn | Verdict::NeedsCheck | Verdict::Guided => Color::Yellow,
        Verdict::Fail => Color::Red,
    })
}

/// The table of checks, then the fix of each that does not pass.
pub fn checks(out: &Output, checks: &[Check]) {
    let mut t = out.table(&["Step", "Check", "Verdict", "Detail"]);
    for c in checks {
        t.add_row(vec![
            Cell::new(c.step.as_str()),
            Cell::new(&c.check),
            verdict_cell(out, c.verdict),
            Cell::new(&c.detail),
        ]);
    }
    out.print_table(&t);
    for c in checks.iter().filter(|c| !c.verdict.passes()) {
        if let Some(fix) = &c.fix {
            out.print(&format!("{} / {}: {fix}", c.step.as_str(), c.check));
        }
    }
}

/// Failing checks, each with its fix on the next line.
pub fn failing<'c>(out: &Output, checks: impl IntoIterator<Item = &'c Check>) {
    for c in checks {
        out.print(&format!(
            "  {} / {}: {}{}",
            c.step.as_str(),
            c.check,
            c.detail,
            c.fix
                .as_deref()
                .map(|f| format!("\n    fix: {f}"))
                .unwrap_or_default()
        ));
    }
}

/// The table of a plan.
pub fn plan(out: &Output, items: &[Item]) {
    let mut t = out.table(&["Step", "Change", "Now", "Wanted", "How"]);
    for i in items {
        t.add_row(vec![
            i.step.as_str().to_string(),
            i.what.clone(),
            i.now.clone(),
            i.wanted.clone(),
            match i.how {
                How::Api => "API".to_string(),
                How::Guided => "guided (UI)".to_string(),
            },
        ]);
    }
    out.print_table(&t);
}

/// The results table of an apply.
pub fn outcomes(out: &Output, done: &[Done]) {
    let mut t = out.table(&["Step", "Change", "Result"]);
    for d in done {
        t.add_row(vec![
            d.item.step.as_str().to_string(),
            d.item.what.clone(),
            match &d.outcome {
                Outcome::Applied => "applied (API), verified".into(),
                Outcome::Guided => "done in the UI, verified".into(),
                Outcome::Unobservable => {
                    "done in the UI; no API shows it (the test import proves it)".into()
                }
                Outcome::AlreadyDone => "already in effect".into(),
                Outcome::Waiting => "waiting for a person".into(),
                Outcome::NotDone => "not done".into(),
                Outcome::Failed(e) => format!("failed: {e}"),
            },
        ]);
    }
    out.print_table(&t);
}

/// Findings as `FAIL: check: detail` with the fix on the next line.
pub fn findings<'f>(out: &Output, findings: impl IntoIterator<Item = &'f Finding>) {
    for f in findings {
        let mark = match f.verdict {
            Verdict::Fail => "FAIL",
            other => other.as_str(),
        };
        out.print(&format!("{mark}: {}: {}", f.check, f.detail));
        if let Some(fix) = &f.fix {
            out.print(&format!("  fix: {fix}"));
        }
    }
}
