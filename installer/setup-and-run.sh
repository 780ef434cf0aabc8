#!/usr/bin/env bash
# Set up a virtual environment in .venv, install CMQ Desktop into it and start it on the
# default deck. Extra arguments go to the program (e.g. --fullscreen, --deck DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's X11 platform plugin needs a few system libraries that minimal Debian/Ubuntu
# installs lack (libxcb-cursor0 above all). Install them when we can.
qt_libs="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libegl1 libgl1 \
libfontconfig1 libdbus-1-3"
if command -v apt-get >/dev/null 2>&1 && ! dpkg -s libxcb-cursor0 >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    # shellcheck disable=SC2086
    $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq $qt_libs \
        || echo "Attention : bibliothèques Qt non installées ($qt_libs)" >&2
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet .
exec .venv/bin/cmq-desktop "$@"
