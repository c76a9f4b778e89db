"""What the action plan's tabs share: their translation context, dates, and the panel base
with its undoable steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import created
from ogpdesk.core.models import Process, Record
from ogpdesk.ui.operations import Operations, Redraw
from ogpdesk.ui.replay import Replayable, ReplayStep

CONTEXT = "ActionPlanView"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def isolated(text: str) -> str:
    """``text`` as one unit in a line of the other direction: a Latin name keeps its closing
    parenthesis in the Arabic interface ("Municipal council (seat 4)"), "60+" its sign."""
    return f"\u2068{text}\u2069" if text else text


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


class PlanPanel(QWidget):
    """What the three panels share: the plan they show, and undoable steps."""

    # The ``Changes`` flags that make this panel redraw.
    watched: tuple[str, ...] = ()

    def __init__(self, ops: Operations, process_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.process_id = process_id
        # A tab in the back redraws when it is shown, not on every captured action item.
        self.redraw = Redraw(ops, self, self.watched, self.reload)

    def showEvent(self, event: QShowEvent) -> None:
        self.redraw.shown()
        super().showEvent(event)

    def reload(self) -> None:
        raise NotImplementedError

    def process(self, session: Session) -> Process:
        process = session.get(Process, self.process_id)
        assert process is not None
        return process

    def edit(self, text: str, operation: Callable[[Session], Replayable]) -> bool:
        """Run ``operation`` as one undo step; undo and redo replay the record it returns."""
        step = ReplayStep(operation)
        return self.ops.perform(text, step.redo, step.undo, initiator=self) is not None

    def create_row(self, text: str, operation: Callable[[Session], Record], flags: Changes) -> bool:
        """Run a service that adds a row; undo hides the row again, redo brings it back."""
        return self.edit(text, lambda session: created(operation(session), flags))
