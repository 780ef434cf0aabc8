"""Pure Python quiz logic: the session state machine, scoring and review. No Qt here."""
