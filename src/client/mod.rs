//! The shared client: one per service, used by every step; no step builds HTTP requests itself.

pub mod emulator_ui;
pub mod http;
pub mod netsuite;
pub mod openair;
pub mod profile;

use anyhow::Result;

use self::http::{Http, RetryPolicy};
use self::netsuite::NetSuite;
use self::openair::OpenAir;
use self::profile::Profile;

pub use self::profile::with_trailing_slash;

/// OpenAir has no documented concurrency limit; a few requests at once is plenty for what we ask.
const OPENAIR_CONCURRENCY: usize = 4;

pub struct Clients {
    pub netsuite: NetSuite,
    pub openair: OpenAir,
}

impl Clients {
    /// Builds both clients for a profile (one reqwest client, connection pools shared). The profile is consumed:
    /// its secrets move into the clients.
    pub fn connect(profile: Profile) -> Result<Self> {
        let timeout = profile.netsuite.timeout.max(profile.openair.timeout);
        // Plain http:// on loopback only when both services are given such an address (an emulator): without
        // one, a service's default host is https. The RESTlet host defaults to the NetSuite base URL.
        let reach = match (&profile.netsuite.base_url, &profile.openair.base_url) {
            (Some(ns), Some(oa)) => http::Reach::of(
                [ns, oa]
                    .into_iter()
                    .chain(profile.netsuite.restlet_base_url.as_ref()),
            ),
            _ => http::Reach::Anywhere,
        };
        let client = http::build_client(timeout, reach)?;
        let retry = RetryPolicy::from_env()?;
        let ns_http = Http::new(
            client.clone(),
            "NetSuite",
            profile.netsuite.concurrency,
            retry.clone(),
        );
        let oa_http = Http::new(client, "OpenAir", OPENAIR_CONCURRENCY, retry);
        // A token cache in a directory we cannot create just means no caching.
        let cache_dir = if profile.netsuite.cache_tokens {
            crate::dirs::cache_dir().ok()
        } else {
            None
        };
        Ok(Clients {
            netsuite: NetSuite::new(profile.netsuite, ns_http, cache_dir.as_deref())?,
            openair: OpenAir::new(profile.openair, oa_http)?,
        })
    }
}
