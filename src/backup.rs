//! Backups: before any remote change, what it replaces is written under the state directory, with the profile,
//! the account, the time and the command. `oa-rt restore` puts it back.

use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// What kind of thing an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A script deployment's fields.
    Deployment,
    /// The settings record's fields.
    Settings,
}

impl EntryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Deployment => "deployment",
            EntryKind::Settings => "settings",
        }
    }
}

/// One thing a change replaces: a deployment's fields, the settings record's fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub kind: EntryKind,
    /// The deployment's script id, the settings record's type/id.
    pub target: String,
    /// The values before the change (the fields the change touches).
    pub values: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub id: String,
    pub profile: String,
    pub account: String,
    pub command: String,
    pub created: String,
    pub entries: Vec<Entry>,
}

pub fn dir() -> Result<PathBuf> {
    Ok(crate::dirs::state_dir()?.join("backups"))
}

/// Writes a backup (0600) and returns its id. Nothing is written when there is nothing to back up.
pub fn write(
    profile: &str,
    account: &str,
    command: &str,
    entries: Vec<Entry>,
) -> Result<Option<String>> {
    if entries.is_empty() {
        return Ok(None);
    }
    let now = crate::clock::now();
    let id = format!(
        "{}-{}-{:04x}",
        now.format("%Y%m%dT%H%M%SZ"),
        command.replace(' ', "-"),
        fastrand::u16(..)
    );
    let backup = Backup {
        id: id.clone(),
        profile: profile.to_string(),
        account: account.to_string(),
        command: command.to_string(),
        created: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        entries,
    };
    let path = dir()?.join(format!("{id}.json"));
    let json = serde_json::to_vec_pretty(&backup)?;
    crate::fsutil::write_private(&path, &json)
        .with_context(|| format!("writing backup {}", path.display()))?;
    Ok(Some(id))
}

/// The backup `id`: a usage error (exit 2) when there is none, or when its file is corrupt (truncated, edited):
/// a corrupt backup is never taken for a missing one, nor restored in part.
pub fn find(id: &str) -> Result<Backup> {
    use crate::error::Failure;
    let safe = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let path = dir()?.join(format!("{id}.json"));
    let bytes = match safe.then(|| crate::fsutil::read_regular(&path)) {
        Some(Ok(b)) => b,
        Some(Err(e)) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(Failure::usage(format!(
                "backup {id} ({}) cannot be read: {}; nothing was changed",
                path.display(),
                crate::fsutil::io_reason(&e)
            ))
            .into());
        }
        _ => {
            return Err(Failure::usage(format!("no backup '{id}'"))
                .with_hint("`oa-rt restore --list` shows them")
                .into());
        }
    };
    let backup: Backup = serde_json::from_slice(&bytes).map_err(|e| {
        Failure::usage(format!(
            "backup {id} ({}) is corrupt ({e}); nothing was changed",
            path.display()
        ))
        .with_hint("it cannot be restored; `oa-rt restore --list` shows the others")
    })?;
    if backup.id != id {
        return Err(Failure::usage(format!(
            "backup {id} ({}) is corrupt: it holds backup '{}'; nothing was changed",
            path.display(),
            backup.id
        ))
        .into());
    }
    Ok(backup)
}

/// Every backup, oldest first.
pub fn list() -> Result<Vec<Backup>> {
    let dir = dir()?;
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(out);
    };
    for e in entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
    {
        // A file that is not a backup (or half a backup) is skipped, not fatal.
        if let Ok(b) = serde_json::from_slice::<Backup>(&std::fs::read(e.path())?) {
            out.push(b);
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}
