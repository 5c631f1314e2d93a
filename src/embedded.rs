//! The tool's side of `--emulator`: a profile for an embedded emulator, built from the plain connection data the
//! emulator exposes (the emulator knows nothing of profiles or clients).

use std::time::Duration;

use anyhow::Result;

use crate::client::netsuite::m2m::SigningKey;
use crate::client::profile::{
    self as config, NetSuiteAuth, NetSuiteProfile, OpenAirAuth, OpenAirDomain, OpenAirEnvironment,
    OpenAirProfile, Profile,
};
use crate::emulator::RunningEmulator;

/// A profile for this emulator, with its credentials in memory (M2M with the EC key, OpenAir token).
pub fn profile(emu: &RunningEmulator) -> Result<Profile> {
    let c = emu.connection();
    let key =
        SigningKey::from_pem(c.private_key_pem.expose().as_bytes()).map_err(anyhow::Error::msg)?;
    let environment = match c.openair_environment.as_str() {
        "production" => OpenAirEnvironment::Production,
        "preview" => OpenAirEnvironment::Preview,
        _ => OpenAirEnvironment::Sandbox,
    };
    Ok(Profile {
        name: format!("emulator:{}", c.scenario),
        netsuite: NetSuiteProfile {
            account: c.account,
            role: c.role,
            base_url: Some(c.base_url.join("netsuite/")?),
            restlet_base_url: None,
            concurrency: config::DEFAULT_CONCURRENCY,
            timeout: Duration::from_secs(config::DEFAULT_TIMEOUT_SECS),
            auth: NetSuiteAuth::M2m {
                client_id: c.client_id,
                certificate_id: c.certificate_id,
                key,
            },
            cache_tokens: false,
        },
        openair: OpenAirProfile {
            company: c.openair_company,
            environment,
            domain: OpenAirDomain::SuiteProjectsPro,
            url: None,
            db_id: None,
            base_url: Some(c.base_url.join("openair/")?),
            timeout: Duration::from_secs(config::DEFAULT_TIMEOUT_SECS),
            auth: OpenAirAuth::Token {
                access_token: c.openair_access_token,
            },
            namespace: None,
            key: None,
            netsuite_id_fields: Default::default(),
            field_mappings: Default::default(),
        },
    })
}
