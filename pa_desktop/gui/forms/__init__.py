"""Generated form modules (see ui/)."""
