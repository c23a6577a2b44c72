"""A real screen-reader client (AT-SPI over D-Bus) against a running kiosk: run by
scripts/check_accessibility.sh with Debian's python3 and python3-pyatspi, not the project's venv.

It finds the kiosk, presses Start, sets the date of birth through the accessibility press action
alone, reads the date back, checks the answers are radio buttons, and opens the on-screen keyboard
by focusing the first-name field. Prints what it found; exits 1 when something is missing.
"""

import sys
import time

import pyatspi


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and "kiosk" in (app.name or "").lower():
            return app
    return None


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def named(app, name, role=None):
    for n in walk(app):
        try:
            if (
                n.name == name
                and (role is None or n.getRoleName() == role)
                and n.getState().contains(pyatspi.STATE_SHOWING)
            ):
                return n
        except Exception:
            pass
    return None


def press(node):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)
    time.sleep(0.6)


for _ in range(30):
    app = find_app()
    if app:
        break
    time.sleep(0.5)
print("app:", app and app.name)
start = named(app, "Start")
print("Start:", start and start.getRoleName())
press(start)
steps = [
    ("Year of birth, the decade: 1970–1979",),
    ("Year of birth: 1971",),
    ("Month of birth: March",),
    ("Day of birth: 14",),
]
for (name,) in steps:
    node = named(app, name)
    print(repr(name), "->", node and node.getRoleName())
    press(node)
readback = named(app, "14 March 1971: 55 years old")
print("read back:", readback and readback.getRoleName())
month = named(app, "Month: March")
print("month part:", month and month.getRoleName())
first = named(app, "First name", "text")
print("first name field:", first and first.getRoleName())
first.queryComponent().grabFocus()
time.sleep(1.0)
keyboard = named(app, "On-screen keyboard")
print("keyboard:", keyboard and keyboard.getRoleName())
key = named(app, "Accented letters")
print("accents key:", key and key.getRoleName())
found = readback and keyboard and key and month
print("ok" if found else "MISSING")
sys.exit(0 if found else 1)
