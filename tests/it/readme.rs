//! The README runs as written: every shell block marked `<!-- runnable -->` is run by bash on a fresh HOME, line by
//! line, each line's exit code checked against its `# exit N` comment (0 without one); `emulator serve` lines run in
//! the background, as the README says to run them in another terminal (issue 14).

use std::process::Command;

use crate::common::Env;

/// The runnable blocks: their first line number and their lines.
fn runnable_blocks(readme: &str) -> Vec<(usize, Vec<String>)> {
    let mut blocks = Vec::new();
    let mut marked = false;
    let mut current: Option<(usize, Vec<String>)> = None;
    for (n, line) in readme.lines().enumerate() {
        if let Some((_, lines)) = current.as_mut() {
            if line.starts_with("```") {
                blocks.push(current.take().unwrap());
            } else {
                lines.push(line.to_string());
            }
        } else if line.starts_with("<!-- runnable") {
            marked = true;
        } else if line == "```sh" && marked {
            current = Some((n + 2, Vec::new()));
            marked = false;
        } else if !line.trim().is_empty() {
            marked = false;
        }
    }
    blocks
}

/// The exit code a line's comment promises: `# exit N`, else 0.
fn expected(line: &str) -> u8 {
    line.split_once('#')
        .and_then(|(_, c)| c.trim().strip_prefix("exit "))
        .and_then(|r| r.split(|ch: char| !ch.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The bash script that runs a block's lines and reports each line whose exit code is not the promised one.
fn script(lines: &[String]) -> String {
    let mut s = String::from("set -u\nfail=0\npids=()\ntrap 'kill ${pids[@]} 2>/dev/null' EXIT\n");
    for (i, line) in lines.iter().enumerate() {
        let code = line.split(" #").next().unwrap_or(line).trim();
        if code.is_empty() || code.starts_with('#') {
            continue;
        }
        if code.contains("emulator serve") {
            s.push_str(&format!(
                "{code} > serve{i}.log 2>&1 &\npids+=($!)\nfor _ in $(seq 600); do grep -q 'listening on' serve{i}.log && break; sleep 0.1; done\n"
            ));
        } else if code.starts_with("export ") {
            s.push_str(&format!("{code}\n"));
        } else {
            let want = expected(line);
            s.push_str(&format!(
                "( timeout 90 {code} ) > out{i}.log 2>&1; rc=$?\nif [ $rc != {want} ]; then echo \"FAILED: {} -> exit $rc, expected {want}\"; cat out{i}.log; fail=1; fi\n",
                code.replace('"', "\\\"").replace('$', "\\$")
            ));
        }
    }
    s.push_str("exit $fail\n");
    s
}

#[test]
fn the_readmes_runnable_blocks_run_as_written() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let blocks = runnable_blocks(&readme);
    assert!(
        blocks.len() >= 3,
        "the README marks its runnable blocks: {blocks:?}"
    );
    let bin = std::path::PathBuf::from(env!("CARGO_BIN_EXE_oa-rt"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for (line, lines) in blocks {
        let env = Env::new();
        let work = env.work();
        std::fs::create_dir_all(&work).unwrap();
        std::fs::write(work.join("block.sh"), script(&lines)).unwrap();
        let mut cmd = Command::new("bash");
        for (k, _) in std::env::vars() {
            if k.starts_with("OA_RT_") || k.starts_with("XDG_") || k == "COLUMNS" {
                cmd.env_remove(k);
            }
        }
        let out = cmd
            .arg("block.sh")
            .current_dir(&work)
            .env("HOME", env.path().join("home"))
            .env("XDG_CONFIG_HOME", env.path().join("config"))
            .env("XDG_CACHE_HOME", env.path().join("cache"))
            .env("XDG_STATE_HOME", env.path().join("state"))
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README block at line {line}:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn exit_codes_are_read_from_the_comments() {
    assert_eq!(expected("oa-rt deploy   # exit 1: 369630 is at 2.05"), 1);
    assert_eq!(expected("oa-rt status   # every check"), 0);
    assert_eq!(expected("oa-rt x"), 0);
}
