//! What several commands print the same way: checks, plans, outcomes, findings.

use comfy_table::{Cell, Color};

use crate::job::Check;
use crate::job::access::{self, Access};
use crate::job::policy::Health;
use crate::output::Output;
use crate::platform::record_types::label_ids_in;
use crate::steps::{Action, Done, Finding, How, Item, Outcome, Verdict};

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

/// The table of checks, then the fix of each that does not pass or warns.
pub fn checks(out: &Output, checks: &[Check]) {
    let mut t = out.table(&["Step", "Check", "Verdict", "Detail"]);
    for c in checks {
        t.add_row(vec![
            Cell::new(c.step.as_str()),
            Cell::new(label_ids_in(&c.check)),
            verdict_cell(out, c.verdict),
            Cell::new(label_ids_in(&c.detail)),
        ]);
    }
    out.print_table(&t);
    // The fixes of what failed or warns; what is not verified comes with the summary ([`summary`]).
    for c in checks
        .iter()
        .filter(|c| c.verdict == Verdict::Fail || c.verdict == Verdict::Warn)
    {
        if let Some(fix) = &c.fix {
            out.print(&label_ids_in(&format!(
                "{} / {}: {fix}",
                c.step.as_str(),
                c.check
            )));
        }
    }
}

/// The closing lines of a judged set of checks, by the pass policy (`crate::job::policy`): the counts, and for
/// each check not made (needs-check, guided) the step a person takes to make it.
pub fn summary(out: &Output, checks: &[Check], allow_unverified: bool) {
    let health = crate::job::policy::health(checks.iter().map(|c| c.verdict));
    let counts: Vec<String> = crate::job::summary(checks)
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(v, n)| format!("{n} {v}"))
        .collect();
    let word = match health {
        Health::Healthy => "Healthy",
        Health::Unverified => "Not verified",
        Health::Failing => "Not healthy",
    };
    out.print(&format!("{word}: {}", counts.join(", ")));
    let unverified = crate::job::not_verified(checks);
    if unverified.is_empty() {
        return;
    }
    out.print(&format!(
        "Only a person's step makes {1}{0}:",
        if allow_unverified && health == Health::Unverified {
            " (exit 0 anyway: --allow-unverified)"
        } else {
            ""
        },
        if unverified.len() == 1 {
            "this check"
        } else {
            "these checks"
        }
    ));
    for c in unverified {
        out.print(&label_ids_in(&format!(
            "  {} / {}: {}",
            c.step.as_str(),
            c.check,
            c.fix.as_deref().unwrap_or(&c.detail)
        )));
    }
}

/// One line per step, in the seed's order: its verdict counts and its first problem (a failure first, else a check
/// not made). What `setup` opens with; each step's details come when its turn comes, and the full table stays in
/// `status`.
pub fn overview(out: &Output, checks: &[Check]) {
    for step in crate::steps::STEPS.iter().map(|s| s.id()) {
        let of: Vec<&Check> = checks.iter().filter(|c| c.step == step).collect();
        let counts: Vec<String> = Verdict::ALL
            .iter()
            .map(|v| (v, of.iter().filter(|c| c.verdict == *v).count()))
            .filter(|(_, n)| *n > 0)
            .map(|(v, n)| format!("{n} {}", v.as_str()))
            .collect();
        let first = of
            .iter()
            .find(|c| c.verdict == Verdict::Fail)
            .or_else(|| of.iter().find(|c| !c.verdict.passes()));
        let problem = first
            .map(|c| format!(": {} ({})", c.check, c.verdict.as_str()))
            .unwrap_or_default();
        let counts = if counts.is_empty() {
            "nothing to check yet".to_string()
        } else {
            counts.join(", ")
        };
        out.print(&label_ids_in(&format!(
            "  {:<12} {counts}{problem}",
            step.as_str()
        )));
    }
}

/// The warnings and the checks not made of one step, without their fixes: its plan, which follows, shows each
/// failure as a change (now and wanted) and says what to do.
pub fn open_checks<'c>(out: &Output, checks: impl IntoIterator<Item = &'c Check>) {
    for c in checks
        .into_iter()
        .filter(|c| matches!(c.verdict, Verdict::Warn | Verdict::NeedsCheck))
    {
        out.print(&label_ids_in(&format!(
            "  {} ({}): {}",
            c.check,
            c.verdict.as_str(),
            c.detail
        )));
    }
}

/// Failing checks, each with its fix on the next line.
pub fn failing<'c>(out: &Output, checks: impl IntoIterator<Item = &'c Check>) {
    for c in checks {
        out.print(&label_ids_in(&format!(
            "  {} / {}: {}{}",
            c.step.as_str(),
            c.check,
            c.detail,
            c.fix
                .as_deref()
                .map(|f| format!("\n    fix: {f}"))
                .unwrap_or_default()
        )));
    }
}

/// An item's change, its current and its wanted values, for people: record types by their UI labels and a
/// deployment's fields by the labels of the deployment record (`deployments::field_label`, as `deploy` shows them);
/// the item itself (JSON, saved plans) keeps the ids.
pub fn item_cells(i: &Item) -> [String; 3] {
    use crate::steps::deployments::show_fields_labelled;
    match &i.action {
        Action::Deployment { change } => [
            change.title(),
            show_fields_labelled(&change.from),
            show_fields_labelled(&change.set),
        ],
        _ => [label_ids_in(&i.what), i.now.clone(), i.wanted.clone()],
    }
}

/// The table of a plan.
pub fn plan(out: &Output, items: &[Item]) {
    let mut t = out.table(&["Step", "Change", "Now", "Wanted", "How"]);
    for i in items {
        let [what, now, wanted] = item_cells(i);
        t.add_row(vec![
            i.step.as_str().to_string(),
            what,
            now,
            wanted,
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
        let [what, _, _] = item_cells(&d.item);
        t.add_row(vec![
            d.item.step.as_str().to_string(),
            what,
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
        out.print(&label_ids_in(&format!("{mark}: {}: {}", f.check, f.detail)));
        if let Some(fix) = &f.fix {
            out.print(&label_ids_in(&format!("  fix: {fix}")));
        }
    }
}

/// An access cell (`profile test --deep`), coloured like the verdict it is closest to.
fn access_cell(out: &Output, a: Access) -> Cell {
    let cell = Cell::new(a.as_str());
    if !out.color {
        return cell;
    }
    cell.fg(match a {
        Access::Available => Color::Green,
        Access::Refused => Color::Red,
        Access::Unknown => Color::Yellow,
    })
}

/// Every question oa-rt relies on and how it fared, then the missing permissions and the fixes.
pub fn access(out: &Output, report: &access::Report) {
    let mut t = out.table(&["Service", "Question", "Used by", "Access", "Detail"]);
    for a in &report.answers {
        t.add_row(vec![
            Cell::new(if a.service == "openair" {
                "OpenAir"
            } else {
                "NetSuite"
            }),
            Cell::new(&a.what),
            Cell::new(a.used_by),
            access_cell(out, a.access),
            Cell::new(&a.detail),
        ]);
    }
    out.print_table(&t);
    let not_probed = report.answers.iter().filter(|a| !a.probed).count();
    out.print(&format!(
        "{} available, {} refused, {} unknown ({not_probed} not probed: they change the account or do not apply)",
        report.count(Access::Available),
        report.count(Access::Refused),
        report.count(Access::Unknown),
    ));
    missing_permissions(out, report);
    for a in report.unclear() {
        if let Some(fix) = &a.fix {
            out.print(&format!("{}: {fix}", a.what));
        }
    }
}

/// What a role needs granted, one permission a line with where to grant it.
pub fn missing_permissions(out: &Output, report: &access::Report) {
    let missing = report.missing_permissions();
    if missing.is_empty() {
        return;
    }
    out.print(&format!(
        "The role oa-rt signs in with ('{}') lacks:",
        report.role
    ));
    for p in missing {
        out.print(&format!("  {}: {}", p.display(), p.ui_path));
        out.print(&format!("    needed for {}", p.needed_for));
    }
}

/// Only what was refused (for `setup`, which goes on: the refused parts degrade their checks).
pub fn refused(out: &Output, report: &access::Report) {
    let refused: Vec<_> = report.refused().collect();
    let unclear = report.unclear().count();
    if refused.is_empty() {
        out.print(&if unclear == 0 {
            "  access: NetSuite and OpenAir answer every question oa-rt asks".to_string()
        } else {
            format!(
                "  access: nothing refused; {unclear} question(s) had unexpected answers (`oa-rt profile test --deep` shows them)"
            )
        });
        return;
    }
    out.print(&format!(
        "  access: NetSuite refuses {} question(s) oa-rt asks; the checks that need them say needs-check:",
        refused.len()
    ));
    for a in refused {
        out.print(&format!("    {} (for {}): {}", a.what, a.used_by, a.detail));
    }
    for p in report.missing_permissions() {
        out.print(&format!("    grant {}: {}", p.display(), p.ui_path));
    }
    out.print("    (`oa-rt profile test --deep` lists every question and permission)");
}
