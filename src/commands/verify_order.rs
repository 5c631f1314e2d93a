//! `oa-rt verify-order`: for each record type the v2.0 send script is deployed on, whether another afterSubmit
//! script can run after it — by the documented rules where they decide, by the administrator's recorded
//! confirmation where only the Scripted Records page does. The tool never claims to have read the order.

use std::collections::BTreeMap;
use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

use super::{Ctx, checks_exit};
use crate::cli::VerifyOrderArgs;
use crate::error::Failure;
use crate::interact::{self, GuideOutcome, Guided};
use crate::steps::order::{self, Confirmation, ConfirmationsFile, RecordTypeScripts, Relation};
use crate::steps::{Verdict, bundles, deployments};

pub async fn run(ctx: &mut Ctx<'_>, args: &VerifyOrderArgs) -> Result<ExitCode> {
    let clients = ctx.clients().await?;
    let ns = &clients.netsuite;
    let account = ns.account().to_string();
    let deploy = deployments::observe(ns, ns.role()).await?;
    let mut types = order::observe(ns, &deploy).await?;
    if let Some(list) = &args.record_types {
        let wanted = deployments::parse_record_types(list).map_err(Failure::usage)?;
        types.retain(|t| wanted.contains(&t.record_type));
    }
    let installed = bundles::installed_versions(ns).await?;
    let mut confirmations = ConfirmationsFile::load(&args.confirmations)?;
    let send_name = deploy
        .script(deployments::ApiVersion::V2)
        .map(|s| s.name.clone())
        .unwrap_or_else(|| "OpenAir: Send Record to OpenAir v2.0".into());

    let mut waiting = Vec::new();
    if let Some(t) = &args.confirm {
        let t = t.to_ascii_uppercase();
        let Some(rt) = types.iter().find(|x| x.record_type == t) else {
            let on: Vec<&str> = types.iter().map(|x| x.record_type.as_str()).collect();
            return Err(Failure::usage(format!(
                "the v2.0 send script is not deployed on {t}; it is on: {}",
                on.join(", ")
            ))
            .with_hint("deploy it first with `oa-rt deploy`")
            .into());
        };
        let basis = Basis {
            account: &account,
            send_name: &send_name,
            installed: &installed,
        };
        let open = confirm(
            ctx,
            true,
            rt,
            &basis,
            &mut confirmations,
            &args.confirmations,
        )
        .await?;
        waiting.extend(open);
    }

    let reports = order::evaluate(&types, &confirmations, &account, &installed);
    let ok = reports.iter().all(|r| r.verdict.passes());
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "account": account,
            "send_script": send_name,
            "confirmations_file": args.confirmations,
            "record_types": reports,
            "ok": ok,
        }));
    } else {
        print(ctx, &account, &send_name, &reports);
    }
    if !waiting.is_empty() {
        return Err(interact::waiting_failure(&waiting).into());
    }
    Ok(checks_exit(ok))
}

/// What a confirmation rests on besides the record type's scripts.
pub(crate) struct Basis<'a> {
    pub account: &'a str,
    pub send_name: &'a str,
    pub installed: &'a BTreeMap<String, String>,
}

/// `--confirm TYPE`: show where to look, get the person's answer (or play the person on an emulator), record it.
/// Returns the guided step when nobody could answer. With `yes_is_an_answer`, `--yes` states the person looked
/// (`verify-order --confirm TYPE --yes`); elsewhere only a person on a terminal (or the emulator) can answer.
pub(crate) async fn confirm(
    ctx: &mut Ctx<'_>,
    yes_is_an_answer: bool,
    rt: &RecordTypeScripts,
    basis: &Basis<'_>,
    file: &mut ConfirmationsFile,
    path: &std::path::Path,
) -> Result<Option<Guided>> {
    let Basis {
        account,
        send_name,
        installed,
    } = *basis;
    let after: Vec<&str> = rt
        .others
        .iter()
        .filter(|s| order::relation(s) == Relation::RunsAfter)
        .map(|s| s.scriptid.as_str())
        .collect();
    if !after.is_empty() {
        return Err(Failure::new(
            crate::error::Kind::Failed,
            format!("nothing to confirm on {}: the localized script(s) {} run after the send script whatever the page says", rt.record_type, after.join(", ")),
        )
        .into());
    }
    let page = order::page_order_scripts(rt);
    if page.is_empty() {
        ctx.out.note(&format!(
            "{}: nothing to confirm, no other afterSubmit script can run after the send script.",
            rt.record_type
        ));
        return Ok(None);
    }
    let names: Vec<String> = rt
        .others
        .iter()
        .filter(|s| page.contains(&s.scriptid))
        .map(|s| format!("{} ({})", s.name, s.scriptid))
        .collect();
    let guided = Guided {
        title: format!("Check the running order of {} scripts", rt.record_type),
        why: "no API reads the Scripted Records order; only the page shows it".into(),
        steps: vec![
            "Customization > Scripting > Scripted Records".into(),
            format!("Click {} and then Edit", rt.record_type),
            format!("In the User Event Scripts, After Submit list, find \"{send_name}\""),
            format!("It must be below: {}", names.join("; ")),
            "If it is not, drag it to the bottom of the list and click Save".into(),
        ],
        simulate: Some((
            "order".into(),
            json!({ "recordType": rt.record_type, "last": rt.send_script }),
        )),
    };
    let outcome = if yes_is_an_answer && ctx.global.yes && !ctx.simulating() {
        // --yes: the person running the command states they have looked (as for any other --yes).
        eprintln!("{}", guided.render().trim_end());
        GuideOutcome::Reported
    } else {
        interact::guide_asking(ctx, &guided, "Is the send script below all of them now?").await?
    };
    let by = match outcome {
        GuideOutcome::Waiting => return Ok(Some(guided)),
        GuideOutcome::Declined => {
            ctx.out.note(&format!(
                "Not recorded: drag the send script to the bottom of {}'s After Submit list, Save, and confirm again.",
                rt.record_type
            ));
            return Ok(None);
        }
        GuideOutcome::Simulated => "the emulator's simulated operator".to_string(),
        GuideOutcome::Reported => who(),
    };
    let confirmation = Confirmation {
        account: account.to_string(),
        record_type: rt.record_type.clone(),
        confirmed_at: crate::clock::rfc3339(),
        confirmed_by: by,
        send_script: rt.send_script.clone(),
        scripts: page,
        bundles: order::relevant_bundles(rt, installed),
    };
    file.record(path, confirmation)?;
    ctx.out.note(&format!(
        "Recorded the confirmation for {} in {}.",
        rt.record_type,
        path.display()
    ));
    Ok(None)
}

/// Who confirmed: the login and host, as far as the environment says.
fn who() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "someone".into());
    let host = std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_default();
    if host.is_empty() {
        user
    } else {
        format!("{user}@{host}")
    }
}

fn print(ctx: &Ctx<'_>, account: &str, send_name: &str, reports: &[order::TypeReport]) {
    let out = ctx.out;
    out.print(&format!(
        "NetSuite account {account}: does \"{send_name}\" run after every other afterSubmit script?"
    ));
    if reports.is_empty() {
        out.print("The v2.0 send script is not deployed on any record type (`oa-rt deploy`).");
        return;
    }
    let mut t = out.table(&[
        "Record type",
        "Verdict",
        "Other afterSubmit scripts",
        "Detail",
    ]);
    for r in reports {
        let scripts = r
            .scripts
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    s.script,
                    match s.relation {
                        Relation::RunsBefore => "runs before: has beforeSubmit",
                        Relation::RunsAfter => "runs after: localized",
                        Relation::PageOrder => "set on the Scripted Records page",
                    }
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        t.add_row(vec![
            comfy_table::Cell::new(&r.record_type),
            out.verdict_cell(r.verdict),
            comfy_table::Cell::new(if scripts.is_empty() {
                "-".to_string()
            } else {
                scripts
            }),
            comfy_table::Cell::new(&r.detail),
        ]);
    }
    out.print_table(&t);
    for r in reports.iter().filter(|r| !r.verdict.passes()) {
        if let Some(fix) = &r.fix {
            out.print(&format!("{}: {fix}", r.record_type));
        }
    }
    if reports.iter().any(|r| r.verdict == Verdict::Confirmed) {
        out.print("Confirmed means a person looked at the page and said so; oa-rt cannot read the order itself.");
    }
}
