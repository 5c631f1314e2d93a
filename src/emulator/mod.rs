//! The emulator: a local twin of one NetSuite account and one OpenAir company on one loopback port, built only
//! with the cargo feature `emulator` (on by default). It imports `crate::platform` and generic helpers, never the
//! tool's modules; the tool reaches it through [`start`] and [`RunningEmulator::connection`].
//!
//! Paths map the real hosts: `/netsuite/…` serves both `<acct>.suitetalk.api.netsuite.com` and
//! `<acct>.restlets.api.netsuite.com` ([`netsuite`]), `/openair/…` serves `<company>.app.<domain>` ([`openair`]).
//! `/_emulator/…` is the emulator's own: health, request counts, the [`dump`], and the [`ui`] surface that plays
//! the person in the two web UIs. One SQLite [`state`] holds both sides, seeded from a [`scenarios`] entry.

mod certs;
mod clock;
pub mod credentials;
pub mod dump;
pub mod faults;
mod keys;
pub mod netsuite;
pub mod openair;
pub mod scenarios;
pub mod state;
pub mod ui;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use url::Url;

use self::credentials::Credentials;
use self::state::Emu;
use crate::platform::account::AccountId;
use crate::secret::Secret;

/// A running emulator. Dropping it (or `shutdown`) stops the server.
pub struct RunningEmulator {
    base_url: Url,
    emu: Arc<Emu>,
    credentials: Credentials,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

pub struct StartOptions<'a> {
    pub scenario: &'a str,
    /// Serve this NetSuite account id instead of the scenario's.
    pub account: Option<AccountId>,
    pub port: u16,
    pub state: Option<&'a Path>,
    /// Where earlier credentials may be (reused when the state file is reused).
    pub credentials_dir: Option<&'a Path>,
    pub with_rsa: bool,
    /// Print login audit trail entries on stderr as they happen (`serve`).
    pub log_audit: bool,
    /// Move the emulated clock (kept in the state).
    pub clock_offset: Option<i64>,
    pub faults: faults::FaultConfig,
}

/// Where a running emulator answers and the credentials it registered for the tool: plain data, from which the
/// tool builds its own profile.
#[derive(Debug, Clone)]
pub struct Connection {
    /// `http://127.0.0.1:PORT/`; NetSuite is under `netsuite/`, OpenAir under `openair/`.
    pub base_url: Url,
    pub scenario: String,
    pub account: AccountId,
    /// The integration role's name.
    pub role: String,
    pub openair_company: String,
    /// `sandbox`, `production` or `preview`.
    pub openair_environment: String,
    /// The M2M integration's client id.
    pub client_id: String,
    /// The EC certificate's id (the JWT `kid`).
    pub certificate_id: String,
    /// The EC private key that signs for `certificate_id`.
    pub private_key_pem: Secret,
    pub openair_access_token: Secret,
}

fn router(emu: Arc<Emu>, faults: Arc<faults::Faults>) -> Router {
    let counts = faults.clone();
    let app = Router::new()
        .merge(netsuite::routes())
        .merge(openair::routes())
        .route("/_emulator/health", get(|| async { "ok" }))
        .route("/_emulator/requests", get(requests))
        .route("/_emulator/trace", get(trace))
        .route("/_emulator/trace/summary", get(trace_summary))
        .route("/_emulator/trace/clear", post(trace_clear))
        .route(
            "/_emulator/faults",
            get(move || {
                let counts = counts.clone();
                async move { axum::Json(counts.counts()).into_response() }
            }),
        )
        .route("/_emulator/dump", get(dump::route))
        .route("/_emulator/reset", post(reset))
        .route("/_emulator/ui", get(ui::list))
        .route("/_emulator/ui/{action}", post(ui::route))
        .fallback(not_found)
        .with_state(emu.clone());
    faults::layer(app, faults)
        .layer(axum::middleware::from_fn_with_state(
            emu.clone(),
            date_header,
        ))
        .layer(axum::middleware::from_fn_with_state(emu, record_trace))
}

/// Records each request's start and end (outermost, so injected latency counts) in the trace; `/_emulator/`
/// paths, the control surface, are left out.
async fn record_trace(
    State(emu): State<Arc<Emu>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if request.uri().path().starts_with("/_emulator/") {
        return next.run(request).await;
    }
    let method = request.method().to_string();
    let path = request.uri().path().to_string();
    let start_us = emu.elapsed_us();
    let (response, kind) = state::TRACE_KIND
        .scope(std::cell::Cell::new(None), async {
            let response = next.run(request).await;
            (response, state::TRACE_KIND.with(std::cell::Cell::get))
        })
        .await;
    let entry = state::TraceEntry {
        kind: kind.unwrap_or("other"),
        method,
        path,
        status: response.status().as_u16(),
        start_us,
        end_us: emu.elapsed_us(),
    };
    emu.trace
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(entry);
    response
}

/// `GET /_emulator/trace`: every request since the start (or the last clear), in arrival order.
async fn trace(State(emu): State<Arc<Emu>>) -> Response {
    let trace = emu.trace.lock().unwrap_or_else(|e| e.into_inner()).clone();
    axum::Json(trace).into_response()
}

/// `GET /_emulator/trace/summary`: how many requests, by kind, and in how many waves ([`state::waves`]).
async fn trace_summary(State(emu): State<Arc<Emu>>) -> Response {
    let trace = emu.trace.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut by_kind = std::collections::BTreeMap::<&str, u64>::new();
    for t in &trace {
        *by_kind.entry(t.kind).or_default() += 1;
    }
    let waves = state::waves(&trace);
    axum::Json(serde_json::json!({
        "requests": trace.len(),
        "waves": waves.iter().copied().max().unwrap_or(0),
        "by_kind": by_kind,
        "span_us": trace.iter().map(|t| t.end_us).max().unwrap_or(0)
            .saturating_sub(trace.iter().map(|t| t.start_us).min().unwrap_or(0)),
    }))
    .into_response()
}

/// `POST /_emulator/trace/clear`: forgets the trace (the request counts stay).
async fn trace_clear(State(emu): State<Arc<Emu>>) -> Response {
    emu.trace.lock().unwrap_or_else(|e| e.into_inner()).clear();
    axum::Json(serde_json::json!({"ok": true})).into_response()
}

/// Every answer carries `Date` (RFC 9110 §6.6.1: an origin server with a clock sends it) from the emulated clock,
/// so a client can measure the skew of its own clock as against a real server's.
async fn date_header(
    State(emu): State<Arc<Emu>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let mut response = next.run(request).await;
    let date = chrono::DateTime::from_timestamp(emu.now(), 0)
        .unwrap_or_default()
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string();
    if let Ok(v) = date.parse() {
        response.headers_mut().insert(axum::http::header::DATE, v);
    }
    response
}

async fn requests(State(emu): State<Arc<Emu>>) -> Response {
    let counts = emu
        .requests
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    axum::Json(counts).into_response()
}

/// `POST /_emulator/reset`: the scenario's starting state again, keeping the registered credentials.
async fn reset(State(emu): State<Arc<Emu>>) -> Response {
    match emu.reset() {
        Ok(()) => axum::Json(serde_json::json!({"ok": true})).into_response(),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("reset failed: {e:#}"),
        )
            .into_response(),
    }
}

async fn not_found(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/netsuite/") {
        return netsuite::rest_error(
            StatusCode::NOT_FOUND,
            "NONEXISTENT_ID",
            &format!("The requested resource {} does not exist.", uri.path()),
            None,
        );
    }
    (StatusCode::NOT_FOUND, "not found\n").into_response()
}

/// Starts the emulator on 127.0.0.1.
pub async fn start(opts: StartOptions<'_>) -> Result<RunningEmulator> {
    let emu = Emu::open(opts.state, opts.scenario, opts.account.as_ref())?;
    emu.log_audit
        .store(opts.log_audit, std::sync::atomic::Ordering::Relaxed);
    if let Some(offset) = opts.clock_offset {
        emu.set_clock_offset(offset)?;
    }
    *emu.refused_columns
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = opts
        .faults
        .refused_columns
        .iter()
        .filter_map(|c| c.split_once('.'))
        .map(|(t, c)| (t.trim().to_lowercase(), c.trim().to_lowercase()))
        .collect();
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], opts.port)))
        .await
        .map_err(|e| {
            crate::error::Failure::usage(format!("cannot listen on 127.0.0.1:{}: {e}", opts.port))
                .with_hint("choose another --port, or 0 for any free port")
        })?;
    let addr = listener.local_addr()?;
    let base_url = Url::parse(&format!("http://{addr}/"))?;

    // Reuse the credentials of an earlier run on the same state, else make and register new ones.
    let reused = match (opts.state, opts.credentials_dir) {
        (Some(_), Some(dir)) => Credentials::load(dir, &emu.db()),
        _ => None,
    };
    let credentials = match reused {
        Some(c) => c,
        None => {
            let c = Credentials::generate(opts.with_rsa, emu.now())?;
            c.register(&emu.db(), emu.now())?;
            c
        }
    };

    let emu = Arc::new(emu);
    let faults = match opts.faults.seed {
        Some(seed) => faults::Faults::with_seed(opts.faults.clone(), seed),
        None => faults::Faults::new(opts.faults.clone()),
    };
    let app = router(emu.clone(), faults);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let server = axum::serve(listener, app).with_graceful_shutdown(async {
            let _ = rx.await;
        });
        if let Err(e) = server.await {
            tracing::warn!("emulator stopped: {e}");
        }
    });
    Ok(RunningEmulator {
        base_url,
        emu,
        credentials,
        shutdown: Some(tx),
        task,
    })
}

/// The `--emulator` of any command: a fresh in-memory account, EC credentials only (fast), any free port.
pub async fn start_embedded(scenario: &str) -> Result<RunningEmulator> {
    start(StartOptions {
        scenario,
        account: None,
        port: 0,
        state: None,
        credentials_dir: None,
        with_rsa: false,
        log_audit: false,
        clock_offset: None,
        faults: faults::FaultConfig::default(),
    })
    .await
}

/// The companion RESTlet an emulated account has (`emulator serve --companion`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Companion {
    /// The one this oa-rt ships: it answers `observe`.
    Current,
    /// Version 1.0.0, before `observe`: it answers `UNKNOWN_ACTION` to it.
    Older,
    /// Not deployed: NetSuite answers `SSS_INVALID_SCRIPTLET_ID`.
    None,
}

impl RunningEmulator {
    /// Makes the account's companion RESTlet the one named.
    pub fn install_companion(&self, which: Companion) -> Result<()> {
        match which {
            Companion::Current => {
                self.emu
                    .db()
                    .execute("DELETE FROM emu_meta WHERE key = 'companion_version'", [])?;
            }
            Companion::Older => self
                .emu
                .set_meta("companion_version", netsuite::restlet::OLDER_VERSION)?,
            Companion::None => {
                self.emu.db().execute(
                    "UPDATE scriptdeployment SET isdeployed = 'F' WHERE scriptid = ?1",
                    [crate::platform::companion::DEPLOY],
                )?;
            }
        }
        Ok(())
    }

    /// Gives each companion RESTlet call `units` governance units instead of 5,000.
    pub fn limit_restlet_units(&self, units: u32) -> Result<()> {
        self.emu.set_meta("restlet_units", &units.to_string())
    }

    pub fn base_url(&self) -> &Url {
        &self.base_url
    }

    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    pub fn account(&self) -> String {
        self.emu.account.to_string()
    }

    pub fn openair_company(&self) -> String {
        self.emu.meta("oa_company").unwrap_or_default()
    }

    pub fn openair_environment(&self) -> String {
        self.emu
            .meta("oa_environment")
            .unwrap_or_else(|| "sandbox".into())
    }

    /// Where and how to reach this emulator, with its credentials in memory: what the tool needs to build a
    /// profile (M2M with the EC key, the OpenAir token).
    pub fn connection(&self) -> Connection {
        let c = &self.credentials;
        Connection {
            base_url: self.base_url.clone(),
            scenario: self.emu.meta("scenario").unwrap_or_default(),
            account: self.emu.account.clone(),
            role: self.emu.integration_role().1,
            openair_company: self.openair_company(),
            openair_environment: self.openair_environment(),
            client_id: c.client_id.clone(),
            certificate_id: c.ec.certificate_id.clone(),
            private_key_pem: c.ec.private_key_pem.clone(),
            openair_access_token: c.oa_access_token.clone(),
        }
    }

    /// Writes the credentials and a config file into `dir`; returns the config file's path.
    pub fn write_credentials(&self, dir: &Path) -> Result<std::path::PathBuf> {
        let (account, company, environment) = (
            self.account(),
            self.openair_company(),
            self.openair_environment(),
        );
        let target = credentials::Target {
            base_url: &self.base_url,
            account: &account,
            company: &company,
            environment: &environment,
            role: &self.emu.integration_role().1,
        };
        self.credentials
            .write(dir, &target)
            .with_context(|| format!("writing emulator credentials to {}", dir.display()))
    }

    /// Serves until `stop` resolves.
    pub async fn serve_until(mut self, stop: impl std::future::Future<Output = ()>) {
        stop.await;
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }

    pub async fn shutdown(self) {
        self.serve_until(async {}).await;
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}
