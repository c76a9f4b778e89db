"""Where ogpdesk finds its bundled files and keeps the user's data.

Every build carries its data inside the package, in ``ogpdesk/data/`` (``translations/``
with the compiled ``.qm`` and the ``.ts`` the documents read, ``resources/``, ``LICENSE``,
``THIRD_PARTY_NOTICES``): the wheel's build step copies them there from the top-level
folders of the source layout, and a PyInstaller bundle keeps the same layout under its own
folder. Only a development checkout, where nothing was copied, reads the top-level folders.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "ogpdesk"
SOURCE_ROOT = Path(__file__).resolve().parent.parent


def data_root() -> Path:
    """The folder holding ``translations/``, ``resources/`` and the licence texts."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle is not None:
        return Path(bundle) / "ogpdesk" / "data"
    packaged = Path(str(resources.files("ogpdesk") / "data"))
    if packaged.is_dir():
        return packaged
    # An editable install or a plain checkout: the source layout is the data.
    return SOURCE_ROOT


DATA = data_root()
RESOURCES = DATA / "resources"
TRANSLATIONS = DATA / "translations"
LICENSE = DATA / "LICENSE"
THIRD_PARTY_NOTICES = DATA / "THIRD_PARTY_NOTICES"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Where ogpdesk keeps what it can always make again (parsed catalogues, checks done)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return user_data_dir() / "ogpdesk.sqlite3"
