"""Operations: how the window changes data, undoes it, and tells every view what changed.

This is the contract every widget of ``ogpdesk.ui`` follows (after Anki's ``aqt.operations``).

**Running a change.** A user step is a function ``fn(session) -> result`` that calls core
services. ``ops.run(fn, initiator=self)`` runs it in one ``store.transaction()`` —
synchronously, because capture must feel instant (one SQLite commit in WAL mode) — and
returns its result. On ``OgpdeskError`` (or any other exception) nothing was committed, the
standard error dialog (``ui/errors.py``) is shown, ``ops.failed`` is emitted and ``run``
returns ``None``. Objects returned are detached from their (closed) session: their columns
are readable, lazy relationships are not — load what you need inside ``fn``.

**Broadcasting.** After a successful run, ``ops.changed`` is emitted once with
``(Changes, initiator)``. The ``Changes`` is derived from the result: a ``Changes`` itself,
anything with a ``.changes()`` method (``Captured``), or a tuple whose first element is one
of those. Return ``Changes`` explicitly from ``fn`` when a service returns something else.
A step run by ``ops.capture`` first emits ``ops.captured`` with ``(Captured, initiator)``,
the rows it created, then its ``changed``: a view can show those rows as they are, without
reading the meeting again (the timeline appends them).

**Views.** A widget is built ``Widget(ops: Operations, meeting_id: str, parent=None)`` and
redraws only when a flag it shows is set, and may skip the redraw when ``initiator is self``
and it already updated itself. No view calls another view to refresh it. Every captured line
is broadcast, and the whole window has 50 ms (p99) from Enter to the line shown
(``benchmarks/capture.py``): a view that is hidden (a tab in the back, the home view behind a
meeting) only notes that it is stale and redraws when it is shown again, and a view does not
redraw on ``timeline`` unless it shows timeline items. ``Redraw(ops, view, flags, reload)``
does exactly that, the view's ``showEvent`` calling its ``shown()``; a view with finer needs
connects ``ops.changed`` to its own ``on_changes(changes, initiator)``.

**Undo.** Every edit goes through ``ops.undo_stack`` (a ``QUndoStack``):

- ``ops.perform(text, redo_fn, undo_fn, initiator=self)``: ``redo_fn`` / ``undo_fn`` take a
  session and return ``Changes``; ``perform`` pushes an ``OpCommand`` whose first redo runs
  the step. If that first run fails, nothing is pushed and ``None`` is returned. Undo and redo
  are operations too: they run in a transaction, broadcast, and report errors (undoing in an
  approved meeting is refused with ``Locked``). The functions must look rows up again by id:
  each run has a new session.
- ``ops.capture(text, fn, meeting_id, initiator=self)`` for steps that *create* rows (a
  capture line, an added agenda item, a newcomer): ``fn`` returns a ``Captured`` (or a tuple
  starting with one); undo soft-deletes the created rows, redo restores them
  (``CaptureCommand``, ``core.capture.set_deleted``).
- ``with ops.macro("Merge recommendations 3 and 5"): ...`` merges the steps pushed inside
  into one named undo step.
- ``ops.push(command)`` pushes any ``QUndoCommand`` (an ``OpCommand`` subclass is best).

**The store's log.** SQLite's own checkpoint (copying the write-ahead log into the file)
runs inside a commit and would make a capture line wait 40–50 ms now and then: the window
turns it off and checkpoints once no step has run for ``CHECKPOINT_IDLE_MS``.

**Other programs.** On a shared PostgreSQL server, what other programs commit arrives as
notifications (``core/notify.py``): every ``LISTEN_MS`` the window takes those that came
and broadcasts them as one ``changed`` with ``initiator`` ``REMOTE``, so each view redraws
what another secretary changed as it would after a step of its own that it did not make.

**Long work.** ``ops.run_in_background(fn, on_done, label=..., progress=True)`` runs
``fn(session)`` on a ``QThreadPool`` worker with its OWN session (sessions are not thread
safe), committed at the end; a busy ``QProgressDialog`` labelled ``label`` appears if it takes
more than half a second; ``on_done(result)`` is called on the UI thread, then ``changed`` is
broadcast as for ``run``. Errors go to the standard dialog; ``core.errors.Cancelled`` (the
user stopped the work, its transaction rolled back) is told to no one. For exports and
imports, never for capture. While a worker runs, Python's automatic cycle collection is
off — were it to free a Qt object on the worker's thread, the program would crash — and it
is back on, after a collection on the UI thread, once every worker has reported.
"""

from __future__ import annotations

import gc
import logging
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from ogpdesk.core import notify
from ogpdesk.core.capture import Captured, set_deleted
from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import Cancelled
from ogpdesk.core.meetings import ensure_editable, locked_meeting
from ogpdesk.core.models import Record
from ogpdesk.core.store import Store
from ogpdesk.ui.errors import ErrorReporter

log = logging.getLogger(__name__)

R = TypeVar("R")
Step = Callable[[Session], Changes]

# How long a background operation runs before its progress dialog appears.
PROGRESS_DELAY_MS = 500
# How long after the last step the store's log is copied into its file.
CHECKPOINT_IDLE_MS = 2000
# How often the window takes the notifications of other programs on a server.
LISTEN_MS = 200
# The initiator of a step another program made.
REMOTE = object()


def changes_of(result: object) -> Changes:
    """The ``Changes`` an operation's result stands for (empty when it says nothing)."""
    if isinstance(result, tuple) and result:
        result = result[0]
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    if callable(changes):
        derived = changes()
        if isinstance(derived, Changes):
            return derived
    return Changes()


def captured_of(result: object) -> Captured | None:
    if isinstance(result, tuple) and result:
        result = result[0]
    return result if isinstance(result, Captured) else None


class Operations(QObject):
    """The store, its undo stack, and the broadcast of what changed."""

    changed = Signal(object, object)  # (Changes, initiator)
    captured = Signal(object, object)  # (Captured, initiator), just before its ``changed``
    failed = Signal(object)  # the exception, after the error dialog was shown

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.errors = ErrorReporter(self)
        self.dialog_parent: QWidget | None = None
        self._pool = QThreadPool(self)
        self._workers: set[_Worker] = set()
        store.defer_checkpoints()
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setSingleShot(True)
        self._checkpoint_timer.setInterval(CHECKPOINT_IDLE_MS)
        self._checkpoint_timer.timeout.connect(self._checkpoint)
        self._listener = notify.listener(store.engine)
        if self._listener is not None:
            self._listen_timer = QTimer(self)
            self._listen_timer.setInterval(LISTEN_MS)
            self._listen_timer.timeout.connect(self._hear_others)
            self._listen_timer.start()

    def close(self) -> None:
        """Stop listening to other programs (the window is closing)."""
        if self._listener is not None:
            self._listen_timer.stop()
            self._listener.close()
            self._listener = None

    def _hear_others(self) -> None:
        if self._listener is None:
            return
        try:
            notices = self._listener.receive()
        except Exception as exc:
            # The server went away: the next step the user makes says so; stop listening.
            log.warning("stopped listening to the server: %s", exc)
            self.close()
            return
        changes = Changes()
        for notice in notices:
            changes |= notice.changes
        self.broadcast(changes, REMOTE)

    # -- synchronous ---------------------------------------------------------------------

    def run(self, fn: Callable[[Session], R], *, initiator: object | None = None) -> R | None:
        result = self._commit(fn)
        if result is not None:
            self.broadcast(changes_of(result), initiator)
        return result

    def _commit(self, fn: Callable[[Session], R]) -> R | None:
        try:
            with self.store.transaction() as session:
                return fn(session)
        except Exception as exc:
            self.report(exc)
            return None
        finally:
            self._checkpoint_timer.start()

    def _checkpoint(self) -> None:
        # On this thread: a few milliseconds while the typist pauses, and no worker for
        # Python's cycle collector to run on (see ``_CycleCollector``).
        try:
            self.store.checkpoint()
        except Exception as exc:
            # The log stays, and is copied at the next pause or when the store closes.
            log.warning("checkpoint of %s failed: %s", self.store.path, exc)

    def broadcast(self, changes: Changes, initiator: object | None = None) -> None:
        if changes:
            self.changed.emit(changes, initiator)

    def report(self, exc: BaseException) -> None:
        self.errors.show_error(exc, self.dialog_parent)
        self.failed.emit(exc)

    # -- undoable ------------------------------------------------------------------------

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def perform(
        self, text: str, redo_fn: Step, undo_fn: Step, *, initiator: object | None = None
    ) -> Changes | None:
        command = OpCommand(self, text, redo_fn, undo_fn, initiator=initiator)
        self.undo_stack.push(command)
        return command.first_result

    def capture(
        self,
        text: str,
        fn: Callable[[Session], R],
        meeting_id: str,
        *,
        initiator: object | None = None,
    ) -> R | None:
        """Run a step that creates rows; one undo step soft-deletes them again."""

        def step(session: Session) -> tuple[R, bool]:
            # The first line captured in a planned meeting opens it: the views showing the
            # meeting's status must hear of it, though the step only reports its rows.
            meeting = locked_meeting(session, meeting_id)
            status = meeting.status if meeting is not None else None
            result = fn(session)
            return result, meeting is not None and meeting.status != status

        outcome = self._commit(step)
        if outcome is None or outcome[0] is None:
            return None
        result, opened = outcome
        captured = captured_of(result)
        changes = changes_of(result) | Changes(meetings=opened)
        if captured is not None and changes:
            # Always followed by its ``changed``: ``Redraw.shown_already`` counts on it.
            self.captured.emit(captured, initiator)
        self.broadcast(changes, initiator)
        if captured is not None and captured.rows:
            self.undo_stack.push(CaptureCommand(self, text, meeting_id, captured, done=True))
        return result

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # -- background ----------------------------------------------------------------------

    def run_in_background(
        self,
        fn: Callable[[Session], R],
        on_done: Callable[[R], None],
        *,
        label: str,
        progress: bool = True,
        initiator: object | None = None,
    ) -> None:
        dialog: QProgressDialog | None = None
        if progress:
            dialog = QProgressDialog(label, "", 0, 0, self.dialog_parent)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAccessibleName(label)
            dialog.setValue(0)
        store = self.store

        def job() -> R:
            with store.transaction() as session:
                return fn(session)

        def finish(ok: bool, payload: object) -> None:
            self._checkpoint_timer.start()
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            if not ok:
                assert isinstance(payload, BaseException)
                if not isinstance(payload, Cancelled):
                    self.report(payload)
                return
            on_done(payload)  # type: ignore[arg-type]
            self.broadcast(changes_of(payload), initiator)

        self._start(job, finish)

    def read_in_background(self, fn: Callable[[Session], R], on_done: Callable[[R], None]) -> None:
        """Run ``fn(session)`` on a pool thread, in a session of its own that writes nothing,
        and ``on_done(result)`` on the UI thread: for reads the user must not wait for (the
        search as one types). Nothing to commit or broadcast; errors go to the dialog."""
        store = self.store

        def job() -> R:
            with store.session() as session:
                return fn(session)

        def finish(ok: bool, payload: object) -> None:
            if not ok:
                assert isinstance(payload, BaseException)
                self.report(payload)
                return
            on_done(payload)  # type: ignore[arg-type]

        self._start(job, finish)

    def _start(self, job: Callable[[], object], done: Callable[[bool, object], None]) -> None:
        """Run ``job()`` on a pool thread; ``done(ok, result or exception)`` on this one."""
        worker = _Worker(job)

        def finish(ok: bool, payload: object) -> None:
            self._workers.discard(worker)
            _COLLECTOR.leave()
            done(ok, payload)

        worker.signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        self._workers.add(worker)
        _COLLECTOR.enter()
        self._pool.start(worker)

    def wait_for_background(self, msecs: int = 30_000) -> bool:
        """Block until background work is done and reported (closing the window, tests)."""
        done = self._pool.waitForDone(msecs)
        # Workers report through queued signals: deliver them now.
        QCoreApplication.sendPostedEvents()
        return done


class Redraw(QObject):
    """Calls ``reload`` when a broadcast sets one of ``flags``: at once when ``view`` is on
    screen, else once it is shown again (a tab in the back, the home view behind a meeting),
    so that a hidden view costs the capture line nothing. The view calls ``shown()`` from its
    ``showEvent``. With ``skip_own``, steps the view itself initiated are left to it.

    It is the view's child and holds neither the view nor ``reload`` (a method of the view)
    strongly: a reference cycle would leave the view to Python's cycle collector.
    """

    def __init__(
        self,
        ops: Operations,
        view: QWidget,
        flags: Iterable[str],
        reload: Callable[[], object],
        *,
        skip_own: bool = False,
    ) -> None:
        super().__init__(view)
        self.flags = tuple(flags)
        unknown = set(self.flags) - {f.name for f in fields(Changes)}
        if unknown:
            raise ValueError(f"not Changes flags: {sorted(unknown)}")
        self._view = weakref.ref(view)
        self._reload = weakref.WeakMethod(reload)
        self.skip_own = skip_own
        self.stale = False
        self._shown_already = False
        ops.changed.connect(self.on_changes)

    def shown_already(self) -> None:
        """What the step about to be broadcast changed is on screen already (a view that
        appended, or had nothing to show of, what ``ops.captured`` told it): the step's
        ``changed``, which comes next, redraws nothing."""
        self._shown_already = True

    def on_changes(self, changes: Changes, initiator: object) -> None:
        shown_already, self._shown_already = self._shown_already, False
        view = self._view()
        if view is None or (self.skip_own and initiator is view):
            return
        if shown_already or not any(getattr(changes, flag) for flag in self.flags):
            return
        if view.isVisible():
            self.redraw()
        else:
            self.stale = True

    def shown(self) -> None:
        if self.stale:
            self.redraw()

    def redraw(self) -> None:
        self.stale = False
        reload = self._reload()
        if reload is not None:
            reload()


class OpCommand(QUndoCommand):
    """An undoable step: ``redo_fn`` and ``undo_fn`` each run as one operation."""

    def __init__(
        self,
        ops: Operations,
        text: str,
        redo_fn: Step,
        undo_fn: Step,
        *,
        initiator: object | None = None,
        done: bool = False,
    ) -> None:
        super().__init__(text)
        self.ops = ops
        self.redo_fn = redo_fn
        self.undo_fn = undo_fn
        self.initiator = initiator
        # True when the step already ran before being pushed: the stack's first redo skips it.
        self._skip_redo = done
        self._first = True
        self.first_result: Changes | None = None

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            self._first = False
            return
        result = self.ops.run(self.redo_fn, initiator=self.initiator if self._first else None)
        if self._first:
            self.first_result = result
        if result is None:
            # QUndoStack.push drops a command that is obsolete after its first redo, and
            # redo drops one that failed: the Edit menu never offers to undo what is not done.
            self.setObsolete(True)
        self._first = False

    def undo(self) -> None:
        if self.ops.run(self.undo_fn) is None:
            # The undo was refused (e.g. meeting locked): the step is still done, so the stack
            # must not believe it undone, nor forget it — once the meeting is reopened the user
            # can undo it again. The stack moves back past it once this call has returned.
            QTimer.singleShot(0, self._stay_done)

    def _stay_done(self) -> None:
        stack = self.ops.undo_stack
        if stack.command(stack.index()) is self:
            self._skip_redo = True
            stack.redo()


class CaptureCommand(OpCommand):
    """Undo of rows created by a capture step: soft-delete them; redo restores them."""

    def __init__(
        self,
        ops: Operations,
        text: str,
        meeting_id: str,
        captured: Captured,
        *,
        done: bool = True,
    ) -> None:
        self.meeting_id = meeting_id
        self.keys: list[tuple[type[Record], str]] = [(type(row), row.id) for row in captured.rows]
        self.kinds = captured.changes()
        super().__init__(
            ops,
            text,
            lambda session: self._set(session, deleted=False),
            lambda session: self._set(session, deleted=True),
            done=done,
        )

    def _set(self, session: Session, *, deleted: bool) -> Changes:
        # Held, as a capture holds it: an approval committed meanwhile elsewhere is seen.
        meeting = locked_meeting(session, self.meeting_id)
        if meeting is not None:
            ensure_editable(meeting)
        rows = [session.get(model, key) for model, key in self.keys]
        set_deleted(session, [row for row in rows if row is not None], deleted)
        return self.kinds


class _WorkerSignals(QObject):
    finished = Signal(bool, object)  # (ok, result or exception)


class _Worker(QRunnable):
    def __init__(self, job: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job = job
        # Created on the UI thread, so the queued signal is delivered there.
        self.signals = _WorkerSignals()

    def run(self) -> None:
        try:
            result = self.job()
        except BaseException as exc:
            self.signals.finished.emit(False, exc)
            return
        self.signals.finished.emit(True, result)


class _CycleCollector:
    """Python's cycle collector runs on whichever thread happens to allocate, and a Qt
    object it frees on a worker thread crashes the program. While workers run, it is off;
    it is back on, on the UI thread, once they have all reported."""

    def __init__(self) -> None:
        self.workers = 0
        self.was_enabled = False

    def enter(self) -> None:
        if self.workers == 0:
            self.was_enabled = gc.isenabled()
            gc.disable()
        self.workers += 1

    def leave(self) -> None:
        self.workers -= 1
        if self.workers == 0 and self.was_enabled:
            gc.enable()
            # Now, from the queued report of a worker: left to itself the collector would
            # start at the next allocation, wherever that is (a widget half destroyed).
            gc.collect()


_COLLECTOR = _CycleCollector()
