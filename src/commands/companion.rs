//! `oa-rt companion export DIR`: writes the companion RESTlet (its SuiteScript 2.1 source, the SDF objects that
//! deploy it, and the install guide), embedded in the binary so the tool and the script always match.

use std::path::Path;

use anyhow::{Context, Result};

use super::Ctx;
use crate::cli::CompanionCommand;
use crate::exit::ExitStatus;
use crate::output::Output;

/// (path inside the exported project, contents)
const FILES: &[(&str, &str)] = &[
    (
        "src/FileCabinet/SuiteScripts/oa-rt/oa_rt_companion.js",
        include_str!("../../companion/src/FileCabinet/SuiteScripts/oa-rt/oa_rt_companion.js"),
    ),
    (
        "src/Objects/customscript_oa_rt_companion.xml",
        include_str!("../../companion/src/Objects/customscript_oa_rt_companion.xml"),
    ),
    (
        "src/manifest.xml",
        include_str!("../../companion/src/manifest.xml"),
    ),
    (
        "src/deploy.xml",
        include_str!("../../companion/src/deploy.xml"),
    ),
    (
        "suitecloud.config.js",
        include_str!("../../companion/suitecloud.config.js"),
    ),
    ("INSTALL.md", include_str!("../../companion/INSTALL.md")),
];

pub fn run(ctx: &Ctx<'_>, cmd: &CompanionCommand) -> Result<ExitStatus> {
    match cmd {
        CompanionCommand::Export { dir } => export(ctx.out, dir),
    }
}

fn export(out: &Output, dir: &Path) -> Result<ExitStatus> {
    crate::fsutil::check_writable_dir(dir, "companion export")?;
    for (path, contents) in FILES {
        let target = dir.join(path);
        crate::fsutil::write_atomic(&target, contents.as_bytes(), 0o644)
            .with_context(|| format!("writing {}", target.display()))?;
    }
    if out.json {
        out.print_json(&serde_json::json!({
            "dir": dir,
            "files": FILES.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        }));
    } else {
        out.print(&format!(
            "Wrote the companion RESTlet project to {}:",
            dir.display()
        ));
        for (path, _) in FILES {
            out.print(&format!("  {path}"));
        }
        out.print(&format!(
            "Install it as {}/INSTALL.md says (SuiteCloud CLI: `suitecloud project:deploy` in that folder), then check with `oa-rt profile test`.",
            dir.display()
        ));
    }
    Ok(ExitStatus::Ok)
}
