"""Take the screenshots of the merge preview and of the review list, in Arabic and French.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_exchange.py docs/screenshots

A plenary laptop hands a co-creation meeting to the laptop of "Table 2", which captures
recommendations in Arabic and French and an action, corrects a participant's organisation
(which the plenary corrected too) and deletes an agenda item; its bundle comes back. Writes
merge-preview-{ar,fr}.png (the preview before merging) and review-{ar,fr}.png (the conflict
in the "to review" list after merging). Everything happens in a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ogpdesk.core import bundle as bundles
from ogpdesk.core.bundle import Scope
from ogpdesk.core.capture import add_action, add_agenda_item, add_recommendation
from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import edit_fields
from ogpdesk.core.meetings import create_meeting, get_meeting
from ogpdesk.core.merge import apply, make_bundle
from ogpdesk.core.models import AgendaItem, MeetingKind, Participant
from ogpdesk.core.store import Store, open_store
from ogpdesk.ui.app import Language
from ogpdesk.ui.exchange import ReviewDialog, receive
from ogpdesk.ui.operations import Operations


def scenario(work: Path) -> tuple[Store, Path]:
    plenary = open_store(work / "plenary.sqlite3")
    table = open_store(work / "table2.sqlite3")
    with plenary.transaction() as session:
        meeting = create_meeting(
            session,
            title="Atelier de co-création — plan d'action local du Kef",
            title_ar="ورشة الإنشاء المشترك — خطة العمل المحلية للكاف",
            date=dt.date(2025, 10, 4),
            kind=MeetingKind.CO_CREATION,
            city="Le Kef",
        )
        add_agenda_item(session, meeting, "Présentation des six engagements")
        extra = add_agenda_item(session, meeting, "نقاط متفرقة")
        person = Participant(full_name="Leila Ben Salah", organisation="Association Kef Demain")
        session.add_all([person, Participant(full_name="محمد العربي", organisation="بلدية الكاف")])
        session.flush()
        meeting_id, extra_id, person_id = meeting.id, extra.id, person.id
        out = work / "table2-out.ogpdesk"
        bundles.write(make_bundle(session, Scope(meeting_id=meeting_id, group="Table 2")), out)
    with table.transaction() as session:
        apply(session, bundles.read(out))
    with table.transaction() as session:
        meeting = get_meeting(session, meeting_id)
        add_recommendation(session, meeting, "تعميم البث المباشر لجلسات المجلس البلدي")
        add_recommendation(session, meeting, "Publier le budget participatif en données ouvertes")
        add_action(session, meeting, "Rédiger la fiche d'engagement", owner_name="Leila Ben Salah")
        edit_fields(
            session, session.get(Participant, person_id), {"organisation": "Kef 2030"}, Changes()
        )
        edit_fields(session, session.get(AgendaItem, extra_id), {"deleted": True}, Changes())
    with plenary.transaction() as session:
        edit_fields(
            session,
            session.get(Participant, person_id),
            {"organisation": "جمعية الكاف غدا"},
            Changes(),
        )
    back = work / "table2-back.ogpdesk"
    with table.transaction() as session:
        bundles.write(make_bundle(session, Scope(meeting_id=meeting_id)), back)
    table.close()
    return plenary, back


def main() -> int:
    out = Path(sys.argv[1])
    work = Path(tempfile.mkdtemp(prefix="ogpdesk-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication([])
    language = Language(app)
    for lang in ("ar", "fr"):
        folder = work / lang
        folder.mkdir()
        plenary, back = scenario(folder)
        language.apply(lang)
        ops = Operations(plenary)
        preview = receive(ops, None, back)  # type: ignore[arg-type]
        assert preview is not None
        preview.show()
        app.processEvents()
        preview.grab().save(str(out / f"merge-preview-{lang}.png"), "PNG")
        preview.merge_button.click()
        app.processEvents()
        review = ReviewDialog(ops, None)
        review.show()
        app.processEvents()
        review.grab().save(str(out / f"review-{lang}.png"), "PNG")
        print(out / f"merge-preview-{lang}.png", out / f"review-{lang}.png")
        review.close()
        plenary.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
