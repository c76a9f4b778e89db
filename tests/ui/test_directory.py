"""The directory view: two records of one person merged in one undoable step."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ogpdesk.core import notes
from ogpdesk.core.attendance import attendance_list
from ogpdesk.core.meetings import create_meeting, live
from ogpdesk.core.models import Intervention, Meeting, Participant
from ogpdesk.core.participants import sign_in
from ogpdesk.core.store import Store
from ogpdesk.ui.directory import DirectoryDialog
from ogpdesk.ui.operations import Operations


def test_two_records_of_one_person_become_one_and_come_back_apart(
    qtbot, ops: Operations, store: Store
) -> None:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Kairouan", date=dt.date(2016, 3, 22))
        latin = Participant(full_name="Kamel Zouari", organisation="Université de Kairouan")
        arabic = Participant(full_name="كمال الزواري")
        namesake = Participant(full_name="Kamel Zouari", organisation="ISET")
        session.add_all([latin, arabic, namesake])
        session.flush()
        sign_in(session, meeting, latin)
        sign_in(session, meeting, arabic)
        # In two meetings: the record a merge keeps.
        sign_in(session, create_meeting(session, title="Sousse", date=dt.date(2016, 4, 2)), latin)
        notes.apply(
            session,
            meeting,
            [notes.NoteItem(notes.NoteKind.INTERVENTION, "مداخلة", speaker="كمال الزواري")],
        )
        ids = (latin.id, arabic.id)
        meeting_id = meeting.id
    dialog = DirectoryDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names.count("⚠ Kamel Zouari") == 2 and "كمال الزواري" in names

    dialog.filter.setText("kamel univ")
    visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert len(visible) == 1
    dialog.filter.clear()
    dialog.select([ids[1], ids[0]])
    assert dialog.merge_button.isEnabled()
    assert dialog.merge_selected()
    with store.session() as session:
        assert [r.participant_id for r in attendance_list(session, meeting_id)] == [ids[0]]
        said = session.scalars(select(Intervention).where(live(Intervention))).one()
        assert said.participant_id == ids[0]
        assert session.get_one(Participant, ids[1]).deleted
    assert dialog.table.rowCount() == 2
    assert ops.undo_stack.undoText() == "Merge “كمال الزواري” into “Kamel Zouari”"

    ops.undo_stack.undo()
    with store.session() as session:
        assert len(attendance_list(session, meeting_id)) == 2
        said = session.scalars(select(Intervention).where(live(Intervention))).one()
        assert said.participant_id == ids[1]
        assert session.get_one(Meeting, meeting_id) is not None
    assert dialog.table.rowCount() == 3
