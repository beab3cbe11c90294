//! The build-time CSS minifier keeps every rule and declaration and drops only what CSS ignores.

use bouwstenen_build::css_minify::minify_css;

const STYLESHEETS: [&str; 2] = [
    include_str!("../styles/widget.css"),
    include_str!("../styles/results.css"),
];

#[test]
fn drops_comments_and_layout() {
    let css = "/* theme */\n.a  >  .b ,\n.c {\n  color: red ;\n  margin: 0 auto;\n}\n";
    assert_eq!(minify_css(css), ".a>.b,.c{color:red;margin:0 auto}");
}

#[test]
fn keeps_the_space_that_separates_selectors_and_media_features() {
    assert_eq!(minify_css(".a .b:hover { x: 1 }"), ".a .b:hover{x:1}");
    assert_eq!(
        minify_css("@media (max-width: 30em) and (prefers-color-scheme: dark) { .a { x: 1 } }"),
        "@media (max-width:30em) and (prefers-color-scheme:dark){.a{x:1}}"
    );
}

#[test]
fn leaves_quoted_strings_alone() {
    let css = r#".a { font-family: "Segoe  UI", sans-serif; content: '/* not a comment */'; }"#;
    assert_eq!(
        minify_css(css),
        r#".a{font-family:"Segoe  UI",sans-serif;content:'/* not a comment */'}"#
    );
}

#[test]
fn the_widget_stylesheets_keep_every_rule() {
    for css in STYLESHEETS {
        keeps_every_rule(css);
    }
}

fn keeps_every_rule(css: &str) {
    let minified = minify_css(css);
    assert!(
        minified.len() < css.len() * 9 / 10,
        "{} bytes",
        minified.len()
    );
    assert!(!minified.contains("/*") && !minified.contains('\n'));
    let braces = |css: &str| (css.matches('{').count(), css.matches('}').count());
    let without_comments: String = css
        .split("/*")
        .enumerate()
        .map(|(index, part)| {
            if index == 0 {
                part
            } else {
                part.split_once("*/").map_or("", |(_, rest)| rest)
            }
        })
        .collect();
    assert_eq!(braces(&minified), braces(&without_comments));
    let squeezed = |css: &str| css.replace(|c: char| c.is_whitespace() || c == ';', "");
    assert_eq!(squeezed(&minified), squeezed(&without_comments));
}
