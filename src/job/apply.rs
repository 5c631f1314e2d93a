//! Applying a plan: the items in the seed's order, each step's through that step — back up, change (or guide),
//! verify.

use anyhow::Result;

use super::journal::Journal;
use crate::steps::{Applied, Apply, Item, Outcome, STEPS, items_of};

/// Applies the items, step by step in the registry's order. Intent first, then change: each step's intent
/// (deployments, settings) is journaled just before that step begins — not before the whole plan, so that a run
/// stopped before a step (during a guided bundle update, say) leaves nothing for the next run to replay ahead of
/// the steps the seed puts first.
pub async fn apply(cx: &Apply<'_>, items: &[Item]) -> Result<Applied> {
    let mut result = Applied::default();
    let account = cx.clients.netsuite.account().to_string();
    for step in STEPS {
        let these = items_of(items, step.id());
        if these.is_empty() {
            continue;
        }
        cx.out.note(&format!("== {} ==", step.id().as_str()));
        let owned: Vec<Item> = these.iter().map(|i| (*i).clone()).collect();
        Journal::of_items(
            &account,
            cx.profile,
            cx.command,
            &cx.target.record_types,
            &owned,
        )
        .begin()?;
        let before = result.done.len();
        step.apply(cx, &these, &mut result).await?;
        // The checklist's order: a later step rests on the earlier ones (no v2.0 deployment before 369630 3.0, no
        // URL field before 369637 4.0). A step left waiting, declined or failed stops the run here.
        let not_done = result.done[before..].iter().any(|d| {
            matches!(
                d.outcome,
                Outcome::Waiting | Outcome::NotDone | Outcome::Failed(_)
            )
        });
        if not_done && items.iter().any(|i| i.step > step.id()) {
            cx.out.note(&format!(
                "Stopped after {}: it is not done, and the later steps rest on it (the checklist's order). Run again once it is.",
                step.id().as_str()
            ));
            break;
        }
    }
    Ok(result)
}
