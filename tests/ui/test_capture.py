"""The capture line: completion of names in either script, the speaker pre-filled, shortcuts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from ogpdesk.core.meetings import create_meeting, live
from ogpdesk.core.models import Intervention, Participant, Recommendation
from ogpdesk.core.store import Store
from ogpdesk.ui.capture import CaptureLine
from ogpdesk.ui.operations import Operations

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def line(qtbot, ops: Operations, store: Store) -> CaptureLine:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Kairouan", date=dt.date(2016, 3, 22))
        session.add_all(
            [
                Participant(full_name="مُحَمَّد بن صالح", organisation="بلدية القيروان", sample=True),
                Participant(full_name="Mohamed Ben Salah", organisation="KTC Sfax", sample=True),
                Participant(full_name="Sample Leïla Trabelsi", sample=True),
            ]
        )
    widget = CaptureLine(ops, meeting.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _said(store: Store) -> list[tuple[str | None, str]]:
    with store.session() as session:
        return [
            (i.speaker_name, i.summary)
            for i in session.scalars(
                select(Intervention).where(live(Intervention)).order_by(Intervention.position)
            )
        ]


def test_names_complete_in_arabic_without_harakat_and_in_latin_without_accents(
    line: CaptureLine, keyboard
) -> None:
    keyboard.type(line, "محمد")
    popup = line.completer_popup
    assert popup.popup().isVisible()
    assert popup.model().stringList() == ["مُحَمَّد بن صالح"]
    popup.activated.emit("مُحَمَّد بن صالح")
    assert line.text() == "مُحَمَّد بن صالح: "

    line.clear()
    keyboard.type(line, "leila")
    assert line.completer_popup.model().stringList() == ["Sample Leïla Trabelsi"]
    line.clear()
    keyboard.type(line, "ACT: préparer la fiche @moha")
    assert line.completer_popup.model().stringList() == ["Mohamed Ben Salah"]
    line.completer_popup.activated.emit("Mohamed Ben Salah")
    assert line.text() == "ACT: préparer la fiche @Mohamed Ben Salah "


def test_the_current_speaker_is_prefilled_and_a_shortcut_replaces_it(
    line: CaptureLine, store: Store, keyboard
) -> None:
    line.set_current_speaker("Mohamed Ben Salah")
    assert line.text() == "Mohamed Ben Salah: "
    keyboard.line(line, "Il faut un diagnostic partagé.")
    keyboard.line(line, "وإشراك المجتمع المدني.")
    assert line.text() == "Mohamed Ben Salah: "
    keyboard.press(line, Qt.Key.Key_R, CTRL)
    assert line.text() == "REC: "
    keyboard.line(line, "Créer une agence d'urbanisme")
    assert _said(store) == [
        ("Mohamed Ben Salah", "Il faut un diagnostic partagé."),
        ("Mohamed Ben Salah", "وإشراك المجتمع المدني."),
    ]
    with store.session() as session:
        recommendation = session.scalars(select(Recommendation)).one()
        assert recommendation.text == "Créer une agence d'urbanisme"
        # It stems from what the speaker just said.
        assert [s.summary for s in recommendation.sources] == ["وإشراك المجتمع المدني."]
    # The speaker's name alone records nothing.
    keyboard.press(line, Qt.Key.Key_Return)
    assert len(_said(store)) == 2
    line.set_current_speaker(None)
    assert line.text() == ""
