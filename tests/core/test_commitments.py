"""Commitments with the OGP template fields, milestones; the plan's governance (period, lead
institutions, committees, monitoring body) changed and changed back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core import commitments
from ogpdesk.core.commitments import OgpValue
from ogpdesk.core.demo import load_demo
from ogpdesk.core.edits import EditGroup
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import create_process, find_process
from ogpdesk.core.models import (
    Commitment,
    Committee,
    CommitteeMember,
    Institution,
    InstitutionKind,
    Process,
    ProcessKind,
    ProcessRole,
    Seat,
)
from ogpdesk.core.store import Store


def _el_kef(store: Store) -> str:
    with store.transaction() as session:
        commune = Institution(
            name="Commune du El Kef", name_ar="بلدية الكاف", kind=InstitutionKind.MUNICIPALITY
        )
        twiza = Institution(name="Association TWIZA", kind=InstitutionKind.ASSOCIATION)
        joussour = Institution(name="Association Joussour", kind=InstitutionKind.ASSOCIATION)
        process = create_process(
            session,
            title="OGP Local action plan El Kef 2024–2027",
            kind=ProcessKind.ACTION_PLAN,
            lead_institutions=[commune, twiza, joussour],
        )
        return process.id


def test_a_commitment_keeps_the_template_fields_and_is_numbered_in_turn(store: Store) -> None:
    process_id = _el_kef(store)
    with store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        leads = {i.name: i for i in process.lead_institutions}
        commune, twiza = leads["Commune du El Kef"], leads["Association TWIZA"]
        joussour = leads["Association Joussour"]
        first = commitments.add_commitment(
            session,
            process,
            title="  Transparence financière et fiscale ",
            title_ar="الشفافية المالية والجبائية",
            problem="Les citoyens ne trouvent pas le budget municipal.",
            objective="Publier budget et comptes en données ouvertes.",
            ogp_values="technology, Transparency,accountability",
            start_date=dt.date(2025, 1, 1),
            end_date=dt.date(2027, 6, 30),
            lead=[commune],
            supporting=[twiza, joussour],
        )
        commitments.add_commitment(
            session, process, title="Démocratie participative", ogp_values=[OgpValue.PARTICIPATION]
        )
        commitments.add_milestone(
            session, first, "Portail open data", due_date=dt.date(2025, 12, 31)
        )
        commitments.add_milestone(session, first, " Rapport citoyen du budget 2026 ")
    with store.session() as session:
        process = session.get(Process, process_id)
        assert process is not None
        made = commitments.commitments_of(session, process)
        assert [(c.number, c.title) for c in made] == [
            (1, "Transparence financière et fiscale"),
            (2, "Démocratie participative"),
        ]
        first = made[0]
        # Stored in the template's order whatever order they were given in.
        assert first.ogp_values == "transparency,accountability,technology"
        assert commitments.parse_values(first.ogp_values) == [
            OgpValue.TRANSPARENCY,
            OgpValue.ACCOUNTABILITY,
            OgpValue.TECHNOLOGY,
        ]
        assert [i.name for i in first.lead_institutions] == ["Commune du El Kef"]
        assert {i.name for i in first.supporting_institutions} == {
            "Association TWIZA",
            "Association Joussour",
        }
        assert [(m.position, m.deliverable) for m in first.milestones] == [
            (1, "Portail open data"),
            (2, "Rapport citoyen du budget 2026"),
        ]


@pytest.mark.parametrize(
    "fields",
    [
        {"title": "   "},
        {"title": "Intégrité", "ogp_values": "transparency, openness"},
        {"title": "Intégrité", "start_date": dt.date(2027, 1, 1), "end_date": dt.date(2025, 1, 1)},
    ],
)
def test_a_wrong_commitment_is_refused_and_nothing_is_stored(
    store: Store, fields: dict[str, object]
) -> None:
    process_id = _el_kef(store)
    with pytest.raises(InvalidInput), store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        commitments.add_commitment(session, process, **fields)  # type: ignore[arg-type]
    with store.session() as session:
        assert session.scalars(select(Commitment)).all() == []


def test_only_an_action_plan_has_commitments(store: Store) -> None:
    with store.transaction() as session:
        kairouan = create_process(session, title="Planification stratégique Kairouan 2016")
        with pytest.raises(InvalidInput, match="not an action plan"):
            commitments.add_commitment(session, kairouan, title="Plan de mobilité")


def test_editing_a_commitment_can_be_undone(store: Store) -> None:
    process_id = _el_kef(store)
    with store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        commitment = commitments.add_commitment(session, process, title="Gouvernance de l'eau")
        edit = commitments.update_commitment(
            session, commitment, title_ar="حوكمة الموارد الطبيعية", ogp_values=["participation"]
        )
        assert edit.changes().commitments
        with pytest.raises(InvalidInput, match="not a field"):
            commitments.update_commitment(session, commitment, number=7)
        edit.undo(session)
        assert (commitment.title_ar, commitment.ogp_values) == (None, None)
        edit.redo(session)
        assert commitment.title_ar == "حوكمة الموارد الطبيعية"


def test_committees_and_the_monitoring_body_make_the_governance_section(store: Store) -> None:
    process_id = _el_kef(store)
    with store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        commune = next(i for i in process.lead_institutions if i.name == "Commune du El Kef")
        for n in range(5):
            seat = Seat.ADMINISTRATION if n < 3 else Seat.COUNCIL
            commitments.add_committee_member(
                session, process, Committee.STEERING, seat, institution=commune
            )
        for label in ("Association TWIZA", "Association Joussour", "Cika", "CD2 Kef", "NDI"):
            commitments.add_committee_member(
                session, process, Committee.STEERING, Seat.CIVIL_SOCIETY, label=label
            )
        commitments.add_committee_member(
            session, process, Committee.ADVISORY, Seat.ELECTED, label="Conseil local du Kef Est"
        )
        with pytest.raises(InvalidInput, match="committee seat"):
            commitments.add_committee_member(
                session, process, Committee.ADVISORY, Seat.ELECTED, label=" "
            )
        first = Institution(name="Organe de suivi A", kind=InstitutionKind.MONITORING_BODY)
        second = Institution(name="Organe de suivi B", kind=InstitutionKind.MONITORING_BODY)
        commitments.set_monitoring_body(session, process, first)
        commitments.set_monitoring_body(session, process, second)
        commitments.set_monitoring_body(session, process, second)
    with store.session() as session:
        process = session.get(Process, process_id)
        assert process is not None
        plan = commitments.governance(session, process)
        # The municipality first, then the others by name.
        assert [i.name for i in plan.lead_institutions] == [
            "Commune du El Kef",
            "Association Joussour",
            "Association TWIZA",
        ]
        # The 5 + 5 steering committee of the seed.
        assert len(plan.steering) == 10
        assert plan.seats(Committee.STEERING, Seat.CIVIL_SOCIETY) == 5
        assert plan.seats(Committee.STEERING, Seat.ADMINISTRATION) == 3
        assert [s.holder for s in plan.advisory] == ["Conseil local du Kef Est"]
        assert plan.monitoring_body is not None and plan.monitoring_body.name == "Organe de suivi B"
        # The first body was retired, not erased.
        assert len(session.scalars(select(ProcessRole)).all()) == 2


def _demo_plan(store: Store) -> str:
    with store.transaction() as session:
        load_demo(session)
        return find_process(session, "El Kef").id


def _plan(session: Session, process_id: str) -> commitments.Governance:
    process = session.get(Process, process_id)
    assert process is not None
    return commitments.governance(session, process)


def test_el_kef_governance_lists_seats_in_the_seed_order(store: Store) -> None:
    process_id = _demo_plan(store)
    with store.session() as session:
        plan = _plan(session, process_id)
    # Administration and council first, then civil society, as the seed describes 5 + 5.
    assert [s.seat for s in plan.steering] == [Seat.ADMINISTRATION] * 3 + [Seat.COUNCIL] * 2 + [
        Seat.CIVIL_SOCIETY
    ] * 5
    assert len(plan.advisory) == 3
    assert (plan.start_date, plan.end_date) == (dt.date(2025, 1, 1), dt.date(2027, 6, 30))


def test_the_period_changes_and_comes_back_and_bad_dates_change_nothing(store: Store) -> None:
    process_id = _demo_plan(store)
    with store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        with pytest.raises(InvalidInput, match="comes before"):
            commitments.set_period(session, process, dt.date(2027, 6, 30), dt.date(2025, 1, 1))
        assert process.end_date == dt.date(2027, 6, 30)
        edit = commitments.set_period(session, process, dt.date(2025, 1, 1), dt.date(2030, 6, 30))
    with store.session() as session:
        assert _plan(session, process_id).end_date == dt.date(2030, 6, 30)
    with store.transaction() as session:
        edit.undo(session)
    with store.session() as session:
        assert _plan(session, process_id).end_date == dt.date(2027, 6, 30)


def test_lead_institutions_are_found_by_name_in_either_script_or_added(store: Store) -> None:
    process_id = _demo_plan(store)
    with store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        # Arabic name of the commune, and TWIZA typed without care for case.
        commune, made = commitments.find_or_add_institution(
            session, "بلدية الكاف", InstitutionKind.ASSOCIATION
        )
        assert commune.name == "Municipality of El Kef" and made is None
        twiza, made = commitments.find_or_add_institution(
            session, "  association twiza ", InstitutionKind.ASSOCIATION
        )
        assert twiza.name == "Association TWIZA" and made is None
        with pytest.raises(InvalidInput, match="needs a name"):
            commitments.find_or_add_institution(session, "  ", InstitutionKind.ASSOCIATION)
        region, made = commitments.find_or_add_institution(
            session, "Conseil régional du Kef", InstitutionKind.OTHER, city="El Kef"
        )
        assert made is not None
        added = commitments.add_lead_institution(session, process, region)
        step = EditGroup((made, added), commitments.GOVERNANCE)
        removed = commitments.remove_lead_institution(session, process, twiza)
        assert removed.changed
    with store.session() as session:
        assert [i.name for i in _plan(session, process_id).lead_institutions] == [
            "Municipality of El Kef",
            "Association Joussour",
            "Conseil régional du Kef",
        ]
    with store.transaction() as session:
        removed.undo(session)
        step.undo(session)
    with store.session() as session:
        assert [i.name for i in _plan(session, process_id).lead_institutions] == [
            "Municipality of El Kef",
            "Association Joussour",
            "Association TWIZA",
        ]
        # The institution made for the step is hidden with it, not left behind.
        assert all(
            i.name != "Conseil régional du Kef" for i in commitments.all_institutions(session)
        )


def test_a_seat_changes_holder_kind_and_institution_then_goes_and_comes_back(
    store: Store,
) -> None:
    process_id = _demo_plan(store)
    with store.session() as session:
        seat4 = _plan(session, process_id).steering[3]
    assert (seat4.seat, seat4.holder) == (Seat.COUNCIL, "Municipal council of El Kef (seat 4)")
    with store.transaction() as session:
        member = session.get(CommitteeMember, seat4.id)
        assert member is not None
        person = next(
            p for p in commitments.all_participants(session) if "Project manager" in p.full_name
        )
        with pytest.raises(InvalidInput, match="committee seat"):
            commitments.update_committee_member(
                session, member, participant=None, institution=None, label=" "
            )
        holder = commitments.update_committee_member(
            session, member, seat=Seat.CIVIL_SOCIETY, participant=person, institution=None
        )
    with store.session() as session:
        moved = next(s for s in _plan(session, process_id).steering if s.id == seat4.id)
        assert (moved.seat, moved.holder, moved.institution) == (
            Seat.CIVIL_SOCIETY,
            "Sample — Project manager, steering committee",
            None,
        )
        # Its label is kept for when the person leaves the seat.
        assert moved.label == "Municipal council of El Kef (seat 4)"
    with store.transaction() as session:
        member = session.get(CommitteeMember, seat4.id)
        assert member is not None
        gone = commitments.remove_committee_member(session, member)
    with store.session() as session:
        plan = _plan(session, process_id)
        assert len(plan.steering) == 9 and seat4.id not in {s.id for s in plan.steering}
    with store.transaction() as session:
        gone.undo(session)
        holder.undo(session)
    with store.session() as session:
        assert _plan(session, process_id).steering[3] == seat4


def test_a_new_monitoring_body_retires_the_old_one_until_undone(store: Store) -> None:
    process_id = _demo_plan(store)
    with store.transaction() as session:
        process = session.get(Process, process_id)
        assert process is not None
        again = commitments.set_monitoring_body(
            session,
            process,
            _plan(session, process_id).monitoring_body,  # type: ignore[arg-type]
        )
        assert not again.changed
        body, made = commitments.find_or_add_institution(
            session, "Association Kef Solidarité (sample)", InstitutionKind.MONITORING_BODY
        )
        assert made is not None
        step = EditGroup((made, commitments.set_monitoring_body(session, process, body)))
        assert step.changed
    with store.session() as session:
        plan = _plan(session, process_id)
        assert plan.monitoring_body is not None
        assert plan.monitoring_body.name == "Association Kef Solidarité (sample)"
    with store.transaction() as session:
        step.undo(session)
    with store.session() as session:
        plan = _plan(session, process_id)
        assert plan.monitoring_body is not None
        assert plan.monitoring_body.name == "Independent monitoring body (association)"
    with store.transaction() as session:
        step.redo(session)
    with store.session() as session:
        assert _plan(session, process_id).monitoring_body.name.startswith("Association Kef")  # type: ignore[union-attr]
