"""Take the screenshots of the export dialog, first page drawn, on the seed demo.

    .venv/bin/ogpdesk --db /tmp/demo.db demo
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_export.py \\
        /tmp/demo.db docs/screenshots

Writes export-ar.png (Arabic interface, the Kairouan minutes in Arabic) and export-fr.png
(French interface, the same minutes in French, bilingual edition). Settings go to a
temporary folder; the database is not changed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ogpdesk.core.meetings import find_meeting
from ogpdesk.core.store import open_store
from ogpdesk.ui import settings
from ogpdesk.ui.app import Language
from ogpdesk.ui.export_dialog import ExportDialog, meeting_facts
from ogpdesk.ui.operations import Operations


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    work = Path(tempfile.mkdtemp(prefix="ogpdesk-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication([])
    language = Language(app)
    for lang in ("ar", "fr"):
        database = work / f"demo-{lang}.db"
        shutil.copy(source, database)
        language.apply(lang)
        settings.EXPORT_FOLDER.set(str(work))
        store = open_store(database)
        ops = Operations(store)
        with store.session() as session:
            facts = meeting_facts(session, find_meeting(session, "Kairouan").id)
        dialog = ExportDialog(ops, facts)
        if lang == "fr":
            dialog.language.setCurrentIndex(dialog.language.findData("fr"))
            dialog.bilingual.setChecked(True)
        dialog.show()
        dialog.refresh_preview()
        deadline = time.monotonic() + 30
        while dialog.preview is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        app.processEvents()
        path = out / f"export-{lang}.png"
        dialog.grab().save(str(path), "PNG")
        print(path)
        dialog.close()
        ops.wait_for_background()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
