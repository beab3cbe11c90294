//! Building the one outside address the widget offers: a plain LinkedIn share link.

/// LinkedIn's share address for `link` (a plain link: no SDK, no script, no tracking).
pub fn linkedin_share(link: &str) -> String {
    format!(
        "https://www.linkedin.com/sharing/share-offsite/?url={}",
        percent_encode(link)
    )
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_link_fragment_included_is_one_encoded_parameter() {
        assert_eq!(
            linkedin_share("https://x.nl/scan?a=1#bouwstenen=Ab-_~C"),
            "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fx.nl%2Fscan%3Fa%3D1%23bouwstenen%3DAb-_~C"
        );
        assert_eq!(percent_encode("é &"), "%C3%A9%20%26");
    }
}
