"""Undo steps for core services that return their own undo record.

Board edits, attendance changes and imports return a record with ``changes()``, ``undo(session)``
and ``redo(session)`` (before/after states of what they touched). ``ReplayStep`` runs such a
service the first time the undo stack redoes it, then replays the record, each time in the
session ``Operations`` opens, so an undone merge or import comes back exactly as it was.
Use it with ``ops.perform(text, step.redo, step.undo)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes


class Replayable(Protocol):
    def changes(self) -> Changes: ...

    def undo(self, session: Session) -> Changes: ...

    def redo(self, session: Session) -> Changes: ...


E = TypeVar("E", bound=Replayable)


class ReplayStep(Generic[E]):
    def __init__(self, operation: Callable[[Session], E]) -> None:
        self.operation = operation
        self.record: E | None = None

    @classmethod
    def of(cls, record: E) -> ReplayStep[E]:
        """A step whose service already ran (in the background): undo and redo replay it."""
        step = cls(lambda _session: record)
        step.record = record
        return step

    def redo(self, session: Session) -> Changes:
        if self.record is None:
            record = self.operation(session)
            self.record = record
            return record.changes()
        return self.record.redo(session)

    def undo(self, session: Session) -> Changes:
        assert self.record is not None
        return self.record.undo(session)
