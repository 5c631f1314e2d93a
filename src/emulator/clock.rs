//! The emulated clock: the tool's clock (`crate::clock`, which tests set with `OA_RT_NOW`) plus how far the UI
//! surface moved it forward, so certificates can expire and rotate without waiting; and how the emulator writes
//! its instants.

use std::sync::atomic::{AtomicI64, Ordering};

/// The emulated clock. The offset mirrors `emu_meta.clock_offset_secs`; it is kept outside the database so that
/// reading the time never takes the database lock.
pub struct Clock {
    offset: AtomicI64,
}

impl Clock {
    pub fn new(offset: i64) -> Clock {
        Clock {
            offset: AtomicI64::new(offset),
        }
    }

    /// Now, in seconds since the Unix epoch: real time plus the offset.
    pub fn now(&self) -> i64 {
        crate::clock::unix() + self.offset.load(Ordering::Relaxed)
    }

    pub fn set_offset(&self, offset: i64) {
        self.offset.store(offset, Ordering::Relaxed);
    }
}

/// NetSuite's datetime as the emulator stores it (ISO 8601, UTC) [assumed: real SuiteQL formats dates by the
/// user's preferences].
pub fn timestamp(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// The date of an instant, `YYYY-MM-DD` (bundle install dates).
pub fn date(unix: i64) -> String {
    timestamp(unix)[..10].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offset_moves_the_clock_and_instants_read_as_utc() {
        let clock = Clock::new(0);
        let before = clock.now();
        clock.set_offset(86_400);
        assert!(clock.now() - before >= 86_400);
        assert_eq!(timestamp(1_780_000_000), "2026-05-28T20:26:40Z");
        assert_eq!(date(1_780_000_000), "2026-05-28");
    }
}
