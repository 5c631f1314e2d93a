//! The real-time import certificate as the SRP bundles name it (platform-facts §6).

/// The digital certificate the v2.0 send script signs with.
pub const SCRIPT_ID: &str = "custcertificate_oa_realtime";
/// The file name of the placeholder 369630 3.0–4.01 ships.
pub const PLACEHOLDER_NAME: &str = "openair-certificate.pem";
