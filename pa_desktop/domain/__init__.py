"""Pure domain rules: codes, calendar, counts and signals. No I/O, no Qt, no database."""
