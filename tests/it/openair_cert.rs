//! The OpenAir side and certificates: enable, test-import, cert inspect/check/rotate, auth init/status/rotate —
//! with openssl as the independent judge of what the tool makes and checks.

use std::process::Command;

use crate::common::{Env, Served, block_on, companion, post_assertion, ui};

fn openssl(args: &[&str]) -> String {
    let out = Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `upgrade` account brought to where `enable` can work: bundles, deployments, settings.
fn prepare_upgrade(env: &Env, served: &Served) {
    for (b, v) in [("369637", "5.06"), ("369630", "4.03"), ("369619", "7.01")] {
        ui(env, served, &["install-bundle", b, v]);
    }
    assert_eq!(env.run_on(served, &["--yes", "deploy"]).code, 0);
    let s = env.run_on(
        served,
        &[
            "--yes",
            "settings",
            "set",
            "openair-url=https://acme.app.sandbox.netsuitesuiteprojectspro.com",
            "openair-db-id=acme",
            "suitesignon-record=",
        ],
    );
    assert_eq!(s.code, 0, "{s:?}");
}

#[test]
fn enable_refuses_an_unprepared_account_with_the_list() {
    let env = Env::new();
    let served = env.serve("upgrade");
    let r = env.run_on(&served, &["--json", "enable"]);
    assert_eq!(r.code, 1, "{r:?}");
    // The same checks `status` shows, of the NetSuite steps.
    let missing: Vec<String> = r.json()["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}/{}",
                f["step"].as_str().unwrap(),
                f["check"].as_str().unwrap()
            )
        })
        .collect();
    for expected in [
        "bundles/bundle 369637 (SRP Integration)",
        "bundles/bundle 369630 (SRP Real-time Add-on)",
        "role/Certificate Management",
        "deployments/deployment customdeploy_oa_send_customer (CUSTOMER)",
        "settings/setting openair-url",
    ] {
        assert!(
            missing.iter().any(|m| m == expected),
            "{expected} not in {missing:?}"
        );
    }
    // Nothing was changed in OpenAir.
    let d = crate::common::dump(&env, &served);
    assert_eq!(d["openair"]["netsuiteConnector"]["oauth2"], false);
}

#[test]
fn enable_then_test_import_on_a_prepared_account() {
    let env = Env::new();
    let served = env.serve("upgrade");
    prepare_upgrade(&env, &served);
    // Without a terminal and without the simulated operator, the OpenAir steps wait for a person.
    let waiting = env.run_on(&served, &["enable"]);
    assert_eq!(waiting.code, 5, "{waiting:?}");
    assert!(
        waiting.stderr.contains(
            "Use OAuth 2.0 for NetSuite Single Sign-On Integration and Real-Time Record Import"
        ),
        "{}",
        waiting.stderr
    );

    let enabled = env.run_on(&served, &["--simulate-operator", "--json", "enable"]);
    assert_eq!(enabled.code, 0, "{enabled:?}");
    let j = enabled.json();
    assert_eq!(j["ok"], true);
    assert_eq!(j["certificate"]["placeholder"], false);
    assert_eq!(j["certificate"]["probe"]["result"], "verified");

    let imported = env.run_on(
        &served,
        &["--json", "test-import", "--record", "customer:1001"],
    );
    assert_eq!(imported.code, 0, "{imported:?}");
    let j = imported.json();
    assert_eq!(j["landed"], true);
    assert_eq!(j["after"]["netsuite_id"], "1001");
    assert_eq!(j["after"]["name"], "Acme Rockets");
    assert!(j["after"]["updated"].as_str().unwrap() > j["before"]["updated"].as_str().unwrap());
    let text = env.run_on(&served, &["test-import", "--record", "job:2001"]);
    assert_eq!(text.code, 0, "{text:?}");
    assert!(
        text.stdout.starts_with("Imported: OpenAir Project"),
        "{}",
        text.stdout
    );
}

#[test]
fn test_import_reports_a_queued_import_and_refuses_bad_records() {
    let env = Env::new();
    let served = env.serve("healthy");
    ui(&env, &served, &["scheduled-run", "start"]);
    let r = env.run_on(
        &served,
        &["test-import", "--record", "customer:1001", "--timeout", "1"],
    );
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.contains("Queued"), "{}", r.stdout);
    for bad in ["customer", "vendor:1", "customer:abc"] {
        assert_eq!(
            env.run_on(&served, &["test-import", "--record", bad]).code,
            2,
            "{bad}"
        );
    }
}

#[test]
fn cert_inspect_and_check_say_what_each_scenario_is() {
    let env = Env::new();
    let r = env.run(&["--emulator=placeholder-cert", "cert", "inspect"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout
            .lines()
            .any(|l| l.trim_start().starts_with("placeholder") && l.contains("YES")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("No valid certificate available for real-time import"),
        "{}",
        r.stdout
    );
    assert_eq!(
        env.run(&[
            "--emulator=placeholder-cert",
            "cert",
            "check",
            "--within",
            "14"
        ])
        .code,
        1
    );

    let r = env.run(&["--emulator=expiring-cert", "--json", "cert", "inspect"]);
    assert_eq!(r.code, 0, "{r:?}");
    let j = r.json();
    let days = j["days_left"].as_i64().unwrap();
    assert!((11..=12).contains(&days), "{days}");
    assert!(
        j["health"]
            .as_str()
            .unwrap()
            .starts_with("Current real-time import certificate is valid until")
    );
    let check = env.run(&[
        "--emulator=expiring-cert",
        "cert",
        "check",
        "--within",
        "14",
    ]);
    assert_eq!(check.code, 1, "{check:?}");
    assert!(
        check.stdout.contains("inside the 14-day window"),
        "{}",
        check.stdout
    );
    // Without --within: the judgement status makes, fitted to OpenAir's rotation.
    let check = env.run(&["--emulator=expiring-cert", "cert", "check"]);
    assert_eq!(check.code, 0, "{check:?}");
    assert!(
        check.stdout.starts_with("warn: expires in 1")
            && check.stdout.contains("OpenAir should rotate it by"),
        "{}",
        check.stdout
    );

    assert_eq!(
        env.run(&["--emulator=healthy", "cert", "check", "--within", "14"])
            .code,
        0
    );
    // No companion, no certificate: missing is a failure, never a pass.
    let r = env.run(&["--emulator=upgrade", "cert", "check"]);
    assert_eq!(r.code, 1);
}

#[test]
fn a_certificate_restricted_to_openairs_script_is_a_warning_never_a_false_alarm() {
    let env = Env::new();
    let served = env.serve("restricted-cert");
    // A warning passes; OpenAir's switches stay unverified until a test import lands (allowed here).
    let status = env.run_on(&served, &["--json", "status", "--allow-unverified"]);
    assert_eq!(status.code, 0, "{status:?}");
    let checks = status.json()["checks"].as_array().unwrap().clone();
    let cert: Vec<_> = checks
        .iter()
        .filter(|c| c["step"] == "certificate")
        .collect();
    assert_eq!(cert.len(), 1, "{cert:?}");
    assert_eq!(cert[0]["verdict"], "warn", "{cert:?}");
    let detail = cert[0]["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("cannot inspect custcertificate_oa_realtime: restricted: "),
        "{detail}"
    );
    assert!(
        detail.contains("customscript_oa_send_record_v2"),
        "names the list: {detail}"
    );
    let fix = cert[0]["fix"].as_str().unwrap();
    assert!(
        fix.contains("Audience") && !fix.contains("Generate new"),
        "{fix}"
    );

    let check = env.run_on(&served, &["cert", "check", "--within", "14"]);
    assert_eq!(check.code, 0, "{check:?}");
    assert!(
        check.stdout.starts_with("warn: cannot inspect"),
        "{}",
        check.stdout
    );
    let inspect = env.run_on(&served, &["cert", "inspect"]);
    assert_eq!(inspect.code, 0, "{inspect:?}");
    assert!(
        inspect
            .stdout
            .contains("not allowed: the certificate is restricted"),
        "{}",
        inspect.stdout
    );
    assert!(
        !inspect.stdout.contains("FAILED: NetSuite"),
        "{}",
        inspect.stdout
    );

    // Neither certificate could be read: a rotation cannot be proved, so it is not started.
    // What a rotation would change: the certificate NetSuite holds, OpenAir's certificates, the UI events.
    let state = || {
        let d = crate::common::dump(&env, &served);
        (
            d["netsuite"]["digitalCertificates"][0]["certificate"]["sha256"].clone(),
            d["openair"]["certificates"].as_array().map(Vec::len),
            d["events"].clone(),
        )
    };
    let before = state();
    let rotate = env.run_on(&served, &["--simulate-operator", "cert", "rotate"]);
    assert_eq!(rotate.code, 1, "{rotate:?}");
    assert!(
        rotate.stderr.contains("cannot rotate with proof"),
        "{}",
        rotate.stderr
    );
    assert_eq!(state(), before, "nothing changed");

    // Nothing to plan for the certificate: a restriction is not a fault.
    let plan = env.run_on(&served, &["plan", "--allow-unverified"]);
    assert_eq!(plan.code, 0, "{plan:?}");
}

#[test]
fn cert_rotate_on_expiring_cert_ends_with_a_verified_new_certificate() {
    let env = Env::new();
    let served = env.serve("expiring-cert");
    let nothing = env.run_on(&served, &["cert", "rotate", "--if-expiring-within", "7"]);
    assert_eq!(nothing.code, 0, "{nothing:?}");
    assert!(nothing.stdout.contains("Nothing to do"));
    let waiting = env.run_on(&served, &["cert", "rotate", "--if-expiring-within", "14"]);
    assert_eq!(waiting.code, 5, "{waiting:?}");
    let rotated = env.run_on(
        &served,
        &[
            "--simulate-operator",
            "--json",
            "cert",
            "rotate",
            "--if-expiring-within",
            "14",
        ],
    );
    assert_eq!(rotated.code, 0, "{rotated:?}");
    let j = rotated.json();
    assert_eq!(j["rotated"], true);
    assert_ne!(j["old"]["sha256"], j["new"]["sha256"]);
    assert!(j["new"]["days_left"].as_i64().unwrap() > 300);
    assert_eq!(j["new"]["probe"]["result"], "verified");
    assert_eq!(
        env.run_on(&served, &["cert", "check", "--within", "14"])
            .code,
        0
    );
}

#[test]
fn signatures_and_certificates_are_accepted_by_openssl() {
    let env = Env::new();
    let served = env.serve("healthy");
    let dir = env.path().join("openssl");
    std::fs::create_dir_all(&dir).unwrap();
    // NetSuite's signing probe and the public certificate, verified by openssl.
    let message = "oa-rt openssl cross-check";
    let got = companion(
        &served,
        serde_json::json!({"action": "certificate.get", "scriptId": "custcertificate_oa_realtime"}),
    );
    let signed = companion(
        &served,
        serde_json::json!({"action": "certificate.signProbe", "scriptId": "custcertificate_oa_realtime", "message": message}),
    );
    let (pem, signature) = (
        got["publicCertificatePem"].as_str().unwrap().to_string(),
        signed["signature"].as_str().unwrap().to_string(),
    );
    use base64::Engine;
    std::fs::write(dir.join("cert.pem"), &pem).unwrap();
    std::fs::write(dir.join("msg"), message).unwrap();
    std::fs::write(
        dir.join("sig"),
        base64::engine::general_purpose::STANDARD
            .decode(&signature)
            .unwrap(),
    )
    .unwrap();
    let p = |f: &str| dir.join(f).display().to_string();
    let pubkey = openssl(&["x509", "-in", &p("cert.pem"), "-pubkey", "-noout"]);
    std::fs::write(dir.join("pub.pem"), pubkey).unwrap();
    let verified = openssl(&[
        "dgst",
        "-sha256",
        "-verify",
        &p("pub.pem"),
        "-signature",
        &p("sig"),
        &p("msg"),
    ]);
    assert!(verified.contains("Verified OK"), "{verified}");
    // The fingerprint oa-rt reports is openssl's.
    let inspect = env.run_on(&served, &["--json", "cert", "inspect"]).json();
    let ours = inspect["observation"]["info"]["sha256_fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    let theirs = openssl(&[
        "x509",
        "-in",
        &p("cert.pem"),
        "-noout",
        "-fingerprint",
        "-sha256",
    ]);
    assert!(theirs.trim().ends_with(&ours), "{theirs} vs {ours}");

    // auth init makes what openssl accepts, for each key kind NetSuite takes.
    for kind in ["ec-p256", "ec-p384", "rsa3072"] {
        let out = env.path().join(format!("keys-{kind}"));
        let r = env.run(&[
            "--json",
            "auth",
            "init",
            "--key",
            kind,
            "--out-dir",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{r:?}");
        let j = r.json();
        let cert = j["certificate_file"].as_str().unwrap();
        let key = j["private_key_file"].as_str().unwrap();
        let text = openssl(&["x509", "-in", cert, "-noout", "-text"]);
        assert!(text.contains("Public Key Algorithm"), "{text}");
        assert_eq!(
            openssl(&["pkey", "-in", key, "-pubout"]),
            openssl(&["x509", "-in", cert, "-pubkey", "-noout"]),
            "the key belongs to the certificate"
        );
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(key).unwrap().permissions().mode() & 0o777,
            0o600
        );
        // cert inspect FILE, offline, agrees with openssl.
        let offline = env.run(&["--json", "cert", "inspect", cert]).json();
        let fp = openssl(&["x509", "-in", cert, "-noout", "-fingerprint", "-sha256"]);
        assert!(
            fp.trim().ends_with(
                offline["certificate"]["sha256_fingerprint"]
                    .as_str()
                    .unwrap()
            )
        );
    }
    assert_eq!(
        env.run(&["auth", "init", "--days", "731"]).code,
        2,
        "validity is capped at two years"
    );
}

#[test]
fn cert_inspect_reads_der_and_pkcs12_files() {
    let env = Env::new();
    let dir = env.path().join("files");
    std::fs::create_dir_all(&dir).unwrap();
    let r = env.run(&["--json", "auth", "init", "--out-dir", dir.to_str().unwrap()]);
    let j = r.json();
    let (cert, key) = (
        j["certificate_file"].as_str().unwrap().to_string(),
        j["private_key_file"].as_str().unwrap().to_string(),
    );
    let der = dir.join("c.der").display().to_string();
    openssl(&["x509", "-in", &cert, "-outform", "DER", "-out", &der]);
    let p12 = dir.join("c.p12").display().to_string();
    openssl(&[
        "pkcs12",
        "-export",
        "-inkey",
        &key,
        "-in",
        &cert,
        "-passout",
        "pass:s3cret-p12",
        "-out",
        &p12,
    ]);
    let want =
        env.run(&["--json", "cert", "inspect", &cert]).json()["certificate"]["sha256_fingerprint"]
            .clone();
    assert_eq!(
        env.run(&["--json", "cert", "inspect", &der]).json()["certificate"]["sha256_fingerprint"],
        want
    );
    let with_password = env.run_env(
        &[("P12_PASSWORD", "s3cret-p12")],
        &[
            "--json",
            "cert",
            "inspect",
            &p12,
            "--password-env",
            "P12_PASSWORD",
        ],
    );
    assert_eq!(with_password.code, 0, "{with_password:?}");
    assert_eq!(
        with_password.json()["certificate"]["sha256_fingerprint"],
        want
    );
    assert!(!with_password.all().contains("s3cret-p12"));
    let wrong = env.run_env(
        &[("P12_PASSWORD", "nope")],
        &["cert", "inspect", &p12, "--password-env", "P12_PASSWORD"],
    );
    assert_eq!(wrong.code, 2, "{wrong:?}");
    assert!(wrong.stderr.contains("password"), "{}", wrong.stderr);
    // The key never shows: inspect a file that holds key and certificate.
    let both = dir.join("both.pem");
    std::fs::write(
        &both,
        format!(
            "{}{}",
            std::fs::read_to_string(&key).unwrap(),
            std::fs::read_to_string(&cert).unwrap()
        ),
    )
    .unwrap();
    let r = env.run(&["cert", "inspect", both.to_str().unwrap()]);
    assert_eq!(r.code, 0);
    assert!(!r.all().contains("PRIVATE KEY"));
}

/// Whether the served emulator's token endpoint grants a token to an assertion signed with this key for
/// this certificate id.
fn assertion_accepted(served: &Served, key_pem: &str, certificate_id: &str) -> bool {
    use oa_rt::client::netsuite::m2m::{SigningKey, assertion};
    let key = SigningKey::from_pem(key_pem.as_bytes()).unwrap();
    let jwt = assertion(
        &key,
        &served.ids().client_id,
        certificate_id,
        &served.token_url(),
        chrono::Utc::now().timestamp(),
    )
    .unwrap();
    let (status, _) = block_on(post_assertion(served, &jwt));
    (200..300).contains(&status)
}

#[test]
fn auth_rotate_survives_a_crash_at_every_stage() {
    let env = Env::new();
    for point in [
        "generated",
        "upload-sent",
        "uploaded",
        "proven",
        "switched",
        "revoke-sent",
    ] {
        let served = env.serve("healthy");
        let before = std::fs::read_to_string(&served.config).unwrap();
        let old_id = before
            .split("certificate_id = \"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let old_key = std::fs::read_to_string(served.creds.join("m2m-ec.pem")).unwrap();

        let crashed = env.run_env_on(
            &served,
            &[("OA_RT_CRASH_AFTER", point)],
            &["--yes", "auth", "rotate"],
        );
        assert_eq!(crashed.code, 137, "{point}: {crashed:?}");
        // Whatever stage it stopped at, the profile still works.
        let test = env.run_on(&served, &["profile", "test"]);
        assert_eq!(
            test.code, 0,
            "{point}: the credential works after the crash: {test:?}"
        );
        // The next run completes the rotation.
        let finished = env.run_on(&served, &["--yes", "--json", "auth", "rotate"]);
        assert_eq!(finished.code, 0, "{point}: {finished:?}");
        let j = finished.json();
        assert_eq!(j["old_certificate_id"], old_id.as_str(), "{point}");
        let new_id = j["new_certificate_id"].as_str().unwrap().to_string();
        assert_ne!(new_id, old_id);
        assert_eq!(env.run_on(&served, &["profile", "test"]).code, 0, "{point}");
        // The old certificate no longer gets a token; the new one does.
        assert!(
            !assertion_accepted(&served, &old_key, &old_id),
            "{point}: the revoked certificate still gets a token"
        );
        let new_key = std::fs::read_to_string(j["new_private_key_file"].as_str().unwrap()).unwrap();
        assert!(assertion_accepted(&served, &new_key, &new_id), "{point}");
        // Only one new certificate was uploaded, even when the upload's answer was lost.
        let listed = env.run_on(&served, &["--json", "auth", "status"]).json();
        let certs = listed["netsuite_certificates"].as_array().unwrap();
        assert_eq!(
            certs.iter().filter(|c| c["revoked"] == false).count(),
            2,
            "{point}: {certs:?}"
        );
    }
}

/// OpenAir rotates the certificate by itself one to two weeks before expiry (seed step 6): 12 days left is a
/// warning naming the day it should have rotated it by (expiry minus seven days); past that day it fails.
#[test]
fn an_expiring_certificate_warns_until_openairs_rotation_window_has_passed() {
    let env = Env::new();
    let served = env.serve("expiring-cert");
    let cert = |env: &Env| {
        // OpenAir's switches stay unverified without a test import: allowed, so the code is the certificate's.
        let s = env.run_on(&served, &["--json", "status", "--allow-unverified"]);
        let j = s.json();
        let c: Vec<serde_json::Value> = j["checks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["step"] == "certificate")
            .cloned()
            .collect();
        assert_eq!(c.len(), 1, "{j}");
        (s.code, c[0].clone())
    };
    let (code, c) = cert(&env);
    assert_eq!(code, 0);
    assert_eq!(c["verdict"], "warn", "{c}");
    let detail = c["detail"].as_str().unwrap();
    // "expires in N days (YYYY-MM-DD HH:MM UTC): OpenAir should rotate it by YYYY-MM-DD", expiry minus 7 days.
    let expiry = detail.split_once(" days (").unwrap().1;
    let expiry = chrono::NaiveDate::parse_from_str(&expiry[..10], "%Y-%m-%d").unwrap();
    let by = expiry - chrono::Duration::days(7);
    assert!(
        detail.ends_with(&format!(
            "OpenAir should rotate it by {}",
            by.format("%Y-%m-%d")
        )),
        "{detail}"
    );
    // Nothing to plan: OpenAir rotates it.
    assert_eq!(env.run_on(&served, &["plan", "--allow-unverified"]).code, 0);
    // The explicit predicate keeps its meaning.
    assert_eq!(
        env.run_on(&served, &["cert", "check", "--within", "14"])
            .code,
        1
    );
    // A desired state that warns from 7 days on: no warning at 12.
    std::fs::write(
        env.path().join("work/oa-rt.toml"),
        "record_types = [\"customer\", \"job\", \"employee\"]\ncertificate_window_days = 7\n",
    )
    .unwrap();
    let (_, c) = cert(&env);
    assert_eq!(c["verdict"], "ok", "{c}");
    std::fs::write(
        env.path().join("work/oa-rt.toml"),
        "record_types = [\"customer\"]\ncertificate_window_days = 400\n",
    )
    .unwrap();
    let bad = env.run_on(&served, &["status"]);
    assert_eq!(bad.code, 2, "{bad:?}");
    assert!(
        bad.stderr.contains("certificate_window_days 400"),
        "{}",
        bad.stderr
    );
}

/// `enable` on an account already enabled and proven (a test import landed under the current certificate, OpenAir
/// answers, the certificate signs, NetSuite ready): exit 0, "Nothing to do", no guided step.
#[test]
fn enable_on_an_enabled_and_proven_account_has_nothing_to_do() {
    let env = Env::new();
    let served = env.serve("healthy");
    let proof = env.run_on(&served, &["test-import", "--record", "customer:1001"]);
    assert_eq!(proof.code, 0, "{proof:?}");
    let events = |env: &Env| crate::common::dump(env, &served)["events"].clone();
    let before = events(&env);
    let r = env.run_on(&served, &["enable"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout
            .starts_with("Nothing to do: the real-time import is already enabled"),
        "{}",
        r.stdout
    );
    assert!(
        !r.all()
            .contains("Generate new real-time import certificate"),
        "{r:?}"
    );
    assert_eq!(events(&env), before, "no guided step was performed");
    let j = env.run_on(&served, &["--json", "enable"]).json();
    assert_eq!(j["ok"], true);
    assert_eq!(j["nothing_to_do"], true);
    // Without the proof, enable walks OpenAir's guided steps (exit 5 without a terminal).
    let fresh = Env::new();
    let served = fresh.serve("healthy");
    let r = fresh.run_on(&served, &["enable"]);
    assert_eq!(r.code, 5, "{r:?}");
}

/// One writer per account: two `auth rotate` at once leave exactly one new certificate — the second waits for the
/// first, finds the rotation done, and does nothing — and the old one revoked.
#[test]
fn two_concurrent_auth_rotations_make_one_new_certificate() {
    let env = Env::new();
    // Slow answers, so that the second starts while the first is still rotating.
    let served = env.serve_with("healthy", &["--latency", "150"]);
    let config = served.config_arg();
    let spawn = || {
        let mut cmd = env.cmd();
        cmd.args(["--config", &config, "--yes", "auth", "rotate"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        cmd.spawn().unwrap()
    };
    let first = spawn();
    std::thread::sleep(std::time::Duration::from_millis(200));
    let second = spawn();
    let (a, b) = (
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    );
    let text = |o: &std::process::Output| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    assert!(a.status.success(), "{}", text(&a));
    assert!(b.status.success(), "{}", text(&b));
    assert!(
        text(&b).contains("Waiting for `oa-rt auth rotate`")
            && text(&b).contains("was rotated by another run while this one waited"),
        "{}",
        text(&b)
    );
    let listed = env.run_on(&served, &["--json", "auth", "status"]).json();
    let certs = listed["netsuite_certificates"].as_array().unwrap();
    // As after a single rotation: the new certificate and the scenario's other one active, the old one revoked.
    assert_eq!(
        certs.iter().filter(|c| c["revoked"] == false).count(),
        2,
        "{certs:?}"
    );
    assert_eq!(
        certs.iter().filter(|c| c["revoked"] == true).count(),
        1,
        "{certs:?}"
    );
    assert_eq!(env.run_on(&served, &["profile", "test"]).code, 0);
}

/// Months pass on the emulated clock (`emulator ui clock --advance 351d`): OpenAir rotated the certificate when it
/// entered its window, and oa-rt judges it by NetSuite's clock (its answers' `Date`), not this machine's: nothing
/// exits 3, and `cert check` sees the new certificate valid (issue 14).
#[test]
fn months_on_the_emulated_clock_show_openairs_rotation_and_lock_nothing_out() {
    let env = Env::new();
    let served = env.serve("healthy");
    let before = env.run_on(&served, &["--json", "cert", "inspect"]).json();
    let moved = ui(&env, &served, &["clock", "--advance", "351d"]);
    assert!(
        moved["rotation"]
            .as_str()
            .is_some_and(|r| r.starts_with("automatic rotation: Current")),
        "{moved}"
    );
    let check = env.run_on(&served, &["cert", "check"]);
    assert_eq!(check.code, 0, "{check:?}");
    assert!(
        check
            .stdout
            .contains("ok: Current real-time import certificate is valid until"),
        "{check:?}"
    );
    let after = env.run_on(&served, &["--json", "cert", "inspect"]).json();
    let fingerprint =
        |v: &serde_json::Value| v["observation"]["info"]["sha256_fingerprint"].clone();
    assert!(fingerprint(&after).is_string());
    assert_ne!(
        fingerprint(&before),
        fingerprint(&after),
        "a new certificate: {after}"
    );
    for args in [&["status"][..], &["plan"], &["bundles"], &["verify-order"]] {
        let run = env.run_on(&served, args);
        assert_ne!(run.code, 3, "{args:?}: {run:?}");
    }
}
