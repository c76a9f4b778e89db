"""The participant directory: lists from real files, duplicates, search, sign-in and counts."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from ogpdesk.core.errors import InvalidInput, Locked
from ogpdesk.core.meetings import create_meeting, set_status
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Gender,
    Meeting,
    MeetingStatus,
    Participant,
    StakeholderGroup,
)
from ogpdesk.core.participants import (
    Row,
    Table,
    add_newcomer,
    apply_import,
    attendance_counts,
    guess_mapping,
    import_participants_file,
    parse_gender,
    parse_group,
    plan_import,
    read_table,
    search_participants,
    sign_in,
)
from ogpdesk.core.store import Store
from ogpdesk.core.textio import cleaned


def _meeting(store: Store, title: str = "Réunion publique de co-création — El Kef") -> str:
    with store.transaction() as session:
        return create_meeting(
            session, title=title, date=dt.date(2024, 5, 14), kind="co_creation", city="El Kef"
        ).id


def _import(store: Store, meeting_id: str, path: Path) -> str:
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        return str(import_participants_file(session, meeting, path))


def _people(store: Store) -> dict[str, Participant]:
    with store.session() as session:
        return {p.full_name: p for p in session.scalars(select(Participant))}


@pytest.mark.parametrize(
    ("name", "format", "names"),
    [
        (
            "participants_kef_1256.csv",
            "CSV Windows-1256 (,)",
            ["محمد بن صالح", "فاطمة الطرابلسي", "سامي الجلاصي", "Leïla Ben Ammar"],
        ),
        (
            "participants_kairouan_utf16.csv",
            "CSV UTF-16 (tab)",
            ["Mohamed Ben Salah", "نور الهدى الزغلامي", "Expert KTC"],
        ),
        (
            "participants_msaken_bom.csv",
            "CSV UTF-8 (;)",
            ["Sonia Jlassi", "Mohamed Ben Salah", "علي الهمامي"],
        ),
        (
            "participants_elkef.xlsx",
            "XLSX",
            ["Mohamed Ben Salah", "سلمى العياري", "Youssef Hammami"],
        ),
    ],
)
def test_lists_from_real_files_are_read_whatever_their_encoding(
    store: Store, data: Path, name: str, format: str, names: list[str]
) -> None:
    table = read_table(data / name)
    assert table.format == format
    with store.session() as session:
        plan = plan_import(session, table, guess_mapping(table.headers))
    assert [row.fields["full_name"] for row in plan.accepted] == names
    assert not plan.rejected and not plan.duplicates and not plan.warnings


def test_fields_and_values_in_arabic_french_and_english(store: Store, data: Path) -> None:
    meeting_id = _meeting(store)
    for name in ("participants_kef_1256.csv", "participants_msaken_bom.csv"):
        _import(store, meeting_id, data / name)
    people = _people(store)
    fatma = people["فاطمة الطرابلسي"]
    assert (fatma.organisation, fatma.role, fatma.phone, fatma.city) == (
        "جمعية كيكا للثقافة بالكاف",
        "رئيسة",
        "22334455",
        "الكاف",
    )
    assert (fatma.stakeholder_group, fatma.gender) == (
        StakeholderGroup.CIVIL_SOCIETY,
        Gender.FEMALE,
    )
    sonia = people["Sonia Jlassi"]
    # The quoted organisation keeps its semicolon; "Nom" and "Prénom" make one name.
    assert sonia.organisation == "Association M'Saken 2050; bureau exécutif"
    assert (sonia.email, sonia.gender) == ("sonia@example.tn", Gender.FEMALE)
    assert people["علي الهمامي"].stakeholder_group is StakeholderGroup.AUTHORITY


def test_xlsx_numbers_and_yes_no_columns(store: Store, data: Path) -> None:
    _import(store, _meeting(store), data / "participants_elkef.xlsx")
    salma = _people(store)["سلمى العياري"]
    # Excel stores a phone number as 22111333.0; the directory keeps the digits.
    assert (salma.phone, salma.disability, salma.age_band) == ("22111333", True, "18-25")


def test_bad_rows_are_reported_by_row_number_and_the_rest_imported(
    store: Store, data: Path
) -> None:
    meeting_id = _meeting(store)
    report = _import(store, meeting_id, data / "participants_bad_rows.csv")
    with store.session() as session:
        names = sorted(session.scalars(select(Participant.full_name)))
    assert names == ["Amel Kefi", "Karim Ouni", "Karim Ouni"]
    for expected in [
        "new participants: 3",
        "newly invited to the meeting: 3",
        "repeated in the file, imported once: 1",
        "row 6: same person as row 2, imported once",
        "rows rejected: 3",
        "row 3: no name",
        "row 4: Organisation is longer than 300 characters and cannot be kept",
        "row 9: Age band is longer than 16 characters and cannot be kept",
        "values left empty: 3",
        "row 5: Group “neighbours” not understood, left empty",
        "row 5: Gender “Q” not understood, left empty",
        "row 5: Email “karim-at-example” not understood, left empty",
    ]:
        assert expected in report
    assert "row 7" not in report  # an empty row is no one


def test_importing_again_matches_the_directory_and_fills_what_was_missing(
    store: Store, tmp_path: Path
) -> None:
    meeting_id = _meeting(store)
    first = tmp_path / "first.csv"
    first.write_text("Nom;Organisme\nAmel Kefi;Bloc associatif du Kef\nSami Jlassi;\n", "utf-8")
    _import(store, meeting_id, first)
    again = tmp_path / "again.csv"
    again.write_text(
        "Nom;Organisme;Téléphone\n"
        "AMEL KÉFI;bloc associatif du Kef;98 765 432\n"
        "سامي الجلاصي;بلدية الكاف;\n"
        "Sami Jlassi;TWIZA;22 000 111\n",
        "utf-8",
    )
    report = _import(store, meeting_id, again)
    assert "new participants: 1" in report
    assert "already in the directory: 2" in report
    assert "newly invited to the meeting: 1" in report
    people = _people(store)
    assert people["Amel Kefi"].phone == "98 765 432"
    # Sami had no organisation: the one of the second list completes it.
    assert people["Sami Jlassi"].organisation == "TWIZA"
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 3


def test_homonyms_of_different_organisations_are_different_people(store: Store, data: Path) -> None:
    meeting_id = _meeting(store)
    for name in (
        "participants_kairouan_utf16.csv",
        "participants_msaken_bom.csv",
        "participants_elkef.xlsx",
    ):
        _import(store, meeting_id, data / name)
    with store.session() as session:
        organisations = session.scalars(
            select(Participant.organisation).where(Participant.full_name == "Mohamed Ben Salah")
        ).all()
    assert sorted(organisations) == [
        "Municipalité de Kairouan",
        "Municipalité de M'saken",
        "Municipalité du Kef",
    ]


def test_an_import_is_applied_whole_or_not_at_all(store: Store, data: Path) -> None:
    meeting_id = _meeting(store)
    with pytest.raises(RuntimeError), store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        import_participants_file(session, meeting, data / "participants_kef_1256.csv")
        raise RuntimeError("the step fails after the import")
    assert _people(store) == {}

    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
    with pytest.raises(Locked):
        _import(store, meeting_id, data / "participants_kef_1256.csv")
    assert _people(store) == {}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "holds no rows"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Excel file"),
        (b"PK\x03\x04" + b"\x00" * 64, "not a readable Excel workbook"),
        (b"Organisation;Ville\nKTC Sfax;Sfax\n", "No column of names"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ],
)
def test_unreadable_files_are_refused_and_nothing_changes(
    store: Store, tmp_path: Path, content: bytes, problem: str
) -> None:
    meeting_id = _meeting(store)
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=problem) as refused:
        _import(store, meeting_id, path)
    assert str(path) in str(refused.value)
    assert _people(store) == {}


def test_a_truncated_workbook_is_refused(store: Store, data: Path, tmp_path: Path) -> None:
    whole = (data / "participants_elkef.xlsx").read_bytes()
    path = tmp_path / "liste.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InvalidInput, match="not a readable Excel workbook"):
        _import(store, _meeting(store), path)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Nom", "Prénom", "Organisme"], {"last_name": 0, "first_name": 1, "organisation": 2}),
        (["Nom", "Ville"], {"full_name": 0, "city": 1}),
        (["الاسم", "اللقب", "الجهة"], {"first_name": 0, "last_name": 1, "organisation": 2}),
        (["الاسم و اللقب", "الصفة", "الفئة", "الفئة العمرية"],
         {"full_name": 0, "role": 1, "stakeholder_group": 2, "age_band": 3}),
        (["N°", "Nom et prénom", "E-mail", "Tél."], {"full_name": 1, "email": 2, "phone": 3}),
        (["Full name", "Organization", "Sex", "Disability"],
         {"full_name": 0, "organisation": 1, "gender": 2, "disability": 3}),
    ],
)  # fmt: skip
def test_headers_are_recognised(headers: list[str], expected: dict[str, int]) -> None:
    assert guess_mapping(headers) == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("مجتمع مدني", StakeholderGroup.CIVIL_SOCIETY),
        ("Société civile", StakeholderGroup.CIVIL_SOCIETY),
        ("civil society", StakeholderGroup.CIVIL_SOCIETY),
        ("السلطة المحلية", StakeholderGroup.AUTHORITY),
        ("Élu", StakeholderGroup.AUTHORITY),
        ("مواطنة", StakeholderGroup.CITIZEN),
        ("Universitaire", StakeholderGroup.ACADEMIC),
        ("secteur privé", StakeholderGroup.PRIVATE_SECTOR),
        ("Presse", StakeholderGroup.MEDIA),
        ("voisins", None),
    ],
)
def test_stakeholder_groups_in_three_languages(text: str, group: StakeholderGroup | None) -> None:
    assert parse_group(text) is group


def test_genders_in_three_languages() -> None:
    assert {parse_gender(t) for t in ("F", "f", "Femme", "أنثى", "female")} == {Gender.FEMALE}
    assert {parse_gender(t) for t in ("M", "H", "Homme", "ذكر", "male")} == {Gender.MALE}
    assert parse_gender("?") is None


csv_cells = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\x00\r,;\t\x0b\x0c\x1c\x1d\x1e\x85"
    ),
    max_size=12,
)


# No deadline: a timing is a benchmark's business (the first plan reads and folds the
# directory, seconds on a loaded machine), and this test is about what is read.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    rows=st.integers(1, 3).flatmap(
        lambda width: st.lists(st.lists(csv_cells, min_size=width, max_size=width), max_size=6)
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_csv_reads_back_its_cells_and_plans_without_error(
    store: Store, tmp_path_factory, rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    width = len(rows[0]) if rows else 1
    header = ["Nom", "Organisme", "Catégorie"][:width]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows([header, *rows])
    path = tmp_path_factory.mktemp("csv") / "liste.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    # Cells as cleaned at every entry point: no control character or bidi override kept.
    cells = [[cleaned(c).strip() for c in r] for r in rows]
    expected = [tuple(r) for r in cells if any(r)]
    if not expected:
        with pytest.raises(InvalidInput, match="holds no rows"):
            read_table(path)
        return
    table = read_table(path)
    assert table.headers == tuple(header)
    assert [r.cells for r in table.rows] == expected
    with store.session() as session:
        plan = plan_import(session, table, guess_mapping(table.headers))
    assert len(plan.accepted) + len(plan.rejected) + len(plan.duplicates) == len(expected)


# ---------------------------------------------------------------- at the meeting


@pytest.fixture
def directory(store: Store, data: Path) -> str:
    meeting_id = _meeting(store)
    for name in ("participants_kef_1256.csv", "participants_msaken_bom.csv"):
        _import(store, meeting_id, data / name)
    return meeting_id


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("فاطمة", "فاطمة الطرابلسي"),
        ("فَاطِمَة", "فاطمة الطرابلسي"),  # typed with harakat
        ("الطرابلسى", "فاطمة الطرابلسي"),  # alif maqsura for ya
        ("leila", "Leïla Ben Ammar"),
        ("BEN AMMAR", "Leïla Ben Ammar"),
        ("kika", None),
        ("كيكا", "فاطمة الطرابلسي"),  # by organisation
        ("saken 2050", "Sonia Jlassi"),
        ("société civile", "Leïla Ben Ammar"),  # by stakeholder group, in French
        ("مجتمع مدني", "Leïla Ben Ammar"),  # and in Arabic
    ],
)
def test_search_by_name_organisation_or_group_in_either_script(
    store: Store, directory: str, query: str, first: str | None
) -> None:
    with store.session() as session:
        names = [p.full_name for p in search_participants(session, query)]
    if first is None:
        assert names == []
    else:
        assert names and names[0] == first


def test_search_puts_names_starting_with_the_text_first(store: Store, directory: str) -> None:
    with store.transaction() as session:
        meeting = session.get(Meeting, directory)
        assert meeting is not None
        add_newcomer(session, meeting, "Salah Mejri")
    with store.session() as session:
        names = [p.full_name for p in search_participants(session, "salah")]
        assert names == ["Salah Mejri", "Mohamed Ben Salah"]
        assert len(search_participants(session, "a", limit=2)) == 2
        assert search_participants(session, "  ") == []


def test_sign_in_newcomers_and_diversity_figures(store: Store, directory: str) -> None:
    with store.transaction() as session:
        meeting = session.get(Meeting, directory)
        assert meeting is not None
        [fatma] = search_participants(session, "فاطمة")
        [leila] = search_participants(session, "Leïla")
        [ali] = search_participants(session, "علي الهمامي")
        changes = sign_in(session, meeting, fatma)
        assert changes.attendance
        sign_in(session, meeting, leila, AttendanceStatus.REMOTE)
        sign_in(session, meeting, ali, AttendanceStatus.EXCUSED)
        newcomer = add_newcomer(
            session,
            meeting,
            "  Youssef   Hammami ",
            organisation="TWIZA",
            stakeholder_group=StakeholderGroup.CITIZEN,
        )
        assert newcomer.changes().participants
        with pytest.raises(InvalidInput, match="needs a name"):
            add_newcomer(session, meeting, "   ")

    with store.session() as session:
        meeting = session.get(Meeting, directory)
        assert meeting is not None
        counts = attendance_counts(session, meeting)
        youssef = session.scalars(
            select(Participant).where(Participant.full_name == "Youssef Hammami")
        ).one()
        signed = session.scalars(
            select(Attendance.signed_in_at).where(Attendance.participant_id == youssef.id)
        ).one()
    assert signed is not None
    assert counts.by_status == {
        AttendanceStatus.INVITED: 4,
        AttendanceStatus.PRESENT: 2,
        AttendanceStatus.REMOTE: 1,
        AttendanceStatus.EXCUSED: 1,
    }
    assert counts.attended == 3
    assert counts.by_group == {
        StakeholderGroup.CIVIL_SOCIETY: 2,
        StakeholderGroup.CITIZEN: 1,
    }
    assert counts.by_gender == {Gender.FEMALE: 2, None: 1}


def test_plan_import_reads_only(store: Store) -> None:
    table = Table("liste.csv", ("Nom",), (Row(2, ("Amel Kefi",)), Row(3, ("Amel Kefi",))))
    with store.session() as session:
        plan = plan_import(session, table, {"full_name": 0})
        assert [r.row for r in plan.accepted] == [2]
        assert [d.row for d in plan.duplicates] == [3]
        assert not session.new and not session.dirty
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        result = apply_import(session, meeting, plan)
        assert result.changes().participants and result.changes().attendance
    assert list(_people(store)) == ["Amel Kefi"]


def test_excel_unicode_text_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "liste.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "الاسم\tالجهة\r\nسامي\tTWIZA\r\n".encode("utf-16-le"))
    assert read_table(path).rows == (Row(2, ("سامي", "TWIZA")),)


def test_search_sees_every_change_to_the_directory(store: Store, directory: str) -> None:
    def names(query: str) -> list[str]:
        with store.session() as session:
            return [p.full_name for p in search_participants(session, query)]

    assert names("Jlassi") == ["Sonia Jlassi"]
    with store.transaction() as session:
        [sonia] = search_participants(session, "Sonia")
        sonia.full_name = "Sonia Jlassi Ben Ammar"
    assert names("Jlassi") == ["Sonia Jlassi Ben Ammar"]
    with store.transaction() as session:
        [sonia] = search_participants(session, "Sonia")
        sonia.deleted = True
    assert names("Jlassi") == []
    with store.transaction() as session:
        meeting = session.get(Meeting, directory)
        assert meeting is not None
        add_newcomer(session, meeting, "Hela Jlassi")
        # Within the step, before it is committed, the newcomer is found already.
        assert [p.full_name for p in search_participants(session, "jlassi")] == ["Hela Jlassi"]
    assert names("Jlassi") == ["Hela Jlassi"]


def test_problems_name_the_column_as_the_file_does_or_in_the_users_language(
    store: Store,
) -> None:
    long_part = "ب" * 150
    table = Table(
        "liste.csv",
        ("الاسم", "اللقب", "Sexe"),
        (Row(2, (long_part, long_part, "?")), Row(3, ("سامي", "الجلاصي", "?"))),
    )
    with store.session() as session:
        plan = plan_import(session, table, guess_mapping(table.headers))
    # The name is made of two columns: our own word for it, translated.
    assert [p.message("fr") for p in plan.rejected] == [
        "Nom dépasse 200 caractères et ne peut pas être conservé"
    ]
    assert [p.message("ar") for p in plan.warnings] == ["Sexe «?» غير مفهوم، تُرك فارغًا"]
