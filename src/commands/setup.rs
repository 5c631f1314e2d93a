//! `oa-rt setup`: the wizard. Choose (or create) a profile and test it, show the status, then for each step in the
//! seed's order that is not right: explain it, show its plan, ask, apply or guide, verify, move on. Every step
//! re-observes the account first, so a run stopped anywhere (Ctrl-C included) is finished by the next run. At the
//! end the choices go to `oa-rt.toml`, the final status is shown, and a test import proves the whole chain.
//!
//! With `--yes` it takes the defaults (or the values of an existing `oa-rt.toml`) and needs no terminal; without a
//! terminal and without `--yes` it refuses.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;
use dialoguer::{Confirm, Input, Select};

use super::Ctx;
use super::engine::{self, DesiredFile, Outcome, Step};
use crate::cli::SetupArgs;
use crate::config;
use crate::desired::DesiredState;
use crate::error::Failure;
use crate::interact;
use crate::steps::{Verdict, deployments, settings};

pub async fn run(ctx: &mut Ctx<'_>, args: &SetupArgs) -> Result<ExitCode> {
    let asking = !ctx.global.yes;
    if asking && !interact::is_interactive() {
        return Err(Failure::usage(
            "setup asks questions and there is no terminal to ask them on; nothing was changed",
        )
        .with_hint("run it in a terminal, or with --yes to take the defaults (or the values of oa-rt.toml)")
        .into());
    }
    // Parse the desired-state file before anything else: a broken file costs nothing.
    let existing = crate::desired::load(&args.desired.path)?;
    let timeout = Duration::from_secs(args.timeout);

    // 1. The profile.
    if ctx.global.emulator.is_none() {
        choose_profile(ctx, asking)?;
    }
    let (clients, facts) = engine::connect(ctx).await?;
    ctx.out.print(&format!(
        "Profile '{}': NetSuite account {} and OpenAir {}",
        facts.profile,
        clients.netsuite.account(),
        facts.openair_url
    ));
    let auth = clients.netsuite.authenticate().await?;
    let who = clients.openair.check().await?;
    ctx.out.print(&format!(
        "  connected: NetSuite ({}, {} ms), OpenAir (as {}, {} ms)",
        auth.detail,
        auth.round_trip.as_millis(),
        who.user.nickname,
        who.round_trip.as_millis()
    ));

    // 2. The desired state: the file's, else defaults from the account; asked for when there is a person.
    let snap = engine::observe(&clients, &engine::execute_as(existing.as_ref(), &facts)).await?;
    let mut file = DesiredFile::new(&args.desired.path, existing, &snap);
    if asking {
        ask_choices(&mut file.state, &args.desired.path)?;
    }
    let want = file.want(&facts)?;
    let confirmations_path = file.confirmations_path();

    // 3. The status before.
    let now = crate::clock::unix();
    let before = engine::checks(
        &snap,
        &want,
        &engine::confirmations(&file)?,
        crate::proof::load(&snap.account).as_ref(),
        now,
    );
    ctx.out.print("\nStatus now:");
    engine::print_checks(ctx, &before);

    // 4. Each step: observe, plan, explain, ask, apply, verify.
    let mut open = Vec::new();
    let mut changed_anything = false;
    for (n, step) in Step::ALL.iter().enumerate() {
        let snap = engine::observe(&clients, &want.role).await?;
        let confirmations = engine::confirmations(&file)?;
        let now = crate::clock::unix();
        let items: Vec<engine::Item> = engine::plan(&snap, &want, &confirmations, now)
            .into_iter()
            .filter(|i| i.step == *step)
            .collect();
        let failing: Vec<engine::Check> = engine::checks(&snap, &want, &confirmations, None, now)
            .into_iter()
            .filter(|c| c.step == *step && c.verdict == Verdict::Fail)
            .collect();
        let label = format!("[{}/{}] {}", n + 1, Step::ALL.len(), step.as_str());
        if items.is_empty() {
            if failing.is_empty() {
                ctx.out.print(&format!("\n{label}: nothing to do"));
            } else {
                ctx.out
                    .print(&format!("\n{label}: failing, and oa-rt cannot change it:"));
                engine::print_failing(ctx, &failing);
            }
            continue;
        }
        ctx.out.print(&format!("\n{label}: {}", step.explain()));
        engine::print_plan(ctx, &items);
        let go = if asking {
            Confirm::new()
                .with_prompt(match items.len() {
                    1 => "Make this change?".to_string(),
                    n => format!("Make these {n} changes?"),
                })
                .default(true)
                .interact()
                .map_err(interact::ask_failed)?
        } else {
            true
        };
        if !go {
            ctx.out
                .print("  Skipped: the next run of `oa-rt setup` offers it again.");
            continue;
        }
        let applied = engine::apply(
            ctx,
            &engine::Apply {
                clients: &clients,
                want: &want,
                confirmations: &confirmations_path,
                command: "setup",
                timeout,
            },
            &items,
        )
        .await?;
        changed_anything |= applied.done.iter().any(|d| {
            matches!(
                d.outcome,
                Outcome::Applied | Outcome::Guided | Outcome::Unobservable
            )
        });
        super::plan::print_outcomes(ctx, &applied.done);
        open.extend(applied.open);
        // Verify this step.
        let after = engine::observe(&clients, &want.role).await?;
        let still = engine::plan(
            &after,
            &want,
            &engine::confirmations(&file)?,
            crate::clock::unix(),
        )
        .into_iter()
        // OpenAir's form cannot be observed: the certificate step and the test import show its effect.
        .filter(|i| i.step == *step && !matches!(i.action, engine::Action::OpenairForm { .. }))
        .count();
        ctx.out.print(&if *step == Step::Openair && still == 0 {
            "  Not observable: no API shows OpenAir's admin form; the certificate step and the closing test import show its effect.".to_string()
        } else if still == 0 {
            format!("  Verified: {} is done.", step.as_str())
        } else {
            format!("  Verified: {still} change(s) of {} are still needed.", step.as_str())
        });
    }

    // 5. The choices, written down for `plan`, `apply` and the next run.
    let final_snap = engine::observe(&clients, &want.role).await?;
    let confirmations = engine::confirmations(&file)?;
    let now = crate::clock::unix();
    let in_sync = engine::plan(&final_snap, &want, &confirmations, now).is_empty();
    let recorded = file
        .state
        .applied
        .iter()
        .any(|a| a.account == final_snap.account);
    if in_sync && (changed_anything || !recorded) {
        file.state
            .applied
            .retain(|a| a.account != final_snap.account);
        file.state.applied.push(crate::desired::Applied {
            account: final_snap.account.clone(),
            sandbox: final_snap.sandbox,
            at: crate::clock::rfc3339(),
        });
    }
    let unchanged = crate::desired::load(&file.path)?.as_ref() == Some(&file.state);
    if !unchanged {
        crate::desired::save(&file.path, &file.state)?;
        ctx.out.print(&format!(
            "\nWrote the choices to {} (`oa-rt plan` compares the account with it; `oa-rt apply` promotes it to another profile).",
            file.path.display()
        ));
    }

    // 6. The end-to-end proof, then the final status.
    let mut landed = None;
    if !args.no_test_import && in_sync {
        landed = test_import(ctx, &clients, timeout, &mut open).await?;
    }
    let final_snap = engine::observe(&clients, &want.role).await?;
    let checks = engine::checks(
        &final_snap,
        &want,
        &confirmations,
        crate::proof::load(&final_snap.account).as_ref(),
        crate::clock::unix(),
    );
    ctx.out.print("\nStatus after setup:");
    engine::print_checks(ctx, &checks);
    let healthy = checks.iter().all(|c| c.verdict != Verdict::Fail);
    ctx.out.print(&match (healthy, changed_anything, landed) {
        (true, _, Some(true)) => "Healthy: the real-time import works end to end.".to_string(),
        (true, false, _) => "Healthy: nothing to do.".to_string(),
        (true, true, _) => "Healthy.".to_string(),
        (false, _, _) => {
            "Not healthy yet: see the checks above; run `oa-rt setup` again once they are fixed."
                .to_string()
        }
    });
    if !open.is_empty() {
        return Err(interact::waiting_failure(&open).into());
    }
    Ok(super::checks_exit(healthy && landed != Some(false)))
}

/// Selects the profile: `--profile`, the only one, or (asking) one from the list or a new one.
fn choose_profile(ctx: &mut Ctx<'_>, asking: bool) -> Result<()> {
    let path = config::config_path(ctx.global.config.as_deref())?;
    let file = config::load(&path)?;
    let names = file.names();
    if ctx.global.profile.is_some() || (!asking && !names.is_empty()) {
        return Ok(());
    }
    if !asking {
        return Err(Failure::usage(format!("no profile in {}", path.display()))
            .with_hint("add one with `oa-rt profile add` (or run `oa-rt setup` in a terminal), or try the emulator: oa-rt --emulator=upgrade setup --yes")
            .into());
    }
    let default = file.select(None, &path).map(|(n, _)| n).ok();
    let mut options = names.clone();
    options.push("(a new profile)".into());
    let start = default
        .as_ref()
        .and_then(|d| names.iter().position(|n| n == d))
        .unwrap_or(0);
    let pick = if names.is_empty() {
        names.len()
    } else {
        Select::new()
            .with_prompt("Which profile (NetSuite account and OpenAir company)?")
            .items(&options)
            .default(start)
            .interact()
            .map_err(interact::ask_failed)?
    };
    let name = if pick == names.len() {
        super::profile::add_interactively(ctx)?
    } else {
        names[pick].clone()
    };
    ctx.chosen_profile = Some(name);
    Ok(())
}

/// Asks for what the desired state holds, with the current values as defaults.
fn ask_choices(state: &mut DesiredState, path: &std::path::Path) -> Result<()> {
    let ask_err = interact::ask_failed;
    let types: String = Input::new()
        .with_prompt("Record types to import in real time (comma-separated)")
        .default(state.record_types.join(","))
        .validate_with(|s: &String| deployments::parse_record_types(s).map(|_| ()))
        .interact_text()
        .map_err(ask_err)?;
    state.record_types = types
        .split(',')
        .map(|t| t.trim().to_ascii_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let mut email = Input::<String>::new()
        .with_prompt("E-mail address for real-time import errors")
        .validate_with(|s: &String| settings::valid_email(s));
    if let Some(e) = &state.error_email {
        email = email.default(e.clone());
    }
    state.error_email = Some(email.interact_text().map_err(ask_err)?);
    state.include_leads = Confirm::new()
        .with_prompt("Import leads with customers?")
        .default(state.include_leads)
        .interact()
        .map_err(ask_err)?;
    state.include_prospects = Confirm::new()
        .with_prompt("Import prospects with customers?")
        .default(state.include_prospects)
        .interact()
        .map_err(ask_err)?;
    state.validate(path)?;
    Ok(())
}

/// Saves a customer and watches it arrive in OpenAir. On a real account without a person it is left for later.
async fn test_import(
    ctx: &mut Ctx<'_>,
    clients: &crate::client::Clients,
    timeout: Duration,
    open: &mut Vec<interact::Guided>,
) -> Result<Option<bool>> {
    if !ctx.simulating() && !interact::is_interactive() {
        ctx.out.print("\nTest import: needs a person to save a record in NetSuite; run `oa-rt test-import --record customer:ID` in a terminal.");
        return Ok(None);
    }
    let rows = clients
        .netsuite
        .suiteql("SELECT id, companyname FROM customer WHERE isinactive = 'F' ORDER BY id")
        .await?;
    let Some(id) = rows.first().and_then(|r| r.get("id")).map(str::to_string) else {
        ctx.out
            .print("\nTest import: no active customer to save; skipped.");
        return Ok(None);
    };
    ctx.out.print(&format!(
        "\nTest import: saving customer {id} and watching it arrive in OpenAir"
    ));
    let proof = super::test_import::prove(ctx, clients, "customer", &id, timeout).await?;
    ctx.out.print(&format!("  {}", proof.message));
    open.extend(proof.waiting);
    Ok(Some(proof.landed))
}
