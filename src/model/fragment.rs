//! Reading and writing the scan's share code in a URL fragment without disturbing the rest.
//!
//! The fragment is treated as `&`-separated parts; ours is `bouwstenen=<code>`. Every other
//! part (a host page's own anchor or `#/route`) is kept as it was, in its place.

pub const SHARE_KEY: &str = "bouwstenen";

/// The share code in a fragment (with or without its leading `#`), if the fragment has one.
pub fn share_code(fragment: &str) -> Option<&str> {
    parts(fragment).find_map(|part| part.strip_prefix(SHARE_KEY)?.strip_prefix('='))
}

/// The fragment (without `#`) with our part set to `code`, or removed when `code` is `None`.
pub fn with_share_code(fragment: &str, code: Option<&str>) -> String {
    let ours = |part: &&str| {
        part.strip_prefix(SHARE_KEY)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('='))
    };
    let mut kept: Vec<String> = parts(fragment)
        .filter(|part| !part.is_empty() && !ours(part))
        .map(str::to_owned)
        .collect();
    if let Some(code) = code {
        kept.push(format!("{SHARE_KEY}={code}"));
    }
    kept.join("&")
}

fn parts(fragment: &str) -> std::str::Split<'_, char> {
    fragment.strip_prefix('#').unwrap_or(fragment).split('&')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_our_code_among_other_parts() {
        assert_eq!(share_code("#bouwstenen=AbC"), Some("AbC"));
        assert_eq!(share_code("#/route&bouwstenen=AbC&x=1"), Some("AbC"));
        assert_eq!(share_code("bouwstenen="), Some(""));
        assert_eq!(share_code("#/route"), None);
        assert_eq!(share_code(""), None);
        assert_eq!(share_code("#bouwstenenX=1"), None);
    }

    #[test]
    fn writing_keeps_the_hosts_parts() {
        assert_eq!(with_share_code("", Some("AbC")), "bouwstenen=AbC");
        assert_eq!(
            with_share_code("#/route", Some("AbC")),
            "/route&bouwstenen=AbC"
        );
        assert_eq!(
            with_share_code("#/route&bouwstenen=old", Some("new")),
            "/route&bouwstenen=new"
        );
        assert_eq!(with_share_code("#top&bouwstenen=old", None), "top");
        assert_eq!(with_share_code("#bouwstenen=old", None), "");
    }
}
