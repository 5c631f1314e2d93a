//! The profile of the embedded emulator of `--emulator` (tool side).

use anyhow::Result;

use crate::config::Profile;
use crate::emulator::RunningEmulator;

/// A profile for a running emulator, with its credentials in memory.
pub fn profile(emu: &RunningEmulator) -> Result<Profile> {
    emu.profile()
}
