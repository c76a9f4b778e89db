"""Institutions as a letterhead shows them: the republic, a governorate or ministry, the
municipality, each under the one above it, with an optional logo."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.languages import detect_language
from ogpdesk.core.meetings import live
from ogpdesk.core.models import Institution, InstitutionKind
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP

BAD_LOGO = QT_TRANSLATE_NOOP(
    "Errors", "The logo “{path}” is not a PNG or JPEG image that could be read."
)
NO_INSTITUTION = QT_TRANSLATE_NOOP("Errors", "An institution needs a name.")

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
