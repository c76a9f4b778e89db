"""Institutions as a letterhead shows them: the republic, a governorate or ministry, the
municipality, each under the one above it, with an optional logo."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.errors import InvalidInput
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
    one above it, or created there; ``logo`` (a file) becomes the bottom level's logo."""
    names = [part.strip() for part in path.split(">")]
    if not names or not all(names):
        raise InvalidInput(NO_INSTITUTION)
    image = read_logo(logo) if logo is not None else None
    parent: Institution | None = None
    for level, name in enumerate(names):
        wanted = normalise(name)
        found = next(
            (
                i
                for i in session.scalars(
                    select(Institution).where(
                        live(Institution),
                        Institution.parent_id.is_(None)
                        if parent is None
                        else Institution.parent_id == parent.id,
                    )
                )
                if wanted in {normalise(n) for n in (i.name, i.name_ar, i.name_fr, i.name_en) if n}
            ),
            None,
        )
        if found is None:
            found = Institution(name=name, kind=_kind(name, level, len(names)), parent=parent)
            session.add(found)
        parent = found
    assert parent is not None
    if image is not None:
        parent.logo = image
    session.flush()
    return parent
