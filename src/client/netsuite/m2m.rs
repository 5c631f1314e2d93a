//! NetSuite OAuth 2.0 client credentials (M2M): the JWT assertion and the access token it buys.
//!
//! The assertion is exactly what NetSuite documents (section_162790605110): header `typ=JWT`, `alg` PS256 for an
//! RSA key or ES256/ES384 for an EC key (never RS256), `kid` = the certificate id of the M2M mapping; claims
//! `iss` = client id, `scope` = comma-separated string, `aud` = the token URL, `iat`, `exp` (< 60 min after iat).
//! The access token (valid 3600 s, no refresh token) is cached in memory and on disk (0600) and reused until
//! shortly before it expires.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, ECDSA_P384_SHA384_FIXED_SIGNING, EcdsaKeyPair, KeyPair,
    RsaKeyPair,
};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::client::http::Http;
use crate::error::Failure;
use crate::secret::{Secret, read_private_file};

/// The scopes we ask for: SuiteQL and records (`rest_webservices`) and the companion RESTlet (`restlets`).
pub const SCOPE: &str = "restlets,rest_webservices";
/// How long the assertion is valid. NetSuite requires less than 60 minutes; a short life limits replay.
const ASSERTION_LIFETIME_SECS: i64 = 300;
/// A cached token is not used in its last two minutes, so a request never starts with a token about to expire.
const REUSE_MARGIN_SECS: i64 = 120;
/// A difference between this machine's clock and NetSuite's (its `Date` header) beyond this explains a refused
/// assertion: the assertion lives [`ASSERTION_LIFETIME_SECS`] from `iat`, and servers commonly allow a minute of
/// `iat` in the future. Below it, a refusal is about the credential, not the time.
const SKEW_TOLERANCE_SECS: i64 = 30;

/// A private key that signs assertions, with the JWT algorithm its type calls for.
/// `Debug` shows the kind of key, never the key.
pub struct SigningKey {
    pub algorithm: Algorithm,
    /// "RSA 3072", "EC P-256": for messages.
    pub description: String,
    /// The public key (PKCS#1 for RSA, the EC point): tokens are cached per key, so a changed key is noticed.
    public_key: Vec<u8>,
    key: EncodingKey,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({}, {:?})", self.description, self.algorithm)
    }
}

impl SigningKey {
    /// Reads a PEM private key (PKCS#8, PKCS#1 RSA or SEC1 EC), refusing a file readable by group or others.
    pub fn from_file(path: &Path) -> Result<Self> {
        let bytes = read_private_file(path, "NetSuite private key")?;
        Self::from_pem(&bytes).map_err(|e| {
            Failure::usage(format!("NetSuite private key {}: {e}", path.display()))
                .with_hint("use the private key whose certificate you uploaded in OAuth 2.0 Client Credentials (M2M) Setup (`openssl pkey -in FILE -noout -text` shows it)")
                .into()
        })
    }

    pub fn from_pem(pem: &[u8]) -> std::result::Result<Self, String> {
        use x509_parser::pem::Pem;
        let mut saw_certificate = false;
        for block in Pem::iter_from_buffer(pem) {
            let block = block.map_err(|e| format!("not a PEM file ({e})"))?;
            match block.label.as_str() {
                "PRIVATE KEY" => return Self::from_pkcs8(pem, &block.contents),
                "RSA PRIVATE KEY" => {
                    let pair = RsaKeyPair::from_der(&block.contents)
                        .map_err(|e| format!("unreadable RSA key ({e})"))?;
                    return Ok(Self::rsa(&pair, EncodingKey::from_rsa_der(&block.contents)));
                }
                "EC PRIVATE KEY" => {
                    for (alg, jwt_alg, curve) in ec_algorithms() {
                        if let Ok(pair) = EcdsaKeyPair::from_private_key_der(alg, &block.contents) {
                            let pkcs8 = pair
                                .to_pkcs8v1()
                                .map_err(|_| "unreadable EC key".to_string())?;
                            let key = EncodingKey::from_ec_der(pkcs8.as_ref());
                            return Ok(Self::ec(&pair, jwt_alg, curve, key));
                        }
                    }
                    return Err("EC key on an unsupported curve (use P-256 or P-384)".into());
                }
                "ENCRYPTED PRIVATE KEY" => {
                    return Err("the key is encrypted; write an unencrypted copy (mode 0600) with `openssl pkey -in KEY -out KEY.plain`".into());
                }
                "CERTIFICATE" => saw_certificate = true,
                _ => {}
            }
        }
        if saw_certificate {
            Err("holds a certificate but no private key".into())
        } else {
            Err("holds no PEM private key".into())
        }
    }

    fn from_pkcs8(pem: &[u8], der: &[u8]) -> std::result::Result<Self, String> {
        if let Ok(pair) = RsaKeyPair::from_pkcs8(der) {
            let key =
                EncodingKey::from_rsa_pem(pem).map_err(|e| format!("unreadable RSA key ({e})"))?;
            return Ok(Self::rsa(&pair, key));
        }
        for (alg, jwt_alg, curve) in ec_algorithms() {
            if let Ok(pair) = EcdsaKeyPair::from_pkcs8(alg, der) {
                return Ok(Self::ec(
                    &pair,
                    jwt_alg,
                    curve,
                    EncodingKey::from_ec_der(der),
                ));
            }
        }
        Err("unsupported key type (NetSuite M2M takes RSA 3072/4096 or EC P-256/P-384 here)".into())
    }

    fn rsa(pair: &RsaKeyPair, key: EncodingKey) -> Self {
        SigningKey {
            algorithm: Algorithm::PS256,
            description: format!("RSA {}", pair.public_modulus_len() * 8),
            public_key: pair.public_key().as_ref().to_vec(),
            key,
        }
    }

    fn ec(pair: &EcdsaKeyPair, algorithm: Algorithm, curve: &str, key: EncodingKey) -> Self {
        SigningKey {
            algorithm,
            description: format!("EC {curve}"),
            public_key: pair.public_key().as_ref().to_vec(),
            key,
        }
    }

    /// The public half, for checks (e.g. that a key matches a certificate).
    pub fn algorithm_name(&self) -> &'static str {
        match self.algorithm {
            Algorithm::PS256 => "PS256",
            Algorithm::ES256 => "ES256",
            Algorithm::ES384 => "ES384",
            _ => "other",
        }
    }
}

fn ec_algorithms() -> [(
    &'static aws_lc_rs::signature::EcdsaSigningAlgorithm,
    Algorithm,
    &'static str,
); 2] {
    [
        (&ECDSA_P256_SHA256_FIXED_SIGNING, Algorithm::ES256, "P-256"),
        (&ECDSA_P384_SHA384_FIXED_SIGNING, Algorithm::ES384, "P-384"),
    ]
}

/// The claims NetSuite documents for the client assertion.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
pub struct AssertionClaims {
    pub iss: String,
    pub scope: String,
    pub aud: String,
    pub iat: i64,
    pub exp: i64,
}

/// Builds and signs the client assertion.
pub fn assertion(
    key: &SigningKey,
    client_id: &str,
    certificate_id: &str,
    token_url: &Url,
    now: i64,
) -> Result<String> {
    let mut header = Header::new(key.algorithm);
    header.typ = Some("JWT".into());
    header.kid = Some(certificate_id.to_string());
    let claims = AssertionClaims {
        iss: client_id.to_string(),
        scope: SCOPE.to_string(),
        aud: token_url.to_string(),
        iat: now,
        exp: now + ASSERTION_LIFETIME_SECS,
    };
    jsonwebtoken::encode(&header, &claims, &key.key)
        .context("signing the NetSuite client assertion")
}

/// The token endpoint's answer. `expires_in` is documented as always 3600 and arrives as a string.
#[derive(Debug, Deserialize)]
struct TokenResponse {
    access_token: String,
    #[serde(default, deserialize_with = "number_or_string")]
    expires_in: Option<i64>,
}

fn number_or_string<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum N {
        Num(i64),
        Str(String),
    }
    Ok(match Option::<N>::deserialize(d)? {
        Some(N::Num(n)) => Some(n),
        Some(N::Str(s)) => s.trim().parse().ok(),
        None => None,
    })
}

#[derive(Serialize, Deserialize)]
struct CachedFile {
    access_token: String,
    expires_at: i64,
}

struct Cached {
    token: Secret,
    expires_at: i64,
}

/// Gets access tokens for one (token URL, client id, certificate id) and caches them.
pub struct TokenSource {
    client_id: String,
    certificate_id: String,
    key: SigningKey,
    token_url: Url,
    cache_file: Option<PathBuf>,
    cached: tokio::sync::Mutex<Option<Cached>>,
    /// Tokens fetched from the endpoint so far, and the last fetch's round trip (for `profile test`).
    fetches: std::sync::atomic::AtomicU64,
    last_round_trip_ms: std::sync::atomic::AtomicU64,
    /// NetSuite's clock minus ours, once a refusal showed it matters (0 until then).
    skew: std::sync::atomic::AtomicI64,
}

impl TokenSource {
    pub fn new(
        client_id: String,
        certificate_id: String,
        key: SigningKey,
        token_url: Url,
        cache_dir: Option<&Path>,
    ) -> Self {
        let cache_file = cache_dir.map(|dir| {
            // One file per credential and endpoint; the name says nothing about the credential itself.
            let digest = aws_lc_rs::digest::digest(
                &aws_lc_rs::digest::SHA256,
                &[
                    token_url.as_str().as_bytes(),
                    client_id.as_bytes(),
                    certificate_id.as_bytes(),
                    &key.public_key,
                ]
                .join(&b'\n'),
            );
            let name: String = digest.as_ref()[..12]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            dir.join("tokens").join(format!("{name}.json"))
        });
        TokenSource {
            client_id,
            certificate_id,
            key,
            token_url,
            cache_file,
            cached: tokio::sync::Mutex::new(None),
            fetches: Default::default(),
            last_round_trip_ms: Default::default(),
            skew: Default::default(),
        }
    }

    pub fn algorithm_name(&self) -> &'static str {
        self.key.algorithm_name()
    }

    /// The M2M client (integration record) this source signs for.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// A valid access token: from memory, from the disk cache, or from the token endpoint.
    pub async fn token(&self, http: &Http) -> Result<Secret> {
        let now = crate::clock::unix();
        // Holding the lock while fetching makes concurrent callers wait for one request instead of racing.
        let mut cached = self.cached.lock().await;
        if let Some(c) = cached
            .as_ref()
            .filter(|c| c.expires_at - REUSE_MARGIN_SECS > now)
        {
            return Ok(c.token.clone());
        }
        if let Some(c) = self.read_cache_file(now) {
            let token = c.token.clone();
            *cached = Some(c);
            return Ok(token);
        }
        let (fresh, elapsed) = self.request(http, now).await?;
        self.last_round_trip_ms.store(
            elapsed.as_millis() as u64,
            std::sync::atomic::Ordering::Relaxed,
        );
        self.fetches
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.write_cache_file(&fresh);
        let token = fresh.token.clone();
        *cached = Some(fresh);
        Ok(token)
    }

    /// How many tokens were fetched from the endpoint, and the last fetch's round trip.
    pub fn fetches(&self) -> (u64, Duration) {
        use std::sync::atomic::Ordering::Relaxed;
        (
            self.fetches.load(Relaxed),
            Duration::from_millis(self.last_round_trip_ms.load(Relaxed)),
        )
    }

    /// Forgets the token (NetSuite refused it: revoked, or the mapping changed).
    pub async fn invalidate(&self) {
        *self.cached.lock().await = None;
        if let Some(path) = &self.cache_file {
            let _ = std::fs::remove_file(path);
        }
    }

    /// Fetches a token. NetSuite's answer to an assertion refused for its time is the same `invalid_grant` as for
    /// any other problem (the reason shows only in the login audit trail), so the time is judged from the answer's
    /// `Date` header: when this machine's clock is off by more than [`SKEW_TOLERANCE_SECS`], the assertion is
    /// signed once more with the clock corrected by the measured skew, and the correction is kept for the run.
    async fn request(&self, http: &Http, now: i64) -> Result<(Cached, Duration)> {
        use std::sync::atomic::Ordering::Relaxed;
        let skew = self.skew.load(Relaxed);
        match self.request_at(http, now, now + skew).await? {
            Ok(done) => Ok(done),
            Err(refused) => {
                let measured = refused.server_skew;
                match measured.filter(|m| (m - skew).abs() > SKEW_TOLERANCE_SECS) {
                    Some(measured) => {
                        tracing::warn!(
                            "clock skew: this machine's clock is {} NetSuite's; signing the assertion again with NetSuite's time",
                            describe_skew(measured)
                        );
                        self.skew.store(measured, Relaxed);
                        match self.request_at(http, now, now + measured).await? {
                            Ok(done) => Ok(done),
                            Err(again) => {
                                Err(again.into_error(&self.certificate_id, Some(measured)))
                            }
                        }
                    }
                    None => Err(refused.into_error(&self.certificate_id, measured)),
                }
            }
        }
    }

    /// One token request with an assertion issued at `iat` (NetSuite's time as best known); the outer error is a
    /// failure that retrying with another time cannot fix, the inner one NetSuite's refusal.
    async fn request_at(
        &self,
        http: &Http,
        now: i64,
        iat: i64,
    ) -> Result<std::result::Result<(Cached, Duration), Refused>> {
        let jwt = assertion(
            &self.key,
            &self.client_id,
            &self.certificate_id,
            &self.token_url,
            iat,
        )?;
        let form = [
            ("grant_type", "client_credentials"),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ),
            ("client_assertion", jwt.as_str()),
        ];
        let response = http
            .send("NetSuite token", true, || {
                Ok(http.client().post(self.token_url.clone()).form(&form))
            })
            .await?;
        if !response.status.is_success() {
            let code = serde_json::from_slice::<serde_json::Value>(&response.body)
                .ok()
                .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(str::to_string))
                .unwrap_or_else(|| format!("HTTP {}", response.status.as_u16()));
            if response.status.is_server_error() {
                return Err(Failure::service(format!(
                    "NetSuite's token endpoint failed ({code}) after retries"
                ))
                .into());
            }
            // Over the concurrency limit: the HTTP layer retried it like any 429; still busy is the service's
            // state (exit 4), not a verdict on the credential.
            if crate::client::http::is_busy(&response) {
                return Err(Failure::service(format!(
                    "NetSuite's token endpoint is busy (HTTP {}, over the account's concurrency limit) after {} retries",
                    response.status.as_u16(),
                    http.retries()
                ))
                .with_hint("wait a minute and run again; other integrations share the account's limit (OA_RT_RETRIES allows more retries)")
                .into());
            }
            let server_skew = response
                .header("date")
                .and_then(|d| chrono::DateTime::parse_from_rfc2822(d).ok())
                .map(|d| d.timestamp() - now);
            return Ok(Err(Refused { code, server_skew }));
        }
        let parsed: TokenResponse = serde_json::from_slice(&response.body).map_err(|e| {
            Failure::service(format!(
                "NetSuite's token endpoint sent an unreadable answer: {e}"
            ))
        })?;
        let lifetime = parsed.expires_in.unwrap_or(3600);
        // The lifetime runs from now on this machine's clock too: the skew does not change when it ends here.
        Ok(Ok((
            Cached {
                token: Secret::new(parsed.access_token),
                expires_at: now + lifetime,
            },
            response.elapsed,
        )))
    }

    fn read_cache_file(&self, now: i64) -> Option<Cached> {
        let path = self.cache_file.as_ref()?;
        // A cache file others could read is not trusted (and not an error: we just fetch a new token).
        let bytes = read_private_file(path, "token cache").ok()?;
        let file: CachedFile = serde_json::from_slice(&bytes).ok()?;
        (file.expires_at - REUSE_MARGIN_SECS > now).then(|| Cached {
            token: Secret::new(file.access_token),
            expires_at: file.expires_at,
        })
    }

    fn write_cache_file(&self, c: &Cached) {
        let Some(path) = &self.cache_file else { return };
        let file = CachedFile {
            access_token: c.token.expose().to_string(),
            expires_at: c.expires_at,
        };
        // The cache only saves a round trip; failing to write it must not fail the command.
        let written = serde_json::to_vec(&file)
            .map_err(anyhow::Error::from)
            .and_then(|json| crate::fsutil::write_private(path, &json));
        if let Err(e) = written {
            tracing::debug!("not caching the NetSuite token: {e:#}");
        }
        if let Some(dir) = path.parent() {
            prune_expired(dir, c.expires_at - 3600);
        }
    }
}

/// NetSuite's refusal of a token request: its error code, and how far its clock (`Date`) is ahead of ours.
struct Refused {
    code: String,
    server_skew: Option<i64>,
}

impl Refused {
    /// The authentication failure (exit 3); it names the clock skew when there is one to name.
    fn into_error(self, certificate_id: &str, skew: Option<i64>) -> anyhow::Error {
        let skew = skew.filter(|s| s.abs() > SKEW_TOLERANCE_SECS);
        let mut message = format!(
            "NetSuite refused the M2M token request ({}) for certificate id {certificate_id}",
            self.code
        );
        if let Some(s) = skew {
            message.push_str(&format!(
                "; clock skew: this machine's clock is {} NetSuite's (its Date header), and the assertion signed with NetSuite's time was refused too",
                describe_skew(s)
            ));
        }
        let mut f = Failure::auth(message);
        if skew.is_some() {
            f = f.with_hint(
                "set this machine's clock right (NTP: `timedatectl set-ntp true`), then run again",
            );
        }
        f.with_hint(
            "check client_id, certificate_id and that private_key_file belongs to the certificate mapped in \
             Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup, and that the \
             certificate has not expired or been revoked; NetSuite shows the reason in Setup > Users/Roles > \
             User Management > View Login Audit Trail",
        )
        .into()
    }
}

/// "900 s behind" / "75 s ahead of" (the skew is NetSuite's clock minus ours).
fn describe_skew(server_minus_local: i64) -> String {
    if server_minus_local > 0 {
        format!("{server_minus_local} s behind")
    } else {
        format!("{} s ahead of", -server_minus_local)
    }
}

/// Deletes cached tokens that expired before `before` (tokens of old emulators, rotated credentials...).
fn prune_expired(dir: &Path, before: i64) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let expired = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<CachedFile>(&b).ok())
            .is_some_and(|f| f.expires_at < before);
        if expired {
            let _ = std::fs::remove_file(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{DecodingKey, Validation};

    fn ec_pem() -> String {
        let kp = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        kp.serialize_pem()
    }

    #[test]
    fn ec_key_signs_an_es256_assertion_with_the_documented_header_and_claims() {
        let pem = ec_pem();
        let key = SigningKey::from_pem(pem.as_bytes()).unwrap();
        assert_eq!(key.algorithm, Algorithm::ES256);
        assert_eq!(key.description, "EC P-256");
        let url = Url::parse(
            "https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token",
        )
        .unwrap();
        let jwt = assertion(&key, "client-1", "cert-9", &url, 1_700_000_000).unwrap();
        let header = jsonwebtoken::decode_header(&jwt).unwrap();
        assert_eq!(header.alg, Algorithm::ES256);
        assert_eq!(header.kid.as_deref(), Some("cert-9"));
        assert_eq!(header.typ.as_deref(), Some("JWT"));
        // Decode the payload without verification to pin the exact claims.
        use base64::Engine;
        let payload = jwt.split('.').nth(1).unwrap();
        let json = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap();
        let claims: AssertionClaims = serde_json::from_slice(&json).unwrap();
        assert_eq!(
            claims,
            AssertionClaims {
                iss: "client-1".into(),
                scope: "restlets,rest_webservices".into(),
                aud: url.to_string(),
                iat: 1_700_000_000,
                exp: 1_700_000_300,
            }
        );
    }

    #[test]
    fn ec_signature_verifies_with_the_public_key() {
        let kp = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let key = SigningKey::from_pem(kp.serialize_pem().as_bytes()).unwrap();
        let url = Url::parse("https://x/token").unwrap();
        let now = crate::clock::unix();
        let jwt = assertion(&key, "c", "k", &url, now).unwrap();
        let mut v = Validation::new(Algorithm::ES256);
        v.set_audience(&["https://x/token"]);
        let dk = DecodingKey::from_ec_der(&public_point(&kp));
        jsonwebtoken::decode::<AssertionClaims>(&jwt, &dk, &v).unwrap();
        // Another key's public part does not verify it.
        let other = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let dk = DecodingKey::from_ec_der(&public_point(&other));
        assert!(jsonwebtoken::decode::<AssertionClaims>(&jwt, &dk, &v).is_err());
    }

    /// The uncompressed EC point, which is what jsonwebtoken's EC decoding key takes.
    fn public_point(kp: &rcgen::KeyPair) -> Vec<u8> {
        let der = kp.serialize_der();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der).unwrap();
        pair.public_key().as_ref().to_vec()
    }

    #[test]
    fn rsa_key_signs_ps256() {
        let kp = rcgen::KeyPair::generate_for(&rcgen::PKCS_RSA_SHA256).unwrap();
        let key = SigningKey::from_pem(kp.serialize_pem().as_bytes()).unwrap();
        assert_eq!(key.algorithm, Algorithm::PS256);
        assert!(key.description.starts_with("RSA "), "{}", key.description);
        let url = Url::parse("https://x/token").unwrap();
        let now = crate::clock::unix();
        let jwt = assertion(&key, "c", "k", &url, now).unwrap();
        assert_eq!(
            jsonwebtoken::decode_header(&jwt).unwrap().alg,
            Algorithm::PS256
        );
        let pair = RsaKeyPair::from_pkcs8(&kp.serialize_der()).unwrap();
        let dk = DecodingKey::from_rsa_der(pair.public_key().as_ref());
        let mut v = Validation::new(Algorithm::PS256);
        v.set_audience(&["https://x/token"]);
        jsonwebtoken::decode::<AssertionClaims>(&jwt, &dk, &v).unwrap();
    }

    #[test]
    fn unusable_pem_files_say_why() {
        assert!(
            SigningKey::from_pem(b"hello")
                .unwrap_err()
                .contains("no PEM private key")
        );
        let kp = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        let cert = rcgen::CertificateParams::new(vec!["x".into()])
            .unwrap()
            .self_signed(&kp)
            .unwrap();
        assert!(
            SigningKey::from_pem(cert.pem().as_bytes())
                .unwrap_err()
                .contains("certificate but no private key")
        );
        let enc =
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n";
        assert!(
            SigningKey::from_pem(enc.as_bytes())
                .unwrap_err()
                .contains("encrypted")
        );
    }

    #[test]
    fn expires_in_as_string_or_number() {
        let a: TokenResponse = serde_json::from_str(
            r#"{"access_token":"t","expires_in":"3600","token_type":"Bearer"}"#,
        )
        .unwrap();
        let b: TokenResponse =
            serde_json::from_str(r#"{"access_token":"t","expires_in":3600}"#).unwrap();
        assert_eq!((a.expires_in, b.expires_in), (Some(3600), Some(3600)));
    }
}
