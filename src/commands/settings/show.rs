//! `oa-rt settings show`: the record, field by field, with what is wrong and how to fix it.

use anyhow::Result;
use serde_json::{Map, Value, json};

use crate::cli::PolicyArg;
use crate::commands::{Ctx, render};
use crate::exit::ExitStatus;
use crate::steps::Verdict;
use crate::steps::settings::{self, FIELDS, RECORD_TYPE};

pub async fn run(ctx: &mut Ctx<'_>, policy: PolicyArg) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let ns = &job.clients.netsuite;
    let obs = settings::observe_now(ns).await?;
    let findings = settings::check(&obs, ns.account());
    // The same pass policy as `status`: a failing check exits 1, as does one not made unless allowed.
    let ok = crate::job::policy::health(findings.iter().map(|f| f.verdict))
        .passes(policy.allow_unverified);
    let out = ctx.out;
    if out.json {
        let values: Map<String, Value> = FIELDS
            .iter()
            .filter(|f| obs.has_field(f))
            .map(|f| {
                (
                    f.key.to_string(),
                    obs.values.get(f.id).cloned().unwrap_or(Value::Null),
                )
            })
            .collect();
        // The fields this account's record type lacks, each with the release that adds it.
        let missing: Map<String, Value> = FIELDS
            .iter()
            .filter(|f| !obs.has_field(f))
            .map(|f| (f.key.to_string(), Value::String(f.missing_reason())))
            .collect();
        out.print_json(&json!({
            "account": ns.account().to_string(),
            "record": { "type": RECORD_TYPE, "id": obs.id },
            "settings": values,
            "missing_fields": missing,
            "findings": findings,
            "ok": ok,
        }));
        return Ok(ExitStatus::from_ok(ok));
    }
    out.print(&format!(
        "NetSuite account {}: {RECORD_TYPE} record {}",
        ns.account(),
        obs.id
    ));
    let mut t = out.table(&["Setting", "Value", "Field", "In the UI"]);
    for f in FIELDS {
        let value = if obs.has_field(f) {
            settings::show(obs.values.get(f.id))
        } else {
            format!("(field missing: {})", f.missing_reason())
        };
        t.add_row(vec![
            f.key.to_string(),
            value,
            f.id.to_string(),
            f.label.to_string(),
        ]);
    }
    // Field ids are looked up by people: never wrap them.
    if let Some(c) = t.column_mut(2) {
        c.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
    }
    out.print_table(&t);
    render::findings(
        out,
        findings
            .iter()
            .filter(|f| !f.verdict.passes() || f.verdict == Verdict::Warn),
    );
    Ok(ExitStatus::from_ok(ok))
}
