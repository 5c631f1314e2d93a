//! `oa-rt setup`: the wizard. Choose (or create) a profile and test it, show the status, then for each step in the
//! seed's order that is not right: explain it, show its plan, ask, apply or guide, verify, move on. Every step
//! re-observes the account first, so a run stopped anywhere (Ctrl-C included) is finished by the next run. At the
//! end the choices go to `oa-rt.toml`, a test import proves the whole chain, and the final status is shown.
//!
//! With `--yes` it takes the defaults (or the values of an existing `oa-rt.toml`) and needs no terminal; without a
//! terminal and without `--yes` it refuses.

use std::time::Duration;

use anyhow::Result;
use dialoguer::{Confirm, Input, Select};

use super::{Ctx, render};
use crate::cli::SetupArgs;
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::job::Job;
use crate::job::policy::Health;
use crate::job::target::DesiredState;
use crate::operator::{self, Operator};
use crate::steps::{Action, STEPS, Verdict, deployments, settings};

pub async fn run(ctx: &mut Ctx<'_>, args: &SetupArgs) -> Result<ExitStatus> {
    let asking = !ctx.global.yes;
    if asking && !operator::is_interactive() {
        return Err(Failure::usage(
            "setup asks questions and there is no terminal to ask them on; nothing was changed",
        )
        .with_hint("run it in a terminal, or with --yes to take the defaults (or the values of oa-rt.toml)")
        .into());
    }
    // Parse the desired-state file before anything else: a broken file costs nothing.
    // `setup` writes the file: one named with --file that does not exist yet is made at the end.
    let existing = crate::job::target::load_or_new(&args.desired.path)?;
    let timeout = Duration::from_secs(args.timeout);

    // 1. The profile.
    if ctx.global.emulator.is_none() {
        choose_profile(ctx, asking)?;
    }
    let job = ctx.job().await?;
    let _lock = ctx.lock_account(&job.account(), "setup")?;
    let out = ctx.out;
    out.print(&format!(
        "Profile '{}': NetSuite account {} and OpenAir {}",
        job.profile,
        job.account(),
        job.openair_url
    ));
    let auth = job.clients.netsuite.authenticate().await?;
    let who = job.clients.openair.check().await?;
    out.print(&format!(
        "  connected: NetSuite ({}, {} ms), OpenAir (as {}, {} ms)",
        auth.detail,
        auth.round_trip.as_millis(),
        who.user.nickname,
        who.round_trip.as_millis()
    ));
    // What the role oa-rt signs in with may ask: only what is refused is shown; its checks degrade, setup goes on.
    render::refused(out, &crate::job::access::probe(&job.clients).await);

    // A run that did not finish (killed, or stopped at a failure) is finished first, to its intent.
    if let Some(status) = super::interrupted::finish_first(ctx, &job).await? {
        return Ok(status);
    }

    // 2. The desired state: the file's, else defaults from the account; asked for when there is a person.
    let mut before = super::look(ctx.out, &job, &args.desired.path, existing).await?;
    if asking {
        // Every question defaults to what the account holds now (else the file's value): Enter changes nothing.
        before.file.state = before.file.state.clone().with_live_values(&before.snap);
        ask_choices(&mut before.file.state, &args.desired.path)?;
        before = super::look_again(ctx.out, &job, &before.file).await?;
    }
    let file = before.file.clone();

    // 3. The status before.
    // One line per step here; each step's details when its turn comes (the full table is `oa-rt status`'s).
    out.print("\nStatus now:");
    render::overview(out, &before.checks);
    if !before.items.is_empty()
        && let Some(refusal) = super::apply::sandbox_first(&before, args.skip_sandbox, "setup")
    {
        return Err(refusal.into());
    }

    // 4. Each step: observe, plan, explain, ask, apply, verify.
    let operator = ctx.operator().await?;
    let mut open = Vec::new();
    let mut changed_anything = false;
    for (n, step) in STEPS.iter().enumerate() {
        let look = super::look_again(ctx.out, &job, &file).await?;
        let items = look.items_of(step.id());
        let label = format!("[{}/{}] {}", n + 1, STEPS.len(), step.id().as_str());
        if items.is_empty() {
            let failing: Vec<_> = look
                .checks
                .iter()
                .filter(|c| c.step == step.id() && c.verdict == Verdict::Fail)
                .collect();
            if failing.is_empty() {
                out.print(&format!("\n{label}: nothing to do"));
            } else {
                out.print(&format!("\n{label}: failing, and oa-rt cannot change it:"));
                render::failing(out, failing);
            }
            continue;
        }
        out.print(&format!("\n{label}: {}", step.explain()));
        render::open_checks(out, look.checks.iter().filter(|c| c.step == step.id()));
        render::plan(out, &items);
        let go = !asking
            || Confirm::new()
                .with_prompt(match items.len() {
                    1 => "Make this change?".to_string(),
                    n => format!("Make these {n} changes?"),
                })
                .default(true)
                .interact()
                .map_err(operator::ask_failed)?;
        if !go {
            out.print("  Skipped: the next run of `oa-rt setup` offers it again.");
            continue;
        }
        let cx = ctx.apply_context(&job, &look.target, &operator, "setup", timeout);
        let applied = crate::job::apply::apply(&cx, &items).await?;
        changed_anything |= applied.done.iter().any(|d| d.outcome.changed());
        render::outcomes(out, &applied.done);
        open.extend(applied.open);
        // Verify this step. OpenAir's form cannot be observed: the certificate step and the test import show its
        // effect.
        let after = super::look_again(ctx.out, &job, &file).await?;
        super::interrupted::settle(
            &after.snap.account,
            after.snap.deployments.as_ref().ok(),
            after.snap.settings.as_ref().ok().map(|s| &s.values),
        )?;
        let still = after
            .items_of(step.id())
            .iter()
            .filter(|i| !matches!(i.action, Action::OpenairForm { .. }))
            .count();
        out.print(&if step.id() == crate::steps::StepId::Openair && still == 0 {
            "  Not observable: no API shows OpenAir's admin form; the certificate step and the closing test import show its effect.".to_string()
        } else if still == 0 {
            format!("  Verified: {} is done.", step.id().as_str())
        } else {
            format!(
                "  Verified: {still} change(s) of {} are still needed.",
                step.id().as_str()
            )
        });
    }

    // 5. The choices, written down for `plan`, `apply` and the next run.
    let end = super::look_again(ctx.out, &job, &file).await?;
    let in_sync = end.items.is_empty();
    let mut state = file.state.clone();
    if in_sync && (changed_anything || !state.applied_to(&end.snap.account)) {
        state.record_applied(&end.snap.account, end.snap.sandbox);
    }
    let unchanged = crate::job::target::load_or_new(&file.path)?.as_ref() == Some(&state);
    if !unchanged {
        crate::job::target::save(&file.path, &state)?;
        out.print(&format!(
            "\nWrote the choices to {} (`oa-rt plan` compares the account with it; `oa-rt apply` promotes it to another profile).",
            file.path.display()
        ));
    }

    // 6. The end-to-end proof, then the final status.
    let mut landed = None;
    if !args.no_test_import && in_sync {
        let emulator = ctx.emulator_behind().await;
        let evidence = end.target.evidence.clone();
        landed = test_import(
            ctx, &job, &operator, emulator, timeout, &evidence, &mut open,
        )
        .await?;
    }
    let last = super::look_again(ctx.out, &job, &file).await?;
    out.print("\nStatus after setup:");
    render::checks(out, &last.checks);
    let health = last.health();
    let healthy = health.passes(args.policy.allow_unverified);
    if health != Health::Healthy {
        render::summary(out, &last.checks, args.policy.allow_unverified);
    }
    out.print(&match (health, changed_anything, landed) {
        (Health::Healthy, _, Some(true)) => {
            "Healthy: the real-time import works end to end.".to_string()
        }
        (Health::Healthy, false, _) => "Healthy: nothing to do.".to_string(),
        (Health::Healthy, true, _) => "Healthy.".to_string(),
        (Health::Unverified, _, _) => {
            "Not verified yet: take the steps above, then `oa-rt status`.".to_string()
        }
        (Health::Failing, _, _) => {
            "Not healthy yet: see the checks above; run `oa-rt setup` again once they are fixed."
                .to_string()
        }
    });
    Ok(ExitStatus::unless_waiting(
        open,
        healthy && landed != Some(false),
    ))
}

/// Selects the profile: `--profile`, the only one, or (asking) one from the list or a new one.
fn choose_profile(ctx: &mut Ctx<'_>, asking: bool) -> Result<()> {
    let profile_given = ctx.global.profile.is_some();
    let (path, file) = ctx.config()?;
    let names = file.names();
    if profile_given || (!asking && !names.is_empty()) {
        return Ok(());
    }
    if !asking {
        return Err(Failure::usage(format!("no profile in {}", path.display()))
            .with_hint("add one with `oa-rt profile add` (or run `oa-rt setup` in a terminal), or try the emulator: oa-rt --emulator=upgrade setup --yes")
            .into());
    }
    let default = file.select(None, path).map(|(n, _)| n).ok();
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
            .map_err(operator::ask_failed)?
    };
    let name = if pick == names.len() {
        let name = super::profile::add::interactively(ctx)?;
        ctx.config_changed();
        name
    } else {
        names[pick].clone()
    };
    ctx.choose_profile(name);
    Ok(())
}

/// Asks for what the desired state holds, with the current values as defaults.
fn ask_choices(state: &mut DesiredState, path: &std::path::Path) -> Result<()> {
    let ask_err = operator::ask_failed;
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
/// The customer is one the import will send: active, a customer (not a lead or prospect) and flagged for export.
async fn test_import(
    ctx: &Ctx<'_>,
    job: &Job,
    operator: &Operator,
    emulator: Option<url::Url>,
    timeout: Duration,
    evidence: &std::path::Path,
    open: &mut Vec<operator::Guided>,
) -> Result<Option<bool>> {
    let out = ctx.out;
    if matches!(operator, Operator::Nobody) {
        out.print("\nTest import: needs a person to save a record in NetSuite; run `oa-rt test-import --record customer:ID` in a terminal.");
        return Ok(None);
    }
    let flag = crate::platform::openair_objects::ENTITY_EXPORT_FLAG;
    let query = format!(
        "SELECT id, companyname FROM customer WHERE isinactive = 'F' AND searchstage = 'Customer' \
         AND {flag} = 'T' ORDER BY id FETCH FIRST 1 ROWS ONLY"
    );
    let rows = match job.clients.netsuite.suiteql(&query).await {
        Ok(rows) => rows,
        // A column or permission this account refuses leaves the test import for later, not the setup failed.
        Err(e)
            if e.downcast_ref::<crate::client::netsuite::Refused>()
                .is_some() =>
        {
            out.print(&format!(
                "\nTest import: could not pick a customer ({e:#}); skipped. Run `oa-rt test-import --record customer:ID` with a customer flagged for export ({flag})."
            ));
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    let Some(id) = rows.first().and_then(|r| r.get("id")).map(str::to_string) else {
        out.print(&format!(
            "\nTest import: no active customer is flagged for export to OpenAir ({flag}); skipped."
        ));
        return Ok(None);
    };
    out.print(&format!(
        "\nTest import: saving customer {id} and watching it arrive in OpenAir"
    ));
    let run = crate::job::test_import::ImportRun {
        operator,
        out,
        timeout,
        emulator: emulator.as_ref(),
        evidence,
    };
    let landing = crate::job::test_import::prove(job, &run, ("customer", &id)).await?;
    out.print(&format!("  {}", landing.message));
    open.extend(landing.waiting);
    Ok(Some(landing.landed))
}
