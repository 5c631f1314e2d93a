//! One writer per account: every command that changes an account (or its credential) holds an advisory lock on a
//! file per account in the state directory, `locks/<account>.lock`, which names its holder (pid, host, command,
//! start time). A second command waits for it, saying whom it waits for, up to its wait; then it ends with exit 4
//! naming the holder. The lock is the operating system's (`File::lock`), so a process that dies — SIGKILL included —
//! releases it, and the next command takes it over; the holder's details are then only history, and are said so.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::error::Failure;
use crate::output::Output;

/// How long a command waits for another one's lock by default.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(60);

/// How often a waiting command tries again.
const POLL: Duration = Duration::from_millis(200);

/// Who holds (or last held) an account's lock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    pub command: String,
    pub started: String,
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`oa-rt {}` (pid {} on {}, since {})",
            self.command, self.pid, self.host, self.started
        )
    }
}

/// An account's lock, held until dropped (or until the process ends).
#[derive(Debug)]
pub struct AccountLock {
    file: File,
    pub path: PathBuf,
}

impl Drop for AccountLock {
    /// A holder that ends normally clears its name first, so that only a holder that died without releasing the
    /// lock is reported as taken over.
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
    }
}

fn lock_path(account: &str) -> Result<PathBuf> {
    crate::dirs::account_state_file("locks", account, "lock")
}

fn host() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "this host".into())
}

/// The holder a lock file names, if it names one (an advisory lock does not keep others from reading it).
fn read_holder(path: &std::path::Path) -> Option<Holder> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// Takes the account's lock for `command`, waiting up to `wait` for another holder (saying so on stderr).
pub fn acquire(account: &str, command: &str, wait: Duration, out: &Output) -> Result<AccountLock> {
    acquire_at(lock_path(account)?, account, command, wait, out)
}

fn acquire_at(
    path: PathBuf,
    account: &str,
    command: &str,
    wait: Duration,
    out: &Output,
) -> Result<AccountLock> {
    let dir = path.parent().expect("locks/ has a parent");
    // Only the user reads who holds their accounts' locks: 0700 whatever the umask.
    crate::fsutil::create_private_dir(dir)?;
    let mut file = {
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options
            .open(&path)
            .with_context(|| format!("opening the lock {}", path.display()))?
    };
    let started = Instant::now();
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) => {
                let holder = read_holder(&path);
                let who = holder
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_else(|| "another oa-rt command".into());
                if started.elapsed() >= wait {
                    return Err(Failure::service(format!(
                        "NetSuite account {account} is being changed by {who}; waited {} s, nothing was changed",
                        wait.as_secs()
                    ))
                    .with_hint(format!(
                        "run again once it has finished (or wait longer: --lock-wait SECONDS); the lock is {}",
                        path.display()
                    ))
                    .into());
                }
                if !told {
                    out.note(&format!(
                        "Waiting for {who}, which is changing NetSuite account {account} (up to {} s)…",
                        wait.as_secs()
                    ));
                    told = true;
                }
                std::thread::sleep(POLL);
            }
            Err(TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("locking {}", path.display()));
            }
        }
    }
    // Free: the last holder ended (a dead process's lock is released by the system). Name ourselves.
    if let Some(previous) = read_holder(&path)
        && previous.pid != std::process::id()
        && !told
        && process_gone(previous.pid)
    {
        out.note(&format!(
            "Took over the lock of {previous}, which ended without releasing it (its changes are finished by this run where they have a journal)."
        ));
    }
    let me = Holder {
        pid: std::process::id(),
        host: host(),
        command: command.to_string(),
        started: crate::clock::rfc3339(),
    };
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(&serde_json::to_vec(&me)?)?;
    file.flush()?;
    Ok(AccountLock { file, path })
}

/// Whether no process of that id runs on this host (Linux's /proc; elsewhere: unknown, so not said).
fn process_gone(pid: u32) -> bool {
    std::path::Path::new("/proc/self").exists()
        && !std::path::Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_then_names_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let at = |account: &str| dir.path().join("locks").join(format!("{account}.lock"));
        let out = Output::new(false, true, crate::output::ColorChoice::Never);
        let first = acquire_at(at("a"), "a", "apply", Duration::ZERO, &out).unwrap();
        // A second open file description of the same file: the lock is per description, as between processes.
        let err = acquire_at(at("a"), "a", "deploy", Duration::from_millis(300), &out).unwrap_err();
        let message = format!("{err:#}");
        assert!(
            message.contains("`oa-rt apply` (pid") && message.contains("nothing was changed"),
            "{message}"
        );
        assert_eq!(
            err.downcast_ref::<Failure>().map(|f| f.kind.exit_code()),
            Some(4)
        );
        // Another account is not held.
        let other = acquire_at(at("b"), "b", "apply", Duration::ZERO, &out).unwrap();
        drop(other);
        drop(first);
        let again = acquire_at(at("a"), "a", "deploy", Duration::ZERO, &out).unwrap();
        let holder: Holder = serde_json::from_slice(&std::fs::read(&again.path).unwrap()).unwrap();
        assert_eq!(holder.command, "deploy");
        assert_eq!(holder.pid, std::process::id());
    }
}
