//! `oa-rt profile list`.

use anyhow::Result;
use serde::Serialize;

use crate::commands::Ctx;
use crate::config::{NetSuiteAuthConfig, OpenAirEnvironment, ProfileConfig};
use crate::exit::ExitStatus;

#[derive(Serialize)]
struct ProfileSummary {
    name: String,
    default: bool,
    netsuite_account: String,
    netsuite_auth: &'static str,
    openair_company: String,
    openair_environment: OpenAirEnvironment,
}

fn summarize(name: &str, p: &ProfileConfig, default: bool) -> ProfileSummary {
    ProfileSummary {
        name: name.to_string(),
        default,
        netsuite_account: p.netsuite.account.clone(),
        netsuite_auth: match p.netsuite.auth {
            NetSuiteAuthConfig::M2m { .. } => "m2m",
            NetSuiteAuthConfig::Tba { .. } => "tba",
        },
        openair_company: p.openair.company.clone(),
        openair_environment: p.openair.environment,
    }
}

pub(super) fn run(ctx: &mut Ctx<'_>) -> Result<ExitStatus> {
    let out = ctx.out;
    let (path, file) = ctx.config()?;
    let rows: Vec<ProfileSummary> = file
        .profiles
        .iter()
        .map(|(n, p)| summarize(n, p, file.default_profile.as_deref() == Some(n.as_str())))
        .collect();
    if out.json {
        out.print_json(&rows);
        return Ok(ExitStatus::Ok);
    }
    if rows.is_empty() {
        out.print(&format!("No profiles in {}.", path.display()));
        out.print("Add one with `oa-rt profile add NAME ...`, or try the emulator: `oa-rt --emulator bundles`.");
        return Ok(ExitStatus::Ok);
    }
    let mut t = out.table(&[
        "",
        "Profile",
        "NetSuite account",
        "Auth",
        "OpenAir company",
        "Environment",
    ]);
    for r in &rows {
        t.add_row(vec![
            if r.default { "*" } else { "" }.to_string(),
            r.name.clone(),
            r.netsuite_account.clone(),
            r.netsuite_auth.to_string(),
            r.openair_company.clone(),
            format!("{:?}", r.openair_environment).to_lowercase(),
        ]);
    }
    out.print_table(&t);
    Ok(ExitStatus::Ok)
}
