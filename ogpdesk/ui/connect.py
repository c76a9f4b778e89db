"""File ▸ Connect to a server…: a shared PostgreSQL server instead of this computer's file.

The dialog asks for the host, the database and the user (and the password), opens the store
there as ``open_store`` does everywhere, and only then closes: a refusal (wrong password,
server down, TLS required but not offered, a database of another program or of a newer
ogpdesk) is shown in the dialog, in the interface language, and nothing is changed — the
window keeps the store it had. The password goes to the operating system's keychain when
asked (``core/keychain.py``), never to the settings file; the URL kept names no password.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core import keychain
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.core.store import Store, open_store
from ogpdesk.ui.errors import message

DEFAULT_PORT = 5432


class ConnectDialog(QDialog):
    """Where the shared server is; ``store`` is the opened store once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a server"))
        self.store: Store | None = None
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. server.mairie.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keychain"))
        self.remember.setChecked(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        note = QLabel(
            self.tr(
                "A server on the network must offer an encrypted (TLS) connection; "
                "one on this computer need not."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def connect_to_server(self) -> None:
        host, database = self.host.text().strip(), self.database.text().strip()
        if not (host and database):
            self._refuse(self.tr("Give the server and the database."))
            return
        password = self.password.text()
        address = keychain.server_url(
            host, self.port.value(), database, self.user.text().strip(), password
        )
        try:
            self.store = open_store(address)
        except OgpdeskError as exc:
            self._refuse(message(exc))
            return
        if password and self.remember.isChecked():
            keychain.remember(address, password)
        self.accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
