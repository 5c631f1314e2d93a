//! `oa-rt auth status`: the profile's M2M certificate, and whether NetSuite gives it a token.

use anyhow::Result;
use serde_json::json;

use super::{certificate_for, m2m_profile};
use crate::certinfo;
use crate::client::netsuite::m2m::SigningKey;
use crate::commands::Ctx;
use crate::config::NetSuiteAuthConfig;
use crate::error::Failure;
use crate::exit::ExitStatus;

pub(super) async fn run(ctx: &mut Ctx<'_>) -> Result<ExitStatus> {
    let (name, profile_config) = m2m_profile(ctx)?;
    let NetSuiteAuthConfig::M2m {
        client_id,
        certificate_id,
        private_key_file,
    } = &profile_config.netsuite.auth
    else {
        unreachable!("checked by m2m_profile")
    };
    let key = SigningKey::from_file(private_key_file)?;
    let local = certificate_for(private_key_file).and_then(|pem| certinfo::inspect_pem(&pem).ok());
    let clients = crate::client::Clients::connect(profile_config.resolve(&name)?)?;
    let ns = &clients.netsuite;
    let token = match ns.token_source() {
        Some(source) => source.token(ns.http()).await.map(|_| ()),
        None => Ok(()),
    };
    let remote = match &token {
        Ok(()) => ns.m2m_certificates(client_id).await.ok(),
        Err(_) => None,
    };
    let now = crate::clock::unix();
    let report = json!({
        "profile": name,
        "client_id": client_id,
        "certificate_id": certificate_id,
        "private_key_file": private_key_file,
        "key": key.description,
        "certificate": local,
        "days_left": local.as_ref().map(|i| certinfo::days_left(i, now)),
        "token": token.as_ref().map(|_| "ok".to_string()).unwrap_or_else(|e| format!("{e:#}")),
        "netsuite_certificates": remote,
    });
    if ctx.out.json {
        ctx.out.print_json(&report);
    } else {
        ctx.out.print(&format!(
            "Profile '{name}': M2M client {client_id}, certificate id {certificate_id}"
        ));
        ctx.out.print(&format!(
            "  key: {} ({})",
            private_key_file.display(),
            key.description
        ));
        match &local {
            Some(i) => ctx.out.print(&format!(
                "  certificate: valid until {} ({} days left), SHA-256 {}",
                crate::steps::certificate::date(i.not_after),
                certinfo::days_left(i, now),
                i.sha256_fingerprint
            )),
            None => ctx.out.print(&format!(
                "  certificate: no {} next to the key (its validity is known to NetSuite only)",
                private_key_file.with_extension("crt").display()
            )),
        }
        match &token {
            Ok(()) => ctx
                .out
                .print("  token: NetSuite issues an access token for this credential"),
            Err(e) => ctx.out.print(&format!("  token: refused: {e:#}")),
        }
        for c in remote.iter().flatten() {
            ctx.out.print(&format!(
                "  NetSuite certificate {}{}: valid {} to {}{}",
                c.certificate_id,
                if &c.certificate_id == certificate_id {
                    " (in use)"
                } else {
                    ""
                },
                c.valid_from,
                c.valid_until,
                if c.revoked { ", revoked" } else { "" }
            ));
        }
    }
    match token {
        Ok(()) => Ok(ExitStatus::Ok),
        // A busy or unreachable service is not a verdict on the credential: its own kind and fix stand.
        Err(e) if crate::error::kind_of(&e) != crate::error::Kind::Auth => Err(e),
        Err(e) => Err(Failure::auth(format!(
            "NetSuite refused a token for the M2M credential of profile '{name}': {e:#}"
        ))
        .with_hint("check the certificate's mapping in NetSuite, or make a new credential with `oa-rt auth init`")
        .into()),
    }
}
