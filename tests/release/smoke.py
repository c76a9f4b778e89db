"""What a user does with an installed ogpdesk, run by that installation's own Python from a
folder outside the source tree (tests/release copies this file there):

    python smoke.py OUT

loads the demo, exports every document kind in Arabic, French and English as PDF, DOCX and
XLSX (and the public site), starts the window in the interface language and writes what it
saw to OUT/report.json. The test reads the documents back with its own tools.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import ogpdesk
from ogpdesk.cli import main as ogpdesk_main

SCOPES = {
    "minutes": ["--meeting", "Kairouan"],
    "recommendations": ["--meeting", "Kairouan"],
    "attendance": ["--meeting", "Kairouan"],
    "actions": ["--process", "Kef"],
    "progress": ["--process", "Kef"],
    "cocreation": ["--process", "Kef"],
}
LANGS = ("ar", "fr", "en")
SUFFIXES = (".pdf", ".docx", ".xlsx")


def export_all(db: Path, out: Path) -> list[str]:
    failed = []
    for kind, scope in SCOPES.items():
        for lang in LANGS:
            for suffix in SUFFIXES:
                path = out / f"{kind}-{lang}{suffix}"
                args = ["--db", str(db), "export", kind, *scope, "--lang", lang, "-o", str(path)]
                if ogpdesk_main(args) != 0:
                    failed.append(path.name)
    for lang in LANGS:
        site = out / f"site-{lang}"
        site.mkdir()
        args = ["--db", str(db), "export", "site", "--process", "Kef", "--lang", lang]
        if ogpdesk_main([*args, "-o", str(site)]) != 0:
            failed.append(site.name)
    return failed


def window(db: Path) -> dict[str, object]:
    """``ogpdesk`` with no subcommand, as started from a menu; looked at once it shows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ogpdesk.ui.app import run
    from ogpdesk.ui.main_window import MainWindow

    app = QApplication(["ogpdesk"])
    seen: dict[str, object] = {}

    def look() -> None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["menus"] = [a.text() for a in shown[0].menuBar().actions()] if shown else []
        seen["icon"] = not app.windowIcon().isNull()
        seen["right_to_left"] = app.isRightToLeft()
        app.quit()

    QTimer.singleShot(300, look)
    seen["exit"] = run(str(db))
    return seen


def main() -> int:
    out = Path(sys.argv[1])
    db = out / "demo.sqlite3"
    report: dict[str, object] = {"package": ogpdesk.__file__}
    report["demo"] = ogpdesk_main(["--db", str(db), "demo"])
    report["failed"] = export_all(db, out)
    report["window"] = window(db)
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
