#!/usr/bin/env bash
# Set up everything the whole test suite needs, then run it. Exits non-zero when any test
# fails. Used as is by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: strace (the offline test traces every socket), desktop-file-utils and
# appstream (validate the Linux desktop files), Qt's X11 libraries, xvfb and xdotool.
apt_packages="strace desktop-file-utils appstream xvfb xdotool libxcb-cursor0 \
libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libegl1 libgl1 libfontconfig1 libdbus-1-3 binutils"
missing=""
for package in $apt_packages; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -n "$missing" ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq $missing >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
# A regular (not editable) install: the end-to-end tests run the installed command, so
# they prove that the wheel carries slides/ and resources/.
.venv/bin/python -m pip install --quiet ".[test,build,maps]"

.venv/bin/ruff check cmq_desktop tests bench installer docs
.venv/bin/lint-imports
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
