//! `oa-rt settings edit`: the settings in `$VISUAL` / `$EDITOR` as TOML, then `settings set` with what changed.

use anyhow::Result;
use serde_json::Value;

use crate::commands::Ctx;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::steps::settings::{self, FIELDS, FieldKind};

pub async fn run(ctx: &mut Ctx<'_>) -> Result<ExitStatus> {
    let job = ctx.job().await?;
    let obs = settings::observe_now(&job.clients.netsuite).await?;
    drop(job);
    let mut text = String::from(
        "# oa-rt settings edit: change values, save and close the editor. An empty string clears a field.\n",
    );
    for f in FIELDS.iter().filter(|f| obs.has_field(f)) {
        let v = obs.values.get(f.id).cloned().unwrap_or(Value::Null);
        let line = match (f.kind, &v) {
            (FieldKind::Checkbox, Value::Bool(b)) => b.to_string(),
            (FieldKind::Checkbox, _) => "false".into(),
            (_, Value::String(s)) => toml::Value::String(s.clone()).to_string(),
            _ => "\"\"".into(),
        };
        text.push_str(&format!("\n# {}\n{} = {line}\n", f.label, f.key));
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
        return Ok(ExitStatus::Ok);
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
    let parsed = super::parse_all(&assignments)?;
    super::set::run(ctx, parsed, false).await
}
