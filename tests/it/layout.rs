//! Output that fits: tables and the lines around them within the width (`COLUMNS`, else the terminal's), wrapped
//! at spaces only, so no id or URL is ever split (issue 14).

use rexpect::session::spawn_command;

use crate::common::Env;

/// Ids and URLs `status` prints on `upgrade`, each of which must appear whole.
const WHOLE: [&str; 4] = [
    "customdeploy_oa_send_customer_v2",
    "customdeploy_oa_send_employee_v2",
    "custcertificate_oa_realtime",
    "https://acme.app.sandbox.netsuitesuiteprojectspro.com",
];

#[test]
fn piped_status_honours_columns() {
    let env = Env::new();
    for columns in ["80", "100"] {
        let mut cmd = env.cmd();
        cmd.args(["--emulator=upgrade", "status"])
            .env("COLUMNS", columns);
        let out = cmd.output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let width: usize = columns.parse().unwrap();
        // Bytes, as `awk 'length > 80'` counts them.
        let long: Vec<_> = text.lines().filter(|l| l.len() > width).collect();
        assert!(long.is_empty(), "COLUMNS={columns}: {long:#?}");
        for id in WHOLE {
            assert!(
                text.contains(id),
                "COLUMNS={columns}: {id} split or missing:\n{text}"
            );
        }
    }
    // Wider, the same checks are a table.
    let mut cmd = env.cmd();
    cmd.args(["--emulator=healthy", "status"])
        .env("COLUMNS", "160");
    let text = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
    assert!(text.contains("| Step "), "{text}");
}

#[test]
fn no_id_or_url_is_split_on_a_terminal_at_80_columns() {
    let env = Env::new();
    let mut cmd = env.cmd();
    cmd.args(["--emulator=upgrade", "--color", "never", "status"])
        .env("COLUMNS", "80")
        .env("TERM", "xterm");
    let mut p = spawn_command(cmd, Some(60_000)).expect("spawn in a pty");
    let text = p.exp_eof().expect("status ends");
    let long: Vec<_> = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| l.chars().count() > 80)
        .collect();
    assert!(long.is_empty(), "{long:#?}");
    for id in WHOLE {
        assert!(text.contains(id), "{id} split or missing:\n{text}");
    }
}

/// A wait over 300 ms shows a spinner naming what is read, with the time elapsed, on a terminal only (issue 14).
#[test]
fn a_slow_look_shows_a_spinner_on_a_terminal_and_nothing_when_piped() {
    let env = Env::new();
    let served = env.serve_with("healthy", &["--latency", "700"]);
    let config = served.config_arg();
    let mut cmd = env.cmd();
    cmd.args(["--config", &config, "status"])
        .env("COLUMNS", "120")
        .env("TERM", "xterm");
    let mut p = spawn_command(cmd, Some(60_000)).expect("spawn in a pty");
    p.exp_string("Reading NetSuite account 1234567_SB1 and OpenAir")
        .expect("the spinner on the terminal");
    p.exp_eof().expect("status ends");
    let piped = env.run_on(&served, &["status"]);
    assert!(!piped.stderr.contains("Reading NetSuite"), "{piped:?}");
    let quiet = env.run_on(&served, &["--json", "status"]);
    assert!(!quiet.stderr.contains("Reading NetSuite"), "{quiet:?}");
}
