"""Help ▸ About: the version, the licence and the notices of what ogpdesk ships with."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ogpdesk import __version__, paths

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """The icon of every window, drawn from the PNG sizes that the build ships."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = paths.RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ogpdesk.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def _text_of(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return path.name


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ogpdesk"))
        self.resize(720, 560)

        logo = QLabel()
        logo.setPixmap(application_icon().pixmap(96, 96))
        self.title = QLabel(f"<h2>ogpdesk {__version__}</h2>")
        # Latin text takes its own (left-to-right) side: in a mirrored, Arabic dialog it must
        # start on the right like everything else.
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.title.setAlignment(start)
        summary = QLabel(
            self.tr(
                "An offline desk for participatory meetings: attendance, interventions, "
                "recommendations and decisions captured as they happen; minutes, reports and "
                "progress matrices in Arabic, French and English."
            )
        )
        summary.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "ogpdesk is free software: you can redistribute it and/or modify it under the "
                "terms of the GNU General Public License, version 3 or (at your option) any "
                "later version. It comes with ABSOLUTELY NO WARRANTY."
            )
        )
        licence.setWordWrap(True)
        versions = QLabel(
            self.tr("Qt {qt} · Python {python}").format(
                qt=qVersion(), python=platform.python_version()
            )
        )

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.tabs = QTabWidget()
        self.licence_text = self._reader(paths.LICENSE)
        self.notices_text = self._reader(paths.THIRD_PARTY_NOTICES)
        self.tabs.addTab(self.licence_text, self.tr("Licence"))
        self.tabs.addTab(self.notices_text, self.tr("Third-party notices"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(licence)
        versions.setAlignment(start)
        layout.addWidget(versions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _reader(self, path: Path) -> QPlainTextEdit:
        reader = QPlainTextEdit(_text_of(path))
        reader.setReadOnly(True)
        # The licence texts are English and laid out in columns: keep them left to right
        # even when the interface is mirrored for Arabic.
        reader.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        reader.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return reader
