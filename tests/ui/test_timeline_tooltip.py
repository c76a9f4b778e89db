"""On a shared server, a timeline line's tooltip says who changed it last, and when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.timeline import Entry, EntryKind
from ogpdesk.ui.operations import Operations
from ogpdesk.ui.timeline import TEXT, TimelineView


def test_the_tooltip_names_who_changed_the_line_and_when(qtbot, ops: Operations) -> None:
    with ops.store.transaction() as session:
        meeting_id = create_meeting(session, title="Le Kef", date=dt.date(2025, 3, 4)).id
    view = TimelineView(ops, meeting_id)
    qtbot.addWidget(view)
    changed = Entry(
        EntryKind.INTERVENTION,
        "i1",
        1,
        "Publier le budget",
        updated=dt.datetime(2025, 3, 4, 13, 45, 12),
        updated_by="amina",
    )
    view.model_.set_rows([changed])

    tip = view.model_.data(view.model_.index(0, TEXT), Qt.ItemDataRole.ToolTipRole)

    assert isinstance(tip, str)
    assert tip.startswith("Publier le budget\n\n") and "amina" in tip
