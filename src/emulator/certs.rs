//! Certificate cryptography both services use: reading an uploaded M2M certificate as a JWT verification key,
//! signing as NetSuite's `N/crypto/certificate` does (RSA, SHA-256), verifying as OpenAir does, and summaries for
//! dumps and the UI surface.

use aws_lc_rs::signature::{self, RsaKeyPair};
use base64::Engine;
use jsonwebtoken::DecodingKey;

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
    fn the_placeholder_is_not_a_certificate() {
        assert!(describe(PLACEHOLDER_PEM).is_none());
        assert!(!verify(PLACEHOLDER_PEM, "x", "AAAA"));
    }
}
