#!/usr/bin/env bash
# Installs the few Debian/Ubuntu packages the kiosk and its tests need, if any is missing:
# Qt's runtime libraries (the X11 ones too: since Qt 6.5 the xcb platform will not load without
# libxcb-cursor0), python3-venv, and poppler-utils (pdftoppm renders PDFs in the tests).
set -euo pipefail
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-randr0)
if ! python3 -c 'import ensurepip' 2>/dev/null; then
  packages+=(python3-venv)
fi
if ! command -v dpkg-query >/dev/null; then
  echo "system-deps: not a Debian/Ubuntu system; install Qt's runtime libraries and poppler yourself" >&2
  exit 0
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
