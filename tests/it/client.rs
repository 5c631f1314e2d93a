//! The shared client: retries, the concurrency cap, SuiteQL paging and the record API, through the library
//! (against a scripted local server, and against an in-process or a served emulator).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::post;
use oa_rt::client::Clients;
use oa_rt::client::http::{Http, Reach, RetryPolicy, build_client};
use oa_rt::error::{Kind, failure_of};

use crate::common::{Env, block_on, clients, now_unix};

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        retries: 3,
        min_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
    }
}

/// Serves a router on a free loopback port; returns its base URL.
async fn serve(router: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{addr}/")
}

/// A route that answers `failures` with the given status and body, then 200.
fn flaky(
    status: StatusCode,
    body: &'static str,
    failures: usize,
    hits: Arc<AtomicUsize>,
) -> Router {
    Router::new().route(
        "/x",
        post(move || {
            let hits = hits.clone();
            async move {
                let n = hits.fetch_add(1, Ordering::SeqCst);
                if n < failures {
                    (status, body)
                } else {
                    (StatusCode::OK, "done")
                }
            }
        }),
    )
}

fn http() -> Http {
    Http::new(
        build_client(Duration::from_secs(5), Reach::Anywhere).unwrap(),
        "Test",
        4,
        fast_retries(),
    )
}

#[test]
fn retries_429_and_restlet_limit_even_when_not_idempotent() {
    block_on(async {
        for (status, body) in [
            (StatusCode::TOO_MANY_REQUESTS, ""),
            (
                StatusCode::BAD_REQUEST,
                r#"{"error":{"code":"SSS_REQUEST_LIMIT_EXCEEDED","message":"limit"}}"#,
            ),
        ] {
            let hits = Arc::new(AtomicUsize::new(0));
            let base = serve(flaky(status, body, 2, hits.clone())).await;
            let http = http();
            let r = http
                .send("x", false, || Ok(http.client().post(format!("{base}x"))))
                .await
                .unwrap();
            assert_eq!(r.status.as_u16(), 200);
            assert_eq!(hits.load(Ordering::SeqCst), 3, "two refusals, then success");
        }
    });
}

#[test]
fn retries_5xx_only_for_idempotent_requests() {
    block_on(async {
        let hits = Arc::new(AtomicUsize::new(0));
        let base = serve(flaky(StatusCode::BAD_GATEWAY, "", 100, hits.clone())).await;
        let http = http();
        let r = http
            .send("x", false, || Ok(http.client().post(format!("{base}x"))))
            .await
            .unwrap();
        assert_eq!(r.status.as_u16(), 502);
        assert_eq!(
            hits.load(Ordering::SeqCst),
            1,
            "a non-idempotent request is sent once"
        );

        let hits = Arc::new(AtomicUsize::new(0));
        let base = serve(flaky(
            StatusCode::SERVICE_UNAVAILABLE,
            "",
            100,
            hits.clone(),
        ))
        .await;
        let r = http
            .send("x", true, || Ok(http.client().post(format!("{base}x"))))
            .await
            .unwrap();
        assert_eq!(
            r.status.as_u16(),
            503,
            "the last answer after the retries run out"
        );
        assert_eq!(hits.load(Ordering::SeqCst), 4, "1 + 3 retries");

        let hits = Arc::new(AtomicUsize::new(0));
        let base = serve(flaky(
            StatusCode::INTERNAL_SERVER_ERROR,
            "",
            1,
            hits.clone(),
        ))
        .await;
        let r = http
            .send("x", true, || Ok(http.client().post(format!("{base}x"))))
            .await
            .unwrap();
        assert_eq!(r.status.as_u16(), 200);
    });
}

#[test]
fn connection_refused_is_retried_then_a_service_failure() {
    block_on(async {
        // Bind and drop to get a port nobody listens on.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let http = http();
        let started = std::time::Instant::now();
        let err = http
            .send("x", false, || {
                Ok(http.client().post(format!("http://127.0.0.1:{port}/x")))
            })
            .await
            .unwrap_err();
        let f = failure_of(&err).unwrap();
        assert_eq!(f.kind, Kind::Service);
        assert!(
            f.message
                .contains(&format!("cannot connect to 127.0.0.1:{port}")),
            "{}",
            f.message
        );
        assert!(
            f.message.contains("gave up after 3 retries"),
            "{}",
            f.message
        );
        // Backoff happened (3 delays of at least 5 ms).
        assert!(started.elapsed() >= Duration::from_millis(15));
    });
}

#[test]
fn concurrency_cap_is_respected() {
    block_on(async {
        let in_flight = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let (i, p) = (in_flight.clone(), peak.clone());
        let router = Router::new().route(
            "/x",
            post(move || {
                let (i, p) = (i.clone(), p.clone());
                async move {
                    let now = i.fetch_add(1, Ordering::SeqCst) + 1;
                    p.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    i.fetch_sub(1, Ordering::SeqCst);
                    "ok"
                }
            }),
        );
        let base = serve(router).await;
        // The loopback-only client (no CA store) serves an emulator exactly as the general one does.
        let http = Http::new(
            build_client(Duration::from_secs(5), Reach::LoopbackOnly).unwrap(),
            "Test",
            2,
            fast_retries(),
        );
        let calls =
            (0..10).map(|_| http.send("x", true, || Ok(http.client().post(format!("{base}x")))));
        let results = futures_util::future::join_all(calls).await;
        assert!(results.iter().all(|r| r.is_ok()));
        assert_eq!(peak.load(Ordering::SeqCst), 2);
    });
}

#[test]
fn suiteql_paging_returns_every_row_once_in_order() {
    block_on(async {
        let emu = oa_rt::emulator::start_embedded("healthy").await.unwrap();
        let clients = Clients::connect(oa_rt::embedded::profile(&emu).unwrap()).unwrap();
        let q = "SELECT primarykey, scriptid, isdeployed FROM scriptdeployment ORDER BY primarykey";
        let all = clients.netsuite.suiteql(q).await.unwrap();
        assert!(all.len() > 5, "{}", all.len());
        for page_size in [1, 2, 3] {
            let paged = clients.netsuite.suiteql_paged(q, page_size).await.unwrap();
            assert_eq!(paged, all, "page size {page_size}");
        }
        assert!(
            all.iter()
                .all(|r| matches!(r.get("isdeployed"), Some("T") | Some("F")))
        );
    });
}

#[test]
fn record_patch_and_get_through_the_client() {
    block_on(async {
        let emu = oa_rt::emulator::start_embedded("healthy").await.unwrap();
        let clients = Clients::connect(oa_rt::embedded::profile(&emu).unwrap()).unwrap();
        let ns = &clients.netsuite;
        let t = "customrecord_oa_srp_integration_settings";
        let mut fields = serde_json::Map::new();
        fields.insert(
            "custrecord_oa_realtime_email".into(),
            "team@acme.example".into(),
        );
        let location = ns.record_patch(t, "1", &fields).await.unwrap().unwrap();
        assert!(location.ends_with(&format!("/{t}/1")), "{location}");
        let record = ns.record_get(t, "1").await.unwrap();
        assert_eq!(record["custrecord_oa_realtime_email"], "team@acme.example");

        // A refused PATCH is a service failure with NetSuite's detail in one line.
        let mut bad = serde_json::Map::new();
        bad.insert("custrecord_nope".into(), "x".into());
        let err = ns.record_patch(t, "1", &bad).await.unwrap_err();
        let message = format!("{err:#}");
        assert!(
            message.contains("Invalid field 'custrecord_nope'")
                && message.contains("USER_ERROR at custrecord_nope"),
            "{message}"
        );
    });
}

#[test]
fn a_missing_companion_restlet_is_reported_not_guessed() {
    use oa_rt::config::{NetSuiteAuth, NetSuiteProfile};
    use oa_rt::secret::Secret;
    block_on(async {
        // NetSuite's answer when the RESTlet's script or deployment does not exist.
        let router = Router::new().route(
            "/app/site/hosting/restlet.nl",
            post(|| async {
                (
                    StatusCode::BAD_REQUEST,
                    r#"{"error":{"code":"SSS_INVALID_SCRIPTLET_ID","message":"That Suitelet is invalid, disabled, or no longer exists."}}"#,
                )
            }),
        );
        let base = serve(router).await;
        let profile = NetSuiteProfile {
            account: oa_rt::platform::account::AccountId::parse("1234567_SB1").unwrap(),
            role: "NSOA Connector".into(),
            base_url: Some(url::Url::parse(&base).unwrap()),
            restlet_base_url: None,
            concurrency: 2,
            timeout: Duration::from_secs(5),
            auth: NetSuiteAuth::Tba {
                consumer_key: Secret::new("consumer-key-1"),
                consumer_secret: Secret::new("consumer-secret-1"),
                token_id: Secret::new("token-id-1"),
                token_secret: Secret::new("token-secret-1"),
            },
            cache_tokens: false,
        };
        let ns = oa_rt::client::netsuite::NetSuite::new(profile, http(), None).unwrap();
        let unobserved = oa_rt::steps::bundles::observe(&ns)
            .await
            .unwrap()
            .unwrap_err();
        assert_eq!(unobserved.verdict, oa_rt::steps::Verdict::Fail);
        assert!(
            unobserved
                .detail
                .contains("companion RESTlet is not deployed")
        );
    });
}

#[test]
fn openair_time_and_whoami_through_the_client() {
    // The emulator's clock starts at a known instant: OpenAir's Time must read it, not the machine's date.
    let env = Env::new();
    let served = env.serve_at_now("healthy");
    let config = served.config.clone();
    block_on(async move {
        let clients = clients(&config, "emulator");
        let time = clients.openair.time().await.unwrap();
        let parsed = chrono::NaiveDateTime::parse_from_str(&time, "%Y-%m-%d %H:%M:%S").unwrap();
        let since_start = parsed.and_utc().timestamp() - now_unix();
        assert!(
            (0..60).contains(&since_start),
            "OpenAir time {time} is the emulator's clock"
        );
        let check = clients.openair.check().await.unwrap();
        assert_eq!(check.user.nickname, "admin");
        let before = check.remaining_24h.unwrap();
        let after = clients
            .openair
            .check()
            .await
            .unwrap()
            .remaining_24h
            .unwrap();
        assert_eq!(
            after,
            before - 1,
            "every request costs one of the 24-hour window"
        );
    });
}
