//! NetSuite account ids: `1234567`, `1234567_SB1`, `1234567_RP`, `TSTDRV1234567`.
//!
//! The same id appears in two spellings: the TBA realm keeps it upper-case with the underscore (`1234567_SB1`), the
//! host label is lower-case with a dash (`1234567-sb1.suitetalk.api.netsuite.com`).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountId(String);

/// The longest account id base accepted (real ones are 7 digits, or TSTDRV and 7 digits).
const MAX_BASE_LEN: usize = 24;

impl AccountId {
    pub fn parse(input: &str) -> Result<Self, String> {
        if input.len() > 2 * MAX_BASE_LEN {
            return Err(format!(
                "a {}-character value is not a NetSuite account id (like 1234567, 1234567_SB1 or 1234567_RP; see Setup > Company > Company Information)",
                input.chars().count()
            ));
        }
        let id = input.trim().to_ascii_uppercase().replace('-', "_");
        let (base, suffix) = match id.split_once('_') {
            Some((b, s)) => (b, Some(s)),
            None => (id.as_str(), None),
        };
        // Letters (TSTDRV) then digits, of a sane length; a sandbox is SB and its number, a release preview RP.
        let digits_from = base
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(base.len());
        let base_ok = base.len() <= MAX_BASE_LEN
            && digits_from < base.len()
            && base[..digits_from].chars().all(|c| c.is_ascii_alphabetic())
            && base[digits_from..].chars().all(|c| c.is_ascii_digit());
        let suffix_ok = match suffix {
            None => true,
            Some(s) => match (s.strip_prefix("SB"), s.strip_prefix("RP")) {
                (Some(d), _) => (1..=3).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()),
                (_, Some(d)) => d.len() <= 3 && d.chars().all(|c| c.is_ascii_digit()),
                _ => false,
            },
        };
        if !base_ok || !suffix_ok || input.trim().is_empty() {
            return Err(format!(
                "'{input}' is not a NetSuite account id (like 1234567, 1234567_SB1 or 1234567_RP; see Setup > Company > Company Information)"
            ));
        }
        Ok(AccountId(id))
    }

    /// The realm of TBA signatures and the `realm` of `WWW-Authenticate`: `1234567_SB1`.
    pub fn realm(&self) -> &str {
        &self.0
    }

    /// The host label: `1234567-sb1`.
    pub fn host_label(&self) -> String {
        self.0.to_ascii_lowercase().replace('_', "-")
    }

    /// Sandbox accounts may only be paired with sandbox OpenAir companies.
    pub fn is_sandbox(&self) -> bool {
        self.0.contains("_SB")
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_the_same_account() {
        let a = AccountId::parse("1234567_sb1").unwrap();
        assert_eq!(a.realm(), "1234567_SB1");
        assert_eq!(a.host_label(), "1234567-sb1");
        assert!(a.is_sandbox());
        // The host spelling is accepted too.
        assert_eq!(AccountId::parse("1234567-SB1").unwrap(), a);
        let p = AccountId::parse("1234567").unwrap();
        assert_eq!(
            (p.realm(), p.host_label().as_str(), p.is_sandbox()),
            ("1234567", "1234567", false)
        );
        assert!(AccountId::parse("TSTDRV1234567").is_ok());
        assert_eq!(
            AccountId::parse("1234567_RP").unwrap().host_label(),
            "1234567-rp"
        );
    }

    #[test]
    fn malformed_ids_are_refused() {
        for bad in [
            "",
            "acme",
            "1234567_XX1",
            "1234 567",
            "1234567_SB1_SB2",
            "1234567_SBx",
            "https://x",
            "12x_SB",
            "1234567_SB",
            "12x",
            "1234567X",
            &"9".repeat(5000),
        ] {
            assert!(AccountId::parse(bad).is_err(), "{bad} accepted");
        }
    }
}
