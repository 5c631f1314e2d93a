//! Reading certificates the emulator holds (uploaded M2M certificates).

use jsonwebtoken::DecodingKey;

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
