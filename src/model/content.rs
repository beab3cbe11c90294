//! The content baked in from `content/*.toml` by `build.rs`: `CONTENT_NL`, `CONTENT_EN`.

use super::quiz::{Block, Content, Stage, Statement};

include!(concat!(env!("OUT_DIR"), "/content.rs"));
