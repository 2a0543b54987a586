"""Pieces every window uses: translation, background work, shared texts, the user guide."""
