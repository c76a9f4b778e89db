"""Finding and listing meetings as the command line and the home view do."""

from __future__ import annotations

import datetime as dt

import pytest

from ogpdesk.core import capture
from ogpdesk.core.errors import Ambiguous, InvalidInput, NotFound
from ogpdesk.core.meetings import (
    create_meeting,
    create_process,
    find_meeting,
    list_meetings,
    set_status,
)
from ogpdesk.core.models import MeetingKind, MeetingStatus, ProcessKind
from ogpdesk.core.store import Store


@pytest.fixture
def meetings(store: Store) -> Store:
    with store.transaction() as session:
        process = create_process(
            session, title="City strategic planning awareness", kind=ProcessKind.STRATEGIC_PLANNING
        )
        kairouan = create_meeting(
            session,
            title="Awareness session — Kairouan",
            title_ar="يوم تحسيسي حول التخطيط الاستراتيجي — القيروان",
            date=dt.date(2016, 3, 22),
            kind=MeetingKind.AWARENESS_SESSION,
            city="Kairouan",
            process=process,
        )
        create_meeting(
            session,
            title="Awareness session — M'saken",
            date=dt.date(2016, 3, 26),
            kind="Awareness session",
            city="M'saken",
            process=process,
        )
        capture.add_intervention(session, kairouan, "Bonjour", speaker_name="Sample — Expert")
        capture.add_recommendation(session, kairouan, "disseminate this experience")
        capture.add_action(session, kairouan, "identify sector working groups")
    return store


def test_meetings_are_listed_by_date_with_their_counts(meetings: Store) -> None:
    with meetings.session() as session:
        rows = list_meetings(session)
    assert [r.city for r in rows] == ["Kairouan", "M'saken"]
    assert (rows[0].participants, rows[0].recommendations, rows[0].open_actions) == (1, 1, 1)
    assert rows[1].kind is MeetingKind.AWARENESS_SESSION


@pytest.mark.parametrize("query", ["kairouan", "KAIROUAN", "القيروان", "القَيْرَوان"])
def test_a_meeting_is_found_by_part_of_its_title_in_either_script(
    meetings: Store, query: str
) -> None:
    with meetings.session() as session:
        assert find_meeting(session, query).city == "Kairouan"


def test_an_ambiguous_or_unknown_title_is_refused_with_the_candidates(meetings: Store) -> None:
    with meetings.session() as session:
        with pytest.raises(Ambiguous) as ambiguous:
            find_meeting(session, "awareness")
        assert "Kairouan" in str(ambiguous.value) and "M'saken" in str(ambiguous.value)
        with pytest.raises(NotFound):
            find_meeting(session, "Sfax")


def test_a_meeting_is_found_by_its_id_prefix(meetings: Store) -> None:
    with meetings.session() as session:
        first = list_meetings(session)[0]
        assert find_meeting(session, first.id[:8]).id == first.id


def test_statuses_follow_the_meeting_life(meetings: Store) -> None:
    with meetings.transaction() as session:
        meeting = find_meeting(session, "Kairouan")
        with pytest.raises(InvalidInput):
            set_status(session, meeting, MeetingStatus.APPROVED)
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
        assert meeting.approved_at is not None
        set_status(session, meeting, MeetingStatus.CLOSED)
        assert meeting.approved_at is None


def test_an_unknown_meeting_kind_names_the_known_ones(store: Store) -> None:
    with pytest.raises(InvalidInput) as error, store.transaction() as session:
        create_meeting(session, title="X", date=dt.date(2025, 1, 1), kind="party")
    assert "quarterly_review" in str(error.value)
