//! `oa-rt auth init`: a key pair and a self-signed certificate NetSuite accepts for OAuth 2.0 M2M, and where to
//! upload it.

use std::path::Path;

use anyhow::Result;
use serde_json::json;

use super::{UPLOAD_PATH, keys_dir, write_new_credential};
use crate::certinfo::KeyKind;
use crate::commands::Ctx;
use crate::exit::ExitStatus;

pub(super) fn run(
    ctx: &Ctx<'_>,
    kind: KeyKind,
    days: i64,
    out_dir: Option<&Path>,
) -> Result<ExitStatus> {
    let dir = match out_dir {
        Some(d) => {
            crate::fsutil::check_writable_dir(d, "--out-dir")?;
            d.to_path_buf()
        }
        None => keys_dir()?,
    };
    let (key, cert, generated) = write_new_credential(&dir, kind, days)?;
    if ctx.out.json {
        ctx.out.print_json(&json!({
            "private_key_file": key,
            "certificate_file": cert,
            "certificate": generated.info,
            "upload": UPLOAD_PATH,
        }));
        return Ok(ExitStatus::Ok);
    }
    let i = &generated.info;
    ctx.out
        .print(&format!("Private key (mode 0600): {}", key.display()));
    ctx.out
        .print(&format!("Certificate:             {}", cert.display()));
    ctx.out.print(&format!(
        "  {} {} bits, valid until {}, SHA-256 {}",
        i.key_type,
        i.key_bits,
        crate::steps::certificate::date(i.not_after),
        i.sha256_fingerprint
    ));
    ctx.out.print("Next, in NetSuite as an administrator:");
    ctx.out.print(&format!("  1. {UPLOAD_PATH}"));
    ctx.out.print("  2. Entity: the integration user; Role: the integration role; Application: your integration record");
    ctx.out.print(&format!(
        "  3. Certificate: upload {}, then Save",
        cert.display()
    ));
    ctx.out
        .print("  4. Copy the Certificate ID NetSuite shows, and put it in the profile:");
    ctx.out.print(&format!(
        "     oa-rt profile add NAME --ns-auth m2m --ns-certificate-id <ID> --ns-private-key-file {} ...",
        key.display()
    ));
    Ok(ExitStatus::Ok)
}
