"""What this store knows of itself for exchanges: its id, its clock, the group it captures in.

Kept in ``sync_state`` and never sent: another laptop has its own.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.models import SyncState, new_id

STORE_ID = "store_id"
COUNTER = "counter"
GROUP = "group:"
ALIAS = "alias:"


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(SyncState.value).where(SyncState.key == key))


def put(session: Session, key: str, value: str | None) -> None:
    row = session.get(SyncState, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value
    session.flush()


def store_id(session: Session) -> str:
    """This store's id in version vectors, made the first time it is asked for."""
    found = get(session, STORE_ID)
    if found is None:
        found = new_id()
        put(session, STORE_ID, found)
    return found


def next_counter(session: Session) -> int:
    """A counter larger than any this store wrote into a version vector before."""
    value = int(get(session, COUNTER) or 0) + 1
    put(session, COUNTER, str(value))
    return value


def meeting_group(session: Session, meeting_id: str) -> str | None:
    """The breakout group this laptop captures the meeting in (set by the bundle it came in)."""
    return get(session, GROUP + meeting_id)


def set_meeting_group(session: Session, meeting_id: str, group: str | None) -> None:
    put(session, GROUP + meeting_id, group)


def aliases(session: Session) -> dict[str, str]:
    """Records of other laptops matched to one of this store's (a person already known)."""
    rows = session.execute(
        select(SyncState.key, SyncState.value).where(SyncState.key.startswith(ALIAS))
    ).all()
    return {key.removeprefix(ALIAS): value for key, value in rows}
