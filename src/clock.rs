//! The clock of the tool and of the emulator: the system's, or one a test sets with `OA_RT_NOW` (an RFC 3339
//! instant, like jj's `JJ_TIMESTAMP`). Set, it is where the clock starts at the process's first reading; time then
//! runs on from there, so waits still end and updates still come after what they update, but dates, days left
//! and expiries no longer depend on the day the tests run.

use std::sync::OnceLock;

use chrono::{DateTime, Utc};

/// The environment variable that sets the clock.
pub const ENV: &str = "OA_RT_NOW";

/// Seconds to add to the system clock (0 unless `OA_RT_NOW` is set).
fn offset() -> chrono::TimeDelta {
    static OFFSET: OnceLock<chrono::TimeDelta> = OnceLock::new();
    *OFFSET.get_or_init(|| {
        std::env::var(ENV)
            .ok()
            .and_then(|v| DateTime::parse_from_rfc3339(v.trim()).ok())
            .map(|start| start.with_timezone(&Utc) - Utc::now())
            .unwrap_or_default()
    })
}

/// Now. (The first reading with `OA_RT_NOW` set comes a hair before the instant it names, as the system clock is
/// read before the offset is fixed: seeded data then sits in the second before, which keeps whole days left stable
/// in tests however long they take.)
pub fn now() -> DateTime<Utc> {
    Utc::now() + offset()
}

/// Now, in seconds since the Unix epoch.
pub fn unix() -> i64 {
    now().timestamp()
}

/// Now as NetSuite and OpenAir write it in what oa-rt records: `2026-12-03T09:51:00Z`.
pub fn rfc3339() -> String {
    now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_clock_reads_as_rfc3339() {
        let t = super::rfc3339();
        assert!(t.ends_with('Z') && t.len() == 20, "{t}");
        assert!(
            (super::unix() - chrono::Utc::now().timestamp()).abs() < 2
                || std::env::var(super::ENV).is_ok()
        );
    }
}
