//! OpenAir's hosts (platform-facts §0): account-specific hosts under two domain families, sandbox and preview
//! environments; generic hosts are refused by OpenAir (XML error 426) since 2023.1.

/// The environment of an account-specific OpenAir URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlEnvironment {
    Production,
    Sandbox,
    Preview,
}

/// Checks an OpenAir URL: https, an account-specific host of a known domain family. Generic hosts are refused
/// (OpenAir answers 426 since 2023.1). Returns the company label and environment.
pub fn parse_openair_url(s: &str) -> std::result::Result<(String, UrlEnvironment), String> {
    let url = url::Url::parse(s).map_err(|_| format!("'{s}' is not a URL"))?;
    if url.scheme() != "https" {
        return Err(format!("'{s}' must use https"));
    }
    if !(url.path() == "/" || url.path().is_empty()) || url.query().is_some() {
        return Err(format!(
            "'{s}' must be the account's address alone, without a path (like https://acme.app.openair.com)"
        ));
    }
    let host = url.host_str().unwrap_or("").to_ascii_lowercase();
    let rest = ["openair.com", "netsuitesuiteprojectspro.com"]
        .iter()
        .find_map(|d| host.strip_suffix(&format!(".{d}")))
        .ok_or_else(|| {
            format!("'{host}' is not an OpenAir host (openair.com or netsuitesuiteprojectspro.com)")
        })?;
    let (company, env) = if let Some(c) = rest.strip_suffix(".app.sandbox") {
        (c, UrlEnvironment::Sandbox)
    } else if let Some(c) = rest.strip_suffix(".app.preview") {
        (c, UrlEnvironment::Preview)
    } else if let Some(c) = rest.strip_suffix(".app") {
        (c, UrlEnvironment::Production)
    } else {
        return Err(format!(
            "'{host}' is a generic OpenAir host (OpenAir answers error 426): use the account-specific one, <company>.app[.sandbox].openair.com or <company>.app[.sandbox].netsuitesuiteprojectspro.com"
        ));
    };
    if company.is_empty() || company.contains('.') {
        return Err(format!("'{host}' has no company id before .app"));
    }
    Ok((company.to_string(), env))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openair_urls() {
        assert_eq!(
            parse_openair_url("https://acme.app.sandbox.netsuitesuiteprojectspro.com").unwrap(),
            ("acme".into(), UrlEnvironment::Sandbox)
        );
        assert_eq!(
            parse_openair_url("https://acme.app.openair.com/")
                .unwrap()
                .1,
            UrlEnvironment::Production
        );
        assert!(
            parse_openair_url("https://www.openair.com")
                .unwrap_err()
                .contains("generic")
        );
        assert!(
            parse_openair_url("http://acme.app.openair.com")
                .unwrap_err()
                .contains("https")
        );
        assert!(
            parse_openair_url("https://acme.example.com")
                .unwrap_err()
                .contains("not an OpenAir host")
        );
        assert!(
            parse_openair_url("https://acme.app.openair.com/login")
                .unwrap_err()
                .contains("without a path")
        );
    }
}
