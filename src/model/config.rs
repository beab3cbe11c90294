//! A widget's configuration, from its data attributes (or the options given to `mount()`),
//! parsed in one place. An invalid value never stops the widget: it falls back to the default
//! and is reported as a [`ConfigWarning`] for the console.

use super::contract::{
    DEFAULT_KEY, EARLIER_VERSION, MAX_CTA_TEXT_CHARS, MAX_NAME_CHARS, MAX_REFERENCE_LABEL_CHARS,
    NEEDS_CTA_HREF, NEEDS_CTA_TEXT, NEEDS_REFERENCE,
};
use super::i18n::{fill, Language};
use super::quiz::Content;
use super::share::ScanResult;
use super::{compare, fragment};

use super::contract::ARTICLE_ATTRIBUTE_PREFIX;
/// Longest address accepted from configuration.
const MAX_ADDRESS_LEN: usize = 2000;
/// Why an address with neither a scheme nor a leading `/` is refused.
const NO_SCHEME: &str = "address must start with https://, http:// or /";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetConfig {
    /// Fragment and storage key: `bouwstenen`, or `bouwstenen-<name>` for a named widget.
    pub key: String,
    /// From `data-lang`; `None`: follow the page.
    pub language: Option<Language>,
    /// Article address per block, in content order.
    pub articles: Vec<String>,
    /// Where share links point; `None`: the current page.
    pub share_base: Option<String>,
    /// The organisation's next step for the visitor, shown under the overall score.
    pub call_to_action: Option<CallToAction>,
    /// A profile the organisation puts beside every result.
    pub reference: Option<Reference>,
    /// A preview (the configurator's): nothing is stored or read from storage, and the
    /// address is neither read nor written, so the page around it keeps its own.
    pub preview: Preview,
    /// Where the visitor's progress (and the results they choose to keep) may be stored.
    pub storage: Storage,
}

/// `data-storage`: where the widget may store anything, chosen by the host (docs/privacy.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Storage {
    /// Local storage: progress survives closing the browser; kept results last 12 months.
    #[default]
    Local,
    /// Session storage: everything is gone when the tab closes.
    Session,
    /// Nothing is stored: a reload starts over.
    Nothing,
}

/// Whether the widget is a preview, and which screen it opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preview {
    #[default]
    Off,
    /// A preview of the start screen, as a visitor first sees it.
    Start,
    /// A preview of the results, with example answers: the call to action and the reference
    /// are there without answering every statement.
    Results,
}

impl Preview {
    pub fn is_on(self) -> bool {
        self != Preview::Off
    }
}

/// A reference profile ("Gemiddelde van 40 gemeenten, 2026"): a result as a share link holds
/// it, put in the snippet by the organisation, so the widget still fetches nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub result: ScanResult,
    /// From `data-reference-label`, else the name in the share code; `None`: the widget's own
    /// word ("Referentie").
    pub label: Option<String>,
}

/// A link the organisation puts under the overall score ("Plan een gesprek met ons").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallToAction {
    /// An `http(s)` address, a path on the site, `mailto:` or `tel:`.
    pub href: String,
    /// Plain text for the Dutch screen, and for the English one without `text_en`.
    pub text: String,
    pub text_en: Option<String>,
}

impl CallToAction {
    pub fn text(&self, language: Language) -> &str {
        match (language, &self.text_en) {
            (Language::English, Some(english)) => english,
            _ => &self.text,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    pub attribute: String,
    pub value: String,
    pub problem: &'static str,
}

impl std::fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}=\"{}\" ignored: {}",
            self.attribute, self.value, self.problem
        )
    }
}

/// Reads the configuration through `read` (attribute name -> value).
pub fn parse(
    content: &Content,
    // A trait object, not a generic: the parser is used for mounting and for the
    // configurator's check, and one copy of it in the wasm is enough.
    read: &dyn Fn(&str) -> Option<String>,
) -> (WidgetConfig, Vec<ConfigWarning>) {
    let mut warnings = Vec::new();
    let mut warn = |attribute: &str, value: &str, problem: &'static str| {
        warnings.push(ConfigWarning {
            attribute: attribute.to_owned(),
            value: value.to_owned(),
            problem,
        });
    };

    let key = match read("data-bouwstenen").map(|name| name.trim().to_owned()) {
        None => DEFAULT_KEY.to_owned(),
        Some(name) if name.is_empty() => DEFAULT_KEY.to_owned(),
        Some(name) if is_valid_name(&name) => format!("{DEFAULT_KEY}-{name}"),
        Some(name) => {
            warn(
                "data-bouwstenen",
                &name,
                "a name is 1 to 32 of a-z, 0-9 and -",
            );
            DEFAULT_KEY.to_owned()
        }
    };

    let language = read("data-lang").and_then(|lang| {
        let language = Language::from_tag(&lang);
        if language.is_none() {
            warn("data-lang", &lang, "not an available language (nl, en)");
        }
        language
    });

    // Every address attribute: read it, check it, and on a problem warn and drop it.
    let mut address = |attribute: &str, check: fn(&str) -> Option<&'static str>| {
        let value = read(attribute)?;
        match parse_address(&value).err().or_else(|| check(&value)) {
            None => Some(value),
            Some(problem) => {
                warn(attribute, &value, problem);
                None
            }
        }
    };
    let article_base = address("data-article-base", |base| {
        // Bytes, not `str::contains("{n}")`: the substring search would add a kilobyte or two
        // to the wasm for this one check.
        let has_blank = base.as_bytes().windows(3).any(|part| part == b"{n}");
        (!has_blank).then_some("must contain {n} where the block number goes")
    });
    let articles = content
        .blocks
        .iter()
        .map(|block| {
            let attribute = format!("{ARTICLE_ATTRIBUTE_PREFIX}{}", block.number);
            address(&attribute, |_| None)
                .or_else(|| {
                    article_base
                        .as_ref()
                        .map(|base| fill(base, &[("n", &block.number.to_string())]))
                })
                .unwrap_or_else(|| block.article.to_owned())
        })
        .collect();
    let share_base = address("data-share-base", |base| {
        let full = base.starts_with("http") && !base.contains('#');
        (!full).then_some("must be a full http(s) address without #")
    });

    let call_to_action = match (read("data-cta-href"), read("data-cta-text")) {
        (Some(href), Some(text)) => {
            let text_en = read("data-cta-text-en");
            let problems = [
                ("data-cta-href", &href, check_cta_href(&href)),
                ("data-cta-text", &text, check_cta_text(&text)),
            ]
            .into_iter()
            .chain(
                text_en
                    .as_ref()
                    .map(|english| ("data-cta-text-en", english, check_cta_text(english))),
            )
            .filter_map(|(attribute, value, problem)| Some((attribute, value, problem?)));
            // Every problem is told, so that one fix does not only reveal the next.
            let mut refused = false;
            for (attribute, value, problem) in problems {
                warn(attribute, value, problem);
                refused = true;
            }
            match refused {
                true => None,
                false => Some(CallToAction {
                    href,
                    text: text.trim().to_owned(),
                    text_en: text_en.map(|english| english.trim().to_owned()),
                }),
            }
        }
        (Some(href), None) => {
            warn("data-cta-href", &href, NEEDS_CTA_TEXT);
            None
        }
        (None, Some(text)) => {
            warn("data-cta-text", &text, NEEDS_CTA_HREF);
            None
        }
        (None, None) => None,
    };

    let reference_label = read("data-reference-label").and_then(|label| {
        match check_plain_text(&label, MAX_REFERENCE_LABEL_CHARS) {
            None => Some(label.trim().to_owned()),
            Some(problem) => {
                warn("data-reference-label", &label, problem);
                None
            }
        }
    });
    let reference = read("data-reference").and_then(|value| {
        // A share link (its fragment's code) or a bare code, as the configurator gives it.
        let value_code = value.trim();
        let code = match value_code.split_once('#') {
            Some((_, fragment)) => fragment::any_share_code(fragment).unwrap_or(fragment),
            None => value_code,
        };
        let (mut results, decoded) = match compare::decode_all(code) {
            Ok(results) => (results, true),
            Err(_) => (Vec::new(), false),
        };
        match (results.len(), decoded) {
            // A profile of an earlier version of the scan counts the answers to statements it
            // still asks; one with none of those would draw nothing.
            (1, true) => results
                .pop()
                .filter(|result| {
                    let counts = result.content_version >= content.version
                        || result
                            .answers
                            .iter()
                            .any(|(id, _)| content.statement(id).is_some());
                    if !counts {
                        warn("data-reference", &value, EARLIER_VERSION);
                    }
                    counts
                })
                .map(|result| Reference {
                    label: reference_label.clone().or_else(|| result.label.clone()),
                    result,
                }),
            (_, false) | (0, true) => {
                warn("data-reference", &value, "not a share code or share link");
                None
            }
            (_, true) => {
                warn(
                    "data-reference",
                    &value,
                    "holds a comparison; a reference is one result",
                );
                None
            }
        }
    });

    // A name for a profile that is not there names nothing: said, as a call to action's text
    // without its address is (the configurator then keeps it out of the code too).
    if let (None, Some(label)) = (&reference, &reference_label) {
        warn("data-reference-label", label, NEEDS_REFERENCE);
    }

    let preview = match read("data-preview").as_deref().map(str::trim) {
        None | Some("false") => Preview::Off,
        Some("" | "true") => Preview::Start,
        Some("results") => Preview::Results,
        Some(other) => {
            warn("data-preview", other, "not true, false or results");
            Preview::Off
        }
    };

    let storage = match read("data-storage").as_deref().map(str::trim) {
        None | Some("local") => Storage::Local,
        Some("session") => Storage::Session,
        Some("none") => Storage::Nothing,
        Some(other) => {
            warn("data-storage", other, "not local, session or none");
            Storage::Local
        }
    };

    (
        WidgetConfig {
            key,
            language,
            articles,
            share_base,
            call_to_action,
            reference,
            preview,
            storage,
        },
        warnings,
    )
}

/// A call to action leads to a page (as any address here), or starts an e-mail or a call.
fn check_cta_href(href: &str) -> Option<&'static str> {
    match href
        .strip_prefix("mailto:")
        .or_else(|| href.strip_prefix("tel:"))
    {
        Some("") => Some("mailto: or tel: needs an address or number"),
        // The same characters as any address: the scheme is the only difference.
        Some(rest) => parse_address(&["/", rest].concat()).err(),
        None => parse_address(href).err().map(|problem| match problem {
            NO_SCHEME => "address must start with https://, http://, /, mailto: or tel:",
            problem => problem,
        }),
    }
}

/// Plain text of at most 80 characters.
fn check_cta_text(text: &str) -> Option<&'static str> {
    check_plain_text(text, MAX_CTA_TEXT_CHARS)
}

/// Plain text of at most `max` characters. Markup is refused, never rendered: the view shows
/// text only, and a `<` here means the snippet was pasted wrong.
fn check_plain_text(text: &str, max: usize) -> Option<&'static str> {
    let text = text.trim();
    if text.is_empty() {
        Some("is empty")
    } else if text.chars().count() > max {
        Some(if max == MAX_CTA_TEXT_CHARS {
            "is longer than 80 characters"
        } else {
            "is longer than 60 characters"
        })
    } else if text
        .chars()
        .any(|c| matches!(c, '<' | '>') || c.is_control())
    {
        Some("must be plain text, without markup")
    } else {
        None
    }
}

fn is_valid_name(name: &str) -> bool {
    (1..=MAX_NAME_CHARS).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The widget's language: `data-lang` if valid, else the page's `<html lang>` if available,
/// else Dutch.
pub fn language(config: &WidgetConfig, page_lang: Option<&str>) -> Language {
    config
        .language
        .or_else(|| page_lang.and_then(Language::from_tag))
        .unwrap_or(Language::Dutch)
}

/// An address from configuration: absolute http(s), or a path on the host's own site
/// (`/artikelen/…`). Never `javascript:` or anything else a link must not carry.
pub fn parse_address(address: &str) -> Result<(), &'static str> {
    if address.len() > MAX_ADDRESS_LEN {
        return Err("address too long");
    }
    if address.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
    }) {
        return Err("address contains a character an address cannot have");
    }
    let after_scheme = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"));
    match after_scheme {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            if host.is_empty() {
                Err("address has no host")
            } else {
                Ok(())
            }
        }
        None if address.starts_with('/') && !address.starts_with("//") => Ok(()),
        None => Err(NO_SCHEME),
    }
}

#[cfg(test)]
mod tests;
