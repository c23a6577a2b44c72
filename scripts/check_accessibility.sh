#!/usr/bin/env bash
# The kiosk as a screen reader meets it: a real X window (Xvfb + openbox), the AT-SPI bus, and a real
# AT-SPI client (scripts/atspi_client.py). Needs Debian's xvfb, openbox, at-spi2-core, python3-pyatspi.
# Not part of `make test` (CI has no display); run it after changing what the patient's widgets say.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 1
DISPLAY=:97 openbox >/dev/null 2>&1 &
dbus-run-session -- bash -c "
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  sleep 2
  QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 DISPLAY=:97 .venv/bin/kiosk run --data-dir '$data' >/dev/null 2>&1 & kiosk=\$!
  sleep 8
  DISPLAY=:97 /usr/bin/python3 scripts/atspi_client.py; status=\$?
  kill \$kiosk
  exit \$status
"
