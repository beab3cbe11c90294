//! Shrinks the widget's stylesheet at build time: comments out, whitespace down to what CSS
//! needs. Shared by `build.rs` and the tests; the widget itself carries only the result.

/// `css` without comments, with runs of whitespace collapsed to one space and no whitespace
/// next to `{`, `}`, `;`, `,` or `>`, nor after `:`; quoted strings are kept as written.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                push_space_if_needed(&mut out, pending_space, c);
                pending_space = false;
                out.push(c);
                for inner in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            '}' => {
                if out.ends_with(';') {
                    out.pop();
                }
                out.push('}');
                pending_space = false;
            }
            c => {
                push_space_if_needed(&mut out, pending_space, c);
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

fn push_space_if_needed(out: &mut String, pending_space: bool, next: char) {
    let glued_before = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>' | ':');
    let glued_after = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
    if pending_space && !out.is_empty() && !out.ends_with(glued_before) && !glued_after(next) {
        out.push(' ');
    }
}
