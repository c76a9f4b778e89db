"""Several laptops, one record: bundles out, merges in, nothing lost, nothing twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ogpdesk.core import bundle as bundles
from ogpdesk.core.bundle import Scope
from ogpdesk.core.capture import (
    add_action,
    add_agenda_item,
    add_intervention,
    add_recommendation,
)
from ogpdesk.core.changes import Changes
from ogpdesk.core.commitments import add_commitment, set_institutions
from ogpdesk.core.edits import edit_fields
from ogpdesk.core.meetings import create_meeting, create_process, get_meeting, set_status
from ogpdesk.core.merge import (
    UndoRefused,
    apply,
    make_bundle,
    preview,
    revert,
    store_records,
)
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Commitment,
    Institution,
    InstitutionKind,
    Intervention,
    MeetingStatus,
    Participant,
    Process,
    ProcessKind,
    Recommendation,
    ReviewItem,
    ReviewReason,
)
from ogpdesk.core.participants import add_newcomer
from ogpdesk.core.store import Store, open_store

DAY = dt.date(2025, 10, 4)


@pytest.fixture
def laptops(new_database: Callable[..., str]) -> Iterator[dict[str, Store]]:
    # The plenary's store on the test's back end (the municipality's server), the tables'
    # on laptops: bundles travel from SQLite to PostgreSQL and back.
    stores = {"plenary": open_store(new_database("plenary"))}
    for name in ("table1", "table2", "table3"):
        stores[name] = open_store(new_database(name, backend="sqlite"))
    yield stores
    for store in stores.values():
        store.close()


def send(source: Store, target: Store, path: Path, scope: Scope) -> str:
    """Bundle ``scope`` out of ``source`` into a file, merge the file into ``target``."""
    with source.transaction() as session:
        bundles.write(make_bundle(session, scope), path)
    with target.transaction() as session:
        return apply(session, bundles.read(path)).report.render()


def _hand_out(plenary: Store) -> tuple[str, str, str]:
    with plenary.transaction() as session:
        process = create_process(
            session, title="Plan d'action local — Le Kef", kind=ProcessKind.ACTION_PLAN
        )
        meeting = create_meeting(
            session, title="Atelier de co-création", date=DAY, kind="co_creation", process=process
        )
        add_agenda_item(session, meeting, "Présentation des engagements")
        to_delete = add_agenda_item(session, meeting, "Point divers")
        shared = Participant(full_name="Leila Ben Salah", organisation="Association Kef Demain")
        session.add_all([shared, Participant(full_name="محمد العربي")])
        session.flush()
        return meeting.id, shared.id, to_delete.id


def test_a_co_creation_meeting_goes_out_to_three_tables_and_comes_back_whole(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    plenary = laptops["plenary"]
    meeting_id, shared_id, agenda_id = _hand_out(plenary)
    tables = ["table1", "table2", "table3"]
    for number, name in enumerate(tables, start=1):
        send(
            plenary,
            laptops[name],
            tmp_path / f"out{number}.ogpdesk",
            Scope(meeting_id=meeting_id, group=f"Table {number}"),
        )

    for number, name in enumerate(tables, start=1):
        with laptops[name].transaction() as session:
            meeting = get_meeting(session, meeting_id)
            add_recommendation(
                session, meeting, f"تعميم البث المباشر لجلسات المجلس البلدي {number}"
            )
            add_recommendation(
                session, meeting, f"Publier les budgets en données ouvertes ({number})"
            )
            add_action(
                session,
                meeting,
                f"Rédiger la fiche d'engagement {number}",
                owner_name="Leila Ben Salah",
            )
            add_newcomer(session, meeting, f"Rapporteur {number}")
    with laptops["table2"].transaction() as session:
        edit_fields(
            session,
            session.get(Participant, shared_id),
            {"organisation": "Kef Demain (table 2)"},
            Changes(),
        )
    with laptops["table3"].transaction() as session:
        edit_fields(session, session.get(AgendaItem, agenda_id), {"deleted": True}, Changes())
    # Meanwhile the plenary corrects the same person's organisation: a conflict.
    with plenary.transaction() as session:
        edit_fields(
            session,
            session.get(Participant, shared_id),
            {"organisation": "Kef Demain (plénière)"},
            Changes(),
        )

    reports = [
        send(laptops[name], plenary, tmp_path / f"back{n}.ogpdesk", Scope(meeting_id=meeting_id))
        for n, name in enumerate(tables, start=1)
    ]
    assert "added: 2 recommendations" in reports[0]
    assert "deleted: 1 agenda items" in reports[2]

    with plenary.session() as session:
        recommendations = session.scalars(
            select(Recommendation).where(Recommendation.meeting_id == meeting_id)
        ).all()
        assert len(recommendations) == 6
        assert sorted((r.group_name, r.number) for r in recommendations) == [
            (f"Table {g}", n) for g in (1, 2, 3) for n in (1, 2)
        ]
        assert sum(1 for r in recommendations if "البث المباشر" in r.text) == 3
        actions = session.scalars(
            select(ActionItem).where(ActionItem.meeting_id == meeting_id)
        ).all()
        assert len(actions) == 3 and all(a.owner_id == shared_id for a in actions)
        names = session.scalars(select(Participant.full_name)).all()
        assert len(names) == len(set(names)) == 5
        assert session.get(AgendaItem, agenda_id).deleted
        reviews = session.scalars(select(ReviewItem).where(ReviewItem.deleted.is_(False))).all()
        assert [(r.reason, r.row_id, r.field) for r in reviews] == [
            (ReviewReason.CONFLICT, shared_id, "organisation")
        ]
        shown = session.get(Participant, shared_id).organisation
        kept = reviews[0].value.strip('"')
        assert {shown, kept} == {"Kef Demain (table 2)", "Kef Demain (plénière)"}
        # The newer wins on screen: the plenary's edit came last.
        assert shown == "Kef Demain (plénière)"

    # Merging the same bundles again changes nothing.
    for n in (1, 2, 3):
        with plenary.transaction() as session:
            assert apply(session, bundles.read(tmp_path / f"back{n}.ogpdesk")).report.empty

    # And back out to the tables: everyone holds the same records.
    for n, name in enumerate(tables, start=1):
        send(plenary, laptops[name], tmp_path / f"final{n}.ogpdesk", Scope(meeting_id=meeting_id))
    with plenary.session() as session:
        expected = store_records(session)
    for name in tables:
        with laptops[name].session() as session:
            held = store_records(session)
        # A table laptop has the meeting's process row but not the rest of the plenary's.
        assert {k: v for k, v in held.items()} == {k: expected[k] for k in held}
        assert {
            k for k in expected if k[0] in {"recommendation", "participant", "review_item"}
        } <= set(held)


def test_preview_writes_nothing_and_undo_puts_everything_back(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    plenary, table = laptops["plenary"], laptops["table1"]
    meeting_id, _shared, _agenda = _hand_out(plenary)
    path = tmp_path / "out.ogpdesk"
    with plenary.transaction() as session:
        bundles.write(make_bundle(session, Scope(meeting_id=meeting_id)), path)
    with table.session() as session:
        before = store_records(session)
        report = preview(session, bundles.read(path))
        assert "added: 1 meetings" in report.render()
        assert store_records(session) == before
    with table.transaction() as session:
        result = apply(session, bundles.read(path))
    with table.transaction() as session:
        revert(session, result.undo)
    with table.session() as session:
        assert store_records(session) == before
    with table.transaction() as session:
        assert not apply(session, bundles.read(path)).report.empty


def test_undoing_a_merge_after_capturing_into_it_is_refused_and_changes_nothing(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    plenary, table = laptops["plenary"], laptops["table1"]
    meeting_id, _shared, _agenda = _hand_out(plenary)
    path = tmp_path / "out.ogpdesk"
    with plenary.transaction() as session:
        bundles.write(make_bundle(session, Scope(meeting_id=meeting_id)), path)
    with table.transaction() as session:
        result = apply(session, bundles.read(path))
    with table.transaction() as session:
        add_recommendation(session, get_meeting(session, meeting_id), "Ouvrir les données")
    with table.session() as session:
        before = store_records(session)
    with pytest.raises(UndoRefused) as refused, table.transaction() as session:
        revert(session, result.undo)
    # The line captured since is named, in the user's language; nothing was changed.
    assert "« Ouvrir les données »" in refused.value.message("fr")
    assert "annulée" in refused.value.message("fr")
    assert "«Ouvrir les données»" in refused.value.message("ar")
    with table.session() as session:
        assert store_records(session) == before


def test_removed_links_travel_and_merging_twice_changes_nothing(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    office, laptop = laptops["plenary"], laptops["table1"]
    with office.transaction() as session:
        plan = create_process(session, title="Plan d'action", kind=ProcessKind.ACTION_PLAN)
        kef = Institution(name="Commune du Kef", kind=InstitutionKind.MUNICIPALITY)
        association = Institution(name="Association Kef Demain", kind=InstitutionKind.ASSOCIATION)
        commitment = add_commitment(
            session, plan, title="Budget ouvert", lead=[kef, association], supporting=[kef]
        )
        meeting = create_meeting(session, title="Atelier", date=DAY, process=plan)
        said = add_intervention(session, meeting, "Publier le budget").of(Intervention)[0]
        also = add_intervention(session, meeting, "Chaque trimestre").of(Intervention)[0]
        add_recommendation(session, meeting, "Budget en données ouvertes", sources=[said, also])
        plan.lead_institutions = [kef]
        commitment_id, kef_id, process_id = commitment.id, kef.id, plan.id
    scope = Scope(process_id=process_id)
    send(office, laptop, tmp_path / "out.ogpdesk", scope)
    with laptop.transaction() as session:
        commitment = session.get(Commitment, commitment_id)
        assert commitment is not None and len(commitment.lead_institutions) == 2
        set_institutions(
            session,
            commitment,
            lead=[i for i in commitment.lead_institutions if i.id != kef_id],
            supporting=[],
        )
        recommendation = session.scalars(select(Recommendation)).one()
        recommendation.sources = recommendation.sources[:1]
        process = session.get(Process, process_id)
        assert process is not None
        process.lead_institutions = []
    with laptop.session() as session:
        expected = store_records(session)
    report = send(laptop, office, tmp_path / "back.ogpdesk", scope)
    assert "deleted: 1 lead institutions of commitments" in report
    assert "deleted: 1 links of recommendations to interventions" in report
    with office.session() as session:
        assert store_records(session) == expected
        commitment = session.get(Commitment, commitment_id)
        assert commitment is not None
        assert [i.name for i in commitment.lead_institutions] == ["Association Kef Demain"]
        assert commitment.supporting_institutions == []
        recommendation = session.scalars(select(Recommendation)).one()
        assert len(recommendation.sources) == 1
    with office.transaction() as session:
        assert apply(session, bundles.read(tmp_path / "back.ogpdesk")).report.empty
    # Back the other way: nothing comes back to life.
    assert "Nothing new" in send(office, laptop, tmp_path / "again.ogpdesk", scope)
    with laptop.session() as session:
        assert store_records(session) == expected


def test_a_link_removed_on_one_laptop_and_made_again_on_the_other_is_there_on_both(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    office, laptop = laptops["plenary"], laptops["table1"]
    with office.transaction() as session:
        plan = create_process(session, title="Plan d'action", kind=ProcessKind.ACTION_PLAN)
        plan.lead_institutions = [
            Institution(name="Commune du Kef", kind=InstitutionKind.MUNICIPALITY)
        ]
        process_id = plan.id
    scope = Scope(process_id=process_id)
    send(office, laptop, tmp_path / "out.ogpdesk", scope)

    def leads(store: Store) -> int:
        with store.session() as session:
            process = session.get(Process, process_id)
            assert process is not None
            return len(process.lead_institutions)

    with office.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        process.lead_institutions = []
    send(office, laptop, tmp_path / "removed.ogpdesk", scope)
    assert leads(laptop) == 0
    with laptop.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        process.lead_institutions = [session.scalars(select(Institution)).one()]
    send(laptop, office, tmp_path / "again.ogpdesk", scope)
    send(office, laptop, tmp_path / "back.ogpdesk", scope)
    assert leads(office) == leads(laptop) == 1


def test_undoing_a_merge_puts_back_the_links_it_removed(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    office, laptop = laptops["plenary"], laptops["table1"]
    with office.transaction() as session:
        plan = create_process(session, title="Plan d'action", kind=ProcessKind.ACTION_PLAN)
        plan.lead_institutions = [
            Institution(name="Commune du Kef", kind=InstitutionKind.MUNICIPALITY)
        ]
        process_id = plan.id
    scope = Scope(process_id=process_id)
    send(office, laptop, tmp_path / "out.ogpdesk", scope)
    with laptop.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        process.lead_institutions = []
    path = tmp_path / "back.ogpdesk"
    with laptop.transaction() as session:
        bundles.write(make_bundle(session, scope), path)
    with office.session() as session:
        before = store_records(session)
    with office.transaction() as session:
        result = apply(session, bundles.read(path))
    with office.transaction() as session:
        revert(session, result.undo)
    with office.session() as session:
        assert store_records(session) == before
    with office.transaction() as session:
        assert apply(session, bundles.read(path)).report.deleted


def test_an_approved_meeting_is_not_changed_its_changes_are_held(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    plenary, table = laptops["plenary"], laptops["table1"]
    meeting_id, _shared, _agenda = _hand_out(plenary)
    send(plenary, table, tmp_path / "out.ogpdesk", Scope(meeting_id=meeting_id))
    with table.transaction() as session:
        meeting = get_meeting(session, meeting_id)
        add_recommendation(session, meeting, "Une recommandation tardive")
        edit_fields(session, meeting, {"place": "Salle des fêtes"}, Changes())
    with plenary.transaction() as session:
        meeting = get_meeting(session, meeting_id)
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
    with plenary.session() as session:
        before = store_records(session)
    report = send(table, plenary, tmp_path / "back.ogpdesk", Scope(meeting_id=meeting_id))
    assert "approved meeting" in report
    with plenary.session() as session:
        after = store_records(session)
        changed = {k for k in after if after[k] != before.get(k)}
        assert {k[0] for k in changed} == {"review_item"}
        held = session.scalars(select(ReviewItem)).all()
        assert {r.reason for r in held} == {ReviewReason.APPROVED}
        assert any(r.table_name == "recommendation" and "tardive" in r.value for r in held)
        assert any(r.field == "place" and "Salle des fêtes" in r.value for r in held)
    with plenary.transaction() as session:
        assert apply(session, bundles.read(tmp_path / "back.ogpdesk")).report.empty


def test_a_record_whose_parent_neither_side_has_is_held_and_reported(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    plenary, table = laptops["plenary"], laptops["table1"]
    meeting_id, _shared, _agenda = _hand_out(plenary)
    path = tmp_path / "out.ogpdesk"
    with plenary.transaction() as session:
        made = make_bundle(session, Scope(meeting_id=meeting_id))
        add_recommendation(session, get_meeting(session, meeting_id), "Orpheline")
    with plenary.transaction() as session:
        orphan = make_bundle(session, Scope(meeting_id=meeting_id)).records["recommendation"]
    # The bundle lacks the meeting the recommendation belongs to.
    made.records = {"recommendation": orphan}
    bundles.write(made, path)
    with table.transaction() as session:
        report = apply(session, bundles.read(path)).report
    assert "neither store" in report.render() and "Orpheline" in report.render()
    with table.session() as session:
        assert session.scalars(select(Recommendation)).all() == []
        held = session.scalars(select(ReviewItem)).one()
        assert held.reason is ReviewReason.ORPHAN and "Orpheline" in held.value


def test_a_person_added_on_two_laptops_is_matched_not_duplicated(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    plenary, table = laptops["plenary"], laptops["table1"]
    meeting_id, _shared, _agenda = _hand_out(plenary)
    send(plenary, table, tmp_path / "out.ogpdesk", Scope(meeting_id=meeting_id))
    with plenary.transaction() as session:
        session.add(Participant(full_name="Sami Trabelsi", phone="+216 20 000 000"))
    with table.transaction() as session:
        add_newcomer(session, get_meeting(session, meeting_id), "sami  TRABELSI", role="élu")
    report = send(table, plenary, tmp_path / "back.ogpdesk", Scope(meeting_id=meeting_id))
    assert "matched: sami TRABELSI" in report
    with plenary.session() as session:
        people = session.scalars(
            select(Participant).where(Participant.folded_name.like("%trabelsi%"))
        ).all()
        assert len(people) == 1 and people[0].role == "élu" and people[0].phone


def test_every_column_travels_an_institutions_logo_and_names_included(
    laptops: dict[str, Store], tmp_path: Path
) -> None:
    plenary, table = laptops["plenary"], laptops["table1"]
    logo = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    with plenary.transaction() as session:
        municipality = Institution(
            name="Commune du Kef",
            name_ar="بلدية الكاف",
            kind=InstitutionKind.MUNICIPALITY,
            logo=logo,
        )
        session.add(municipality)
        session.flush()
        meeting = create_meeting(
            session, title="Conseil", date=DAY, kind="seminar", institution_id=municipality.id
        )
        meeting_id, institution_id = meeting.id, municipality.id
    send(plenary, table, tmp_path / "out.ogpdesk", Scope(meeting_id=meeting_id))
    with table.session() as session:
        received = session.get(Institution, institution_id)
        assert received.logo == logo and received.name_ar == "بلدية الكاف"
    with plenary.session() as one, table.session() as other:
        mine = store_records(one)
        assert (
            store_records(other)[("institution", institution_id)]
            == mine[("institution", institution_id)]
        )
