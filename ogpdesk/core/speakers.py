"""The speakers' queue and the time each person spoke.

``SpeakersQueue`` is plain Python, kept by the window for the length of a meeting: raised
hands wait in order, one person speaks at a time against a time limit (the queue's default,
or one given to that person), and ``next_speaker`` ends the current turn and starts the next.
Time comes from an injected clock, so tests run a whole debate in no time.

An ended turn is a ``FinishedTurn``; ``record_turn`` stores it as a ``SpeakingTurn`` row (the
speaker is found or added to the directory and marked present, as the capture line does), so
the time each person spoke is kept even when nothing of what they said was typed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core import capture
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import ensure_editable, get_meeting, live
from ogpdesk.core.models import Participant, SpeakersQueueState, SpeakingTurn, utcnow
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP

Clock = Callable[[], dt.datetime]

DEFAULT_LIMIT_SECONDS = 180

NO_NAME = QT_TRANSLATE_NOOP("Errors", "A raised hand needs the name of the person.")
BAD_LIMIT = QT_TRANSLATE_NOOP(
    "Errors", "A time limit must be a whole number of seconds above zero, not “{value}”."
)


@dataclass(frozen=True)
class Hand:
    """Someone waiting to speak."""

    name: str
    participant_id: str | None = None
    # Overrides the queue's limit for this person (a presenter gets longer).
    limit_seconds: int | None = None


@dataclass(frozen=True)
class Turn:
    """The person speaking now."""

    name: str
    participant_id: str | None
    started_at: dt.datetime
    limit_seconds: int


@dataclass(frozen=True)
class FinishedTurn:
    name: str
    participant_id: str | None
    started_at: dt.datetime
    ended_at: dt.datetime
    limit_seconds: int

    @property
    def seconds(self) -> int:
        return round((self.ended_at - self.started_at).total_seconds())

    @property
    def overtime(self) -> bool:
        return self.seconds > self.limit_seconds


def check_limit(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(BAD_LIMIT, value=value)
    return value


class SpeakersQueue:
    """Raised hands in order, and the turn in progress."""

    def __init__(self, *, limit_seconds: int = DEFAULT_LIMIT_SECONDS, clock: Clock = utcnow):
        self.limit_seconds = check_limit(limit_seconds)
        self._clock = clock
        self._waiting: list[Hand] = []
        self._current: Turn | None = None

    @property
    def waiting(self) -> tuple[Hand, ...]:
        return tuple(self._waiting)

    @property
    def current(self) -> Turn | None:
        return self._current

    def set_limit(self, seconds: int) -> None:
        """The default limit, for turns that start from now on."""
        self.limit_seconds = check_limit(seconds)

    def extend(self, seconds: int) -> None:
        """Give the person speaking more time than their limit."""
        check_limit(seconds)
        if self._current is not None:
            self._current = replace(
                self._current, limit_seconds=self._current.limit_seconds + seconds
            )

    def raise_hand(
        self, name: str, participant_id: str | None = None, limit_seconds: int | None = None
    ) -> bool:
        """Add someone at the end of the queue; False if they were already waiting."""
        name = name.strip()
        if not name:
            raise InvalidInput(NO_NAME)
        if limit_seconds is not None:
            check_limit(limit_seconds)
        folded = normalise(name)
        if any(normalise(h.name) == folded for h in self._waiting):
            return False
        self._waiting.append(Hand(name, participant_id, limit_seconds))
        return True

    def remove(self, index: int) -> Hand:
        return self._waiting.pop(index)

    def move(self, index: int, to_index: int) -> None:
        hand = self._waiting.pop(index)
        self._waiting.insert(max(0, min(to_index, len(self._waiting))), hand)

    def next_speaker(self) -> FinishedTurn | None:
        """End the current turn (returned, to be recorded) and give the floor to the next."""
        finished = self.finish()
        if self._waiting:
            hand = self._waiting.pop(0)
            self._current = Turn(
                name=hand.name,
                participant_id=hand.participant_id,
                started_at=self._clock(),
                limit_seconds=hand.limit_seconds or self.limit_seconds,
            )
        return finished

    def finish(self) -> FinishedTurn | None:
        """End the current turn without starting another."""
        turn = self._current
        if turn is None:
            return None
        self._current = None
        return FinishedTurn(
            name=turn.name,
            participant_id=turn.participant_id,
            started_at=turn.started_at,
            ended_at=max(self._clock(), turn.started_at),
            limit_seconds=turn.limit_seconds,
        )

    def elapsed_seconds(self) -> float:
        if self._current is None:
            return 0.0
        return max(0.0, (self._clock() - self._current.started_at).total_seconds())

    def remaining_seconds(self) -> float:
        """Time left in the current turn; negative once the speaker runs over."""
        if self._current is None:
            return 0.0
        return self._current.limit_seconds - self.elapsed_seconds()

    @property
    def overtime(self) -> bool:
        return self._current is not None and self.remaining_seconds() < 0


# -- the queue kept in the store ----------------------------------------------------------


def queue_state(queue: SpeakersQueue) -> dict[str, Any]:
    """The queue as plain JSON values: what ``restore_queue`` reads back."""
    current = queue.current
    return {
        "limit": queue.limit_seconds,
        "current": None
        if current is None
        else {
            "name": current.name,
            "participant_id": current.participant_id,
            "started_at": current.started_at.isoformat(),
            "limit": current.limit_seconds,
        },
        "waiting": [
            {"name": h.name, "participant_id": h.participant_id, "limit": h.limit_seconds}
            for h in queue.waiting
        ],
    }


def restore_queue(state: dict[str, Any], clock: Clock = utcnow) -> SpeakersQueue:
    """A queue as ``queue_state`` described it; the running turn keeps its start time, so
    the clock counts the minutes the program was down as spoken (the person went on)."""
    queue = SpeakersQueue(
        limit_seconds=int(state.get("limit") or DEFAULT_LIMIT_SECONDS), clock=clock
    )
    for hand in state.get("waiting") or []:
        queue._waiting.append(
            Hand(str(hand["name"]), hand.get("participant_id"), hand.get("limit"))
        )
    current = state.get("current")
    if current:
        queue._current = Turn(
            name=str(current["name"]),
            participant_id=current.get("participant_id"),
            started_at=dt.datetime.fromisoformat(current["started_at"]),
            limit_seconds=int(current["limit"]),
        )
    return queue


def save_queue(session: Session, meeting_id: str, queue: SpeakersQueue) -> None:
    """Keep the queue as it is now (one row per meeting, replaced); flushes. Refused once the
    meeting is approved: nobody takes the floor in locked minutes."""
    ensure_editable(get_meeting(session, meeting_id))
    state = json.dumps(queue_state(queue), ensure_ascii=False)
    row = session.get(SpeakersQueueState, meeting_id)
    if row is None:
        session.add(SpeakersQueueState(meeting_id=meeting_id, state=state))
    else:
        row.state = state
    session.flush()


def load_queue(session: Session, meeting_id: str, clock: Clock = utcnow) -> SpeakersQueue:
    """The meeting's queue as last saved; an empty one if none was, or if the saved state
    cannot be read (a queue is worth less than opening the meeting)."""
    row = session.get(SpeakersQueueState, meeting_id)
    if row is not None:
        try:
            return restore_queue(json.loads(row.state), clock)
        except (ValueError, KeyError, TypeError, InvalidInput):
            pass
    return SpeakersQueue(clock=clock)


@dataclass(frozen=True)
class SpeakingTime:
    """How long one person spoke in a meeting, over all their turns."""

    name: str
    participant_id: str | None
    turns: int
    seconds: int


def record_turn(session: Session, meeting_id: str, turn: FinishedTurn) -> capture.Captured:
    """Store a finished turn; the speaker joins the directory and is marked present."""
    meeting = get_meeting(session, meeting_id)
    ensure_editable(meeting)
    participant = session.get(Participant, turn.participant_id or "")
    created = capture.Captured()
    if participant is None or participant.deleted:
        # Linked to nobody when the name is ambiguous: the turn keeps the name as given.
        participant, created = capture.speaker(session, meeting, turn.name)
    row = SpeakingTurn(
        meeting=meeting,
        participant=participant,
        agenda_item=capture.current_agenda_item(session, meeting),
        speaker_name=participant.full_name if participant else turn.name,
        started_at=turn.started_at,
        ended_at=turn.ended_at,
        duration_seconds=turn.seconds,
        limit_seconds=turn.limit_seconds,
    )
    session.add(row)
    session.flush()
    created.add(row)
    return created


def speaking_times(session: Session, meeting_id: str) -> list[SpeakingTime]:
    """Each speaker's total time, longest first."""
    totals: dict[str, SpeakingTime] = {}
    rows = session.scalars(
        select(SpeakingTurn)
        .where(SpeakingTurn.meeting_id == meeting_id, live(SpeakingTurn))
        .order_by(SpeakingTurn.started_at)
    )
    for row in rows:
        key = row.participant_id or normalise(row.speaker_name)
        known = totals.get(key)
        totals[key] = SpeakingTime(
            name=row.speaker_name,
            participant_id=row.participant_id,
            turns=(known.turns if known else 0) + 1,
            seconds=(known.seconds if known else 0) + row.duration_seconds,
        )
    return sorted(totals.values(), key=lambda t: (-t.seconds, t.name))
