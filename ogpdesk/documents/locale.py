"""Words, numbers and dates of a document in the language chosen at export.

Labels go through the same catalogue as the window (context ``Document``), so a word changed
in ``translations/documents_ar.ts`` changes in every document. Numbers and dates follow
Tunisian administrative use: Western digits, U+00A0 between thousands, Gregorian dates with
the month names used in Tunisia ("22 مارس 2016", "جوان", "جويلية", "أوت").
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ogpdesk.core.languages import Texts
from ogpdesk.core.models import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    Gender,
    MeetingKind,
    MeetingStatus,
    Priority,
    RecommendationStatus,
    StakeholderGroup,
)
from ogpdesk.core.textnorm import script_of
from ogpdesk.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from ogpdesk.documents.export import ExportRequest

CONTEXT = "Document"
NBSP = "\u00a0"

_MONTHS = {
    "ar": (
        "جانفي",
        "فيفري",
        "مارس",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# Eastern Arabic digits, for municipalities that prefer them (not the default).
_EASTERN_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# An item printed in its original language because the document's has no version of it.
UNTRANSLATED = QT_TRANSLATE_NOOP("Document", "{text} [untranslated]")

# The words of enumerations, marked for lupdate; looked up by value at export.
ENUM_LABELS: dict[enum.Enum, str] = {
    MeetingKind.AWARENESS_SESSION: QT_TRANSLATE_NOOP("Document", "Awareness session"),
    MeetingKind.SEMINAR: QT_TRANSLATE_NOOP("Document", "Seminar"),
    MeetingKind.WORKSHOP: QT_TRANSLATE_NOOP("Document", "Workshop"),
    MeetingKind.CO_CREATION: QT_TRANSLATE_NOOP("Document", "Co-creation meeting"),
    MeetingKind.STEERING_COMMITTEE: QT_TRANSLATE_NOOP("Document", "Steering committee"),
    MeetingKind.QUARTERLY_REVIEW: QT_TRANSLATE_NOOP("Document", "Quarterly review meeting"),
    MeetingKind.PUBLIC_HEARING: QT_TRANSLATE_NOOP("Document", "Public hearing"),
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Document", "Planned"),
    MeetingStatus.OPEN: QT_TRANSLATE_NOOP("Document", "In progress"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("Document", "Closed"),
    MeetingStatus.APPROVED: QT_TRANSLATE_NOOP("Document", "Approved"),
    StakeholderGroup.AUTHORITY: QT_TRANSLATE_NOOP("Document", "Authorities"),
    StakeholderGroup.ADMINISTRATION: QT_TRANSLATE_NOOP("Document", "Administration"),
    StakeholderGroup.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Document", "Civil society"),
    StakeholderGroup.CITIZEN: QT_TRANSLATE_NOOP("Document", "Citizens"),
    StakeholderGroup.EXPERT: QT_TRANSLATE_NOOP("Document", "Experts"),
    StakeholderGroup.ACADEMIC: QT_TRANSLATE_NOOP("Document", "Academics"),
    StakeholderGroup.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("Document", "Private sector"),
    StakeholderGroup.MEDIA: QT_TRANSLATE_NOOP("Document", "Media"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Document", "Women"),
    Gender.MALE: QT_TRANSLATE_NOOP("Document", "Men"),
    Gender.OTHER: QT_TRANSLATE_NOOP("Document", "Other"),
    AttendanceStatus.INVITED: QT_TRANSLATE_NOOP("Document", "Invited"),
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Document", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Document", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("Document", "Excused"),
    AttendanceStatus.REMOTE: QT_TRANSLATE_NOOP("Document", "Remote"),
    AgendaItemKind.PRESENTATION: QT_TRANSLATE_NOOP("Document", "Presentation"),
    AgendaItemKind.DEBATE: QT_TRANSLATE_NOOP("Document", "Debate"),
    AgendaItemKind.DECISION_POINT: QT_TRANSLATE_NOOP("Document", "Decision point"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Document", "High"),
    Priority.MEDIUM: QT_TRANSLATE_NOOP("Document", "Medium"),
    Priority.LOW: QT_TRANSLATE_NOOP("Document", "Low"),
    RecommendationStatus.PROPOSED: QT_TRANSLATE_NOOP("Document", "Proposed"),
    RecommendationStatus.ADOPTED: QT_TRANSLATE_NOOP("Document", "Adopted"),
    RecommendationStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Document", "Under way"),
    RecommendationStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("Document", "Implemented"),
    RecommendationStatus.REJECTED: QT_TRANSLATE_NOOP("Document", "Rejected"),
    RecommendationStatus.MERGED: QT_TRANSLATE_NOOP("Document", "Merged"),
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Document", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Document", "Under way"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Document", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Document", "Cancelled"),
}


@dataclass(frozen=True)
class Locale:
    """How one document writes words, numbers and dates."""

    lang: str
    eastern_digits: bool = False
    # A bilingual edition: headings and labels in Arabic and French.
    bilingual: bool = False

    def __call__(self, text: str) -> str:
        """The label ``text`` (an English source marked with QT_TRANSLATE_NOOP) translated."""
        return translate(self.lang, CONTEXT, text)

    @classmethod
    def of(cls, request: ExportRequest) -> Locale:
        return cls(request.lang, request.eastern_digits, request.bilingual)

    def label(self, text: str) -> str:
        """A heading or field name: in both languages in a bilingual edition."""
        return both(text, self.lang) if self.bilingual else self(text)

    def enum(self, value: enum.Enum | None) -> str:
        if value is None:
            return ""
        return self(ENUM_LABELS.get(value, str(value.value)))

    def digits(self, text: str) -> str:
        return text.translate(_EASTERN_DIGITS) if self.eastern_digits else text

    def number(self, value: int) -> str:
        """250000 → "250 000" with a no-break space, so the figure never splits over lines."""
        grouped = f"{value:,}".replace(",", NBSP)
        return self.digits(grouped)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        month = _MONTHS.get(self.lang, _MONTHS["en"])[value.month - 1]
        if self.lang == "en":
            return self.digits(f"{value.day} {month} {value.year}")
        day = "1er" if self.lang == "fr" and value.day == 1 else str(value.day)
        return self.digits(f"{day} {month} {value.year}")

    def time(self, value: dt.time | None) -> str:
        if value is None:
            return ""
        return self.digits(f"{value.hour:02d}:{value.minute:02d}")

    def time_span(self, start: dt.time | None, end: dt.time | None) -> str:
        if start and end:
            return f"{self.time(start)} – {self.time(end)}"
        return self.time(start or end)

    def page_label(self) -> str:
        return self(QT_TRANSLATE_NOOP("Document", "Page {page} of {pages}"))

    def text(self, value: object, field: str | None = None) -> str:
        """A recorded text (``field`` of a row, or ``Texts``) in this document's language, or
        its original marked as not translated yet."""
        texts = value if isinstance(value, Texts) else Texts.of(value, field or "")
        return self.version(texts, self.lang)

    def version(self, texts: Texts, lang: str) -> str:
        if not texts.original.strip():
            # Nothing written: nothing to mark as untranslated either.
            return ""
        found = texts.get(lang)
        if found.translated:
            return found.text
        return translate(lang, CONTEXT, UNTRANSLATED).format(text=found.text)

    def lang_of(self, text: str) -> str | None:
        """The language to set a paragraph in when its script is not the document's.

        A French speaker quoted in Arabic minutes reads left to right, an Arabic one in French
        minutes right to left (as "dir=auto" would); Latin script is taken for French, the
        other language of Tunisian administration.
        """
        script = script_of(text)
        if script == self.script:
            return None
        return "ar" if script == "ar" else "fr"

    @property
    def script(self) -> str:
        return "ar" if self.lang == "ar" else "latin"


def ar_fr(texts: Texts, t: Locale) -> tuple[str, str]:
    """The Arabic and the French versions of an item, each marked when it is missing."""
    return t.version(texts, "ar"), t.version(texts, "fr")


def both(label: str, primary: str) -> str:
    """A label of a bilingual edition: "التوصيات — Recommandations", main language first."""
    arabic, french = translate("ar", CONTEXT, label), translate("fr", CONTEXT, label)
    return f"{arabic} — {french}" if primary == "ar" else f"{french} — {arabic}"
