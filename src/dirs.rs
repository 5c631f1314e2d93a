//! Where oa-rt keeps its files: XDG locations (etcetera), each overridable by the usual variables.

use std::path::PathBuf;

use anyhow::{Context, Result};
use etcetera::BaseStrategy;

fn strategy() -> Result<etcetera::base_strategy::Xdg> {
    etcetera::base_strategy::Xdg::new()
        .context("cannot find the home directory (set HOME or XDG_CONFIG_HOME)")
}

/// `$XDG_CONFIG_HOME/oa-rt`: the config file.
pub fn config_dir() -> Result<PathBuf> {
    Ok(strategy()?.config_dir().join("oa-rt"))
}

/// `$XDG_CACHE_HOME/oa-rt`: access tokens (0600), safe to delete.
pub fn cache_dir() -> Result<PathBuf> {
    Ok(strategy()?.cache_dir().join("oa-rt"))
}

/// `$XDG_STATE_HOME/oa-rt`: backups, emulator credentials.
pub fn state_dir() -> Result<PathBuf> {
    let s = strategy()?;
    let base = s.state_dir().unwrap_or_else(|| s.data_dir());
    Ok(base.join("oa-rt"))
}

/// A file of one account under a folder of the state directory (`journal/1234567_SB1.json`, `locks/….lock`): the
/// account id with any character other than a letter, digit, `_` or `-` as `_`, so the name stays plain.
pub fn account_state_file(folder: &str, account: &str, extension: &str) -> Result<PathBuf> {
    let name: String = account
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    Ok(state_dir()?
        .join(folder)
        .join(format!("{name}.{extension}")))
}
