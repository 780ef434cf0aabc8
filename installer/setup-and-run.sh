#!/usr/bin/env bash
# Set up a virtual environment in .venv, install CMQ Desktop into it and start it on the
# default deck. Extra arguments go to the program (e.g. --fullscreen, --deck DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's system libraries (X11 platform plugin, OpenGL, fonts): install the missing ones
# when we can. If that fails, the program itself names what is missing, in French.
# shellcheck source=installer/debian-packages.sh
. installer/debian-packages.sh
# shellcheck disable=SC2046
install_debian_packages $(qt_system_packages) || true

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet .
exec .venv/bin/cmq-desktop "$@"
