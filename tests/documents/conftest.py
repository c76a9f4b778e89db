"""A Kairouan meeting recorded through the capture services, as a secretary would."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from ogpdesk.core import capture
from ogpdesk.core.meetings import create_meeting, create_process, set_status
from ogpdesk.core.models import (
    ActionStatus,
    AgendaItemKind,
    Attendance,
    AttendanceStatus,
    Gender,
    Institution,
    InstitutionKind,
    MeetingKind,
    MeetingStatus,
    Participant,
    Priority,
    ProcessKind,
    StakeholderGroup,
)
from ogpdesk.core.store import Store

# Kairouan's four recommendations, in the seed's order, with the Arabic a secretary would add.
KAIROUAN = (
    (
        "The need to disseminate this experience for small municipalities in the region",
        "ضرورة تعميم هذه التجربة على البلديات الصغرى في الجهة",
        "Dissemination",
    ),
    (
        "To adopt a participative approach between the municipality, the administrations "
        "and the civil society",
        "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
        "Participation",
    ),
    (
        "Accelerate the introduction of the law of partnership between the public and "
        "private sectors (3P) in order to promote the development of the city",
        "التسريع في إرساء قانون الشراكة بين القطاعين العام والخاص (3P) من أجل النهوض بتنمية "
        "المدينة",
        "Public-private partnership",
    ),
    (
        "To accelerate the identification of sector working groups and engage in the "
        "implementation of a strategic development plan for the city of Kairouan",
        "التسريع في تحديد مجموعات العمل القطاعية والانخراط في إنجاز مخطط استراتيجي لتنمية "
        "مدينة القيروان",
        "Participation",
    ),
)
MIXED = "نقترح تخصيص 250\u00a0000 دينار لمشروع M'Saken 2050 في 2025"
SPEAKER = "Mohamed Ben Salah"
PHONE = "+216 98 765 432"
EMAIL = "sample.bensalah@example.org"


@dataclass
class Recorded:
    store: Store
    meeting_id: str
    msaken_id: str
    process_id: str


@pytest.fixture
def kairouan(store: Store) -> Recorded:
    with store.transaction() as session:
        ktc = Institution(
            name="KTC Sfax", name_ar="مركز المعرفة بصفاقس", kind=InstitutionKind.NETWORK
        )
        session.add(ktc)
        process = create_process(
            session,
            title="City strategic planning awareness",
            title_ar="التحسيس بالتخطيط الاستراتيجي للمدن",
            kind=ProcessKind.STRATEGIC_PLANNING,
        )
        meeting = create_meeting(
            session,
            title="Awareness session on city strategic planning — Kairouan",
            title_ar="يوم تحسيسي حول التخطيط الاستراتيجي للمدن — القيروان",
            date=dt.date(2016, 3, 22),
            kind=MeetingKind.AWARENESS_SESSION,
            city="Kairouan",
            process=process,
            institution=ktc,
            start_time=dt.time(9, 30),
            end_time=dt.time(13, 0),
            chair="Sample Moderator (KTC Sfax)",
            secretary="سامية الرابحي (sample)",
        )
        speaker = Participant(
            full_name=SPEAKER,
            organisation="M'Saken 2050",
            stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
            gender=Gender.MALE,
            phone=PHONE,
            email=EMAIL,
            sample=True,
        )
        invitee = Participant(
            full_name="سلوى الحمامي (sample)",
            stakeholder_group=StakeholderGroup.CITIZEN,
            gender=Gender.FEMALE,
            phone="+216 22 000 111",
            sample=True,
        )
        session.add_all([speaker, invitee])
        session.add(
            Attendance(meeting=meeting, participant=invitee, status=AttendanceStatus.EXCUSED)
        )
        capture.add_agenda_item(
            session,
            meeting,
            "The experiences of Sousse and Sfax in developing their City Strategy",
            kind=AgendaItemKind.PRESENTATION,
            presenter="Sample Expert (Sousse)",
        )
        capture.add_intervention(
            session,
            meeting,
            "Presented how Sousse developed its City Strategy, its results and its benefits.",
            speaker_name="Sample Expert (Sousse)",
        )
        capture.add_agenda_item(session, meeting, "النقاش مع السلط المحلية والجهوية والمواطنين")
        capture.add_intervention(session, meeting, MIXED, speaker_name=SPEAKER)
        capture.add_intervention(
            session,
            meeting,
            "طالبت بتحديد مجموعات العمل القطاعية والانطلاق في إعداد مخطط استراتيجي لتنمية مدينة "
            "القيروان.",
            speaker_name="سلوى الحمامي (sample)",
        )
        capture.add_agenda_item(
            session, meeting, "Recommendations", kind=AgendaItemKind.DECISION_POINT
        )
        for index, (text, arabic, theme) in enumerate(KAIROUAN):
            capture.add_recommendation(
                session,
                meeting,
                text,
                text_ar=arabic,
                theme=theme,
                addressee="Municipality of Kairouan",
                priority=Priority.HIGH if index % 2 else Priority.MEDIUM,
            )
        decision = capture.add_decision(
            session,
            meeting,
            "Transmettre les recommandations au conseil municipal de Kairouan",
            text_ar="إحالة التوصيات على المجلس البلدي بالقيروان",
            votes_for=12,
            votes_against=0,
            votes_abstain=1,
        )
        capture.add_action(
            session,
            meeting,
            "Envoyer le compte rendu à MedCities",
            owner_name="Sample Moderator (KTC Sfax)",
            due_date=dt.date(2016, 4, 15),
            decision=decision,
        )
        done = capture.add_action(session, meeting, "Réserver la salle", owner_name="KTC Sfax")
        done.status = ActionStatus.DONE

        msaken = create_meeting(
            session,
            title="Awareness session on city strategic planning — M'saken",
            title_ar="يوم تحسيسي حول التخطيط الاستراتيجي للمدن — مساكن",
            date=dt.date(2016, 3, 26),
            kind=MeetingKind.AWARENESS_SESSION,
            city="M'saken",
            process=process,
            institution=ktc,
        )
        capture.add_recommendation(
            session,
            msaken,
            "Coordinate the M'Saken 2050 initiative with the civil society and experts",
            text_ar="تنسيق مبادرة مساكن 2050 مع المجتمع المدني والخبراء",
            theme="Participation",
        )
        capture.add_action(
            session,
            msaken,
            "Demander une assistance technique",
            owner_name="M'Saken 2050",
            due_date=dt.date(2016, 5, 1),
        )
        set_status(session, msaken, MeetingStatus.CLOSED)
        return Recorded(store, meeting.id, msaken.id, process.id)


# Bidi controls pdftotext puts around the runs it reordered, where it leaves out the space
# between a left-to-right run and the Arabic after it: read as the word break they stand for.
_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), " "
)
_WORD = re.compile(r"[\w'’.]+")


class Read:
    """What a reader gets out of a document: its text, as poppler and python-docx extract it."""

    @staticmethod
    def pdf_pages(path: Path, *, layout: bool = False) -> list[str]:
        command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
        raw = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        # NFKC undoes the Arabic presentation forms the PDF is drawn with.
        pages = unicodedata.normalize("NFKC", raw).translate(_CONTROLS).split("\f")[:-1]
        if layout:
            return pages
        return ["\n".join(" ".join(line.split()) for line in page.split("\n")) for page in pages]

    @staticmethod
    def pdf_text(path: Path) -> str:
        return "\n".join(Read.pdf_pages(path))

    @staticmethod
    def words(text: str) -> list[str]:
        """Words and numbers in reading order ("M'Saken", "2050", "1.3"), punctuation dropped."""
        cleaned = unicodedata.normalize("NFKC", text).translate(_CONTROLS)
        return [w.strip(".'’") for w in _WORD.findall(cleaned) if w.strip(".'’")]

    @staticmethod
    def docx_paragraphs(path: Path) -> list[DocxParagraph]:
        """Body paragraphs, those in table cells included, in document order."""
        document = docx.Document(str(path))
        found = []
        for element in document.element.body.iter(qn("w:p")):
            found.append(DocxParagraph(element, document))
        return found

    @staticmethod
    def docx_text(path: Path) -> str:
        return "\n".join(p.text for p in Read.docx_paragraphs(path))

    @staticmethod
    def contains(words: list[str], expected: list[str]) -> bool:
        """``expected`` appears in ``words`` as one contiguous run."""
        size = len(expected)
        return any(words[i : i + size] == expected for i in range(len(words) - size + 1))

    @staticmethod
    def in_order(text: str, pieces: list[str]) -> bool:
        """Each of ``pieces`` (as words) appears in ``text``, each after the one before."""
        words = Read.words(text)
        start = 0
        for piece in pieces:
            wanted = Read.words(piece)
            for i in range(start, len(words) - len(wanted) + 1):
                if words[i : i + len(wanted)] == wanted:
                    start = i + len(wanted)
                    break
            else:
                return False
        return True


@pytest.fixture
def read() -> type[Read]:
    return Read
