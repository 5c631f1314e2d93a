//! SuiteQL's documented limits (platform-facts §8).

/// The most rows one page can hold.
pub const PAGE: u64 = 1000;
/// The most rows one query can return.
pub const MAX_ROWS: u64 = 100_000;
