//! Small text helpers shared by messages.

/// The candidate closest to `input` when it is close enough to be a likely typo.
pub fn closest<'a>(input: &str, candidates: &'a [impl AsRef<str>]) -> Option<&'a str> {
    let input = input.to_ascii_lowercase();
    candidates
        .iter()
        .map(|c| {
            (
                c.as_ref(),
                strsim::jaro_winkler(&input, &c.as_ref().to_ascii_lowercase()),
            )
        })
        .filter(|(_, score)| *score >= 0.8)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_only_close_matches() {
        let names = ["upgrade", "healthy"];
        assert_eq!(closest("upgrad", &names), Some("upgrade"));
        assert_eq!(closest("HEALTHY", &names), Some("healthy"));
        assert_eq!(closest("zzz", &names), None);
    }
}
