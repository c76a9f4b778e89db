"""Quarterly review: prefilled rows, edits, decisions on a row, matrix and dashboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ogpdesk.core import commitments, progress
from ogpdesk.core.capture import set_deleted
from ogpdesk.core.errors import InvalidInput, Locked
from ogpdesk.core.meetings import create_meeting, create_process, set_status
from ogpdesk.core.models import (
    ActionItem,
    Decision,
    Meeting,
    MeetingKind,
    MeetingStatus,
    ProcessKind,
    ProgressReview,
    ProgressStatus,
)
from ogpdesk.core.progress import Quarter
from ogpdesk.core.store import Store

TITLES = [
    (
        "Participatory democracy and local governance",
        "تعزيز الديمقراطية التشاركية والحوكمة المحلية",
    ),
    ("Financial and fiscal transparency", "الشفافية المالية والجبائية"),
    ("Governance of natural resources", "حوكمة التصرف في الموارد الطبيعية"),
]


@dataclass
class Plan:
    process_id: str
    july_id: str
    october_id: str
    commitment_ids: list[str]
    milestone_id: str


def _plan(store: Store) -> Plan:
    """El Kef, reduced: three commitments, one milestone, two quarterly meetings."""
    with store.transaction() as session:
        process = create_process(
            session,
            title="OGP Local action plan El Kef 2024–2027",
            title_ar="خطة عمل الحكومة المفتوحة المحلية بالكاف",
            kind=ProcessKind.ACTION_PLAN,
        )
        made = [
            commitments.add_commitment(session, process, title=title, title_ar=title_ar)
            for title, title_ar in TITLES
        ]
        milestone = commitments.add_milestone(
            session,
            made[1],
            "Budget 2025 publié en données ouvertes / ميزانية 2025 في شكل بيانات مفتوحة",
            due_date=dt.date(2025, 6, 30),
            responsible="Commune du El Kef",
        )
        july, october = (
            create_meeting(
                session,
                title=f"Réunion trimestrielle du comité de pilotage — {when:%B %Y}",
                date=when,
                kind=MeetingKind.QUARTERLY_REVIEW,
                city="El Kef",
                process=process,
            )
            for when in (dt.date(2025, 7, 15), dt.date(2025, 10, 14))
        )
        return Plan(process.id, july.id, october.id, [c.id for c in made], milestone.id)


def _review(session: Session, meeting_id: str, quarter: str) -> list[ProgressReview]:
    meeting = session.get(Meeting, meeting_id)
    assert meeting is not None
    return progress.quarter_rows(session, meeting, quarter)


def _fill_q2(store: Store, plan: Plan) -> None:
    with store.transaction() as session:
        meeting = session.get(Meeting, plan.july_id)
        assert meeting is not None
        progress.open_review(session, meeting, "2025Q2")
        first, second, milestone, third = _review(session, plan.july_id, "2025Q2")
        progress.update_review(
            session,
            first,
            status="limited",
            percent=20,
            challenges="Faible participation des jeunes / ضعف مشاركة الشباب",
            next_steps="Deux ateliers à la Maison des jeunes",
        )
        progress.update_review(session, second, status=ProgressStatus.SUBSTANTIAL, percent=55)
        progress.update_review(session, milestone, status="limited", percent=40)
        progress.update_review(session, third, evidence="https://www.commune-elkef.tn/ogp")


def test_quarters_are_read_as_people_write_them() -> None:
    assert Quarter.parse("2025Q3") == Quarter(2025, 3)
    assert Quarter.parse("2025-q3") == Quarter(2025, 3)
    assert Quarter.parse("Q3 2025") == Quarter(2025, 3)
    assert Quarter.parse("T4 2025") == Quarter(2025, 4)
    assert str(Quarter(2026, 1).previous()) == "2025Q4"
    assert Quarter(2025, 3).end == dt.date(2025, 9, 30)
    # A meeting in October reviews the quarter that ended in September.
    assert Quarter.reviewed_at(dt.date(2025, 10, 14)) == Quarter(2025, 3)
    for wrong in ("2025Q5", "2025", "Q3", "troisième trimestre"):
        with pytest.raises(InvalidInput, match="not a quarter"):
            Quarter.parse(wrong)


def test_a_review_opens_with_one_row_per_commitment_and_milestone_in_matrix_order(
    store: Store,
) -> None:
    plan = _plan(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, plan.july_id)
        assert meeting is not None
        opened = progress.open_review(session, meeting, "2025Q2")
        assert len(opened.rows) == 4 and opened.existing == 0
    with store.session() as session:
        rows = _review(session, plan.july_id, "2025Q2")
        assert [(r.commitment_id, r.milestone_id) for r in rows] == [
            (plan.commitment_ids[0], None),
            (plan.commitment_ids[1], None),
            (plan.commitment_ids[1], plan.milestone_id),
            (plan.commitment_ids[2], None),
        ]
        assert {r.status for r in rows} == {ProgressStatus.NOT_STARTED}
        assert {r.percent for r in rows} == {0}


def test_the_next_review_is_prefilled_from_the_previous_quarter(store: Store) -> None:
    plan = _plan(store)
    _fill_q2(store, plan)
    with store.transaction() as session:
        meeting = session.get(Meeting, plan.october_id)
        assert meeting is not None
        progress.open_review(session, meeting, "2025Q3")
        first = _review(session, plan.october_id, "2025Q3")[0]
        assert (first.status, first.percent) == (ProgressStatus.LIMITED, 20)
        assert first.challenges == "Faible participation des jeunes / ضعف مشاركة الشباب"
        assert first.next_steps == "Deux ateliers à la Maison des jeunes"
        # The manager edits only what changed; last quarter's row stays as it was.
        progress.update_review(session, first, status="substantial", percent=60)
    with store.session() as session:
        q2 = _review(session, plan.july_id, "2025Q2")[0]
        q3 = _review(session, plan.october_id, "2025Q3")[0]
        assert (q2.status, q2.percent) == (ProgressStatus.LIMITED, 20)
        assert (q3.status, q3.percent) == (ProgressStatus.SUBSTANTIAL, 60)
        assert q3.challenges == q2.challenges


def test_a_skipped_quarter_prefills_from_the_latest_earlier_one(store: Store) -> None:
    plan = _plan(store)
    _fill_q2(store, plan)
    with store.transaction() as session:
        meeting = session.get(Meeting, plan.october_id)
        assert meeting is not None
        progress.open_review(session, meeting, "2025Q4")
        rows = _review(session, plan.october_id, "2025Q4")
        assert [r.percent for r in rows] == [20, 55, 40, 0]


def test_opening_twice_changes_nothing_and_undo_then_reopen_does_not_duplicate(
    store: Store,
) -> None:
    plan = _plan(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, plan.july_id)
        assert meeting is not None
        first = progress.open_review(session, meeting, "2025Q2")
        again = progress.open_review(session, meeting, "2025Q2")
        assert (len(again.rows), again.existing) == (0, 4)
        set_deleted(session, list(first.rows), True)
        assert _review(session, plan.july_id, "2025Q2") == []
        reopened = progress.open_review(session, meeting, "2025Q2")
        assert len(reopened.rows) == 4
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(ProgressReview))
        assert total == 4


def test_bad_values_are_refused_and_change_nothing(store: Store) -> None:
    plan = _plan(store)
    _fill_q2(store, plan)
    for wrong in ({"percent": 120}, {"percent": "beaucoup"}, {"status": "almost done"}):
        with pytest.raises(InvalidInput), store.transaction() as session:
            row = _review(session, plan.july_id, "2025Q2")[0]
            progress.update_review(session, row, challenges="changed", **wrong)
    with store.session() as session:
        row = _review(session, plan.july_id, "2025Q2")[0]
        assert (row.percent, row.status) == (20, ProgressStatus.LIMITED)
        assert row.challenges == "Faible participation des jeunes / ضعف مشاركة الشباب"


def test_an_edit_is_undone_by_writing_back_what_it_replaced(store: Store) -> None:
    plan = _plan(store)
    _fill_q2(store, plan)
    with store.transaction() as session:
        row = _review(session, plan.july_id, "2025Q2")[0]
        edit = progress.update_review(session, row, percent="35%", next_steps="  ")
        assert edit.before == {"percent": 20, "next_steps": "Deux ateliers à la Maison des jeunes"}
        assert edit.after == {"percent": 35, "next_steps": None}
        assert edit.changes().progress
    with store.transaction() as session:
        edit.undo(session)
    with store.session() as session:
        row = _review(session, plan.july_id, "2025Q2")[0]
        assert (row.percent, row.next_steps) == (20, "Deux ateliers à la Maison des jeunes")


def test_an_approved_meeting_refuses_changes_to_its_review(store: Store) -> None:
    plan = _plan(store)
    _fill_q2(store, plan)
    with store.transaction() as session:
        meeting = session.get(Meeting, plan.july_id)
        assert meeting is not None
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
    with pytest.raises(Locked), store.transaction() as session:
        progress.update_review(session, _review(session, plan.july_id, "2025Q2")[0], percent=90)


def test_a_meeting_outside_an_action_plan_has_nothing_to_review(store: Store) -> None:
    with store.transaction() as session:
        meeting = create_meeting(
            session, title="Séminaire M'saken", date=dt.date(2016, 3, 26), city="M'saken"
        )
        with pytest.raises(InvalidInput, match="belongs to no action plan"):
            progress.open_review(session, meeting, "2016Q1")


def test_a_decision_on_a_row_goes_to_the_minutes_with_its_action(store: Store) -> None:
    plan = _plan(store)
    _fill_q2(store, plan)
    with store.transaction() as session:
        row = _review(session, plan.july_id, "2025Q2")[1]
        captured = progress.add_row_decision(
            session,
            row,
            "نشر ميزانية 2025 على موقع البلدية قبل 30 سبتمبر",
            task="Publier le budget 2025 en open data",
            owner_name="Association TWIZA",
            due_date=dt.date(2025, 9, 30),
        )
        remark = progress.add_row_remark(
            session, row, "Les données de 2024 manquent encore.", speaker_name="Sonia Trabelsi"
        )
        assert captured.changes().decisions and captured.changes().actions
        assert remark.changes().timeline
    with store.session() as session:
        decision = session.scalars(select(Decision)).one()
        action = session.scalars(select(ActionItem)).one()
        assert decision.meeting_id == plan.july_id and decision.number == 1
        assert decision.text == "نشر ميزانية 2025 على موقع البلدية قبل 30 سبتمبر"
        assert action.decision_id == decision.id
        assert action.progress_review_id == row.id
        process = session.get(Meeting, plan.july_id).process  # type: ignore[union-attr]
        assert process is not None
        rows = progress.matrix(session, process, "2025Q2").rows
        assert rows[1].actions == ("Publier le budget 2025 en open data",)
        board = progress.dashboard(session, process, today=dt.date(2025, 10, 1))
        assert [(a.task, a.overdue) for a in board.open_actions] == [
            ("Publier le budget 2025 en open data", True)
        ]


def test_the_matrix_shows_the_change_against_the_previous_quarter(store: Store) -> None:
    plan = _plan(store)
    _fill_q2(store, plan)
    with store.transaction() as session:
        meeting = session.get(Meeting, plan.october_id)
        assert meeting is not None
        progress.open_review(session, meeting, "2025Q3")
        first, second, _milestone, _third = _review(session, plan.october_id, "2025Q3")
        progress.update_review(session, first, status="substantial", percent=60)
        progress.update_review(session, second, status="completed", percent=100)
        third = commitments.add_commitment(
            session,
            meeting.process,
            title="Digital transport information",  # type: ignore[arg-type]
        )
        assert third.number == 4
    with store.session() as session:
        meeting = session.get(Meeting, plan.october_id)
        assert meeting is not None and meeting.process is not None
        result = progress.matrix(session, meeting.process, "2025Q3")
        assert result.meeting_date == dt.date(2025, 10, 14)
        assert [r.number for r in result.rows] == [1, 2, 3, 4]
        first, second, third, fourth = result.rows
        assert (first.previous_percent, first.percent, first.percent_change) == (20, 60, 40)
        assert first.status_changed and first.previous_quarter == Quarter(2025, 2)
        assert (second.status, second.percent_change) == (ProgressStatus.COMPLETED, 45)
        assert (third.percent_change, third.status_changed) == (0, False)
        assert third.evidence == "https://www.commune-elkef.tn/ogp"
        # Added after the review was opened: listed, but not reviewed this quarter.
        assert not fourth.reviewed and fourth.status is None and fourth.percent_change is None
        with_milestones = progress.matrix(session, meeting.process, "2025Q3", milestones=True)
        assert [r.milestone for r in with_milestones.rows][2].startswith("Budget 2025")
        assert progress.reviewed_quarters(session, meeting.process) == [
            Quarter(2025, 2),
            Quarter(2025, 3),
        ]


def test_the_dashboard_follows_each_commitment_and_flags_late_milestones(store: Store) -> None:
    plan = _plan(store)
    _fill_q2(store, plan)
    with store.transaction() as session:
        meeting = session.get(Meeting, plan.october_id)
        assert meeting is not None and meeting.process is not None
        progress.open_review(session, meeting, "2025Q3")
        rows = _review(session, plan.october_id, "2025Q3")
        progress.update_review(session, rows[0], percent=45)
        process = meeting.process
        board = progress.dashboard(session, process, today=dt.date(2025, 10, 20))
        assert board.quarters == [Quarter(2025, 2), Quarter(2025, 3)]
        assert [[p.percent for p in s.points] for s in board.series] == [[20, 45], [55, 55], [0, 0]]
        assert [(m.deliverable[:11], m.days_late) for m in board.overdue] == [("Budget 2025", 112)]
        # Once the milestone is completed it is no longer late.
        progress.update_review(session, rows[2], status="completed", percent=100)
        assert progress.dashboard(session, process, today=dt.date(2025, 10, 20)).overdue == []
        # Not yet due: not late either.
        progress.update_review(session, rows[2], status="limited")
        assert progress.dashboard(session, process, today=dt.date(2025, 6, 1)).overdue == []
