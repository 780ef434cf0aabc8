"""CMQ Desktop: the CMQ presentation and its true/false quiz, offline."""

# Written here rather than read with importlib.metadata, which costs ~25 ms at every
# start; tests/unit/test_version.py keeps it equal to pyproject.toml's version.
__version__ = "0.1.0"

APP_NAME = "CMQ Desktop"
APP_ID = "fr.ac-aura.cmq.Desktop"  # reverse-DNS id: desktop file, AppStream, data dirs
