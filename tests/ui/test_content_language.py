"""The window shows recorded texts in its own language: the version in the interface's
language when there is one, else the original (as the documents choose, ``Texts.get``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ogpdesk.core.capture import add_agenda_item
from ogpdesk.core.demo import load_demo
from ogpdesk.core.languages import Texts
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import Meeting
from ogpdesk.core.store import Store
from ogpdesk.core.timeline import agenda
from ogpdesk.ui.app import Language
from ogpdesk.ui.main_window import MainWindow
from ogpdesk.ui.operations import Operations

KAIROUAN = "Awareness session on city strategic planning — Kairouan"


@pytest.fixture
def language(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Language]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    chosen = Language(qapp)
    yield chosen
    chosen.apply("en")


def _home_titles(window: MainWindow) -> list[str]:
    tree = window.home.tree
    titles = []
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        titles.append(group.text(0))
        titles += [group.child(row).text(1) for row in range(group.childCount())]
    return titles


def _plain(text: str) -> str:
    """A label's text without the marks that keep runs in their own direction."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069\u200e\u200f")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Séance de sensibilisation à la planification stratégique des villes — Kairouan"),
        ("ar", "يوم تحسيسي حول التخطيط الاستراتيجي للمدن — القيروان"),
    ],
)
def test_the_home_list_and_the_meeting_show_titles_in_the_interface_language(
    qtbot, ops: Operations, store: Store, language: Language, lang: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        load_demo(session)
        meeting = session.scalars(select(Meeting).where(Meeting.title == KAIROUAN)).one()
        meeting_id = meeting.id
        assert Texts.of(meeting, "title").get(lang).text == expected
        items = [Texts.of(a, "title") for a in agenda(session, meeting_id)]
        process = Texts.of(meeting.process, "title").get(lang).text
        # A meeting with no version in the interface's language shows its original.
        create_meeting(session, title="Réunion du comité de pilotage", date=dt.date(2025, 3, 4))
    language.apply(lang)
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    titles = _home_titles(window)
    assert expected in titles and KAIROUAN not in titles
    assert process in titles
    assert "Réunion du comité de pilotage" in titles

    view = window.open_meeting(meeting_id)
    assert _plain(view.header.text()) == expected
    shown = [_plain(title) for title in view.agenda.titles()]
    assert shown == [item.get(lang).text for item in items]
    assert all(item.get(lang).translated for item in items) and shown != [
        item.original for item in items
    ]


def test_an_agenda_item_without_a_version_shows_its_original(
    qtbot, ops: Operations, store: Store, language: Language
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as session:
        meeting = create_meeting(session, title="Atelier de co-création", date=dt.date(2025, 3, 4))
        add_agenda_item(session, meeting, "Présentation du diagnostic")
        add_agenda_item(session, meeting, "Débat avec les citoyens").title_ar = "نقاش مع المواطنين"
        meeting_id = meeting.id
    language.apply("ar")
    window = MainWindow(ops)
    qtbot.addWidget(window)
    view = window.open_meeting(meeting_id)
    assert [_plain(t) for t in view.agenda.titles()] == [
        "Présentation du diagnostic",
        "نقاش مع المواطنين",
    ]


def test_the_action_plan_names_its_institutions_and_commitments_in_arabic(
    qtbot, ops: Operations, store: Store, language: Language
) -> None:  # type: ignore[no-untyped-def]
    from ogpdesk.core.meetings import find_process
    from ogpdesk.ui.actionplan import ActionPlanView

    with store.transaction() as session:
        load_demo(session)
        process_id = find_process(session, "El Kef").id
    language.apply("ar")
    view = ActionPlanView(ops, process_id)
    qtbot.addWidget(view)
    governance = view.governance
    leads = [_plain(governance.leads.item(r).text()) for r in range(governance.leads.count())]
    assert leads[0] == "بلدية الكاف"
    steering = governance.steering.table
    assert _plain(steering.item(0, 2).text()) == "بلدية الكاف"
    commitments = view.commitments.tree
    assert _plain(commitments.topLevelItem(0).text(1)) == (
        "تعزيز آليات الديمقراطية التشاركية ومبادئ الحوكمة المحلية"
    )
