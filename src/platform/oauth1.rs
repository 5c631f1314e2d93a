//! NetSuite Token-Based Authentication (TBA).
//!
//! TBA is OAuth 1.0a (RFC 5849) with the signature method `HMAC-SHA256` (not in the RFC,
//! but built the same way as its `HMAC-SHA1`) and a `realm` parameter carrying the NetSuite
//! account id exactly as NetSuite spells it (upper case, underscore: `1234567_SB1`).
//!
//! This is written by hand on purpose: the maintained OAuth 1.0a crate (`oauth1-request`)
//! signs with HMAC-SHA1 only (the one fork adding HMAC-SHA256 is a single unmaintained
//! release), and these crates pull in the RustCrypto `hmac`/`sha*` crates, while this project
//! keeps one crypto backend, aws-lc-rs. The protocol part is small (RFC 5849 §3.4-§3.6).
//!
//! Client side: [`authorization_header`]. Server side (for an emulator):
//! [`parse_authorization_header`] + [`verify_signature`]. Timestamp windows and nonce replay
//! checks are left to the caller.
//!
//! A JSON request body is never part of the signature (RFC 5849 §3.4.1.3.1 only takes
//! form-encoded bodies, and NetSuite does not use `oauth_body_hash`).

use std::collections::BTreeMap;
use std::fmt;

use aws_lc_rs::hmac;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// The signature method NetSuite TBA uses.
const SIGNATURE_METHOD: &str = "HMAC-SHA256";

/// Everything except RFC 3986 "unreserved" (ALPHA / DIGIT / "-" / "." / "_" / "~") is encoded.
const RFC5849_ENCODE_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The credentials of one NetSuite integration record + access token.
#[derive(Clone, Copy)]
pub struct TbaCredentials<'a> {
    /// NetSuite account id as used in `realm`, e.g. `1234567_SB1`.
    pub realm: &'a str,
    pub consumer_key: &'a str,
    pub consumer_secret: &'a str,
    pub token_id: &'a str,
    pub token_secret: &'a str,
}

// Hand-written so that a stray `{:?}` never prints the secrets into a log.
impl fmt::Debug for TbaCredentials<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TbaCredentials")
            .field("realm", &self.realm)
            .field("consumer_key", &self.consumer_key)
            .field("consumer_secret", &"<redacted>")
            .field("token_id", &self.token_id)
            .field("token_secret", &"<redacted>")
            .finish()
    }
}

/// Percent-encoding of RFC 5849 §3.6 (unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~").
/// Non-ASCII text is encoded as its UTF-8 bytes, with upper-case hex digits.
pub fn percent_encode(s: &str) -> String {
    utf8_percent_encode(s, RFC5849_ENCODE_SET).to_string()
}

/// RFC 5849 §3.4.1.2 base string URI: lower-case scheme and host, default port dropped,
/// no user info, query or fragment.
fn base_string_uri(url: &url::Url) -> String {
    let scheme = url.scheme().to_ascii_lowercase();
    let host = url.host_str().unwrap_or("").to_ascii_lowercase();
    // `Url::port()` is already `None` when the port is the scheme's default (80/443).
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    // The path stays as the URL carries it (already percent-encoded by `url`).
    format!("{scheme}://{host}{port}{}", url.path())
}

/// RFC 5849 §3.4.1.3.2: encode every name and value, sort by name then value (byte order),
/// join as `name=value` with `&`. `oauth_signature` is never part of it.
fn normalized_parameters<'p>(params: impl Iterator<Item = (&'p str, &'p str)>) -> String {
    let mut encoded: Vec<(String, String)> = params
        .filter(|(name, _)| *name != "oauth_signature")
        .map(|(n, v)| (percent_encode(n), percent_encode(v)))
        .collect();
    encoded.sort();
    encoded
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// RFC 5849 §3.4.1 signature base string. `params` are the protocol + request parameters
/// (already decoded, not encoded).
///
/// The query parameters of `url` are added here (decoded as
/// `application/x-www-form-urlencoded`, RFC 5849 §3.4.1.3.1), so `params` holds only the
/// `oauth_*` parameters and, if any, form-encoded body parameters. An `oauth_signature`
/// entry is ignored; `realm` must not be passed (it is not a signed parameter).
pub fn signature_base_string(method: &str, url: &url::Url, params: &[(String, String)]) -> String {
    let query: Vec<(String, String)> = url
        .query_pairs()
        .map(|(n, v)| (n.into_owned(), v.into_owned()))
        .collect();
    let all = query
        .iter()
        .chain(params.iter())
        .map(|(n, v)| (n.as_str(), v.as_str()));
    format!(
        "{}&{}&{}",
        method.to_ascii_uppercase(),
        percent_encode(&base_string_uri(url)),
        percent_encode(&normalized_parameters(all))
    )
}

/// RFC 5849 §3.4.2 key: both secrets are encoded and joined by `&`, even when one is empty.
fn signing_key(algorithm: hmac::Algorithm, consumer_secret: &str, token_secret: &str) -> hmac::Key {
    let key = format!(
        "{}&{}",
        percent_encode(consumer_secret),
        percent_encode(token_secret)
    );
    hmac::Key::new(algorithm, key.as_bytes())
}

/// base64(HMAC-SHA256(percent(consumer_secret)&percent(token_secret), base))
pub fn hmac_sha256_signature(base: &str, consumer_secret: &str, token_secret: &str) -> String {
    let key = signing_key(hmac::HMAC_SHA256, consumer_secret, token_secret);
    BASE64.encode(hmac::sign(&key, base.as_bytes()).as_ref())
}

/// A fresh nonce: 32 random ASCII alphanumerics. The nonce only has to be unique per
/// timestamp (RFC 5849 §3.3), not secret, so fastrand's non-cryptographic RNG is enough.
pub fn new_nonce() -> String {
    std::iter::repeat_with(fastrand::alphanumeric)
        .take(32)
        .collect()
}

/// The full header value ("OAuth realm=..., ...") for a request; url's query params are
/// included in the base string.
pub fn authorization_header(
    creds: &TbaCredentials,
    method: &str,
    url: &url::Url,
    nonce: &str,
    timestamp: u64,
) -> String {
    let timestamp = timestamp.to_string();
    // Header order as NetSuite documents it; the order does not matter for the signature.
    let oauth: [(&str, &str); 6] = [
        ("oauth_consumer_key", creds.consumer_key),
        ("oauth_token", creds.token_id),
        ("oauth_signature_method", SIGNATURE_METHOD),
        ("oauth_timestamp", &timestamp),
        ("oauth_nonce", nonce),
        ("oauth_version", "1.0"),
    ];
    let params: Vec<(String, String)> = oauth
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    let base = signature_base_string(method, url, &params);
    let signature = hmac_sha256_signature(&base, creds.consumer_secret, creds.token_secret);

    let mut header = format!("OAuth realm=\"{}\"", percent_encode(creds.realm));
    for (name, value) in oauth
        .iter()
        .copied()
        .chain([("oauth_signature", signature.as_str())])
    {
        header.push_str(&format!(", {name}=\"{}\"", percent_encode(value)));
    }
    header
}

/// An `Authorization: OAuth ...` header taken apart (values percent-decoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedAuthorization {
    pub realm: Option<String>,
    /// The `oauth_*` parameters, `oauth_signature` included.
    pub params: BTreeMap<String, String>,
}

/// Bytes allowed in a parameter name. All ASCII, so slicing at them is always on a char
/// boundary.
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'~')
}

fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// Strict §3.6 decoding of a quoted value: every `%` must start a `%XX` escape, other bytes
/// must be printable ASCII (a backslash is refused: quoted-pair escapes are not supported),
/// and the decoded bytes must be UTF-8.
fn decode_value(name: &str, raw: &[u8]) -> Result<String, String> {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b == b'%' {
            let pair = raw
                .get(i + 1)
                .copied()
                .and_then(hex)
                .zip(raw.get(i + 2).copied().and_then(hex));
            let Some((hi, lo)) = pair else {
                return Err(format!("bad percent-encoding in {name}"));
            };
            out.push(hi << 4 | lo);
            i += 3;
        } else if (0x20..0x7f).contains(&b) && b != b'\\' {
            out.push(b);
            i += 1;
        } else {
            return Err(format!("invalid character in value of {name}"));
        }
    }
    String::from_utf8(out).map_err(|_| format!("value of {name} is not UTF-8 once decoded"))
}

/// Server side (used by an emulator): parse an `Authorization: OAuth ...` header value into
/// realm + oauth_* params (values percent-decoded). Err(String) with a short reason on
/// malformed input (missing "OAuth " prefix, unquoted value, duplicate parameter, bad
/// percent-encoding...). Must never panic on arbitrary input.
///
/// Accepted form (RFC 5849 §3.5.1): `OAuth` (any case), whitespace, then
/// `name="value"` pairs separated by commas, optional whitespace around `=` and `,`.
/// Only `realm` and `oauth_*` names are accepted.
pub fn parse_authorization_header(value: &str) -> Result<ParsedAuthorization, String> {
    let b = value.trim().as_bytes();
    let scheme_ok = b.len() > 5 && b[..5].eq_ignore_ascii_case(b"OAuth") && is_space(b[5]);
    if !scheme_ok {
        return Err("not an OAuth authorization (missing \"OAuth \" prefix)".into());
    }

    let mut parsed = ParsedAuthorization {
        realm: None,
        params: BTreeMap::new(),
    };
    let mut i = 6;
    let skip_space = |i: &mut usize| {
        while *i < b.len() && is_space(b[*i]) {
            *i += 1;
        }
    };
    loop {
        skip_space(&mut i);
        let start = i;
        while i < b.len() && is_name_byte(b[i]) {
            i += 1;
        }
        if start == i {
            return Err("expected a parameter name".into());
        }
        // Only ASCII bytes were taken, so this cannot fail.
        let name = std::str::from_utf8(&b[start..i]).map_err(|_| "bad name")?;
        skip_space(&mut i);
        if b.get(i) != Some(&b'=') {
            return Err(format!("expected '=' after {name}"));
        }
        i += 1;
        skip_space(&mut i);
        if b.get(i) != Some(&b'"') {
            return Err(format!("value of {name} is not quoted"));
        }
        i += 1;
        let value_start = i;
        while i < b.len() && b[i] != b'"' {
            i += 1;
        }
        if i == b.len() {
            return Err(format!("unterminated quoted value for {name}"));
        }
        let decoded = decode_value(name, &b[value_start..i])?;
        i += 1; // closing quote

        if name == "realm" {
            if parsed.realm.replace(decoded).is_some() {
                return Err("duplicate parameter realm".into());
            }
        } else if name.starts_with("oauth_") {
            if parsed.params.insert(name.to_string(), decoded).is_some() {
                return Err(format!("duplicate parameter {name}"));
            }
        } else {
            return Err(format!("unexpected parameter {name}"));
        }

        skip_space(&mut i);
        match b.get(i) {
            None => return Ok(parsed),
            Some(b',') => i += 1,
            Some(_) => return Err(format!("expected ',' after value of {name}")),
        }
    }
}

/// Server side: recompute the signature for (method, url, parsed params minus
/// oauth_signature/realm) with the given secrets and compare in constant time.
///
/// False when `oauth_signature` is missing or not base64, or when `oauth_signature_method`
/// is not `HMAC-SHA256`.
pub fn verify_signature(
    parsed: &ParsedAuthorization,
    method: &str,
    url: &url::Url,
    consumer_secret: &str,
    token_secret: &str,
) -> bool {
    if parsed
        .params
        .get("oauth_signature_method")
        .map(String::as_str)
        != Some(SIGNATURE_METHOD)
    {
        return false;
    }
    let Some(signature) = parsed.params.get("oauth_signature") else {
        return false;
    };
    let Ok(tag) = BASE64.decode(signature) else {
        return false;
    };
    // `realm` lives outside `params`; `signature_base_string` drops `oauth_signature`.
    let params: Vec<(String, String)> = parsed
        .params
        .iter()
        .map(|(n, v)| (n.clone(), v.clone()))
        .collect();
    let base = signature_base_string(method, url, &params);
    let key = signing_key(hmac::HMAC_SHA256, consumer_secret, token_secret);
    // `hmac::verify` compares the tags in constant time.
    hmac::verify(&key, base.as_bytes(), &tag).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> url::Url {
        url::Url::parse(s).unwrap()
    }

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    // RFC 5849 §3.4.1.1, the request
    //   POST /request?b5=%3D%253D&a3=a&c%40=&a2=r%20b  Host: example.com
    //   Authorization: OAuth realm="Example", oauth_consumer_key="9djdj82h48djs9d2",
    //     oauth_token="kkk9d7dh3k39sjv7", oauth_signature_method="HMAC-SHA1",
    //     oauth_timestamp="137131201", oauth_nonce="7d8f3e4a",
    //     oauth_signature="bYT5CMsGcbgUdFHObYMEfcx6bsw%3D"
    //   body: c2&a3=2+q
    // The expected strings are the ones printed in §3.4.1.3.2 and §3.4.1.1 (line breaks of
    // the RFC removed).
    #[test]
    fn rfc5849_section_3_4_1_1_base_string() {
        let u = url("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
        let params = owned(&[
            ("oauth_consumer_key", "9djdj82h48djs9d2"),
            ("oauth_token", "kkk9d7dh3k39sjv7"),
            ("oauth_signature_method", "HMAC-SHA1"),
            ("oauth_timestamp", "137131201"),
            ("oauth_nonce", "7d8f3e4a"),
            // Present in the RFC's header; must be left out of the base string.
            ("oauth_signature", "bYT5CMsGcbgUdFHObYMEfcx6bsw="),
            // Body parameters (form-decoded: "c2" has an empty value, '+' is a space).
            ("c2", ""),
            ("a3", "2 q"),
        ]);

        let query = u
            .query_pairs()
            .map(|(n, v)| (n.into_owned(), v.into_owned()));
        let all: Vec<(String, String)> = query.chain(params.iter().cloned()).collect();
        assert_eq!(
            normalized_parameters(all.iter().map(|(n, v)| (n.as_str(), v.as_str()))),
            "a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9dj\
             dj82h48djs9d2&oauth_nonce=7d8f3e4a&oauth_signature_method=HMAC-SHA1\
             &oauth_timestamp=137131201&oauth_token=kkk9d7dh3k39sjv7"
        );

        assert_eq!(
            signature_base_string("post", &u, &params),
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q\
             %26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_\
             key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m\
             ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk\
             9d7dh3k39sjv7"
        );
    }

    // RFC 5849 §3.4.1.2 examples.
    #[test]
    fn rfc5849_base_string_uri() {
        assert_eq!(
            base_string_uri(&url("HTTP://EXAMPLE.COM:80/r%20v/X?id=123")),
            "http://example.com/r%20v/X"
        );
        assert_eq!(
            base_string_uri(&url("https://www.example.net:8080/?q=1")),
            "https://www.example.net:8080/"
        );
        // Default https port dropped, user info and fragment never included.
        assert_eq!(
            base_string_uri(&url("https://u:p@Example.NET:443/a/b?x=1#frag")),
            "https://example.net/a/b"
        );
    }

    const PHOTOS_URL: &str = "http://photos.example.net/photos?file=vacation.jpg&size=original";

    fn photos_params(signature_method: &str) -> Vec<(String, String)> {
        owned(&[
            ("oauth_consumer_key", "dpf43f3p2l4k3l03"),
            ("oauth_token", "nnch734d00sl2jdk"),
            ("oauth_signature_method", signature_method),
            ("oauth_timestamp", "137131202"),
            ("oauth_nonce", "chapoH"),
        ])
    }

    // RFC 5849 §1.2 (the "photos" example, HMAC-SHA1). The RFC prints the base string and
    // oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D". Signing with aws-lc-rs's HMAC-SHA1
    // here checks the base string and the key construction against the RFC's own signature.
    #[test]
    fn rfc5849_section_1_2_photos_hmac_sha1() {
        let base = signature_base_string("GET", &url(PHOTOS_URL), &photos_params("HMAC-SHA1"));
        assert_eq!(
            base,
            "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26\
             oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_\
             signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202%26oauth_\
             token%3Dnnch734d00sl2jdk%26size%3Doriginal"
        );
        let key = signing_key(
            hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY,
            "kd94hf93k423kf44",
            "pfkkdhi9sl3r4s00",
        );
        let sha1 = BASE64.encode(hmac::sign(&key, base.as_bytes()).as_ref());
        assert_eq!(percent_encode(&sha1), "MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D");
    }

    // The §1.2 example adapted to SHA-256: oauth_signature_method=HMAC-SHA256, same key.
    // Expected signature computed independently with Python 3.11:
    //   python3 -c 'import hmac,hashlib,base64; b="GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal"; print(base64.b64encode(hmac.new(b"kd94hf93k423kf44&pfkkdhi9sl3r4s00", b.encode(), hashlib.sha256).digest()).decode())'
    //   -> HtMwoX2zenlFjgGg/SNEoKEQmL7CzxYFEKzs7er044Y=
    #[test]
    fn rfc5849_photos_adapted_to_hmac_sha256() {
        let base = signature_base_string("GET", &url(PHOTOS_URL), &photos_params("HMAC-SHA256"));
        assert_eq!(
            base,
            "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26\
             oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_\
             signature_method%3DHMAC-SHA256%26oauth_timestamp%3D137131202%26oauth_\
             token%3Dnnch734d00sl2jdk%26size%3Doriginal"
        );
        assert_eq!(
            hmac_sha256_signature(&base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"),
            "HtMwoX2zenlFjgGg/SNEoKEQmL7CzxYFEKzs7er044Y="
        );
    }

    // Made-up credentials; the secrets hold reserved characters on purpose so that the
    // key's percent-encoding is exercised.
    const RESTLET_URL: &str = "https://1234567-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=customscript_oa_rt_companion&deploy=customdeploy_oa_rt_companion";
    const CREDS: TbaCredentials<'static> = TbaCredentials {
        realm: "1234567_SB1",
        consumer_key: "ck_3f9a1c2e7b",
        consumer_secret: "cs_8d2e/4a+b=c&d",
        token_id: "tk_51b0e6d9aa",
        token_secret: "ts_0c7f~e%91 z",
    };
    const NONCE: &str = "Zq3xK9mP2vR7tY1wB5nL";
    const TIMESTAMP: u64 = 1767225600;

    // Header produced by oauthlib 4.0.1 (Python 3.11) for the same request:
    //   from oauthlib.oauth1 import Client, SIGNATURE_HMAC_SHA256
    //   c = Client('ck_3f9a1c2e7b', client_secret='cs_8d2e/4a+b=c&d',
    //              resource_owner_key='tk_51b0e6d9aa', resource_owner_secret='ts_0c7f~e%91 z',
    //              signature_method=SIGNATURE_HMAC_SHA256, realm='1234567_SB1',
    //              nonce='Zq3xK9mP2vR7tY1wB5nL', timestamp='1767225600')
    //   uri, headers, body = c.sign(RESTLET_URL, http_method='POST', body=None,
    //                               headers={'Content-Type': 'application/json'})
    //   print(headers['Authorization'])
    const OAUTHLIB_HEADER: &str = "OAuth realm=\"1234567_SB1\", oauth_nonce=\"Zq3xK9mP2vR7tY1wB5nL\", oauth_timestamp=\"1767225600\", oauth_version=\"1.0\", oauth_signature_method=\"HMAC-SHA256\", oauth_consumer_key=\"ck_3f9a1c2e7b\", oauth_token=\"tk_51b0e6d9aa\", oauth_signature=\"ZSL8%2BG36Jb232RZyPUpfEbx9aP6Cgg90niRZ%2FZ7dlOs%3D\"";

    #[test]
    fn matches_oauthlib_for_a_netsuite_restlet_post() {
        let header = authorization_header(&CREDS, "POST", &url(RESTLET_URL), NONCE, TIMESTAMP);
        assert_eq!(
            header,
            "OAuth realm=\"1234567_SB1\", oauth_consumer_key=\"ck_3f9a1c2e7b\", \
             oauth_token=\"tk_51b0e6d9aa\", oauth_signature_method=\"HMAC-SHA256\", \
             oauth_timestamp=\"1767225600\", oauth_nonce=\"Zq3xK9mP2vR7tY1wB5nL\", \
             oauth_version=\"1.0\", \
             oauth_signature=\"ZSL8%2BG36Jb232RZyPUpfEbx9aP6Cgg90niRZ%2FZ7dlOs%3D\""
        );

        // Both headers carry the same parameters, whatever their order.
        let ours = parse_authorization_header(&header).unwrap();
        let theirs = parse_authorization_header(OAUTHLIB_HEADER).unwrap();
        assert_eq!(ours, theirs);
        assert_eq!(theirs.realm.as_deref(), Some("1234567_SB1"));
        // And our verifier accepts oauthlib's header.
        assert!(verify_signature(
            &theirs,
            "POST",
            &url(RESTLET_URL),
            CREDS.consumer_secret,
            CREDS.token_secret
        ));
    }

    #[test]
    fn round_trip_verifies_and_any_change_breaks_it() {
        let u = url(RESTLET_URL);
        let (cs, ts) = (CREDS.consumer_secret, CREDS.token_secret);
        let nonce = new_nonce();
        let parsed =
            parse_authorization_header(&authorization_header(&CREDS, "POST", &u, &nonce, 42))
                .unwrap();
        assert_eq!(parsed.realm.as_deref(), Some("1234567_SB1"));
        assert_eq!(parsed.params["oauth_nonce"], nonce);
        assert!(verify_signature(&parsed, "POST", &u, cs, ts));
        // The method is case-normalised, so this must still pass.
        assert!(verify_signature(&parsed, "post", &u, cs, ts));

        assert!(!verify_signature(&parsed, "GET", &u, cs, ts));
        let other_query =
            url(&RESTLET_URL.replace("deploy=customdeploy_oa_rt_companion", "deploy=2"));
        assert!(!verify_signature(&parsed, "POST", &other_query, cs, ts));
        let extra_query = url(&format!("{RESTLET_URL}&x=1"));
        assert!(!verify_signature(&parsed, "POST", &extra_query, cs, ts));
        assert!(!verify_signature(
            &parsed,
            "POST",
            &u,
            "cs_8d2e/4a+b=c&e",
            ts
        ));
        assert!(!verify_signature(&parsed, "POST", &u, cs, "ts_0c7f~e%91 Z"));
        assert!(!verify_signature(&parsed, "POST", &u, ts, cs));

        // Any single character of the signature changed.
        let sig = parsed.params["oauth_signature"].clone();
        for i in 0..sig.len() {
            let mut bytes = sig.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let mut tampered = parsed.clone();
            tampered
                .params
                .insert("oauth_signature".into(), String::from_utf8(bytes).unwrap());
            assert!(
                !verify_signature(&tampered, "POST", &u, cs, ts),
                "position {i}"
            );
        }

        // A signed parameter changed, or the signature / method missing or different.
        let mut tampered = parsed.clone();
        tampered
            .params
            .insert("oauth_timestamp".into(), "43".into());
        assert!(!verify_signature(&tampered, "POST", &u, cs, ts));
        let mut tampered = parsed.clone();
        tampered.params.remove("oauth_signature");
        assert!(!verify_signature(&tampered, "POST", &u, cs, ts));
        let mut tampered = parsed.clone();
        tampered
            .params
            .insert("oauth_signature_method".into(), "HMAC-SHA1".into());
        assert!(!verify_signature(&tampered, "POST", &u, cs, ts));
    }

    #[test]
    fn parse_accepts_lenient_spacing_and_scheme_case() {
        let parsed = parse_authorization_header(
            "  oauth\trealm = \"1234567_SB1\" ,oauth_nonce=\"a%20b\",  oauth_token=\"t\"  ",
        )
        .unwrap();
        assert_eq!(parsed.realm.as_deref(), Some("1234567_SB1"));
        assert_eq!(parsed.params["oauth_nonce"], "a b");
        assert_eq!(parsed.params["oauth_token"], "t");
        assert_eq!(parsed.params.len(), 2);
    }

    #[test]
    fn parse_rejects_malformed_headers() {
        let cases = [
            "",
            "OAuth",
            "OAuth ",
            "Bearer x",
            "Basic dXNlcjpwYXNz",
            "OAuthrealm=\"a\"",
            "OAuth realm=\"abc",
            "OAuth realm=abc",
            "OAuth realm",
            "OAuth =\"x\"",
            "OAuth realm=\"a\",",
            "OAuth realm=\"a\",,oauth_nonce=\"b\"",
            "OAuth realm=\"a\" oauth_nonce=\"b\"",
            "OAuth oauth_nonce=\"a\", oauth_nonce=\"b\"",
            "OAuth realm=\"a\", realm=\"a\"",
            "OAuth oauth_nonce=\"%G1\"",
            "OAuth oauth_nonce=\"%4\"",
            "OAuth oauth_nonce=\"abc%\"",
            "OAuth oauth_nonce=\"%FF\"",
            "OAuth oauth_nonce=\"%C3\"",
            "OAuth oauth_nonce=\"a\\\"b\"",
            "OAuth oauth_nonce=\"é\"",
            "OAuth oauth_nonce=\"a\nb\"",
            "OAuth oaüth_nonce=\"a\"",
            "OAuth foo=\"bar\"",
            "OAut\u{e9} realm=\"a\"",
            "\u{1F600}\u{1F600}\u{1F600}",
            "OAuth \u{0}\u{7f}\u{fffd}",
        ];
        for case in cases {
            assert!(
                parse_authorization_header(case).is_err(),
                "accepted {case:?}"
            );
        }
    }

    // Seeded random junk and every prefix of a valid header: the parser must return, never
    // panic (a panic fails the test).
    #[test]
    fn parse_never_panics() {
        let valid = authorization_header(&CREDS, "POST", &url(RESTLET_URL), NONCE, TIMESTAMP);
        for (i, _) in valid.char_indices() {
            let _ = parse_authorization_header(&valid[..i]);
        }
        let alphabet: Vec<char> = "OAuth realm_=\",% \t\\aZ09Ffé😀\u{0}\n".chars().collect();
        let mut rng = fastrand::Rng::with_seed(5849);
        for _ in 0..20_000 {
            let len = rng.usize(0..40);
            let mut s: String = if rng.bool() {
                "OAuth ".into()
            } else {
                String::new()
            };
            s.extend((0..len).map(|_| alphabet[rng.usize(..alphabet.len())]));
            let _ = parse_authorization_header(&s);
        }
    }

    // RFC 5849 §3.6. Expected values cross-checked with Python's
    // urllib.parse.quote(s, safe='') (which leaves exactly ALPHA / DIGIT / "-._~").
    #[test]
    fn percent_encode_rfc5849_section_3_6() {
        let cases = [
            ("", ""),
            ("AZaz09-._~", "AZaz09-._~"),
            (" ", "%20"),
            ("*", "%2A"),
            ("+", "%2B"),
            ("é", "%C3%A9"),
            ("€", "%E2%82%AC"),
            ("😀", "%F0%9F%98%80"),
            ("%", "%25"),
            ("!'()", "%21%27%28%29"),
            ("/?#[]@", "%2F%3F%23%5B%5D%40"),
            ("&=;:,$", "%26%3D%3B%3A%2C%24"),
            ("a b&c=d", "a%20b%26c%3Dd"),
        ];
        for (input, expected) in cases {
            assert_eq!(percent_encode(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn nonce_is_long_alphanumeric_and_fresh() {
        let a = new_nonce();
        let b = new_nonce();
        assert!(
            a.len() >= 20 && a.chars().all(|c| c.is_ascii_alphanumeric()),
            "{a}"
        );
        assert_ne!(a, b);
    }

    #[test]
    fn debug_redacts_secrets() {
        let shown = format!("{CREDS:?}");
        assert!(shown.contains("ck_3f9a1c2e7b"));
        assert!(!shown.contains("cs_8d2e") && !shown.contains("ts_0c7f"));
    }
}
