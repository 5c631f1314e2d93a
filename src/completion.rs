//! Shell completion, dynamic: the shell asks the binary itself at each TAB (`COMPLETE=SHELL oa-rt -- WORDS...`),
//! so subcommands and options always match the binary, and values that only exist at run time complete too:
//! scenario names, the profiles of the user's config file, record types and `settings set` keys.
//!
//! `oa-rt completions SHELL` prints the few lines that register this with the shell (what `COMPLETE=SHELL oa-rt`
//! prints too). The static scripts clap_complete generates were 150 KB each, and their bash script never
//! completed below the top level for a binary name with a hyphen (clap-rs/clap#6421).
//!
//! The completers never print and never fail: a missing or broken config file completes no profile.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use clap_complete::CompletionCandidate;
use clap_complete::env::{CompleteEnv, EnvCompleter, Shells};

/// The variable that turns a run of oa-rt into a completion request (clap_complete's default name).
pub const VAR: &str = "COMPLETE";

/// The shells: clap_complete's, with bash's registration replaced by [`Bash`].
const SHELLS: Shells<'static> = Shells(&[
    &Bash,
    &clap_complete::env::Elvish,
    &clap_complete::env::Fish,
    &clap_complete::env::Powershell,
    &clap_complete::env::Zsh,
]);

/// When the shell asks (`COMPLETE=SHELL`), print the completions or the registration and exit; otherwise return.
/// Called first in `main`: a completion costs one command definition, no runtime.
/// `command` is the command line's definition (`Cli::command`), passed in so that this module, which `cli` uses
/// for its value completers, does not depend on `cli` in turn.
pub fn complete_if_asked(command: fn() -> clap::Command) {
    CompleteEnv::with_factory(command)
        .var(VAR)
        .shells(SHELLS)
        .complete();
}

/// The registration script for `shell` (`oa-rt completions SHELL`): it calls `oa-rt` as found on PATH.
pub fn registration(shell: clap_complete::Shell) -> std::io::Result<Vec<u8>> {
    let name = shell.to_string();
    let completer = SHELLS
        .completer(&name)
        .ok_or_else(|| std::io::Error::other(format!("no dynamic completion for {name}")))?;
    let mut buf = Vec::new();
    completer.write_registration(VAR, "oa-rt", "oa-rt", "oa-rt", &mut buf)?;
    Ok(buf)
}

// ---- value completers --------------------------------------------------------------------------------------------

/// The emulator's scenarios, each with its one line (`--emulator=`, `emulator serve --scenario`).
pub fn scenarios() -> Vec<CompletionCandidate> {
    #[cfg(feature = "emulator")]
    {
        crate::emulator::scenarios::SCENARIOS
            .iter()
            .map(|(name, summary)| CompletionCandidate::new(*name).help(Some((*summary).into())))
            .collect()
    }
    #[cfg(not(feature = "emulator"))]
    {
        Vec::new()
    }
}

/// The profiles of the config file the command line would use: `--config` among the words being completed, else
/// `OA_RT_CONFIG`, else the XDG location. Names only (the default one marked); nothing when there is no file.
pub fn profiles() -> Vec<CompletionCandidate> {
    #[derive(serde::Deserialize)]
    struct Names {
        default_profile: Option<String>,
        #[serde(default)]
        profiles: BTreeMap<String, serde::de::IgnoredAny>,
    }
    let Some(path) = config_path(std::env::args_os()) else {
        return Vec::new();
    };
    let Ok(text) = crate::fsutil::read_text(&path) else {
        return Vec::new();
    };
    let Ok(names) = toml::from_str::<Names>(&text) else {
        return Vec::new();
    };
    names
        .profiles
        .into_keys()
        .map(|name| {
            let help = (names.default_profile.as_deref() == Some(name.as_str()))
                .then(|| "the default profile".into());
            CompletionCandidate::new(name).help(help)
        })
        .collect()
}

/// The config file: the last `--config FILE` / `--config=FILE` among the words after `--` (the completion request's
/// command line), else `OA_RT_CONFIG`, else `$XDG_CONFIG_HOME/oa-rt/config.toml`.
fn config_path(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    let words: Vec<OsString> = args.into_iter().skip_while(|a| a != "--").collect();
    let mut found = None;
    for (i, word) in words.iter().enumerate() {
        let Some(word) = word.to_str() else { continue };
        if word == "--config" {
            found = words
                .get(i + 1)
                .and_then(|v| v.to_str())
                .map(str::to_string);
        } else if let Some(value) = word.strip_prefix("--config=") {
            found = Some(value.to_string());
        }
    }
    if let Some(raw) = found.filter(|v| !v.is_empty()) {
        // The shell hands the words as typed: unquote and expand `~/` as it would.
        let raw = raw.trim_matches(|c| c == '\'' || c == '"');
        return Some(match (raw.strip_prefix("~/"), std::env::var_os("HOME")) {
            (Some(rest), Some(home)) => Path::new(&home).join(rest),
            _ => PathBuf::from(raw),
        });
    }
    if let Some(p) = std::env::var_os("OA_RT_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    crate::config::config_path(None).ok()
}

/// One record type the real-time import covers, lowercase as typed (`deploy --record-types`,
/// `verify-order --confirm`).
pub fn record_type(current: &OsStr) -> Vec<CompletionCandidate> {
    record_type_list(current)
        .into_iter()
        .filter(|c| !c.get_value().to_string_lossy().contains(','))
        .collect()
}

/// A comma-separated list of record types: completes the last item (`customer,jo` → `customer,job`).
pub fn record_type_list(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let (done, last) = match current.rfind(',') {
        Some(i) => current.split_at(i + 1),
        None => ("", current.as_ref()),
    };
    let last = last.to_ascii_lowercase();
    let given: Vec<String> = done
        .split(',')
        .map(|t| t.trim().to_ascii_lowercase())
        .collect();
    crate::platform::record_types::REALTIME_TYPES
        .iter()
        .map(|(id, _, what)| (id.to_ascii_lowercase(), *what))
        .filter(|(id, _)| id.starts_with(&last) && !given.contains(id))
        .map(|(id, what)| CompletionCandidate::new(format!("{done}{id}")).help(Some(what.into())))
        .collect()
}

/// `TYPE:ID`: the types a test import can save (`customer:`, `job:`, ...); the id is the user's.
pub fn record_ref(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    if current.contains(':') {
        return Vec::new();
    }
    crate::job::test_import::KINDS
        .iter()
        .map(|k| k.kind)
        .filter(|kind| kind.starts_with(current.to_ascii_lowercase().as_str()))
        .map(|kind| CompletionCandidate::new(format!("{kind}:")))
        .collect()
}

/// `settings set KEY=VALUE`: the keys, each with its field's label in NetSuite.
pub fn settings_keys(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    if current.contains('=') {
        return Vec::new();
    }
    crate::platform::settings::FIELDS
        .iter()
        .filter(|f| f.key.starts_with(current.as_ref()))
        .map(|f| CompletionCandidate::new(format!("{}=", f.key)).help(Some(f.label.into())))
        .collect()
}

// ---- bash --------------------------------------------------------------------------------------------------------

/// bash, as clap_complete's, but with the words rejoined where bash split them at `=` or `:` (COMP_WORDBREAKS):
/// `--emulator=up` reaches oa-rt as one word, as oa-rt parses it, and the reply is cut back to the part bash
/// replaces.
struct Bash;

const BASH_REGISTRATION: &str = r#"
_clap_complete_NAME() {
    local IFS=$'\013'
    local _CLAP_COMPLETE_COMP_TYPE=${COMP_TYPE}
    if compopt +o nospace 2> /dev/null; then
        local _CLAP_COMPLETE_SPACE=false
    else
        local _CLAP_COMPLETE_SPACE=true
    fi
    # What bash replaces: the word before the cursor since the last break (= or :), empty right after one.
    local cur="${COMP_WORDS[COMP_CWORD]}"
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    elif [[ "$cur" =~ ^[=:]+$ ]]; then
        cur=""
    fi
    # bash splits words at COMP_WORDBREAKS (= and :): join the pieces that touch on the command line, so that
    # oa-rt sees the words it parses (`--emulator=up`), up to the cursor.
    local line="${COMP_LINE:0:COMP_POINT}" pos=0 end=-1 i w
    local -a words=()
    for (( i = 0; i <= COMP_CWORD; i++ )); do
        w="${COMP_WORDS[i]}"
        while [[ "${line:pos:1}" == [[:space:]] ]]; do (( pos++ )); done
        (( i == COMP_CWORD )) && w="${line:pos}"
        if (( ${#words[@]} > 0 && pos == end )); then
            words[${#words[@]}-1]+="$w"
        else
            words+=("$w")
        fi
        (( pos += ${#w} ))
        end=$pos
    done
    local joined="${words[${#words[@]}-1]}"
    local cut="${joined:0:${#joined}-${#cur}}"
    COMPREPLY=( $( \
        _CLAP_IFS="$IFS" \
        _CLAP_COMPLETE_INDEX="$(( ${#words[@]} - 1 ))" \
        _CLAP_COMPLETE_COMP_TYPE="$_CLAP_COMPLETE_COMP_TYPE" \
        _CLAP_COMPLETE_SPACE="$_CLAP_COMPLETE_SPACE" \
        VAR="bash" \
        "COMPLETER" -- "${words[@]}" 2> /dev/null \
    ) )
    if [[ $? != 0 ]]; then
        unset COMPREPLY
        return
    fi
    if [[ -n "$cut" ]]; then
        for i in "${!COMPREPLY[@]}"; do
            COMPREPLY[i]="${COMPREPLY[i]#"$cut"}"
        done
    fi
    if [[ $_CLAP_COMPLETE_SPACE == false ]] && [[ "${COMPREPLY-}" =~ [=/:]$ ]]; then
        compopt -o nospace
    fi
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -o nospace -o bashdefault -o nosort -F _clap_complete_NAME BIN
else
    complete -o nospace -o bashdefault -F _clap_complete_NAME BIN
fi
"#;

impl EnvCompleter for Bash {
    fn name(&self) -> &'static str {
        "bash"
    }

    fn is(&self, name: &str) -> bool {
        name == "bash"
    }

    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let script = BASH_REGISTRATION
            .replace("NAME", &name.replace('-', "_"))
            .replace("BIN", bin)
            .replace("COMPLETER", &bash_quote(completer))
            .replace("VAR", var);
        writeln!(buf, "{script}")
    }

    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        clap_complete::env::Bash.write_complete(cmd, args, current_dir, buf)
    }
}

/// The completer's path for inside double quotes.
fn bash_quote(s: &str) -> String {
    s.replace('\\', r"\\")
        .replace('"', "\\\"")
        .replace('$', r"\$")
        .replace('`', "\\`")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(c: Vec<CompletionCandidate>) -> Vec<String> {
        c.iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn record_type_lists_complete_the_last_item() {
        assert_eq!(
            values(record_type_list(OsStr::new("customer,jo"))),
            ["customer,job"]
        );
        assert!(
            !values(record_type_list(OsStr::new("customer,")))
                .contains(&"customer,customer".into())
        );
        assert_eq!(values(record_type(OsStr::new("EMP"))), ["employee"]);
    }

    #[test]
    fn records_and_settings_keys() {
        assert_eq!(
            values(record_ref(OsStr::new("pro"))),
            ["prospect:", "projecttask:"]
        );
        assert!(record_ref(OsStr::new("customer:1")).is_empty());
        assert_eq!(
            values(settings_keys(OsStr::new("openair-"))),
            ["openair-url=", "openair-db-id="]
        );
    }

    #[test]
    fn the_config_named_on_the_command_line_wins() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            config_path(args(&[
                "oa-rt",
                "--",
                "oa-rt",
                "--config",
                "/x/c.toml",
                "--profile",
                ""
            ])),
            Some(PathBuf::from("/x/c.toml"))
        );
        assert_eq!(
            config_path(args(&[
                "oa-rt",
                "--",
                "oa-rt",
                "--config=/y.toml",
                "--profile="
            ])),
            Some(PathBuf::from("/y.toml"))
        );
    }
}
