"""The signature block never stands alone on a page: a page holding nothing but signatures
can be swapped or lost. Each meeting here is sized so that the signatures do not fit under
the last action item; the test checks that premise (the same minutes without signatures take
one page fewer), then that the page with the signatures also holds that last item."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

import pytest

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import MeetingKind
from ogpdesk.core.store import Store
from ogpdesk.documents import docx, pdf
from ogpdesk.documents.locale import Locale
from ogpdesk.documents.minutes import build_minutes
from ogpdesk.documents.model import Document, SignatureBlock

# Found by hand: with this many action items the last one ends too low on its page for the
# signatures to follow it there (reportlab and LibreOffice lay the rows out differently).
PDF_ACTIONS = 21
DOCX_ACTIONS = 14


def _task(number: int) -> str:
    return f"Tâche numéro {number:02d} à mener avant la prochaine réunion du comité"


def _minutes(store: Store, actions: int) -> tuple[Document, Document]:
    """French minutes ending with ``actions`` action items, and the same without signatures."""
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Comité de pilotage",
            date=dt.date(2025, 9, 30),
            kind=MeetingKind.STEERING_COMMITTEE,
            city="El Kef",
            chair="Hédi Sample",
            chair_title="Maire",
            secretary="Amel Sample",
            secretary_title="Secrétaire générale",
        )
        for number in range(1, actions + 1):
            capture.add_action(
                session,
                meeting,
                _task(number),
                owner_name="Commune du Kef",
                due_date=dt.date(2025, 12, 1),
            )
        document = build_minutes(session, meeting, Locale("fr"))
    unsigned = tuple(b for b in document.blocks if not isinstance(b, SignatureBlock))
    return document, dataclasses.replace(document, blocks=unsigned)


def _check(signed: list[str], unsigned: list[str], actions: int) -> None:
    assert len(signed) == len(unsigned) + 1, "premise lost: resize the meeting"
    last = signed[-1]
    assert all(word in last for word in ("Hédi Sample", "Amel Sample", "Secrétaire générale"))
    assert _task(actions)[:16] in last
    # Only the end of the table is carried over, not the whole of it.
    assert _task(1)[:16] not in last


def test_pdf_signatures_share_a_page_with_the_last_item(store, tmp_path, read):
    document, unsigned = _minutes(store, PDF_ACTIONS)
    pdf.render(document, tmp_path / "signed.pdf")
    pdf.render(unsigned, tmp_path / "unsigned.pdf")
    _check(
        read.pdf_pages(tmp_path / "signed.pdf"),
        read.pdf_pages(tmp_path / "unsigned.pdf"),
        PDF_ACTIONS,
    )


@pytest.mark.slow
def test_docx_signatures_share_a_page_with_the_last_item_in_libreoffice(store, tmp_path, read):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office is not None, "libreoffice-writer-nogui (scripts/system-deps)"
    document, unsigned = _minutes(store, DOCX_ACTIONS)
    docx.render(document, tmp_path / "signed.docx")
    docx.render(unsigned, tmp_path / "unsigned.docx")
    # One LibreOffice start for both files: starting it is most of the time.
    subprocess.run(
        [office, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"),
         str(tmp_path / "signed.docx"), str(tmp_path / "unsigned.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    _check(
        read.pdf_pages(tmp_path / "out" / "signed.pdf"),
        read.pdf_pages(tmp_path / "out" / "unsigned.pdf"),
        DOCX_ACTIONS,
    )
