"""Drafts of the capture line: saved atomically per meeting, restored, cleared."""

from __future__ import annotations

from pathlib import Path

from ogpdesk.core.drafts import Drafts


def test_draft_round_trip_per_meeting(tmp_path: Path) -> None:
    drafts = Drafts.beside(tmp_path / "ogpdesk.sqlite3")
    drafts.save("meeting-kairouan", "Sample Speaker (Municipalité de Kairouan): التخطيط الاستر")
    drafts.save("meeting-msaken", "REC: M'Saken 2050")
    assert drafts.load("meeting-kairouan") == (
        "Sample Speaker (Municipalité de Kairouan): التخطيط الاستر"
    )
    assert drafts.load("meeting-msaken") == "REC: M'Saken 2050"
    # Another Drafts object on the same database sees them: that is what a restart does.
    assert Drafts.beside(tmp_path / "ogpdesk.sqlite3").load("meeting-msaken") == "REC: M'Saken 2050"
    assert Drafts.beside(tmp_path / "other.sqlite3").load("meeting-msaken") == ""


def test_empty_text_removes_the_draft_and_leaves_no_temporary(tmp_path: Path) -> None:
    drafts = Drafts.beside(tmp_path / "ogpdesk.sqlite3")
    for prefix in ["R", "RE", "REC", "REC:", ""]:
        drafts.save("m", prefix)
    assert drafts.load("m") == ""
    assert list(drafts.folder.iterdir()) == []


def test_unknown_meeting_has_an_empty_draft(tmp_path: Path) -> None:
    assert Drafts(tmp_path / "nowhere").load("no-such-meeting") == ""
