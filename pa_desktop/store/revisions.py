"""Which pupils changed since the overview was last computed: revision numbers that triggers keep
in the same transaction as each change (migration v10, `track_overview_changes`).

Reading them is one small query (one row per pupil that ever changed), so the overview can tell
in a few milliseconds which rows to recompute, whatever connection, thread or process wrote.
"""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import Engine

# the revision row that moves on any change that concerns every pupil (settings)
WHOLE_VAULT = 0


def overview_revisions(engine: Engine) -> dict[int, int]:
    """{pupil id: revision}; a pupil never changed has no entry (revision 0)."""
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT pupil_id, revision FROM overview_revisions").all()
    return {int(pupil): int(revision) for pupil, revision in rows}


def only_pupils(
    pupils: Collection[int] | None, column: str = "pupil_id"
) -> tuple[str, tuple[str, ...]]:
    """An SQL condition (starting with AND) and its parameter that keep only some pupils' rows;
    empty for every pupil. One JSON parameter, so any number of ids fits in one statement, and
    SQLite still looks them up through the pupil index."""
    if pupils is None:
        return "", ()
    return f"AND {column} IN (SELECT value FROM json_each(?)) ", (json.dumps(sorted(pupils)),)
