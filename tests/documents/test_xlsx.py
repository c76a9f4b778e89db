"""XLSX files read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl

from ogpdesk.documents.export import ExportRequest, export


def _rows(path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    return [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]


def test_recommendations_report_rows_in_order(kairouan, tmp_path):
    request = ExportRequest("recommendations", None, kairouan.process_id, "fr", tmp_path / "r.xlsx")
    with kairouan.store.session() as session:
        export(session, request)
    rows = _rows(tmp_path / "r.xlsx")
    numbered = [row for row in rows if row and re.fullmatch(r"\d+\.\d+", str(row[0]))]
    assert [row[0] for row in numbered] == ["1.1", "1.2", "1.3", "1.4", "2.1"]
    assert numbered[0][1].startswith("The need to disseminate")
    # English recommendations without a French version, marked in the French report.
    assert numbered[3][1].endswith("for the city of Kairouan [à traduire]")
    assert numbered[4][1].startswith("Coordinate the M'Saken 2050")
    # The summary counts are numbers a spreadsheet can add up.
    total = next(row for row in rows if row and row[0] == "Total")
    assert total[1:] == [5, 2, 0]
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").active.sheet_view.rightToLeft is not True


def test_arabic_action_list_is_a_right_to_left_sheet(kairouan, tmp_path):
    request = ExportRequest(
        "actions", None, kairouan.process_id, "ar", tmp_path / "a.xlsx", today=dt.date(2016, 4, 20)
    )
    with kairouan.store.session() as session:
        export(session, request)
    workbook = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert workbook.active.sheet_view.rightToLeft is True
    rows = _rows(tmp_path / "a.xlsx")
    texts = [" ".join(str(c) for c in row) for row in rows]
    # Section headings carry their count in brackets (the summary at the top does not).
    overdue = texts.index(next(t for t in texts if t.startswith("إجراءات متأخرة (")))
    open_ = texts.index(next(t for t in texts if t.startswith("إجراءات جارية (")))
    done = texts.index(next(t for t in texts if t.startswith("إجراءات منجزة (")))
    assert overdue < open_ < done
    # Due 15 April: overdue on 20 April; due 1 May: still open; the hall booking is done.
    assert any("Envoyer le compte rendu à MedCities" in t for t in texts[overdue:open_])
    assert any("Demander une assistance technique" in t for t in texts[open_:done])
    assert any("Réserver la salle" in t for t in texts[done:])
