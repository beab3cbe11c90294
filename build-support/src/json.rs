//! JSON text for the files the tools write from Rust data (the benchmark peer's content, the
//! placeholder's start-screen texts): just string quoting, no serializer needed.

/// `value` as a JSON string literal, quotes included.
pub fn string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::string;

    #[test]
    fn quotes_escapes_and_keeps_everything_else() {
        assert_eq!(string("Weet ik niet"), "\"Weet ik niet\"");
        assert_eq!(string("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
        assert_eq!(string("regel\nnieuw"), "\"regel\\u000anieuw\"");
        assert_eq!(string("‘Zeven’ – é"), "\"‘Zeven’ – é\"");
    }
}
