//! `oa-rt emulator ui ACTION`: performs a web-UI action on a running emulator through its UI surface
//! (`POST /_emulator/ui/<action>`), and prints what happened.

use anyhow::Result;
use serde_json::{Map, Value, json};

use crate::cli::{EmulatorUiArgs, Switch, UiCommand};
use crate::commands::Ctx;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::platform::ui::UiAction;

pub async fn run(ctx: &mut Ctx<'_>, args: &EmulatorUiArgs) -> Result<ExitStatus> {
    let action = action(&args.action)?;
    let base = ctx.emulator_url(args.url.as_ref()).await?;
    let answer = crate::client::emulator_ui::perform(&base, &action).await?;
    if ctx.out.json {
        ctx.out.print_json(&answer);
    } else {
        print_human(ctx, action.name(), &answer);
    }
    Ok(ExitStatus::Ok)
}

/// The UI action the command line asks for.
fn action(command: &UiCommand) -> Result<UiAction> {
    let on = |s: &Option<Switch>| s.map(|s| s == Switch::On);
    Ok(match command {
        UiCommand::InstallBundle { bundle, to_version } => UiAction::InstallBundle {
            bundle: bundle.clone(),
            version: to_version.clone(),
        },
        UiCommand::Order {
            record_type,
            scripts,
            last,
        } => UiAction::Order {
            record_type: record_type.clone(),
            scripts: scripts.clone(),
            last: last.clone(),
        },
        UiCommand::EditDeployment {
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
            UiAction::EditDeployment {
                deployment: deployment.clone(),
                set,
            }
        }
        UiCommand::SetPermission {
            role,
            permission,
            level,
        } => UiAction::SetPermission {
            role: role.clone(),
            permission: permission.clone(),
            level: *level,
        },
        UiCommand::SaveRecord {
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
            UiAction::SaveRecord {
                record: record.clone(),
                context: context.clone(),
                event: event.clone(),
                set: fields,
            }
        }
        UiCommand::OpenairAdmin {
            realtime,
            oauth2,
            leads,
            prospects,
        } => UiAction::OpenairAdmin {
            realtime: on(realtime),
            oauth2: on(oauth2),
            leads: on(leads),
            prospects: on(prospects),
        },
        UiCommand::GenerateCertificate => UiAction::GenerateCertificate,
        UiCommand::ScheduledRun { state } => UiAction::ScheduledRun {
            state: state.clone(),
        },
        UiCommand::Clock { advance } => UiAction::Clock {
            advance_seconds: *advance,
        },
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
