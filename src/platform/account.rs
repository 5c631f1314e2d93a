//! NetSuite account ids: `1234567`, `1234567_SB1`, `1234567_RP`, `TSTDRV1234567`.
//!
//! The same id appears in two spellings: the TBA realm keeps it upper-case with the underscore (`1234567_SB1`), the
//! host label is lower-case with a dash (`1234567-sb1.suitetalk.api.netsuite.com`).

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountId(String);

impl AccountId {
    pub fn parse(input: &str) -> Result<Self, String> {
        let id = input.trim().to_ascii_uppercase().replace('-', "_");
        let (base, suffix) = match id.split_once('_') {
            Some((b, s)) => (b, Some(s)),
            None => (id.as_str(), None),
        };
        let base_ok = !base.is_empty()
            && base.chars().all(|c| c.is_ascii_alphanumeric())
            && base.chars().any(|c| c.is_ascii_digit());
        let suffix_ok = match suffix {
            None => true,
            Some(s) => {
                let digits = s.strip_prefix("SB").or_else(|| s.strip_prefix("RP"));
                matches!(digits, Some(d) if d.chars().all(|c| c.is_ascii_digit()))
            }
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
        ] {
            assert!(AccountId::parse(bad).is_err(), "{bad} accepted");
        }
    }
}
