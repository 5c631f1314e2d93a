//! The emulator's RSA keys, made once and kept. Generating an RSA 2048 key takes tens of milliseconds (more than the
//! rest of an emulator's start), and the emulator needs one to sign its access tokens and one for each real-time
//! certificate OpenAir makes. So each key is generated the first time it is needed and kept in the cache
//! directory (`$XDG_CACHE_HOME/oa-rt/emulator-keys/rsa2048-<slot>.pem`, 0600 in a 0700 directory, written
//! atomically); later emulators read it back. Deleting the directory only costs the next start the generation.
//!
//! Slot 0 signs access tokens; the real-time certificates take slots 1, 2, … in the order one account makes them
//! (kept in the state, [`next_realtime_slot`]), so a rotation still gets a key of its own, as with OpenAir.
//! Without a usable cache directory (or in unit tests) keys are generated and not kept.

use std::path::PathBuf;

use anyhow::{Result, anyhow};
use rusqlite::{Connection, OptionalExtension, params};

/// The slot of the key that signs access tokens.
pub const TOKEN_SLOT: u32 = 0;

/// A new RSA 2048 key as PKCS#8 PEM.
fn generate() -> Result<String> {
    let pair = aws_lc_rs::rsa::KeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048)
        .map_err(|_| anyhow!("RSA key generation failed"))?;
    let der = aws_lc_rs::encoding::AsDer::<aws_lc_rs::encoding::Pkcs8V1Der>::as_der(&pair)
        .map_err(|_| anyhow!("RSA key encoding failed"))?;
    Ok(rcgen::KeyPair::try_from(der.as_ref())
        .map_err(|e| anyhow!("loading the RSA key: {e}"))?
        .serialize_pem())
}

/// Whether `pem` is an RSA 2048 private key (a damaged or foreign file is replaced, never used).
fn usable(pem: &str) -> bool {
    let Some(Ok(block)) = x509_parser::pem::Pem::iter_from_buffer(pem.as_bytes()).next() else {
        return false;
    };
    aws_lc_rs::rsa::KeyPair::from_pkcs8(&block.contents)
        .is_ok_and(|k| k.public_modulus_len() == 256)
}

fn dir() -> Option<PathBuf> {
    if cfg!(test) {
        return None;
    }
    crate::dirs::cache_dir()
        .ok()
        .map(|d| d.join("emulator-keys"))
}

/// The RSA 2048 key of `slot` (PKCS#8 PEM): the kept one, else a new one, kept for next time.
pub fn rsa_2048(slot: u32) -> Result<String> {
    let Some(dir) = dir() else {
        return generate();
    };
    let path = dir.join(format!("rsa2048-{slot}.pem"));
    // Only a private file (no group or other bits) is trusted: anything else is replaced.
    if let Ok(bytes) = crate::secret::read_private_file(&path, "emulator key")
        && let Ok(pem) = String::from_utf8(bytes)
        && usable(&pem)
    {
        return Ok(pem);
    }
    let pem = generate()?;
    if let Err(e) = crate::fsutil::write_private(&path, pem.as_bytes()) {
        tracing::debug!("emulator key not kept: {e:#}");
    }
    Ok(pem)
}

/// The key slot for the next real-time certificate this account makes: 1 for the first, then one more each time
/// (kept in `emu_meta`, so a state file or a reset starts where its certificates are).
pub fn next_realtime_slot(conn: &Connection) -> Result<u32> {
    let next: u32 = conn
        .query_row(
            "SELECT value FROM emu_meta WHERE key = 'realtime_key_next'",
            [],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    conn.execute(
        "INSERT OR REPLACE INTO emu_meta(key, value) VALUES ('realtime_key_next', ?1)",
        params![(next + 1).to_string()],
    )?;
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_rsa_2048_and_damaged_ones_are_not_used() {
        let pem = rsa_2048(TOKEN_SLOT).unwrap();
        assert!(usable(&pem));
        assert!(!usable("not a key"));
        assert!(!usable(
            &rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)
                .unwrap()
                .serialize_pem()
        ));
    }

    #[test]
    fn realtime_slots_count_up_in_the_state() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE emu_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            .unwrap();
        assert_eq!(next_realtime_slot(&conn).unwrap(), 1);
        assert_eq!(next_realtime_slot(&conn).unwrap(), 2);
    }
}
