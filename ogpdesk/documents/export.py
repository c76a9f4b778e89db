"""``ogpdesk export``: which builder makes a kind of document, which renderer writes a suffix.

Two registries, read like a table of contents:

- ``DOCUMENTS`` maps a kind ("minutes") to the function that builds its ``Document`` model
  from the store: ``build(session, request) -> Document``.
- ``RENDERERS`` maps a file suffix (".pdf") to the function that writes a ``Document``:
  ``render(document, path) -> None``.

Entries are ``"module:function"`` strings imported on first use, so that the command line
does not load reportlab to write a DOCX. A kind whose output is not one document (a folder
of web pages, say) registers a *writer* instead: ``write(session, request) -> Path``.

Adding a kind — e.g. the progress matrix of an action plan::

    # in export.py (preferred, so the table stays complete):
    DOCUMENTS["progress"] = "ogpdesk.documents.progress:build"
    # or at run time, from anywhere:
    register_document("progress", build_progress)
    register_writer("site", write_site)

The builder gets the whole ``ExportRequest`` (meeting, process, lang, quarter…), finds what it
needs with ``meeting_of(session, request)`` / ``process_of(session, request)``, and returns a
``Document``; every renderer then works for it with no more code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar, cast

from sqlalchemy.orm import Session

from ogpdesk.core import unfinished
from ogpdesk.core.errors import InvalidInput, OgpdeskError
from ogpdesk.core.meetings import find_meeting, find_process
from ogpdesk.core.models import Meeting, Process
from ogpdesk.core.textio import cleaned
from ogpdesk.documents import files
from ogpdesk.documents.model import Document
from ogpdesk.i18n import LANGUAGES, QT_TRANSLATE_NOOP

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., object])

UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Errors", "There is no document of kind “{kind}”. Known kinds: {known}."
)
UNKNOWN_SUFFIX = QT_TRANSLATE_NOOP(
    "Errors", "Cannot write “{path}”: the file name must end in {known}."
)
UNKNOWN_LANG = QT_TRANSLATE_NOOP("Errors", "Documents exist in {known}, not in “{lang}”.")
NEEDS_MEETING = QT_TRANSLATE_NOOP(
    "Errors", "The {kind} document is made for one meeting: name it with --meeting."
)
NEEDS_SCOPE = QT_TRANSLATE_NOOP(
    "Errors", "The {kind} document needs a meeting (--meeting) or a process (--process)."
)
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "Cannot write “{path}”: its folder does not exist.")
WRITE_FAILED = QT_TRANSLATE_NOOP("Errors", "Cannot write “{path}”: {reason}")


@dataclass(frozen=True)
class ExportRequest:
    kind: str
    meeting: str | None
    process: str | None
    lang: str
    output: Path
    quarter: str | None = None
    # Arabic and French side by side (minutes, recommendations).
    bilingual: bool = False
    # Print phone numbers and e-mail addresses of participants.
    include_private: bool = False
    # Recommendations report: None groups a meeting's by theme and a process's by meeting.
    group_by: Literal["theme", "meeting"] | None = None
    # The report's date: the actions list's "overdue" is measured from it, the public page
    # says it was published on it. When None, the actions list takes it from what it reports
    # on (see ``actions.as_of``) and the public page takes the clock.
    today: dt.date | None = None
    eastern_digits: bool = False

    @property
    def suffix(self) -> str:
        return self.output.suffix.lower()


Builder = Callable[[Session, ExportRequest], Document]
Renderer = Callable[[Document, Path], None]
Writer = Callable[[Session, ExportRequest], Path]

DOCUMENTS: dict[str, str | Builder] = {
    "minutes": "ogpdesk.documents.minutes:build",
    "recommendations": "ogpdesk.documents.recommendations:build",
    "attendance": "ogpdesk.documents.attendance:build",
    "actions": "ogpdesk.documents.actions:build",
    "progress": "ogpdesk.documents.progress:build",
    "cocreation": "ogpdesk.documents.cocreation:build",
}

RENDERERS: dict[str, str | Renderer] = {
    ".pdf": "ogpdesk.documents.pdf:render",
    ".docx": "ogpdesk.documents.docx:render",
    ".xlsx": "ogpdesk.documents.xlsx:render",
}

WRITERS: dict[str, str | Writer] = {
    "site": "ogpdesk.documents.site:write",
}


def register_document(kind: str, builder: Builder | str) -> None:
    """Make ``ogpdesk export KIND`` build its document with ``builder``."""
    DOCUMENTS[kind] = builder


def register_writer(kind: str, writer: Writer | str) -> None:
    """For a kind whose output is not one document: ``writer`` writes it all."""
    WRITERS[kind] = writer


def register_renderer(suffix: str, renderer: Renderer | str) -> None:
    RENDERERS[suffix.lower()] = renderer


def kinds() -> list[str]:
    return sorted(set(DOCUMENTS) | set(WRITERS))


def _resolve(entry: str | F) -> F:
    """The function an entry names ("module:function"), imported now; or the entry itself."""
    if not isinstance(entry, str):
        return entry
    module, _, name = entry.partition(":")
    return cast(F, getattr(importlib.import_module(module), name))


def meeting_of(session: Session, request: ExportRequest) -> Meeting:
    if not request.meeting:
        raise InvalidInput(NEEDS_MEETING, kind=request.kind)
    return find_meeting(session, request.meeting)


def process_of(session: Session, request: ExportRequest) -> Process | None:
    return find_process(session, request.process) if request.process else None


def build(session: Session, request: ExportRequest) -> Document:
    """The document model of ``request``, without writing anything."""
    if request.lang not in LANGUAGES:
        raise InvalidInput(UNKNOWN_LANG, lang=request.lang, known=", ".join(LANGUAGES))
    entry = DOCUMENTS.get(request.kind)
    if entry is None:
        raise InvalidInput(UNKNOWN_KIND, kind=request.kind, known=", ".join(kinds()))
    builder: Builder = _resolve(entry)
    return builder(session, request)


def render(document: Document, output: Path) -> Path:
    """Write ``document`` to ``output`` in the format of its suffix, all or nothing.

    The file is written next to its destination and renamed into place, so a failure never
    leaves a half-written file where the last good one was (see ``files``).
    """
    suffix = output.suffix.lower()
    entry = RENDERERS.get(suffix)
    if entry is None:
        raise InvalidInput(UNKNOWN_SUFFIX, path=str(output), known=", ".join(sorted(RENDERERS)))
    if not output.parent.is_dir():
        raise InvalidInput(NO_FOLDER, path=str(output))
    files.check_target(output)
    document = scrubbed(document)
    renderer: Renderer = _resolve(entry)
    files.sweep(output.parent)
    try:
        temporary = files.temporary_file(output.parent, suffix)
    except OSError as exc:
        raise write_failed(output, exc) from exc
    try:
        renderer(document, temporary)
        files.publish(temporary, output)
    except OSError as exc:
        raise write_failed(output, exc) from exc
    finally:
        unfinished.remove(temporary)
    return output


def scrubbed(value: T) -> T:
    """``value`` (a document, a block…) with every text passed through ``textio.cleaned``.

    Text is cleaned where it enters, but a store written by an older version may still hold a
    control character, and one is enough for the DOCX and XLSX writers to fail. So nearly
    always nothing changes: what is clean is returned as it is, not copied (copying every
    block of long minutes took a tenth of writing their PDF).
    """
    if isinstance(value, str):
        return cast(T, cleaned(value))
    if isinstance(value, tuple):
        items = tuple(scrubbed(item) for item in value)
        same = all(new is old for new, old in zip(items, value, strict=True))
        return value if same else cast(T, items)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for name in _init_fields(type(value)):
            old = getattr(value, name)
            new = scrubbed(old)
            if new is not old:
                changes[name] = new
        return cast(T, dataclasses.replace(value, **changes)) if changes else value
    return value


@functools.cache
def _init_fields(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind) if f.init)


def write_failed(path: Path, exc: OSError) -> OgpdeskError:
    """The user's words for a failed write: the system's reason, "No space left on device"…"""
    return OgpdeskError(WRITE_FAILED, path=str(path), reason=exc.strerror or str(exc))


def export(session: Session, request: ExportRequest) -> Path:
    """Build the document ``request`` asks for and write it; returns the path written."""
    writer = WRITERS.get(request.kind)
    if writer is not None:
        return _resolve(writer)(session, request)
    if request.suffix not in RENDERERS:
        raise InvalidInput(
            UNKNOWN_SUFFIX, path=str(request.output), known=", ".join(sorted(RENDERERS))
        )
    return render(build(session, request), request.output)
