"""The speakers' queue, run on a fake clock, and the speaking time it stores."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ogpdesk.core import capture
from ogpdesk.core.errors import InvalidInput, Locked
from ogpdesk.core.meetings import create_meeting, set_status
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingStatus,
    Participant,
    SpeakingTurn,
)
from ogpdesk.core.speakers import (
    SpeakersQueue,
    load_queue,
    record_turn,
    save_queue,
    speaking_times,
)
from ogpdesk.core.store import Store


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2016, 3, 22, 10, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_hands_are_served_in_order_with_their_time(clock: FakeClock) -> None:
    queue = SpeakersQueue(limit_seconds=120, clock=clock)
    assert queue.raise_hand("Sample — Mohamed Ben Salah")
    assert queue.raise_hand("عينة — سنية الطرابلسي", limit_seconds=300)
    assert queue.next_speaker() is None  # nobody had the floor yet
    assert queue.current is not None and queue.current.name == "Sample — Mohamed Ben Salah"
    clock.advance(90)
    assert queue.remaining_seconds() == 30
    assert not queue.overtime

    finished = queue.next_speaker()
    assert finished is not None
    assert (finished.name, finished.seconds, finished.overtime) == (
        "Sample — Mohamed Ben Salah",
        90,
        False,
    )
    assert queue.current is not None and queue.current.limit_seconds == 300
    clock.advance(310)
    assert queue.overtime and queue.remaining_seconds() == -10
    last = queue.next_speaker()
    assert last is not None and last.overtime and last.seconds == 310
    assert queue.current is None and queue.waiting == ()


def test_the_speaker_can_be_given_more_time(clock: FakeClock) -> None:
    queue = SpeakersQueue(limit_seconds=60, clock=clock)
    queue.raise_hand("Sample — M'Saken 2050")
    queue.next_speaker()
    clock.advance(70)
    assert queue.overtime
    queue.extend(60)
    assert not queue.overtime and queue.remaining_seconds() == 50
    finished = queue.finish()
    assert finished is not None and (finished.limit_seconds, finished.overtime) == (120, False)


def test_a_hand_raised_twice_waits_once(clock: FakeClock) -> None:
    queue = SpeakersQueue(clock=clock)
    assert queue.raise_hand("محمد بن صالح")
    # The same name typed with harakat is the same person.
    assert not queue.raise_hand("مُحَمَّد بن صالح ")
    assert len(queue.waiting) == 1


def test_remove_and_move_hands(clock: FakeClock) -> None:
    queue = SpeakersQueue(clock=clock)
    for name in ("Sample A", "Sample B", "Sample C"):
        queue.raise_hand(name)
    queue.move(2, 0)
    assert [h.name for h in queue.waiting] == ["Sample C", "Sample A", "Sample B"]
    assert queue.remove(1).name == "Sample A"
    assert [h.name for h in queue.waiting] == ["Sample C", "Sample B"]


@pytest.mark.parametrize("limit", [0, -5, 2.5, True])
def test_bad_limits_are_refused(clock: FakeClock, limit: object) -> None:
    with pytest.raises(InvalidInput):
        SpeakersQueue(limit_seconds=limit, clock=clock)  # type: ignore[arg-type]
    queue = SpeakersQueue(clock=clock)
    with pytest.raises(InvalidInput):
        queue.raise_hand("Sample", limit_seconds=limit)  # type: ignore[arg-type]
    assert queue.waiting == ()


def test_an_empty_name_is_refused(clock: FakeClock) -> None:
    with pytest.raises(InvalidInput):
        SpeakersQueue(clock=clock).raise_hand("   ")


def _meeting(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Session de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            city="Kairouan",
        )
        capture.add_agenda_item(session, meeting, "النقاش / Débat")
        return meeting.id


def test_speaking_time_is_stored_per_person(store: Store, clock: FakeClock) -> None:
    meeting_id = _meeting(store)
    queue = SpeakersQueue(limit_seconds=120, clock=clock)
    for name, seconds in [
        ("Sample — Mohamed Ben Salah", 95),
        ("عينة — سنية الطرابلسي", 140),
        ("Sample — Mohamed Ben Salah", 30),
    ]:
        queue.raise_hand(name)
        queue.next_speaker()
        clock.advance(seconds)
        turn = queue.finish()
        assert turn is not None
        with store.transaction() as session:
            record_turn(session, meeting_id, turn)

    with store.session() as session:
        times = speaking_times(session, meeting_id)
        assert [(t.name, t.turns, t.seconds) for t in times] == [
            ("عينة — سنية الطرابلسي", 1, 140),
            ("Sample — Mohamed Ben Salah", 2, 125),
        ]
        rows = session.scalars(select(SpeakingTurn).order_by(SpeakingTurn.started_at)).all()
        assert [r.duration_seconds for r in rows] == [95, 140, 30]
        assert rows[1].limit_seconds == 120
        assert rows[0].agenda_item is not None and rows[0].agenda_item.title == "النقاش / Débat"
        # A speaker is somebody present, added to the directory once.
        assert len(session.scalars(select(Participant)).all()) == 2
        statuses = session.scalars(select(Attendance.status)).all()
        assert statuses == [AttendanceStatus.PRESENT] * 2


def test_a_turn_of_a_known_participant_keeps_their_record(store: Store, clock: FakeClock) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        known, _ = capture.speaker(session, meeting, "Sample — Expert KTC Sfax", "KTC Sfax")
        known_id = known.id
    queue = SpeakersQueue(clock=clock)
    queue.raise_hand("Expert", participant_id=known_id)
    queue.next_speaker()
    clock.advance(61)
    turn = queue.finish()
    assert turn is not None
    with store.transaction() as session:
        created = record_turn(session, meeting_id, turn)
        assert [type(r) for r in created.rows] == [SpeakingTurn]
    with store.session() as session:
        (row,) = session.scalars(select(SpeakingTurn)).all()
        assert (row.participant_id, row.speaker_name) == (known_id, "Sample — Expert KTC Sfax")


def test_undone_turns_do_not_count(store: Store, clock: FakeClock) -> None:
    meeting_id = _meeting(store)
    queue = SpeakersQueue(clock=clock)
    queue.raise_hand("Sample — TWIZA")
    queue.next_speaker()
    clock.advance(45)
    turn = queue.finish()
    assert turn is not None
    with store.transaction() as session:
        created = record_turn(session, meeting_id, turn)
    with store.transaction() as session:
        capture.set_deleted(session, [session.merge(r) for r in created.rows], True)
    with store.session() as session:
        assert speaking_times(session, meeting_id) == []


def test_an_approved_meeting_records_no_turn(store: Store, clock: FakeClock) -> None:
    meeting_id = _meeting(store)
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
    queue = SpeakersQueue(clock=clock)
    queue.raise_hand("Sample — Joussour")
    queue.next_speaker()
    turn = queue.finish()
    assert turn is not None
    with pytest.raises(Locked), store.transaction() as session:
        record_turn(session, meeting_id, turn)
    with store.session() as session:
        assert session.scalars(select(SpeakingTurn)).all() == []


def test_the_queue_and_the_running_turn_survive_a_restart(store: Store) -> None:
    with store.transaction() as session:
        meeting_id = create_meeting(session, title="Kairouan", date=dt.date(2016, 3, 22)).id
    now = [dt.datetime(2016, 3, 22, 10, 0)]
    queue = SpeakersQueue(limit_seconds=120, clock=lambda: now[0])
    for name in ("Sami Gharbi", "فاطمة الزهراء", "Hédi Ben Ammar"):
        queue.raise_hand(name, participant_id=None)
    queue.raise_hand("Nizar", limit_seconds=300)
    queue.next_speaker()
    queue.extend(60)
    with store.transaction() as session:
        save_queue(session, meeting_id, queue)
    now[0] += dt.timedelta(seconds=50)

    # The program died; a new one reads the store.
    with store.session() as session:
        again = load_queue(session, meeting_id, clock=lambda: now[0])
    assert [h.name for h in again.waiting] == ["فاطمة الزهراء", "Hédi Ben Ammar", "Nizar"]
    assert again.waiting[-1].limit_seconds == 300
    assert again.limit_seconds == 120
    assert again.current is not None and again.current.name == "Sami Gharbi"
    assert again.remaining_seconds() == 180 - 50
    with store.session() as session:
        assert load_queue(session, "no such meeting").waiting == ()
