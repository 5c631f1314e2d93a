//! Fault injection for the emulator.
//!
//! One axum middleware wraps the whole Router and, per request, may add
//! latency, refuse the request as over a concurrency limit (in the exact shape
//! NetSuite uses), answer an injected 503, or drop the connection. It is
//! configured once at start ([`FaultConfig`]) and keeps counters per surface
//! ([`Faults::counts`]).
//!
//! Order of decisions for one request (paths under `/_emulator/` skip all of
//! this: they are the control surface, never faulted, delayed or counted, so
//! reading the counters does not change them):
//!
//! 1. count the request for its surface;
//! 2. if `concurrency_limit` is set and admitting this request would put more
//!    than the limit in flight in its pool → refuse;
//! 3. else if some of the `burst_429` first requests remain → refuse;
//! 4. else with probability `drop_rate` → drop the connection;
//! 5. else with probability `fail_rate` → HTTP 503;
//! 6. else run the real handler;
//! 7. then sleep `latency_ms` before returning (refusals sleep at most
//!    [`REFUSAL_LATENCY_MAX_MS`]: real limiters answer fast).
//!
//! Assumptions worth knowing:
//! - In-flight requests are counted in one pool per backend system: all
//!   `netsuite.*` surfaces share one pool (NetSuite's concurrency governance is
//!   account-wide across REST and RESTlets), `openair` has its own and `other`
//!   its own. `concurrency_limit` applies to each pool.
//! - A refused request never holds a slot: the check is an atomic
//!   "increment only if below the limit", so refusals cannot make the count
//!   overshoot and wrongly refuse a later request.
//! - The slot of an admitted request covers the handler and the latency
//!   sleep, but not the streaming of the response body (the middleware has
//!   returned by then). It is released by a guard's `Drop`, so it is released
//!   on every path, including when the client disconnects and hyper drops the
//!   request future.
//! - OpenAir's real over-limit answer is not publicly documented in a shape we
//!   can copy: the emulator answers HTTP 429 with a short `text/plain` body.
//!   Paths of no known surface ("other") get the same.
//! - One seeded RNG makes two draws (drop, then fail) for every request that
//!   reaches the dice, in arrival order, whatever the rates; so sequential
//!   requests give the same faults for the same seed and config.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;

/// How faults are injected; set once when the emulator starts.
#[derive(Debug, Clone, Default)]
pub struct FaultConfig {
    /// Added before every response (not for `/_emulator/` paths).
    pub latency_ms: u64,
    /// 0..=1: probability of an injected HTTP 503 instead of the real answer.
    pub fail_rate: f64,
    /// The first N requests (counted across the run) are refused as over the
    /// concurrency limit.
    pub burst_429: u64,
    /// Requests in flight above this (per pool) are refused as over the limit.
    pub concurrency_limit: Option<usize>,
    /// 0..=1: probability the connection is dropped without a complete response.
    pub drop_rate: f64,
    /// SuiteQL columns (`table.column`) this account does not have: a query naming one is refused with
    /// NetSuite's "Unknown identifier" answer, as an account of another release or edition would (applied by the
    /// SuiteQL engine, not by this middleware).
    pub refused_columns: Vec<String>,
    /// Seeds the random draws of `drop_rate` and `fail_rate` (`serve --fault-seed`), so that a run of sequential
    /// requests meets the same faults again; random when unset.
    pub seed: Option<u64>,
}

/// Refusals are delayed by `min(latency_ms, REFUSAL_LATENCY_MAX_MS)`: a real
/// limiter answers before doing any work, yet not in zero time.
pub const REFUSAL_LATENCY_MAX_MS: u64 = 20;

/// Content type of NetSuite REST error bodies.
const NS_ERROR_TYPE: &str = "application/vnd.oracle.resource+json; type=error";
const JSON: &str = "application/json";
const TEXT: &str = "text/plain; charset=utf-8";

/// NetSuite REST (and its token endpoint) over the concurrency limit.
const NS_REST_LIMIT_BODY: &str = r#"{"type":"https://www.rfc-editor.org/rfc/rfc6585.html#section-4","title":"Too Many Requests","status":429,"o:errorDetails":[{"detail":"Concurrent request limit exceeded. Request blocked.","o:errorCode":"CONCURRENCY_LIMIT_EXCEEDED"}]}"#;
/// A NetSuite RESTlet over the concurrency limit (RESTlets answer 400).
const NS_RESTLET_LIMIT_BODY: &str = r#"{"error":{"code":"SSS_REQUEST_LIMIT_EXCEEDED","message":"Concurrent request limit exceeded. Request blocked."}}"#;
/// OpenAir and unknown paths over the limit (assumed shape, see module docs).
const TEXT_LIMIT_BODY: &str = "Too Many Requests: concurrent request limit exceeded.\n";

/// Injected failures. The message says it was injected, to help whoever reads
/// a log; the codes and shapes are NetSuite's.
const NS_REST_FAIL_BODY: &str = r#"{"type":"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.4","title":"Service Unavailable","status":503,"o:errorDetails":[{"detail":"An unexpected error occurred. (fault injected by the emulator)","o:errorCode":"UNEXPECTED_ERROR"}]}"#;
const NS_RESTLET_FAIL_BODY: &str = r#"{"error":{"code":"UNEXPECTED_ERROR","message":"An unexpected error occurred. (fault injected by the emulator)"}}"#;
const TEXT_FAIL_BODY: &str = "Service Unavailable (fault injected by the emulator).\n";

/// The parts of the emulator that faults tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Surface {
    NetsuiteRest,
    NetsuiteToken,
    NetsuiteRestlet,
    Openair,
    Other,
    Emulator,
}

/// The surfaces that are faulted and counted, in the order `counts` lists them.
const FAULTED: [Surface; 5] = [
    Surface::NetsuiteRest,
    Surface::NetsuiteToken,
    Surface::NetsuiteRestlet,
    Surface::Openair,
    Surface::Other,
];

impl Surface {
    fn of(path: &str) -> Surface {
        // `under` matches whole segments, so `/openairx` is not `/openair`.
        fn under(path: &str, prefix: &str) -> bool {
            path.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        }
        if under(path, "/_emulator") {
            Surface::Emulator
        } else if under(path, "/netsuite/app/site/hosting/restlet.nl") {
            Surface::NetsuiteRestlet
        } else if under(path, "/netsuite/services/rest/auth") {
            Surface::NetsuiteToken
        } else if under(path, "/netsuite/services/rest") {
            Surface::NetsuiteRest
        } else if under(path, "/openair") {
            Surface::Openair
        } else {
            Surface::Other
        }
    }

    fn name(self) -> &'static str {
        match self {
            Surface::NetsuiteRest => "netsuite.rest",
            Surface::NetsuiteToken => "netsuite.token",
            Surface::NetsuiteRestlet => "netsuite.restlet",
            Surface::Openair => "openair",
            Surface::Other => "other",
            Surface::Emulator => "emulator",
        }
    }

    /// Index into the per-surface counters (the emulator is never counted).
    fn index(self) -> Option<usize> {
        FAULTED.iter().position(|s| *s == self)
    }

    /// Index of the in-flight pool: 0 NetSuite, 1 OpenAir, 2 other.
    fn pool(self) -> usize {
        match self {
            Surface::NetsuiteRest | Surface::NetsuiteToken | Surface::NetsuiteRestlet => 0,
            Surface::Openair => 1,
            Surface::Other | Surface::Emulator => 2,
        }
    }
}

/// The surface a path belongs to: "netsuite.restlet", "netsuite.token",
/// "netsuite.rest", "openair", "emulator" or "other".
pub fn surface(path: &str) -> &'static str {
    Surface::of(path).name()
}

#[derive(Default)]
struct Counters {
    requests: AtomicU64,
    latency: AtomicU64,
    fail: AtomicU64,
    limit: AtomicU64,
    drop: AtomicU64,
}

impl Counters {
    fn all(&self) -> [(&'static str, &AtomicU64); 5] {
        [
            ("requests", &self.requests),
            ("latency", &self.latency),
            ("fail", &self.fail),
            ("limit", &self.limit),
            ("drop", &self.drop),
        ]
    }
}

/// Fault configuration plus the live state: counters, in-flight pools, the
/// remaining burst and the RNG.
pub struct Faults {
    config: FaultConfig,
    counters: [Counters; 5],
    in_flight: [AtomicUsize; 3],
    burst_left: AtomicU64,
    // fastrand's Rng is not Sync; the lock is never held across an await.
    rng: Mutex<fastrand::Rng>,
}

impl Faults {
    /// Faults with a random seed.
    pub fn new(config: FaultConfig) -> Arc<Faults> {
        Self::build(config, fastrand::Rng::new())
    }

    /// Faults whose random draws are fixed by `seed` (for deterministic tests).
    pub fn with_seed(config: FaultConfig, seed: u64) -> Arc<Faults> {
        Self::build(config, fastrand::Rng::with_seed(seed))
    }

    fn build(config: FaultConfig, rng: fastrand::Rng) -> Arc<Faults> {
        Arc::new(Faults {
            burst_left: AtomicU64::new(config.burst_429),
            config,
            counters: Default::default(),
            in_flight: Default::default(),
            rng: Mutex::new(rng),
        })
    }

    /// The configuration these faults were built with.
    pub fn config(&self) -> &FaultConfig {
        &self.config
    }

    /// Requests admitted and not finished yet, over all pools.
    pub fn in_flight(&self) -> usize {
        self.in_flight
            .iter()
            .map(|n| n.load(Ordering::SeqCst))
            .sum()
    }

    /// Counts by surface, every faulted surface listed even when zero, e.g.
    /// `{"netsuite.rest": {"requests": 10, "latency": 10, "fail": 1, "limit": 2, "drop": 0}, ...}`.
    /// `requests` counts every request that reached the middleware, `latency`
    /// those that were delayed, `limit` those refused (burst or concurrency).
    pub fn counts(&self) -> serde_json::Value {
        let mut out = serde_json::Map::new();
        for (surface, counters) in FAULTED.iter().zip(&self.counters) {
            let mut one = serde_json::Map::new();
            for (name, value) in counters.all() {
                one.insert(name.into(), value.load(Ordering::SeqCst).into());
            }
            out.insert(surface.name().into(), one.into());
        }
        out.into()
    }

    /// Zero the counters. The remaining burst and the in-flight requests are
    /// live state, not counts, and are left as they are.
    pub fn reset_counts(&self) {
        for counters in &self.counters {
            for (_, value) in counters.all() {
                value.store(0, Ordering::SeqCst);
            }
        }
    }

    /// Takes a slot in the pool, or `None` when that would exceed the limit.
    fn admit(&self, pool: usize) -> Option<InFlight<'_>> {
        let count = &self.in_flight[pool];
        match self.config.concurrency_limit {
            None => {
                count.fetch_add(1, Ordering::SeqCst);
            }
            // Increment only if below the limit, atomically: a refused request
            // never touches the count.
            Some(limit) => {
                count
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                        (n < limit).then_some(n + 1)
                    })
                    .ok()?;
            }
        }
        Some(InFlight(count))
    }

    /// Uses one request of the burst, if any is left.
    fn take_burst(&self) -> bool {
        self.burst_left
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    }

    /// Two draws, always both, so the fail sequence for a seed does not depend
    /// on `drop_rate`: (drop, fail).
    fn roll(&self) -> (bool, bool) {
        let mut rng = self
            .rng
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let drop = rng.f64() < probability(self.config.drop_rate);
        let fail = rng.f64() < probability(self.config.fail_rate);
        (drop, fail)
    }
}

/// A rate as a probability: NaN counts as 0, the rest is clamped to 0..=1.
/// `f64()` draws from [0, 1), so 1.0 always fires and 0.0 never does.
fn probability(rate: f64) -> f64 {
    if rate.is_nan() {
        0.0
    } else {
        rate.clamp(0.0, 1.0)
    }
}

/// One slot in an in-flight pool, given back on drop, so every path releases
/// it: normal return, early return, and the request future being dropped when
/// the client goes away.
struct InFlight<'a>(&'a AtomicUsize);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Wraps a router: `let app = faults::layer(router, faults.clone());`.
/// Applied with `Router::layer`, so it covers the routes and the fallback.
pub fn layer(router: Router, faults: Arc<Faults>) -> Router {
    router.layer(middleware::from_fn_with_state(faults, inject))
}

async fn inject(State(faults): State<Arc<Faults>>, request: Request, next: Next) -> Response {
    let surface = Surface::of(request.uri().path());
    let Some(index) = surface.index() else {
        return next.run(request).await; // the control surface
    };
    let counters = &faults.counters[index];
    counters.requests.fetch_add(1, Ordering::SeqCst);
    let latency_ms = faults.config.latency_ms;

    let Some(slot) = faults.admit(surface.pool()) else {
        return refuse(counters, surface, latency_ms).await;
    };
    if faults.take_burst() {
        drop(slot); // a refused request does not hold a slot while it waits
        return refuse(counters, surface, latency_ms).await;
    }

    let (drop_connection, fail) = faults.roll();
    let response = if drop_connection {
        counters.drop.fetch_add(1, Ordering::SeqCst);
        dropped()
    } else if fail {
        counters.fail.fetch_add(1, Ordering::SeqCst);
        failure(surface)
    } else {
        next.run(request).await
    };
    // `slot` is still held: the sleep counts as in flight, so concurrency
    // limits can be observed with latency.
    delay(counters, latency_ms).await;
    drop(slot);
    response
}

async fn refuse(counters: &Counters, surface: Surface, latency_ms: u64) -> Response {
    counters.limit.fetch_add(1, Ordering::SeqCst);
    delay(counters, latency_ms.min(REFUSAL_LATENCY_MAX_MS)).await;
    refusal(surface)
}

async fn delay(counters: &Counters, ms: u64) {
    if ms > 0 {
        counters.latency.fetch_add(1, Ordering::SeqCst);
        // tokio clamps absurd durations itself, so any u64 is safe here.
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
}

fn plain(status: StatusCode, content_type: &'static str, body: &'static str) -> Response {
    (status, [(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// Over the concurrency limit, as each backend answers it.
fn refusal(surface: Surface) -> Response {
    match surface {
        Surface::NetsuiteRest | Surface::NetsuiteToken => plain(
            StatusCode::TOO_MANY_REQUESTS,
            NS_ERROR_TYPE,
            NS_REST_LIMIT_BODY,
        ),
        // RESTlets answer 400, not 429, when over the limit.
        Surface::NetsuiteRestlet => plain(StatusCode::BAD_REQUEST, JSON, NS_RESTLET_LIMIT_BODY),
        Surface::Openair | Surface::Other | Surface::Emulator => {
            plain(StatusCode::TOO_MANY_REQUESTS, TEXT, TEXT_LIMIT_BODY)
        }
    }
}

/// An injected server failure.
fn failure(surface: Surface) -> Response {
    let status = StatusCode::SERVICE_UNAVAILABLE;
    match surface {
        Surface::NetsuiteRest | Surface::NetsuiteToken => {
            plain(status, NS_ERROR_TYPE, NS_REST_FAIL_BODY)
        }
        Surface::NetsuiteRestlet => plain(status, JSON, NS_RESTLET_FAIL_BODY),
        Surface::Openair | Surface::Other | Surface::Emulator => {
            plain(status, TEXT, TEXT_FAIL_BODY)
        }
    }
}

/// A response that breaks the connection.
///
/// Middleware cannot reach the socket, but hyper closes the connection itself
/// when a response body fails: the body here is a stream that yields a few
/// bytes and then an error. The stream is ready at once, so hyper meets the
/// error while the status line, headers and first chunk are still in its
/// write buffer: it discards them and closes the socket, and the client sees
/// the connection closed with no response at all (reqwest: an error from
/// `send`, hyper's `IncompleteMessage`). Had part of it been flushed, the
/// client would see a 200 whose chunked body never ends properly, and get the
/// error while reading the body. Either way there is no complete HTTP answer.
/// The error stays inside that one connection; the server keeps serving.
fn dropped() -> Response {
    let chunks: [Result<Bytes, std::io::Error>; 2] = [
        Ok(Bytes::from_static(b"{\"partial\":")),
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "connection dropped (fault injected by the emulator)",
        )),
    ];
    let body = Body::from_stream(futures_util::stream::iter(chunks));
    (StatusCode::OK, [(header::CONTENT_TYPE, JSON)], body).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::routing::get;
    use std::time::Instant;

    /// A router with one route per surface, each answering `{"ok":true}`.
    fn router() -> Router {
        let ok = || async { axum::Json(serde_json::json!({"ok": true})) };
        Router::new()
            .route("/netsuite/services/rest/record/v1/customer", get(ok))
            .route("/netsuite/services/rest/auth/oauth2/v1/token", get(ok))
            .route("/netsuite/app/site/hosting/restlet.nl", get(ok))
            .route("/openair/api.pl", get(ok))
            .route("/_emulator/health", get(ok))
    }

    const REST: &str = "/netsuite/services/rest/record/v1/customer";
    const TOKEN: &str = "/netsuite/services/rest/auth/oauth2/v1/token";
    const RESTLET: &str = "/netsuite/app/site/hosting/restlet.nl?script=1&deploy=1";
    const OPENAIR: &str = "/openair/api.pl";
    const HEALTH: &str = "/_emulator/health";

    /// Serves the faulted router on 127.0.0.1:0 and returns its base URL.
    async fn serve(faults: Arc<Faults>) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = layer(router(), faults);
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        format!("http://{addr}")
    }

    fn client() -> reqwest::Client {
        reqwest::Client::builder().no_proxy().build().unwrap()
    }

    struct Answer {
        status: u16,
        content_type: String,
        body: String,
    }

    async fn get_answer(client: &reqwest::Client, url: String) -> Answer {
        let response = client.get(url).send().await.unwrap();
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let body = response.text().await.unwrap();
        Answer {
            status,
            content_type,
            body,
        }
    }

    fn json(body: &str) -> serde_json::Value {
        serde_json::from_str(body).unwrap()
    }

    /// (path, expected refusal status, content type, body: JSON or text).
    fn refusals() -> [(&'static str, u16, &'static str, &'static str); 4] {
        [
            (REST, 429, NS_ERROR_TYPE, NS_REST_LIMIT_BODY),
            (TOKEN, 429, NS_ERROR_TYPE, NS_REST_LIMIT_BODY),
            (RESTLET, 400, JSON, NS_RESTLET_LIMIT_BODY),
            (OPENAIR, 429, TEXT, TEXT_LIMIT_BODY),
        ]
    }

    fn assert_refusal(answer: &Answer, status: u16, content_type: &str, body: &str) {
        assert_eq!(answer.status, status);
        assert_eq!(answer.content_type, content_type);
        if content_type == TEXT {
            assert_eq!(answer.body, body);
        } else {
            assert_eq!(json(&answer.body), json(body));
        }
    }

    #[test]
    fn surfaces_by_path() {
        let cases = [
            ("/netsuite/app/site/hosting/restlet.nl", "netsuite.restlet"),
            (
                "/netsuite/services/rest/auth/oauth2/v1/token",
                "netsuite.token",
            ),
            ("/netsuite/services/rest/auth", "netsuite.token"),
            (
                "/netsuite/services/rest/record/v1/customer/1",
                "netsuite.rest",
            ),
            ("/netsuite/services/rest/query/v1/suiteql", "netsuite.rest"),
            ("/netsuite/services/restx", "other"),
            ("/netsuite/app/login", "other"),
            ("/openair/api.pl", "openair"),
            ("/openair", "openair"),
            ("/openairx", "other"),
            ("/_emulator/health", "emulator"),
            ("/_emulator", "emulator"),
            ("/", "other"),
            ("", "other"),
            ("no-slash/é/%00", "other"),
        ];
        for (path, expected) in cases {
            assert_eq!(surface(path), expected, "{path}");
        }
    }

    #[test]
    fn probabilities_are_bounded() {
        assert_eq!(probability(f64::NAN), 0.0);
        assert_eq!(probability(-3.0), 0.0);
        assert_eq!(probability(7.0), 1.0);
        assert_eq!(probability(0.25), 0.25);
    }

    #[tokio::test]
    async fn burst_refusals_look_like_each_backend() {
        for (path, status, content_type, body) in refusals() {
            let faults = Faults::new(FaultConfig {
                burst_429: 2,
                ..Default::default()
            });
            let base = serve(faults.clone()).await;
            let client = client();
            for _ in 0..2 {
                let answer = get_answer(&client, format!("{base}{path}")).await;
                assert_refusal(&answer, status, content_type, body);
            }
            let third = get_answer(&client, format!("{base}{path}")).await;
            assert_eq!(third.status, 200, "{path}");
            assert_eq!(json(&third.body), serde_json::json!({"ok": true}));
            // The control surface is neither refused nor counted.
            assert_eq!(
                get_answer(&client, format!("{base}{HEALTH}")).await.status,
                200
            );

            let name = surface(path.split('?').next().unwrap());
            let counts = faults.counts();
            assert_eq!(
                counts[name],
                serde_json::json!({"requests": 3, "latency": 0, "fail": 0, "limit": 2, "drop": 0}),
                "{path}"
            );
            let total: u64 = FAULTED
                .iter()
                .map(|s| counts[s.name()]["requests"].as_u64().unwrap())
                .sum();
            assert_eq!(total, 3);
            assert!(counts.get("emulator").is_none());
            assert_eq!(faults.in_flight(), 0);
        }
    }

    #[tokio::test]
    async fn unknown_paths_are_other_and_faulted_too() {
        let faults = Faults::new(FaultConfig {
            burst_429: 1,
            ..Default::default()
        });
        let base = serve(faults.clone()).await;
        let client = client();
        let first = get_answer(&client, format!("{base}/nowhere")).await;
        assert_refusal(&first, 429, TEXT, TEXT_LIMIT_BODY);
        // The fallback (404) is wrapped as well.
        assert_eq!(
            get_answer(&client, format!("{base}/nowhere")).await.status,
            404
        );
        assert_eq!(faults.counts()["other"]["requests"], 2);
        assert_eq!(faults.counts()["other"]["limit"], 1);
        faults.reset_counts();
        assert_eq!(faults.counts()["other"]["requests"], 0);
    }

    #[tokio::test]
    async fn concurrency_limit_refuses_exactly_the_excess() {
        for (path, status, content_type, body) in refusals() {
            let faults = Faults::new(FaultConfig {
                latency_ms: 100,
                concurrency_limit: Some(2),
                ..Default::default()
            });
            let base = serve(faults.clone()).await;
            let client = client();
            let answers = futures_util::future::join_all(
                (0..6).map(|_| get_answer(&client, format!("{base}{path}"))),
            )
            .await;
            let passed = answers.iter().filter(|a| a.status == 200).count();
            assert_eq!(passed, 2, "{path}");
            for answer in answers.iter().filter(|a| a.status != 200) {
                assert_refusal(answer, status, content_type, body);
            }
            let name = surface(path.split('?').next().unwrap());
            assert_eq!(faults.counts()[name]["limit"], 4);
            assert_eq!(faults.counts()[name]["requests"], 6);
            assert_eq!(faults.in_flight(), 0);
            // Once the slots are free, requests pass again.
            assert_eq!(
                get_answer(&client, format!("{base}{path}")).await.status,
                200
            );
        }
    }

    #[tokio::test]
    async fn pools_are_per_backend() {
        let faults = Faults::new(FaultConfig {
            latency_ms: 150,
            concurrency_limit: Some(1),
            ..Default::default()
        });
        let base = serve(faults.clone()).await;
        let client = client();
        let (netsuite, openair, restlet) = tokio::join!(
            get_answer(&client, format!("{base}{REST}")),
            get_answer(&client, format!("{base}{OPENAIR}")),
            async {
                // Arrives while the REST request holds NetSuite's only slot.
                tokio::time::sleep(Duration::from_millis(50)).await;
                get_answer(&client, format!("{base}{RESTLET}")).await
            },
        );
        assert_eq!(netsuite.status, 200);
        assert_eq!(openair.status, 200);
        assert_refusal(&restlet, 400, JSON, NS_RESTLET_LIMIT_BODY);
        assert_eq!(faults.in_flight(), 0);
    }

    #[tokio::test]
    async fn client_disconnect_releases_the_slot() {
        let faults = Faults::new(FaultConfig {
            latency_ms: 5_000,
            concurrency_limit: Some(1),
            ..Default::default()
        });
        let base = serve(faults.clone()).await;
        let impatient = reqwest::Client::builder()
            .no_proxy()
            .timeout(Duration::from_millis(200))
            .build()
            .unwrap();
        let started = Instant::now();
        assert!(
            impatient
                .get(format!("{base}{OPENAIR}"))
                .send()
                .await
                .is_err()
        );
        // hyper notices the closed socket and drops the request future, and
        // with it the guard, long before the 5 s latency would end.
        while faults.in_flight() != 0 {
            assert!(started.elapsed() < Duration::from_secs(3), "slot leaked");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    #[tokio::test]
    async fn fail_rate_one_fails_everything_and_zero_nothing() {
        let expected = [
            (REST, NS_ERROR_TYPE, NS_REST_FAIL_BODY),
            (TOKEN, NS_ERROR_TYPE, NS_REST_FAIL_BODY),
            (RESTLET, JSON, NS_RESTLET_FAIL_BODY),
            (OPENAIR, TEXT, TEXT_FAIL_BODY),
        ];
        let always = Faults::new(FaultConfig {
            fail_rate: 1.0,
            ..Default::default()
        });
        let never = Faults::new(FaultConfig::default());
        let (base_always, base_never) = (serve(always.clone()).await, serve(never.clone()).await);
        let client = client();
        for (path, content_type, body) in expected {
            for _ in 0..5 {
                let answer = get_answer(&client, format!("{base_always}{path}")).await;
                assert_refusal(&answer, 503, content_type, body);
                let answer = get_answer(&client, format!("{base_never}{path}")).await;
                assert_eq!(answer.status, 200);
            }
        }
        let rest = &always.counts()["netsuite.rest"];
        assert_eq!(rest["fail"], 5);
        assert_eq!(rest["requests"], 5);
        let fail_body = json(NS_REST_FAIL_BODY);
        assert_eq!(fail_body["status"], 503);
        assert_eq!(fail_body["title"], "Service Unavailable");
        assert_eq!(
            fail_body["o:errorDetails"][0]["o:errorCode"],
            "UNEXPECTED_ERROR"
        );
        assert_eq!(
            get_answer(&client, format!("{base_always}{HEALTH}"))
                .await
                .status,
            200
        );
        for s in FAULTED {
            assert_eq!(never.counts()[s.name()]["fail"], 0);
        }
    }

    #[tokio::test]
    async fn drop_rate_one_breaks_every_connection() {
        let faults = Faults::new(FaultConfig {
            drop_rate: 1.0,
            ..Default::default()
        });
        let base = serve(faults.clone()).await;
        let client = client();
        for path in [REST, TOKEN, RESTLET, OPENAIR, "/nowhere"] {
            for _ in 0..3 {
                // In practice the error comes from `send` (nothing was
                // flushed); from reading the body would be a drop too.
                let outcome = match client.get(format!("{base}{path}")).send().await {
                    Ok(response) => response.bytes().await.map(|_| ()),
                    Err(error) => Err(error),
                };
                let error = outcome.expect_err("a dropped connection must be an error");
                assert!(error.status().is_none(), "{error:?}");
            }
        }
        // One server-side request per client request (no hidden retries).
        assert_eq!(faults.counts()["netsuite.rest"]["drop"], 3);
        assert_eq!(faults.counts()["netsuite.rest"]["requests"], 3);
        assert_eq!(faults.in_flight(), 0);
        // The server keeps serving.
        assert_eq!(
            get_answer(&client, format!("{base}{HEALTH}")).await.status,
            200
        );
        assert_eq!(
            get_answer(&client, format!("{base}{HEALTH}")).await.status,
            200
        );
    }

    /// 200 sequential requests with fail_rate 0.3 and a fixed seed.
    async fn seeded_failures(seed: u64) -> usize {
        let faults = Faults::with_seed(
            FaultConfig {
                fail_rate: 0.3,
                ..Default::default()
            },
            seed,
        );
        let base = serve(faults.clone()).await;
        let client = client();
        let mut failures = 0;
        for _ in 0..200 {
            if get_answer(&client, format!("{base}{REST}")).await.status == 503 {
                failures += 1;
            }
        }
        assert_eq!(faults.counts()["netsuite.rest"]["fail"], failures as u64);
        failures
    }

    #[tokio::test]
    async fn seeded_failures_are_deterministic() {
        let first = seeded_failures(42).await;
        assert_eq!(seeded_failures(42).await, first);
        assert!((30..=90).contains(&first), "{first}");
        println!("seed 42: {first} failures of 200");
        let other = seeded_failures(7).await;
        assert!((30..=90).contains(&other), "{other}");
        println!("seed 7: {other} failures of 200");
    }

    #[tokio::test]
    async fn latency_delays_all_but_the_control_surface() {
        let faults = Faults::new(FaultConfig {
            latency_ms: 300,
            burst_429: 1,
            ..Default::default()
        });
        let base = serve(faults.clone()).await;
        let client = client();

        // The refusal waits only lightly.
        let started = Instant::now();
        assert_eq!(
            get_answer(&client, format!("{base}{REST}")).await.status,
            429
        );
        let refused = started.elapsed();
        assert!(refused >= Duration::from_millis(REFUSAL_LATENCY_MAX_MS));
        assert!(refused < Duration::from_millis(250), "{refused:?}");

        for path in [REST, OPENAIR] {
            let started = Instant::now();
            assert_eq!(
                get_answer(&client, format!("{base}{path}")).await.status,
                200
            );
            assert!(started.elapsed() >= Duration::from_millis(300), "{path}");
        }

        let started = Instant::now();
        assert_eq!(
            get_answer(&client, format!("{base}{HEALTH}")).await.status,
            200
        );
        assert!(started.elapsed() < Duration::from_millis(200));

        assert_eq!(faults.counts()["netsuite.rest"]["latency"], 2);
        assert_eq!(faults.counts()["openair"]["latency"], 1);
    }
}
