"""Every setting the window keeps, declared once: key, type, default and what it is for.

Widgets never spell a QSettings key: they read and write through these declarations, so the
list below is the whole of what ogpdesk remembers between runs. The file is an INI file in the
user's configuration folder (``QSettings.setPath`` moves it, as the tests do).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "ogpdesk"
APPLICATION = "ogpdesk"
MAX_RECENT = 8


def qsettings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    description: str
    choices: tuple[T, ...] | None = None

    def get(self) -> T:
        raw = qsettings().value(self.key, self.default)
        value = _coerce(raw, self.type, self.default)
        if self.choices is not None and value not in self.choices:
            return self.default
        return value

    def set(self, value: T) -> None:
        settings = qsettings()
        settings.setValue(self.key, value)
        settings.sync()


def _coerce(raw: object, kind: type, default: object) -> object:
    if raw is None:
        return default
    if kind is list:
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(v) for v in raw] if isinstance(raw, list | tuple) else default
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else default
    if kind is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in {"true", "1"}
    try:
        return kind(raw)
    except (TypeError, ValueError):
        return default


LANGUAGE: Setting[str] = Setting(
    "interface/language",
    str,
    "",
    "Language of the interface: ar, fr or en; empty follows the system.",
    choices=("", "ar", "fr", "en"),
)
USER_NAME: Setting[str] = Setting(
    "interface/user_name",
    str,
    "",
    "Who uses this laptop; recorded when an approved meeting is reopened.",
)
GEOMETRY: Setting[QByteArray] = Setting(
    "window/geometry", QByteArray, QByteArray(), "Main window position and size."
)
WINDOW_STATE: Setting[QByteArray] = Setting(
    "window/state", QByteArray, QByteArray(), "Main window docks and toolbars."
)
PROJECTOR_GEOMETRY: Setting[QByteArray] = Setting(
    "projector/geometry", QByteArray, QByteArray(), "Projector window position and size."
)
RECENT_DATABASES: Setting[list[str]] = Setting(
    "files/recent_databases", list, [], "Database files opened lately, most recent first."
)
RECENT_MEETINGS: Setting[list[str]] = Setting(
    "files/recent_meetings", list, [], "Ids of meetings opened lately, most recent first."
)
EXPORT_FOLDER: Setting[str] = Setting(
    "files/export_folder",
    str,
    "",
    "Folder of the last exported document; the export dialog proposes it again.",
)
OPEN_MEETING: Setting[list[str]] = Setting(
    "files/open_meeting",
    list,
    [],
    "The meeting on screen when the program last stopped, as [database file, meeting id]: "
    "the next start opens it again.",
)
MEETING_SPLITTER: Setting[QByteArray] = Setting(
    "meeting/splitter",
    QByteArray,
    QByteArray(),
    "Widths of the meeting view's agenda, timeline and panels, as the user left them.",
)
TIMELINE_COLUMNS: Setting[QByteArray] = Setting(
    "meeting/timeline_columns",
    QByteArray,
    QByteArray(),
    "Widths of the timeline's columns, as the user left them.",
)

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE,
    USER_NAME,
    GEOMETRY,
    WINDOW_STATE,
    PROJECTOR_GEOMETRY,
    RECENT_DATABASES,
    RECENT_MEETINGS,
    EXPORT_FOLDER,
    OPEN_MEETING,
    MEETING_SPLITTER,
    TIMELINE_COLUMNS,
)


def remember(setting: Setting[list[str]], value: str) -> list[str]:
    """Put ``value`` first in a recent list, without duplicates, and keep it short."""
    recent = [value, *(v for v in setting.get() if v != value)][:MAX_RECENT]
    setting.set(recent)
    return recent
