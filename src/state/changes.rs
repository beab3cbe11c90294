/// How often something changed since the widget mounted. An effect that depends on it runs on
/// each change and never on the first render, where it would pull focus from the host page,
/// tell the host of a move nobody made, or write storage in the mount's task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changes(u32);

impl Changes {
    pub fn note(&mut self) {
        self.0 = self.0.wrapping_add(1);
    }

    /// Something changed since the widget mounted.
    pub fn any(self) -> bool {
        self != Self::default()
    }

    #[cfg(test)]
    pub fn count(self) -> u32 {
        self.0
    }
}
