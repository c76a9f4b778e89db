"""A paragraph's text as every renderer lays it out: typography, then bidi.

``core.typography`` gives the punctuation of the paragraph's language, ``core.direction`` the
paragraph's direction and its runs with those of the other direction isolated. The PDF, DOCX
and HTML renderers call this and nothing else, so that the three files say the same thing.
"""

from __future__ import annotations

from ogpdesk.core import direction as bidi
from ogpdesk.core.typography import typeset
from ogpdesk.documents.model import Document


def prepare(
    runs: list[tuple[str, bool]],
    document: Document,
    *,
    lang: str | None = None,
    own: bool = True,
    labelled: bool = False,
) -> tuple[bidi.Direction, list[tuple[str, bool]]]:
    """The direction of a paragraph of ``runs`` (text, bold) and the runs to draw.

    The paragraph is in its own text's direction, or in the direction of ``lang`` (a column's
    or a paragraph's language) when given; with ``own=False`` in the document's (a value
    beside its label, the text of a page's header). A ``labelled`` paragraph keeps the
    document's direction and side (see ``core.direction.paragraph``).
    """
    typed = [(typeset(text, lang or document.lang), bold) for text, bold in runs]
    if not own:
        of: bidi.Direction | None = document.direction
    elif lang is not None:
        of = document.direction_of(lang)
    else:
        of = None
    return bidi.paragraph(typed, document.direction, labelled=labelled, of=of)
