//! The emulator's state: one SQLite database. Tables named and shaped like NetSuite's are what SuiteQL may read;
//! `emu_*` tables hold what the real services keep out of sight (bundles, credentials, OpenAir's side).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};

use crate::client::netsuite::account::AccountId;

/// The tables SuiteQL can see. Everything else in the database is invisible to it.
pub const PUBLIC_TABLES: &[&str] = &[
    "script",
    "scriptdeployment",
    "role",
    "rolepermissions",
    "customrecord_oa_srp_integration_settings",
];

pub const SETTINGS_RECORD: &str = "customrecord_oa_srp_integration_settings";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS emu_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS emu_bundle (id TEXT PRIMARY KEY, name TEXT, version TEXT, date_installed TEXT,
    date_last_updated TEXT, is_managed TEXT);
CREATE TABLE IF NOT EXISTS emu_script_bundle (script INTEGER, bundle TEXT);
CREATE TABLE IF NOT EXISTS emu_integration (client_id TEXT PRIMARY KEY, name TEXT, scopes TEXT);
CREATE TABLE IF NOT EXISTS emu_m2m_certificate (certificate_id TEXT PRIMARY KEY, client_id TEXT, role INTEGER,
    entity INTEGER, pem TEXT, revoked TEXT DEFAULT 'F', created TEXT);
CREATE TABLE IF NOT EXISTS emu_tba_token (token_id TEXT PRIMARY KEY, consumer_key TEXT, consumer_secret TEXT,
    token_secret TEXT, role INTEGER);
CREATE TABLE IF NOT EXISTS emu_oa_user (id INTEGER PRIMARY KEY, nickname TEXT, name TEXT, password TEXT,
    access_token TEXT, api_namespace TEXT, api_key TEXT);

CREATE TABLE IF NOT EXISTS script (id INTEGER PRIMARY KEY, scriptid TEXT, scripttype TEXT, name TEXT, owner INTEGER,
    isinactive TEXT, apiversion TEXT, scriptfile INTEGER, beforeloadfunction TEXT, beforesubmitfunction TEXT,
    aftersubmitfunction TEXT);
CREATE TABLE IF NOT EXISTS scriptdeployment (primarykey INTEGER PRIMARY KEY, scriptid TEXT, script INTEGER,
    title TEXT, status TEXT, isdeployed TEXT, recordtype TEXT, eventtype TEXT, loglevel TEXT, allroles TEXT,
    allemployees TEXT, allpartners TEXT, audience TEXT, runasrole INTEGER);
CREATE TABLE IF NOT EXISTS role (id INTEGER PRIMARY KEY, name TEXT, scriptid TEXT, isinactive TEXT);
CREATE TABLE IF NOT EXISTS rolepermissions (role INTEGER, permkey TEXT, name TEXT, permlevel TEXT);
CREATE TABLE IF NOT EXISTS customrecord_oa_srp_integration_settings (id INTEGER PRIMARY KEY, name TEXT,
    isinactive TEXT, created TEXT, lastmodified TEXT);
";

/// A field of the settings record: its id, how the record API types it, and the 369637 version that adds it.
pub struct SettingsField {
    pub id: &'static str,
    pub kind: FieldKind,
    /// The field exists only when 369637 is at least this version ([assumed]: which fields 4.0 adds is not
    /// published field by field; the certificate flow needs the URL and the database id).
    pub since_srp: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Checkbox,
    Text,
    /// A reference to another record: `{ "id": "12", "refName": "..." }` in the record API.
    Select,
}

pub const SETTINGS_FIELDS: &[SettingsField] = &[
    field("custrecord_oa_realtime_enable", FieldKind::Checkbox, None),
    field("custrecord_oa_realtime_email", FieldKind::Text, None),
    field(
        "custrecord_oa_realtime_include_lead",
        FieldKind::Checkbox,
        None,
    ),
    field(
        "custrecord_oa_realtime_include_prospect",
        FieldKind::Checkbox,
        None,
    ),
    field("custrecord_oa_url", FieldKind::Text, Some("4.0")),
    field("custrecord_oa_db_id", FieldKind::Text, Some("4.0")),
    field("custrecord_oa_realtime_sso_record", FieldKind::Select, None),
    field(
        "custrecord_oa_realtime_soap_customer",
        FieldKind::Checkbox,
        None,
    ),
    field(
        "custrecord_oa_realtime_soap_project",
        FieldKind::Checkbox,
        None,
    ),
    field(
        "custrecord_oa_realtime_soap_user",
        FieldKind::Checkbox,
        None,
    ),
    field(
        "custrecord_oa_realtime_restlet_customer",
        FieldKind::Checkbox,
        None,
    ),
    field(
        "custrecord_oa_realtime_restlet_project",
        FieldKind::Checkbox,
        None,
    ),
    field(
        "custrecord_oa_realtime_restlet_user",
        FieldKind::Checkbox,
        None,
    ),
];

const fn field(
    id: &'static str,
    kind: FieldKind,
    since_srp: Option<&'static str>,
) -> SettingsField {
    SettingsField {
        id,
        kind,
        since_srp,
    }
}

/// An access token the token endpoint issued.
pub struct IssuedToken {
    pub expires_at: i64,
    pub scopes: Vec<String>,
    pub role: i64,
}

/// Everything the emulator knows, behind one lock per part. SQLite calls are short; the lock is never held
/// across an await, nor while calling another method of `Emu` that takes it again (a std mutex is not
/// reentrant: that would stop the whole emulator).
pub struct Emu {
    pub db: Mutex<Connection>,
    pub account: AccountId,
    pub tokens: Mutex<HashMap<String, IssuedToken>>,
    pub nonces: Mutex<HashSet<(String, String)>>,
    /// What the real NetSuite shows in Setup > Users/Roles > User Management > View Login Audit Trail.
    pub login_audit: Mutex<Vec<String>>,
    /// Requests served, by surface (`netsuite.suiteql`, `openair.api`, ...).
    pub requests: Mutex<BTreeMap<String, u64>>,
    /// How far the UI surface moved the clock (mirrors `emu_meta.clock_offset_secs`). Kept outside the database
    /// so that reading the time never takes the database lock.
    clock_offset: AtomicI64,
    /// `serve` shows login audit entries on stderr as they happen; an embedded emulator only records them.
    pub log_audit: AtomicBool,
}

impl Emu {
    /// Opens (or creates) the database and seeds it with the scenario when it is new.
    pub fn open(path: Option<&Path>, scenario: &str) -> Result<Emu> {
        let conn = match path {
            Some(p) => Connection::open(p)
                .with_context(|| format!("opening emulator state {}", p.display()))?,
            None => Connection::open_in_memory()?,
        };
        conn.execute_batch(SCHEMA)?;
        super::suiteql::register_functions(&conn)?;
        let existing: Option<String> = conn
            .query_row(
                "SELECT value FROM emu_meta WHERE key = 'scenario'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        match existing {
            Some(s) if s != scenario => {
                tracing::warn!(
                    "state file holds scenario '{s}'; continuing with it (not '{scenario}')"
                );
            }
            Some(_) => {}
            None => {
                let seed = super::scenarios::seed_for(scenario)
                    .ok_or_else(|| anyhow::anyhow!("unknown scenario '{scenario}'"))?;
                super::scenarios::apply(&conn, scenario, &seed)?;
            }
        }
        let account: String = conn.query_row(
            "SELECT value FROM emu_meta WHERE key = 'account'",
            [],
            |r| r.get(0),
        )?;
        let offset: i64 = conn
            .query_row(
                "SELECT value FROM emu_meta WHERE key = 'clock_offset_secs'",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        Ok(Emu {
            db: Mutex::new(conn),
            account: AccountId::parse(&account).map_err(anyhow::Error::msg)?,
            tokens: Mutex::new(HashMap::new()),
            nonces: Mutex::new(HashSet::new()),
            login_audit: Mutex::new(Vec::new()),
            requests: Mutex::new(BTreeMap::new()),
            clock_offset: AtomicI64::new(offset),
            log_audit: AtomicBool::new(false),
        })
    }

    pub fn db(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn meta(&self, key: &str) -> Option<String> {
        self.db()
            .query_row(
                "SELECT value FROM emu_meta WHERE key = ?1",
                params![key],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten()
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.db().execute(
            "INSERT OR REPLACE INTO emu_meta(key, value) VALUES (?1, ?2)",
            params![key, value],
        )?;
        Ok(())
    }

    /// Moves the emulated clock to real time plus `offset` seconds.
    pub fn set_clock_offset(&self, offset: i64) -> Result<()> {
        self.set_meta("clock_offset_secs", &offset.to_string())?;
        self.clock_offset.store(offset, Ordering::Relaxed);
        Ok(())
    }

    /// The emulated clock: real time plus the offset the UI surface moved it by.
    pub fn now(&self) -> i64 {
        chrono::Utc::now().timestamp() + self.clock_offset.load(Ordering::Relaxed)
    }

    pub fn count(&self, surface: &str) {
        let mut r = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        *r.entry(surface.to_string()).or_insert(0) += 1;
    }

    pub fn audit(&self, line: String) {
        if self.log_audit.load(Ordering::Relaxed) {
            eprintln!("login audit trail: {line}");
        }
        self.login_audit
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(line);
    }

    /// The installed version of a bundle, if installed.
    pub fn bundle_version(&self, id: &str) -> Option<String> {
        self.db()
            .query_row(
                "SELECT version FROM emu_bundle WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()
            .ok()
            .flatten()
    }

    /// Settings fields that exist with the installed 369637.
    pub fn settings_fields(&self) -> Vec<&'static SettingsField> {
        fields_for(self.bundle_version("369637").as_deref())
    }
}

/// The settings fields a given 369637 version has.
pub fn fields_for(srp_version: Option<&str>) -> Vec<&'static SettingsField> {
    use crate::steps::bundles::Version;
    let srp = srp_version.and_then(Version::parse);
    SETTINGS_FIELDS
        .iter()
        .filter(|f| match f.since_srp {
            None => true,
            Some(min) => srp
                .as_ref()
                .is_some_and(|v| *v >= Version::parse(min).expect("valid constant")),
        })
        .collect()
}

/// Adds to the settings record type the columns of the fields the installed 369637 brings (as a bundle install
/// or update does), and answers the fields that exist now. Fields are never removed: bundles are not downgraded.
pub fn sync_settings_fields(conn: &Connection) -> Result<Vec<&'static SettingsField>> {
    let version: Option<String> = conn
        .query_row(
            "SELECT version FROM emu_bundle WHERE id = '369637'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let mut existing = HashSet::new();
    {
        let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
        let rows = stmt.query_map(params![SETTINGS_RECORD], |r| r.get::<_, String>(0))?;
        for r in rows {
            existing.insert(r?);
        }
    }
    let fields = fields_for(version.as_deref());
    for f in &fields {
        if !existing.contains(f.id) {
            conn.execute(
                &format!("ALTER TABLE {SETTINGS_RECORD} ADD COLUMN {} TEXT", f.id),
                [],
            )?;
        }
    }
    Ok(fields)
}
