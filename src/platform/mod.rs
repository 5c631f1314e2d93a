//! Facts shared by the tool and the emulator, without I/O: account ids, bundle ids and versions, the record types
//! the real-time import covers, the settings record's fields, the OpenAir objects the import writes
//! (their NetSuite ID custom fields, the export flags), the companion RESTlet's contract, the permissions of the
//! role oa-rt signs in with, the UI surface's actions, SuiteQL's limits, and the OAuth 1.0a (TBA) signing rules.
//! Both sides import this; neither imports the other.

pub mod account;
pub mod bundles;
pub mod certificate;
pub mod companion;
pub mod oauth1;
pub mod openair;
pub mod openair_objects;
pub mod permissions;
pub mod record_types;
pub mod settings;
pub mod suiteql;
pub mod ui;
