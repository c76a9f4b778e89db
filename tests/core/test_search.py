"""Search: what a facilitator types finds what was recorded, however either was written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from ogpdesk.core.capture import (
    add_action,
    add_agenda_item,
    add_decision,
    add_intervention,
    add_recommendation,
    set_deleted,
)
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting, MeetingKind, Recommendation
from ogpdesk.core.search import INDEXED, SNIPPET_LENGTH, HitKind, rebuild_index, search
from ogpdesk.core.store import Store, open_store


@pytest.fixture
def kairouan(store: Store) -> str:
    """The Kairouan awareness session, partly in Arabic with harakat, partly in French."""
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Séance de sensibilisation — Décentralisation et planification, Kairouan",
            title_ar="يوم تحسيسي حول التخطيط الاستراتيجي — القيروان",
            date=dt.date(2016, 3, 22),
            kind=MeetingKind.AWARENESS_SESSION,
            city="Kairouan",
        )
        add_agenda_item(session, meeting, "Expérience de Sousse et de Sfax", presenter="KTC Sfax")
        add_intervention(
            session,
            meeting,
            "لا بدّ من الْمُشَارَكَةُ الفعلية للمجتمع المدني في إعداد استراتيجية المدينة",
            speaker_name="أحمد (sample name)",
            organisation="بلدية القيروان",
        )
        add_intervention(
            session,
            meeting,
            "La décentralisation exige un plan d'action partagé avec l'association M'Saken 2050",
            speaker_name="Sample Person Leila",
        )
        add_recommendation(
            session,
            meeting,
            "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
            text_fr="Adopter une approche participative entre la municipalité, "
            "les administrations et la société civile",
        )
        add_decision(session, meeting, "Créer des groupes de travail sectoriels pour Kairouan")
        add_action(session, meeting, "Diffuser l'expérience aux petites communes", owner_name="KTC")
        return meeting.id


def kinds(store: Store, query: str) -> list[HitKind]:
    with store.session() as session:
        return [hit.kind for hit in search(session, query)]


def snippets(store: Store, query: str) -> list[str]:
    with store.session() as session:
        return [hit.snippet for hit in search(session, query)]


@pytest.mark.usefixtures("kairouan")
def test_a_word_typed_without_harakat_finds_it_written_with_them(store: Store) -> None:
    assert snippets(store, "المشاركة") == [
        "لا بدّ من الْمُشَارَكَةُ الفعلية للمجتمع المدني في إعداد استراتيجية المدينة"
    ]


def test_a_word_typed_with_harakat_finds_it_written_without(store: Store) -> None:
    with store.transaction() as session:
        meeting = create_meeting(session, title="ورشة عمل — الكاف", date=dt.date(2024, 5, 4))
        add_intervention(session, meeting, "المشاركة المواطنية شرط للحوكمة المفتوحة")
    assert snippets(store, "الْمُشَارَكَةُ") == ["المشاركة المواطنية شرط للحوكمة المفتوحة"]


@pytest.mark.usefixtures("kairouan")
@pytest.mark.parametrize("query", ["أحمد", "احمد", "إحمد"])
def test_alef_forms_find_each_other(store: Store, query: str) -> None:
    assert set(kinds(store, query)) == {HitKind.INTERVENTION, HitKind.PARTICIPANT}


@pytest.mark.usefixtures("kairouan")
@pytest.mark.parametrize("query", ["decentralisation", "Décentralisation", "DECENTRALISATION"])
def test_accents_and_case_do_not_matter_in_french(store: Store, query: str) -> None:
    assert set(kinds(store, query)) == {HitKind.MEETING, HitKind.INTERVENTION}


@pytest.mark.usefixtures("kairouan")
def test_the_arabic_article_does_not_hide_a_word(store: Store) -> None:
    # Recorded "تشاركية" is found as "التشاركية"; recorded "الْمُشَارَكَةُ" as "مشاركة".
    assert kinds(store, "التشاركية") == [HitKind.RECOMMENDATION]
    assert kinds(store, "مشاركة") == [HitKind.INTERVENTION]
    assert set(kinds(store, "والمجتمع")) == {HitKind.RECOMMENDATION, HitKind.INTERVENTION}


@pytest.mark.usefixtures("kairouan")
@pytest.mark.parametrize("query", ["M'Saken", "M’saken", "msaken", "Msaken 2050"])
def test_names_with_an_apostrophe_are_found_however_typed(store: Store, query: str) -> None:
    assert kinds(store, query) == [HitKind.INTERVENTION]


@pytest.mark.usefixtures("kairouan")
def test_a_word_after_an_elided_article_is_found(store: Store) -> None:
    assert kinds(store, "action") == [HitKind.INTERVENTION]
    assert set(kinds(store, "l'expérience")) == {HitKind.AGENDA_ITEM, HitKind.ACTION_ITEM}


@pytest.mark.usefixtures("kairouan")
def test_the_last_word_is_a_prefix_the_others_are_whole_words(store: Store) -> None:
    assert HitKind.DECISION in kinds(store, "Kair")
    assert HitKind.DECISION in kinds(store, "groupes sector")
    assert kinds(store, "group sectoriels") == []
    # The title, and the organisation of the speaker and of the intervention.
    assert set(kinds(store, "القيرو")) == {
        HitKind.MEETING,
        HitKind.PARTICIPANT,
        HitKind.INTERVENTION,
    }


@pytest.mark.usefixtures("kairouan")
def test_every_word_must_match(store: Store) -> None:
    assert kinds(store, "décentralisation 2050") == [HitKind.INTERVENTION]
    assert kinds(store, "décentralisation Tataouine") == []


@pytest.mark.usefixtures("kairouan")
def test_every_indexed_field_is_searchable(store: Store) -> None:
    assert kinds(store, "KTC Sfax") == [HitKind.AGENDA_ITEM]  # presenter
    assert HitKind.ACTION_ITEM in kinds(store, "KTC")  # owner
    assert kinds(store, "administrations") == [HitKind.RECOMMENDATION]  # translation
    assert set(kinds(store, "بلدية القيروان")) == {HitKind.INTERVENTION, HitKind.PARTICIPANT}
    assert kinds(store, "تحسيسي") == [HitKind.MEETING]  # Arabic title
    assert set(kinds(store, "Leila")) == {HitKind.PARTICIPANT, HitKind.INTERVENTION}


def test_a_hit_names_its_meeting_and_date(store: Store, kairouan: str) -> None:
    with store.session() as session:
        (hit,) = search(session, "sectoriels")
        (person,) = [h for h in search(session, "Leila") if h.kind is HitKind.PARTICIPANT]
    assert hit.kind is HitKind.DECISION
    assert hit.meeting_id == kairouan
    assert hit.meeting_title is not None and hit.meeting_title.endswith("Kairouan")
    assert hit.date == dt.date(2016, 3, 22)
    assert (person.meeting_id, person.meeting_title, person.date) == (None, None, None)


def test_hits_come_best_first(store: Store) -> None:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Atelier de co-création", date=dt.date(2024, 6, 1))
        add_intervention(
            session, meeting, "Budget participatif, budget ouvert, budget citoyen : le budget."
        )
        add_intervention(
            session,
            meeting,
            "Le groupe 3 a parlé longuement de la transparence, de l'accès à l'information, "
            "des marchés publics, de l'écran géant sur la place et, à la fin, du budget.",
        )
    with store.session() as session:
        hits = search(session, "budget")
    assert [hit.snippet[:6] for hit in hits] == ["Budget", "Le gro"]
    assert hits[0].rank < hits[1].rank


def test_a_snippet_is_the_recorded_text_around_the_match(store: Store) -> None:
    before = "Présentation du plan local de gouvernement ouvert de la commune du Kef. " * 4
    after = " Le comité de pilotage 5+5 en assurera le suivi trimestriel." * 4
    with store.transaction() as session:
        meeting = create_meeting(session, title="Réunion trimestrielle", date=dt.date(2025, 4, 2))
        add_intervention(session, meeting, before + "Écran géant sur la place publique." + after)
    with store.session() as session:
        (hit,) = search(session, "ecran geant")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= SNIPPET_LENGTH + 2
    assert "Écran géant sur la place publique." in hit.snippet
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["Écran", "géant"]


@pytest.mark.usefixtures("kairouan")
def test_highlights_cover_whole_words_with_their_harakat(store: Store) -> None:
    with store.session() as session:
        (hit,) = search(session, "المشار")
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["الْمُشَارَكَةُ"]


@pytest.mark.usefixtures("kairouan")
@pytest.mark.parametrize(
    ("query", "found"),
    [
        ('"', set()),
        ("M'Saken\"", {HitKind.INTERVENTION}),
        ("AND (", set()),
        ("NEAR(plan", set()),
        ("* OR -", set()),
        ("plan:", {HitKind.MEETING, HitKind.INTERVENTION}),
        ("^Kairouan", {HitKind.MEETING, HitKind.DECISION}),
        ("( )", set()),
        ("  ", set()),
    ],
)
def test_quotes_and_operators_typed_by_a_user_are_plain_text(
    store: Store, query: str, found: set[HitKind]
) -> None:
    assert set(kinds(store, query)) == found


def test_soft_deleted_rows_are_not_found_and_come_back_on_undo(store: Store, kairouan: str) -> None:
    with store.transaction() as session:
        meeting = session.get(Meeting, kairouan)
        assert meeting is not None
        captured = add_intervention(session, meeting, "Proposition de budget participatif à Sfax")
    assert kinds(store, "participatif Sfax") == [HitKind.INTERVENTION]
    with store.transaction() as session:
        rows = [session.merge(row) for row in captured.rows]
        set_deleted(session, rows, True)
    assert kinds(store, "participatif Sfax") == []
    with store.transaction() as session:
        set_deleted(session, [session.merge(row) for row in captured.rows], False)
    assert kinds(store, "participatif Sfax") == [HitKind.INTERVENTION]


def test_what_a_deleted_meeting_holds_is_not_found(store: Store, kairouan: str) -> None:
    with store.transaction() as session:
        meeting = session.get(Meeting, kairouan)
        assert meeting is not None
        meeting.deleted = True
    assert kinds(store, "Kairouan") == []
    assert kinds(store, "Leila") == [HitKind.PARTICIPANT]


def test_an_edit_replaces_the_indexed_text(store: Store, kairouan: str) -> None:
    with store.transaction() as session:
        recommendation = session.query(Recommendation).one()
        recommendation.text = "تسريع إصدار قانون الشراكة بين القطاعين العام والخاص"
    assert kinds(store, "تشاركية") == []
    assert kinds(store, "الشراكه") == [HitKind.RECOMMENDATION]


def test_a_rolled_back_capture_leaves_nothing_in_the_index(store: Store, kairouan: str) -> None:
    with pytest.raises(RuntimeError), store.transaction() as session:
        meeting = session.get(Meeting, kairouan)
        assert meeting is not None
        add_intervention(session, meeting, "Tozeur et Tataouine veulent la même démarche")
        raise RuntimeError("the typist pressed Escape")
    assert kinds(store, "Tataouine") == []


@pytest.mark.usefixtures("kairouan")
def test_rebuilding_the_index_finds_the_same(store: Store) -> None:
    queries = ["المشاركة", "احمد", "decentralisation", "msaken", "KTC", "Kair"]
    before = {query: kinds(store, query) for query in queries}
    with store.transaction() as session:
        if store.engine.dialect.name == "sqlite":
            session.execute(text("DELETE FROM search_index"))
        else:
            session.execute(text("UPDATE search_entry SET words = ''::tsvector"))
        assert rebuild_index(session) == 9
    assert {query: kinds(store, query) for query in queries} == before


def test_rebuilding_numbers_the_entries_in_the_order_records_were_made(
    store: Store, kairouan: str
) -> None:
    """A server ranks only the latest matches (``CANDIDATES``): after a rebuild (an import,
    a copy to a server), the latest must still be the last recorded, not the last kind."""
    with store.transaction() as session:
        meeting = session.get(Meeting, kairouan)
        assert meeting is not None
        add_intervention(session, meeting, "Une intervention ajoutée après les autres")
    with store.transaction() as session:
        rebuild_index(session)
        made = sorted(
            (row.created_at, row.id)
            for spec in INDEXED
            for row in session.scalars(select(spec.model))
        )
        numbered = session.scalars(text("SELECT ref FROM search_entry ORDER BY id")).all()
    assert numbered == [ref for _created, ref in made]
    assert numbered[-1] != kairouan


def test_the_limit_is_respected(store: Store) -> None:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Consultation en ligne", date=dt.date(2024, 3, 1))
        for n in range(30):
            add_intervention(session, meeting, f"Proposition n° {n} sur la transparence")
    with store.session() as session:
        assert len(search(session, "transparence", limit=7)) == 7
        assert search(session, "transparence", limit=0) == []


@pytest.mark.sqlite_only
def test_without_the_index_search_falls_back_to_plain_matching(store: Store, kairouan: str) -> None:
    """As on a database with no index: case-insensitive, but neither folded nor ranked."""
    with store.transaction() as session:
        session.execute(text("DROP TABLE search_index"))
        session.execute(text("DROP TABLE search_entry"))
    assert store.path is not None
    plain = open_store(store.path)
    try:
        with plain.transaction() as session:
            meeting = session.get(Meeting, kairouan)
            assert meeting is not None
            add_intervention(session, meeting, "Le 100% de réalisation n'est pas atteint")
        with plain.session() as session:
            hits = search(session, "DéCENTRALISATION")
            assert {hit.kind for hit in hits} == {HitKind.MEETING, HitKind.INTERVENTION}
            assert all(hit.rank == 0.0 for hit in hits)
            highlighted = sorted(h.snippet[a:b] for h in hits for a, b in h.highlights)
            assert highlighted == ["Décentralisation", "décentralisation"]
            assert [hit.kind for hit in search(session, "100%")] == [HitKind.INTERVENTION]
            assert search(session, "100_") == []
            leila = {hit.kind for hit in search(session, "Leila")}
            assert leila == {HitKind.INTERVENTION, HitKind.PARTICIPANT}
            # No folding here: the harakat must be typed as they were recorded.
            assert search(session, "المشاركة") == []
    finally:
        plain.close()


def test_hits_below_those_of_a_deleted_meeting_still_fill_the_list(store: Store) -> None:
    with store.transaction() as session:
        gone = create_meeting(session, title="Réunion annulée", date=dt.date(2024, 9, 1))
        for n in range(8):
            add_intervention(session, gone, f"Transparence {n}")
        kept = create_meeting(session, title="Réunion publique — El Kef", date=dt.date(2024, 9, 2))
        for n in range(3):
            add_intervention(
                session,
                kept,
                f"Point {n} : la commune publiera son budget, ses marchés publics et ses "
                "délibérations pour plus de transparence envers les habitants du Kef",
            )
        gone.deleted = True
    with store.session() as session:
        hits = search(session, "transparence", limit=3)
    assert sorted(hit.snippet[:7] for hit in hits) == ["Point 0", "Point 1", "Point 2"]
    assert {hit.meeting_title for hit in hits} == {"Réunion publique — El Kef"}
