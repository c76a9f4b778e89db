"""The actions list counts overdue as of a day the user sets, from the command line
(``export actions --as-of``) and from the export dialog; without one, as of the meeting."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from ogpdesk.core.capture import add_action
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.store import Store
from ogpdesk.ui.export_dialog import ExportDialog, meeting_facts
from ogpdesk.ui.operations import Operations

TASK = "Publier le budget participatif sur le site de la commune"


@pytest.fixture
def meeting_id(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(
            session, title="Comité de pilotage du Kef", date=dt.date(2025, 8, 15), city="Le Kef"
        )
        add_action(session, meeting, TASK, owner_name="Amel", due_date=dt.date(2025, 9, 1))
        return meeting.id


def pdf_text(path: Path) -> str:
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def test_the_command_line_counts_overdue_as_of_the_day_given(
    store: Store, meeting_id: str, tmp_path: Path
) -> None:
    url = store.engine.url.render_as_string(hide_password=False)
    if not url.startswith("sqlite"):
        pytest.skip("the command line is run on the test's SQLite file")
    database = url.removeprefix("sqlite:///")
    store.close()

    def exported(*options: str) -> str:
        output = tmp_path / f"actions{len(options)}{options[-1] if options else ''}.pdf"
        done = subprocess.run(
            [sys.executable, "-m", "ogpdesk.cli", "--db", database, "export", "actions",
             "--meeting", meeting_id, "--lang", "fr", *options, "-o", str(output)],
            capture_output=True, text=True, encoding="utf-8", timeout=120,
            env={**os.environ, "OGPDESK_LANG": "en", "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return pdf_text(output)

    before = exported("--as-of", "2025-08-31")
    assert "Actions en retard (0)" in before and "Situation au 31 août 2025" in before
    after = exported("--as-of", "2025-09-30")
    assert "Actions en retard (1)" in after and "Situation au 30 septembre 2025" in after
    assert after.index("Actions en retard (1)") < after.index("Publier le budget")
    # Without a day: as of the meeting (15 August), not the clock.
    default = exported()
    assert "Actions en retard (0)" in default and "Situation au 15 août 2025" in default


def test_the_export_dialog_sets_the_day_for_the_actions_list_only(
    qtbot, ops: Operations, store: Store, meeting_id: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        facts = meeting_facts(session, meeting_id)
    opened: list[Path] = []
    dialog = ExportDialog(ops, facts, opener=opened.append)
    qtbot.addWidget(dialog)
    assert not dialog.as_of_box.isEnabled()  # minutes: no such day
    dialog.kind.setCurrentIndex(dialog.kind.findData("actions"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.as_of_box.isEnabled() and not dialog.as_of.isEnabled()
    assert dialog.as_of.date() == QDate(2025, 8, 15)  # the meeting's day to start from
    assert dialog.request(tmp_path / "a.pdf").today is None

    dialog.as_of_box.setChecked(True)
    dialog.as_of.setDate(QDate(2025, 9, 30))
    assert dialog.request(tmp_path / "a.pdf").today == dt.date(2025, 9, 30)
    dialog.path.setText(str(tmp_path / "actions.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    text = pdf_text(opened[-1])
    assert "Actions en retard (1)" in text and "Situation au 30 septembre 2025" in text

    dialog.kind.setCurrentIndex(dialog.kind.findData("minutes"))
    assert not dialog.as_of_box.isEnabled() and dialog.request(tmp_path / "m.pdf").today is None
