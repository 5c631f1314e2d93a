//! The emulator's state: one SQLite database. Tables named and shaped like NetSuite's are what SuiteQL may read;
//! `emu_*` tables hold what the real services keep out of sight (bundles, credentials, OpenAir's side).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};

use super::clock::Clock;
use crate::platform::account::AccountId;
use crate::platform::settings::{FIELDS, Field, RECORD_TYPE as SETTINGS_RECORD};

/// The tables SuiteQL can see. Everything else in the database is invisible to it.
pub const PUBLIC_TABLES: &[&str] = &[
    "script",
    "scriptdeployment",
    "usereventscriptdeployment",
    "role",
    "rolepermissions",
    SETTINGS_RECORD,
    "customrecord_oa_record_type_synch",
    "customer",
    "job",
    "employee",
    "projecttask",
];

/// The version of [`SCHEMA`]: a state file of another version is refused with the way out (reset it).
pub const SCHEMA_VERSION: &str = "2";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS emu_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS emu_bundle (id TEXT PRIMARY KEY, name TEXT, version TEXT, date_installed TEXT,
    date_last_updated TEXT, is_managed TEXT);
-- Which bundle ships a script ('' = the account's own) and what the emulator makes it do when it runs:
-- kind 'send_v1' / 'send_v2' (the OpenAir send scripts), 'companion', or 'custom'.
CREATE TABLE IF NOT EXISTS emu_script_meta (script INTEGER PRIMARY KEY, bundle TEXT, kind TEXT);
-- What a custom user event script does when it runs: sets a field of the record.
CREATE TABLE IF NOT EXISTS emu_script_action (script INTEGER, entry TEXT, field TEXT, value TEXT);
-- The Scripted Records page: the order of user event scripts per record type (no API can read it).
CREATE TABLE IF NOT EXISTS emu_script_order (recordtype TEXT, script INTEGER, position INTEGER,
    PRIMARY KEY (recordtype, script));
CREATE TABLE IF NOT EXISTS emu_integration (client_id TEXT PRIMARY KEY, name TEXT, scopes TEXT);
CREATE TABLE IF NOT EXISTS emu_m2m_certificate (certificate_id TEXT PRIMARY KEY, client_id TEXT, role INTEGER,
    entity INTEGER, pem TEXT, revoked TEXT DEFAULT 'F', created TEXT);
CREATE TABLE IF NOT EXISTS emu_tba_token (token_id TEXT PRIMARY KEY, consumer_key TEXT, consumer_secret TEXT,
    token_secret TEXT, role INTEGER);
-- Digital certificates (Setup > Company > Preferences > Certificates): with the private key, never readable
-- through an API; only SuiteScript can use them.
CREATE TABLE IF NOT EXISTS emu_ns_certificate (scriptid TEXT PRIMARY KEY, name TEXT, description TEXT,
    filetype TEXT, certificate_pem TEXT, private_key_pem TEXT, placeholder TEXT);
CREATE TABLE IF NOT EXISTS emu_event (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER, kind TEXT, detail TEXT);

-- OpenAir's side.
CREATE TABLE IF NOT EXISTS emu_oa_user (id INTEGER PRIMARY KEY, nickname TEXT, name TEXT, password TEXT,
    access_token TEXT, api_namespace TEXT, api_key TEXT);
CREATE TABLE IF NOT EXISTS emu_oa_certificate (id INTEGER PRIMARY KEY AUTOINCREMENT, certificate_pem TEXT,
    not_before INTEGER, not_after INTEGER, current TEXT);
-- An object the connector imported: the NetSuite internal id is in the object's NetSuite ID custom field
-- (netsuite_id; its name per object in emu_meta 'oa_netsuite_id_field_<type>', else the platform default),
-- not in externalid (left empty here: what the connector puts there is not published). created: for the
-- access tokens' filter sets.
CREATE TABLE IF NOT EXISTS emu_oa_record (oa_type TEXT, id INTEGER, name TEXT, externalid TEXT, netsuite_id TEXT,
    created INTEGER, updated INTEGER, data TEXT, PRIMARY KEY (oa_type, id), UNIQUE (oa_type, netsuite_id));
-- Each access token's cached filter set: reads with the token see only objects created up to built_at, until a
-- read carries clear_filter_cache=1 (built when the token is issued; again on first use after a reset).
CREATE TABLE IF NOT EXISTS emu_oa_filter_cache (access_token TEXT PRIMARY KEY, built_at INTEGER);
CREATE TABLE IF NOT EXISTS emu_oa_sync (oa_type TEXT PRIMARY KEY, last_sync INTEGER);
CREATE TABLE IF NOT EXISTS emu_oa_pending (oa_type TEXT, ns_id TEXT, at INTEGER, PRIMARY KEY (oa_type, ns_id));

-- NetSuite's tables, as SuiteQL shows them.
CREATE TABLE IF NOT EXISTS script (id INTEGER PRIMARY KEY, scriptid TEXT, scripttype TEXT, name TEXT, owner INTEGER,
    isinactive TEXT, apiversion TEXT, scriptfile INTEGER, beforeloadfunction TEXT, beforesubmitfunction TEXT,
    aftersubmitfunction TEXT);
-- Script deployments with the columns public SuiteQL shows on `scriptdeployment` (docs/emulator-fidelity.md).
CREATE TABLE IF NOT EXISTS scriptdeployment (primarykey INTEGER PRIMARY KEY, scriptid TEXT, script INTEGER,
    title TEXT, status TEXT, isdeployed TEXT, recordtype TEXT, loglevel TEXT);
-- The deployment record's other fields (the deployment page, SDF and N/record show them; no public SuiteQL does).
CREATE TABLE IF NOT EXISTS emu_deployment_field (primarykey INTEGER PRIMARY KEY, eventtype TEXT, allroles TEXT,
    allemployees TEXT, allpartners TEXT, audience TEXT, runasrole INTEGER, alllocalizationcontexts TEXT,
    localizationcontext TEXT);
-- The per-type table of user event deployments, with the columns public SuiteQL shows on it.
CREATE VIEW IF NOT EXISTS usereventscriptdeployment AS
    SELECT d.primarykey AS id, d.scriptid, d.script, d.primarykey AS deploymentid, d.recordtype, d.isdeployed
    FROM scriptdeployment d JOIN script s ON s.id = d.script WHERE s.scripttype = 'USEREVENT';
CREATE TABLE IF NOT EXISTS role (id INTEGER PRIMARY KEY, name TEXT, scriptid TEXT, isinactive TEXT);
CREATE TABLE IF NOT EXISTS rolepermissions (role INTEGER, permkey TEXT, name TEXT, permlevel TEXT);
-- Indexes for what the emulator and its clients look up: scripts and deployments by script id, deployments by
-- script and record type, a role's permissions, a script's actions. Invisible to SuiteQL (not tables); without
-- them a wide account (10,000 deployments) answers each lookup with a full scan.
CREATE INDEX IF NOT EXISTS script_scriptid ON script (scriptid);
CREATE INDEX IF NOT EXISTS scriptdeployment_scriptid ON scriptdeployment (scriptid);
CREATE INDEX IF NOT EXISTS scriptdeployment_script ON scriptdeployment (script);
CREATE INDEX IF NOT EXISTS scriptdeployment_recordtype ON scriptdeployment (recordtype);
CREATE INDEX IF NOT EXISTS rolepermissions_role ON rolepermissions (role);
CREATE INDEX IF NOT EXISTS emu_script_action_script ON emu_script_action (script, entry);
CREATE TABLE IF NOT EXISTS customrecord_oa_srp_integration_settings (id INTEGER PRIMARY KEY, name TEXT,
    isinactive TEXT, created TEXT, lastmodified TEXT);
CREATE TABLE IF NOT EXISTS customrecord_oa_record_type_synch (id INTEGER PRIMARY KEY, name TEXT,
    custrecord_oa_record_type TEXT, custrecord_oa_synch_pending TEXT);
CREATE TABLE IF NOT EXISTS customer (id INTEGER PRIMARY KEY, entityid TEXT, companyname TEXT, searchstage TEXT,
    isinactive TEXT, custentity_oa_export_to_openair TEXT, comments TEXT, lastmodifieddate TEXT);
CREATE TABLE IF NOT EXISTS job (id INTEGER PRIMARY KEY, entityid TEXT, companyname TEXT, parent INTEGER,
    isinactive TEXT, custentity_oa_export_to_openair TEXT, comments TEXT, lastmodifieddate TEXT);
CREATE TABLE IF NOT EXISTS employee (id INTEGER PRIMARY KEY, entityid TEXT, firstname TEXT, lastname TEXT,
    email TEXT, isinactive TEXT, custentity_oa_export_to_openair TEXT, comments TEXT, lastmodifieddate TEXT);
CREATE TABLE IF NOT EXISTS projecttask (id INTEGER PRIMARY KEY, title TEXT, company INTEGER,
    custevent_oa_export_to_openair TEXT, comments TEXT, lastmodifieddate TEXT);
";

tokio::task_local! {
    /// The surface the request being served was counted under ([`Emu::count`]), for its trace entry.
    pub static TRACE_KIND: std::cell::Cell<Option<&'static str>>;
}

/// One request as the trace shows it: what it was and when it ran, in µs since the emulator started (from its
/// arrival to its answer, injected latency included).
#[derive(Debug, Clone, serde::Serialize)]
pub struct TraceEntry {
    /// The surface its handler counted it under (`netsuite.suiteql`, `openair.api`, …; `other` if none).
    pub kind: &'static str,
    pub method: String,
    pub path: String,
    pub status: u16,
    pub start_us: u64,
    pub end_us: u64,
}

/// The wave of each request: 1 + the highest wave of the requests that ended before it started (none: 1). A
/// client whose requests all go out at once makes one wave; each request that waits for an answer adds one.
pub fn waves(trace: &[TraceEntry]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..trace.len()).collect();
    order.sort_by_key(|&i| trace[i].start_us);
    let mut wave = vec![0u32; trace.len()];
    for (n, &i) in order.iter().enumerate() {
        // Only requests that started earlier can have ended before this one started.
        wave[i] = 1 + order[..n]
            .iter()
            .filter(|&&j| trace[j].end_us < trace[i].start_us)
            .map(|&j| wave[j])
            .max()
            .unwrap_or(0);
    }
    wave
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
    /// Each request served (`/_emulator/` paths aside) with its start and end: `GET /_emulator/trace`.
    pub trace: Mutex<Vec<TraceEntry>>,
    /// When this emulator started: the zero of the trace's times (monotonic).
    pub started: std::time::Instant,
    clock: Clock,
    /// `serve` shows login audit entries on stderr as they happen; an embedded emulator only records them.
    pub log_audit: AtomicBool,
    /// The key that signs issued access tokens, read (or made) on first use.
    token_key: std::sync::OnceLock<jsonwebtoken::EncodingKey>,
    /// SuiteQL columns (`table`, `column`, lower-case) this account refuses (`serve --refuse-column`).
    pub refused_columns: Mutex<Vec<(String, String)>>,
}

impl Emu {
    /// Opens (or creates) the database and seeds it with the scenario when it is new. `account` serves another
    /// NetSuite account id than the scenario's (a production id pairs it with a production OpenAir company).
    pub fn open(path: Option<&Path>, scenario: &str, account: Option<&AccountId>) -> Result<Emu> {
        Self::open_inner(path, scenario, account, true)
    }

    /// Opens a state file of any version, to reset it (`emulator reset --state FILE`).
    pub fn open_to_reset(path: &Path) -> Result<Emu> {
        Self::open_inner(Some(path), "upgrade", None, false)
    }

    fn open_inner(
        path: Option<&Path>,
        scenario: &str,
        account: Option<&AccountId>,
        check_version: bool,
    ) -> Result<Emu> {
        let conn = match path {
            Some(p) => Connection::open(p)
                .with_context(|| format!("opening emulator state {}", p.display()))?,
            None => Connection::open_in_memory()?,
        };
        let scenario_before: Option<String> = conn
            .query_row(
                "SELECT value FROM emu_meta WHERE key = 'scenario'",
                [],
                |r| r.get(0),
            )
            .optional()
            .unwrap_or(None);
        let schema_before: Option<String> = conn
            .query_row("SELECT value FROM emu_meta WHERE key = 'schema'", [], |r| {
                r.get(0)
            })
            .optional()
            .unwrap_or(None);
        if let (Some(_), Some(p), true) = (&scenario_before, path, check_version)
            && schema_before.as_deref() != Some(SCHEMA_VERSION)
        {
            return Err(crate::error::Failure::usage(format!(
                "the emulator state {} was written by another version of oa-rt",
                p.display()
            ))
            .with_hint(format!(
                "start afresh: delete it, or oa-rt emulator reset --state {}",
                p.display()
            ))
            .into());
        }
        conn.execute_batch(SCHEMA)?;
        super::netsuite::suiteql::engine::register_functions(&conn)?;
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
                super::scenarios::apply(&conn, scenario, &seed, crate::clock::unix())?;
            }
        }
        if let Some(a) = account {
            override_account(&conn, a)?;
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
            trace: Mutex::new(Vec::new()),
            started: std::time::Instant::now(),
            clock: Clock::new(offset),
            log_audit: AtomicBool::new(false),
            token_key: std::sync::OnceLock::new(),
            refused_columns: Mutex::new(Vec::new()),
        })
    }

    pub fn db(&self) -> std::sync::MutexGuard<'_, Connection> {
        match self.db.try_lock() {
            Ok(guard) => guard,
            Err(std::sync::TryLockError::Poisoned(p)) => p.into_inner(),
            // Every emulator handler runs on one thread (a current-thread runtime) and never awaits while
            // holding the lock, so a held lock means this very thread holds it: waiting would hang the emulator
            // for good. Fail loudly instead.
            Err(std::sync::TryLockError::WouldBlock) => {
                panic!(
                    "emulator state locked twice on one thread: release the database before calling Emu methods"
                )
            }
        }
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

    /// Puts the account back in its scenario's starting state. The registered credentials (M2M certificates,
    /// TBA tokens, the OpenAir user) stay, so clients keep working.
    pub fn reset(&self) -> Result<()> {
        let scenario = self.meta("scenario").unwrap_or_else(|| "upgrade".into());
        let overridden = self
            .meta("account_override")
            .and_then(|a| AccountId::parse(&a).ok());
        let seed = super::scenarios::seed_for(&scenario)
            .ok_or_else(|| anyhow::anyhow!("unknown scenario '{scenario}'"))?;
        let keep = [
            "emu_integration",
            "emu_m2m_certificate",
            "emu_tba_token",
            "emu_oa_user",
        ];
        {
            let db = self.db();
            let tables: Vec<String> = {
                let mut stmt = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?;
                stmt.query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?
            };
            for t in tables.iter().filter(|t| !keep.contains(&t.as_str())) {
                db.execute_batch(&format!("DROP TABLE {t}"))?;
            }
            db.execute_batch(SCHEMA)?;
            super::scenarios::apply(&db, &scenario, &seed, crate::clock::unix())?;
            if let Some(a) = &overridden {
                override_account(&db, a)?;
            }
        }
        self.clock.set_offset(0);
        Ok(())
    }

    /// The RS256 key that signs the access tokens this emulator issues (made once and kept: [`super::keys`]).
    pub fn token_key(&self) -> &jsonwebtoken::EncodingKey {
        self.token_key.get_or_init(|| {
            let pem = super::keys::rsa_2048(super::keys::TOKEN_SLOT).expect("an RSA key");
            jsonwebtoken::EncodingKey::from_rsa_pem(pem.as_bytes()).expect("PKCS#8 RSA PEM")
        })
    }

    /// A yes/no setting kept in `emu_meta` as `T`/`F`.
    pub fn flag(&self, key: &str) -> bool {
        self.meta(key).as_deref() == Some("T")
    }

    pub fn set_flag(&self, key: &str, on: bool) -> Result<()> {
        self.set_meta(key, if on { "T" } else { "F" })
    }

    /// The integration role of the scenario: (internal id, name).
    pub fn integration_role(&self) -> (i64, String) {
        let id = self
            .meta("integration_role_id")
            .and_then(|v| v.parse().ok())
            .unwrap_or(super::scenarios::INTEGRATION_ROLE_ID);
        let name = self
            .meta("integration_role")
            .unwrap_or_else(|| super::scenarios::INTEGRATION_ROLE_NAME.to_string());
        (id, name)
    }

    /// Records something that happened (a script ran, an e-mail was sent, a record was imported) for the UI
    /// surface's answers and `emulator dump`.
    pub fn event(&self, kind: &str, detail: &str) {
        let now = self.now();
        let _ = self.db().execute(
            "INSERT INTO emu_event(at, kind, detail) VALUES (?1, ?2, ?3)",
            params![now, kind, detail],
        );
    }

    /// Moves the emulated clock to real time plus `offset` seconds.
    pub fn set_clock_offset(&self, offset: i64) -> Result<()> {
        self.set_meta("clock_offset_secs", &offset.to_string())?;
        self.clock.set_offset(offset);
        Ok(())
    }

    /// The emulated clock: real time plus the offset the UI surface moved it by.
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    pub fn count(&self, surface: &'static str) {
        let mut r = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        *r.entry(surface.to_string()).or_insert(0) += 1;
        // The trace names the request by the surface its handler counted it under.
        let _ = TRACE_KIND.try_with(|k| k.set(Some(surface)));
    }

    /// Microseconds since this emulator started (monotonic).
    pub fn elapsed_us(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_micros()).unwrap_or(u64::MAX)
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

    /// Settings fields that exist with the installed bundles.
    pub fn settings_fields(&self) -> Vec<&'static Field> {
        fields_for(|bundle| self.bundle_version(bundle))
    }
}

/// The settings fields the installed bundles (`version_of(bundle)`) have brought.
pub fn fields_for(version_of: impl Fn(&str) -> Option<String>) -> Vec<&'static Field> {
    use crate::platform::bundles::Version;
    FIELDS
        .iter()
        .copied()
        .filter(|f| match f.since {
            None => true,
            Some(since) => version_of(since.bundle)
                .and_then(|v| Version::parse(&v))
                .is_some_and(|v| v >= Version::of(since.version)),
        })
        .collect()
}

/// Adds to the settings record type the columns of the fields the installed 369637 brings (as a bundle install
/// or update does), and answers the fields that exist now. Fields are never removed: bundles are not downgraded.
pub fn sync_settings_fields(conn: &Connection) -> Result<Vec<&'static Field>> {
    let version_of = |bundle: &str| -> Option<String> {
        conn.query_row(
            "SELECT version FROM emu_bundle WHERE id = ?1",
            params![bundle],
            |r| r.get(0),
        )
        .optional()
        .ok()
        .flatten()
    };
    let mut existing = HashSet::new();
    {
        let mut stmt = conn.prepare("SELECT name FROM pragma_table_info(?1)")?;
        let rows = stmt.query_map(params![SETTINGS_RECORD], |r| r.get::<_, String>(0))?;
        for r in rows {
            existing.insert(r?);
        }
    }
    let fields = fields_for(version_of);
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

/// Serves `account` instead of the scenario's: its environment decides the OpenAir company's (sandbox with
/// sandbox, production with production), as a real pairing must.
fn override_account(conn: &Connection, account: &AccountId) -> Result<()> {
    let env = if account.is_sandbox() {
        "sandbox"
    } else {
        "production"
    };
    for (k, v) in [
        ("account", account.realm()),
        ("account_override", account.realm()),
        ("oa_environment", env),
    ] {
        conn.execute(
            "INSERT OR REPLACE INTO emu_meta(key, value) VALUES (?1, ?2)",
            params![k, v],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(start_us: u64, end_us: u64) -> TraceEntry {
        TraceEntry {
            kind: "netsuite.suiteql",
            method: "POST".into(),
            path: "/".into(),
            status: 200,
            start_us,
            end_us,
        }
    }

    #[test]
    fn waves_count_the_requests_that_waited_for_an_answer() {
        assert!(waves(&[]).is_empty());
        // The token, then three at once (overlapping), then one that waited for the second of them.
        let trace = [
            entry(0, 100),
            entry(150, 300),
            entry(151, 250),
            entry(152, 320),
            entry(260, 400),
        ];
        assert_eq!(waves(&trace), [1, 2, 2, 2, 3]);
        // Order of arrival in the list does not matter; a request that starts as another ends is not after it.
        let trace = [entry(100, 200), entry(0, 100), entry(201, 202)];
        assert_eq!(waves(&trace), [1, 1, 2]);
    }
}
