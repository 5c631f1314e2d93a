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
