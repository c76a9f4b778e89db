"""The action items list: what is overdue, open and done on a given day."""

from __future__ import annotations

import datetime as dt

from ogpdesk.documents.export import ExportRequest, export


def _export(recorded, tmp_path, today, **scope):
    request = ExportRequest(
        "actions",
        scope.get("meeting"),
        scope.get("process"),
        "fr",
        tmp_path / "actions.pdf",
        today=today,
    )
    with recorded.store.session() as session:
        return export(session, request)


def test_sections_move_with_the_date(kairouan, tmp_path, read):
    early = read.pdf_text(
        _export(kairouan, tmp_path, dt.date(2016, 4, 1), process=kairouan.process_id)
    )
    assert read.in_order(
        early,
        [
            "Actions en retard (0)",
            "Actions à mener (2)",
            "Envoyer le compte rendu",
            "Demander une assistance",
            "Actions réalisées (1)",
            "Réserver la salle",
        ],
    )
    late = read.pdf_text(
        _export(kairouan, tmp_path, dt.date(2016, 5, 2), process=kairouan.process_id)
    )
    assert read.in_order(
        late,
        [
            "Actions en retard (2)",
            "Envoyer le compte rendu",
            "Demander une assistance",
            "Actions à mener (0)",
        ],
    )
    assert "Situation au 2 mai 2016" in late


def test_one_meeting_only(kairouan, tmp_path, read):
    text = read.pdf_text(
        _export(kairouan, tmp_path, dt.date(2016, 4, 1), meeting=kairouan.msaken_id)
    )
    assert "Demander une assistance technique" in text
    assert "Envoyer le compte rendu" not in text


def test_overdue_as_of_the_meeting_not_the_clock(kairouan, tmp_path, read, monkeypatch):
    # Years later by the clock, every dated action would be late; the minutes' meeting
    # (22 March 2016) reports none of them overdue.
    class Later(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return dt.date(2029, 6, 1)

    monkeypatch.setattr(dt, "date", Later)
    text = read.pdf_text(_export(kairouan, tmp_path, None, meeting=kairouan.meeting_id))
    assert "Actions en retard (0)" in text and "Situation au 22 mars 2016" in text
    # A process: as of its latest meeting (M'saken, 26 March 2016); with a quarter, its end.
    text = read.pdf_text(_export(kairouan, tmp_path, None, process=kairouan.process_id))
    assert "Actions en retard (0)" in text and "Situation au 26 mars 2016" in text
    request = ExportRequest(
        "actions", None, kairouan.process_id, "fr", tmp_path / "q.pdf", quarter="2016Q2"
    )
    with kairouan.store.session() as session:
        text = read.pdf_text(export(session, request))
    assert "Actions en retard (2)" in text and "Situation au 30 juin 2016" in text
