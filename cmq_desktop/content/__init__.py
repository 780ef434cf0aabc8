"""Pure Python content layer: the deck model, its loaders and validation. No Qt here."""
