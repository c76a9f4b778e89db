"""Killing the program mid-capture loses nothing: committed lines, and the line being typed."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from ogpdesk.core.drafts import Drafts
from ogpdesk.core.meetings import create_meeting, live
from ogpdesk.core.models import Intervention, Recommendation
from ogpdesk.core.store import open_store
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

SCRIPT = Path(__file__).parent / "scripts" / "capture_then_wait.py"
LINES = [
    "# النقاش العام / Débat",
    "Sample Citoyenne (جمعية شباب القيروان): الشفافية في الميزانية البلدية",
    "Sample Expert (MedCities): Le budget participatif existe à Sfax depuis 2014.",
    "توصية: نشر الميزانية على موقع البلدية",
]
UNSENT = "Sample Maire: nous allons étudier la proposition وسنعلن"


def test_sigkill_mid_capture_loses_no_committed_line_and_no_typed_text(
    qtbot, tmp_path: Path
) -> None:
    database = tmp_path / "ogpdesk.sqlite3"
    store = open_store(database)
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="Kairouan — débat", date=dt.date(2016, 3, 22)).id
    store.close()

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [
            sys.executable,
            str(SCRIPT),
            str(database),
            meeting_id,
            str(tmp_path / "s"),
            *LINES,
            UNSENT,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        ready = process.stdout.readline() if process.stdout else ""
        assert ready.strip() == "ready", process.stderr.read() if process.stderr else ""
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    assert process.returncode == -signal.SIGKILL

    store = open_store(database)
    try:
        with store.session() as session:
            said = session.scalars(
                select(Intervention.summary)
                .where(Intervention.meeting_id == meeting_id, live(Intervention))
                .order_by(Intervention.position)
            ).all()
            recommendations = session.scalars(
                select(Recommendation.text).where(Recommendation.meeting_id == meeting_id)
            ).all()
        assert said == [
            "الشفافية في الميزانية البلدية",
            "Le budget participatif existe à Sfax depuis 2014.",
        ]
        assert recommendations == ["نشر الميزانية على موقع البلدية"]
        assert Drafts.beside(database).load(meeting_id) == UNSENT

        # Opening the meeting again puts the unsent text back in the capture line.
        ops = Operations(store)
        window = MainWindow(ops)
        qtbot.addWidget(window)
        assert window.open_meeting(meeting_id).capture.text() == UNSENT
    finally:
        store.close()
