"""The notes grammar: what a facilitator types becomes the right items, and no word is lost."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    AgendaItemKind,
    Attendance,
    AttendanceStatus,
    Decision,
    Intervention,
    Meeting,
    Participant,
    Recommendation,
)
from ogpdesk.core.notes import (
    NoteItem,
    NoteKind,
    apply,
    format_item,
    import_notes_file,
    parse,
    parse_line,
)
from ogpdesk.core.store import Store

K = NoteKind


def _one(line: str) -> NoteItem:
    items = parse(line)
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("line", "kind", "text"),
    [
        ("# النقاش / Débat", K.AGENDA, "النقاش / Débat"),
        (
            "## Présentation de la stratégie de Sfax",
            K.AGENDA,
            "Présentation de la stratégie de Sfax",
        ),
        ("REC: Diffuser l'expérience", K.RECOMMENDATION, "Diffuser l'expérience"),
        ("rec : Diffuser l'expérience", K.RECOMMENDATION, "Diffuser l'expérience"),
        ("Recommandation : accélérer la loi 3P", K.RECOMMENDATION, "accélérer la loi 3P"),
        (
            "RECOMMENDATION: adopt a participative approach",
            K.RECOMMENDATION,
            "adopt a participative approach",
        ),
        ("توصية: اعتماد مقاربة تشاركية", K.RECOMMENDATION, "اعتماد مقاربة تشاركية"),
        ("التوصيات ： تعميم التجربة", K.RECOMMENDATION, "تعميم التجربة"),
        ("DEC: Créer un groupe de travail", K.DECISION, "Créer un groupe de travail"),
        ("décision: Créer un groupe de travail", K.DECISION, "Créer un groupe de travail"),
        ("DÉCISION﹕ Créer un groupe", K.DECISION, "Créer un groupe"),
        ("قرار: إحداث لجنة قيادة", K.DECISION, "إحداث لجنة قيادة"),
        ("Action: publier le rapport", K.ACTION, "publier le rapport"),
        ("À faire : publier le rapport", K.ACTION, "publier le rapport"),
        ("إجراء: نشر التقرير", K.ACTION, "نشر التقرير"),
        ("NB: la salle était pleine", K.NOTE, "la salle était pleine"),
        ("ملاحظة: القاعة ممتلئة", K.NOTE, "القاعة ممتلئة"),
    ],
)
def test_headings_and_keywords(line: str, kind: NoteKind, text: str) -> None:
    item = _one(line)
    assert (item.kind, item.text) == (kind, text)


@pytest.mark.parametrize(
    ("line", "speaker", "organisation", "text"),
    [
        (
            "Mohamed Ben Salah (Municipalité de Kairouan): Il faut diffuser l'expérience.",
            "Mohamed Ben Salah",
            "Municipalité de Kairouan",
            "Il faut diffuser l'expérience.",
        ),
        ("سامي الطرابلسي: نقترح تنسيق العمل", "سامي الطرابلسي", None, "نقترح تنسيق العمل"),
        (
            "محمد بن صالح (جمعية M'Saken 2050) : نريد رؤية مشتركة للمدينة",
            "محمد بن صالح",
            "جمعية M'Saken 2050",
            "نريد رؤية مشتركة للمدينة",
        ),
        ("M. Ben Ali : voir http://example.org", "M. Ben Ali", None, "voir http://example.org"),
        ("Sonia：La réunion commence à 10:30", "Sonia", None, "La réunion commence à 10:30"),
    ],
)
def test_interventions(line: str, speaker: str, organisation: str | None, text: str) -> None:
    item = _one(line)
    assert item.kind is K.INTERVENTION
    assert (item.speaker, item.organisation, item.text) == (speaker, organisation, text)


@pytest.mark.parametrize(
    "line",
    [
        "La séance reprend à 10:30 avec le maire",
        "À 10h30: pause café",
        "Le 22 mars: séance à Kairouan",
        "voir http://www.medcities.org/fr/ pour le détail",
        "https://ogp.gov.tn",
        "Comme il a été dit, voici la liste : un, deux",
        "Pourquoi? : parce que",
        "Ceci est une phrase bien trop longue pour être le nom de quelqu'un : suite",
        "# ",
        "#hashtag: texte",
        "REC (Kairouan): diffuser l'expérience",
    ],
)
def test_prose_is_not_mistaken_for_a_speaker(line: str) -> None:
    item = _one(line)
    assert item.kind is K.NOTE
    assert item.text == line.strip()


def test_right_to_left_marks_and_arabic_digits() -> None:
    items = parse(
        "\u200f# \u200fالنقاش\u200f\n"
        "\u202bتوصية\u202c : تعميم التجربة\n"
        "\u2067إجراء\u2069: إعداد التقرير @سامي ٢٠٢٥-٠٦-٣٠\u200f\n"
        "\u200eACT: Préparer la fiche 30/06/2025 @Sami Trabelsi\n"
    )
    assert [(i.kind, i.text) for i in items] == [
        (K.AGENDA, "النقاش"),
        (K.RECOMMENDATION, "تعميم التجربة"),
        (K.ACTION, "إعداد التقرير"),
        (K.ACTION, "Préparer la fiche"),
    ]
    assert (items[2].owner, items[2].due) == ("سامي", dt.date(2025, 6, 30))
    assert (items[3].owner, items[3].due) == ("Sami Trabelsi", dt.date(2025, 6, 30))


@pytest.mark.parametrize(
    ("line", "task", "owner", "due"),
    [
        (
            "ACT: Préparer la fiche de projet @Sami 2025-06-30",
            "Préparer la fiche de projet",
            "Sami",
            dt.date(2025, 6, 30),
        ),
        ("ACT: Préparer la fiche", "Préparer la fiche", None, None),
        ("ACT: Publier le rapport 31.12.2025", "Publier le rapport", None, dt.date(2025, 12, 31)),
        ("ACT: Publier le rapport 2025-02-30", "Publier le rapport 2025-02-30", None, None),
        ("ACT: écrire à contact@kef.tn", "écrire à contact@kef.tn", None, None),
        (
            "ACT: appeler @Sami au sujet du budget de la commune 2025-07-01",
            "appeler @Sami au sujet du budget de la commune",
            "Sami",
            dt.date(2025, 7, 1),
        ),
    ],
)
def test_action_owner_and_due_date(
    line: str, task: str, owner: str | None, due: dt.date | None
) -> None:
    item = _one(line)
    assert (item.kind, item.text, item.owner, item.due) == (K.ACTION, task, owner, due)


def test_bullets_after_a_bare_keyword_are_one_item_each() -> None:
    items = parse(
        "REC:\n"
        "  • the need to disseminate this experience for small municipalities in the region;\n"
        "- to adopt a participative approach\n"
        "  between the municipality, the administrations and the civil society;\n"
        "1. accelerate the 3P law\n"
        "٢) identify sector working groups\n"
        "\n"
        "- a dash after the list is prose\n"
        "DEC :\n"
        "* créer un groupe de travail\n"
    )
    assert [(i.kind, i.text, i.line) for i in items] == [
        (
            K.RECOMMENDATION,
            "the need to disseminate this experience for small municipalities in the region;",
            2,
        ),
        (
            K.RECOMMENDATION,
            "to adopt a participative approach\n"
            "between the municipality, the administrations and the civil society;",
            3,
        ),
        (K.RECOMMENDATION, "accelerate the 3P law", 5),
        (K.RECOMMENDATION, "identify sector working groups", 6),
        (K.NOTE, "- a dash after the list is prose", 8),
        (K.DECISION, "créer un groupe de travail", 10),
    ]


def test_kairouan_recommendations_as_written_in_the_seed(data: Path) -> None:
    seed = (data / "seeds" / "kairouan-msaken-sessions-2016.txt").read_text(encoding="utf-8")
    bullets = [line for line in seed.splitlines() if line.strip().startswith("•")]
    items = parse("Recommendations:\n" + "\n".join(bullets[:4]))
    assert [i.kind for i in items] == [K.RECOMMENDATION] * 4
    assert items[1].text.startswith("to adopt a participative approach")
    assert items[3].text.endswith("strategic development plan for the city of Kairouan")


def test_continuations_notes_and_blank_lines() -> None:
    items = parse(
        "Une ligne avant tout élément\n"
        "# Débat\n"
        "Texte sous le titre\n"
        "Sonia Trabelsi:\n"
        "Il faut plus de transparence\n"
        "dans le budget.\n"
        "\n"
        "La séance est levée.\n"
    )
    assert [(i.kind, i.text, i.speaker, i.line) for i in items] == [
        (K.NOTE, "Une ligne avant tout élément", None, 1),
        (K.AGENDA, "Débat", None, 2),
        (K.NOTE, "Texte sous le titre", None, 3),
        (K.INTERVENTION, "Il faut plus de transparence\ndans le budget.", "Sonia Trabelsi", 4),
        (K.NOTE, "La séance est levée.", None, 8),
    ]


def test_parse_line_for_the_capture_line() -> None:
    assert parse_line("   ") is None
    header = parse_line("REC:")
    assert header is not None and header.opens_list and header.kind is K.RECOMMENDATION
    bullet = parse_line("- diffuser l'expérience", list_kind=header.kind)
    assert bullet == NoteItem(K.RECOMMENDATION, "diffuser l'expérience")
    assert parse_line("- diffuser l'expérience") == NoteItem(K.NOTE, "- diffuser l'expérience")
    speaker = parse_line("Sami:")
    assert speaker is not None and speaker.kind is K.INTERVENTION and not speaker.opens_list
    assert parse_line("du texte libre") == NoteItem(K.NOTE, "du texte libre")


# ---------------------------------------------------------------- properties

KEYWORDS = {
    K.RECOMMENDATION: ["rec", "recommendation", "recommandation", "توصية"],
    K.DECISION: ["dec", "decision", "décision", "قرار"],
    K.ACTION: ["act", "action", "إجراء"],
}


@given(
    kind=st.sampled_from(list(KEYWORDS)),
    data=st.data(),
    colon=st.sampled_from([":", " :", "：", "\u202f:", "﹕"]),
)
def test_keywords_in_any_case(kind: NoteKind, data: st.DataObject, colon: str) -> None:
    word = data.draw(st.sampled_from(KEYWORDS[kind]))
    cased = "".join(data.draw(st.sampled_from([c.lower(), c.upper()])) for c in word)
    item = parse_line(f"{cased}{colon} Diffuser l'expérience")
    assert item is not None and (item.kind, item.text) == (kind, "Diffuser l'expérience")


FRAGMENTS = [
    "REC", "rec", "DEC", "Décision", "ACT", "توصية", "قرار", "إجراء", "Note", "NB",
    ":", " : ", "：", "﹕", "#", "# ", "- ", "• ", "1. ", "٢) ", "(", ")", "@", "@Sami ",
    "2025-06-30", "٢٠٢٥-٠٦-٣٠", "30/06/2025", "10:30", "http://example.org", "//",
    "\u200f", "\u200e", "\u202b", "\u2067", " ", "\t", "Mohamed Ben Salah", "سامي",
    "Municipalité de Kairouan", "M'Saken 2050", "المجتمع المدني", "l'expérience", "3P",
]  # fmt: skip
lines = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=10).map(
    "".join
)
notes_texts = st.lists(lines, max_size=12).map("\n".join)

_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_WORDS = re.compile(r"[^\W\d_]+")


def _keyword_words() -> set[str]:
    from ogpdesk.core.notes import _KEYWORDS

    return {word for keyword in _KEYWORDS for word in keyword.split()}


@given(notes_texts)
def test_parse_never_raises_and_never_loses_a_word(text: str) -> None:
    from ogpdesk.core.textnorm import normalise

    items = parse(text)
    fields = [
        value
        for item in items
        for value in (item.text, item.speaker, item.organisation, item.owner)
        if value
    ]
    found = _MARKS.sub("", " ".join(fields))
    keywords = _keyword_words()
    for number, line in enumerate(text.splitlines(), start=1):
        for word in _WORDS.findall(_MARKS.sub("", line)):
            assert word in found or normalise(word) in keywords, (number, line, word)
    lines_of_items = [item.line for item in items]
    assert lines_of_items == sorted(lines_of_items)
    assert all(1 <= n <= len(text.splitlines()) for n in lines_of_items)


names = st.sampled_from(["Mohamed Ben Salah", "سامي الطرابلسي", "Sonia", "M. Ben Ali"])
organisations = st.sampled_from([None, "KTC Sfax", "بلدية الكاف", "Association M'Saken 2050"])
sentences = st.sampled_from(
    [
        "diffuser l'expérience aux petites municipalités",
        "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
        "accelerate the 3P law: public-private partnership",
        "La séance reprend à 10:30",
    ]
)
items_strategy = st.one_of(
    st.builds(NoteItem, st.just(K.AGENDA), sentences),
    st.builds(
        NoteItem, st.just(K.INTERVENTION), sentences, speaker=names, organisation=organisations
    ),
    st.builds(NoteItem, st.sampled_from([K.RECOMMENDATION, K.DECISION, K.NOTE]), sentences),
    st.builds(
        NoteItem,
        st.just(K.ACTION),
        sentences,
        owner=st.one_of(st.none(), names),
        due=st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))),
    ),
)


@given(st.lists(items_strategy, max_size=8))
def test_formatted_items_parse_back_to_the_same_items(items: list[NoteItem]) -> None:
    text = "\n".join(format_item(item) for item in items)
    numbered = [
        NoteItem(i.kind, i.text, i.speaker, i.organisation, i.owner, i.due, line=n)
        for n, i in enumerate(items, start=1)
    ]
    assert parse(text) == numbered
    for item in items:
        assert parse_line(format_item(item)) == item


# ---------------------------------------------------------------- recording


def _meeting(store: Store) -> str:
    with store.transaction() as session:
        return create_meeting(
            session,
            title="Session de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            kind="awareness_session",
            city="Kairouan",
        ).id


NOTES = """\
# عرض / Présentation de la stratégie du Grand Sfax
Expert KTC (KTC Sfax): La mise à jour de la stratégie a commencé le 12 mars.
# النقاش / Débat
Mohamed Ben Salah (Municipalité de Kairouan): Il faut diffuser cette expérience.
توصية: اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني
REC: diffuser l'expérience aux petites municipalités
DEC: Créer un groupe de travail sectoriel
ACT: Préparer la fiche de projet @Sami 2025-06-30
ACT: Convoquer le groupe
# قرار / Décision
سامي الطرابلسي: موافق
NB: la salle était pleine
REC: accélérer la loi 3P
"""


def test_apply_records_items_in_order_with_their_links(store: Store) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        captured = apply(session, meeting, parse(NOTES))
        assert captured.changes().recommendations

    with store.session() as session:
        timeline: list[object] = []
        for model in (AgendaItem, Intervention, Recommendation, Decision, ActionItem):
            timeline += session.scalars(select(model).where(model.meeting_id == meeting_id))
        timeline.sort(key=lambda row: row.position)  # type: ignore[attr-defined]
        assert [type(row).__name__ for row in timeline] == [
            "AgendaItem", "Intervention", "AgendaItem", "Intervention", "Recommendation",
            "Recommendation", "Decision", "ActionItem", "ActionItem", "AgendaItem",
            "Intervention", "Intervention", "Recommendation",
        ]  # fmt: skip
        agenda = [row for row in timeline if isinstance(row, AgendaItem)]
        assert [a.kind for a in agenda] == [
            AgendaItemKind.PRESENTATION,
            AgendaItemKind.DEBATE,
            AgendaItemKind.DECISION_POINT,
        ]
        mohamed = timeline[3]
        assert isinstance(mohamed, Intervention)
        assert mohamed.speaker_name == "Mohamed Ben Salah"
        assert mohamed.organisation == "Municipalité de Kairouan"
        assert mohamed.agenda_item_id == agenda[1].id
        recs = [row for row in timeline if isinstance(row, Recommendation)]
        assert [r.number for r in recs] == [1, 2, 3]
        # Both recommendations right after Mohamed's words stem from them; the last one,
        # after a note, from no one.
        assert [[s.id for s in r.sources] for r in recs] == [[mohamed.id], [mohamed.id], []]
        decision = timeline[6]
        first_action, second_action = timeline[7], timeline[8]
        assert isinstance(first_action, ActionItem) and isinstance(second_action, ActionItem)
        assert first_action.decision_id == second_action.decision_id == decision.id  # type: ignore[attr-defined]
        assert (first_action.owner_name, first_action.due_date) == ("Sami", dt.date(2025, 6, 30))
        note = timeline[11]
        assert isinstance(note, Intervention)
        assert (note.speaker_name, note.summary) == (None, "la salle était pleine")
        people = session.scalars(select(Participant.full_name)).all()
        assert sorted(people) == sorted(["Expert KTC", "Mohamed Ben Salah", "سامي الطرابلسي"])
        statuses = session.scalars(
            select(Attendance.status).where(Attendance.meeting_id == meeting_id)
        ).all()
        assert statuses == [AttendanceStatus.PRESENT] * 3


def test_import_notes_file_reports_counts_and_note_lines(store: Store, tmp_path: Path) -> None:
    meeting_id = _meeting(store)
    path = tmp_path / "notes.txt"
    path.write_bytes(("Ligne libre\n" + NOTES).encode("cp1256", errors="strict"))
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        report = import_notes_file(session, meeting, path)
    text = str(report)
    assert "(Windows-1256)" in text
    for expected in [
        "agenda items: 3",
        "interventions: 3",
        "recommendations: 3",
        "decisions: 1",
        "action items: 2",
        "new participants: 3",
        "lines kept as notes (no speaker or keyword): 2, at lines 1, 13",
    ]:
        assert expected in text


def test_the_report_speaks_the_users_language(store: Store, data: Path) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        report = import_notes_file(session, meeting, data / "notes_kairouan_mixed.txt")
    arabic = report.render("ar")
    assert "التوصيات: 3" in arabic
    assert "أسطر حُفظت كملاحظات (دون متدخل أو كلمة مفتاحية): 1، في الأسطر 14" in arabic
    assert "recommandations : 3" in report.render("fr")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_message_of_the_importers_is_translated(lang: str) -> None:
    import ast

    import ogpdesk.core.notes
    import ogpdesk.core.participants
    import ogpdesk.core.textio
    from ogpdesk.i18n import catalogue

    marked = []
    for module in (ogpdesk.core.notes, ogpdesk.core.participants, ogpdesk.core.textio):
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        marked += [
            (node.args[0].value, node.args[1].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
            and all(isinstance(arg, ast.Constant) for arg in node.args)
        ]
    assert len(marked) > 40
    assert [entry for entry in marked if entry not in catalogue(lang)] == []
