//! Integration tests: the real binary against a real emulator on loopback, in one test binary.

mod common;

mod bad_input;
mod bundles;
mod client;
mod companion;
mod completion;
mod emulator;
mod faults;
mod generated;
mod journal;
mod layout;
mod netsuite_steps;
mod observe;
mod openair_cert;
mod openair_import;
mod order_probe;
mod permissions;
mod profile;
mod readme;
mod realtime;
mod refusals;
mod scenarios;
mod snapshots;
mod whole_job;
mod wizard;
