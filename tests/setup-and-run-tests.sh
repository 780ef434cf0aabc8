#!/usr/bin/env bash
# Set up everything the whole test suite needs, then run it. Exits non-zero when any test
# fails. Used as is by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: strace (the offline test traces every socket), desktop-file-utils and
# appstream (validate the Linux desktop files), xvfb and xdotool, binutils, poppler-utils
# (pdftotext, pdftoppm: the PDF export tests read the pages back), tesseract
# with its French data (UI tests read the quiz screens back from their pixels), and Qt's
# system libraries (installer/qt-system-packages.txt, the list the launch script uses).
# shellcheck source=installer/debian-packages.sh
. installer/debian-packages.sh
# shellcheck disable=SC2046
install_debian_packages strace desktop-file-utils appstream xvfb xdotool binutils poppler-utils \
    tesseract-ocr tesseract-ocr-fra $(qt_system_packages)

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
# A regular (not editable) install: the end-to-end tests run the installed command, so
# they prove that the wheel carries slides/ and resources/.
.venv/bin/python -m pip install --quiet ".[test,build,maps]"

.venv/bin/ruff check cmq_desktop tests bench installer docs
.venv/bin/lint-imports
.venv/bin/mypy  # strict, on cmq_desktop/ ([tool.mypy] in pyproject.toml)
# The whole suite measures coverage ([tool.coverage] in pyproject.toml: below its floor,
# the run fails); with arguments (a part of the suite), it does not.
if [ $# -eq 0 ]; then set -- --cov --cov-report=term; fi
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
