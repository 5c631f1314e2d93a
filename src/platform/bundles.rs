//! The SRP bundles the real-time import depends on, as NetSuite names them (platform-facts §1), and their
//! version numbers.

use std::cmp::Ordering;
use std::fmt;

/// NetSuite OpenAir SRP Integration (legacy id 2851).
pub const SRP_INTEGRATION: &str = "369637";
/// NetSuite OpenAir SRP Real-time Add-on (legacy id 12610).
pub const REALTIME_ADDON: &str = "369630";
/// NetSuite OpenAir Single Sign-On (legacy id 13512).
pub const SINGLE_SIGN_ON: &str = "369619";

/// The newest versions known (platform-facts §1): what the emulator's simulated operator installs when a guided
/// bundle update is played.
pub const NEWEST: &[(&str, &str)] = &[
    (SRP_INTEGRATION, "5.06"),
    (REALTIME_ADDON, "4.03"),
    (SINGLE_SIGN_ON, "7.01"),
];

/// The newest known version of a bundle.
pub fn newest(bundle: &str) -> Option<&'static str> {
    NEWEST.iter().find(|(id, _)| *id == bundle).map(|(_, v)| *v)
}

/// A bundle version such as `4.0`, `4.01`, `5.06`, compared as a decimal number (`4.01 < 4.1`, `4.10 == 4.1`).
#[derive(Debug, Clone)]
pub struct Version {
    whole: u64,
    /// Fraction digits without trailing zeros: "4.10" → "1".
    fraction: String,
    text: String,
}

impl Version {
    pub fn parse(text: &str) -> Option<Version> {
        let t = text.trim();
        let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
        if whole.is_empty()
            || !whole.chars().all(|c| c.is_ascii_digit())
            || !fraction.chars().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        Some(Version {
            whole: whole.parse().ok()?,
            fraction: fraction.trim_end_matches('0').to_string(),
            text: t.to_string(),
        })
    }

    /// For constants known to be valid.
    pub fn of(text: &str) -> Version {
        Version::parse(text).expect("valid version constant")
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        // Equal whole parts: compare the fractions digit by digit, the shorter padded with zeros.
        self.whole.cmp(&other.whole).then_with(|| {
            let width = self.fraction.len().max(other.fraction.len());
            let a = format!("{:0<width$}", self.fraction);
            let b = format!("{:0<width$}", other.fraction);
            a.cmp(&b)
        })
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn versions_compare_as_decimals() {
        assert!(v("4.01") < v("4.1"));
        assert!(v("4.02") < v("4.1"));
        assert_eq!(v("4.10").cmp(&v("4.1")), Ordering::Equal);
        assert!(v("4.0") == v("4"));
        assert!(v("3.11") < v("4.0"));
        assert!(v("5.06") > v("5.02"));
        assert!(v("10.0") > v("9.99"));
        for bad in ["", "x", "4.x", "4.0.1", ".5", "-1"] {
            assert!(Version::parse(bad).is_none(), "{bad}");
        }
    }
}
