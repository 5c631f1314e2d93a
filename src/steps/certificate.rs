//! Step 6's certificate: `custcertificate_oa_realtime` as NetSuite holds it (through the companion RESTlet: its
//! metadata, its public certificate, and a signing probe verified against that certificate). The private key
//! never leaves NetSuite; OpenAir's copy cannot be read by any API.

use std::time::Duration;

use anyhow::Result;
use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use serde::Serialize;

use super::reads::Unread;
use super::{
    Action, Applied, Apply, Finding, How, Item, Outcome, Part, Step, StepId, Unobserved, Verdict,
    View,
};
use crate::certinfo::{self, CertInfo};
use crate::client::netsuite::NetSuite;
use crate::operator::{GuideOutcome, Guided, Operator, Watch};
use crate::platform::permissions;
use crate::platform::ui::UiAction;

pub use crate::platform::certificate::{PLACEHOLDER_NAME, SCRIPT_ID};

/// The result of asking NetSuite to sign a message with the certificate's key.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "result", content = "detail", rename_all = "kebab-case")]
pub enum Probe {
    /// The signature verifies against the certificate's public key.
    Verified,
    /// NetSuite signed, but the signature does not verify: the key and the certificate do not match.
    Mismatch,
    /// NetSuite could not sign.
    Refused(String),
    /// NetSuite signed but there is no public certificate to check against (PKCS#12).
    Unchecked,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Observation {
    pub exists: bool,
    pub name: Option<String>,
    pub description: Option<String>,
    pub file_type: Option<String>,
    pub info: Option<CertInfo>,
    pub placeholder: bool,
    pub probe: Option<Probe>,
    /// Why NetSuite does not let the companion inspect the certificate (its "Restrict to Scripts" list, or a
    /// refused load): then a refused signing probe says nothing about the certificate.
    pub restricted: Option<String>,
}

/// What to do about a certificate oa-rt may not inspect: nothing is known to be wrong with it.
pub const RESTRICTED_FIX: &str = "Nothing needs fixing for the import. Check the certificate where OpenAir shows it (Administration > NetSuite Connector > Tips: \"Current real-time import certificate is valid until <date>\"); to let oa-rt inspect it, add customscript_oa_rt_companion to its Restrict to Scripts list (Setup > Company > Preferences > Certificates > custcertificate_oa_realtime > Edit > Audience)";

/// Observe: `certificate.get`, then `certificate.signProbe` checked against the public certificate. `None` when
/// the companion RESTlet is missing (nothing can be observed).
pub async fn observe(netsuite: &NetSuite) -> Result<Part<Observation>> {
    from_reads(
        &super::reads::read(netsuite, &ask()).await?,
        netsuite.role(),
    )
}

/// What the certificate step reads: the real-time certificate, and a signing probe of a message that says what
/// it is and when.
pub fn ask() -> super::reads::Ask {
    super::reads::Ask {
        certificate: Some(crate::platform::companion::SignProbe {
            script_id: SCRIPT_ID.into(),
            message: format!("oa-rt signing probe {}", crate::clock::rfc3339()),
        }),
        ..Default::default()
    }
}

/// The certificate from what was read (`role`: the role oa-rt signs in with, for the fix of a refusal): its
/// metadata and public certificate, and whether its key signs the probe's message so that the public certificate
/// verifies it.
pub fn from_reads(reads: &super::reads::Reads, role: &str) -> Result<Part<Observation>> {
    let got = match &reads.certificate {
        Ok(v) => v.clone(),
        Err(Unread::Missing(_)) => {
            return Ok(Err(Unobserved::new(
                Verdict::Fail,
                "cannot read custcertificate_oa_realtime: the companion RESTlet is not installed",
            )
            .fix(super::COMPANION_INSTALL_FIX)));
        }
        Err(u) => {
            if let Unread::Companion { error: c, .. } = u
                && permissions::is_permission_violation(&c.code, &c.message)
            {
                let access = &permissions::CERTIFICATE_ACCESS;
                return Ok(Err(Unobserved::new(
                    Verdict::Warn,
                    format!(
                        "cannot inspect {SCRIPT_ID}: restricted: the role oa-rt signs in with ('{role}') lacks {} ({}: {})",
                        access.display(),
                        c.code,
                        c.message
                    ),
                )
                .fix(format!(
                    "grant {}: {}",
                    access.display(),
                    access.ui_path(role)
                ))));
            }
            return super::part(Err(u.error()));
        }
    };
    if !got.exists {
        return Ok(Ok(Observation {
            exists: false,
            name: None,
            description: None,
            file_type: None,
            info: None,
            placeholder: false,
            probe: None,
            restricted: None,
        }));
    }
    let restricted = got.restricted(crate::platform::companion::SCRIPT);
    let pem = got.public_certificate_pem.as_deref();
    let info = pem.and_then(|p| certinfo::inspect_pem(p).ok());
    let name = got.name.clone();
    let placeholder =
        name.as_deref() == Some(PLACEHOLDER_NAME) || (pem.is_some() && info.is_none());
    let probe = match &reads.signature {
        Ok(v) => match pem {
            Some(p) if info.is_some() => {
                if certinfo::verify_signature(p, reads.message.as_bytes(), &v.signature) {
                    Probe::Verified
                } else {
                    Probe::Mismatch
                }
            }
            _ => Probe::Unchecked,
        },
        Err(Unread::Companion { error: c, .. }) => {
            Probe::Refused(format!("{}: {}", c.code, c.message))
        }
        Err(u) => return Err(u.error()),
    };
    Ok(Ok(Observation {
        exists: true,
        name,
        description: got.description,
        file_type: got.file_type,
        info,
        placeholder,
        probe: Some(probe),
        restricted,
    }))
}

/// Whether the signing probe leaves the certificate in good standing: it verified, or NetSuite does not let
/// oa-rt ask (restricted) and nothing contradicts the certificate.
pub fn signing_acceptable(obs: &Observation) -> bool {
    match &obs.probe {
        Some(Probe::Verified) => true,
        Some(Probe::Refused(_)) | Some(Probe::Unchecked) | None => obs.restricted.is_some(),
        Some(Probe::Mismatch) => false,
    }
}

/// OpenAir's health-check text for a certificate state.
pub fn health_text(obs: &Observation, now: i64) -> String {
    match &obs.info {
        None if obs.restricted.is_some() => {
            "unknown: oa-rt may not inspect the certificate; OpenAir's Tips page shows it".into()
        }
        Some(i) if obs.exists && !obs.placeholder && i.not_after > now && i.not_before <= now => {
            format!(
                "Current real-time import certificate is valid until {}",
                date(i.not_after)
            )
        }
        _ => "No valid certificate available for real-time import".into(),
    }
}

pub fn date(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

/// How close to its expiry a certificate may come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// The default judgement (`status`, `plan`, `apply`), fitted to OpenAir's own rotation "one to two weeks
    /// before the previous certificate expires" (seed step 6): `warn` within `warn_days` (`oa-rt.toml`'s
    /// `certificate_window_days`, 14 by default) — OpenAir should rotate it by the last day of its window, seven days
    /// before expiry; `fail` once that day has passed without a new certificate (six days or fewer left).
    Rotation { warn_days: i64 },
    /// An explicit predicate (`cert check --within N`, `cert rotate --if-expiring-within N`; 0: valid now):
    /// `fail` within N days. Outside them OpenAir's rotation is still reported, as a warning at most.
    Within(i64),
}

/// The last day of OpenAir's automatic rotation window, in days before expiry (the window is one to two weeks
/// before it: `certinfo::rotation_window`).
pub const ROTATED_BY_DAYS: i64 = 7;

/// An expiry judgement: the verdict, what was seen, and the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expiry {
    pub verdict: Verdict,
    pub detail: String,
    pub fix: Option<&'static str>,
}

/// Judges a certificate valid until `not_after` at `now` against a window. Pure.
pub fn expiry(not_after: i64, now: i64, window: Window) -> Expiry {
    const DAY: i64 = 86_400;
    if not_after <= now {
        return Expiry {
            verdict: Verdict::Fail,
            detail: format!(
                "expired on {}: No valid certificate available for real-time import",
                date(not_after)
            ),
            fix: Some(GENERATE),
        };
    }
    let left = (not_after - now).div_euclid(DAY);
    let rotate_by = not_after - ROTATED_BY_DAYS * DAY;
    let rotation_passed = now > rotate_by;
    let expires = format!("expires in {left} days ({})", date(not_after));
    let by = day(rotate_by);
    let rotation = if rotation_passed {
        Expiry {
            verdict: Verdict::Fail,
            detail: format!(
                "{expires}: OpenAir's automatic rotation window (one to two weeks before expiry) ended on {by} with no new certificate"
            ),
            fix: Some(
                "oa-rt cert rotate (\"Generate new real-time import certificate\" in OpenAir); OpenAir's own rotation needs Certificate Management on the integration role (`oa-rt role`)",
            ),
        }
    } else {
        Expiry {
            verdict: Verdict::Warn,
            detail: format!("{expires}: OpenAir should rotate it by {by}"),
            fix: Some(
                "nothing yet: OpenAir replaces it by itself one to two weeks before expiry; `oa-rt cert rotate` replaces it now",
            ),
        }
    };
    let ok = Expiry {
        verdict: Verdict::Ok,
        detail: format!(
            "Current real-time import certificate is valid until {} ({left} days)",
            date(not_after)
        ),
        fix: None,
    };
    match window {
        Window::Rotation { warn_days } if rotation_passed || left < warn_days => rotation,
        Window::Rotation { .. } => ok,
        Window::Within(days) if left < days => Expiry {
            verdict: Verdict::Fail,
            detail: format!(
                "{expires}, inside the {days}-day window; OpenAir should rotate it by {by}"
            ),
            fix: Some("oa-rt cert rotate (or wait for OpenAir's automatic rotation)"),
        },
        // Outside an explicit window the predicate holds; OpenAir's rotation is still said, as a warning.
        Window::Within(_) if left < 2 * ROTATED_BY_DAYS => Expiry {
            verdict: Verdict::Warn,
            ..rotation
        },
        Window::Within(_) => ok,
    }
}

/// A date without the time.
fn day(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

const GENERATE: &str = "OpenAir: Administration > NetSuite Connector > Tips > \"Generate new real-time import certificate\" (`oa-rt cert rotate` guides it)";

/// Check: present, not the placeholder, valid now and as `window` asks, and able to sign.
pub fn check(obs: &Part<Observation>, now: i64, window: Window) -> Vec<Finding> {
    let finding = |verdict, detail: String, fix: Option<&str>| Finding {
        check: "real-time certificate".into(),
        verdict,
        detail,
        fix: fix.map(str::to_string),
    };
    let generate = GENERATE;
    let obs = match obs {
        Ok(obs) => obs,
        Err(u) => return vec![u.finding("real-time certificate")],
    };
    if !obs.exists {
        return vec![finding(
            Verdict::Fail,
            format!(
                "{SCRIPT_ID} does not exist: No valid certificate available for real-time import"
            ),
            Some(generate),
        )];
    }
    if obs.placeholder {
        return vec![finding(
            Verdict::Fail,
            format!(
                "{SCRIPT_ID} is still the placeholder {PLACEHOLDER_NAME}: OpenAir never generated a certificate"
            ),
            Some(generate),
        )];
    }
    let mut out = Vec::new();
    match (&obs.info, &obs.restricted) {
        (None, Some(why)) => {
            if obs.probe == Some(Probe::Mismatch) {
                out.push(finding(
                    Verdict::Fail,
                    "NetSuite's signature does not verify against the certificate: its key and certificate do not match".into(),
                    Some(generate),
                ));
            } else {
                out.push(finding(
                    Verdict::Warn,
                    format!("cannot inspect {SCRIPT_ID}: restricted: {why}"),
                    Some(RESTRICTED_FIX),
                ));
            }
            return out;
        }
        (None, None) => out.push(finding(
            Verdict::Warn,
            format!(
                "{SCRIPT_ID} is a {} file whose certificate cannot be read without its password; the signing probe is the evidence",
                obs.file_type.as_deref().unwrap_or("?")
            ),
            None,
        )),
        (Some(i), _) if i.not_before > now && i.not_after > now => out.push(finding(
            Verdict::Fail,
            format!("not valid before {}", date(i.not_before)),
            Some(generate),
        )),
        (Some(i), _) => {
            let e = expiry(i.not_after, now, window);
            out.push(finding(e.verdict, e.detail, e.fix));
        }
    }
    match &obs.probe {
        Some(Probe::Verified) => {}
        Some(Probe::Unchecked) => {}
        Some(Probe::Mismatch) => out.push(Finding {
            check: "signing probe".into(),
            verdict: Verdict::Fail,
            detail: "NetSuite's signature does not verify against the certificate: its key and certificate do not match".into(),
            fix: Some(generate.into()),
        }),
        Some(Probe::Refused(why)) if obs.restricted.is_some() => out.push(
            Finding::new(
                "signing probe",
                Verdict::Warn,
                format!(
                    "cannot inspect: restricted: {}; NetSuite did not let oa-rt sign with {SCRIPT_ID} ({why})",
                    obs.restricted.as_deref().unwrap_or_default()
                ),
            )
            .fix(RESTRICTED_FIX),
        ),
        Some(Probe::Refused(why)) => out.push(Finding {
            check: "signing probe".into(),
            verdict: Verdict::Fail,
            detail: format!("NetSuite could not sign with {SCRIPT_ID}: {why}"),
            fix: Some(generate.into()),
        }),
        None => {}
    }
    out
}

/// The SHA-256 fingerprint of the certificate observed, if one could be read.
pub fn fingerprint(obs: Option<&Observation>) -> Option<String> {
    obs.and_then(|o| o.info.as_ref())
        .map(|i| i.sha256_fingerprint.clone())
}

/// Whether the certificate fails its checks against a window.
pub fn due(obs: &Part<Observation>, now: i64, window: Window) -> bool {
    !check(obs, now, window).iter().all(|f| f.verdict.passes())
}

/// Step 7: the real-time certificate.
pub struct Certificate;

impl Step for Certificate {
    fn id(&self) -> StepId {
        StepId::Certificate
    }

    fn explain(&self) -> &'static str {
        "OpenAir generates the certificate NetSuite signs each import with and uploads it into NetSuite as custcertificate_oa_realtime."
    }

    fn check(&self, view: &View<'_>) -> Vec<Finding> {
        check(&view.snap.certificate, view.now, view.target.window())
    }

    fn plan(&self, view: &View<'_>) -> Vec<Item> {
        let cert = &view.snap.certificate;
        if cert.is_err() {
            // Nothing can be observed without the companion: the check says so; no change fixes it here.
            return Vec::new();
        }
        let findings = check(cert, view.now, view.target.window());
        let Some(failing) = findings.iter().find(|f| f.verdict == Verdict::Fail) else {
            return Vec::new();
        };
        let valid_now = !due(cert, view.now, Window::Within(0));
        vec![Item {
            step: StepId::Certificate,
            what: if valid_now {
                "rotate the real-time certificate".into()
            } else {
                "generate the real-time certificate".into()
            },
            now: failing.detail.clone(),
            wanted: format!(
                "valid beyond {} days, signing",
                view.target.certificate_window_days
            ),
            how: How::Guided,
            action: Action::Certificate { rotate: valid_now },
        }]
    }

    fn apply<'a>(
        &'a self,
        cx: &'a Apply<'a>,
        items: &'a [&'a Item],
        result: &'a mut Applied,
    ) -> LocalBoxFuture<'a, Result<()>> {
        apply(cx, items, result).boxed_local()
    }
}

async fn apply(cx: &Apply<'_>, items: &[&Item], result: &mut Applied) -> Result<()> {
    let ns = &cx.clients.netsuite;
    for item in items {
        let before = observe(ns).await?;
        if !due(&before, cx.clients.netsuite.now(), cx.target.window()) {
            result.push(item, Outcome::AlreadyDone);
            continue;
        }
        let g = generate_and_watch(cx.operator, ns, before.as_ref().ok(), cx.timeout).await?;
        if g == GuideOutcome::Waiting {
            result.open.push(generate_guided());
        }
        result.push(item, Outcome::of_guided(g));
    }
    Ok(())
}

/// The guided step that makes OpenAir generate a certificate and upload it into NetSuite.
pub fn generate_guided() -> Guided {
    Guided {
        title: "Generate a new real-time import certificate in OpenAir".into(),
        why: "OpenAir makes the key pair and certificate and uploads them into NetSuite; no API does it".into(),
        steps: vec![
            // OpenAir's help: "Real-Time Record Import Certificate and Certificate Rotation" (SuiteProjects Pro
            // article_0124073449): Administration > NetSuite Connector, the Tips button, the menu item.
            "Sign in to OpenAir (now named NetSuite SuiteProjects Pro; the UI may show either name) as an administrator".into(),
            "Go to Administration > NetSuite Connector".into(),
            "Click the Tips button, then click \"Generate new real-time import certificate\"".into(),
            "Wait for the health check to show \"Current real-time import certificate is valid until <date>\"".into(),
        ],
        simulate: Some(UiAction::GenerateCertificate),
    }
}

/// Guides the generation and watches NetSuite until it holds a certificate with a new fingerprint, a later
/// expiry than `before`, and a verified signing probe (`Declined` when the time runs out).
pub async fn generate_and_watch(
    operator: &Operator,
    ns: &NetSuite,
    before: Option<&Observation>,
    timeout: Duration,
) -> Result<GuideOutcome> {
    let old_fingerprint = fingerprint(before);
    // A placeholder's dates mean nothing: any real certificate replaces it.
    let old_until = before
        .filter(|o| !o.placeholder)
        .and_then(|o| o.info.as_ref())
        .map(|i| i.not_after)
        .unwrap_or(0);
    let watch = Watch {
        what: "a newer certificate in NetSuite that signs".into(),
        timeout,
        interval: Duration::from_secs(5),
    };
    operator
        .guide_and_watch(&generate_guided(), &watch, || async {
            let o = observe(ns).await?.ok();
            let newer = o
                .as_ref()
                .and_then(|o| o.info.as_ref())
                .is_some_and(|i| i.not_after > old_until);
            Ok(newer
                && fingerprint(o.as_ref()) != old_fingerprint
                && o.as_ref().is_some_and(signing_acceptable))
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(not_before: i64, not_after: i64) -> CertInfo {
        CertInfo {
            subject: "CN=acme".into(),
            issuer: "CN=acme".into(),
            serial: "01".into(),
            key_type: "RSA".into(),
            key_bits: 2048,
            curve: None,
            not_before,
            not_after,
            sha256_fingerprint: "AA".into(),
            self_signed: true,
        }
    }

    fn obs(info: Option<CertInfo>, placeholder: bool, probe: Probe) -> Observation {
        Observation {
            exists: true,
            name: Some("OpenAir Real-Time Import".into()),
            description: None,
            file_type: Some("PEM".into()),
            info,
            placeholder,
            probe: Some(probe),
            restricted: None,
        }
    }

    const DAY: i64 = 86_400;
    const W14: Window = Window::Rotation { warn_days: 14 };

    #[test]
    fn the_default_window_fits_openairs_rotation() {
        let now = 1_000 * DAY;
        let at = |days: i64| expiry(now + days * DAY, now, W14);
        assert_eq!(at(200).verdict, Verdict::Ok);
        assert_eq!(
            at(14).verdict,
            Verdict::Ok,
            "14 days left: outside the window"
        );
        let twelve = at(12);
        assert_eq!(twelve.verdict, Verdict::Warn);
        // Expiry minus seven days: the last day of the one-to-two-week window.
        assert!(
            twelve.detail.contains(&format!(
                "OpenAir should rotate it by {}",
                day(now + 5 * DAY)
            )),
            "{}",
            twelve.detail
        );
        assert!(twelve.fix.unwrap().starts_with("nothing yet"));
        assert_eq!(at(7).verdict, Verdict::Warn, "the last day of the window");
        assert_eq!(expiry(now + 7 * DAY - 1, now, W14).verdict, Verdict::Fail);
        let six = at(6);
        assert_eq!(six.verdict, Verdict::Fail);
        assert!(
            six.detail.contains("with no new certificate"),
            "{}",
            six.detail
        );
        assert_eq!(at(1).verdict, Verdict::Fail);
        let expired = expiry(now - DAY, now, W14);
        assert_eq!(expired.verdict, Verdict::Fail);
        assert!(expired.detail.starts_with("expired on"));
        assert_eq!(expiry(now, now, W14).verdict, Verdict::Fail);
        // A longer warning window warns earlier; a short one never warns, but the rotation deadline still fails.
        let w30 = Window::Rotation { warn_days: 30 };
        assert_eq!(expiry(now + 20 * DAY, now, w30).verdict, Verdict::Warn);
        let w0 = Window::Rotation { warn_days: 0 };
        assert_eq!(expiry(now + 12 * DAY, now, w0).verdict, Verdict::Ok);
        assert_eq!(expiry(now + 6 * DAY, now, w0).verdict, Verdict::Fail);
        assert_eq!(expiry(now - 1, now, w0).verdict, Verdict::Fail);
    }

    #[test]
    fn an_explicit_window_fails_inside_it_and_only_warns_outside() {
        let now = 1_000 * DAY;
        let at =
            |days: i64, within: i64| expiry(now + days * DAY, now, Window::Within(within)).verdict;
        assert_eq!(at(12, 14), Verdict::Fail);
        assert!(
            expiry(now + 12 * DAY, now, Window::Within(14))
                .detail
                .contains("inside the 14-day window")
        );
        assert_eq!(at(12, 7), Verdict::Warn, "OpenAir's rotation is still said");
        assert_eq!(
            at(5, 3),
            Verdict::Warn,
            "past the rotation, outside the window"
        );
        assert_eq!(at(20, 7), Verdict::Ok);
        assert_eq!(at(100, 120), Verdict::Fail);
        assert_eq!(
            expiry(now - 1, now, Window::Within(0)).verdict,
            Verdict::Fail
        );
        assert_eq!(at(1, 0), Verdict::Warn, "valid now");
    }

    #[test]
    fn verdicts() {
        let now = 1_000 * DAY;
        let verdict = |o: Option<&Observation>, within| {
            let part = o.cloned().ok_or_else(|| {
                Unobserved::new(Verdict::Fail, "cannot read custcertificate_oa_realtime")
            });
            check(&part, now, Window::Within(within))
                .iter()
                .map(|f| f.verdict)
                .max_by_key(|v| *v as u8)
                .unwrap()
        };
        let good = obs(
            Some(info(now - DAY, now + 100 * DAY)),
            false,
            Probe::Verified,
        );
        assert_eq!(verdict(Some(&good), 14), Verdict::Ok);
        assert_eq!(
            verdict(Some(&good), 120),
            Verdict::Fail,
            "inside the window"
        );
        let expired = obs(
            Some(info(now - 10 * DAY, now - DAY)),
            false,
            Probe::Verified,
        );
        assert_eq!(verdict(Some(&expired), 14), Verdict::Fail);
        let placeholder = obs(None, true, Probe::Refused("x".into()));
        assert!(
            check(&Ok(placeholder.clone()), now, W14)[0]
                .detail
                .contains("placeholder")
        );
        let mismatch = obs(
            Some(info(now - DAY, now + 100 * DAY)),
            false,
            Probe::Mismatch,
        );
        assert_eq!(verdict(Some(&mismatch), 14), Verdict::Fail);
        assert_eq!(verdict(None, 14), Verdict::Fail);
        let missing = Observation {
            exists: false,
            ..good.clone()
        };
        assert!(
            check(&Ok(missing.clone()), now, W14)[0]
                .detail
                .contains("No valid certificate available")
        );
        assert!(
            health_text(&good, now)
                .starts_with("Current real-time import certificate is valid until")
        );
        assert_eq!(
            health_text(&expired, now),
            "No valid certificate available for real-time import"
        );
    }

    #[test]
    fn a_restricted_certificate_is_a_warning_never_a_false_alarm() {
        let now = 1_000 * DAY;
        let why = "Restrict to Scripts names only customscript_oa_send_record_v2";
        let refused = Probe::Refused("SSS_SIGNING_FAILED: restricted".into());
        // Nothing readable: one warning, with the fix, and no "generate a new certificate".
        let unreadable = Observation {
            name: None,
            restricted: Some(why.into()),
            ..obs(None, false, refused.clone())
        };
        let findings = check(&Ok(unreadable.clone()), now, W14);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].verdict, Verdict::Warn);
        assert!(
            findings[0]
                .detail
                .starts_with("cannot inspect custcertificate_oa_realtime: restricted: ")
        );
        assert_eq!(findings[0].fix.as_deref(), Some(RESTRICTED_FIX));
        assert!(!due(&Ok(unreadable.clone()), now, W14));
        assert!(signing_acceptable(&unreadable));
        // The dates readable, only the signing refused: the dates are checked, the probe is a warning.
        let dated = Observation {
            restricted: Some(why.into()),
            ..obs(
                Some(info(now - DAY, now + 100 * DAY)),
                false,
                refused.clone(),
            )
        };
        let verdicts: Vec<_> = check(&Ok(dated.clone()), now, W14)
            .iter()
            .map(|f| f.verdict)
            .collect();
        assert_eq!(verdicts, vec![Verdict::Ok, Verdict::Warn]);
        let expired = Observation {
            info: Some(info(now - 10 * DAY, now - DAY)),
            ..dated.clone()
        };
        assert_eq!(
            check(&Ok(expired), now, W14)[0].verdict,
            Verdict::Fail,
            "what is seen still counts"
        );
        // A signature that does not verify is a real failure, restricted or not.
        let mismatch = Observation {
            probe: Some(Probe::Mismatch),
            ..unreadable
        };
        assert_eq!(
            check(&Ok(mismatch.clone()), now, W14)[0].verdict,
            Verdict::Fail
        );
        assert!(!signing_acceptable(&mismatch));
        // Without a restriction a refused probe stays a failure.
        let plain = obs(Some(info(now - DAY, now + 100 * DAY)), false, refused);
        assert!(
            check(&Ok(plain.clone()), now, W14)
                .iter()
                .any(|f| f.verdict == Verdict::Fail)
        );
        assert!(!signing_acceptable(&plain));
    }
}
