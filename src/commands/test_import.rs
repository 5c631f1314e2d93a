//! `oa-rt test-import --record TYPE:ID`: the end-to-end check (`crate::job::test_import`).

use std::time::Duration;

use anyhow::Result;

use super::Ctx;
use crate::cli::TestImportArgs;
use crate::exit::ExitStatus;
use crate::job::test_import::{parse_record, prove};

pub async fn run(ctx: &mut Ctx<'_>, args: &TestImportArgs) -> Result<ExitStatus> {
    let (kind, id) = parse_record(&args.record)?;
    let evidence = crate::job::target::evidence_path(&args.desired.path)?;
    let job = ctx.job().await?;
    let operator = ctx.operator().await?;
    let emulator = ctx.emulator_behind().await;
    let landing = prove(
        &job,
        &operator,
        ctx.out,
        (&kind, &id),
        Duration::from_secs(args.timeout),
        emulator.as_ref(),
        &evidence,
    )
    .await?;
    if ctx.out.json {
        ctx.out.print_json(&landing.report);
    } else {
        ctx.out.print(&landing.message);
    }
    Ok(ExitStatus::unless_waiting(
        landing.waiting.into_iter().collect(),
        landing.landed,
    ))
}
