"""A printed text beside its versions in the other content languages (``core.languages``).

The recommendations board shows a recommendation's versions as columns of its table; texts
edited in a dialog — a commitment's problem and objective, a quarter's challenges, next steps
and evidence — show a ``VersionsEditor``: one box per content language, the box of the
language the text is written in holding the original. Both mark a version still missing the
same way (``MISSING_BACKGROUND``, ``MISSING``), so the secretary sees at a glance what is
left to translate before the minutes go out.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ogpdesk.core.languages import CONTENT_LANGUAGES, Texts, detect_language
from ogpdesk.i18n import QT_TRANSLATE_NOOP
from ogpdesk.ui.errors import interface_language

CONTEXT = "Versions"
LANGUAGE_LABELS = {
    "ar": QT_TRANSLATE_NOOP("Versions", "Arabic"),
    "fr": QT_TRANSLATE_NOOP("Versions", "French"),
    "en": QT_TRANSLATE_NOOP("Versions", "English"),
}
ORIGINAL = QT_TRANSLATE_NOOP("Versions", "(original)")
MISSING = QT_TRANSLATE_NOOP("Versions", "No {language} version yet: type it here to add it.")
# A version left as it was while its original was rewritten: core drops it (``stale_versions``).
STALE = QT_TRANSLATE_NOOP(
    "Versions", "The original changed: this version is dropped unless you change it too."
)
LACKS = QT_TRANSLATE_NOOP("Versions", "No version yet in: {languages}")
WRITTEN_IN = QT_TRANSLATE_NOOP("Versions", "Written in:")
# A version still lacking shows on this background, in a table cell or an editor.
MISSING_BACKGROUND = QColor(255, 236, 200)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def language_name(lang: str) -> str:
    return tr(LANGUAGE_LABELS[lang])


def missing_tip(lang: str) -> str:
    """What a missing version's cell or box says."""
    return tr(MISSING).format(language=language_name(lang))


def in_interface(texts: Texts) -> str:
    """A recorded text as the window shows it: its version in the interface's language when
    it has one, else its original — the choice a document makes (``Texts.get``)."""
    return texts.get(interface_language()).text


def lacking(texts: Iterable[Texts]) -> str:
    """The languages some of ``texts`` have no version in yet ("French, English"), empty
    when every one has all of them."""
    missing = {lang for t in texts for lang in t.missing(CONTENT_LANGUAGES)}
    return ", ".join(language_name(lang) for lang in CONTENT_LANGUAGES if lang in missing)


def lacking_tip(texts: Iterable[Texts]) -> str | None:
    """The tool-tip of a cell whose texts lack a version ("No version yet in: French")."""
    names = lacking(texts)
    return tr(LACKS).format(languages=names) if names else None


class VersionsEditor(QWidget):
    """One text and its versions side by side, one box per content language.

    ``values(field)`` gives what an update service (``update_commitment``, ``update_review``)
    takes: the original, its language and the versions the user changed. A version left as
    it was is not given, so that core drops it when the original is rewritten — the box says
    so before the user confirms.
    """

    def __init__(
        self, name: str, texts: Texts, default_lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.initial = texts
        self.initial_lang = texts.lang or detect_language(texts.original)
        self.initial_versions = dict(texts.versions)
        self.language = QComboBox()
        for lang in CONTENT_LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(CONTENT_LANGUAGES.index(self.initial_lang or default_lang))
        self.language.setAccessibleName(f"{name} — {tr(WRITTEN_IN).rstrip(':')}")
        written_in = QLabel(tr(WRITTEN_IN))
        written_in.setBuddy(self.language)
        self.captions: dict[str, QLabel] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        for column, lang in enumerate(CONTENT_LANGUAGES):
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            if lang == "ar":
                # An empty Arabic box starts its line on the right, as typing will.
                editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            if lang == self.lang():
                editor.setPlainText(texts.original)
            else:
                editor.setPlainText(self.initial_versions.get(lang, ""))
            caption = QLabel()
            caption.setBuddy(editor)
            self.captions[lang] = caption
            self.editors[lang] = editor
            grid.addWidget(caption, 0, column)
            grid.addWidget(editor, 1, column)
            editor.textChanged.connect(self._mark)
        self.default_palette = QPalette(self.editors["fr"].palette())
        top = QHBoxLayout()
        top.addWidget(written_in)
        top.addWidget(self.language)
        top.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top, 0, 0)
        layout.addLayout(grid, 1, 0)
        self.language.currentIndexChanged.connect(self._mark)
        self._mark()

    def lang(self) -> str:
        return str(self.language.currentData())

    def original(self) -> str:
        return self.editors[self.lang()].toPlainText()

    def _moved(self) -> bool:
        """Whether the original is now in another language's box than it was."""
        return bool(self.original().strip()) and self.lang() != self.initial_lang

    def _stale(self, lang: str) -> bool:
        """A version kept as it was while the original was rewritten (core drops it)."""
        text = self.editors[lang].toPlainText()
        rewritten = self.original() != self.initial.original and not self._moved()
        return rewritten and bool(text.strip()) and text == self.initial_versions.get(lang, "")

    def missing(self) -> tuple[str, ...]:
        """The languages whose box is marked: no version yet, or one about to be dropped."""
        if not self.original().strip():
            return ()
        return tuple(
            lang
            for lang in CONTENT_LANGUAGES
            if lang != self.lang()
            and (not self.editors[lang].toPlainText().strip() or self._stale(lang))
        )

    def _mark(self) -> None:
        marked = self.missing()
        for lang, editor in self.editors.items():
            name = language_name(lang)
            original = lang == self.lang()
            self.captions[lang].setText(f"{name} {tr(ORIGINAL)}" if original else name)
            editor.setAccessibleName(f"{self.name} — {name}")
            palette = QPalette(self.default_palette)
            if lang in marked:
                palette.setColor(QPalette.ColorRole.Base, MISSING_BACKGROUND)
            editor.setPalette(palette)
            tip = ""
            if lang in marked:
                tip = tr(STALE) if self._stale(lang) else missing_tip(lang)
            editor.setToolTip(tip)
            editor.setPlaceholderText("" if original else missing_tip(lang))

    def values(self, field: str, lang_field: str | None = None) -> dict[str, str | None]:
        """The changes to give the update service for ``field``, nothing when none; the
        original's language under ``lang_field`` (``<field>_lang`` by default, ``lang`` for a
        row whose texts share one)."""
        lang = self.lang()
        values: dict[str, str | None] = {}
        original = self.original()
        if original != self.initial.original:
            values[field] = original
        moved = self._moved()
        if moved:
            values[lang_field or f"{field}_lang"] = lang
        for other in CONTENT_LANGUAGES:
            if other == lang:
                continue
            text = self.editors[other].toPlainText()
            # Moving the original to another box keeps the versions in the others.
            if moved or text != self.initial_versions.get(other, ""):
                values[f"{field}_{other}"] = text or None
        return values


class VersionsDialog(QDialog):
    """Several texts of one row, each beside its versions (a quarter's challenges, next steps
    and evidence); ``values()`` gives what changed, for one undoable update."""

    def __init__(
        self,
        title: str,
        texts: list[tuple[str, str, Texts]],
        default_lang: str,
        parent: QWidget | None = None,
        *,
        lang_field: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # Where the original's language goes: a row's shared ``lang``, else each text's own.
        self.lang_field = lang_field
        layout = QVBoxLayout(self)
        self.editors: dict[str, VersionsEditor] = {}
        for field, name, text in texts:
            box = QGroupBox(name)
            editor = VersionsEditor(name, text, default_lang)
            QVBoxLayout(box).addWidget(editor)
            layout.addWidget(box)
            self.editors[field] = editor
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for field, editor in self.editors.items():
            found |= editor.values(field, self.lang_field)
        return found
