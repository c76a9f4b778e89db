"""Screenshots of the action plan's governance and co-creation tabs on the seed demo.

    .venv/bin/ogpdesk --db /tmp/demo.db demo
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/take_governance.py \\
        /tmp/demo.db docs/screenshots

Writes governance-ar.png, governance-fr.png, cocreation-ar.png and cocreation-fr.png.
Settings go to a temporary folder; the database is not changed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ogpdesk.core.meetings import find_process
from ogpdesk.core.store import open_store
from ogpdesk.ui import settings
from ogpdesk.ui.actionplan import ActionPlanView
from ogpdesk.ui.app import Language
from ogpdesk.ui.operations import Operations


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path), "PNG")
    print(path)


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    work = Path(tempfile.mkdtemp(prefix="ogpdesk-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication([])
    language = Language(app)
    for lang in ("ar", "fr"):
        database = work / f"demo-{lang}.db"
        shutil.copy(source, database)
        settings.LANGUAGE.set(lang)
        language.apply(lang)
        store = open_store(database)
        ops = Operations(store)
        with store.session() as session:
            process_id = find_process(session, "El Kef").id
        view = ActionPlanView(ops, process_id)
        view.resize(1280, 860)
        view.show()
        for panel, name in ((view.governance, "governance"), (view.cocreation, "cocreation")):
            view.setCurrentWidget(panel)
            settle(app)
            save(view, out / f"{name}-{lang}.png")
        view.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
