"""The school's own insight window and its charts."""
