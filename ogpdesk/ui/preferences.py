"""Preferences: the interface language and the name recorded when a meeting is reopened."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.ui import settings

# Each language is named in itself, so that a user lost in a foreign interface finds theirs.
LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français", "en": "English"}


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        self.user_name = QLineEdit(settings.USER_NAME.get())
        self.user_name.setPlaceholderText(self.tr("Recorded when you reopen a meeting"))

        form = QFormLayout()
        for text, field in (
            (self.tr("Interface &language:"), self.language),
            (self.tr("Your &name:"), self.user_name),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(caption, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        chosen = self.language.currentData()
        return chosen if isinstance(chosen, str) else ""

    def accept(self) -> None:
        settings.LANGUAGE.set(self.chosen_language())
        settings.USER_NAME.set(self.user_name.text().strip())
        super().accept()
