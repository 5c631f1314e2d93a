//! `oa-rt test-import --record TYPE:ID`: the end-to-end check (`crate::job::test_import`).

use std::time::Duration;

use anyhow::Result;

use super::Ctx;
use crate::cli::TestImportArgs;
use crate::exit::ExitStatus;
use crate::job::order_probe::compare_landed;
use crate::job::test_import::{ImportRun, parse_record, prove};
use crate::steps::order_probe::ProbeVerdict;

pub async fn run(ctx: &mut Ctx<'_>, args: &TestImportArgs) -> Result<ExitStatus> {
    let (kind, id) = parse_record(&args.record)?;
    let evidence = crate::job::target::evidence_path(&args.desired.path)?;
    let job = ctx.job().await?;
    let operator = ctx.operator().await?;
    let emulator = ctx.emulator_behind().await;
    let run = ImportRun {
        operator: &operator,
        out: ctx.out,
        timeout: Duration::from_secs(args.timeout),
        emulator: emulator.as_ref(),
        evidence: &evidence,
    };
    let landing = prove(&job, &run, (&kind, &id)).await?;
    // Once the record arrived: the running-order probe on the same save (a newer NetSuite value fails).
    let probe = if landing.landed {
        Some(compare_landed(&job, (&kind, &id), None).await?)
    } else {
        None
    };
    if ctx.out.json {
        let mut j = landing.report.clone();
        if let Some(p) = &probe {
            j["order_probe"] = serde_json::json!(p);
        }
        ctx.out.print_json(&j);
    } else {
        ctx.out.print(&landing.message);
        if let Some(p) = &probe {
            super::verify_order::print_probe(ctx.out, p);
        }
    }
    let order_failed = probe
        .as_ref()
        .is_some_and(|p| p.verdict == ProbeVerdict::Fail);
    Ok(ExitStatus::unless_waiting(
        landing.waiting.into_iter().collect(),
        landing.landed && !order_failed,
    ))
}
