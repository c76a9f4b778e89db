"""Exporting from the window: Ctrl+E on the seed demo, first-page preview, the file written and
opened, read back as a user's viewer reads it; a failed export explained, nothing left behind."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ogpdesk.core.demo import demo_id, load_demo
from ogpdesk.core.meetings import find_meeting, reopen_meeting
from ogpdesk.core.models import Meeting
from ogpdesk.core.participants import add_newcomer
from ogpdesk.core.store import Store
from ogpdesk.ui import settings
from ogpdesk.ui.export_dialog import (
    PREVIEW_WIDTH,
    ExportDialog,
    meeting_facts,
)
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

CTRL = Qt.KeyboardModifier.ControlModifier
KAIROUAN = demo_id(Meeting, "kairouan-2016")
EL_KEF_REVIEW = demo_id(Meeting, "el-kef-review-2025q2")
EL_KEF_WORKSHOP = demo_id(Meeting, "el-kef-cocreation-2")
# Kairouan's four recommendations as the Arabic minutes print them, in the seed's order.
RECOMMENDATIONS_AR = (
    "ضرورة تعميم هذه التجربة على البلديات الصغرى في الجهة",
    "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
    "قانون الشراكة بين القطاعين العام والخاص",
    "التسريع في تحديد مجموعات العمل القطاعية والانخراط في إنجاز مخطط استراتيجي",
)
# A participant's private contact data, signed in at Kairouan for these tests.
PHONE = "+216 98 765 432"
EMAIL = "sample.newcomer@example.org"
# Bidi controls pdftotext puts around reordered runs: read as the spaces they stand for.
CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"), " ")


def pdf_text(path: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).translate(CONTROLS).split())


def in_order(text: str, pieces: tuple[str, ...]) -> bool:
    start = 0
    for piece in pieces:
        found = text.find(piece, start)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def ink(image: QImage) -> float:
    """Share of the pixels that are not paper-white."""
    step = 3
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 200
    return dark / total


@pytest.fixture
def demo(store: Store) -> Store:
    with store.transaction() as session:
        load_demo(session)
        kairouan = find_meeting(session, KAIROUAN)
        # The demo approves Kairouan's minutes; reopened to sign a newcomer in.
        reopen_meeting(session, kairouan, by="Sample Secretary")
        add_newcomer(
            session,
            kairouan,
            "Sample Newcomer — عينة وافد",
            phone=PHONE,
            email=EMAIL,
        )
    return store


@pytest.fixture
def window(qtbot, demo: Store, ops: Operations) -> Iterator[MainWindow]:
    main = MainWindow(ops)
    qtbot.addWidget(main)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    yield main


def dialog_for(qtbot, ops: Operations, meeting_id: str) -> ExportDialog:
    with ops.store.session() as session:
        facts = meeting_facts(session, meeting_id)
    dialog = ExportDialog(ops, facts, opener=lambda path: None)
    qtbot.addWidget(dialog)
    return dialog


def wait_for_preview(qtbot, dialog: ExportDialog) -> None:
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)


def export_and_wait(qtbot, dialog: ExportDialog, opened: list[Path]) -> Path:
    before = len(opened)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) > before, timeout=30_000)
    return opened[-1]


def test_kairouan_minutes_in_arabic_from_the_window_as_pdf_and_docx(
    qtbot, window: MainWindow, keyboard, tmp_path: Path
) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    window.open_meeting(KAIROUAN)
    keyboard.press(window, Qt.Key.Key_E, CTRL)
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    opened: list[Path] = []
    dialog.opener = opened.append

    # Defaults: minutes, in the meeting's first language, as PDF, no private data.
    assert dialog.kind.currentData() == "minutes"
    assert dialog.language.currentData() == "ar"
    assert dialog.format.currentData() == ".pdf"
    assert not dialog.private.isChecked()
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [
        "minutes",
        "recommendations",
        "attendance",
        "actions",
    ]
    assert Path(dialog.path.text()).name == "PV-Kairouan-2016-03-22-ar.pdf"
    dialog.path.clear()
    keyboard.type(dialog.path, str(out / "PV-Kairouan-2016-03-22-ar.pdf"))

    # The first page as it will print: an A4 page, drawn, two pages in all.
    wait_for_preview(qtbot, dialog)
    image = dialog.preview_image
    assert image is not None
    assert image.width() == PREVIEW_WIDTH
    assert abs(image.height() / image.width() - 297 / 210) < 0.01
    assert 0.01 < ink(image) < 0.5
    assert dialog.page.pixmap().width() == PREVIEW_WIDTH
    assert "Page 1 of 2" in dialog.preview_note.text()

    pdf = export_and_wait(qtbot, dialog, opened)
    assert pdf == out / "PV-Kairouan-2016-03-22-ar.pdf"
    assert not dialog.isVisible()
    assert str(pdf) in window.statusBar().currentMessage()
    text = pdf_text(pdf)
    assert in_order(text, RECOMMENDATIONS_AR), text
    assert PHONE not in text and EMAIL not in text
    assert settings.EXPORT_FOLDER.get() == str(out)

    # Again as DOCX: the remembered folder, the name following the format.
    keyboard.press(window, Qt.Key.Key_E, CTRL)
    dialog = window.export_dialog
    assert dialog is not None
    dialog.opener = opened.append
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    assert dialog.path.text() == str(out / "PV-Kairouan-2016-03-22-ar.docx")
    wait_for_preview(qtbot, dialog)
    assert "PDF made from the same document" in dialog.preview_note.text()
    written = export_and_wait(qtbot, dialog, opened)
    assert written == out / "PV-Kairouan-2016-03-22-ar.docx"
    paragraphs = [
        p for p in docx.Document(str(written)).element.body.iter(qn("w:p")) if p.xpath("string(.)")
    ]
    texts = [p.xpath("string(.)") for p in paragraphs]
    assert in_order("\n".join(texts), RECOMMENDATIONS_AR)
    for paragraph, content in zip(paragraphs, texts, strict=True):
        if any(piece in content for piece in RECOMMENDATIONS_AR):
            assert paragraph.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None, content
    assert not any(PHONE in t or EMAIL in t for t in texts)
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [
        "PV-Kairouan-2016-03-22-ar.docx",
        "PV-Kairouan-2016-03-22-ar.pdf",
    ]


def test_private_contact_data_only_when_asked(qtbot, demo: Store, ops, tmp_path: Path) -> None:
    settings.EXPORT_FOLDER.set(str(tmp_path))
    dialog = dialog_for(qtbot, ops, KAIROUAN)
    opened: list[Path] = []
    dialog.opener = opened.append
    assert not dialog.private.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("attendance"))
    assert dialog.private.isEnabled() and not dialog.private.isChecked()
    assert dialog.private_warning.text()
    assert Path(dialog.path.text()) == tmp_path / "Presence-Kairouan-2016-03-22-ar.pdf"

    without = pdf_text(export_and_wait(qtbot, dialog, opened))
    assert "Sample Newcomer" in without
    assert PHONE not in without and EMAIL not in without

    dialog = dialog_for(qtbot, ops, KAIROUAN)
    dialog.opener = opened.append
    dialog.kind.setCurrentIndex(dialog.kind.findData("attendance"))
    dialog.private.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    with_private = pdf_text(export_and_wait(qtbot, dialog, opened))
    assert PHONE in with_private and EMAIL in with_private


def test_an_export_into_a_missing_folder_is_explained_and_leaves_nothing(
    qtbot, demo: Store, ops, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, ops, KAIROUAN)
    opened: list[Path] = []
    dialog.opener = opened.append
    dialog.show()
    target = tmp_path / "missing" / "PV.pdf"
    dialog.path.setText(str(target))
    assert dialog.path_note.text() == "This folder does not exist."
    with qtbot.waitSignal(ops.failed, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert ops.errors.last_message is not None
    assert "folder does not exist" in ops.errors.last_message
    assert [box.text() for box in ops.errors.open_dialogs()] == [ops.errors.last_message]
    assert opened == [] and not target.exists()
    assert dialog.isVisible() and dialog.export_button.isEnabled()

    # A folder in the way of the file: refused, the folder untouched, no temporary file left.
    in_the_way = tmp_path / "PV.pdf"
    (in_the_way / "kept.txt").parent.mkdir()
    (in_the_way / "kept.txt").write_text("مسودة")
    dialog.path.setText(str(in_the_way))
    assert dialog.path_note.text() == "A folder has this name: choose another name."
    with qtbot.waitSignal(ops.failed, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert str(in_the_way) in (ops.errors.last_message or "")
    assert opened == []
    assert [p.name for p in in_the_way.iterdir()] == ["kept.txt"]
    assert [p.name for p in tmp_path.glob(".ogpdesk-*")] == []


def test_an_action_plan_review_offers_its_documents(qtbot, demo: Store, ops, tmp_path) -> None:
    dialog = dialog_for(qtbot, ops, EL_KEF_REVIEW)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds[-3:] == ["progress", "cocreation", "site"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("progress"))
    assert [dialog.scope.itemData(i) for i in range(dialog.scope.count())] == ["quarter"]
    assert not dialog.bilingual.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
    assert Path(dialog.path.text()).name.startswith("Matrice-avancement-El-Kef-2025Q2-")
    assert Path(dialog.path.text()).suffix == ".xlsx"
    wait_for_preview(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.problem is None
    # Landscape: the matrix page is wider than tall.
    assert dialog.preview_image is not None
    assert dialog.preview_image.width() > dialog.preview_image.height()

    dialog.kind.setCurrentIndex(dialog.kind.findData("site"))
    assert dialog.format.count() == 1 and dialog.preview is None
    assert "no preview" in dialog.preview_note.text()
    assert Path(dialog.path.text()).suffix == ""

    # Recommendations of the whole process, bilingual, by meeting.
    dialog.kind.setCurrentIndex(dialog.kind.findData("recommendations"))
    dialog.scope.setCurrentIndex(dialog.scope.findData("process"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.bilingual.setChecked(True)
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("meeting"))
    request = dialog.request(tmp_path / "r.pdf")
    assert (request.kind, request.meeting, request.lang) == ("recommendations", None, "fr")
    assert request.process is not None and request.bilingual and request.group_by == "meeting"
    assert Path(dialog.path.text()).name.startswith("Recommandations-OGP-Local-action-plan")
    assert Path(dialog.path.text()).name.endswith("-fr-ar.pdf")


def test_the_progress_matrix_is_exported_for_the_quarter_chosen(
    qtbot, demo: Store, ops, tmp_path: Path
) -> None:
    # Elsewhere than at a review, the latest quarter is offered first.
    workshop = dialog_for(qtbot, ops, EL_KEF_WORKSHOP)
    workshop.kind.setCurrentIndex(workshop.kind.findData("progress"))
    assert workshop.quarter.currentData() == "2025Q3"
    workshop.kind.setCurrentIndex(workshop.kind.findData("minutes"))
    assert not workshop.quarter.isEnabled()

    # At the July review, the quarter it reviewed.
    dialog = dialog_for(qtbot, ops, EL_KEF_REVIEW)
    opened: list[Path] = []
    dialog.opener = opened.append
    dialog.kind.setCurrentIndex(dialog.kind.findData("progress"))
    assert [dialog.quarter.itemData(i) for i in range(dialog.quarter.count())] == [
        "2025Q2",
        "2025Q3",
    ]
    assert dialog.quarter.currentData() == "2025Q2" and dialog.quarter.isEnabled()
    assert dialog.quarter.currentText() == "Q2 2025"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.quarter.setCurrentIndex(dialog.quarter.findData("2025Q3"))
    name = Path(dialog.path.text()).name
    assert name == "Matrice-avancement-El-Kef-2025Q3-fr.pdf"
    dialog.path.setText(str(tmp_path / name))
    request = dialog.request(tmp_path / name)
    assert (request.quarter, request.meeting, request.process) == (
        "2025Q3",
        None,
        dialog.facts.process_id,
    )
    text = pdf_text(export_and_wait(qtbot, dialog, opened))
    assert "Matrice d'avancement — T3 2025" in text
    assert "T2 2025" in text  # the change column names the quarter before


def test_export_from_the_list_and_from_anywhere_in_the_meeting(
    qtbot, window: MainWindow, ops: Operations, keyboard
) -> None:
    from ogpdesk.ui.speakers import SpeakersPanel

    # From the list of meetings: the one chosen there, and a word when none is.
    window.home.tree.setCurrentItem(None)
    assert window.export_document() is None
    assert ops.errors.last_message == "Choose a meeting first, then export its documents."
    for box in ops.errors.open_dialogs():
        box.accept()
    window.home.select_meeting(EL_KEF_REVIEW)
    from_home = window.export_document()
    assert from_home is not None and from_home.facts.id == EL_KEF_REVIEW
    from_home.reject()

    view = window.open_meeting(KAIROUAN)
    panel = view.findChild(SpeakersPanel)
    assert panel is not None
    ended: list[bool] = []
    panel.end_action.triggered.connect(lambda: ended.append(True))
    view.panels.setCurrentWidget(panel)
    panel.waiting.setFocus()
    keyboard.press(panel.waiting, Qt.Key.Key_X, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert ended == [True] and window.export_dialog is from_home

    # Ctrl+E is export everywhere, the speakers' queue included: no key means two things.
    keyboard.press(panel.waiting, Qt.Key.Key_E, CTRL)
    assert ended == [True] and window.export_dialog not in (None, from_home)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
