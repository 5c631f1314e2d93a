//! Shell completion as a shell does it: the registration `oa-rt completions SHELL` prints is loaded into the real
//! shell, whose completion function is called as at a TAB, and it runs the real binary (found on PATH as `oa-rt`,
//! as the registration names it). bash always (CI has it); zsh and fish when installed, else skipped with a
//! message.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common::Env;

/// Two profiles, the second the default; the secrets only as where they come from.
const CONFIG: &str = r#"
default_profile = "sandbox"

[profiles.sandbox.netsuite]
account = "1234567_SB1"
auth = { method = "m2m", client_id = "abc", certificate_id = "cert", private_key_file = "/k.pem" }

[profiles.sandbox.openair]
company = "acme"
environment = "sandbox"
auth = { method = "token", access_token = { env = "OA_TOKEN" } }

[profiles.prod.netsuite]
account = "1234567"
auth = { method = "m2m", client_id = "def", certificate_id = "cert2", private_key_file = "/k2.pem" }

[profiles.prod.openair]
company = "acme"
environment = "production"
auth = { method = "token", access_token = { env = "OA_TOKEN" } }
"#;

/// Drives bash's completion function: COMP_WORDS split as bash splits them (blanks, and `=` and `:` as words of
/// their own), the word bash replaces as the second argument (empty right after `=` or `:`).
const BASH_DRIVER: &str = r#"
source <(oa-rt completions bash) || exit 9
line="$LINE"
COMP_WORDS=()
read -ra parts <<< "$line"
for p in "${parts[@]}"; do
    while [[ "$p" =~ ^([^=:]*)([=:]+)(.*)$ ]]; do
        [[ -n "${BASH_REMATCH[1]}" ]] && COMP_WORDS+=("${BASH_REMATCH[1]}")
        COMP_WORDS+=("${BASH_REMATCH[2]}")
        p="${BASH_REMATCH[3]}"
    done
    [[ -n "$p" ]] && COMP_WORDS+=("$p")
done
[[ "$line" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
cur="${COMP_WORDS[COMP_CWORD]}"
[[ "$cur" =~ ^[=:]+$ ]] && cur=""
COMP_LINE="$line"
COMP_POINT=${#line}
COMP_TYPE=9
complete -p oa-rt > /dev/null || exit 8
_clap_complete_oa_rt oa-rt "$cur" "${COMP_WORDS[COMP_CWORD-1]}"
for c in "${COMPREPLY[@]}"; do printf '%s\n' "$c"; done
"#;

/// zsh's function, with compsys's `_describe` and `compdef` stood in for: what would be offered, one per line.
const ZSH_DRIVER: &str = r#"
compdef() { :; }
_describe() { local name=${@[-1]}; print -rl -- "${(@)${(@P)name}%%:*}"; }
source <(oa-rt completions zsh) || exit 9
words=("${(@z)LINE}")
[[ "$LINE" == *" " ]] && words+=("")
CURRENT=${#words}
_clap_dynamic_completer_oa_rt
"#;

const FISH_DRIVER: &str = r#"
oa-rt completions fish | source; or exit 9
complete -C "$LINE"
"#;

struct Shells {
    env: Env,
    bin: PathBuf,
}

impl Shells {
    fn new() -> Self {
        let env = Env::new();
        // The registration calls `oa-rt` from PATH: the binary under test, alone in a directory.
        let bin = env.path().join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_oa-rt"), bin.join("oa-rt")).unwrap();
        // A file where the commands run: a dead completion would offer it.
        std::fs::create_dir_all(env.work()).unwrap();
        std::fs::write(env.work().join("stray-file.txt"), "").unwrap();
        Shells { env, bin }
    }

    fn config(&self) -> PathBuf {
        let path = self.env.path().join("profiles.toml");
        std::fs::write(&path, CONFIG).unwrap();
        path
    }

    /// The candidates `shell` offers for `line` (the cursor at its end).
    fn complete(&self, shell: &str, line: &str, vars: &[(&str, &str)]) -> Vec<String> {
        let (args, driver): (&[&str], &str) = match shell {
            "bash" => (&["--norc", "--noprofile", "-c"], BASH_DRIVER),
            "zsh" => (&["-f", "-c"], ZSH_DRIVER),
            "fish" => (&["--no-config", "-c"], FISH_DRIVER),
            _ => unreachable!(),
        };
        let mut cmd = Command::new(shell);
        for (k, _) in std::env::vars() {
            if k.starts_with("OA_RT_") || k.starts_with("XDG_") || k == "COMPLETE" {
                cmd.env_remove(k);
            }
        }
        let d = self.env.path();
        let path = format!(
            "{}:{}",
            self.bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        cmd.args(args)
            .arg(driver)
            .current_dir(self.env.work())
            .env("PATH", path)
            .env("HOME", d.join("home"))
            .env("XDG_CONFIG_HOME", d.join("config"))
            .env("XDG_STATE_HOME", d.join("state"))
            .env("XDG_CACHE_HOME", d.join("cache"))
            .env("LINE", line)
            .envs(vars.iter().copied())
            .stdin(Stdio::null());
        let out = cmd.output().expect("run the shell");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stderr.trim().is_empty(),
            "{shell} completing {line:?}: {:?}\nstdout:\n{stdout}\nstderr:\n{stderr}",
            out.status
        );
        stdout
            .lines()
            .filter(|l| !l.is_empty())
            // fish: VALUE<TAB>DESCRIPTION
            .map(|l| l.split('\t').next().unwrap_or_default().to_string())
            .collect()
    }
}

fn installed(shell: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {shell}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        eprintln!(
            "SKIPPED: {shell} is not installed (apt-get install {shell}); its completion was not tested"
        );
    }
    found
}

fn scenario_names(env: &Env) -> Vec<String> {
    let run = env.run(&["emulator", "scenarios", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

fn has_all(got: &[String], wanted: &[&str]) -> bool {
    wanted.iter().all(|w| got.iter().any(|g| g == w))
}

#[test]
fn bash_completes_subcommands_below_the_top_level() {
    let sh = Shells::new();
    let got = sh.complete("bash", "oa-rt cert ", &[]);
    assert!(has_all(&got, &["inspect", "check", "rotate"]), "{got:?}");
    assert!(!got.iter().any(|c| c.contains("stray-file")), "{got:?}");
    assert_eq!(sh.complete("bash", "oa-rt emulator u", &[]), ["ui"]);
    assert_eq!(
        sh.complete("bash", "oa-rt emulator ui gen", &[]),
        ["generate-certificate"]
    );
    // A file argument still completes files.
    let got = sh.complete("bash", "oa-rt cert inspect st", &[]);
    assert_eq!(got, ["stray-file.txt"]);
}

#[test]
fn bash_completes_scenario_names() {
    let sh = Shells::new();
    let names = scenario_names(&sh.env);
    assert!(names.len() > 10, "{names:?}");
    assert_eq!(
        sh.complete("bash", "oa-rt emulator serve --scenario ", &[]),
        names
    );
    assert_eq!(
        sh.complete("bash", "oa-rt emulator serve --scenario hea", &[]),
        ["healthy"]
    );
    // `--emulator=`: bash breaks the word at `=` and replaces only what follows it.
    assert_eq!(sh.complete("bash", "oa-rt --emulator=", &[]), names);
    assert_eq!(
        sh.complete("bash", "oa-rt --emulator=expi", &[]),
        ["expiring-cert"]
    );
    assert_eq!(
        sh.complete("bash", "oa-rt --emulator=upgrade st", &[]),
        ["status"]
    );
}

#[test]
fn bash_completes_profile_names_from_the_config_file() {
    let sh = Shells::new();
    let config = sh.config();
    let config = config.to_str().unwrap();
    let by_env = [("OA_RT_CONFIG", config)];
    assert_eq!(
        sh.complete("bash", "oa-rt --profile ", &by_env),
        ["prod", "sandbox"]
    );
    assert_eq!(
        sh.complete("bash", "oa-rt status --profile s", &by_env),
        ["sandbox"]
    );
    // A positional: the names first, then the options (clap offers both where either may come).
    let got = sh.complete("bash", "oa-rt profile show ", &by_env);
    assert_eq!(got[..2], ["prod", "sandbox"], "{got:?}");
    assert_eq!(
        sh.complete("bash", "oa-rt profile test p", &by_env),
        ["prod"]
    );
    // --config on the command line wins over the environment.
    let line = format!("oa-rt --config {config} cert check --profile ");
    let elsewhere = [("OA_RT_CONFIG", "/nonexistent/config.toml")];
    assert_eq!(sh.complete("bash", &line, &elsewhere), ["prod", "sandbox"]);
    let line = format!("oa-rt --config={config} --profile=p");
    assert_eq!(sh.complete("bash", &line, &[]), ["prod"]);
    // No config file, or a broken one: nothing offered, nothing printed (`complete` checks stderr is empty).
    assert!(sh.complete("bash", "oa-rt --profile ", &[]).is_empty());
    let broken = sh.env.path().join("broken.toml");
    std::fs::write(&broken, "[profiles.a\n").unwrap();
    let broken = [("OA_RT_CONFIG", broken.to_str().unwrap())];
    assert!(sh.complete("bash", "oa-rt --profile ", &broken).is_empty());
}

#[test]
fn bash_completes_record_types_and_settings_keys() {
    let sh = Shells::new();
    assert_eq!(
        sh.complete("bash", "oa-rt deploy --record-types customer,j", &[]),
        ["customer,job"]
    );
    assert_eq!(
        sh.complete("bash", "oa-rt verify-order --confirm emp", &[]),
        ["employee"]
    );
    assert_eq!(
        sh.complete("bash", "oa-rt test-import --record pro", &[]),
        ["prospect:", "projecttask:"]
    );
    assert!(
        sh.complete("bash", "oa-rt test-import --record customer:", &[])
            .is_empty()
    );
    assert_eq!(
        sh.complete("bash", "oa-rt settings set openair-", &[]),
        ["openair-url=", "openair-db-id="]
    );
    let keys = sh.complete("bash", "oa-rt settings set ", &[]);
    assert!(
        has_all(&keys, &["enable=", "error-email=", "soap-customer="]),
        "{keys:?}"
    );
}

#[test]
fn zsh_completes_subcommands_and_values() {
    if !installed("zsh") {
        return;
    }
    let sh = Shells::new();
    let got = sh.complete("zsh", "oa-rt cert ", &[]);
    assert!(has_all(&got, &["inspect", "check", "rotate"]), "{got:?}");
    assert_eq!(
        sh.complete("zsh", "oa-rt emulator serve --scenario hea", &[]),
        ["healthy"]
    );
    let config = sh.config();
    let by_env = [("OA_RT_CONFIG", config.to_str().unwrap())];
    assert_eq!(
        sh.complete("zsh", "oa-rt --profile ", &by_env),
        ["prod", "sandbox"]
    );
}

#[test]
fn fish_completes_subcommands_and_values() {
    if !installed("fish") {
        return;
    }
    let sh = Shells::new();
    let got = sh.complete("fish", "oa-rt cert ", &[]);
    assert!(has_all(&got, &["inspect", "check", "rotate"]), "{got:?}");
    assert_eq!(
        sh.complete("fish", "oa-rt emulator serve --scenario hea", &[]),
        ["healthy"]
    );
    let config = sh.config();
    let by_env = [("OA_RT_CONFIG", config.to_str().unwrap())];
    assert_eq!(
        sh.complete("fish", "oa-rt --profile ", &by_env),
        ["prod", "sandbox"]
    );
}

#[test]
fn completion_requests_need_no_config_and_leave_no_files() {
    let sh = Shells::new();
    sh.complete("bash", "oa-rt --profile ", &[]);
    sh.complete("bash", "oa-rt emulator serve --scenario ", &[]);
    for dir in ["config", "state", "cache"] {
        assert!(
            !Path::new(&sh.env.path().join(dir)).exists(),
            "completion wrote {dir}/"
        );
    }
}
