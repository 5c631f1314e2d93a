//! Atomic file writes: a reader sees the old file or the new one, never half of either; directories that hold
//! secrets or state are created 0700, whatever the umask.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

/// Writes `bytes` to `path` atomically (temporary file in the same directory, fsync, rename) with `mode`.
/// Files that hold secrets use 0o600; the mode is set before any byte is written. The directories a private file
/// (no group or other bits) needs are created 0700 ([`create_private_dir`]).
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if mode & 0o077 == 0 {
        create_private_dir(dir)?;
    } else {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".oa-rt-")
        .permissions(std::fs::Permissions::from_mode(mode))
        .tempfile_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| format!("writing {}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("replacing {}", path.display()))?;
    Ok(())
}

/// [`write_atomic`] with mode 0600, for anything holding a secret.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic(path, bytes, 0o600)
}

/// Reads a file the person named, after checking it is a regular file: a directory, a FIFO (which would block the
/// read forever), a socket or a device is refused with an error of kind `InvalidInput` naming what it is.
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if let Some(what) = not_regular(&meta.file_type()) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("it is {what}, not a regular file"),
        ));
    }
    std::fs::read(path)
}

fn not_regular(t: &std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if t.is_file() {
        None
    } else if t.is_dir() {
        Some("a directory")
    } else if t.is_fifo() {
        Some("a FIFO (named pipe)")
    } else if t.is_socket() {
        Some("a socket")
    } else if t.is_block_device() || t.is_char_device() {
        Some("a device")
    } else {
        Some("not a regular file")
    }
}

/// [`read_regular`] for a text file (config, desired state): `InvalidData` when it is binary (a NUL byte, or not
/// UTF-8).
pub fn read_text(path: &Path) -> std::io::Result<String> {
    let bytes = read_regular(path)?;
    if bytes.contains(&0) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "it is a binary file, not TOML text",
        ));
    }
    String::from_utf8(bytes).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "it is not UTF-8 text (a binary file?)",
        )
    })
}

/// Why new files cannot be written in `dir`, if they cannot. A missing `dir` is judged by its nearest existing
/// ancestor, where the writer would create it; nothing is created here.
fn dir_problem(dir: &Path) -> Option<String> {
    let mut at = dir;
    loop {
        match std::fs::metadata(at) {
            Ok(m) if !m.is_dir() => {
                return Some(if at == dir {
                    "it is not a directory".into()
                } else {
                    format!("{} is not a directory", at.display())
                });
            }
            Ok(_) => break,
            // Missing, or under a file: judged by the ancestor.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                match at.parent() {
                    Some(p) if !p.as_os_str().is_empty() => at = p,
                    _ => {
                        at = Path::new(".");
                        break;
                    }
                }
            }
            Err(e) => return Some(io_reason(&e)),
        }
    }
    tempfile::Builder::new()
        .prefix(".oa-rt-probe-")
        .tempfile_in(at)
        .err()
        .map(|e| format!("cannot write in {} ({})", at.display(), io_reason(&e)))
}

/// Checks that `dir` can take new files before any work is done. `what` names it in the message (`--out-dir`).
pub fn check_writable_dir(
    dir: &Path,
    what: &str,
) -> std::result::Result<(), crate::error::Failure> {
    match dir_problem(dir) {
        None => Ok(()),
        Some(why) => Err(crate::error::Failure::usage(format!(
            "{what} {}: {why}; nothing was written",
            dir.display()
        ))
        .with_hint("name a directory you can write to")),
    }
}

/// Checks that a file can be written at `path` before any work is done: not a directory, in a directory that
/// takes new files. `what` names it in the message (`--out`).
pub fn check_writable_file(
    path: &Path,
    what: &str,
) -> std::result::Result<(), crate::error::Failure> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let why = if path.is_dir() {
        Some("it is a directory".to_string())
    } else {
        dir_problem(dir).map(|why| format!("its directory {}: {why}", dir.display()))
    };
    match why {
        None => Ok(()),
        Some(why) => Err(crate::error::Failure::usage(format!(
            "{what} {}: {why}; nothing was written",
            path.display()
        ))
        .with_hint("name a file in a directory you can write to")),
    }
}

/// Creates `dir` and any missing parent, each mode 0700 whatever the umask (the mode is set explicitly after
/// creation, since the umask narrows what `mkdir` is given). Directories that exist are left as they are.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if dir.is_dir() {
        return Ok(());
    }
    let mut missing = Vec::new();
    let mut at = Some(dir);
    while let Some(d) = at.filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        missing.push(d);
        at = d.parent();
    }
    for d in missing.into_iter().rev() {
        match std::fs::DirBuilder::new().mode(0o700).create(d) {
            Ok(()) => std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o700))
                .with_context(|| format!("making {} private (0700)", d.display()))?,
            // Another process made it in the meantime.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && d.is_dir() => {}
            Err(e) => return Err(e).with_context(|| format!("creating {}", d.display())),
        }
    }
    Ok(())
}

/// A short reason for an I/O error, without the "(os error 2)" noise.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn private_files_are_0600_and_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/token.json");
        write_private(&path, b"one").unwrap();
        write_private(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        // No temporary files left behind.
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
        let dir_mode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dir_mode, 0o700);
    }

    #[test]
    fn private_dirs_are_0700_at_every_new_level() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b/c");
        create_private_dir(&deep).unwrap();
        for d in [dir.path().join("a"), dir.path().join("a/b"), deep] {
            let mode = std::fs::metadata(&d).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700, "{}", d.display());
        }
        // An existing directory is fine.
        create_private_dir(&dir.path().join("a")).unwrap();
    }
}
