//! Certificate inspection and generation for the NetSuite → OpenAir
//! real-time import.
//!
//! * `inspect_*` read a certificate from PEM, DER or PKCS#12 and summarise it
//!   the way `openssl x509 -noout -text/-fingerprint/-serial` would, so what
//!   `oa-rt cert inspect` prints can be compared with openssl by hand.
//! * `generate` makes a key pair and a self-signed certificate of a kind that
//!   NetSuite accepts for OAuth 2.0 machine-to-machine (M2M) clients.
//! * `key_matches_certificate` tells whether a private key belongs to a
//!   certificate, so a mismatched pair is caught before it is uploaded.
//!
//! Private keys are secrets: no error message and no `Debug` output of this
//! module ever contains key material. Only PEM *labels* are ever echoed.
//!
//! All public-key cryptography goes through aws-lc-rs (directly, via rcgen, or
//! via x509-parser's `verify-aws` feature). PKCS#12 is read with p12-keystore,
//! which brings its own symmetric ciphers/hashes for the password-based
//! encryption inside `.p12` files.

use std::fmt;
use std::str::FromStr;

use aws_lc_rs::digest;
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use base64::Engine as _;
use x509_parser::asn1_rs::{FromBer, Header, Tag};
use x509_parser::certificate::X509Certificate;
use x509_parser::error::X509Error;
use x509_parser::oid_registry::{
    OID_EC_P256, OID_KEY_TYPE_EC_PUBLIC_KEY, OID_NIST_EC_P384, OID_NIST_EC_P521,
    OID_PKCS1_RSAENCRYPTION, OID_SIG_ED25519,
};
use x509_parser::public_key::PublicKey;

/// Seconds in a day; all validity arithmetic here is in whole UTC days.
const DAY: i64 = 86_400;

/// NetSuite refuses M2M certificates valid for more than two years.
pub const MAX_DAYS: i64 = 730;

/// X.520 upper bound for a common name (ub-common-name).
const MAX_CN_CHARS: usize = 64;

/// PEM labels under which a certificate may appear. "TRUSTED CERTIFICATE"
/// is OpenSSL's certificate-plus-trust-settings form; the certificate comes
/// first, so the X.509 parser reads it and ignores the trailing trust data.
const CERT_LABELS: &[&str] = &["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"];

/// PEM labels of unencrypted private keys (PKCS#8, SEC1, PKCS#1).
const KEY_LABELS: &[&str] = &["PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY"];

/// What a certificate says, for `oa-rt cert inspect` (an openssl-like summary).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CertInfo {
    /// Subject name as x509-parser's `Display` renders it, e.g. `CN=oa-rt`.
    pub subject: String,
    pub issuer: String,
    /// Lowercase hex bytes separated by colons, leading zero bytes dropped,
    /// as in the "Serial Number" line of `openssl x509 -text`.
    pub serial: String,
    /// "RSA", "EC", "Ed25519", or "unknown (<OID>)".
    pub key_type: String,
    /// RSA modulus bits; EC curve size (256/384/521); 0 when unknown.
    pub key_bits: u32,
    /// "P-256", "P-384", "P-521" (or the curve OID) for EC keys.
    pub curve: Option<String>,
    /// Unix seconds.
    pub not_before: i64,
    pub not_after: i64,
    /// Uppercase hex with colons, as `openssl x509 -noout -fingerprint -sha256`.
    pub sha256_fingerprint: String,
    /// Issuer equals subject and the certificate's own key verifies its
    /// signature (see `is_self_signed`).
    pub self_signed: bool,
}

/// Everything that can go wrong here; each message is one line meant for the
/// person running `oa-rt`, and none of them includes key material.
#[derive(Debug, thiserror::Error)]
pub enum CertError {
    #[error("not a certificate: {0}")]
    NotACertificate(String),
    #[error("cannot read PKCS#12 file: {0}")]
    Pkcs12(String),
    #[error("wrong or missing PKCS#12 password")]
    Password,
    #[error("cannot read private key: {0}")]
    Key(String),
    #[error(
        "certificate validity of {0} days is out of range: NetSuite accepts 1 to {MAX_DAYS} days (two years)"
    )]
    ValidityDays(i64),
    #[error("invalid start time {0}: not a representable date")]
    InvalidStart(i64),
    #[error("invalid common name: {0}")]
    InvalidCommonName(String),
    #[error("unknown key type {0:?}: expected one of ec-p256, ec-p384, rsa3072, rsa4096")]
    UnknownKeyKind(String),
    #[error("certificate generation failed: {0}")]
    Generate(String),
}

/// Parses a DER certificate and summarises it.
pub fn inspect_der(der: &[u8]) -> Result<CertInfo, CertError> {
    if der.is_empty() {
        return Err(CertError::NotACertificate("the input is empty".into()));
    }
    let (_, cert) = x509_parser::parse_x509_certificate(der).map_err(|e| {
        CertError::NotACertificate(format!("not a valid DER X.509 certificate ({e})"))
    })?;
    Ok(summarise(&cert))
}

/// PEM text: the first CERTIFICATE block (ignoring any private key blocks,
/// which must never be echoed anywhere).
pub fn inspect_pem(pem: &str) -> Result<CertInfo, CertError> {
    inspect_der(&certificate_der_from_pem(pem)?)
}

/// A file's bytes in any of: PEM (with or without key blocks), DER
/// certificate, PKCS#12 (.p12/.pfx) with an optional password.
///
/// A missing password is tried as the empty password, which is what
/// `openssl pkcs12 -export -passout pass:` produces.
pub fn inspect_bytes(bytes: &[u8], p12_password: Option<&str>) -> Result<CertInfo, CertError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CertError::NotACertificate("the input is empty".into()));
    }
    if contains(bytes, b"-----BEGIN ") {
        // Lossy is fine: only the ASCII armour and base64 matter.
        return inspect_pem(&String::from_utf8_lossy(bytes));
    }
    // Both a certificate and a PKCS#12 PFX are a SEQUENCE; the first element
    // tells them apart: a certificate starts with its TBSCertificate
    // (SEQUENCE), a PFX with its version (INTEGER 3). The header is read as
    // BER because some Windows/Java tools write PFX with indefinite lengths;
    // p12-keystore itself wants DER, but such a file is then at least
    // reported as an unreadable PKCS#12 rather than as "not a certificate".
    let not_recognised =
        || CertError::NotACertificate("neither PEM, DER certificate nor PKCS#12 data".into());
    let (rest, header) = Header::from_ber(bytes).map_err(|_| not_recognised())?;
    if header.tag() != Tag::Sequence || !header.is_constructed() {
        return Err(not_recognised());
    }
    match rest.first() {
        Some(0x30) => inspect_der(bytes),
        Some(0x02) => inspect_pkcs12(bytes, p12_password.unwrap_or("")),
        _ => Err(not_recognised()),
    }
}

/// Whole days from `now` until the certificate expires, rounded down:
/// 0 on the last day, negative once expired (-1 during the first day after).
pub fn days_left(info: &CertInfo, now: i64) -> i64 {
    (info.not_after - now).div_euclid(DAY)
}

/// OpenAir rotates the real-time certificate "one to two weeks before
/// expiry": the window `[not_after - 14d, not_after - 7d]`, in unix seconds.
pub fn rotation_window(info: &CertInfo) -> (i64, i64) {
    (info.not_after - 14 * DAY, info.not_after - 7 * DAY)
}

/// Key types NetSuite accepts for OAuth 2.0 M2M certificates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    EcP256,
    EcP384,
    Rsa3072,
    Rsa4096,
}

impl KeyKind {
    /// Every kind, in the order a CLI should list them.
    pub const ALL: [KeyKind; 4] = [
        KeyKind::EcP256,
        KeyKind::EcP384,
        KeyKind::Rsa3072,
        KeyKind::Rsa4096,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyKind::EcP256 => "ec-p256",
            KeyKind::EcP384 => "ec-p384",
            KeyKind::Rsa3072 => "rsa3072",
            KeyKind::Rsa4096 => "rsa4096",
        }
    }
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for KeyKind {
    type Err = CertError;

    /// "ec-p256", "ec-p384", "rsa3072", "rsa4096" (case-insensitive).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        KeyKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| CertError::UnknownKeyKind(s.to_string()))
    }
}

/// A new key pair and its self-signed certificate.
pub struct Generated {
    /// PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), unencrypted.
    pub private_key_pem: String,
    pub certificate_pem: String,
    pub info: CertInfo,
}

// Hand-written so that `{:?}` (logs, test failures) never shows the key.
impl fmt::Debug for Generated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Generated")
            .field("private_key_pem", &"<redacted>")
            .field("certificate_pem", &self.certificate_pem)
            .field("info", &self.info)
            .finish()
    }
}

/// A key pair and a self-signed certificate valid from `not_before` for
/// `days` (1..=730: NetSuite caps M2M certificates at two years), subject
/// CN = `common_name`.
pub fn generate(
    kind: KeyKind,
    common_name: &str,
    not_before: i64,
    days: i64,
) -> Result<Generated, CertError> {
    use rcgen::{CertificateParams, DistinguishedName, DnType, KeyPair, RsaKeySize, SerialNumber};

    if !(1..=MAX_DAYS).contains(&days) {
        return Err(CertError::ValidityDays(days));
    }
    let common_name = common_name.trim();
    if common_name.is_empty() {
        return Err(CertError::InvalidCommonName("it is empty".into()));
    }
    if common_name.chars().count() > MAX_CN_CHARS {
        return Err(CertError::InvalidCommonName(format!(
            "longer than {MAX_CN_CHARS} characters"
        )));
    }
    if common_name.chars().any(char::is_control) {
        return Err(CertError::InvalidCommonName(
            "it contains control characters".into(),
        ));
    }
    let start = time::OffsetDateTime::from_unix_timestamp(not_before)
        .map_err(|_| CertError::InvalidStart(not_before))?;
    let end = start
        .checked_add(time::Duration::days(days))
        .ok_or(CertError::InvalidStart(not_before))?;

    let gen_err = |e: rcgen::Error| CertError::Generate(e.to_string());
    // rcgen 0.14 with aws-lc-rs can size RSA keys itself (generate_rsa_for),
    // so the key always comes from aws-lc-rs with no detour through DER.
    let key = match kind {
        KeyKind::EcP256 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256),
        KeyKind::EcP384 => KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384),
        KeyKind::Rsa3072 => KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, RsaKeySize::_3072),
        KeyKind::Rsa4096 => KeyPair::generate_rsa_for(&rcgen::PKCS_RSA_SHA256, RsaKeySize::_4096),
    }
    .map_err(gen_err)?;

    let mut params = CertificateParams::default();
    // The default DN is rcgen's placeholder; start from an empty one.
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, common_name);
    params.distinguished_name = dn;
    params.not_before = start;
    params.not_after = end;
    // rcgen's default serial is a hash of the public key, so re-issuing a
    // certificate for the same key would repeat the serial. Use 16 random
    // bytes instead; the top bit is cleared so the INTEGER stays positive and
    // 0x40 is set so it always encodes as exactly 16 bytes.
    let mut serial = [0u8; 16];
    SystemRandom::new()
        .fill(&mut serial)
        .map_err(|_| CertError::Generate("the random number generator failed".into()))?;
    serial[0] = (serial[0] & 0x7f) | 0x40;
    params.serial_number = Some(SerialNumber::from_slice(&serial));

    let cert = params.self_signed(&key).map_err(gen_err)?;
    let info = inspect_der(cert.der())?;
    Ok(Generated {
        private_key_pem: key.serialize_pem(),
        certificate_pem: cert.pem(),
        info,
    })
}

/// Whether a private key PEM (PKCS#8; SEC1 and PKCS#1 also work) belongs to
/// a certificate PEM, i.e. both carry the same public key. Either argument
/// may be a combined file holding both blocks.
pub fn key_matches_certificate(
    private_key_pem: &str,
    certificate_pem: &str,
) -> Result<bool, CertError> {
    let key_der = match first_pem_block(private_key_pem, KEY_LABELS) {
        Some(Ok(der)) => der,
        Some(Err(())) => return Err(CertError::Key("the key block is not valid base64".into())),
        None if pem_labels(private_key_pem)
            .iter()
            .any(|l| l == "ENCRYPTED PRIVATE KEY") =>
        {
            return Err(CertError::Key(
                "the key is encrypted; decrypt it first (openssl pkey -in KEY -out PLAIN)".into(),
            ));
        }
        None => return Err(CertError::Key("no PRIVATE KEY block found".into())),
    };
    // rcgen recognises PKCS#8, SEC1 and PKCS#1 and loads them with aws-lc-rs.
    let key = rcgen::KeyPair::try_from(key_der.as_slice()).map_err(|_| {
        CertError::Key("unsupported key type or corrupt key (expected RSA or EC)".into())
    })?;
    let cert_der = certificate_der_from_pem(certificate_pem)?;
    let (_, cert) = x509_parser::parse_x509_certificate(&cert_der).map_err(|e| {
        CertError::NotACertificate(format!("not a valid DER X.509 certificate ({e})"))
    })?;
    // The BIT STRING inside SubjectPublicKeyInfo is the raw public key
    // (RSAPublicKey DER, or the EC point), which is what rcgen returns too.
    // Comparing these rather than whole SPKI blobs ignores harmless encoding
    // differences in the algorithm identifier.
    Ok(cert.public_key().subject_public_key.data.as_ref() == key.public_key_raw())
}

// ---------------------------------------------------------------------------
// Internals

fn summarise(cert: &X509Certificate<'_>) -> CertInfo {
    let (key_type, key_bits, curve) = describe_key(cert);
    CertInfo {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        serial: serial_hex(cert.raw_serial()),
        key_type,
        key_bits,
        curve,
        not_before: cert.validity().not_before.timestamp(),
        not_after: cert.validity().not_after.timestamp(),
        // Hash only the certificate itself, not any bytes that followed it.
        sha256_fingerprint: colon_hex(
            digest::digest(&digest::SHA256, cert.as_raw()).as_ref(),
            true,
        ),
        self_signed: is_self_signed(cert),
    }
}

/// Self-signed means issued by itself: the names match and the
/// certificate's own public key verifies its signature. When the signature
/// algorithm is one aws-lc-rs can't check here (e.g. ECDSA with P-521), the
/// name match alone decides, as `openssl x509 -text` users would expect.
fn is_self_signed(cert: &X509Certificate<'_>) -> bool {
    if cert.subject().as_raw() != cert.issuer().as_raw() {
        return false;
    }
    match cert.verify_signature(None) {
        Ok(()) => true,
        Err(X509Error::SignatureUnsupportedAlgorithm) => true,
        Err(_) => false,
    }
}

fn describe_key(cert: &X509Certificate<'_>) -> (String, u32, Option<String>) {
    let spki = cert.public_key();
    let alg = &spki.algorithm.algorithm;
    if *alg == OID_PKCS1_RSAENCRYPTION {
        let bits = match spki.parsed() {
            Ok(PublicKey::RSA(rsa)) => bit_length(rsa.modulus),
            _ => 0,
        };
        return ("RSA".into(), bits, None);
    }
    if *alg == OID_KEY_TYPE_EC_PUBLIC_KEY {
        // The curve is named by the algorithm parameters. The size comes from
        // the curve, not the point length: a P-521 point is 66 bytes/coord.
        let curve_oid = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.as_oid().ok());
        let (name, bits) = match curve_oid {
            Some(o) if o == OID_EC_P256 => ("P-256".to_string(), 256),
            Some(o) if o == OID_NIST_EC_P384 => ("P-384".to_string(), 384),
            Some(o) if o == OID_NIST_EC_P521 => ("P-521".to_string(), 521),
            Some(o) => (o.to_id_string(), 0),
            None => ("unnamed curve".to_string(), 0),
        };
        return ("EC".into(), bits, Some(name));
    }
    if *alg == OID_SIG_ED25519 {
        return ("Ed25519".into(), 256, None);
    }
    (format!("unknown ({})", alg.to_id_string()), 0, None)
}

/// Bits in a big-endian unsigned integer, ignoring leading zero bytes (DER
/// adds one when the top bit is set). x509-parser's own `key_size` assumes
/// that byte is always present, so it is not used.
fn bit_length(be: &[u8]) -> u32 {
    let be = strip_leading_zeros(be);
    match be.first() {
        None => 0,
        Some(&first) => (be.len() as u32 - 1) * 8 + (8 - first.leading_zeros()),
    }
}

fn strip_leading_zeros(be: &[u8]) -> &[u8] {
    let start = be.iter().position(|&b| b != 0).unwrap_or(be.len());
    &be[start..]
}

/// The serial as openssl prints it: the DER sign byte (a leading 00) is not
/// part of the number; zero itself stays "00".
fn serial_hex(raw: &[u8]) -> String {
    let digits = strip_leading_zeros(raw);
    if digits.is_empty() {
        return "00".into();
    }
    colon_hex(digits, false)
}

fn colon_hex(bytes: &[u8], upper: bool) -> String {
    bytes
        .iter()
        .map(|b| {
            if upper {
                format!("{b:02X}")
            } else {
                format!("{b:02x}")
            }
        })
        .collect::<Vec<_>>()
        .join(":")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn certificate_der_from_pem(pem: &str) -> Result<Vec<u8>, CertError> {
    match first_pem_block(pem, CERT_LABELS) {
        Some(Ok(der)) => Ok(der),
        Some(Err(())) => Err(CertError::NotACertificate(
            "the CERTIFICATE block is not valid base64 or has no END line".into(),
        )),
        None => {
            // Name what was found (labels only, never contents) so that
            // "you gave me the key file" is obvious.
            let labels = pem_labels(pem);
            Err(CertError::NotACertificate(if labels.is_empty() {
                if pem.trim().is_empty() {
                    "the input is empty".into()
                } else {
                    "no PEM CERTIFICATE block found".into()
                }
            } else {
                format!(
                    "no CERTIFICATE block found (the PEM holds: {})",
                    labels.join(", ")
                )
            }))
        }
    }
}

/// The label of a `-----BEGIN <label>-----` line.
fn begin_label(line: &str) -> Option<&str> {
    line.trim()
        .strip_prefix("-----BEGIN ")?
        .strip_suffix("-----")
}

/// Labels of all BEGIN lines, in order, for error messages.
fn pem_labels(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(begin_label)
        .map(str::to_string)
        .collect()
}

/// The decoded body of the first block whose label is in `wanted`:
/// `None` if there is none, `Err(())` if that block is malformed.
/// Blocks with other labels (private keys in particular) are skipped
/// without decoding, so their contents never reach an error message.
fn first_pem_block(text: &str, wanted: &[&str]) -> Option<Result<Vec<u8>, ()>> {
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(label) = begin_label(line) else {
            continue;
        };
        if !wanted.contains(&label) {
            continue;
        }
        let end = format!("-----END {label}-----");
        let mut body = String::new();
        for line in lines.by_ref() {
            let line = line.trim();
            if line == end {
                return Some(
                    base64::engine::general_purpose::STANDARD
                        .decode(body.as_bytes())
                        .map_err(|_| ()),
                );
            }
            // RFC 7468 bodies have no headers, but old OpenSSL output can
            // carry "Name: value" lines before the base64; skip them.
            if !line.contains(':') {
                body.push_str(line);
            }
        }
        return Some(Err(())); // BEGIN without END
    }
    None
}

fn inspect_pkcs12(bytes: &[u8], password: &str) -> Result<CertInfo, CertError> {
    use p12_keystore::error::Error as P12Error;

    let archive =
        p12_keystore::Pkcs12Archive::from_pkcs12(bytes, password).map_err(|e| match e {
            // A MAC mismatch is how a wrong password shows when the file has a
            // MAC (all openssl-made files do); a padding error is how it shows
            // when a MAC-less file's bags are decrypted with the wrong key.
            P12Error::MacError(_) | P12Error::UnpadError => CertError::Password,
            other => CertError::Pkcs12(other.to_string()),
        })?;
    // A .p12 may hold a chain. The certificate that belongs to the private
    // key carries the key's localKeyId, so prefer it; otherwise take the
    // first certificate, which is what openssl writes first.
    let key_ids: Vec<&[u8]> = archive
        .keys
        .iter()
        .filter_map(|k| k.local_key_id.as_ref().map(|id| id.0.as_slice()))
        .collect();
    let leaf = archive
        .certs
        .iter()
        .find(|c| {
            c.local_key_id
                .as_deref()
                .is_some_and(|id| key_ids.contains(&id))
        })
        .or_else(|| archive.certs.first())
        .ok_or_else(|| CertError::Pkcs12("the file holds no certificate".into()))?;
    inspect_der(leaf.cert.as_der())
}

/// Verifies a base64 signature of `message` made with the certificate's key and SHA-256, as NetSuite's
/// `N/crypto/certificate` signer makes it. Oracle does not say which RSA padding the signer uses, so an RSA
/// signature is tried as PKCS#1 v1.5 first and as PSS (salt = digest length) when that fails; an EC signature
/// is DER-encoded ECDSA. One function for both sides: the CLI checks NetSuite's signing probe, the emulator
/// checks real-time requests.
pub fn verify_signature(certificate_pem: &str, message: &[u8], signature_b64: &str) -> bool {
    use aws_lc_rs::signature::{
        ECDSA_P256_SHA256_ASN1, ECDSA_P384_SHA256_ASN1, RSA_PKCS1_2048_8192_SHA256,
        RSA_PSS_2048_8192_SHA256, UnparsedPublicKey, VerificationAlgorithm,
    };
    use base64::Engine as _;
    let Ok(signature) = base64::engine::general_purpose::STANDARD.decode(signature_b64.trim())
    else {
        return false;
    };
    let Some(der) = x509_parser::pem::Pem::iter_from_buffer(certificate_pem.as_bytes())
        .filter_map(Result::ok)
        .find(|p| p.label == "CERTIFICATE")
        .map(|p| p.contents)
    else {
        return false;
    };
    let Ok((_, cert)) = x509_parser::parse_x509_certificate(&der) else {
        return false;
    };
    let spki = cert.public_key();
    let key = spki.subject_public_key.data.as_ref();
    let algorithms: &[&'static dyn VerificationAlgorithm] = match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(_)) => {
            &[&RSA_PKCS1_2048_8192_SHA256, &RSA_PSS_2048_8192_SHA256]
        }
        Ok(x509_parser::public_key::PublicKey::EC(p)) if p.data().len() == 65 => {
            &[&ECDSA_P256_SHA256_ASN1]
        }
        Ok(x509_parser::public_key::PublicKey::EC(p)) if p.data().len() == 97 => {
            &[&ECDSA_P384_SHA256_ASN1]
        }
        _ => return false,
    };
    algorithms.iter().any(|&algorithm| {
        UnparsedPublicKey::new(algorithm, key)
            .verify(message, &signature)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    //! Every generated artefact is cross-checked with the `openssl` binary,
    //! which is the tool a person would use to double-check `oa-rt`.

    use super::*;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    /// 2026-01-01T00:00:00Z: a fixed start keeps the date checks exact.
    const JAN_2026: i64 = 1_767_225_600;

    /// Runs openssl, asserts success, returns stdout.
    fn openssl(args: &[&str]) -> String {
        let out = openssl_raw(args);
        assert!(
            out.status.success(),
            "openssl {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("openssl printed UTF-8")
    }

    fn openssl_raw(args: &[&str]) -> std::process::Output {
        Command::new("openssl")
            .args(args)
            .output()
            .expect("the openssl binary is needed for these tests")
    }

    fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn s(p: &Path) -> &str {
        p.to_str().unwrap()
    }

    /// "notBefore=Jan  1 00:00:00 2026 GMT" → unix seconds.
    fn openssl_date(line: &str) -> i64 {
        let value = line.trim().split_once('=').unwrap().1;
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        chrono::NaiveDateTime::parse_from_str(&value, "%b %d %H:%M:%S %Y GMT")
            .unwrap_or_else(|e| panic!("cannot parse openssl date {value:?}: {e}"))
            .and_utc()
            .timestamp()
    }

    /// Hex digits only, uppercase: makes serial/fingerprint spellings comparable.
    fn hex_digits(s: &str) -> String {
        s.chars()
            .filter(char::is_ascii_hexdigit)
            .collect::<String>()
            .to_uppercase()
    }

    fn info_for(not_after: i64) -> CertInfo {
        CertInfo {
            subject: "CN=x".into(),
            issuer: "CN=x".into(),
            serial: "01".into(),
            key_type: "EC".into(),
            key_bits: 256,
            curve: Some("P-256".into()),
            not_before: not_after - 365 * DAY,
            not_after,
            sha256_fingerprint: String::new(),
            self_signed: true,
        }
    }

    #[test]
    fn generate_each_kind_cross_checked_with_openssl() {
        let dir = tempfile::tempdir().unwrap();
        for kind in KeyKind::ALL {
            let g = generate(kind, "oa-rt test", JAN_2026, 365).unwrap();
            let key = write(dir.path(), &format!("{kind}.key.pem"), &g.private_key_pem);
            let cert = write(dir.path(), &format!("{kind}.cert.pem"), &g.certificate_pem);
            assert!(
                g.private_key_pem.starts_with("-----BEGIN PRIVATE KEY-----"),
                "{kind}: key is PKCS#8"
            );

            // openssl reads it and agrees on key type and size.
            let text = openssl(&["x509", "-in", s(&cert), "-noout", "-text"]);
            let (bits, key_line, sig) = match kind {
                KeyKind::EcP256 => (256, "NIST CURVE: P-256", "ecdsa-with-SHA256"),
                KeyKind::EcP384 => (384, "NIST CURVE: P-384", "ecdsa-with-SHA384"),
                KeyKind::Rsa3072 => (3072, "rsaEncryption", "sha256WithRSAEncryption"),
                KeyKind::Rsa4096 => (4096, "rsaEncryption", "sha256WithRSAEncryption"),
            };
            assert!(
                text.contains(&format!("Public-Key: ({bits} bit)")),
                "{kind}: {text}"
            );
            assert!(text.contains(key_line), "{kind}: {text}");
            assert!(text.contains(sig), "{kind}: {text}");
            assert!(text.contains("Subject: CN = oa-rt test"), "{kind}: {text}");
            assert!(text.contains("Issuer: CN = oa-rt test"), "{kind}: {text}");
            assert_eq!(g.info.key_bits, bits, "{kind}");
            assert_eq!(g.info.subject, "CN=oa-rt test");
            assert_eq!(g.info.issuer, "CN=oa-rt test");
            assert!(g.info.self_signed);
            match kind {
                KeyKind::EcP256 | KeyKind::EcP384 => {
                    assert_eq!(g.info.key_type, "EC");
                    let curve = if kind == KeyKind::EcP256 {
                        "P-256"
                    } else {
                        "P-384"
                    };
                    assert_eq!(g.info.curve.as_deref(), Some(curve));
                }
                _ => {
                    assert_eq!(g.info.key_type, "RSA");
                    assert_eq!(g.info.curve, None);
                }
            }
            let key_text = openssl(&["pkey", "-in", s(&key), "-noout", "-text"]);
            assert!(
                key_text.contains(&format!("({bits} bit")),
                "{kind}: key size"
            );

            // The signature really is by the certificate's own key.
            let verify = openssl(&[
                "verify",
                "-CAfile",
                s(&cert),
                "-partial_chain",
                "-attime",
                &(JAN_2026 + DAY).to_string(),
                s(&cert),
            ]);
            assert!(verify.contains(": OK"), "{kind}: {verify}");

            // Fingerprint: same text after the "sha256 Fingerprint=" prefix.
            let fp = openssl(&["x509", "-in", s(&cert), "-noout", "-fingerprint", "-sha256"]);
            let fp = fp.trim().split_once('=').unwrap().1;
            assert_eq!(g.info.sha256_fingerprint, fp, "{kind}");

            // Serial: openssl prints "serial=4A1B..." without colons.
            let serial = openssl(&["x509", "-in", s(&cert), "-noout", "-serial"]);
            let serial = serial.trim().strip_prefix("serial=").unwrap();
            assert_eq!(hex_digits(&g.info.serial), serial, "{kind}");
            assert_eq!(g.info.serial.len(), 16 * 3 - 1, "{kind}: 16-byte serial");

            // The key's public half is the certificate's public key.
            let from_key = openssl(&["pkey", "-in", s(&key), "-pubout"]);
            let from_cert = openssl(&["x509", "-in", s(&cert), "-pubkey", "-noout"]);
            assert_eq!(from_key, from_cert, "{kind}");

            assert!(key_matches_certificate(&g.private_key_pem, &g.certificate_pem).unwrap());
            let other = generate(kind, "other", JAN_2026, 30).unwrap();
            assert!(!key_matches_certificate(&other.private_key_pem, &g.certificate_pem).unwrap());

            // Validity as openssl reads it.
            let start = openssl(&["x509", "-in", s(&cert), "-noout", "-startdate"]);
            let end = openssl(&["x509", "-in", s(&cert), "-noout", "-enddate"]);
            assert_eq!(openssl_date(&start), g.info.not_before, "{kind}");
            assert_eq!(openssl_date(&end), g.info.not_after, "{kind}");
            assert_eq!(g.info.not_before, JAN_2026);
            assert_eq!(g.info.not_after, JAN_2026 + 365 * DAY);

            // Reading it back gives the same summary, by every route.
            assert_eq!(inspect_pem(&g.certificate_pem).unwrap(), g.info);
            assert_eq!(
                inspect_bytes(g.certificate_pem.as_bytes(), None).unwrap(),
                g.info
            );

            // The private key never shows in Debug output.
            let debug = format!("{g:?}");
            assert!(debug.contains("<redacted>"));
            assert!(!debug.contains("PRIVATE KEY"));
        }
    }

    #[test]
    fn signatures_made_by_openssl_verify_in_every_scheme_netsuite_may_use() {
        use base64::Engine as _;
        let dir = tempfile::tempdir().unwrap();
        let message = write(
            dir.path(),
            "message",
            "oa-rt signing probe 2026-12-01T12:00:00Z",
        );
        let sign = |key: &Path, options: &[&str]| {
            let signature = dir.path().join("signature");
            let mut args = vec!["dgst", "-sha256", "-sign", s(key), "-out", s(&signature)];
            args.extend_from_slice(options);
            args.push(s(&message));
            openssl(&args);
            base64::engine::general_purpose::STANDARD.encode(std::fs::read(&signature).unwrap())
        };
        for kind in [KeyKind::Rsa3072, KeyKind::EcP256, KeyKind::EcP384] {
            let g = generate(kind, "oa-rt test", JAN_2026, 365).unwrap();
            let key = write(dir.path(), &format!("{kind}.key.pem"), &g.private_key_pem);
            let mut schemes: Vec<(&str, Vec<&str>)> = vec![("default", vec![])];
            if kind == KeyKind::Rsa3072 {
                schemes.push((
                    "PSS",
                    vec![
                        "-sigopt",
                        "rsa_padding_mode:pss",
                        "-sigopt",
                        "rsa_pss_saltlen:32",
                    ],
                ));
            }
            for (scheme, options) in schemes {
                let signature = sign(&key, &options);
                let text = std::fs::read(&message).unwrap();
                assert!(
                    verify_signature(&g.certificate_pem, &text, &signature),
                    "{kind} {scheme}"
                );
                assert!(
                    !verify_signature(&g.certificate_pem, b"another message", &signature),
                    "{kind} {scheme}: another message"
                );
                let other = generate(kind, "other", JAN_2026, 365).unwrap();
                assert!(
                    !verify_signature(&other.certificate_pem, &text, &signature),
                    "{kind} {scheme}: another key"
                );
            }
        }
        assert!(!verify_signature("not a certificate", b"x", "AAAA"));
    }

    #[test]
    fn key_of_another_type_does_not_match() {
        let ec = generate(KeyKind::EcP256, "ec", JAN_2026, 10).unwrap();
        let ec384 = generate(KeyKind::EcP384, "ec384", JAN_2026, 10).unwrap();
        let rsa = generate(KeyKind::Rsa3072, "rsa", JAN_2026, 10).unwrap();
        assert!(!key_matches_certificate(&ec.private_key_pem, &rsa.certificate_pem).unwrap());
        assert!(!key_matches_certificate(&rsa.private_key_pem, &ec.certificate_pem).unwrap());
        assert!(!key_matches_certificate(&ec384.private_key_pem, &ec.certificate_pem).unwrap());
        // A combined key+cert file works for either argument.
        let combined = format!("{}{}", rsa.private_key_pem, rsa.certificate_pem);
        assert!(key_matches_certificate(&combined, &combined).unwrap());
    }

    #[test]
    fn key_matches_openssl_keys_in_other_encodings() {
        // SEC1 ("EC PRIVATE KEY") and PKCS#1 ("RSA PRIVATE KEY") as openssl writes them.
        let dir = tempfile::tempdir().unwrap();
        for (kind, conv) in [(KeyKind::EcP256, "ec"), (KeyKind::Rsa3072, "rsa")] {
            let g = generate(kind, "legacy", JAN_2026, 10).unwrap();
            let key = write(dir.path(), "k.pem", &g.private_key_pem);
            let legacy = if conv == "ec" {
                openssl(&["ec", "-in", s(&key)])
            } else {
                openssl(&["rsa", "-in", s(&key), "-traditional"])
            };
            assert!(!legacy.contains("BEGIN PRIVATE KEY"), "{legacy:.40}");
            assert!(key_matches_certificate(&legacy, &g.certificate_pem).unwrap());
        }
    }

    #[test]
    fn key_errors_are_clear_and_never_echo_the_key() {
        let g = generate(KeyKind::EcP256, "k", JAN_2026, 10).unwrap();
        let body_line = g.private_key_pem.lines().nth(1).unwrap();

        let err = key_matches_certificate(&g.certificate_pem, &g.certificate_pem).unwrap_err();
        assert!(matches!(err, CertError::Key(_)), "{err}");
        assert_eq!(
            err.to_string(),
            "cannot read private key: no PRIVATE KEY block found"
        );

        let err = key_matches_certificate(&g.private_key_pem, &g.private_key_pem).unwrap_err();
        assert!(matches!(err, CertError::NotACertificate(_)), "{err}");
        assert!(err.to_string().contains("PRIVATE KEY"), "{err}");
        assert!(!err.to_string().contains(body_line));

        let corrupt = g.private_key_pem.replace(body_line, "AAAA");
        let err = key_matches_certificate(&corrupt, &g.certificate_pem).unwrap_err();
        assert!(matches!(err, CertError::Key(_)), "{err}");

        let dir = tempfile::tempdir().unwrap();
        let key = write(dir.path(), "k.pem", &g.private_key_pem);
        let encrypted = openssl(&[
            "pkcs8",
            "-topk8",
            "-in",
            s(&key),
            "-passout",
            "pass:x",
            "-v2",
            "aes-256-cbc",
        ]);
        let err = key_matches_certificate(&encrypted, &g.certificate_pem).unwrap_err();
        assert!(err.to_string().contains("encrypted"), "{err}");
    }

    #[test]
    fn validity_is_capped_at_two_years() {
        let err = generate(KeyKind::EcP256, "x", JAN_2026, 731).unwrap_err();
        assert!(matches!(err, CertError::ValidityDays(731)));
        assert_eq!(
            err.to_string(),
            "certificate validity of 731 days is out of range: NetSuite accepts 1 to 730 days (two years)"
        );
        for bad in [0, -1, i64::MAX, i64::MIN] {
            assert!(matches!(
                generate(KeyKind::EcP256, "x", JAN_2026, bad),
                Err(CertError::ValidityDays(_))
            ));
        }
        let g = generate(KeyKind::EcP256, "x", JAN_2026, 730).unwrap();
        assert_eq!(g.info.not_after - g.info.not_before, 730 * DAY);
        let g = generate(KeyKind::EcP256, "x", JAN_2026, 1).unwrap();
        assert_eq!(g.info.not_after - g.info.not_before, DAY);
    }

    #[test]
    fn generate_rejects_bad_input() {
        for cn in ["", "   ", "a\nb", &"x".repeat(65)] {
            let err = generate(KeyKind::EcP256, cn, JAN_2026, 10).unwrap_err();
            assert!(
                matches!(err, CertError::InvalidCommonName(_)),
                "{cn:?}: {err}"
            );
        }
        assert!(generate(KeyKind::EcP256, &"x".repeat(64), JAN_2026, 10).is_ok());
        assert!(matches!(
            generate(KeyKind::EcP256, "x", i64::MAX, 10),
            Err(CertError::InvalidStart(_))
        ));
        // Dates past 2049 use GeneralizedTime; openssl must still agree.
        let late = 2_556_144_000; // 2051-01-01
        let g = generate(KeyKind::EcP256, "late", late, 10).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let cert = write(dir.path(), "c.pem", &g.certificate_pem);
        let start = openssl(&["x509", "-in", s(&cert), "-noout", "-startdate"]);
        assert_eq!(openssl_date(&start), late);
    }

    #[test]
    fn key_kind_names() {
        for kind in KeyKind::ALL {
            assert_eq!(kind.to_string().parse::<KeyKind>().unwrap(), kind);
        }
        assert_eq!("EC-P384".parse::<KeyKind>().unwrap(), KeyKind::EcP384);
        let err = "rsa2048".parse::<KeyKind>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown key type \"rsa2048\": expected one of ec-p256, ec-p384, rsa3072, rsa4096"
        );
    }

    #[test]
    fn pem_with_key_first_gives_the_certificate() {
        let g = generate(KeyKind::EcP384, "combined", JAN_2026, 90).unwrap();
        let combined = format!("{}\n{}", g.private_key_pem, g.certificate_pem);
        assert_eq!(inspect_pem(&combined).unwrap(), g.info);
        assert_eq!(inspect_bytes(combined.as_bytes(), None).unwrap(), g.info);
        // With openssl's "Bag Attributes" noise and CRLF line ends too.
        let noisy =
            format!("Bag Attributes\r\n    localKeyID: 01\r\n{combined}").replace('\n', "\r\n");
        assert_eq!(inspect_pem(&noisy).unwrap(), g.info);
    }

    #[test]
    fn certificates_made_by_openssl() {
        // Certificates oa-rt did not make (e.g. one OpenAir or a colleague
        // produced): every field checked against openssl itself.
        let dir = tempfile::tempdir().unwrap();
        for (name, alg_args, bits, curve) in [
            ("rsa2048", &["-newkey", "rsa:2048"][..], 2048, None),
            (
                "p384",
                &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"][..],
                384,
                Some("P-384"),
            ),
            (
                "p521",
                &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-521"][..],
                521,
                Some("P-521"),
            ),
        ] {
            let key = dir.path().join(format!("{name}.key"));
            let cert = dir.path().join(format!("{name}.pem"));
            let mut args = vec![
                "req",
                "-x509",
                "-nodes",
                "-days",
                "400",
                "-subj",
                "/C=US/O=Acme Corp/CN=ext.example",
            ];
            args.extend_from_slice(alg_args);
            args.extend_from_slice(&["-keyout", s(&key), "-out", s(&cert)]);
            openssl(&args);
            let info = inspect_bytes(&std::fs::read(&cert).unwrap(), None).unwrap();
            assert_eq!(info.key_bits, bits, "{name}");
            assert_eq!(info.curve.as_deref(), curve, "{name}");
            assert_eq!(info.key_type, if curve.is_some() { "EC" } else { "RSA" });
            assert_eq!(info.subject, "C=US, O=Acme Corp, CN=ext.example");
            assert!(info.self_signed, "{name}");
            let fp = openssl(&["x509", "-in", s(&cert), "-noout", "-fingerprint", "-sha256"]);
            assert_eq!(
                info.sha256_fingerprint,
                fp.trim().split_once('=').unwrap().1
            );
            let serial = openssl(&["x509", "-in", s(&cert), "-noout", "-serial"]);
            assert_eq!(
                hex_digits(&info.serial),
                serial.trim().strip_prefix("serial=").unwrap()
            );
            let start = openssl(&["x509", "-in", s(&cert), "-noout", "-startdate"]);
            let end = openssl(&["x509", "-in", s(&cert), "-noout", "-enddate"]);
            assert_eq!(info.not_before, openssl_date(&start));
            assert_eq!(info.not_after, openssl_date(&end));
            let key_pem = std::fs::read_to_string(&key).unwrap();
            let cert_pem = std::fs::read_to_string(&cert).unwrap();
            assert!(
                key_matches_certificate(&key_pem, &cert_pem).unwrap(),
                "{name}"
            );
        }
    }

    #[test]
    fn der_and_pkcs12() {
        let dir = tempfile::tempdir().unwrap();
        let legacy_ok = openssl_raw(&["list", "-providers", "-provider", "legacy"])
            .status
            .success();
        assert!(
            legacy_ok,
            "the OpenSSL legacy provider is needed for -legacy"
        );
        for kind in [KeyKind::EcP256, KeyKind::Rsa3072] {
            let g = generate(kind, "p12 test", JAN_2026, 200).unwrap();
            let key = write(dir.path(), "key.pem", &g.private_key_pem);
            let cert = write(dir.path(), "cert.pem", &g.certificate_pem);

            let der = dir.path().join("c.der");
            openssl(&["x509", "-in", s(&cert), "-outform", "DER", "-out", s(&der)]);
            let der = std::fs::read(&der).unwrap();
            assert_eq!(inspect_bytes(&der, None).unwrap(), g.info);
            assert_eq!(inspect_der(&der).unwrap(), g.info);

            // Modern default (PBES2/AES-256-CBC, SHA-256 MAC), -legacy
            // (RC2-40 for the certificate, 3DES for the key, SHA-1 MAC), and
            // 3DES for both (what many Windows tools still write).
            let variants: [(&str, &[&str]); 3] = [
                ("modern", &[]),
                ("legacy", &["-legacy"]),
                (
                    "3des",
                    &[
                        "-certpbe",
                        "PBE-SHA1-3DES",
                        "-keypbe",
                        "PBE-SHA1-3DES",
                        "-macalg",
                        "sha1",
                    ],
                ),
            ];
            for (variant, extra) in variants {
                let p12 = dir.path().join(format!("{variant}.p12"));
                let mut args = vec!["pkcs12", "-export", "-inkey", s(&key), "-in", s(&cert)];
                args.extend_from_slice(&["-passout", "pass:s3cret", "-out", s(&p12)]);
                args.extend_from_slice(extra);
                openssl(&args);
                let bytes = std::fs::read(&p12).unwrap();
                let what = format!("{kind} {variant}");
                assert_eq!(
                    inspect_bytes(&bytes, Some("s3cret")).unwrap(),
                    g.info,
                    "{what}"
                );
                let err = inspect_bytes(&bytes, Some("wrong")).unwrap_err();
                assert!(matches!(err, CertError::Password), "{what}: {err}");
                assert_eq!(err.to_string(), "wrong or missing PKCS#12 password");
                let err = inspect_bytes(&bytes, None).unwrap_err();
                assert!(matches!(err, CertError::Password), "{what}: {err}");
            }

            // An empty password is what None means.
            let p12 = dir.path().join("nopass.p12");
            openssl(&[
                "pkcs12",
                "-export",
                "-inkey",
                s(&key),
                "-in",
                s(&cert),
                "-passout",
                "pass:",
                "-out",
                s(&p12),
            ]);
            let bytes = std::fs::read(&p12).unwrap();
            assert_eq!(inspect_bytes(&bytes, None).unwrap(), g.info);
            assert_eq!(inspect_bytes(&bytes, Some("")).unwrap(), g.info);

            // A certificate-only bundle (no key, as for a public cert).
            let p12 = dir.path().join("certonly.p12");
            openssl(&[
                "pkcs12",
                "-export",
                "-nokeys",
                "-in",
                s(&cert),
                "-passout",
                "pass:s3cret",
                "-out",
                s(&p12),
            ]);
            let bytes = std::fs::read(&p12).unwrap();
            assert_eq!(inspect_bytes(&bytes, Some("s3cret")).unwrap(), g.info);
        }
    }

    #[test]
    fn pkcs12_with_a_chain_reports_the_key_certificate() {
        // CA first in the file on purpose: the leaf must be chosen by its key.
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(n);
        openssl(&[
            "req",
            "-x509",
            "-nodes",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-subj",
            "/CN=Test CA",
            "-days",
            "30",
            "-keyout",
            s(&p("ca.key")),
            "-out",
            s(&p("ca.pem")),
        ]);
        openssl(&[
            "req",
            "-new",
            "-nodes",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-subj",
            "/CN=leaf",
            "-keyout",
            s(&p("leaf.key")),
            "-out",
            s(&p("leaf.csr")),
        ]);
        openssl(&[
            "x509",
            "-req",
            "-in",
            s(&p("leaf.csr")),
            "-CA",
            s(&p("ca.pem")),
            "-CAkey",
            s(&p("ca.key")),
            "-days",
            "10",
            "-out",
            s(&p("leaf.pem")),
        ]);
        openssl(&[
            "pkcs12",
            "-export",
            "-inkey",
            s(&p("leaf.key")),
            "-in",
            s(&p("leaf.pem")),
            "-certfile",
            s(&p("ca.pem")),
            "-passout",
            "pass:pw",
            "-out",
            s(&p("chain.p12")),
        ]);
        let info = inspect_bytes(&std::fs::read(p("chain.p12")).unwrap(), Some("pw")).unwrap();
        assert_eq!(info.subject, "CN=leaf");
        assert_eq!(info.issuer, "CN=Test CA");
        assert!(!info.self_signed);
        let leaf_pem = std::fs::read_to_string(p("leaf.pem")).unwrap();
        assert_eq!(info, inspect_pem(&leaf_pem).unwrap());

        // Same names but another key's signature: not self-signed.
        // A CA that is also called "CN=leaf" signs the leaf's request.
        openssl(&[
            "req",
            "-x509",
            "-key",
            s(&p("ca.key")),
            "-subj",
            "/CN=leaf",
            "-days",
            "30",
            "-out",
            s(&p("fakeca.pem")),
        ]);
        openssl(&[
            "x509",
            "-req",
            "-in",
            s(&p("leaf.csr")),
            "-CA",
            s(&p("fakeca.pem")),
            "-CAkey",
            s(&p("ca.key")),
            "-days",
            "10",
            "-out",
            s(&p("fake.pem")),
        ]);
        let fake = inspect_pem(&std::fs::read_to_string(p("fake.pem")).unwrap()).unwrap();
        assert_eq!(fake.subject, fake.issuer);
        assert!(!fake.self_signed);
    }

    #[test]
    fn not_a_certificate() {
        let g = generate(KeyKind::EcP256, "bad input", JAN_2026, 10).unwrap();
        let key_body = g.private_key_pem.lines().nth(1).unwrap().to_string();

        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("empty", vec![], "not a certificate: the input is empty"),
            (
                "whitespace",
                b" \n\t ".to_vec(),
                "not a certificate: the input is empty",
            ),
            (
                "text",
                b"hello world".to_vec(),
                "not a certificate: neither PEM, DER certificate nor PKCS#12 data",
            ),
            (
                "binary",
                vec![0xde, 0xad, 0xbe, 0xef, 0x00, 0xff],
                "not a certificate: neither PEM, DER certificate nor PKCS#12 data",
            ),
            (
                "key only",
                g.private_key_pem.clone().into_bytes(),
                "not a certificate: no CERTIFICATE block found (the PEM holds: PRIVATE KEY)",
            ),
            (
                "bad base64",
                b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n".to_vec(),
                "not a certificate: the CERTIFICATE block is not valid base64 or has no END line",
            ),
            (
                "no END",
                b"-----BEGIN CERTIFICATE-----\nMIIB\n".to_vec(),
                "not a certificate: the CERTIFICATE block is not valid base64 or has no END line",
            ),
        ];
        for (what, bytes, message) in cases {
            let err = inspect_bytes(&bytes, None).unwrap_err();
            assert!(
                matches!(err, CertError::NotACertificate(_)),
                "{what}: {err:?}"
            );
            assert_eq!(err.to_string(), message, "{what}");
            assert!(!err.to_string().contains('\n'), "{what}: one line");
        }
        // Valid base64 that is not a certificate.
        let err = inspect_pem("-----BEGIN CERTIFICATE-----\naGVsbG8=\n-----END CERTIFICATE-----")
            .unwrap_err();
        assert!(matches!(err, CertError::NotACertificate(_)), "{err}");
        assert!(
            err.to_string()
                .starts_with("not a certificate: not a valid DER X.509 certificate"),
            "{err}"
        );
        // inspect_pem on the key alone, and on plain text.
        let err = inspect_pem(&g.private_key_pem).unwrap_err();
        assert!(!format!("{err} {err:?}").contains(&key_body));
        assert!(matches!(
            inspect_pem("just text"),
            Err(CertError::NotACertificate(_))
        ));
        assert!(matches!(
            inspect_der(&[]),
            Err(CertError::NotACertificate(_))
        ));
        // A SEQUENCE starting with INTEGER, but not a real PFX.
        let err = inspect_bytes(&[0x30, 0x03, 0x02, 0x01, 0x03], None).unwrap_err();
        assert!(matches!(err, CertError::Pkcs12(_)), "{err}");
        assert!(!err.to_string().contains('\n'));
    }

    #[test]
    fn truncated_inputs_never_panic() {
        let dir = tempfile::tempdir().unwrap();
        let g = generate(KeyKind::EcP256, "trunc", JAN_2026, 10).unwrap();
        let key = write(dir.path(), "k.pem", &g.private_key_pem);
        let cert = write(dir.path(), "c.pem", &g.certificate_pem);
        let der = dir.path().join("c.der");
        openssl(&["x509", "-in", s(&cert), "-outform", "DER", "-out", s(&der)]);
        let p12 = dir.path().join("c.p12");
        openssl(&[
            "pkcs12",
            "-export",
            "-inkey",
            s(&key),
            "-in",
            s(&cert),
            "-passout",
            "pass:s3cret",
            "-out",
            s(&p12),
        ]);
        for file in [der, p12] {
            let bytes = std::fs::read(&file).unwrap();
            for n in 0..bytes.len() {
                assert!(
                    inspect_bytes(&bytes[..n], Some("s3cret")).is_err(),
                    "{file:?} cut at {n}"
                );
            }
            // Flipping a byte in the middle must not panic either.
            let mut flipped = bytes.clone();
            let mid = flipped.len() / 2;
            flipped[mid] ^= 0xff;
            let _ = inspect_bytes(&flipped, Some("s3cret"));
        }
        let pem = g.certificate_pem.as_bytes();
        for n in 0..pem.len() {
            let _ = inspect_bytes(&pem[..n], None);
        }
    }

    #[test]
    fn days_left_rounds_down() {
        let info = info_for(JAN_2026);
        assert_eq!(days_left(&info, JAN_2026 - 30 * DAY), 30);
        assert_eq!(days_left(&info, JAN_2026 - 30 * DAY + 1), 29);
        assert_eq!(days_left(&info, JAN_2026 - 1), 0);
        assert_eq!(days_left(&info, JAN_2026), 0);
        assert_eq!(days_left(&info, JAN_2026 + 1), -1);
        assert_eq!(days_left(&info, JAN_2026 + DAY), -1);
        assert_eq!(days_left(&info, JAN_2026 + DAY + 1), -2);
    }

    #[test]
    fn rotation_window_is_one_to_two_weeks_before_expiry() {
        let info = info_for(JAN_2026);
        let (from, to) = rotation_window(&info);
        assert_eq!(from, JAN_2026 - 14 * DAY);
        assert_eq!(to, JAN_2026 - 7 * DAY);
        assert_eq!(days_left(&info, from), 14);
        assert_eq!(days_left(&info, to), 7);
    }

    #[test]
    fn cert_info_serialises_for_json_output() {
        let g = generate(KeyKind::EcP256, "json", JAN_2026, 10).unwrap();
        let v = serde_json::to_value(&g.info).unwrap();
        assert_eq!(v["subject"], "CN=json");
        assert_eq!(v["key_type"], "EC");
        assert_eq!(v["key_bits"], 256);
        assert_eq!(v["curve"], "P-256");
        assert_eq!(v["not_before"], JAN_2026);
        assert_eq!(v["self_signed"], true);
    }
}
