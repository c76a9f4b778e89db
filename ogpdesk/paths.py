"""Where ogpdesk finds its bundled files and keeps the user's data."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "ogpdesk"
SOURCE_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = SOURCE_ROOT / "resources"
TRANSLATIONS = SOURCE_ROOT / "translations"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return user_data_dir() / "ogpdesk.sqlite3"
