"""Use cases over the vault: plain data in, plain data out, typed errors; no user text, no Qt."""
