"""Operations: one transaction per step, broadcast of what changed, undo, errors, background."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core.capture import Captured, add_intervention, add_recommendation
from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import create_meeting, live, reopen_meeting, set_status
from ogpdesk.core.models import Intervention, Meeting, MeetingStatus, Recommendation
from ogpdesk.core.store import Store
from ogpdesk.ui.operations import Operations


def _meeting(store: Store) -> str:
    with store.transaction() as session:
        return create_meeting(
            session,
            title="Session de sensibilisation — Kairouan",
            date=dt.date(2016, 3, 22),
            city="Kairouan",
        ).id


def _texts(store: Store) -> list[str]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Intervention.summary)
                .where(live(Intervention))
                .order_by(Intervention.position)
            )
        )


def test_run_commits_and_broadcasts_with_initiator(qtbot, store: Store) -> None:
    ops = Operations(store)
    meeting_id = _meeting(store)
    seen: list[tuple[Changes, object]] = []
    ops.changed.connect(lambda c, i: seen.append((c, i)))
    marker = object()

    def step(session: Session):
        return add_intervention(
            session,
            session.get(Meeting, meeting_id),
            "الحوكمة المحلية أولا",
            speaker_name="Sample Person (عينة)",
        )

    captured = ops.run(step, initiator=marker)
    assert captured is not None
    assert _texts(store) == ["الحوكمة المحلية أولا"]
    assert len(seen) == 1
    changes, initiator = seen[0]
    assert changes.timeline and changes.participants and not changes.recommendations
    assert initiator is marker


def test_failed_step_changes_nothing_and_shows_one_dialog(qtbot, store: Store) -> None:
    ops = Operations(store)
    meeting_id = _meeting(store)
    seen: list[object] = []
    ops.changed.connect(lambda c, i: seen.append(c))

    def step(session: Session) -> Changes:
        add_intervention(session, session.get(Meeting, meeting_id), "half-written")
        raise InvalidInput(detail="La ligne est vide.")

    with qtbot.waitSignal(ops.failed):
        assert ops.run(step) is None
    assert _texts(store) == []
    assert seen == []
    assert ops.errors.last_message == "La ligne est vide."
    dialogs = ops.errors.open_dialogs()
    assert [d.text() for d in dialogs] == ["La ligne est vide."]
    dialogs[0].close()


def test_capture_undo_redo_and_macro(qtbot, store: Store) -> None:
    ops = Operations(store)
    meeting_id = _meeting(store)

    def line(text: str):
        return lambda session: add_intervention(session, session.get(Meeting, meeting_id), text)

    ops.capture("Capture", line("Première intervention"), meeting_id)
    with ops.macro("Two lines"):
        ops.capture("Capture", line("تدخل ثان"), meeting_id)
        ops.capture("Capture", line("Troisième"), meeting_id)
    assert _texts(store) == ["Première intervention", "تدخل ثان", "Troisième"]
    assert ops.undo_stack.count() == 2
    assert ops.undo_stack.undoText() == "Two lines"
    ops.undo_stack.undo()
    assert _texts(store) == ["Première intervention"]
    ops.undo_stack.undo()
    assert _texts(store) == []
    ops.undo_stack.redo()
    ops.undo_stack.redo()
    assert _texts(store) == ["Première intervention", "تدخل ثان", "Troisième"]


def test_undo_refused_in_an_approved_meeting(qtbot, store: Store) -> None:
    ops = Operations(store)
    meeting_id = _meeting(store)
    ops.capture(
        "Capture",
        lambda s: add_intervention(s, s.get(Meeting, meeting_id), "Avant l'approbation"),
        meeting_id,
    )
    with store.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
    with qtbot.waitSignal(ops.failed):
        ops.undo_stack.undo()
    assert _texts(store) == ["Avant l'approbation"]
    assert "approved and locked" in (ops.errors.last_message or "")
    for dialog in ops.errors.open_dialogs():
        dialog.close()
    # The step is still done and still offered: once the meeting is reopened, it undoes.
    qtbot.waitUntil(lambda: ops.undo_stack.index() == 1)
    assert ops.undo_stack.count() == 1
    assert ops.undo_stack.canUndo() and not ops.undo_stack.canRedo()
    with store.transaction() as session:
        reopen_meeting(session, session.get(Meeting, meeting_id), by="Amel Ben Salah")
    ops.undo_stack.undo()
    assert "Avant l'approbation" not in _texts(store)
    ops.undo_stack.redo()
    assert "Avant l'approbation" in _texts(store)


def test_perform_failing_first_run_pushes_nothing(qtbot, store: Store) -> None:
    ops = Operations(store)

    def fail(session: Session) -> Changes:
        raise InvalidInput(detail="refusé")

    assert ops.perform("Edit", fail, fail) is None
    assert ops.undo_stack.count() == 0
    for dialog in ops.errors.open_dialogs():
        dialog.close()


def test_perform_edit_is_undoable(qtbot, store: Store) -> None:
    ops = Operations(store)
    meeting_id = _meeting(store)
    with store.transaction() as session:
        rec_id = add_recommendation(
            session, session.get(Meeting, meeting_id), "Créer une agence d'urbanisme"
        ).id

    def set_text(text: str):
        def step(session: Session) -> Changes:
            session.get(Recommendation, rec_id).text = text
            return Changes(recommendations=True)

        return step

    ops.perform("Edit", set_text("إحداث وكالة عمرانية"), set_text("Créer une agence d'urbanisme"))
    with store.session() as session:
        assert session.get(Recommendation, rec_id).text == "إحداث وكالة عمرانية"
    ops.undo_stack.undo()
    with store.session() as session:
        assert session.get(Recommendation, rec_id).text == "Créer une agence d'urbanisme"


def test_background_uses_its_own_session_and_reports_on_ui_thread(qtbot, store: Store) -> None:
    ops = Operations(store)
    meeting_id = _meeting(store)
    results: list[int] = []
    broadcasts: list[Changes] = []
    ops.changed.connect(lambda c, i: broadcasts.append(c))

    def import_many(session: Session):
        meeting = session.get(Meeting, meeting_id)
        captured = add_intervention(session, meeting, "M'Saken 2050")
        for n in range(20):
            captured.extend(add_intervention(session, meeting, f"Ligne {n}"))
        return captured

    with qtbot.waitSignal(ops.changed, timeout=10_000):
        ops.run_in_background(
            import_many, lambda c: results.append(len(c.rows)), label="Import", progress=True
        )
    assert results == [21]
    assert broadcasts[0].timeline
    assert len(_texts(store)) == 21


def test_a_capture_step_tells_the_rows_it_made_before_what_changed(qtbot, store: Store) -> None:
    ops = Operations(store)
    meeting_id = _meeting(store)
    heard: list[tuple[str, object]] = []
    ops.captured.connect(lambda captured, _i: heard.append(("captured", captured)))
    ops.changed.connect(lambda changes, _i: heard.append(("changed", changes)))

    def step(session: Session):
        meeting = session.get(Meeting, meeting_id)
        return add_recommendation(session, meeting, "نشر محاضر الجلسات على موقع البلدية")

    made = ops.capture("Capture", lambda s: Captured([step(s)]), meeting_id)
    assert made is not None
    assert [kind for kind, _ in heard] == ["captured", "changed"]
    rows = heard[0][1].rows
    # The rows as they were created, readable once the step's session is closed.
    assert [(type(r), r.text, r.number) for r in rows] == [
        (Recommendation, "نشر محاضر الجلسات على موقع البلدية", 1)
    ]
    assert heard[1][1].recommendations and heard[1][1].timeline
    # A step that is not a capture tells only what changed.
    heard.clear()
    ops.run(lambda s: Changes(meetings=True))
    assert [kind for kind, _ in heard] == ["changed"]


def test_the_first_line_captured_opens_a_planned_meeting_and_says_so(qtbot, store: Store) -> None:
    ops = Operations(store)
    meeting_id = _meeting(store)
    seen: list[Changes] = []
    ops.changed.connect(lambda changes, _initiator: seen.append(changes))

    def line(text: str):
        return lambda session: add_intervention(
            session, session.get(Meeting, meeting_id), text, speaker_name="Sonia Trabelsi"
        )

    ops.capture("first", line("Bonjour à tous"), meeting_id)
    ops.capture("second", line("نبدأ بجدول الأعمال"), meeting_id)
    assert [changes.meetings for changes in seen] == [True, False]
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None and meeting.status is MeetingStatus.OPEN
