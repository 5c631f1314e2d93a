//! Fidelity: the served emulator speaks NetSuite's and OpenAir's wire formats, and refuses what they refuse.
//! These tests talk HTTP directly, as a third-party client written to the public documentation would.

use serde_json::{Value, json};

use crate::common::{Env, Served, api_pl, block_on, now_unix, post_assertion};
use oa_rt::client::netsuite::m2m::{SigningKey, assertion};

fn ec_key(served: &Served) -> SigningKey {
    SigningKey::from_pem(&std::fs::read(served.creds.join("m2m-ec.pem")).unwrap()).unwrap()
}

/// The client's clock: where the emulators of these tests start theirs ([`Env::serve_at_now`]), so an
/// assertion's times are judged against a known instant, whatever the day.
fn now() -> i64 {
    now_unix()
}

/// A valid access token for direct calls.
async fn access_token(served: &Served) -> String {
    let ids = served.ids();
    let jwt = assertion(
        &ec_key(served),
        &ids.client_id,
        &ids.ec_certificate_id,
        &served.token_url(),
        now(),
    )
    .unwrap();
    let (status, body) = post_assertion(served, &jwt).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(
        body["expires_in"], "3600",
        "NetSuite sends expires_in as a string"
    );
    body["access_token"].as_str().unwrap().to_string()
}

#[test]
fn token_endpoint_verifies_signature_claims_and_lifetimes() {
    let env = Env::new();
    let served = env.serve_at_now("healthy");
    let ids = served.ids();
    let key = ec_key(&served);
    let url = served.token_url();
    block_on(async {
        // The good one.
        let jwt = assertion(&key, &ids.client_id, &ids.ec_certificate_id, &url, now()).unwrap();
        assert_eq!(post_assertion(&served, &jwt).await.0, 200);

        // Tampered signature: flip one character of the signature part.
        let mut parts: Vec<String> = jwt.split('.').map(str::to_string).collect();
        let sig = parts[2].clone();
        let flipped = if sig.starts_with('A') { "B" } else { "A" };
        parts[2] = format!("{flipped}{}", &sig[1..]);
        let (status, body) = post_assertion(&served, &parts.join(".")).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("invalid_grant"))
        );

        // Tampered claims, original signature.
        let claims = base64_url(&format!(
            r#"{{"iss":"{}","scope":"restlets,rest_webservices","aud":"{url}","iat":{},"exp":{}}}"#,
            ids.client_id,
            now(),
            now() + 3000
        ));
        let forged = format!("{}.{claims}.{}", parts[0], sig);
        assert_eq!(post_assertion(&served, &forged).await.0, 400);

        // Expired assertion: issued two hours ago, expired an hour and 55 minutes ago.
        let old = assertion(
            &key,
            &ids.client_id,
            &ids.ec_certificate_id,
            &url,
            now() - 7200,
        )
        .unwrap();
        let (status, body) = post_assertion(&served, &old).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some("invalid_grant"))
        );

        // Unknown certificate id (kid), and a certificate of another key.
        let unknown = assertion(&key, &ids.client_id, "nope", &url, now()).unwrap();
        assert_eq!(post_assertion(&served, &unknown).await.0, 400);
        let crossed =
            assertion(&key, &ids.client_id, &ids.rsa_certificate_id, &url, now()).unwrap();
        assert_eq!(post_assertion(&served, &crossed).await.0, 400);

        // Wrong issuer and wrong audience.
        let wrong_iss =
            assertion(&key, "someone-else", &ids.ec_certificate_id, &url, now()).unwrap();
        assert_eq!(post_assertion(&served, &wrong_iss).await.0, 400);
        let other_aud = url::Url::parse(
            "https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token",
        )
        .unwrap();
        let wrong_aud = assertion(
            &key,
            &ids.client_id,
            &ids.ec_certificate_id,
            &other_aud,
            now(),
        )
        .unwrap();
        assert_eq!(post_assertion(&served, &wrong_aud).await.0, 400);

        // RS256 is not accepted, even with the right RSA key and certificate.
        let rsa_pem = std::fs::read(served.creds.join("m2m-rsa.pem")).unwrap();
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
        header.kid = Some(ids.rsa_certificate_id.clone());
        let claims = json!({"iss": ids.client_id, "scope": "restlets,rest_webservices", "aud": url.as_str(), "iat": now(), "exp": now() + 300});
        let rs256 = jsonwebtoken::encode(
            &header,
            &claims,
            &jsonwebtoken::EncodingKey::from_rsa_pem(&rsa_pem).unwrap(),
        )
        .unwrap();
        assert_eq!(post_assertion(&served, &rs256).await.0, 400);
        // ... while PS256 with the same key is.
        let rsa = SigningKey::from_pem(&rsa_pem).unwrap();
        let ps256 = assertion(&rsa, &ids.client_id, &ids.rsa_certificate_id, &url, now()).unwrap();
        assert_eq!(post_assertion(&served, &ps256).await.0, 200);

        // A malformed request is invalid_request, not a crash.
        let r = reqwest::Client::new()
            .post(served.token_url())
            .body("grant_type=password")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        assert_eq!(r.json::<Value>().await.unwrap()["error"], "invalid_request");
    });
}

fn base64_url(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s)
}

async fn suiteql(served: &Served, token: &str, q: &str, query: &str, prefer: bool) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .post(format!(
            "{}netsuite/services/rest/query/v1/suiteql{query}",
            served.url
        ))
        .bearer_auth(token)
        .json(&json!({ "q": q }));
    if prefer {
        req = req.header("Prefer", "transient");
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

fn detail(body: &Value) -> String {
    body["o:errorDetails"][0]["detail"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

#[test]
fn suiteql_speaks_netsuite_formats_and_refuses_what_netsuite_refuses() {
    let env = Env::new();
    let served = env.serve_at_now("healthy");
    block_on(async {
        let token = access_token(&served).await;
        let q = "SELECT d.scriptid, d.isdeployed, d.recordtype, s.name AS \"ScriptName\"
                 FROM scriptdeployment d JOIN script s ON s.id = d.script
                 WHERE s.scripttype = 'USEREVENT' ORDER BY d.scriptid";
        let (status, body) = suiteql(&served, &token, q, "?limit=2&offset=0", true).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["count"], 2);
        assert_eq!(body["offset"], 0);
        assert_eq!(body["hasMore"], true);
        let total = body["totalResults"].as_u64().unwrap();
        assert!(total > 2);
        let item = &body["items"][0];
        assert_eq!(item["links"], json!([]));
        assert!(
            item["isdeployed"] == "T" || item["isdeployed"] == "F",
            "{item}"
        );
        assert!(
            item.get("scriptname").is_some(),
            "keys come back lower-case: {item}"
        );
        let (_, rest) = suiteql(
            &served,
            &token,
            "SELECT scriptid, recordtype FROM scriptdeployment WHERE recordtype IS NULL",
            "",
            true,
        )
        .await;
        let item = &rest["items"][0];
        assert!(item.get("scriptid").is_some(), "{rest}");
        assert!(
            item.get("recordtype").is_none(),
            "null columns are left out: {item}"
        );
        let rels: Vec<&str> = body["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["rel"].as_str().unwrap())
            .collect();
        assert!(rels.contains(&"next") && rels.contains(&"self"), "{rels:?}");
        // Last page.
        let last = (total - 1) / 2 * 2;
        let (_, body) = suiteql(&served, &token, q, &format!("?limit=2&offset={last}"), true).await;
        assert_eq!(body["hasMore"], false);

        // Refusals, each a 400 with o:errorDetails.
        for (q, query, prefer, expect) in [
            ("SELECT id FROM role", "", false, "Prefer: transient"),
            (
                "SELECT id FROM role",
                "?limit=1001",
                true,
                "between 1 and 1000",
            ),
            (
                "SELECT id FROM role",
                "?limit=2&offset=3",
                true,
                "multiple of the limit",
            ),
            (
                "SELECT id FROM role LIMIT 5",
                "",
                true,
                "LIMIT is not supported",
            ),
            (
                "SELECT * FROM emu_bundle",
                "",
                true,
                "Invalid search type: emu_bundle.",
            ),
            (
                "SELECT nosuchcolumn FROM role",
                "",
                true,
                "Unknown identifier 'nosuchcolumn'. Available identifiers are: {role=role}.",
            ),
            ("DELETE FROM role", "", true, "only SELECT"),
        ] {
            let (status, body) = suiteql(&served, &token, q, query, prefer).await;
            assert_eq!(status, 400, "{q}: {body}");
            assert!(detail(&body).contains(expect), "{q}: {body}");
            assert!(body["o:errorDetails"][0]["o:errorCode"].is_string());
            assert_eq!(body["status"], 400);
        }

        // No credentials: 401 with WWW-Authenticate naming the realm.
        let r = reqwest::Client::new()
            .post(format!(
                "{}netsuite/services/rest/query/v1/suiteql",
                served.url
            ))
            .header("Prefer", "transient")
            .json(&json!({"q": "SELECT id FROM role"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 401);
        let www = r.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .to_string();
        assert_eq!(www, "Bearer realm=\"1234567_SB1\", error=\"invalid_token\"");
        assert_eq!(
            r.json::<Value>().await.unwrap()["o:errorDetails"][0]["o:errorCode"],
            "INVALID_LOGIN"
        );
    });
}

#[test]
fn settings_record_get_and_patch() {
    let env = Env::new();
    let served = env.serve_at_now("healthy");
    let url = format!(
        "{}netsuite/services/rest/record/v1/customrecord_oa_srp_integration_settings/1",
        served.url
    );
    block_on(async {
        let token = access_token(&served).await;
        let client = reqwest::Client::new();
        let r = client.get(&url).bearer_auth(&token).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert!(
            r.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/vnd.oracle.resource+json")
        );
        let record: Value = r.json().await.unwrap();
        assert_eq!(record["id"], "1");
        assert_eq!(
            record["custrecord_oa_realtime_enable"], true,
            "checkboxes are JSON booleans here"
        );
        assert_eq!(
            record["custrecord_oa_url"],
            "https://acme.app.sandbox.netsuitesuiteprojectspro.com"
        );

        let r = client
            .patch(&url)
            .bearer_auth(&token)
            .json(&json!({"custrecord_oa_realtime_email": "ops@acme.example", "custrecord_oa_realtime_include_lead": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        assert!(
            r.headers()["location"]
                .to_str()
                .unwrap()
                .ends_with("/customrecord_oa_srp_integration_settings/1")
        );
        assert!(r.bytes().await.unwrap().is_empty());
        let record: Value = client
            .get(&url)
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(record["custrecord_oa_realtime_email"], "ops@acme.example");
        assert_eq!(record["custrecord_oa_realtime_include_lead"], true);
        assert_eq!(
            record["custrecord_oa_url"], "https://acme.app.sandbox.netsuitesuiteprojectspro.com",
            "untouched"
        );

        // An unknown field is refused and nothing changes.
        let r = client
            .patch(&url)
            .bearer_auth(&token)
            .json(&json!({"custrecord_oa_realtime_email": "x@y.example", "custrecord_nope": "1"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["o:errorDetails"][0]["o:errorPath"], "custrecord_nope");
        let record: Value = client
            .get(&url)
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(record["custrecord_oa_realtime_email"], "ops@acme.example");
    });
}

#[test]
fn certificate_flow_fields_exist_only_with_369637_at_4_0() {
    let env = Env::new();
    let served = env.serve_at_now("upgrade");
    let url = format!(
        "{}netsuite/services/rest/record/v1/customrecord_oa_srp_integration_settings/1",
        served.url
    );
    block_on(async {
        let token = access_token(&served).await;
        let record: Value = reqwest::Client::new()
            .get(&url)
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(record.get("custrecord_oa_url").is_none(), "{record}");
        assert_eq!(record["custrecord_oa_realtime_sso_record"]["id"], "12");
        let (status, body) = suiteql(
            &served,
            &token,
            "SELECT custrecord_oa_url FROM customrecord_oa_srp_integration_settings",
            "",
            true,
        )
        .await;
        assert_eq!(status, 400);
        assert!(
            detail(&body).contains("Unknown identifier 'custrecord_oa_url'"),
            "{body}"
        );
        let r = reqwest::Client::new()
            .patch(&url)
            .bearer_auth(&token)
            .json(&json!({"custrecord_oa_url": "https://acme.app.sandbox.openair.com"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400);
    });
}

#[test]
fn companion_restlet_and_its_errors() {
    let env = Env::new();
    let served = env.serve_at_now("upgrade");
    block_on(async {
        let token = access_token(&served).await;
        let call = |deploy: &'static str, body: Value| {
            let token = token.clone();
            let url = format!(
                "{}netsuite/app/site/hosting/restlet.nl?script=customscript_oa_rt_companion&deploy={deploy}",
                served.url
            );
            async move {
                let r = reqwest::Client::new()
                    .post(url)
                    .bearer_auth(token)
                    .json(&body)
                    .send()
                    .await
                    .unwrap();
                (r.status().as_u16(), r.json::<Value>().await.unwrap())
            }
        };
        let (status, body) = call(
            "customdeploy_oa_rt_companion",
            json!({"action": "bundles.list"}),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(body["ok"], true);
        let b = &body["bundles"][0];
        for key in [
            "id",
            "name",
            "version",
            "dateInstalled",
            "dateLastUpdated",
            "isManaged",
            "publisher",
        ] {
            assert!(b.get(key).is_some(), "{key} missing in {b}");
        }
        let (status, body) = call("customdeploy_oa_rt_companion", json!({"action": "nope"})).await;
        assert_eq!((status, body["ok"].as_bool()), (200, Some(false)));
        assert_eq!(body["error"]["code"], "UNKNOWN_ACTION");
        let (status, body) = call("customdeploy_other", json!({"action": "version"})).await;
        assert_eq!(status, 400);
        assert_eq!(body["error"]["code"], "SSS_INVALID_SCRIPTLET_ID");
    });
}

#[test]
fn openair_xml_api_statuses() {
    let env = Env::new();
    let served = env.serve_at_now("healthy");
    let token = std::fs::read_to_string(served.creds.join("openair-access-token")).unwrap();
    let token = token.trim();
    block_on(async {
        let envelope = |login: &str, commands: &str| {
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><request API_version="1.0" client="test" client_ver="1"><Auth><Login>{login}</Login></Auth>{commands}</request>"#
            )
        };
        let ok = api_pl(
            &served,
            &envelope(
                &format!("<access_token>{token}</access_token>"),
                r#"<Whoami/><Time/><Read type="RateLimit" method="all" limit="1"/>"#,
            ),
        )
        .await;
        let root = oa_rt::xml::parse(&ok).unwrap();
        let statuses: Vec<(&str, &str)> = root
            .children
            .iter()
            .map(|c| (c.name.as_str(), c.get_attr("status").unwrap()))
            .collect();
        assert_eq!(
            statuses,
            vec![("Auth", "0"), ("Whoami", "0"), ("Time", "0"), ("Read", "0")]
        );
        assert_eq!(
            root.children[1]
                .find("User")
                .unwrap()
                .child_text("nickname"),
            Some("admin")
        );
        let remaining: u64 = root.children[3]
            .find("RateLimit")
            .unwrap()
            .child_text("remain_24h_error")
            .unwrap()
            .parse()
            .unwrap();
        assert!(remaining > 0);

        let bad = api_pl(
            &served,
            &envelope("<access_token>wrong</access_token>", "<Whoami/>"),
        )
        .await;
        let root = oa_rt::xml::parse(&bad).unwrap();
        assert_eq!(root.children[0].get_attr("status"), Some("401"));

        let no_limit = api_pl(
            &served,
            &envelope(
                &format!("<access_token>{token}</access_token>"),
                r#"<Read type="RateLimit" method="all"/>"#,
            ),
        )
        .await;
        assert!(no_limit.contains(r#"<Read status="605"/>"#), "{no_limit}");

        for junk in [
            "",
            "<request>",
            "not xml",
            "<response/>",
            "<request API_version=\"1.0\"><Whoami/></request>",
        ] {
            let answer = api_pl(&served, junk).await;
            assert!(
                answer.contains(r#"<response status="1"/>"#),
                "{junk:?} -> {answer}"
            );
        }
    });
}

#[test]
fn malformed_requests_get_clear_4xx_and_the_emulator_keeps_serving() {
    let env = Env::new();
    let served = env.serve_at_now("healthy");
    block_on(async {
        let token = access_token(&served).await;
        let client = reqwest::Client::new();
        let junk: [&[u8]; 4] = [b"", b"{", b"\xff\xfe\x00", b"[1,2,3]"];
        for body in junk {
            for path in [
                "netsuite/services/rest/auth/oauth2/v1/token",
                "netsuite/services/rest/query/v1/suiteql",
                "netsuite/app/site/hosting/restlet.nl?script=customscript_oa_rt_companion&deploy=customdeploy_oa_rt_companion",
            ] {
                let r = client
                    .post(format!("{}{path}", served.url))
                    .bearer_auth(&token)
                    .header("Prefer", "transient")
                    .body(body.to_vec())
                    .send()
                    .await
                    .unwrap();
                let status = r.status().as_u16();
                assert!(
                    status == 400 || (status == 200 && path.contains("restlet")),
                    "{path}: {status}"
                );
            }
            let r = client
                .patch(format!(
                    "{}netsuite/services/rest/record/v1/customrecord_oa_srp_integration_settings/1",
                    served.url
                ))
                .bearer_auth(&token)
                .body(body.to_vec())
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 400);
        }
        // Garbage Authorization headers are a 401, never a crash.
        for auth in [
            "OAuth",
            "OAuth realm=",
            "OAuth realm=\"1234567_SB1\", oauth_token=\"x",
            "Basic abc",
            "Bearer",
        ] {
            let r = client
                .post(format!(
                    "{}netsuite/services/rest/query/v1/suiteql",
                    served.url
                ))
                .header("Authorization", auth)
                .header("Prefer", "transient")
                .json(&json!({"q": "SELECT id FROM role"}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 401, "{auth}");
        }
        let health = client
            .get(format!("{}_emulator/health", served.url))
            .send()
            .await
            .unwrap();
        assert_eq!(health.text().await.unwrap(), "ok");
    });
}

/// A bounded emulator: a query that would make a huge value is refused with NetSuite's error shape (a 400), and
/// the emulator keeps serving.
#[test]
fn a_blob_query_is_refused_and_the_emulator_keeps_serving() {
    let env = Env::new();
    let served = env.serve("healthy");
    let clients = crate::common::clients(&served.config, "emulator");
    block_on(async {
        let refused = clients
            .netsuite
            .suiteql("SELECT randomblob(500000000) AS b FROM script")
            .await
            .unwrap_err();
        let text = format!("{refused:#}");
        assert!(text.contains("larger than the emulator allows"), "{text}");
        let rows = clients
            .netsuite
            .suiteql("SELECT id FROM script")
            .await
            .unwrap();
        assert!(!rows.is_empty());
    });
    assert_eq!(env.run_on(&served, &["profile", "test"]).code, 0);
}

#[test]
fn the_trace_shows_each_request_with_its_times_and_the_waves() {
    let env = Env::new();
    let served = env.serve_with("healthy", &["--latency", "20"]);
    // A fresh token cache: the token first, then the reads that need it.
    assert_eq!(env.run_on(&served, &["bundles"]).code, 0);
    let trace = served.control("trace");
    let entries = trace.as_array().unwrap();
    assert!(
        entries.iter().any(|e| e["kind"] == "netsuite.token"),
        "{trace}"
    );
    for e in entries {
        let (start, end) = (
            e["start_us"].as_u64().unwrap(),
            e["end_us"].as_u64().unwrap(),
        );
        // The injected latency is inside each request's time.
        assert!(end >= start + 20_000, "{e}");
        assert!(
            !e["path"].as_str().unwrap().starts_with("/_emulator"),
            "{e}"
        );
    }
    let summary = served.trace_summary();
    assert_eq!(
        summary["requests"].as_u64().unwrap() as usize,
        entries.len()
    );
    assert!(summary["waves"].as_u64().unwrap() >= 2, "{summary}");
    // Clearing empties the trace; the request counts stay.
    served.clear_trace();
    assert_eq!(served.trace_summary()["requests"], 0);
    assert_eq!(served.trace_summary()["waves"], 0);
    assert!(served.requests()["netsuite.token"].as_u64().unwrap() >= 1);
}
