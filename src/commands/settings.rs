//! `oa-rt settings show | set KEY=VALUE... | edit`: the one settings record. Every value is validated before
//! any write; only fields that differ are sent; the diff is shown first, a backup written, and the result read
//! back.

use std::process::ExitCode;

use anyhow::Result;
use serde_json::{Map, Value, json};

use super::Ctx;
use crate::backup;
use crate::cli::SettingsCommand;
use crate::client::netsuite::NetSuite;
use crate::error::Failure;
use crate::interact;
use crate::steps::settings::{self, FIELDS, RECORD_TYPE};
use crate::steps::{deployments, role::sql_literal};

pub async fn run(ctx: &mut Ctx<'_>, cmd: &SettingsCommand) -> Result<ExitCode> {
    match cmd {
        SettingsCommand::Show => show(ctx).await,
        SettingsCommand::Set { assignments } => {
            // Parse before touching the network: bad input costs nothing.
            let parsed = parse_all(assignments)?;
            set(ctx, parsed).await
        }
        SettingsCommand::Edit => edit(ctx).await,
    }
}

fn parse_all(assignments: &[String]) -> Result<Vec<(&'static str, Value)>> {
    let mut out: Vec<(&'static str, Value)> = Vec::new();
    let mut errors = Vec::new();
    for a in assignments {
        match settings::parse_assignment(a) {
            Ok((id, v)) => {
                out.retain(|(x, _)| *x != id);
                out.push((id, v));
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(Failure::usage(errors.join("; "))
            .with_hint("`oa-rt settings show` lists the settings; nothing was changed")
            .into());
    }
    Ok(out)
}

async fn show(ctx: &mut Ctx<'_>) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let ns = &clients.netsuite;
    let obs = settings::observe(ns).await?;
    let findings = settings::check(&obs.values, &obs.present, ns.account());
    if ctx.out.json {
        let values: Map<String, Value> = FIELDS
            .iter()
            .filter(|(_, id, _, _)| obs.present.iter().any(|p| p == id))
            .map(|(name, id, _, _)| {
                (
                    name.to_string(),
                    obs.values.get(*id).cloned().unwrap_or(Value::Null),
                )
            })
            .collect();
        ctx.out.print_json(&json!({
            "account": ns.account().to_string(),
            "record": { "type": RECORD_TYPE, "id": obs.id },
            "settings": values,
            "findings": findings,
        }));
        return Ok(ExitCode::SUCCESS);
    }
    ctx.out.print(&format!(
        "NetSuite account {}: {RECORD_TYPE} record {}",
        ns.account(),
        obs.id
    ));
    let mut t = ctx.out.table(&["Setting", "Value", "Field", "In the UI"]);
    for (name, id, _, label) in FIELDS {
        let present = obs.present.iter().any(|p| p == id);
        let value = if present {
            settings::show(obs.values.get(*id))
        } else {
            "(field missing: 369637 < 4.0)".into()
        };
        t.add_row(vec![
            name.to_string(),
            value,
            id.to_string(),
            label.to_string(),
        ]);
    }
    // Field ids are looked up by people: never wrap them.
    if let Some(c) = t.column_mut(2) {
        c.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
    }
    ctx.out.print_table(&t);
    super::print_findings(
        ctx,
        findings
            .iter()
            .filter(|f| !f.verdict.passes() || f.verdict == crate::steps::Verdict::Warn),
    );
    Ok(ExitCode::SUCCESS)
}

/// Whether the lead and prospect deployments are deployed (for the include-leads/prospects rule).
async fn deployment_context(ns: &NetSuite) -> Result<settings::Context> {
    let rows = ns
        .suiteql(&format!(
            "SELECT scriptid, isdeployed FROM scriptdeployment WHERE scriptid IN ({}, {})",
            sql_literal(deployments::LEAD_DEPLOYMENT),
            sql_literal(deployments::PROSPECT_DEPLOYMENT)
        ))
        .await?;
    let deployed = |id: &str| {
        rows.iter()
            .any(|r| r.get("scriptid") == Some(id) && r.flag("isdeployed"))
    };
    Ok(settings::Context {
        lead_deployed: deployed(deployments::LEAD_DEPLOYMENT),
        prospect_deployed: deployed(deployments::PROSPECT_DEPLOYMENT),
    })
}

/// The settings record as read, and the changes some wanted values make (only the differing fields), validated.
pub(crate) struct Prepared {
    pub obs: settings::Observation,
    pub changes: Vec<(&'static str, Value, Value)>,
}

/// Reads the record, keeps the values that differ, and validates the record as it would be (errors: exit 2).
pub(crate) async fn prepare(ns: &NetSuite, wanted: &[(&'static str, Value)]) -> Result<Prepared> {
    let obs = settings::observe(ns).await?;
    let changes = settings::diff(&obs.values, wanted);
    let mut after = obs.values.clone();
    for (id, _, to) in &changes {
        after.insert(id.to_string(), to.clone());
    }
    let changed: Vec<&str> = changes.iter().map(|(id, _, _)| *id).collect();
    let errors = settings::validate(
        &after,
        &obs.present,
        &changed,
        ns.account(),
        &deployment_context(ns).await?,
    );
    if !errors.is_empty() {
        let text: Vec<String> = errors.iter().map(|(f, e)| format!("{f}: {e}")).collect();
        return Err(Failure::usage(text.join("; "))
            .with_hint("nothing was changed")
            .into());
    }
    Ok(Prepared { obs, changes })
}

pub(crate) struct Committed {
    pub backup_id: Option<String>,
    /// Fields that did not read back with the new value.
    pub wrong: Vec<&'static str>,
    pub back: settings::Observation,
}

/// Backs up the fields about to change, PATCHes only them, and reads the record back.
pub(crate) async fn commit(
    ctx: &Ctx<'_>,
    ns: &NetSuite,
    obs: &settings::Observation,
    changes: &[(&'static str, Value, Value)],
    command: &str,
) -> Result<Committed> {
    let previous: Map<String, Value> = changes
        .iter()
        .map(|(id, from, _)| (id.to_string(), from.clone()))
        .collect();
    let backup_id = backup::write(
        &ctx.profile_name(),
        &ns.account().to_string(),
        command,
        vec![backup::Entry {
            kind: "settings".into(),
            target: format!("{RECORD_TYPE}/{}", obs.id),
            values: previous,
        }],
    )?;
    ns.record_patch(RECORD_TYPE, &obs.id, &settings::patch_body(changes))
        .await?;
    let back = settings::observe(ns).await?;
    let wrong = changes
        .iter()
        .filter(|(id, _, to)| settings::diff(&back.values, &[(id, to.clone())]).len() == 1)
        .map(|(id, _, _)| *id)
        .collect();
    Ok(Committed {
        backup_id,
        wrong,
        back,
    })
}

async fn set(ctx: &mut Ctx<'_>, wanted: Vec<(&'static str, Value)>) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let ns = &clients.netsuite;
    let account = ns.account().clone();
    let Prepared { obs, changes } = prepare(ns, &wanted).await?;
    if changes.is_empty() {
        if ctx.out.json {
            ctx.out
                .print_json(&json!({ "account": account.to_string(), "changes": [], "ok": true }));
        } else {
            ctx.out
                .print("Nothing to change: the settings record already has these values.");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Value> = changes
        .iter()
        .map(|(id, from, to)| {
            json!({
                "setting": settings::field(id).map(|f| f.0).unwrap_or(id),
                "field": id,
                "from": from,
                "to": to,
            })
        })
        .collect();
    if !ctx.out.json {
        ctx.out.print(&format!(
            "NetSuite account {account}: {RECORD_TYPE} record {}",
            obs.id
        ));
        let mut t = ctx.out.table(&["Setting", "Now", "New"]);
        for (id, from, to) in &changes {
            t.add_row(vec![
                settings::field(id).map(|f| f.0).unwrap_or(id).to_string(),
                settings::show(Some(from)),
                settings::show(Some(to)),
            ]);
        }
        ctx.out.print_table(&t);
    }
    if ctx.global.dry_run {
        if ctx.out.json {
            ctx.out.print_json(
                &json!({ "account": account.to_string(), "changes": rows, "dry_run": true }),
            );
        } else {
            ctx.out.print("Dry run: nothing was changed.");
        }
        return Ok(ExitCode::SUCCESS);
    }
    if !interact::confirm(
        ctx,
        &format!(
            "Change {} setting(s) in NetSuite account {account}?",
            changes.len()
        ),
    )? {
        ctx.out.print("Nothing was changed.");
        return Ok(ExitCode::from(1));
    }
    let Committed {
        backup_id,
        wrong,
        back,
    } = commit(ctx, ns, &obs, &changes, "settings set").await?;
    let findings = settings::check(&back.values, &back.present, &account);
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "account": account.to_string(),
            "changes": rows,
            "backup": backup_id,
            "verified": wrong.is_empty(),
            "findings": findings,
            "ok": wrong.is_empty(),
        }));
    } else {
        if let Some(id) = &backup_id {
            ctx.out
                .note(&format!("Backed up the previous values as {id}."));
        }
        if wrong.is_empty() {
            ctx.out.print(&format!(
                "Changed and read back: {} setting(s) now have the new values.",
                changes.len()
            ));
        } else {
            ctx.out.print(&format!(
                "Read back: these did not take the new value: {}",
                wrong.join(", ")
            ));
        }
        super::print_findings(
            ctx,
            findings
                .iter()
                .filter(|f| f.verdict != crate::steps::Verdict::Ok),
        );
    }
    Ok(super::checks_exit(wrong.is_empty()))
}

async fn edit(ctx: &mut Ctx<'_>) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let obs = settings::observe(&clients.netsuite).await?;
    drop(clients);
    let mut text = String::from(
        "# oa-rt settings edit: change values, save and close the editor. An empty string clears a field.\n",
    );
    let mut original: Map<String, Value> = Map::new();
    for (name, id, kind, label) in FIELDS {
        if !obs.present.iter().any(|p| p == id) {
            continue;
        }
        let v = obs.values.get(*id).cloned().unwrap_or(Value::Null);
        let line = match (kind, &v) {
            (settings::Kind::Bool, Value::Bool(b)) => b.to_string(),
            (settings::Kind::Bool, _) => "false".into(),
            (_, Value::String(s)) => toml::Value::String(s.clone()).to_string(),
            _ => "\"\"".into(),
        };
        text.push_str(&format!("\n# {label}\n{name} = {line}\n"));
        original.insert(name.to_string(), v);
    }
    let edited = dialoguer::Editor::new()
        .extension(".toml")
        .edit(&text)
        .map_err(|e| {
            Failure::usage(format!("cannot run the editor: {e}")).with_hint("set VISUAL or EDITOR")
        })?;
    let Some(edited) = edited else {
        ctx.out
            .print("The editor was closed without saving: nothing was changed.");
        return Ok(ExitCode::SUCCESS);
    };
    let table: toml::Table = edited.parse().map_err(|e: toml::de::Error| {
        Failure::usage(format!(
            "the edited settings are not valid TOML: {}",
            e.message().trim()
        ))
    })?;
    let mut assignments = Vec::new();
    for (key, value) in &table {
        let raw = match value {
            toml::Value::Boolean(b) => b.to_string(),
            toml::Value::String(s) => s.clone(),
            other => {
                return Err(Failure::usage(format!(
                    "{key} = {other}: expected true/false or a string"
                ))
                .into());
            }
        };
        assignments.push(format!("{key}={raw}"));
    }
    let parsed = parse_all(&assignments)?;
    set(ctx, parsed).await
}
