// The texts embed.js shows itself, before (or instead of) the widget, in the widget's two
// languages: its own (web/contract.js, from the `[embed]` tables of content/texts.*.toml) and
// the start screen's (start-screen.json, from the widget's texts). Both written by the Rust
// tests, so they say what the widget says.
import startScreens from './start-screen.json';

export { TEXTS } from './contract.js';
export { startScreens };
