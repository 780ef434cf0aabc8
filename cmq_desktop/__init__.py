"""CMQ Desktop: the CMQ presentation and its true/false quiz, offline."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("cmq-desktop")
except _metadata.PackageNotFoundError:  # running from a source checkout or a frozen build
    __version__ = "0.1.0"

APP_NAME = "CMQ Desktop"
APP_ID = "fr.ac-aura.cmq.Desktop"  # reverse-DNS id: desktop file, AppStream, data dirs
