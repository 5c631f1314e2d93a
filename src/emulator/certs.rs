//! Certificates in the emulator: reading uploaded M2M certificates, and the real-time import certificate that
//! OpenAir generates, NetSuite signs with (`N/crypto/certificate`, SHA-256) and OpenAir verifies with.
//!
//! The real-time certificate's key algorithm and validity are not published [assumed]: RSA 2048 and 365 days,
//! both held in one place here.

use anyhow::{Context, Result};
use aws_lc_rs::signature::{self, RsaKeyPair};
use base64::Engine;
use jsonwebtoken::DecodingKey;

/// Validity of a certificate OpenAir generates [assumed].
pub const REALTIME_CERT_DAYS: i64 = 365;

/// The placeholder 369630 3.0–4.01 ships as `custcertificate_oa_realtime` ("openair-certificate.pem"): not a
/// usable key. Its content only has to be recognisable, never valid.
pub const PLACEHOLDER_PEM: &str = "-----BEGIN CERTIFICATE-----\nUExBQ0VIT0xERVIgLSByZXBsYWNlZCBieSBPcGVuQWly\n-----END CERTIFICATE-----\n";

/// The public key of a PEM certificate as a JWT verification key, with its validity (Unix seconds).
pub fn decoding_key(pem: &str) -> Result<(DecodingKey, i64, i64), String> {
    let (_, block) =
        x509_parser::pem::parse_x509_pem(pem.as_bytes()).map_err(|e| format!("not PEM: {e}"))?;
    let cert = block
        .parse_x509()
        .map_err(|e| format!("not a certificate: {e}"))?;
    let spki = cert.public_key();
    // For both RSA (PKCS#1 RSAPublicKey) and EC (the uncompressed point), the key is the SPKI bit string.
    let key_bytes = spki.subject_public_key.data.as_ref();
    let key = match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(_)) => DecodingKey::from_rsa_der(key_bytes),
        Ok(x509_parser::public_key::PublicKey::EC(_)) => DecodingKey::from_ec_der(key_bytes),
        _ => return Err("unsupported public key type".into()),
    };
    let validity = cert.validity();
    Ok((
        key,
        validity.not_before.timestamp(),
        validity.not_after.timestamp(),
    ))
}

/// A key pair and certificate as OpenAir makes them for the real-time import.
pub struct RealtimeCertificate {
    pub private_key_pem: String,
    pub certificate_pem: String,
    pub not_before: i64,
    pub not_after: i64,
}

/// Generates the real-time certificate valid from `not_before` for `days`.
pub fn generate_realtime(company: &str, not_before: i64, days: i64) -> Result<RealtimeCertificate> {
    let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048)
        .map_err(|_| anyhow::anyhow!("RSA key generation failed"))?;
    let der = aws_lc_rs::encoding::AsDer::<aws_lc_rs::encoding::Pkcs8V1Der>::as_der(&pair)
        .map_err(|_| anyhow::anyhow!("RSA key encoding failed"))?;
    let key = rcgen::KeyPair::try_from(der.as_ref()).context("loading the RSA key")?;
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new())?;
    params.distinguished_name.push(
        rcgen::DnType::CommonName,
        format!("{company} real-time import"),
    );
    params.distinguished_name.push(
        rcgen::DnType::OrganizationName,
        "NetSuite SuiteProjects Pro (emulated)",
    );
    let start = time::OffsetDateTime::from_unix_timestamp(not_before)?;
    params.not_before = start;
    params.not_after = start + time::Duration::days(days);
    let cert = params.self_signed(&key)?;
    Ok(RealtimeCertificate {
        private_key_pem: key.serialize_pem(),
        certificate_pem: cert.pem(),
        not_before,
        not_after: not_before + days * 86_400,
    })
}

/// Signs `message` as the v2.0 send script does: RSA PKCS#1 v1.5 with SHA-256, base64.
pub fn sign(private_key_pem: &str, message: &str) -> Result<String, String> {
    let block = pem_block(private_key_pem).ok_or("not a PEM key")?;
    let pair = RsaKeyPair::from_pkcs8(&block).map_err(|_| "not an RSA private key".to_string())?;
    let mut signature = vec![0u8; pair.public_modulus_len()];
    pair.sign(
        &signature::RSA_PKCS1_SHA256,
        &aws_lc_rs::rand::SystemRandom::new(),
        message.as_bytes(),
        &mut signature,
    )
    .map_err(|_| "signing failed".to_string())?;
    Ok(base64::engine::general_purpose::STANDARD.encode(signature))
}

/// The DER contents of the first PEM block.
fn pem_block(pem: &str) -> Option<Vec<u8>> {
    x509_parser::pem::Pem::iter_from_buffer(pem.as_bytes())
        .next()?
        .ok()
        .map(|p| p.contents)
}

/// Verifies a base64 RSA-SHA256 signature of `message` with a certificate's public key.
pub fn verify(certificate_pem: &str, message: &str, signature_b64: &str) -> bool {
    crate::certinfo::verify_signature(certificate_pem, message.as_bytes(), signature_b64)
}

/// Summary of a certificate for dumps and the UI surface: subject, validity, SHA-256 fingerprint.
pub fn describe(pem: &str) -> Option<(String, i64, i64, String)> {
    let (_, block) = x509_parser::pem::parse_x509_pem(pem.as_bytes()).ok()?;
    let cert = block.parse_x509().ok()?;
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &block.contents);
    let fingerprint = digest
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":");
    let v = cert.validity();
    Some((
        cert.subject().to_string(),
        v.not_before.timestamp(),
        v.not_after.timestamp(),
        fingerprint,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn realtime_certificate_signs_and_verifies() {
        let now = 1_780_000_000;
        let c = generate_realtime("acme", now, 30).unwrap();
        assert_eq!(c.not_after - c.not_before, 30 * 86_400);
        let message = "action=synchronize&db_id=acme&record_type=customer&ns_id=42&netsuite_user_id=7&other_types=";
        let sig = sign(&c.private_key_pem, message).unwrap();
        assert!(verify(&c.certificate_pem, message, &sig));
        assert!(!verify(
            &c.certificate_pem,
            &message.replace("42", "43"),
            &sig
        ));
        let other = generate_realtime("acme", now, 30).unwrap();
        assert!(!verify(&other.certificate_pem, message, &sig));
        let (subject, from, to, fp) = describe(&c.certificate_pem).unwrap();
        assert!(subject.contains("acme real-time import"), "{subject}");
        assert_eq!((from, to), (now, now + 30 * 86_400));
        assert_eq!(fp.len(), 32 * 3 - 1);
    }

    #[test]
    fn the_placeholder_is_not_a_certificate() {
        assert!(describe(PLACEHOLDER_PEM).is_none());
        assert!(!verify(PLACEHOLDER_PEM, "x", "AAAA"));
    }
}
