//! `oa-rt emulator ui ACTION`: performs a web-UI action on a running emulator through its UI surface
//! (`POST /_emulator/ui/<action>`), and prints what happened.

use std::process::ExitCode;

use anyhow::Result;
use serde_json::{Map, Value, json};

use crate::cli::{EmulatorUiArgs, Switch, UiAction};
use crate::commands::Ctx;
use crate::error::Failure;

pub async fn run(ctx: &mut Ctx<'_>, args: &EmulatorUiArgs) -> Result<ExitCode> {
    let (action, body) = request(&args.action)?;
    let base = ctx.emulator_url(args.url.as_ref()).await?;
    let answer = crate::client::emulator_ui::perform(&base, action, &body).await?;
    if ctx.out.json {
        ctx.out.print_json(&answer);
    } else {
        print_human(ctx, action, &answer);
    }
    Ok(ExitCode::SUCCESS)
}

/// The action's name on the UI surface and its JSON arguments.
fn request(action: &UiAction) -> Result<(&'static str, Value)> {
    let on = |s: &Option<Switch>| s.map(|s| s == Switch::On);
    Ok(match action {
        UiAction::InstallBundle { bundle, to_version } => (
            "install-bundle",
            json!({ "bundle": bundle, "version": to_version }),
        ),
        UiAction::Order {
            record_type,
            scripts,
            last,
        } => (
            "order",
            json!({ "recordType": record_type, "scripts": scripts, "last": last }),
        ),
        UiAction::EditDeployment {
            deployment,
            deployed,
            status,
            all_roles,
            run_as_role,
            log_level,
            event_type,
        } => {
            let mut set = Map::new();
            let mut put = |k: &str, v: Option<Value>| {
                if let Some(v) = v {
                    set.insert(k.to_string(), v);
                }
            };
            put("isdeployed", deployed.map(Value::Bool));
            put("status", status.clone().map(Value::String));
            put("allroles", all_roles.map(Value::Bool));
            put("runasrole", run_as_role.map(|r| json!(r)));
            put("loglevel", log_level.clone().map(Value::String));
            put("eventtype", event_type.clone().map(Value::String));
            if set.is_empty() {
                return Err(
                    Failure::usage("edit-deployment needs at least one field to change")
                        .with_hint("for example --deployed true --status RELEASED --all-roles true")
                        .into(),
                );
            }
            (
                "edit-deployment",
                json!({ "deployment": deployment, "set": set }),
            )
        }
        UiAction::SetPermission {
            role,
            permission,
            level,
        } => (
            "set-permission",
            json!({ "role": role, "permission": permission, "level": level }),
        ),
        UiAction::SaveRecord {
            record,
            context,
            event,
            set,
        } => {
            let mut fields = Map::new();
            for pair in set {
                let (k, v) = pair.split_once('=').ok_or_else(|| {
                    Failure::usage(format!("--set {pair}: expected FIELD=VALUE"))
                        .with_hint("for example --set comments=hello")
                })?;
                fields.insert(k.trim().to_string(), Value::String(v.to_string()));
            }
            (
                "save-record",
                json!({ "record": record, "context": context, "event": event, "set": fields }),
            )
        }
        UiAction::OpenairAdmin {
            realtime,
            oauth2,
            leads,
            prospects,
        } => (
            "openair-admin",
            json!({ "realtime": on(realtime), "oauth2": on(oauth2), "leads": on(leads), "prospects": on(prospects) }),
        ),
        UiAction::GenerateCertificate => ("generate-certificate", json!({})),
        UiAction::ScheduledRun { state } => ("scheduled-run", json!({ "state": state })),
        UiAction::Clock { advance } => ("clock", json!({ "advance_seconds": advance })),
    })
}

fn print_human(ctx: &Ctx<'_>, action: &str, answer: &Value) {
    let s = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    };
    match action {
        "save-record" => {
            ctx.out.print(&format!(
                "Saved {} (context {}, event {}). User event scripts, in the order they ran:",
                s(&answer["record"]),
                s(&answer["context"]),
                s(&answer["event"])
            ));
            for run in answer["scripts"].as_array().into_iter().flatten() {
                ctx.out.print(&format!(
                    "  {:<12} {:<42} {}",
                    s(&run["entry"]),
                    s(&run["script"]),
                    s(&run["result"])
                ));
            }
            ctx.out
                .print(&format!("Real-time import: {}", s(&answer["send"])));
            ctx.out
                .print(&format!("NetSuite now: {}", s(&answer["netsuite_value"])));
            ctx.out
                .print(&format!("OpenAir now:  {}", s(&answer["openair_value"])));
        }
        _ => {
            if let Some(m) = answer.get("message").and_then(|m| m.as_str()) {
                ctx.out.print(m);
            }
            for (k, v) in answer.as_object().into_iter().flatten() {
                if k == "ok" || k == "message" {
                    continue;
                }
                ctx.out.print(&format!("{k}: {}", s(v)));
            }
        }
    }
}
