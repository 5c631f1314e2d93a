//! NetSuite's authentication: the OAuth 2.0 token endpoint (client credentials with a JWT assertion, really
//! verified against the uploaded certificate), Bearer and TBA (OAuth 1.0a) checks of every request, and the M2M
//! certificate endpoints that rotation uses.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rusqlite::{OptionalExtension, params};
use serde_json::{Value, json};

use super::{request_url, rest_error};
use crate::emulator::certs;
use crate::emulator::clock::timestamp;
use crate::emulator::credentials::random_hex;
use crate::emulator::state::{Emu, IssuedToken, PUBLIC_TABLES};
use crate::platform::oauth1 as tba;
use crate::platform::permissions::{self, CallerPermission};

/// Access tokens live 3600 s, as NetSuite's do.
const TOKEN_LIFETIME: i64 = 3600;

/// TBA timestamps further than this from the server clock are refused.
const TBA_CLOCK_SKEW: i64 = 300;

const SCOPES: [&str; 3] = ["restlets", "rest_webservices", "suite_analytics"];

fn unauthorized_rest(emu: &Emu) -> Response {
    let mut r = rest_error(
        StatusCode::UNAUTHORIZED,
        "INVALID_LOGIN",
        "Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.",
        None,
    );
    let value = format!(
        "Bearer realm=\"{}\", error=\"invalid_token\"",
        emu.account.realm()
    );
    if let Ok(v) = value.parse() {
        r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    r
}

/// Who is calling, once authenticated: the role of the M2M mapping or TBA token.
pub struct Principal {
    pub role: i64,
}

/// NetSuite's Administrator role, which has every permission.
const ADMINISTRATOR: i64 = 3;

/// What a role holds: its `rolepermissions` rows (key, name, level); `None` for the Administrator, who holds every
/// permission.
fn granted(emu: &Emu, role: i64) -> Option<Vec<(String, String, u8)>> {
    if role == ADMINISTRATOR {
        return None;
    }
    let db = emu.db();
    let rows = db
        .prepare("SELECT permkey, name, permlevel FROM rolepermissions WHERE role = ?1")
        .and_then(|mut stmt| {
            stmt.query_map(params![role], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                    r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    r.get::<_, Option<String>>(2)?
                        .and_then(|l| l.trim().parse::<u8>().ok())
                        .unwrap_or(0),
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
        })
        .unwrap_or_default();
    Some(rows)
}

fn holds(granted: Option<&[(String, String, u8)]>, p: &CallerPermission) -> bool {
    granted.is_none_or(|rows| {
        rows.iter()
            .any(|(key, name, level)| p.matches(key, name) && *level >= p.level)
    })
}

/// Whether a role holds a permission at its level or higher (`rolepermissions`, matched by key, or by name for a
/// permission without a public key), as NetSuite decides what a caller may do.
pub fn role_has(emu: &Emu, role: i64, p: &CallerPermission) -> bool {
    holds(granted(emu, role).as_deref(), p)
}

/// The SuiteQL tables a role may read: the public ones, less those whose permission it lacks
/// (`platform::permissions::TABLES`); the others answer `Record '<table>' was not found.`, as NetSuite does.
pub fn readable_tables(emu: &Emu, role: i64) -> Vec<&'static str> {
    let granted = granted(emu, role);
    PUBLIC_TABLES
        .iter()
        .copied()
        .filter(|t| permissions::for_table(t).is_none_or(|p| holds(granted.as_deref(), p)))
        .collect()
}

/// Checks a Bearer token (M2M) or an OAuth 1.0a signature (TBA). `Err(reason)` goes to the login audit trail.
pub fn authenticate(
    emu: &Emu,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    scope: &str,
) -> Result<Principal, String> {
    let value = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or("MissingAuthorization")?;
    if let Some(token) = value.strip_prefix("Bearer ") {
        let tokens = emu.tokens.lock().unwrap_or_else(|e| e.into_inner());
        let issued = tokens.get(token.trim()).ok_or("InvalidToken")?;
        if issued.expires_at <= emu.now() {
            return Err("AccessTokenExpired".into());
        }
        if !issued.scopes.iter().any(|s| s == scope) {
            return Err("ScopeMismatched".into());
        }
        return Ok(Principal { role: issued.role });
    }
    if value.len() > 6 && value[..6].eq_ignore_ascii_case("OAuth ") {
        return authenticate_tba(emu, method, uri, headers, value);
    }
    Err("UnsupportedAuthorizationScheme".into())
}

fn authenticate_tba(
    emu: &Emu,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    value: &str,
) -> Result<Principal, String> {
    let parsed =
        tba::parse_authorization_header(value).map_err(|e| format!("MalformedHeader ({e})"))?;
    let realm = parsed.realm.as_deref().unwrap_or("");
    if !realm.eq_ignore_ascii_case(emu.account.realm()) {
        return Err(format!("InvalidAccount (realm '{realm}')"));
    }
    let p = |k: &str| parsed.params.get(k).map(String::as_str).unwrap_or("");
    if p("oauth_signature_method") != "HMAC-SHA256" {
        return Err("InvalidSignatureMethod".into());
    }
    if !p("oauth_version").is_empty() && p("oauth_version") != "1.0" {
        return Err("InvalidVersion".into());
    }
    let timestamp: i64 = p("oauth_timestamp")
        .parse()
        .map_err(|_| "InvalidTimestamp")?;
    if (timestamp - emu.now()).abs() > TBA_CLOCK_SKEW {
        return Err("InvalidTimestamp".into());
    }
    let row: Option<(String, String, String, i64)> = emu
        .db()
        .query_row(
            "SELECT consumer_key, consumer_secret, token_secret, role FROM emu_tba_token WHERE token_id = ?1",
            params![p("oauth_token")],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()
        .map_err(|e| e.to_string())?;
    let (consumer_key, consumer_secret, token_secret, role) = row.ok_or("InvalidToken")?;
    if consumer_key != p("oauth_consumer_key") {
        return Err("InvalidConsumerKey".into());
    }
    let url = request_url(headers, uri).ok_or("InvalidRequest")?;
    if !tba::verify_signature(
        &parsed,
        method.as_str(),
        &url,
        &consumer_secret,
        &token_secret,
    ) {
        return Err("InvalidSignature".into());
    }
    // A nonce is good once (with its timestamp), which stops a captured request from being replayed.
    let mut nonces = emu.nonces.lock().unwrap_or_else(|e| e.into_inner());
    if !nonces.insert((
        p("oauth_nonce").to_string(),
        p("oauth_timestamp").to_string(),
    )) {
        return Err("InvalidNonce (used before)".into());
    }
    Ok(Principal { role })
}

/// The 401 answer for a REST request that does not authenticate, or None when it does.
pub(super) fn reject_rest(
    emu: &Emu,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Option<Response> {
    caller_rest(emu, method, uri, headers).err().map(|r| *r)
}

/// Who is calling a REST endpoint, or the 401 answer when the request does not authenticate.
pub(super) fn caller_rest(
    emu: &Emu,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<Principal, Box<Response>> {
    authenticate(emu, method, uri, headers, "rest_webservices").map_err(|reason| {
        emu.audit(format!("REST {} {}: {reason}", method, uri.path()));
        Box::new(unauthorized_rest(emu))
    })
}

#[derive(serde::Deserialize)]
struct AssertionClaims {
    iss: String,
    #[serde(default)]
    scope: Option<Value>,
    aud: Value,
    iat: i64,
    exp: i64,
}

fn oauth_error(code: &str) -> Response {
    (
        StatusCode::BAD_REQUEST,
        [(header::CONTENT_TYPE, "application/json;charset=utf-8")],
        json!({ "error": code }).to_string(),
    )
        .into_response()
}

pub async fn token(
    State(emu): State<Arc<Emu>>,
    headers: HeaderMap,
    uri: Uri,
    body: Bytes,
) -> Response {
    emu.count("netsuite.token");
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let field = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if field("grant_type") != Some("client_credentials")
        || field("client_assertion_type")
            != Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    {
        emu.audit("token: InvalidRequest (grant_type or client_assertion_type)".into());
        return oauth_error("invalid_request");
    }
    let Some(assertion) = field("client_assertion") else {
        emu.audit("token: InvalidRequest (no client_assertion)".into());
        return oauth_error("invalid_request");
    };
    let expected_aud = request_url(&headers, &uri)
        .map(|u| u.to_string())
        .unwrap_or_default();
    match verify_assertion(&emu, assertion, &expected_aud) {
        Ok((scopes, role, client_id)) => {
            let access_token = issue_token(&emu, scopes, role, &client_id);
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json;charset=utf-8")],
                json!({ "access_token": access_token, "expires_in": TOKEN_LIFETIME.to_string(), "token_type": "Bearer" })
                    .to_string(),
            )
                .into_response()
        }
        Err(reason) => {
            emu.audit(format!("token: {reason}"));
            oauth_error("invalid_grant")
        }
    }
}

/// Verifies the client assertion as NetSuite does: a known, unrevoked, unexpired certificate (`kid`), an allowed
/// algorithm, a valid signature with that certificate's public key, and the claims and their lifetimes.
fn verify_assertion(
    emu: &Emu,
    jwt: &str,
    expected_aud: &str,
) -> Result<(Vec<String>, i64, String), String> {
    use jsonwebtoken::{Algorithm, Validation};
    let header =
        jsonwebtoken::decode_header(jwt).map_err(|e| format!("MalformedAssertion ({e})"))?;
    if header
        .typ
        .as_deref()
        .is_some_and(|t| !t.eq_ignore_ascii_case("JWT"))
    {
        return Err("MalformedAssertion (typ)".into());
    }
    let alg = header.alg;
    if !matches!(
        alg,
        Algorithm::PS256
            | Algorithm::PS384
            | Algorithm::PS512
            | Algorithm::ES256
            | Algorithm::ES384
    ) {
        return Err(format!("UnsupportedAlgorithm ({alg:?})"));
    }
    let kid = header.kid.ok_or("MissingKid")?;
    let row: Option<(String, String, String, i64)> = emu
        .db()
        .query_row(
            "SELECT pem, client_id, revoked, role FROM emu_m2m_certificate WHERE certificate_id = ?1",
            params![kid],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()
        .map_err(|e| e.to_string())?;
    let (pem, client_id, revoked, role) =
        row.ok_or_else(|| format!("UnknownCertificate ({kid})"))?;
    if revoked == "T" {
        return Err(format!("CertificateRevoked ({kid})"));
    }
    let (key, not_before, not_after) =
        certs::decoding_key(&pem).map_err(|e| format!("CertificateUnreadable ({e})"))?;
    let now = emu.now();
    if now < not_before || now > not_after {
        return Err(format!("CertificateExpired ({kid})"));
    }
    let mut validation = Validation::new(alg);
    validation.leeway = 0;
    // Lifetimes are checked below against the emulated clock, not the machine's.
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    let data =
        jsonwebtoken::decode::<AssertionClaims>(jwt, &key, &validation).map_err(|e| {
            match e.kind() {
                jsonwebtoken::errors::ErrorKind::InvalidSignature => "InvalidSignature".to_string(),
                other => format!("InvalidAssertion ({other:?})"),
            }
        })?;
    let c = data.claims;
    if c.iss != client_id {
        return Err("InvalidIssuer (iss is not the client id of the certificate's mapping)".into());
    }
    let aud_ok = match &c.aud {
        Value::String(s) => s == expected_aud,
        Value::Array(a) => a.iter().any(|v| v.as_str() == Some(expected_aud)),
        _ => false,
    };
    if !aud_ok {
        return Err(format!("InvalidAudience (expected {expected_aud})"));
    }
    if c.iat > now + 60 {
        return Err("InvalidIssuedAt (in the future)".into());
    }
    if c.exp <= now {
        return Err("AssertionExpired".into());
    }
    if c.exp - c.iat > 3600 {
        return Err("InvalidExpiration (more than 60 minutes after iat)".into());
    }
    // NetSuite documents a comma-separated string; its own example shows an array. Accept both.
    let scopes: Vec<String> = match &c.scope {
        Some(Value::String(s)) => s
            .split(',')
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    if scopes.is_empty() || scopes.iter().any(|s| !SCOPES.contains(&s.as_str())) {
        return Err("ScopeMismatched".into());
    }
    Ok((scopes, role, client_id))
}

/// Issues an access token: a JWT signed RS256 by the emulator's key, with the claims NetSuite documents
/// (section_158255317571). Clients must treat it as opaque; the emulator also remembers it, so a restarted
/// emulator refuses tokens it did not issue, as NetSuite refuses revoked ones.
fn issue_token(emu: &Emu, scopes: Vec<String>, role: i64, client_id: &str) -> String {
    let now = emu.now();
    let expires_at = now + TOKEN_LIFETIME;
    let claims = json!({
        "sub": format!("{role};-5"),
        "aud": [client_id, format!("app:{client_id}")],
        "scope": scopes,
        "iss": "https://system.netsuite.com",
        "oit": now,
        "exp": expires_at,
        "iat": now,
        "jti": random_hex(16),
    });
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some(format!("emulator.{}", emu.account.realm()));
    let token =
        jsonwebtoken::encode(&header, &claims, emu.token_key()).unwrap_or_else(|_| random_hex(48));
    emu.tokens.lock().unwrap_or_else(|e| e.into_inner()).insert(
        token.clone(),
        IssuedToken {
            expires_at,
            scopes,
            role,
        },
    );
    token
}

/// NetSuite accepts RSA 3072/4096 and EC P-256/384/521 certificates valid at most two years.
fn check_m2m_certificate(pem: &str, now: i64) -> Result<(i64, i64), String> {
    let (_, block) = x509_parser::pem::parse_x509_pem(pem.as_bytes())
        .map_err(|_| "fileContent is not a PEM certificate".to_string())?;
    let cert = block
        .parse_x509()
        .map_err(|e| format!("unreadable certificate: {e}"))?;
    let spki = cert.public_key();
    match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) if rsa.key_size() >= 3072 => {}
        Ok(x509_parser::public_key::PublicKey::RSA(rsa)) => {
            return Err(format!(
                "RSA {} bits is too small: use 3072 or 4096",
                rsa.key_size()
            ));
        }
        Ok(x509_parser::public_key::PublicKey::EC(point))
            if matches!(point.data().len(), 65 | 97 | 133) => {}
        _ => return Err("unsupported key: use RSA 3072/4096 or EC P-256/P-384/P-521".into()),
    }
    let v = cert.validity();
    let (from, until) = (v.not_before.timestamp(), v.not_after.timestamp());
    if until - from > 2 * 366 * 86_400 {
        return Err("the certificate is valid for more than two years".into());
    }
    if until <= now {
        return Err("the certificate has expired".into());
    }
    Ok((from, until))
}

pub async fn m2m_certificates_list(
    State(emu): State<Arc<Emu>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(client_id): Path<String>,
) -> Response {
    emu.count("netsuite.m2m");
    if let Some(rejection) = reject_rest(&emu, &method, &uri, &headers) {
        return rejection;
    }
    let rows: Vec<(String, i64, i64, String, String)> = {
        let db = emu.db();
        let mut stmt = match db.prepare(
            "SELECT certificate_id, role, entity, pem, revoked FROM emu_m2m_certificate WHERE client_id = ?1 ORDER BY created, certificate_id",
        ) {
            Ok(s) => s,
            Err(e) => return rest_error(StatusCode::INTERNAL_SERVER_ERROR, "UNEXPECTED_ERROR", &e.to_string(), None),
        };
        stmt.query_map(params![client_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .and_then(|rows| rows.collect())
        .unwrap_or_default()
    };
    let items: Vec<Value> = rows
        .into_iter()
        .map(|(id, role, entity, pem, revoked)| {
            let (from, until) = certs::decoding_key(&pem)
                .map(|(_, f, u)| (f, u))
                .unwrap_or((0, 0));
            json!({
                "certificateId": id,
                "role": role.to_string(),
                "entity": entity.to_string(),
                "validFrom": timestamp(from),
                "validUntil": timestamp(until),
                "revoked": revoked == "T",
            })
        })
        .collect();
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        json!({ "items": items }).to_string(),
    )
        .into_response()
}

pub async fn m2m_certificates_upload(
    State(emu): State<Arc<Emu>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(client_id): Path<String>,
    body: Bytes,
) -> Response {
    emu.count("netsuite.m2m");
    if let Some(rejection) = reject_rest(&emu, &method, &uri, &headers) {
        return rejection;
    }
    let Ok(Value::Object(request)) = serde_json::from_slice::<Value>(&body) else {
        return rest_error(
            StatusCode::BAD_REQUEST,
            "INVALID_CONTENT",
            "The body must be {fileContent, role, entity}.",
            None,
        );
    };
    let field = |k: &str| {
        request.get(k).and_then(|v| {
            v.as_str()
                .map(str::to_string)
                .or_else(|| v.as_i64().map(|n| n.to_string()))
        })
    };
    let (Some(pem), Some(role), Some(entity)) =
        (field("fileContent"), field("role"), field("entity"))
    else {
        return rest_error(
            StatusCode::BAD_REQUEST,
            "INVALID_CONTENT",
            "fileContent, role and entity are required.",
            None,
        );
    };
    let known_client = emu
        .db()
        .query_row(
            "SELECT 1 FROM emu_integration WHERE client_id = ?1",
            params![client_id],
            |_| Ok(()),
        )
        .optional()
        .ok()
        .flatten()
        .is_some();
    if !known_client {
        return rest_error(
            StatusCode::NOT_FOUND,
            "NONEXISTENT_ID",
            "No integration record has this client ID.",
            None,
        );
    }
    if let Err(reason) = check_m2m_certificate(&pem, emu.now()) {
        return rest_error(
            StatusCode::BAD_REQUEST,
            "INVALID_CONTENT",
            &reason,
            Some("fileContent"),
        );
    }
    let certificate_id = random_hex(16);
    let inserted = emu.db().execute(
        "INSERT INTO emu_m2m_certificate(certificate_id, client_id, role, entity, pem, revoked, created)
         VALUES (?1, ?2, ?3, ?4, ?5, 'F', datetime(?6, 'unixepoch'))",
        params![certificate_id, client_id, role.parse::<i64>().unwrap_or(0), entity.parse::<i64>().unwrap_or(0), pem, emu.now()],
    );
    if let Err(e) = inserted {
        return rest_error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNEXPECTED_ERROR",
            &e.to_string(),
            None,
        );
    }
    emu.event(
        "netsuite",
        &format!("M2M certificate {certificate_id} uploaded for client {client_id}"),
    );
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json")],
        json!({ "certificateId": certificate_id }).to_string(),
    )
        .into_response()
}

pub async fn m2m_certificate_revoke(
    State(emu): State<Arc<Emu>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path((client_id, certificate_id)): Path<(String, String)>,
) -> Response {
    emu.count("netsuite.m2m");
    if let Some(rejection) = reject_rest(&emu, &method, &uri, &headers) {
        return rejection;
    }
    let changed = emu
        .db()
        .execute(
            "UPDATE emu_m2m_certificate SET revoked = 'T' WHERE client_id = ?1 AND certificate_id = ?2",
            params![client_id, certificate_id],
        )
        .unwrap_or(0);
    if changed == 0 {
        return rest_error(
            StatusCode::NOT_FOUND,
            "NONEXISTENT_ID",
            "No such certificate for this client.",
            None,
        );
    }
    emu.event(
        "netsuite",
        &format!("M2M certificate {certificate_id} revoked"),
    );
    StatusCode::NO_CONTENT.into_response()
}
