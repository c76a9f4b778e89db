"""Imports decide or refuse: what a hostile or unlucky file used to slip into the store."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from sqlalchemy import select

from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Intervention, Meeting, Participant
from ogpdesk.core.notes import import_notes_file
from ogpdesk.core.participants import import_participants_file, read_table
from ogpdesk.core.store import Store
from ogpdesk.core.textio import clean, read_text
from ogpdesk.documents.export import ExportRequest, export


def _meeting(store: Store) -> str:
    with store.transaction() as session:
        return create_meeting(
            session, title="Séance publique — El Kef", date=dt.date(2024, 5, 14), city="El Kef"
        ).id


def _import(store: Store, meeting_id: str, path: Path) -> str:
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        return str(import_participants_file(session, meeting, path))


def _names(store: Store) -> list[str]:
    with store.session() as session:
        return sorted(session.scalars(select(Participant.full_name)))


def test_a_file_mixing_utf8_and_windows_1256_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(
        b"Nom,Organisme\n"
        + "سلمى العياري,بلدية الكاف\n".encode()
        + "محمد بن صالح,جمعية كيكا\n".encode("cp1256")
    )
    with pytest.raises(InvalidInput) as refused:
        read_text(path)
    message = str(refused.value)
    assert "line 2 is UTF-8 but line 3 is not" in message
    assert str(path) in message


def test_a_pipe_delimited_list_is_split_into_its_columns(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom|Téléphone|Courriel\n"
        "Amina Ben Ali|+216 98 111 222|amina@example.tn\n"
        "Sami Jlassi|+216 98 333 444|sami@example.tn\n",
        encoding="utf-8",
    )
    meeting_id = _meeting(store)
    report = _import(store, meeting_id, path)
    assert "(|)" in report
    with store.session() as session:
        amina = session.scalars(select(Participant).where(Participant.full_name == "Amina Ben Ali"))
        person = amina.one()
    assert (person.phone, person.email) == ("+216 98 111 222", "amina@example.tn")
    # What was printed before: the phone and e-mail, glued to the name, on the sheet.
    sheet = tmp_path / "presence.docx"
    request = ExportRequest(
        kind="attendance", meeting=meeting_id, process=None, lang="fr", output=sheet
    )
    with store.session() as session:
        export(session, request)
    printed = "\n".join(
        cell.text for table in docx.Document(str(sheet)).tables for cell in table._cells
    )
    assert "Amina Ben Ali" in printed
    assert "111 222" not in printed and "example.tn" not in printed


def test_columns_glued_by_an_unknown_separator_are_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom/Téléphone/Courriel\nAmina Ben Ali/+216 98 111 222/amina@example.tn\n",
        encoding="utf-8",
    )
    meeting_id = _meeting(store)
    with pytest.raises(InvalidInput, match="several columns run together, separated by “/”"):
        _import(store, meeting_id, path)
    assert _names(store) == []


def test_a_header_naming_first_and_last_name_together_is_still_one_column(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Nom/Prénom,Organisme\nBen Ali Amina,ASM\n", encoding="utf-8")
    _import(store, _meeting(store), path)
    assert _names(store) == ["Ben Ali Amina"]


def test_an_unbalanced_quote_rejects_the_rows_it_swallows_by_number(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        'Nom,Organisme\nSonia Jlassi,ASM\n"Amina Ben Ali,Kika\n'
        "Sami Jlassi,ASM\nAli Hammami,Bladi\n",
        encoding="utf-8",
    )
    report = _import(store, _meeting(store), path)
    assert "rows rejected: 1" in report
    assert "row 3: a quotation mark is not closed: lines 3 to 5 were read as one row" in report
    assert _names(store) == ["Sonia Jlassi"]


def test_a_quote_closed_further_down_and_a_stray_quote_are_rows_errors(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        'Nom,Organisme\n"Amina" Ben Ali,Kika\nSonia,"ASM\nSami Jlassi,Bladi"\nAli Hammami,Bladi\n',
        encoding="utf-8",
    )
    report = _import(store, _meeting(store), path)
    assert "row 2: quotation marks misplaced" in report
    assert "row 3: a quotation mark is not closed: lines 3 to 4" in report
    assert _names(store) == ["Ali Hammami"]


def test_a_row_wider_than_its_header_is_rejected(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom;Organisme\nSonia Jlassi;ASM\nAmina; Ben Ali;Kika\nAli;Bladi;;\n", encoding="utf-8"
    )
    report = _import(store, _meeting(store), path)
    assert "row 3: 3 values but the header has 2 columns" in report
    # Empty trailing cells are only the way some programs end a line.
    assert _names(store) == ["Ali", "Sonia Jlassi"]


def test_a_column_named_twice_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Nom,Téléphone,Nom\nAmina,98111222,Sonia\n", encoding="utf-8")
    meeting_id = _meeting(store)
    with pytest.raises(InvalidInput, match=r"“Nom” appears twice .* \(columns 1 and 3\)"):
        _import(store, meeting_id, path)
    assert _names(store) == []


def _workbook(path: Path, rows: list[list[str]]) -> None:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)


def _rewrite_sheet(path: Path, change: callable) -> None:  # type: ignore[valid-type]
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = change(parts[sheet])
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)


def test_a_workbook_understating_its_dimension_is_read_whole(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    names = ["Amina Ben Ali", "Sonia Jlassi", "Sami Jlassi", "Ali Hammami", "سلمى العياري"]
    _workbook(path, [["Nom", "Organisme"], *[[n, "ASM"] for n in names]])
    _rewrite_sheet(
        path, lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', xml)
    )
    assert b'ref="A1:B2"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    _import(store, _meeting(store), path)
    assert _names(store) == sorted(names)


def test_malformed_sheet_xml_is_an_unreadable_workbook(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    _workbook(path, [["Nom"], ["Amina"]])
    _rewrite_sheet(path, lambda xml: xml.replace(b"</sheetData>", b"<row><c></sheetData>"))
    with pytest.raises(InvalidInput, match="not a readable Excel workbook"):
        read_table(path)


def test_control_characters_and_overrides_are_removed_and_reported(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom,Organisme\nAmina\x07 Ben\x1b Ali,Kika\x7f\nSami \u202eilasJ\u202c,ASM\n",
        encoding="utf-8",
    )
    report = _import(store, _meeting(store), path)
    assert "3 control characters, 2 direction overrides" in report
    assert "in rows 2, 3" in report
    assert _names(store) == ["Amina Ben Ali", "Sami ilasJ"]


def test_clean_keeps_tab_newline_and_marks_without_scope() -> None:
    text = "a\tb\nc\u200fد\u200e\u061c"
    assert clean(text).text == text and not clean(text).changed
    dirty = clean("x\x00\x01\x85\u2066y\u2069\ud800\uffff\r\n")
    assert (dirty.text, dirty.controls, dirty.bidi) == ("xy\n", 5, 2)


def test_notes_are_cleaned_and_the_report_says_so(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Sami\x1b Jlassi: la voirie\u202e est prioritaire\x07\n", encoding="utf-8")
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        report = import_notes_file(session, meeting, path).render()
    assert "2 control characters, 1 direction overrides" in report
    with store.session() as session:
        [said] = session.scalars(select(Intervention)).all()
        assert (said.speaker_name, said.summary) == ("Sami Jlassi", "la voirie est prioritaire")


def test_edits_in_the_window_are_cleaned_as_imports_are(store: Store) -> None:
    from ogpdesk.core import capture, recommendations, timeline

    with store.transaction() as session:
        meeting = create_meeting(session, title="Séance\x07 \u202eKef", date=dt.date(2024, 5, 14))
        said = capture.add_intervention(session, meeting, "avant").of(Intervention)[0]
        proposed = capture.add_recommendation(session, meeting, "avant")
        timeline.set_text(session, timeline.EntryKind.NOTE, said.id, "la\x1b[31m voirie")
        recommendations.update(session, proposed.id, text="publier\x00 le budget\u2066")
        session.flush()
        assert meeting.title == "Séance Kef"
        assert said.summary == "la[31m voirie"
        assert proposed.text == "publier le budget"
