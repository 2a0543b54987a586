"""Read PA Desktop's accessibility tree the way a screen reader (Orca) does, over AT-SPI.

Runs under the system Python with Debian's python3-pyatspi (not in the project's venv), while
`pa-desktop --demo` runs in the same D-Bus session on an Xvfb display. It walks the main
window, opens a dossier and the referral dialog through AT-SPI actions (as a screen-reader user
would), and prints one JSON object: the problems found and what it saw. See
tests/gui/test_screen_reader.py, which starts all of this.
"""

import json
import sys
import time

import pyatspi

IGNORED_ROLES = {pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TABLE_COLUMN_HEADER}
NO_ROLE = {pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_INVALID, pyatspi.ROLE_FILLER}


def wait_for(find, seconds=40.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            found = find()
        except Exception:  # the tree changes while it is read
            found = None
        if found:
            return found
        time.sleep(0.3)
    return None


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == "PA Desktop":
            return app
    return None


def windows(app):
    return [child for child in app if child is not None]


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    if node.getRole() == pyatspi.ROLE_TABLE:
        return  # its cells are checked on their own
    for child in node:
        if child is not None:
            yield from walk(child, depth + 1)


CHECKED = {}


def unnamed_focusable(window, label):
    problems = []
    CHECKED[label] = 0
    for node in walk(window):
        states = node.getState()
        if not (
            states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)
        ):
            continue
        role = node.getRole()
        if role in IGNORED_ROLES:
            continue
        CHECKED[label] += 1
        if role in NO_ROLE:
            problems.append(f"{label}: {node.name!r} is focusable but has no role")
        if not (node.name or "").strip():
            where = node.parent.name if node.parent is not None else ""
            where += " > " + ", ".join(
                f"{c.getRoleName()}:{c.name}" for c in list(node)[:4] if c is not None
            )
            problems.append(
                f"{label}: a focusable {node.getRoleName()} without a name (in {where!r})"
            )
    return problems


def find(node, role, name_start=None):
    for candidate in walk(node):
        if candidate.getRole() == role and (
            name_start is None or (candidate.name or "").startswith(name_start)
        ):
            return candidate
    return None


def find_table(node):
    for candidate in walk(node):
        if candidate.getRole() == pyatspi.ROLE_TABLE:
            return candidate
    return None


def press(button):
    action = button.queryAction()
    for index in range(action.nActions):
        if action.getName(index).lower() in ("press", "click", "activate", "push"):
            return action.doAction(index)
    return action.doAction(0)


def main():
    seen = {}
    problems = []
    app = wait_for(application)
    if app is None:
        print(json.dumps({"problems": ["PA Desktop never appeared on the accessibility bus"]}))
        return
    main_window = wait_for(lambda: next((w for w in windows(app) if w.name), None))
    table = wait_for(
        lambda: (lambda t: t if t and t.queryTable().nRows > 0 else None)(find_table(main_window))
    )
    if table is None:
        problems.append("main window: no table with rows")
    else:
        cells = table.queryTable()
        seen["overview rows"] = cells.nRows
        seen["overview columns"] = cells.nColumns
        first = cells.getAccessibleAt(0, 0)
        seen["first cell"] = first.name if first is not None else None
        if first is None or not (first.name or "").strip():
            problems.append("overview table: its first cell has no text")
        header = cells.getColumnHeader(0)
        seen["first column header"] = header.name if header is not None else None
        if header is None or not (header.name or "").strip():
            problems.append("overview table: its first column has no header")
    problems += unnamed_focusable(main_window, "main window")
    seen["main window"] = main_window.name

    # open the first pupil's dossier as a screen-reader user: select the row, press the button
    if table is not None:
        table.querySelection().selectChild(table.queryTable().getIndexAt(0, 0))
    opener = find(main_window, pyatspi.ROLE_PUSH_BUTTON, sys.argv[1])
    if opener is None:
        problems.append("main window: no 'open dossier' button")
        print(json.dumps({"problems": problems, "seen": seen}))
        return
    wait_for(lambda: opener.getState().contains(pyatspi.STATE_ENABLED), 10)
    press(opener)
    dossier = wait_for(
        lambda: next((w for w in windows(app) if w.name.startswith(sys.argv[2])), None)
    )
    if dossier is None:
        problems.append("the dossier window did not open")
    else:
        seen["dossier"] = dossier.name
        problems += unnamed_focusable(dossier, "dossier")
        referral_button = find(dossier, pyatspi.ROLE_PUSH_BUTTON, sys.argv[3])
        if referral_button is None:
            problems.append("dossier: no referral button")
        else:
            before = {w.name for w in windows(app)}
            press(referral_button)
            referral = wait_for(
                lambda: next((w for w in windows(app) if w.name and w.name not in before), None)
            )
            if referral is None:
                problems.append("the referral dialog did not open")
            else:
                seen["referral"] = referral.name
                problems += unnamed_focusable(referral, "referral dialog")
    seen["focusable controls checked"] = CHECKED
    print(json.dumps({"problems": sorted(set(problems)), "seen": seen}))


main()
