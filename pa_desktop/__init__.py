"""PA Desktop: follow-up of problematic school absences, offline, in an encrypted vault."""

__version__ = "0.1.0"
