//! Reading and writing a widget's share code in the URL fragment without disturbing the rest.
//!
//! Each widget has its own key (`bouwstenen`, or `bouwstenen-<name>` for a named one), so two
//! widgets on one page never read each other's code. The fragment is read as parameters
//! separated by `&` or by the first `?`, the way hash routers (`#/route?x=1`) write them.
//! Every other part of the fragment is kept as it was, in its place:
//!
//! | fragment before | after writing code `C` |
//! |---|---|
//! | (empty) | `bouwstenen=C` |
//! | `#top` | `top&bouwstenen=C` |
//! | `#/route` | `/route?bouwstenen=C` |
//! | `#/route?tab=2` | `/route?tab=2&bouwstenen=C` |

/// The key of a widget without a name.
pub use super::contract::DEFAULT_KEY;

/// The share code under `key` in a fragment (with or without its leading `#`), if any.
pub fn share_code<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    parameters(fragment).find_map(|part| value_of(part, key))
}

/// The fragment (without `#`) with `key`'s code set to `code`, or removed when `code` is
/// `None`.
pub fn with_share_code(fragment: &str, key: &str, code: Option<&str>) -> String {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (head, query) = match fragment.split_once('?') {
        Some((head, query)) => (head, Some(query)),
        None => (fragment, None),
    };
    let others = |text: &str| -> Vec<String> {
        text.split('&')
            .filter(|part| !part.is_empty() && !is_key(part, key))
            .map(str::to_owned)
            .collect()
    };
    let mut head_parts = others(head);
    let mut query_parts = query.map(others).unwrap_or_default();
    if let Some(code) = code {
        let ours = format!("{key}={code}");
        // A hash route takes its parameters after `?`, as the router writes its own.
        if head.starts_with('/') || query.is_some() {
            query_parts.push(ours);
        } else {
            head_parts.push(ours);
        }
    }
    let head = head_parts.join("&");
    if query_parts.is_empty() {
        head
    } else {
        format!("{head}?{}", query_parts.join("&"))
    }
}

/// Where a widget's share links point, fixed when it mounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareTarget {
    /// `data-share-base`, or the page's address without its fragment.
    pub address: String,
    /// The rest of the page's fragment (a hash route, say), kept in the link; empty with a
    /// configured base.
    pub fragment: String,
    /// The widget's key.
    pub key: String,
}

impl ShareTarget {
    /// The link that opens the result (or comparison) `code`.
    pub fn link(&self, code: &str) -> String {
        let fragment = with_share_code(&self.fragment, &self.key, Some(code));
        format!("{}#{fragment}", self.address)
    }
}

/// The first share code in a fragment under any widget's key (`bouwstenen`, or
/// `bouwstenen-<name>`): for links pasted by a visitor, which may come from any widget.
pub fn any_share_code(fragment: &str) -> Option<&str> {
    parameters(fragment).find_map(|part| {
        let (key, value) = part.split_once('=')?;
        key.starts_with(DEFAULT_KEY).then_some(value)
    })
}

fn parameters(fragment: &str) -> impl Iterator<Item = &str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split(['&', '?'])
}

fn value_of<'a>(part: &'a str, key: &str) -> Option<&'a str> {
    part.strip_prefix(key)?.strip_prefix('=')
}

fn is_key(part: &str, key: &str) -> bool {
    part.strip_prefix(key)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('='))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = DEFAULT_KEY;

    #[test]
    fn finds_our_code_among_other_parts() {
        assert_eq!(share_code("#bouwstenen=AbC", KEY), Some("AbC"));
        assert_eq!(share_code("#top&bouwstenen=AbC&x=1", KEY), Some("AbC"));
        assert_eq!(share_code("#/route?bouwstenen=AbC", KEY), Some("AbC"));
        assert_eq!(share_code("#/route?tab=2&bouwstenen=AbC", KEY), Some("AbC"));
        assert_eq!(share_code("bouwstenen=", KEY), Some(""));
        assert_eq!(share_code("#/route", KEY), None);
        assert_eq!(share_code("", KEY), None);
        assert_eq!(share_code("#bouwstenenX=1", KEY), None);
    }

    #[test]
    fn a_share_link_keeps_the_page_and_its_route_and_sets_only_our_code() {
        let target = ShareTarget {
            address: "https://gemeente.example/artikel".into(),
            fragment: "#/route?tab=2&bouwstenen=OLD".into(),
            key: KEY.into(),
        };
        assert_eq!(
            target.link("NEW"),
            "https://gemeente.example/artikel#/route?tab=2&bouwstenen=NEW"
        );
        let configured = ShareTarget {
            address: "https://www.example.nl/scan".into(),
            fragment: String::new(),
            key: "bouwstenen-team".into(),
        };
        assert_eq!(
            configured.link("C"),
            "https://www.example.nl/scan#bouwstenen-team=C"
        );
    }

    #[test]
    fn a_pasted_link_gives_the_code_of_any_widget() {
        assert_eq!(any_share_code("#/route?tab=2&bouwstenen-team=B"), Some("B"));
        assert_eq!(any_share_code("top&bouwstenen=A&bouwstenen-2=C"), Some("A"));
        assert_eq!(any_share_code("#top"), None);
    }

    #[test]
    fn each_key_reads_only_its_own_code() {
        let fragment = "#bouwstenen=A&bouwstenen-team=B";
        assert_eq!(share_code(fragment, KEY), Some("A"));
        assert_eq!(share_code(fragment, "bouwstenen-team"), Some("B"));
        assert_eq!(
            with_share_code(fragment, "bouwstenen-team", None),
            "bouwstenen=A"
        );
        assert_eq!(
            with_share_code(fragment, KEY, Some("C")),
            "bouwstenen-team=B&bouwstenen=C"
        );
    }

    #[test]
    fn writing_keeps_the_hosts_parts() {
        assert_eq!(with_share_code("", KEY, Some("AbC")), "bouwstenen=AbC");
        assert_eq!(
            with_share_code("#top", KEY, Some("AbC")),
            "top&bouwstenen=AbC"
        );
        assert_eq!(with_share_code("#top&bouwstenen=old", KEY, None), "top");
        assert_eq!(with_share_code("#bouwstenen=old", KEY, None), "");
    }

    #[test]
    fn hash_routes_keep_their_route_and_get_a_query() {
        assert_eq!(
            with_share_code("#/route", KEY, Some("C")),
            "/route?bouwstenen=C"
        );
        assert_eq!(
            with_share_code("#/route?tab=2", KEY, Some("C")),
            "/route?tab=2&bouwstenen=C"
        );
        assert_eq!(
            with_share_code("#/route?bouwstenen=old", KEY, Some("new")),
            "/route?bouwstenen=new"
        );
        assert_eq!(
            with_share_code("#/route?bouwstenen=old", KEY, None),
            "/route"
        );
        assert_eq!(
            with_share_code("#/route?tab=2&bouwstenen=old", KEY, None),
            "/route?tab=2"
        );
    }

    #[test]
    fn round_trip_through_any_host_fragment() {
        for host in [
            "",
            "#top",
            "#/a/b",
            "#/a?x=1&y=2",
            "#x=1&y=2",
            "#bouwstenen-other=Z",
        ] {
            let written = with_share_code(host, KEY, Some("CODE"));
            assert_eq!(share_code(&written, KEY), Some("CODE"), "{host}");
            let removed = with_share_code(&written, KEY, None);
            assert_eq!(removed, host.trim_start_matches('#'), "{host}");
        }
    }
}
