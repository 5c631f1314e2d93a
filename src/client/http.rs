//! The HTTP layer both service clients share: timeouts, a concurrency cap, retries with exponential backoff and
//! jitter, request logging with secrets redacted.
//!
//! Retries follow one rule: a request is sent again only when doing so cannot change anything twice. Requests that
//! never reached the server (connection refused) and requests the server refused before doing anything (429,
//! NetSuite's `SSS_REQUEST_LIMIT_EXCEEDED`) are always retried; timeouts, dropped connections and 5xx answers only
//! when the caller marked the request idempotent.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Result;
use backon::BackoffBuilder;
use reqwest::{RequestBuilder, StatusCode, header::HeaderMap};
use tokio::sync::Semaphore;

use crate::error::Failure;

/// NetSuite answers a RESTlet call over the account's concurrency limit with HTTP 400 and this code.
const RESTLET_LIMIT_CODE: &str = "SSS_REQUEST_LIMIT_EXCEEDED";

/// How hard to retry. The defaults give up after about 15 s of backing off.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub retries: usize,
    pub min_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            retries: 5,
            min_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
        }
    }
}

/// The most retries `OA_RT_RETRIES` may ask for, and the longest first delay `OA_RT_RETRY_MIN_MS` may ask for: more
/// would make a run wait for hours on a service that is down.
pub const MAX_RETRIES: usize = 50;
pub const MAX_RETRY_MIN_MS: u64 = 60_000;

impl RetryPolicy {
    /// `OA_RT_RETRIES` and `OA_RT_RETRY_MIN_MS` override the defaults (tests and CI use short delays). A value that
    /// is not a number in range is bad input (exit 2), never silently the default.
    pub fn from_env() -> Result<Self, Failure> {
        let mut p = RetryPolicy::default();
        if let Some(n) = env_number("OA_RT_RETRIES", MAX_RETRIES as u64, "5")? {
            p.retries = n as usize;
        }
        if let Some(ms) = env_number("OA_RT_RETRY_MIN_MS", MAX_RETRY_MIN_MS, "250")? {
            p.min_delay = Duration::from_millis(ms);
            p.max_delay = p.max_delay.max(p.min_delay);
        }
        Ok(p)
    }
}

/// A whole number from 0 to `max` in environment variable `name`; None when it is unset.
fn env_number(name: &str, max: u64, default: &str) -> Result<Option<u64>, Failure> {
    let Some(raw) = std::env::var_os(name) else {
        return Ok(None);
    };
    let text = raw.to_string_lossy();
    match text.trim().parse::<u64>() {
        Ok(n) if n <= max => Ok(Some(n)),
        _ => Err(Failure::usage(format!(
            "{name}={text} is not a whole number from 0 to {max}"
        ))
        .with_hint(format!(
            "set {name} to a number in that range, or unset it for the default ({default})"
        ))),
    }
}

/// A finished exchange: status, headers, the whole body, and how long the last attempt took.
#[derive(Debug)]
pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: bytes::Bytes,
    pub elapsed: Duration,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// One service's view of the shared HTTP client: its own concurrency cap and name for messages.
#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    permits: Arc<Semaphore>,
    service: &'static str,
    retry: RetryPolicy,
}

/// Where a client's requests may go: anywhere over https (real services), or only to plain http:// on this
/// machine (an emulator).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    Anywhere,
    LoopbackOnly,
}

impl Reach {
    /// `LoopbackOnly` when every address is plain http:// on this machine.
    pub fn of<'a>(urls: impl IntoIterator<Item = &'a url::Url>) -> Reach {
        let mut urls = urls.into_iter().peekable();
        if urls.peek().is_some() && urls.all(|u| u.scheme() == "http" && is_loopback(u)) {
            Reach::LoopbackOnly
        } else {
            Reach::Anywhere
        }
    }
}

/// Builds the one reqwest client of a run. Only commands that go to the network call this.
pub fn build_client(timeout: Duration, reach: Reach) -> Result<reqwest::Client> {
    // TLS certificates are always verified (rustls with the platform's roots): no code path turns it off. A
    // redirect is followed only to where a request could go in the first place (https, or http on loopback).
    let redirects = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= 10 {
            attempt.error("too many redirects")
        } else if check_transport("redirect", attempt.url()).is_err()
            || (reach == Reach::LoopbackOnly && Reach::of([attempt.url()]) != reach)
        {
            attempt.stop()
        } else {
            attempt.follow()
        }
    });
    let builder = reqwest::Client::builder()
        .user_agent(concat!("oa-rt/", env!("CARGO_PKG_VERSION")))
        .timeout(timeout)
        .connect_timeout(Duration::from_secs(10))
        .redirect(redirects);
    // A client that only talks plain http:// to this machine never verifies a certificate: it does not load the
    // platform's CA store (a few ms of reading and parsing every root). Trusting no root at all, it could not
    // complete an https handshake anyway; its redirects stay on loopback http.
    let builder = match reach {
        Reach::Anywhere => builder,
        Reach::LoopbackOnly => builder.tls_certs_only(std::iter::empty()),
    };
    builder
        .build()
        .map_err(|e| Failure::service(format!("cannot set up HTTPS: {e}")).into())
}

enum Attempt {
    Done(Response),
    /// Worth another try; the response is kept in case the retries run out.
    Retry(String, Option<Response>),
    Fail(anyhow::Error),
}

impl Http {
    pub fn new(
        client: reqwest::Client,
        service: &'static str,
        concurrency: usize,
        retry: RetryPolicy,
    ) -> Self {
        Http {
            client,
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            service,
            retry,
        }
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// How many times a refused request is sent again.
    pub fn retries(&self) -> usize {
        self.retry.retries
    }

    /// Sends the request `build` makes (called again for every attempt, so signatures and nonces are fresh),
    /// retrying as the module comment says. `what` names the call in logs and messages.
    pub async fn send(
        &self,
        what: &str,
        idempotent: bool,
        build: impl Fn() -> Result<RequestBuilder>,
    ) -> Result<Response> {
        let mut delays = backon::ExponentialBuilder::default()
            .with_min_delay(self.retry.min_delay)
            .with_max_delay(self.retry.max_delay)
            .with_max_times(self.retry.retries)
            .with_jitter()
            .build();
        loop {
            let attempt = {
                // The permit is held for the exchange only, not while backing off.
                let _permit = self
                    .permits
                    .acquire()
                    .await
                    .expect("semaphore is never closed");
                self.attempt(what, idempotent, &build).await
            };
            match attempt {
                Attempt::Done(r) => return Ok(r),
                Attempt::Fail(e) => return Err(e),
                Attempt::Retry(reason, last) => match delays.next() {
                    Some(delay) => {
                        tracing::info!(
                            "{} {what}: {reason}; retrying in {} ms",
                            self.service,
                            delay.as_millis()
                        );
                        tokio::time::sleep(delay).await;
                    }
                    None => {
                        return match last {
                            Some(r) => Ok(r),
                            None => Err(Failure::service(format!(
                                "{} {what}: {reason} (gave up after {} retries)",
                                self.service, self.retry.retries
                            ))
                            .with_hint(
                                "check the network and the profile's base URL, then run again",
                            )
                            .into()),
                        };
                    }
                },
            }
        }
    }

    async fn attempt(
        &self,
        what: &str,
        idempotent: bool,
        build: &impl Fn() -> Result<RequestBuilder>,
    ) -> Attempt {
        let request = match build().and_then(|b| b.build().map_err(anyhow::Error::from)) {
            Ok(r) => r,
            Err(e) => return Attempt::Fail(e),
        };
        let method = request.method().clone();
        let url = request.url().clone();
        // The last guard before anything leaves: never a secret over plain http to another machine.
        if let Err(f) = check_transport(&format!("{} {what}", self.service), &url) {
            return Attempt::Fail(f.into());
        }
        if tracing::enabled!(tracing::Level::DEBUG) {
            let body = request
                .body()
                .and_then(|b| b.as_bytes())
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_default();
            tracing::debug!("{} {method} {url} {body}", self.service);
        }
        let started = Instant::now();
        let result = self.client.execute(request).await;
        let result = match result {
            Ok(resp) => {
                let status = resp.status();
                let headers = resp.headers().clone();
                resp.bytes().await.map(|body| (status, headers, body))
            }
            Err(e) => Err(e),
        };
        let elapsed = started.elapsed();
        match result {
            Ok((status, headers, body)) => {
                tracing::info!(
                    "{} {method} {} -> {} in {} ms",
                    self.service,
                    url.path(),
                    status.as_u16(),
                    elapsed.as_millis()
                );
                tracing::debug!(
                    "{} response: {}",
                    self.service,
                    String::from_utf8_lossy(&body)
                );
                let response = Response {
                    status,
                    headers,
                    body,
                    elapsed,
                };
                if is_busy(&response) {
                    Attempt::Retry(
                        format!("over the concurrency limit (HTTP {})", status.as_u16()),
                        Some(response),
                    )
                } else if status.is_server_error() && idempotent {
                    Attempt::Retry(format!("HTTP {}", status.as_u16()), Some(response))
                } else {
                    Attempt::Done(response)
                }
            }
            Err(e) => {
                let reason = describe_transport_error(&e, &url);
                tracing::info!("{} {method} {} failed: {reason}", self.service, url.path());
                if e.is_connect() || idempotent {
                    Attempt::Retry(reason, None)
                } else {
                    Attempt::Fail(
                        Failure::service(format!("{} {what}: {reason}", self.service))
                            .with_hint("the request may or may not have been applied; check the state with `oa-rt status` before running again")
                            .into(),
                    )
                }
            }
        }
    }
}

/// Whether the service refused the request before doing anything, as over its concurrency limit: HTTP 429, or
/// NetSuite's `SSS_REQUEST_LIMIT_EXCEEDED` in a 400. Such a request is always retried.
pub fn is_busy(response: &Response) -> bool {
    response.status == StatusCode::TOO_MANY_REQUESTS
        || (response.status == StatusCode::BAD_REQUEST
            && response
                .body
                .windows(RESTLET_LIMIT_CODE.len())
                .any(|w| w == RESTLET_LIMIT_CODE.as_bytes()))
}

/// One readable line for a transport failure, naming the host.
fn describe_transport_error(e: &reqwest::Error, url: &url::Url) -> String {
    let host = url.host_str().unwrap_or("?");
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    if e.is_timeout() {
        format!("{host}{port} did not answer in time")
    } else if e.is_connect() {
        // The innermost cause says "Connection refused" / "dns error" and so on.
        let mut source: Option<&dyn std::error::Error> = Some(e);
        let mut last = String::new();
        while let Some(s) = source {
            last = s.to_string();
            source = s.source();
        }
        format!("cannot connect to {host}{port} ({last})")
    } else {
        format!("connection to {host}{port} failed ({e})")
    }
}

/// Whether a URL's host is this machine: 127.0.0.0/8, ::1 or `localhost`.
pub fn is_loopback(u: &url::Url) -> bool {
    match u.host() {
        Some(url::Host::Ipv4(a)) => a.is_loopback(),
        Some(url::Host::Ipv6(a)) => a.is_loopback(),
        Some(url::Host::Domain(d)) => {
            d.eq_ignore_ascii_case("localhost") || d.eq_ignore_ascii_case("localhost.")
        }
        None => false,
    }
}

/// Refuses a URL secrets would travel to unprotected: only `https://`, or plain `http://` to this machine (an
/// emulator on loopback). `what` names the setting in the message. Checked when the config is read, by `profile
/// add`, and by the HTTP layer before any request (redirects included).
pub fn check_transport(what: &str, u: &url::Url) -> Result<(), crate::error::Failure> {
    use crate::error::Failure;
    match u.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(u) => Ok(()),
        "http" => {
            let mut fixed = u.clone();
            let _ = fixed.set_scheme("https");
            Err(Failure::usage(format!(
                "{what}: {u} is plain http:// to a host that is not this machine: tokens, the JWT assertion, \
                 passwords and API keys would cross the network in clear text; nothing was sent"
            ))
            .with_hint(format!(
                "use https ({fixed}); plain http:// is allowed only to 127.0.0.1, ::1 or localhost (an emulator)"
            )))
        }
        other => Err(Failure::usage(format!(
            "{what}: {u} is a {other}:// URL; oa-rt talks to NetSuite and OpenAir over https:// only"
        ))
        .with_hint(
            "use the service's https:// address (or http://127.0.0.1:PORT/ of `oa-rt emulator serve`)",
        )),
    }
}

#[cfg(test)]
mod transport_tests {
    use super::*;
    use url::Url;

    #[test]
    fn only_plain_http_to_this_machine_is_loopback_only() {
        let of = |urls: &[&str]| {
            let urls: Vec<Url> = urls.iter().map(|u| Url::parse(u).unwrap()).collect();
            Reach::of(&urls)
        };
        assert_eq!(
            of(&[
                "http://127.0.0.1:4000/netsuite/",
                "http://localhost:4000/openair/"
            ]),
            Reach::LoopbackOnly
        );
        assert_eq!(of(&["http://[::1]:4000/"]), Reach::LoopbackOnly);
        // https anywhere (even on loopback: its certificate is verified), another host, or nothing at all.
        assert_eq!(
            of(&["http://127.0.0.1:4000/", "https://127.0.0.1:4001/"]),
            Reach::Anywhere
        );
        assert_eq!(
            of(&["https://1234567.suitetalk.api.netsuite.com/"]),
            Reach::Anywhere
        );
        assert_eq!(of(&["http://example.com/"]), Reach::Anywhere);
        assert_eq!(of(&[]), Reach::Anywhere);
    }

    #[test]
    fn plain_http_only_to_loopback_and_only_http_or_https() {
        let check = |s: &str| check_transport("x", &Url::parse(s).unwrap()).map_err(|f| f.message);
        for ok in [
            "https://1234567.suitetalk.api.netsuite.com/",
            "http://127.0.0.1:8080/",
            "http://127.5.6.7/",
            "http://[::1]:9000/netsuite/",
            "http://localhost:1/",
            "http://LOCALHOST/",
        ] {
            assert!(check(ok).is_ok(), "{ok}");
        }
        for (bad, says) in [
            ("http://example.com/", "plain http://"),
            ("http://10.0.0.1/", "plain http://"),
            ("http://128.0.0.1/", "plain http://"),
            ("http://localhost.example.com/", "plain http://"),
            ("http://[::2]/", "plain http://"),
            ("ftp://example.com/", "ftp://"),
            ("file:///etc/passwd", "file://"),
        ] {
            let e = check(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
        let f = check_transport("x", &Url::parse("http://example.com/a").unwrap()).unwrap_err();
        assert_eq!(f.kind, crate::error::Kind::Usage);
        assert!(
            f.hints[0].contains("https://example.com/a"),
            "{:?}",
            f.hints
        );
    }
}
