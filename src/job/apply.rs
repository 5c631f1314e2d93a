//! Applying a plan: the items in the seed's order, each step's through that step — back up, change (or guide),
//! verify.

use anyhow::Result;

use crate::steps::{Applied, Apply, Item, STEPS, items_of};

/// Applies the items, step by step in the registry's order.
pub async fn apply(cx: &Apply<'_>, items: &[Item]) -> Result<Applied> {
    let mut result = Applied::default();
    for step in STEPS {
        let these = items_of(items, step.id());
        if these.is_empty() {
            continue;
        }
        cx.out.note(&format!("== {} ==", step.id().as_str()));
        step.apply(cx, &these, &mut result).await?;
    }
    Ok(result)
}
