//! oa-rt as a library: the binary (`src/main.rs`) is a thin shell around [`commands::run`]; integration tests use
//! the client and the emulator directly where a command does not reach yet.

pub mod backup;
pub mod certinfo;
pub mod cli;
pub mod client;
pub mod clock;
pub mod commands;
pub mod completion;
pub mod config;
pub mod dirs;
#[cfg(feature = "emulator")]
pub mod embedded;
#[cfg(feature = "emulator")]
pub mod emulator;
pub mod error;
pub mod exit;
pub mod fsutil;
pub mod job;
pub mod logging;
pub mod operator;
pub mod output;
pub mod platform;
pub mod secret;
pub mod steps;
pub mod text;
pub mod xml;
