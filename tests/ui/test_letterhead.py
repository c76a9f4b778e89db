"""The letterhead and signatories dialog: what ``new-meeting --institution --logo --chair
--secretary --start --end`` sets from the shell, set from the window, undone in one step, and
refused on an approved meeting."""

from __future__ import annotations

import datetime as dt
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ogpdesk.core.errors import Locked
from ogpdesk.core.institutions import chain, set_signatories, signatories_of
from ogpdesk.core.meetings import approve_meeting, create_meeting, find_meeting
from ogpdesk.core.store import Store
from ogpdesk.documents.locale import Locale
from ogpdesk.documents.minutes import build_minutes
from ogpdesk.documents.model import SignatureBlock
from ogpdesk.ui.letterhead import LetterheadDialog
from ogpdesk.ui.operations import Operations


def _png(path: Path) -> Path:
    """A 1×1 PNG written by hand: the logo a user picks."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") + (1).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xc0\x00\x00"))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def meeting_id(store: Store) -> str:
    with store.transaction() as session:
        return create_meeting(
            session, title="Comité de pilotage", date=dt.date(2025, 10, 10), city="El Kef"
        ).id


def _fill(dialog: LetterheadDialog, logo: Path) -> None:
    for field, text in zip(
        dialog.levels,
        (
            "République tunisienne | الجمهورية التونسية",
            "Gouvernorat du Kef | ولاية الكاف",
            "Commune du Kef | بلدية الكاف",
        ),
        strict=True,
    ):
        field.setText(text)
    dialog.use_logo(logo)
    for field, text in (
        (dialog.chair, "Hédi Sample"),
        (dialog.chair_title, "Maire du Kef | رئيس بلدية الكاف"),
        (dialog.secretary, "Amel Sample"),
        (dialog.secretary_title, "Secrétaire générale"),
        (dialog.start, "9:30"),
        (dialog.end, "13:00"),
    ):
        field.setText(text)


def test_the_letterhead_set_in_the_window_is_printed_and_undone(
    qtbot, ops: Operations, store: Store, meeting_id: str, tmp_path: Path
) -> None:
    dialog = LetterheadDialog(ops, meeting_id)
    qtbot.addWidget(dialog)
    _fill(dialog, _png(tmp_path / "logo.png"))
    dialog.accept()
    assert ops.errors.last_message is None
    with store.session() as session:
        meeting = find_meeting(session, meeting_id)
        document = build_minutes(session, meeting, Locale("ar"))
        assert [i.name for i in chain(meeting.institution)] == [
            "République tunisienne",
            "Gouvernorat du Kef",
            "Commune du Kef",
        ]
        assert (meeting.start_time, meeting.end_time) == (dt.time(9, 30), dt.time(13))
        assert (meeting.chair_title, meeting.chair_title_ar) == ("Maire du Kef", "رئيس بلدية الكاف")
    assert document.letterhead is not None
    assert document.letterhead.lines == ("الجمهورية التونسية", "ولاية الكاف", "بلدية الكاف")
    assert document.letterhead.logo == (tmp_path / "logo.png").read_bytes()
    signatures = next(b for b in document.blocks if isinstance(b, SignatureBlock))
    assert [s.title for s in signatures.signers] == [
        "رئيس بلدية الكاف",
        "Secrétaire générale [غير مترجم]",
    ]

    # Reopened, the dialog shows what is stored; the same letterhead is found, not doubled.
    again = LetterheadDialog(ops, meeting_id)
    qtbot.addWidget(again)
    assert again.levels[2].text() == "Commune du Kef | بلدية الكاف"
    assert again.start.text() == "09:30"
    assert again.chair_title.text() == "Maire du Kef | رئيس بلدية الكاف"

    ops.undo_stack.undo()
    with store.session() as session:
        meeting = find_meeting(session, meeting_id)
        assert meeting.institution is None and meeting.chair is None
        assert meeting.start_time is None
    ops.undo_stack.redo()
    with store.session() as session:
        meeting = find_meeting(session, meeting_id)
        assert chain(meeting.institution)[-1].logo is not None


def test_bad_input_is_refused_with_a_message_and_nothing_changes(
    qtbot, ops: Operations, store: Store, meeting_id: str, tmp_path: Path
) -> None:
    dialog = LetterheadDialog(ops, meeting_id)
    qtbot.addWidget(dialog)
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("not a picture", encoding="utf-8")
    dialog.use_logo(not_an_image)
    assert "not a PNG or JPEG image" in (ops.errors.last_message or "")
    assert dialog.logo is None
    qtbot.keyClicks(dialog.chair, "Hedi Sample")
    qtbot.keyClicks(dialog.start, "9h30")
    dialog.accept()
    assert "“9h30” is not a time" in (ops.errors.last_message or "")
    dialog.start.setText("14:00")
    dialog.end.setText("13:00")
    dialog.accept()
    assert "cannot end before it starts" in (ops.errors.last_message or "")
    assert dialog.isVisible() or dialog.result() == 0
    with store.session() as session:
        assert find_meeting(session, meeting_id).chair is None


def test_an_approved_meeting_s_letterhead_is_shown_read_only(
    qtbot, ops: Operations, store: Store, meeting_id: str
) -> None:
    with store.transaction() as session:
        meeting = find_meeting(session, meeting_id)
        meeting.chair = "Hédi Sample"
        approve_meeting(session, meeting)
    dialog = LetterheadDialog(ops, meeting_id)
    qtbot.addWidget(dialog)
    assert "approved and locked" in dialog.locked.text()
    assert dialog.chair.text() == "Hédi Sample" and dialog.chair.isReadOnly()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    # The service refuses too, whatever calls it.
    with store.transaction() as session, pytest.raises(Locked):
        meeting = find_meeting(session, meeting_id)
        values = signatories_of(meeting)
        set_signatories(session, meeting, values)


def test_the_logo_is_removed_from_the_minutes_and_the_removal_undone(
    qtbot, ops: Operations, store: Store, meeting_id: str, tmp_path: Path
) -> None:
    logo = _png(tmp_path / "logo.png").read_bytes()
    dialog = LetterheadDialog(ops, meeting_id)
    qtbot.addWidget(dialog)
    _fill(dialog, tmp_path / "logo.png")
    dialog.accept()
    with store.transaction() as session:
        # The governorate has a logo too: removing the commune's must not print this one.
        chain(find_meeting(session, meeting_id).institution)[1].logo = logo

    def printed() -> bytes | None:
        with store.session() as session:
            document = build_minutes(session, find_meeting(session, meeting_id), Locale("fr"))
        assert document.letterhead is not None
        return document.letterhead.logo

    again = LetterheadDialog(ops, meeting_id)
    qtbot.addWidget(again)
    assert again.logo_name.text() == "(the current logo)" and again.drop_logo.isEnabled()
    qtbot.mouseClick(again.drop_logo, Qt.MouseButton.LeftButton)
    assert again.logo_name.text() == "(none)" and not again.drop_logo.isEnabled()
    again.accept()
    assert ops.errors.last_message is None
    assert printed() is None
    # The rest of the letterhead stays as it was.
    with store.session() as session:
        assert find_meeting(session, meeting_id).chair == "Hédi Sample"
    reopened = LetterheadDialog(ops, meeting_id)
    qtbot.addWidget(reopened)
    assert reopened.logo_name.text() == "(none)" and not reopened.drop_logo.isEnabled()

    ops.undo_stack.undo()
    assert printed() == logo
    with store.session() as session:
        assert [i.logo for i in chain(find_meeting(session, meeting_id).institution)] == [
            None,
            logo,
            logo,
        ]
    ops.undo_stack.redo()
    assert printed() is None
