"""Translations filled beside the original in the window: a commitment's problem and
objective, a quarter's challenges, next steps and evidence (El Kef demo)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from ogpdesk.core.commitments import update_commitment
from ogpdesk.core.demo import load_demo
from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import create_meeting, find_process
from ogpdesk.core.models import Commitment, MeetingKind, ProgressReview
from ogpdesk.core.progress import update_review
from ogpdesk.core.store import Store
from ogpdesk.ui.actionplan import LACKS_COLUMN, ActionPlanView, CommitmentDialog
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.progress_review import CHALLENGES, NEXT_STEPS, ProgressReviewPanel
from ogpdesk.ui.versions import MISSING_BACKGROUND, VersionsEditor

PROBLEM_FR = "Les citoyens accèdent peu aux informations de la commune."


def _base(editor: VersionsEditor, lang: str) -> str:
    return editor.editors[lang].palette().color(QPalette.ColorRole.Base).name()


def _first_commitment(store: Store) -> str:
    with store.session() as session:
        return session.scalars(
            select(Commitment.id).where(Commitment.number == 1, Commitment.deleted.is_(False))
        ).one()


def test_a_commitment_s_problem_gets_its_english_version_beside_the_original(
    qtbot, ops: Operations, store: Store, keyboard
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        load_demo(session)
        process_id = find_process(session, "El Kef").id
        # The demo's texts have all their versions: the first problem loses its French one.
        first = session.scalars(
            select(Commitment).where(Commitment.number == 1, Commitment.deleted.is_(False))
        ).one()
        update_commitment(session, first, problem_fr=None)
    view = ActionPlanView(ops, process_id)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    panel = view.commitments
    view.setCurrentWidget(panel)
    first = panel.tree.topLevelItem(0)
    assert first.text(LACKS_COLUMN) == "French"
    assert panel.tree.topLevelItem(1).text(LACKS_COLUMN) == ""
    assert first.background(LACKS_COLUMN).color() == MISSING_BACKGROUND

    commitment_id = _first_commitment(store)
    with store.session() as session:
        commitment = session.get(Commitment, commitment_id)
        before = Texts.of(commitment, "problem")
        dialog = CommitmentDialog(panel, commitment)
    qtbot.addWidget(dialog)
    problem = dialog.problem
    assert problem.language.currentData() == before.lang == "en"
    assert problem.editors["en"].toPlainText() == before.original
    assert problem.captions["en"].text() == "English (original)"
    assert problem.editors["ar"].toPlainText() == before.get("ar").text
    # The missing French box is marked as the board marks a missing version.
    assert problem.missing() == ("fr",)
    assert _base(problem, "fr") == MISSING_BACKGROUND.name()
    assert _base(problem, "ar") != MISSING_BACKGROUND.name()
    assert "No French version yet" in problem.editors["fr"].toolTip()
    keyboard.type(problem.editors["fr"], PROBLEM_FR)
    assert problem.missing() == ()
    assert _base(problem, "fr") != MISSING_BACKGROUND.name()

    assert panel.update_commitment(commitment_id, **dialog.fields())
    with store.session() as session:
        after = Texts.of(session.get(Commitment, commitment_id), "problem")
    assert after.get("fr").text == PROBLEM_FR and after.get("fr").translated
    # The Arabic version and the original are untouched.
    assert (after.original, after.lang) == (before.original, before.lang)
    assert after.get("ar").text == before.get("ar").text
    assert panel.tree.topLevelItem(0).text(LACKS_COLUMN) == ""

    ops.undo_stack.undo()
    with store.session() as session:
        assert not Texts.of(session.get(Commitment, commitment_id), "problem").get("fr").translated
    assert panel.tree.topLevelItem(0).text(LACKS_COLUMN) == "French"


def test_rewriting_the_original_marks_the_versions_it_drops(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    texts = Texts("Accès limité à l'information", "fr", (("ar", "محدودية النفاذ إلى المعلومة"),))
    editor = VersionsEditor("Problème", texts, "fr")
    qtbot.addWidget(editor)
    assert editor.missing() == ("en",)
    editor.editors["fr"].setPlainText("Accès très limité à l'information municipale")
    # The Arabic version was of the old text: it will be dropped unless changed too.
    assert editor.missing() == ("ar", "en")
    assert "dropped" in editor.editors["ar"].toolTip()
    assert editor.values("problem") == {"problem": "Accès très limité à l'information municipale"}
    editor.editors["ar"].setPlainText("محدودية كبيرة للنفاذ إلى المعلومة البلدية")
    assert editor.missing() == ("en",)
    # Saying the original is the Arabic text keeps the French one as its version.
    editor.language.setCurrentIndex(editor.language.findData("ar"))
    assert editor.values("problem") == {
        "problem": "محدودية كبيرة للنفاذ إلى المعلومة البلدية",
        "problem_lang": "ar",
        "problem_fr": "Accès très limité à l'information municipale",
        "problem_en": None,
    }


def test_a_new_commitment_keeps_the_versions_typed_in_its_dialog(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        load_demo(session)
        process_id = find_process(session, "El Kef").id
    view = ActionPlanView(ops, process_id)
    qtbot.addWidget(view)
    dialog = CommitmentDialog(view.commitments)
    qtbot.addWidget(dialog)
    dialog.title.setText("Données ouvertes sur l'eau")
    dialog.problem.language.setCurrentIndex(dialog.problem.language.findData("ar"))
    dialog.problem.editors["ar"].setPlainText("غياب المعطيات حول توزيع المياه")
    dialog.problem.editors["fr"].setPlainText("Absence de données sur la distribution de l'eau")
    assert view.commitments.add_commitment(**dialog.fields())
    with store.session() as session:
        seventh = session.scalars(
            select(Commitment).where(Commitment.number == 7, Commitment.deleted.is_(False))
        ).one()
        problem = Texts.of(seventh, "problem")
    assert problem.lang == "ar"
    assert problem.get("fr").text == "Absence de données sur la distribution de l'eau"
    assert problem.missing(("ar", "fr", "en")) == ("en",)


def test_a_quarter_s_texts_show_what_they_lack_and_get_their_versions(
    qtbot, ops: Operations, store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        load_demo(session)
        process = find_process(session, "El Kef")
        # Commitment 2's 2025Q3 challenges lose their French version.
        q3 = session.scalars(
            select(ProgressReview).where(
                ProgressReview.quarter == "2025Q3", ProgressReview.milestone_id.is_(None)
            )
        ).all()
        update_review(session, next(r for r in q3 if r.commitment.number == 2), challenges_fr=None)
        meeting_id = create_meeting(
            session,
            title="Revue trimestrielle — T4 2025",
            date=dt.date(2026, 1, 15),
            kind=MeetingKind.QUARTERLY_REVIEW,
            city="Le Kef",
            process=process,
        ).id
    panel = ProgressReviewPanel(ops, meeting_id)
    qtbot.addWidget(panel)
    panel.resize(1400, 700)
    panel.show()
    assert panel.open_review()
    rows = panel.model.rows
    second = next(i for i, r in enumerate(rows) if r.number == 2 and not r.milestone)
    row = rows[second]
    cell = panel.model.index(second, CHALLENGES)
    # Prefilled from 2025Q3, French lacking: the cell says so; the next steps lack nothing.
    assert row.challenges_texts.original
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == MISSING_BACKGROUND
    assert "No version yet in: French" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert panel.model.index(second, NEXT_STEPS).data(Qt.ItemDataRole.BackgroundRole) is None

    panel.table.setCurrentIndex(cell)
    assert panel.versions_button.isEnabled()
    dialog = panel.versions_dialog(row)
    qtbot.addWidget(dialog)
    challenges = dialog.editors["challenges"]
    assert challenges.missing() == ("fr",)
    challenges.editors["fr"].setPlainText("Le budget 2026 a été voté en retard.")
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(panel, "versions_dialog", lambda _row: dialog)
    panel.versions_button.click()
    QApplication.processEvents()
    with store.session() as session:
        review = session.get(ProgressReview, row.review_id)
        assert review is not None
        assert review.challenges_fr == "Le budget 2026 a été voté en retard."
        assert review.challenges == row.challenges_texts.original and review.challenges_ar
    cell = panel.model.index(second, CHALLENGES)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None

    ops.undo_stack.undo()
    with store.session() as session:
        review = session.get(ProgressReview, row.review_id)
        assert review is not None and review.challenges_fr is None


def test_a_decision_of_the_timeline_gets_its_arabic_version_and_the_minutes_print_it(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    from ogpdesk.core.capture import add_agenda_item, add_decision, add_intervention
    from ogpdesk.core.meetings import find_meeting
    from ogpdesk.core.models import Decision
    from ogpdesk.core.timeline import EntryKind
    from ogpdesk.documents.locale import Locale
    from ogpdesk.documents.minutes import build_minutes
    from ogpdesk.ui.timeline import TimelineView

    with store.transaction() as session:
        meeting = create_meeting(session, title="Comité de pilotage", date=dt.date(2025, 10, 9))
        add_agenda_item(session, meeting, "Calendrier des réunions publiques")
        add_intervention(
            session, meeting, "Propose deux réunions par trimestre.", speaker_name="Amel"
        )
        add_decision(session, meeting, "Le comité adopte le calendrier des réunions publiques.")
        meeting_id = meeting.id
    view = TimelineView(ops, meeting_id)
    qtbot.addWidget(view)
    view.show()
    assert view.translate_action.shortcut().toString() == "Ctrl+Shift+T"
    decision = next(e for e in view.entries() if e.kind is EntryKind.DECISION)
    dialog = view.versions_dialog(decision)
    assert dialog is not None
    qtbot.addWidget(dialog)
    editor = dialog.editors["text"]
    assert editor.lang() == "fr" and editor.missing() == ("ar", "en")
    editor.editors["ar"].setPlainText("تصادق اللجنة على رزنامة الاجتماعات العمومية.")
    assert view.translate_entry(decision, dialog.values())

    def printed() -> str:
        with store.session() as session:
            minutes = build_minutes(session, find_meeting(session, meeting_id), Locale("ar"))
        return "\n".join(
            getattr(block, "text", "") for block in minutes.blocks if hasattr(block, "text")
        )

    with store.session() as session:
        stored = session.get(Decision, decision.id)
        assert (
            stored is not None and stored.text_ar == "تصادق اللجنة على رزنامة الاجتماعات العمومية."
        )
        assert stored.text == "Le comité adopte le calendrier des réunions publiques."
    assert "تصادق اللجنة على رزنامة الاجتماعات العمومية." in printed()
    ops.undo_stack.undo()
    with store.session() as session:
        stored = session.get(Decision, decision.id)
        assert stored is not None and stored.text_ar is None
    # An intervention has no versions: it is what was said, as taken down.
    said = [e for e in view.entries() if e.kind is EntryKind.INTERVENTION]
    assert said and all(view.versions_dialog(e) is None for e in said)


def test_a_milestone_and_a_commitment_title_get_their_versions_from_the_commitments_tab(
    qtbot, ops: Operations, store: Store
) -> None:  # type: ignore[no-untyped-def]
    from ogpdesk.core.models import Milestone

    with store.transaction() as session:
        load_demo(session)
        process_id = find_process(session, "El Kef").id
    view = ActionPlanView(ops, process_id)
    qtbot.addWidget(view)
    view.show()
    panel = view.commitments
    view.setCurrentWidget(panel)
    first = panel.tree.topLevelItem(0)
    commitment_id = first.data(0, Qt.ItemDataRole.UserRole)
    assert panel.add_milestone(
        commitment_id, "Jeu de données sur la distribution de l'eau publié", due_date=None
    )
    first = panel.tree.topLevelItem(0)
    new = first.child(first.childCount() - 1)
    assert new.text(LACKS_COLUMN) == "Arabic, English"
    assert new.background(LACKS_COLUMN).color() == MISSING_BACKGROUND

    panel.tree.setCurrentItem(new)
    dialog = panel.versions_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    deliverable = dialog.editors["deliverable"]
    assert deliverable.lang() == "fr" and deliverable.missing() == ("ar", "en")
    deliverable.editors["ar"].setPlainText("نشر مجموعة بيانات حول توزيع المياه")
    assert panel.translate_selected(dialog.values())
    first = panel.tree.topLevelItem(0)
    assert first.child(first.childCount() - 1).text(LACKS_COLUMN) == "English"
    with store.session() as session:
        stored = session.scalars(
            select(Milestone).where(Milestone.deliverable.like("Jeu de données%"))
        ).one()
        assert stored.deliverable_ar == "نشر مجموعة بيانات حول توزيع المياه"

    # The commitment's own title: its French version, typed beside the English original.
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    dialog = panel.versions_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    title = dialog.editors["title"]
    assert title.lang() == "en" and title.missing() == ()
    title.editors["fr"].setPlainText("Renforcer la démocratie participative locale")
    assert panel.translate_selected(dialog.values())
    with store.session() as session:
        commitment = session.get(Commitment, commitment_id)
        assert commitment is not None
        assert commitment.title_fr == "Renforcer la démocratie participative locale"
    ops.undo_stack.undo()
    with store.session() as session:
        commitment = session.get(Commitment, commitment_id)
        assert commitment is not None and commitment.title_fr != (
            "Renforcer la démocratie participative locale"
        )
