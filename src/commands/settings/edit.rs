//! `oa-rt settings edit`: the settings in `$VISUAL` / `$EDITOR` as TOML, then `settings set` with what changed.

use anyhow::Result;
use serde_json::Value;

use crate::commands::Ctx;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::steps::settings::{self, FIELDS, FieldKind};

/// Opens `text` in `$VISUAL`, else `$EDITOR`, else `vi` (run by `sh`, so the variable may carry arguments), and
/// answers what was saved, or None when the file was not changed. An editor that cannot start or exits with a
/// failure ends the command (exit 2): what it left behind is not taken as the person's answer.
fn run_editor(text: &str) -> Result<Option<String>> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    let file = tempfile::Builder::new()
        .prefix("oa-rt-settings-")
        .suffix(".toml")
        .tempfile()
        .map_err(|e| Failure::usage(format!("cannot make a file to edit: {e}")))?;
    std::fs::write(file.path(), text)
        .map_err(|e| Failure::usage(format!("cannot make a file to edit: {e}")))?;
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(file.path())
        .status()
        .map_err(|e| {
            Failure::usage(format!(
                "cannot run the editor '{editor}': {e}; nothing was changed"
            ))
            .with_hint("set VISUAL or EDITOR to an editor that works here")
        })?;
    if !status.success() {
        let how = status
            .code()
            .map(|c| format!("exit status {c}"))
            .unwrap_or_else(|| "a signal".into());
        return Err(Failure::usage(format!(
            "the editor '{editor}' failed ({how}); nothing was changed"
        ))
        .with_hint("set VISUAL or EDITOR to an editor that works here, or use `oa-rt settings set KEY=VALUE`")
        .into());
    }
    let edited = std::fs::read_to_string(file.path())
        .map_err(|e| Failure::usage(format!("cannot read the edited settings: {e}")))?;
    Ok((edited != text).then_some(edited))
}

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
    let edited = run_editor(&text)?;
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
