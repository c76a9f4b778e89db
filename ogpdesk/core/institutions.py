"""Institutions as a letterhead shows them: the republic, a governorate or ministry, the
municipality, each under the one above it, with an optional logo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import clean_text
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.languages import CONTENT_LANGUAGES, columns, detect_language
from ogpdesk.core.meetings import ensure_editable, live, update_meeting
from ogpdesk.core.models import Institution, InstitutionKind, Meeting
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP

BAD_LOGO = QT_TRANSLATE_NOOP(
    "Errors", "The logo “{path}” is not a PNG or JPEG image that could be read."
)
NO_INSTITUTION = QT_TRANSLATE_NOOP("Errors", "An institution needs a name.")
BAD_TIME = QT_TRANSLATE_NOOP("Errors", "“{text}” is not a time: type it as HH:MM, e.g. 09:30.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The meeting cannot end before it starts.")
LOGO_WITHOUT_INSTITUTION = QT_TRANSLATE_NOOP(
    "Errors", "A logo belongs to an institution: name the municipality first."
)

# What a letterhead level is called, to give each created level its kind.
_GOVERNORATE = ("gouvernorat", "governorate", "ولاية")
_MINISTRY = ("ministere", "ministry", "وزاره")
_STATE = ("republique", "republic", "الجمهوريه")
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def chain(institution: Institution | None) -> list[Institution]:
    """The institution and those above it, from the top (the republic) down."""
    levels: list[Institution] = []
    while institution is not None and institution not in levels:
        levels.insert(0, institution)
        institution = institution.parent
    return levels


def read_logo(path: Path) -> bytes:
    """The bytes of a PNG or JPEG file, or a clear error naming the file."""
    try:
        data = path.read_bytes()
    except OSError:
        raise InvalidInput(BAD_LOGO, path=str(path)) from None
    if not data.startswith(_SIGNATURES):
        raise InvalidInput(BAD_LOGO, path=str(path))
    return data


def _kind(name: str, level: int, levels: int) -> InstitutionKind:
    folded = normalise(name)
    if any(word in folded for word in _STATE):
        return InstitutionKind.STATE
    if any(word in folded for word in _GOVERNORATE):
        return InstitutionKind.GOVERNORATE
    if any(word in folded for word in _MINISTRY):
        return InstitutionKind.MINISTRY
    if level == levels - 1:
        return InstitutionKind.MUNICIPALITY
    return InstitutionKind.OTHER


def find_or_create_letterhead(
    session: Session, path: str, *, logo: Path | None = None
) -> Institution:
    """The last institution of ``"Top > … > Bottom"``, each level found by name under the
    one above it, or created there; ``logo`` (a file) becomes the bottom level's logo.

    A level may be named in several languages, ``"Commune de Kairouan | بلدية القيروان"``:
    the first is the original, the others its versions (their language read from them).
    """
    levels = [[name.strip() for name in level.split("|")] for level in path.split(">")]
    if not all(all(names) for names in levels):
        raise InvalidInput(NO_INSTITUTION)
    image = read_logo(logo) if logo is not None else None
    parent: Institution | None = None
    for level, names in enumerate(levels):
        found = _child(session, parent, {normalise(name) for name in names})
        if found is None:
            found = Institution(
                name=names[0],
                lang=detect_language(names[0]),
                kind=_kind(names[0], level, len(levels)),
                parent=parent,
            )
            session.add(found)
        for version in names[1:]:
            lang = detect_language(version)
            if lang is not None and lang != found.lang:
                setattr(found, f"name_{lang}", version)
        parent = found
    assert parent is not None
    if image is not None:
        parent.logo = image
    session.flush()
    return parent


def _child(session: Session, parent: Institution | None, names: set[str]) -> Institution | None:
    """The institution directly under ``parent`` (at the top for None) known by one of
    ``names`` (folded) in any language."""
    under = (
        Institution.parent_id.is_(None) if parent is None else Institution.parent_id == parent.id
    )
    for institution in session.scalars(select(Institution).where(live(Institution), under)):
        known = (institution.name, institution.name_ar, institution.name_fr, institution.name_en)
        if names & {normalise(name) for name in known if name}:
            return institution
    return None


def names_of(institution: Institution) -> str:
    """An institution's names as ``find_or_create_letterhead`` reads them back: the original
    first, then its versions, separated by "|"."""
    names = [institution.name, institution.name_ar, institution.name_fr, institution.name_en]
    return " | ".join(dict.fromkeys(name for name in names if name))


@dataclass(frozen=True)
class Signatories:
    """The letterhead and signatories of a meeting's minutes, as the window edits them."""

    # "République tunisienne > Gouvernorat du Kef > Commune du Kef"; empty for none.
    institution: str
    chair: str | None
    chair_title: str | None
    secretary: str | None
    secretary_title: str | None
    start_time: dt.time | None
    end_time: dt.time | None


def signatories_of(meeting: Meeting) -> Signatories:
    def versions(field: str) -> str | None:
        texts = (getattr(meeting, name) for name in columns(field) if name != f"{field}_lang")
        return " | ".join(dict.fromkeys(text for text in texts if text)) or None

    return Signatories(
        institution=" > ".join(names_of(i) for i in chain(meeting.institution)),
        chair=meeting.chair,
        chair_title=versions("chair_title"),
        secretary=meeting.secretary,
        secretary_title=versions("secretary_title"),
        start_time=meeting.start_time,
        end_time=meeting.end_time,
    )


def set_signatories(
    session: Session, meeting: Meeting, values: Signatories, *, logo: bytes | None = None
) -> Changes:
    """Change a meeting's letterhead (institutions found or created as ``ogpdesk new-meeting
    --institution`` does), its logo, signatories and times; refused once it is approved."""
    ensure_editable(meeting)
    if values.start_time and values.end_time and values.end_time < values.start_time:
        raise InvalidInput(ENDS_BEFORE_START)
    institution = (
        find_or_create_letterhead(session, values.institution)
        if values.institution.strip()
        else None
    )
    if logo is not None:
        if institution is None:
            raise InvalidInput(LOGO_WITHOUT_INSTITUTION)
        institution.logo = logo
    fields: dict[str, object] = {
        "chair": clean_text(values.chair),
        "secretary": clean_text(values.secretary),
        **_titled("chair_title", values.chair_title),
        **_titled("secretary_title", values.secretary_title),
    }
    return update_meeting(
        session,
        meeting,
        institution_id=institution.id if institution else None,
        start_time=values.start_time,
        end_time=values.end_time,
        **fields,
    )


def replace_signatories(
    session: Session,
    meeting: Meeting,
    values: Signatories,
    *,
    logo: bytes | None = None,
    remove_logo: bool = False,
) -> tuple[Changes, dict[str, bytes | None]]:
    """``set_signatories``, and the logos a new ``logo`` replaced (by institution id), which
    its undo (``restore_signatories``) puts back. ``remove_logo`` takes the logo off every
    level of the letterhead, so that none prints in its place (the nearest one up would)."""
    replaced: dict[str, bytes | None] = {}
    if (logo is not None or remove_logo) and values.institution.strip():
        # Found, not created twice: set_signatories finds the same one.
        target = find_or_create_letterhead(session, values.institution)
        replaced[target.id] = target.logo
        if remove_logo:
            for institution in chain(target):
                if institution.logo is not None:
                    replaced[institution.id] = institution.logo
                    institution.logo = None
    return set_signatories(session, meeting, values, logo=logo), replaced


def restore_signatories(
    session: Session, meeting: Meeting, previous: Signatories, logos: Mapping[str, bytes | None]
) -> Changes:
    """The undo of ``replace_signatories``: the ``previous`` values, the replaced ``logos``."""
    for institution in chain(meeting.institution):
        if institution.id in logos:
            institution.logo = logos[institution.id]
    return set_signatories(session, meeting, previous)


def _titled(field: str, text: str | None) -> dict[str, str | None]:
    """A title typed in several languages, "Maire du Kef | رئيس بلدية الكاف": the first is the
    original, the others its versions, each in the column of the language it is written in."""
    names = [name.strip() for name in (text or "").split("|") if name.strip()]
    values: dict[str, str | None] = {f"{field}_{lang}": None for lang in CONTENT_LANGUAGES}
    values[field] = clean_text(names[0]) if names else None
    original = detect_language(values[field])
    for version in names[1:]:
        lang = detect_language(version)
        if lang is not None and lang != original:
            values[f"{field}_{lang}"] = clean_text(version)
    return values


def parse_time(text: str) -> dt.time | None:
    """A time of day typed as HH:MM (9:30 too); None for an empty field."""
    text = text.strip()
    if not text:
        return None
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return dt.time(hours, minutes)
    except ValueError:
        raise InvalidInput(BAD_TIME, text=text) from None


def by_name(session: Session) -> dict[str, Institution]:
    """Every institution under each of its names, folded: the organisation a participant
    gave ("KTC of Sfax", "مركز المعرفة بصفاقس") is found whatever language it was typed in,
    and documents print it in theirs."""
    known: dict[str, Institution] = {}
    for institution in session.scalars(select(Institution).where(live(Institution))):
        names = (institution.name, institution.name_ar, institution.name_fr, institution.name_en)
        for name in names:
            if name:
                known.setdefault(normalise(name), institution)
    return known
