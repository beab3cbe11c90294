//! The entry point Trunk builds: mount a widget in every `[data-bouwstenen]` element.

fn main() {
    bouwstenen_scan::embed::mount_all();
}
