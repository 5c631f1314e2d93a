//! `oa-rt profile use | remove | rename`: edits of the config file in place. `toml_edit` keeps the person's
//! formatting and comments; the new text is checked as a config before it replaces the file, atomically, 0600.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde::Serialize;

use crate::commands::Ctx;
use crate::config::{self, NetSuiteAuthConfig, OpenAirAuthConfig, ProfileConfig};
use crate::error::Failure;
use crate::exit::ExitStatus;
use crate::secret::SecretSource;

/// The config file as an editable document (an empty one when the file does not exist yet).
pub(crate) fn read_document(path: &Path) -> Result<toml_edit::DocumentMut> {
    let text = crate::config::read_text(path)?;
    text.parse()
        .map_err(|e| Failure::usage(format!("config file {}: {e}", path.display())).into())
}

/// Replaces the config file with the edited document, after checking that it still reads as a config.
pub(crate) fn write_document(path: &Path, doc: &toml_edit::DocumentMut) -> Result<()> {
    let text = doc.to_string();
    if let Err(e) = config::parse(&text) {
        // A bug of the edit, not of the person's file: say so, and change nothing.
        anyhow::bail!(
            "the edited config file would not read back ({e}); {} was not changed",
            path.display()
        );
    }
    crate::fsutil::write_atomic(path, text.as_bytes(), 0o600)
}

/// Sets `default_profile` (keeping the comments around it), or removes it (keeping the comment above it).
fn set_default(doc: &mut toml_edit::DocumentMut, name: Option<&str>) {
    match name {
        None => {
            let comment = doc
                .key("default_profile")
                .and_then(|k| k.leaf_decor().prefix())
                .and_then(|p| p.as_str())
                .filter(|p| p.contains('#'))
                .map(str::to_string);
            doc.remove("default_profile");
            if let Some(comment) = comment {
                let before = doc
                    .decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .unwrap_or_default()
                    .to_string();
                doc.decor_mut().set_prefix(format!("{before}{comment}"));
            }
        }
        Some(name) => match doc
            .get_mut("default_profile")
            .and_then(|i| i.as_value_mut())
        {
            Some(v) => {
                let decor = v.decor().clone();
                *v = name.into();
                *v.decor_mut() = decor;
            }
            None => doc["default_profile"] = toml_edit::value(name),
        },
    }
}

/// The `profiles` table of the document (as a table or an inline table).
fn profiles_mut<'d>(
    doc: &'d mut toml_edit::DocumentMut,
    path: &Path,
) -> Result<&'d mut dyn toml_edit::TableLike> {
    doc.get_mut("profiles")
        .and_then(|p| p.as_table_like_mut())
        .ok_or_else(|| {
            Failure::usage(format!("no profiles table in {}", path.display()))
                .with_hint("add a profile with `oa-rt profile add NAME ...`")
                .into()
        })
}

/// What the edits need of the config file as read (and checked).
struct Known {
    path: PathBuf,
    default: Option<String>,
    names: Vec<String>,
    /// The profile named.
    profile: ProfileConfig,
}

/// The config file as read; `name` must be one of its profiles.
fn known(ctx: &mut Ctx<'_>, name: &str) -> Result<Known> {
    let (path, file) = ctx.config()?;
    match file.profiles.get(name) {
        Some(p) => Ok(Known {
            path: path.clone(),
            default: file.default_profile.clone(),
            names: file.names(),
            profile: p.clone(),
        }),
        None => Err(file.unknown_profile(name, path).into()),
    }
}

/// The refusal of a new profile name: not a name, or one the config file holds already (`names`).
pub(crate) fn check_new_name(names: &[String], path: &Path, name: &str) -> Result<()> {
    config::validate_profile_name(name).map_err(|e| {
        Failure::usage(e)
            .with_hint("name the profile with letters, digits, '-' or '_', like `sandbox`")
    })?;
    if names.iter().any(|n| n == name) {
        return Err(Failure::usage(format!(
            "profile '{name}' already exists in {}; nothing was changed",
            path.display()
        ))
        .with_hint(format!(
            "choose another name, or remove it first: oa-rt profile remove {name}"
        ))
        .into());
    }
    Ok(())
}

#[derive(Serialize)]
struct Used<'a> {
    config: &'a Path,
    default_profile: &'a str,
    previous_default: Option<&'a str>,
}

/// `profile use NAME`.
pub(super) fn use_profile(ctx: &mut Ctx<'_>, name: &str) -> Result<ExitStatus> {
    let Known { path, default, .. } = known(ctx, name)?;
    let previous = default.as_deref();
    if previous != Some(name) {
        let mut doc = read_document(&path)?;
        set_default(&mut doc, Some(name));
        write_document(&path, &doc)?;
        ctx.config_changed();
    }
    let out = ctx.out;
    if out.json {
        out.print_json(&Used {
            config: &path,
            default_profile: name,
            previous_default: previous,
        });
    } else if previous == Some(name) {
        out.print(&format!(
            "'{name}' is already the default profile (in {}).",
            path.display()
        ));
    } else {
        out.print(&format!(
            "'{name}' is now the default profile (in {}){}.",
            path.display(),
            previous
                .map(|p| format!("; it was '{p}'"))
                .unwrap_or_default()
        ));
    }
    // The flag and the variable still choose over the default: say so where one of them is set.
    if let Some(other) = ctx.global.profile.as_deref().filter(|p| *p != name) {
        out.note(&format!(
            "note: --profile or OA_RT_PROFILE names '{other}' here, which still overrides the default"
        ));
    }
    Ok(ExitStatus::Ok)
}

/// The files a profile reads its key and secrets from, by config key.
pub(crate) fn secret_files(p: &ProfileConfig) -> Vec<(&'static str, PathBuf)> {
    let mut files = Vec::new();
    let mut add = |what: &'static str, s: &SecretSource| {
        if let SecretSource::File(f) = s {
            files.push((what, f.clone()));
        }
    };
    match &p.netsuite.auth {
        NetSuiteAuthConfig::M2m {
            private_key_file, ..
        } => add(
            "netsuite.auth.private_key_file",
            &SecretSource::File(private_key_file.clone()),
        ),
        NetSuiteAuthConfig::Tba {
            consumer_key,
            consumer_secret,
            token_id,
            token_secret,
        } => {
            add("netsuite.auth.consumer_key", consumer_key);
            add("netsuite.auth.consumer_secret", consumer_secret);
            add("netsuite.auth.token_id", token_id);
            add("netsuite.auth.token_secret", token_secret);
        }
    }
    match &p.openair.auth {
        OpenAirAuthConfig::Token {
            access_token, key, ..
        } => {
            add("openair.auth.access_token", access_token);
            if let Some(k) = key {
                add("openair.auth.key", k);
            }
        }
        OpenAirAuthConfig::Login { password, key, .. } => {
            add("openair.auth.password", password);
            add("openair.auth.key", key);
        }
    }
    files
}

#[derive(Serialize)]
struct SecretFile<'a> {
    key: &'a str,
    path: &'a Path,
}

#[derive(Serialize)]
struct Removed<'a> {
    removed: &'a str,
    config: &'a Path,
    /// Left in place: oa-rt deletes no key or secret file.
    secret_files: Vec<SecretFile<'a>>,
    was_default: bool,
    /// The profile used when none is named, now (the only one left counts).
    default_profile: Option<&'a str>,
}

/// `profile remove NAME`: asks (or `--yes`), removes the profile's table, names the files it leaves.
pub(super) fn remove(ctx: &mut Ctx<'_>, name: &str) -> Result<ExitStatus> {
    let Known {
        path,
        default,
        names,
        profile,
    } = known(ctx, name)?;
    let question = format!(
        "Remove profile '{name}' (NetSuite {}, OpenAir {}) from {}?",
        profile.netsuite.account,
        profile.openair.company,
        path.display()
    );
    if !ctx.global.yes {
        if !crate::operator::is_interactive() {
            return Err(Failure::usage(format!(
                "removing profile '{name}' asks first, and there is no terminal to ask; nothing was changed"
            ))
            .with_hint(format!("run again with --yes: oa-rt profile remove {name} --yes"))
            .into());
        }
        let yes = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(crate::operator::ask_failed)?;
        if !yes {
            ctx.out.print("Nothing was changed.");
            return Ok(ExitStatus::Ok);
        }
    }
    let was_default = default.as_deref() == Some(name);
    let mut doc = read_document(&path)?;
    profiles_mut(&mut doc, &path)?.remove(name);
    let left: Vec<&String> = names.iter().filter(|n| *n != name).collect();
    // The default that was removed: the only profile left takes its place, else there is none.
    let default_now = match (&default, left.as_slice()) {
        (Some(d), _) if !was_default => Some(d.as_str()),
        (_, [only]) => Some(only.as_str()),
        _ => None,
    };
    if was_default {
        set_default(&mut doc, default_now);
    }
    write_document(&path, &doc)?;
    ctx.config_changed();

    let files = secret_files(&profile);
    let out = ctx.out;
    if out.json {
        out.print_json(&Removed {
            removed: name,
            config: &path,
            secret_files: files
                .iter()
                .map(|(key, path)| SecretFile { key, path })
                .collect(),
            was_default,
            default_profile: default_now,
        });
        return Ok(ExitStatus::Ok);
    }
    out.print(&format!(
        "Removed profile '{name}' from {}.",
        path.display()
    ));
    if files.is_empty() {
        out.print("It read no key or secret file (its secrets come from environment variables).");
    } else {
        out.print(
            "Its key and secret files are left where they are (delete them once nothing else uses them):",
        );
        let width = files.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (key, file) in &files {
            out.print(&format!("  {key:width$}  {}", file.display()));
        }
    }
    if was_default {
        match default_now {
            Some(d) => out.print(&format!(
                "It was the default profile; the default is now '{d}', the only one left."
            )),
            None if left.is_empty() => {
                out.print("It was the default profile; no profile is left.");
            }
            None => out.print(&format!(
                "It was the default profile; there is no default now: choose one with `oa-rt profile use NAME` ({}).",
                left.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            )),
        }
    }
    Ok(ExitStatus::Ok)
}

#[derive(Serialize)]
struct Renamed<'a> {
    renamed: &'a str,
    to: &'a str,
    config: &'a Path,
    default_profile: Option<&'a str>,
}

/// `profile rename OLD NEW`: the default follows the profile.
pub(super) fn rename(ctx: &mut Ctx<'_>, old: &str, new: &str) -> Result<ExitStatus> {
    let Known {
        path,
        default,
        names,
        ..
    } = known(ctx, old)?;
    check_new_name(&names, &path, new)?;
    let was_default = default.as_deref() == Some(old);
    let mut doc = read_document(&path)?;
    let profiles = profiles_mut(&mut doc, &path)?;
    let item = profiles.remove(old).ok_or_else(|| {
        Failure::usage(format!(
            "profile '{old}' is not a table of {} as written",
            path.display()
        ))
    })?;
    profiles.insert(new, item);
    if was_default {
        set_default(&mut doc, Some(new));
    }
    write_document(&path, &doc)?;
    ctx.config_changed();
    let out = ctx.out;
    let default_now = if was_default {
        Some(new)
    } else {
        default.as_deref()
    };
    if out.json {
        out.print_json(&Renamed {
            renamed: old,
            to: new,
            config: &path,
            default_profile: default_now,
        });
        return Ok(ExitStatus::Ok);
    }
    out.print(&format!(
        "Renamed profile '{old}' to '{new}' in {}.",
        path.display()
    ));
    if was_default {
        out.print(&format!("It is still the default profile, as '{new}'."));
    }
    if ctx.global.profile.as_deref() == Some(old) {
        out.note(&format!(
            "note: --profile or OA_RT_PROFILE still names '{old}' here: change it to '{new}'"
        ));
    }
    Ok(ExitStatus::Ok)
}
