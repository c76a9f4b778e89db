"""The timeline of a meeting: order of capture, edits, removal, agenda order."""

from __future__ import annotations

import datetime as dt

import pytest

from ogpdesk.core import capture
from ogpdesk.core.errors import InvalidInput, Locked
from ogpdesk.core.meetings import create_meeting, set_status
from ogpdesk.core.models import Meeting, MeetingStatus
from ogpdesk.core.store import Store
from ogpdesk.core.timeline import (
    EntryKind,
    Signature,
    agenda,
    entries,
    reorder_agenda,
    set_removed,
    set_text,
    signature,
)


@pytest.fixture
def meeting_id(store: Store) -> str:
    with store.transaction() as session:
        meeting = create_meeting(
            session, title="Session de Kairouan", date=dt.date(2016, 3, 22), city="Kairouan"
        )
        capture.add_agenda_item(session, meeting, "Présentation de l'expérience de Sfax")
        capture.add_intervention(
            session, meeting, "التخطيط الاستراتيجي ضرورة", speaker_name="Sample Expert (عينة)"
        )
        capture.add_intervention(session, meeting, "Note sans orateur")
        capture.add_agenda_item(session, meeting, "النقاش")
        capture.add_recommendation(session, meeting, "Diffuser cette expérience")
        capture.add_decision(session, meeting, "Créer un comité de pilotage")
        capture.add_action(session, meeting, "Identifier les groupes de travail", owner_name="KTC")
        return meeting.id


def test_entries_follow_the_order_of_capture(store: Store, meeting_id: str) -> None:
    with store.session() as session:
        found = entries(session, meeting_id)
        tail = entries(session, meeting_id, after=found[3].position)
    assert [e.kind for e in found] == [
        EntryKind.AGENDA,
        EntryKind.INTERVENTION,
        EntryKind.NOTE,
        EntryKind.AGENDA,
        EntryKind.RECOMMENDATION,
        EntryKind.DECISION,
        EntryKind.ACTION,
    ]
    assert found[1].who == "Sample Expert (عينة)" and found[4].number == 1
    assert found[6].who == "KTC"
    assert [e.kind for e in tail] == [
        EntryKind.RECOMMENDATION,
        EntryKind.DECISION,
        EntryKind.ACTION,
    ]


def test_text_edit_and_removal_are_reversible(store: Store, meeting_id: str) -> None:
    with store.transaction() as session:
        rec = entries(session, meeting_id)[4]
        previous, changes = set_text(session, rec.kind, rec.id, "نشر هذه التجربة")
        assert previous == "Diffuser cette expérience" and changes.recommendations
        with pytest.raises(InvalidInput):
            set_text(session, rec.kind, rec.id, "   ")
        set_removed(session, rec.kind, rec.id, True)
    with store.session() as session:
        assert [e.text for e in entries(session, meeting_id)].count("نشر هذه التجربة") == 0
    with store.transaction() as session:
        set_removed(session, EntryKind.RECOMMENDATION, rec.id, False)
        assert "نشر هذه التجربة" in [e.text for e in entries(session, meeting_id)]


def test_agenda_reorder_and_lock(store: Store, meeting_id: str) -> None:
    with store.transaction() as session:
        first, second = (a.id for a in agenda(session, meeting_id))
        previous, _ = reorder_agenda(session, meeting_id, [second, first])
        assert previous == [first, second]
        assert [a.title for a in agenda(session, meeting_id)] == [
            "النقاش",
            "Présentation de l'expérience de Sfax",
        ]
        with pytest.raises(InvalidInput):
            reorder_agenda(session, meeting_id, [second])
        meeting = session.get(Meeting, meeting_id)
        set_status(session, meeting, MeetingStatus.CLOSED)
        set_status(session, meeting, MeetingStatus.APPROVED)
        with pytest.raises(Locked):
            set_text(session, EntryKind.AGENDA, first, "Autre")


def test_the_signature_changes_with_an_edit_or_removal_but_not_with_new_items(
    store: Store, meeting_id: str
) -> None:
    with store.session() as session:
        shown = entries(session, meeting_id)
        before = signature(session, meeting_id, shown[-1].position)
    assert before == Signature.of(shown) and before.count == len(shown)
    with store.transaction() as session:
        capture.add_intervention(
            session, session.get(Meeting, meeting_id), "Nouvelle ligne", speaker_name="Sample"
        )
    with store.session() as session:
        assert signature(session, meeting_id, before.position) == before
        assert [e.text for e in entries(session, meeting_id, after=before.position)] == [
            "Nouvelle ligne"
        ]
    with store.transaction() as session:
        set_text(session, shown[2].kind, shown[2].id, "Note corrigée")
    with store.session() as session:
        edited = signature(session, meeting_id, before.position)
    assert edited != before and edited.count == before.count
    with store.transaction() as session:
        set_removed(session, shown[0].kind, shown[0].id, True)
    with store.session() as session:
        assert signature(session, meeting_id, before.position).count == before.count - 1
