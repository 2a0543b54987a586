"""Getting into the vault and keeping it closed: first run, unlock, lock, one instance."""
