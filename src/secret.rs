//! Secrets: where they come from, how they are held, and how they are kept out of every output.
//!
//! A secret is read from an environment variable or a file (never from the command line nor inline in the config
//! file), held in a [`Secret`] whose `Debug`/`Display` never show the value, and registered with the process-wide
//! redactor so that a log line or error message that somehow contains it prints `[REDACTED]` instead.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use serde::{Deserialize, Deserializer, Serialize};
use zeroize::Zeroize;

use crate::error::Failure;

/// A secret value. Never printed; zeroed when dropped; registered with the redactor when created.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        let value = value.into();
        register(&value);
        Secret(value)
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

/// Where a secret comes from, as written in the config file: `{ env = "VAR" }` or `{ file = "PATH" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretSource {
    Env(String),
    File(PathBuf),
}

impl<'de> Deserialize<'de> for SecretSource {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // An inline string is the mistake people make first; say exactly what to write instead.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Inline(#[allow(dead_code)] String),
            Table {
                env: Option<String>,
                file: Option<PathBuf>,
            },
        }
        match Raw::deserialize(d)? {
            Raw::Inline(_) => Err(serde::de::Error::custom(
                "secrets are not read from the config file: write { env = \"VARIABLE\" } or { file = \"/path/to/file\" }",
            )),
            Raw::Table {
                env: Some(v),
                file: None,
            } => Ok(SecretSource::Env(v)),
            Raw::Table {
                env: None,
                file: Some(p),
            } => Ok(SecretSource::File(p)),
            Raw::Table { .. } => Err(serde::de::Error::custom(
                "a secret needs exactly one of env = \"VARIABLE\" or file = \"/path/to/file\"",
            )),
        }
    }
}

impl fmt::Display for SecretSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SecretSource::Env(v) => write!(f, "env {v}"),
            SecretSource::File(p) => write!(f, "file {}", p.display()),
        }
    }
}

impl SecretSource {
    /// Reads the secret. `what` names it in messages ("NetSuite token secret").
    pub fn load(&self, what: &str) -> Result<Secret, Failure> {
        match self {
            SecretSource::Env(var) => match std::env::var(var) {
                Ok(v) if !v.trim().is_empty() => Ok(Secret::new(v.trim().to_string())),
                Ok(_) => Err(Failure::usage(format!(
                    "{what}: environment variable {var} is empty"
                ))
                .with_hint(format!("export {var}=... before running oa-rt"))),
                Err(_) => Err(Failure::usage(format!(
                    "{what}: environment variable {var} is not set"
                ))
                .with_hint(format!("export {var}=... before running oa-rt"))),
            },
            SecretSource::File(path) => {
                let bytes = read_private_file(path, what)?;
                let text = String::from_utf8(bytes).map_err(|_| {
                    Failure::usage(format!("{what}: {} is not UTF-8 text", path.display()))
                })?;
                let value = text.trim().to_string();
                if value.is_empty() {
                    return Err(Failure::usage(format!(
                        "{what}: {} is empty",
                        path.display()
                    )));
                }
                Ok(Secret::new(value))
            }
        }
    }

    /// A one-line description of the source and whether it is usable, without reading the value into output.
    pub fn describe(&self) -> String {
        match self {
            SecretSource::Env(var) => match std::env::var_os(var) {
                Some(v) if !v.is_empty() => format!("env {var} (set)"),
                _ => format!("env {var} (NOT SET)"),
            },
            SecretSource::File(path) => match file_mode(path) {
                Ok(mode) if mode & 0o077 == 0 => {
                    format!("file {} (mode {:04o})", path.display(), mode)
                }
                Ok(mode) => format!(
                    "file {} (mode {:04o}: TOO OPEN, run chmod 600)",
                    path.display(),
                    mode
                ),
                Err(_) => format!("file {} (MISSING)", path.display()),
            },
        }
    }
}

fn file_mode(path: &Path) -> std::io::Result<u32> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::metadata(path)?.permissions().mode() & 0o7777)
}

/// Reads a file that holds a secret (a private key, a token), refusing it when group or others may read it.
pub fn read_private_file(path: &Path, what: &str) -> Result<Vec<u8>, Failure> {
    let mode = file_mode(path).map_err(|e| {
        Failure::usage(format!(
            "{what}: cannot read {}: {}",
            path.display(),
            crate::fsutil::io_reason(&e)
        ))
    })?;
    if mode & 0o077 != 0 {
        return Err(Failure::usage(format!(
            "{what}: {} is readable by group or others (mode {:04o})",
            path.display(),
            mode
        ))
        .with_hint(format!("chmod 600 {}", path.display())));
    }
    // A FIFO would block the read forever: the type is checked before reading.
    crate::fsutil::read_regular(path).map_err(|e| {
        Failure::usage(format!(
            "{what}: cannot read {}: {}",
            path.display(),
            crate::fsutil::io_reason(&e)
        ))
        .with_hint("name a regular file (mode 0600)")
    })
}

// ---- redaction ----------------------------------------------------------------------------------------------

static REGISTERED: RwLock<Vec<String>> = RwLock::new(Vec::new());

/// Registers a value that must never appear in output. Very short values are not registered: replacing every
/// "1" in a log would hide more than it protects, and no real credential is that short.
pub fn register(value: &str) {
    if value.len() < 6 {
        return;
    }
    let mut list = REGISTERED.write().unwrap_or_else(|e| e.into_inner());
    if !list.iter().any(|v| v == value) {
        list.push(value.to_string());
        // Longest first, so a secret that contains another is replaced whole.
        list.sort_by_key(|v| std::cmp::Reverse(v.len()));
    }
}

/// Replaces every registered secret, and every value of a field that is a secret by name, with `[REDACTED]`.
pub fn redact(text: &str) -> String {
    let mut out = text.to_string();
    {
        let list = REGISTERED.read().unwrap_or_else(|e| e.into_inner());
        for value in list.iter() {
            if out.contains(value.as_str()) {
                out = out.replace(value.as_str(), "[REDACTED]");
            }
        }
    }
    redact_by_name(&out)
}

/// Secrets we may not have registered (a token the server just sent): hide values by the name they travel under.
fn redact_by_name(text: &str) -> String {
    const JSON_KEYS: &[&str] = &["\"access_token\"", "\"client_assertion\"", "\"password\""];
    const FORM_KEYS: &[&str] = &["client_assertion=", "access_token=", "oauth_signature="];
    const XML_TAGS: &[&str] = &["password", "access_token"];
    let mut out = text.to_string();
    for key in JSON_KEYS {
        out = redact_after(&out, key, |rest| {
            // "key": "value"  → keep up to and including the opening quote of the value.
            let colon = rest.find(':')?;
            let open = rest[colon..].find('"')? + colon + 1;
            let close = rest[open..].find('"')? + open;
            Some((open, close))
        });
    }
    for key in FORM_KEYS {
        out = redact_after(&out, key, |rest| {
            // key="value" (an OAuth header) or key=value (a form or query string).
            if let Some(quoted) = rest.strip_prefix('"') {
                return Some((1, quoted.find('"')? + 1));
            }
            let end = rest
                .find(|c: char| c == '&' || c == '"' || c.is_whitespace() || c == ',')
                .unwrap_or(rest.len());
            Some((0, end))
        });
    }
    for tag in XML_TAGS {
        let open_tag = format!("<{tag}>");
        let close_tag = format!("</{tag}>");
        out = redact_after(&out, &open_tag, |rest| {
            Some((0, rest.find(close_tag.as_str())?))
        });
    }
    // Attributes of the OpenAir request envelope and the Bearer header.
    out = redact_after(&out, "key=\"", |rest| Some((0, rest.find('"')?)));
    out = redact_after(&out, "Bearer ", |rest| {
        let end = rest
            .find(|c: char| c == '"' || c.is_whitespace() || c == ',')
            .unwrap_or(rest.len());
        Some((0, end))
    });
    out
}

/// For each occurrence of `marker`, `span(rest)` gives the (start, end) of the value within the text after it.
fn redact_after(text: &str, marker: &str, span: impl Fn(&str) -> Option<(usize, usize)>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(marker) {
        let after = pos + marker.len();
        out.push_str(&rest[..after]);
        rest = &rest[after..];
        if let Some((start, end)) =
            span(rest).filter(|(s, e)| e > s && rest[*s..*e] != *"[REDACTED]")
        {
            out.push_str(&rest[..start]);
            out.push_str("[REDACTED]");
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_never_prints() {
        let s = Secret::new("hunter2-very-secret");
        assert_eq!(format!("{s}"), "[REDACTED]");
        assert_eq!(format!("{s:?}"), "Secret([REDACTED])");
        assert_eq!(s.expose(), "hunter2-very-secret");
    }

    #[test]
    fn registered_values_are_redacted_anywhere() {
        let _s = Secret::new("zz-registered-token-zz");
        assert_eq!(
            redact("GET /x?token=zz-registered-token-zz&b=1"),
            "GET /x?token=[REDACTED]&b=1"
        );
    }

    #[test]
    fn values_are_redacted_by_field_name() {
        assert_eq!(
            redact(r#"{"access_token": "abc.def.ghi", "expires_in":"3600"}"#),
            r#"{"access_token": "[REDACTED]", "expires_in":"3600"}"#
        );
        assert_eq!(
            redact("grant_type=client_credentials&client_assertion=eyJ.x.y&z=1"),
            "grant_type=client_credentials&client_assertion=[REDACTED]&z=1"
        );
        assert_eq!(
            redact("<Login><user>a</user><password>pw!</password></Login>"),
            "<Login><user>a</user><password>[REDACTED]</password></Login>"
        );
        assert_eq!(
            redact(r#"<request namespace="default" key="0123456789">"#),
            r#"<request namespace="default" key="[REDACTED]">"#
        );
        assert_eq!(
            redact("Authorization: Bearer abc123, next"),
            "Authorization: Bearer [REDACTED], next"
        );
        assert_eq!(
            redact(r#"oauth_signature="sig%3D", oauth_x="1""#),
            r#"oauth_signature="[REDACTED]", oauth_x="1""#
        );
    }

    #[test]
    fn inline_secret_in_config_is_refused_with_the_fix() {
        #[derive(Deserialize, Debug)]
        struct T {
            #[allow(dead_code)]
            s: SecretSource,
        }
        let err = toml::from_str::<T>("s = \"plain\"")
            .unwrap_err()
            .to_string();
        assert!(err.contains("{ env = \"VARIABLE\" }"), "{err}");
        let ok: T = toml::from_str("s = { env = \"X\" }").unwrap();
        assert_eq!(ok.s, SecretSource::Env("X".into()));
        assert!(toml::from_str::<T>("s = { env = \"X\", file = \"y\" }").is_err());
    }

    #[test]
    fn group_readable_file_is_refused_with_chmod_fix() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key.pem");
        std::fs::write(&path, "x").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let err = read_private_file(&path, "private key").unwrap_err();
        assert!(err.message.contains("readable by group or others"));
        assert_eq!(
            err.hints.first().map(String::as_str),
            Some(format!("chmod 600 {}", path.display()).as_str())
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(read_private_file(&path, "private key").unwrap(), b"x");
    }
}
