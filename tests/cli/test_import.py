"""``ogpdesk import-notes`` and ``import-participants``, run as a user runs them."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Decision,
    Intervention,
    Participant,
    Recommendation,
)
from ogpdesk.core.store import open_store


def ogpdesk(db: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OGPDESK_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def _meeting(db: Path, title: str, city: str) -> str:
    """A meeting made in-process: quicker than one more subprocess for what is not tested."""
    store = open_store(db)
    try:
        with store.transaction() as session:
            return create_meeting(
                session, title=title, date=dt.date(2016, 3, 22), kind="seminar", city=city
            ).id
    finally:
        store.close()


def _timeline(db: Path, meeting_id: str) -> list[tuple[str, str]]:
    """(kind, text) of everything recorded in the meeting, in the order it was captured."""
    store = open_store(db)
    rows: list[tuple[int, str, str]] = []
    try:
        with store.session() as session:
            for model, text in (
                (AgendaItem, AgendaItem.title),
                (Intervention, Intervention.summary),
                (Recommendation, Recommendation.text),
                (Decision, Decision.text),
                (ActionItem, ActionItem.task),
            ):
                for position, value in session.execute(
                    select(model.position, text).where(model.meeting_id == meeting_id)
                ):
                    rows.append((position, model.__name__, value))
    finally:
        store.close()
    return [(kind, text) for _, kind, text in sorted(rows)]


def _dump(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        return list(connection.iterdump())


def test_a_mixed_arabic_french_notes_file_becomes_the_meeting_record(
    tmp_path: Path, data: Path
) -> None:
    db = tmp_path / "ogpdesk.sqlite3"
    created = ogpdesk(
        db, "new-meeting", "--title", "Session de sensibilisation — Kairouan",
        "--date", "2016-03-22", "--city", "Kairouan", "--kind", "awareness_session",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    meeting_id = created.stdout.strip()

    run = ogpdesk(db, "import-notes", "Kairouan", str(data / "notes_kairouan_mixed.txt"))

    assert run.returncode == 0, run.stderr
    for expected in [
        "(UTF-8)",
        "agenda items: 2",
        "interventions: 3",
        "recommendations: 3",
        "decisions: 1",
        "action items: 1",
        "new participants: 3",
        "lines kept as notes (no speaker or keyword): 1, at lines 14",
    ]:
        assert expected in run.stdout
    assert _timeline(db, meeting_id) == [
        ("AgendaItem", "عرض / Présentation : la stratégie du Grand Sfax"),
        ("Intervention", "La mise à jour de la stratégie du Grand Sfax a commencé le 12 mars."),
        ("AgendaItem", "النقاش / Débat"),
        (
            "Intervention",
            "Il faut diffuser cette expérience aux petites municipalités de la région.",
        ),
        ("Recommendation", "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني"),
        (
            "Intervention",
            "نقترح تنسيق هذه العملية مع المجتمع المدني والسلط الجهوية والخبراء والجامعيين"
            "\nوالمواطنين.",
        ),
        ("Decision", "Identifier les groupes de travail sectoriels avant la fin du trimestre"),
        ("ActionItem", "Préparer la liste des groupes sectoriels"),
        ("Recommendation", "accélérer l'adoption de la loi sur le partenariat public-privé (3P)"),
        ("Recommendation", "تسريع تحديد مجموعات العمل القطاعية"),
        ("Intervention", "La séance est levée à 13:00."),
    ]
    store = open_store(db)
    try:
        with store.session() as session:
            speakers = session.execute(
                select(Intervention.speaker_name, Intervention.organisation)
                .where(Intervention.speaker_name.is_not(None))
                .order_by(Intervention.position)
            ).all()
            action = session.scalars(select(ActionItem)).one()
            first_recommendation = session.scalars(
                select(Recommendation).where(Recommendation.number == 1)
            ).one()
            sources = [s.speaker_name for s in first_recommendation.sources]
            present = session.scalars(select(Attendance.status)).all()
    finally:
        store.close()
    assert speakers == [
        ("Expert KTC", "KTC Sfax"),
        ("Mohamed Ben Salah", "Municipalité de Kairouan"),
        ("سامي الطرابلسي", "جمعية M'Saken 2050"),
    ]
    assert (action.owner_name, action.due_date) == ("Sami", dt.date(2025, 6, 30))
    assert sources == ["Mohamed Ben Salah"]
    assert present == [AttendanceStatus.PRESENT] * 3


@pytest.mark.parametrize(
    ("name", "encoding", "expected"),
    [
        (
            "notes_kef_1256.txt",
            "(Windows-1256)",
            [
                ("AgendaItem", "الالتزامات / Engagements du plan d'action local"),
                ("Intervention", "نعرض حصيلة الثلاثية الأولى لكل التزام."),
                (
                    "Recommendation",
                    "نشر التقدم على الموقع الإلكتروني وعلى الشاشة العملاقة بساحة المدينة",
                ),
                ("Decision", "اعتماد مصفوفة المتابعة الفصلية"),
                ("ActionItem", "إعداد المصفوفة"),
                ("Intervention", "la réunion a commencé à l'heure, salle comble."),
            ],
        ),
        (
            "notes_msaken_utf16.txt",
            "(UTF-16)",
            [
                ("AgendaItem", "جلسة تحسيسية / Séance de sensibilisation — M'saken"),
                (
                    "Intervention",
                    "Nous voulons une vision partagée de la ville, à l'horizon 2050.",
                ),
                (
                    "Recommendation",
                    "coordonner l'opération avec la société civile, les experts et les "
                    "universitaires",
                ),
                (
                    "Decision",
                    "assistance technique des décideurs locaux et centraux à la stratégie "
                    "de la ville",
                ),
            ],
        ),
    ],
)
def test_notes_written_on_windows_are_read_correctly(
    tmp_path: Path, data: Path, name: str, encoding: str, expected: list[tuple[str, str]]
) -> None:
    db = tmp_path / "ogpdesk.sqlite3"
    meeting_id = _meeting(db, "Réunion trimestrielle", "El Kef")

    run = ogpdesk(db, "import-notes", meeting_id[:8], str(data / name))

    assert run.returncode == 0, run.stderr
    assert encoding in run.stdout
    assert _timeline(db, meeting_id) == expected


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "is not a text file: it contains binary data"),
        ("Привет: кириллица в Windows-1251".encode("cp1251"), "could not be recognised"),
    ],
)
def test_an_unreadable_notes_file_is_refused_and_nothing_changes(
    tmp_path: Path, data: Path, content: bytes | None, problem: str
) -> None:
    db = tmp_path / "ogpdesk.sqlite3"
    _meeting(db, "Séance M'saken", "M'saken")
    notes = tmp_path / "notes.txt"
    notes.write_bytes(
        content if content is not None else (data / "participants_elkef.xlsx").read_bytes()
    )
    before = _dump(db)

    run = ogpdesk(db, "import-notes", "M'saken", str(notes))

    assert run.returncode == 1
    assert run.stdout == ""
    assert str(notes) in run.stderr and problem in run.stderr
    assert _dump(db) == before


def test_participants_from_csv_and_xlsx_are_invited(tmp_path: Path, data: Path) -> None:
    db = tmp_path / "ogpdesk.sqlite3"
    meeting_id = _meeting(db, "Réunion publique de co-création — El Kef", "El Kef")

    csv_run = ogpdesk(
        db, "import-participants", "co-création", str(data / "participants_kef_1256.csv")
    )
    xlsx_run = ogpdesk(db, "import-participants", meeting_id, str(data / "participants_elkef.xlsx"))

    assert csv_run.returncode == 0, csv_run.stderr
    assert "CSV Windows-1256 (,)" in csv_run.stdout
    assert "new participants: 4" in csv_run.stdout
    assert xlsx_run.returncode == 0, xlsx_run.stderr
    assert "new participants: 3" in xlsx_run.stdout
    store = open_store(db)
    try:
        with store.session() as session:
            invited = session.execute(
                select(Participant.full_name, Attendance.status)
                .join(Attendance, Attendance.participant_id == Participant.id)
                .where(Attendance.meeting_id == meeting_id)
            ).all()
    finally:
        store.close()
    assert len(invited) == 7
    assert {status for _, status in invited} == {AttendanceStatus.INVITED}
    assert {"محمد بن صالح", "Leïla Ben Ammar", "سلمى العياري"} <= {name for name, _ in invited}


def test_bad_rows_are_reported_in_the_users_language(tmp_path: Path, data: Path) -> None:
    db = tmp_path / "ogpdesk.sqlite3"
    meeting_id = _meeting(db, "Réunion du comité de pilotage", "El Kef")

    run = ogpdesk(
        db, "import-participants", meeting_id, str(data / "participants_bad_rows.csv"), lang="fr"
    )

    assert run.returncode == 0, run.stderr
    assert "lignes refusées : 3" in run.stdout
    assert "ligne 3 : sans nom" in run.stdout
    assert "ligne 4 : Organisation dépasse 300 caractères" in run.stdout


def test_an_unreadable_participants_file_is_refused_and_nothing_changes(
    tmp_path: Path, data: Path
) -> None:
    db = tmp_path / "ogpdesk.sqlite3"
    meeting_id = _meeting(db, "Réunion du comité de pilotage", "El Kef")
    broken = tmp_path / "liste.xlsx"
    whole = (data / "participants_elkef.xlsx").read_bytes()
    broken.write_bytes(whole[: len(whole) // 2])
    before = _dump(db)

    run = ogpdesk(db, "import-participants", meeting_id, str(broken))

    assert run.returncode == 1
    assert "not a readable Excel workbook" in run.stderr
    assert _dump(db) == before
