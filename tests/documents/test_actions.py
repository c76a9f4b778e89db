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
