"""Telling the other programs on a shared server what this one changed (PostgreSQL).

Every transaction that writes rows sends, on commit, one ``NOTIFY`` on the channel
``ogpdesk`` naming the kinds of rows it wrote (``Changes`` flags) and the meetings they
belong to. PostgreSQL delivers a notification only when its transaction commits, and not at
all when it rolls back, so a listener never hears of a line that was not saved. A
``Listener`` (one connection of its own, listening) turns what the others sent back into
``Changes``; the window broadcasts them as it does its own (``ui/operations.py``), so a
secretary sees the lines another secretary types, within the listener's polling interval.

Each program marks its notifications with ``SOURCE``, so that it can skip its own: it has
already broadcast them. SQLite has no such channel; there nothing is sent.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Commitment,
    CommitteeMember,
    Decision,
    Intervention,
    Meeting,
    Milestone,
    Participant,
    Process,
    ProcessRole,
    ProgressReview,
    Proposal,
    Recommendation,
    SpeakingTurn,
)

CHANNEL = "ogpdesk"
# This program's mark on what it sends.
SOURCE = uuid.uuid4().hex
_NOTIFY = text("SELECT pg_notify(:channel, :payload)")
# What a written row of each kind means to the views.
_FLAGS: dict[type, tuple[str, ...]] = {
    Process: ("processes",),
    Meeting: ("meetings",),
    Participant: ("participants",),
    Attendance: ("attendance",),
    AgendaItem: ("agenda", "timeline"),
    Intervention: ("timeline",),
    SpeakingTurn: ("timeline",),
    Recommendation: ("recommendations", "timeline"),
    Decision: ("decisions", "timeline"),
    ActionItem: ("actions", "timeline"),
    Commitment: ("commitments",),
    Milestone: ("commitments",),
    CommitteeMember: ("commitments",),
    ProcessRole: ("processes",),
    ProgressReview: ("progress",),
    Proposal: ("proposals",),
}
_PENDING = "ogpdesk_notify"


@dataclass(frozen=True)
class Notice:
    """What another program committed: which views care, and in which meetings."""

    changes: Changes
    meetings: frozenset[str]
    source: str


def announce_changes() -> None:
    """Make every session on a server send what it wrote at commit; idempotent."""
    if not event.contains(Session, "after_flush", _collect):
        event.listen(Session, "after_flush", _collect)
        event.listen(Session, "before_commit", _send)


def _collect(session: Session, _context: object) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    pending: dict[str, set[str]] = session.info.setdefault(_PENDING, {"flags": set(), "ids": set()})
    for obj in (*session.new, *session.dirty, *session.deleted):
        names = _FLAGS.get(type(obj))
        if names is None:
            continue
        pending["flags"].update(names)
        meeting = obj.id if isinstance(obj, Meeting) else getattr(obj, "meeting_id", None)
        if meeting:
            pending["ids"].add(meeting)


def _send(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending or not pending["flags"]:
        return
    payload = json.dumps(
        {"source": SOURCE, "flags": sorted(pending["flags"]), "meetings": sorted(pending["ids"])}
    )
    # A notification's payload must stay under 8000 bytes: a big import names no meetings.
    if len(payload) > 7000:
        payload = json.dumps({"source": SOURCE, "flags": sorted(pending["flags"]), "meetings": []})
    session.execute(_NOTIFY, {"channel": CHANNEL, "payload": payload})


def parse(payload: str) -> Notice | None:
    """A notification's payload as a ``Notice``; None for one that is not ours."""
    try:
        data: Any = json.loads(payload)
        known = {f.name for f in fields(Changes)}
        flags = {name: True for name in data["flags"] if name in known}
        return Notice(Changes(**flags), frozenset(data["meetings"]), str(data["source"]))
    except (ValueError, KeyError, TypeError):
        return None


class Listener:
    """A connection of its own that listens for the other programs' notifications."""

    def __init__(self, engine: Engine) -> None:
        import psycopg

        # A driver connection outside the engine's pool, made with the engine's own
        # arguments: it stays in autocommit, listening, for as long as the window is open.
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        self._connection: Any = psycopg.connect(*args, **kwargs, autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def receive(self) -> list[Notice]:
        """What others committed since the last call; returns at once."""
        notices = []
        for notify in self._connection.notifies(timeout=0):
            notice = parse(notify.payload)
            if notice is not None and notice.source != SOURCE:
                notices.append(notice)
        return notices

    def close(self) -> None:
        self._connection.close()


def listener(engine: Engine) -> Listener | None:
    """A listener on a server; None on SQLite, which has no notifications."""
    return Listener(engine) if engine.dialect.name == "postgresql" else None
