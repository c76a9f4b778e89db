"""Screenshots of a live meeting on a laptop screen (1280×800) and a large one (1920×1080),
in Arabic and French.

    xvfb-run -s "-screen 0 1280x800x24" \\
        .venv/bin/python docs/screenshots/take_meeting.py docs/screenshots
    xvfb-run -s "-screen 0 1920x1080x24" \\
        .venv/bin/python docs/screenshots/take_meeting.py docs/screenshots 1920x1080

The window lays itself out for the screen it is on (compact at 800 pixels high), so each
size is taken on a screen of that size. A seminar is built in a temporary store: ten people
signed in (names in both scripts, with their organisations), a debate, eight
recommendations in Arabic and French, five of them adopted. Writes
meeting-signin-{ar,fr}.png (sign-in in front), meeting-board-{ar,fr}.png (the board in
front) and projector-mixed-ar.png (the hall's screen, 16:9, in the meeting's language, with mixed
recommendations); at another size than 1280×800 the names end in -1920x1080. Settings and
drafts go to a temporary folder (``take.Session``).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from take import Session, save, settle

from ogpdesk.core import notes
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import (
    Gender,
    Meeting,
    Participant,
    Recommendation,
    RecommendationStatus,
    StakeholderGroup,
)
from ogpdesk.core.participants import sign_in
from ogpdesk.core.store import open_store

G = StakeholderGroup
PEOPLE = [
    ("Sample Hédi Ben Ammar", "Conseil municipal de Kairouan", G.AUTHORITY, Gender.MALE),
    ("عينة — سلوى الحمامي", "جمعية المواطنة الفاعلة", G.CIVIL_SOCIETY, Gender.FEMALE),
    ("Sample Nizar Gharbi", "Université de Sousse", G.ACADEMIC, Gender.MALE),
    ("عينة — كمال الزواري", "الوكالة الحضرية", G.EXPERT, Gender.MALE),
    ("Sample Leïla Trabelsi", "Association M'Saken 2050", G.CIVIL_SOCIETY, Gender.FEMALE),
    ("عينة — منية بن عمر", None, G.CITIZEN, Gender.FEMALE),
    ("Sample Mohamed Ben Salah", "KTC Sfax", G.PRIVATE_SECTOR, Gender.MALE),
    ("عينة — فاطمة الزهراء بن علي", "بلدية القيروان", G.ADMINISTRATION, Gender.FEMALE),
    ("Sample Karim Jendoubi", "Radio Sabra FM", G.MEDIA, Gender.MALE),
    ("عينة — رضا السعيدي", None, G.CITIZEN, Gender.MALE),
]
MINUTES = """# Présentation de la démarche / تقديم المنهجية
Sample Hédi Ben Ammar: La stratégie doit partir d'un diagnostic partagé avec les habitants.
عينة — سلوى الحمامي: نطالب بإشراك الجمعيات منذ المرحلة الأولى وليس عند المصادقة فقط.
# Débat / النقاش
Sample Nizar Gharbi: L'université peut fournir les données du recensement par quartier.
REC: Créer un observatoire urbain ouvert aux associations.
عينة — كمال الزواري: التجربة في صفاقس أظهرت أهمية وكالة حضرية مستقلة.
REC: إحداث وكالة حضرية مستقلة للتخطيط الاستراتيجي بالقيروان.
REC: Publier chaque trimestre l'avancement des projets sur le site de la commune.
REC: تخصيص حصة من الميزانية التشاركية للأحياء الشعبية.
Sample Leïla Trabelsi: Les jeunes de M'Saken veulent un espace de concertation permanent.
REC: Ouvrir une maison de la participation citoyenne à M'Saken (2026).
REC: تنظيم جلسات استماع دورية في كل دائرة بلدية.
REC: Former les agents municipaux à l'animation de réunions publiques.
REC: بث الجلسات العامة مباشرة على صفحة البلدية.
DEC: Le comité de pilotage se réunira le 15 avril.
"""
TYPING = {
    "ar": "عينة — منية بن عمر: نقترح أن تُنشر محاضر الجلسات بالعربية والفرنسية",
    "fr": "Sample Karim Jendoubi: la radio peut annoncer chaque séance une semaine avant",
}


def build(path: Path) -> str:
    store = open_store(path)
    with store.transaction() as session:
        meeting = create_meeting(
            session,
            title="Séminaire — planification stratégique de Kairouan",
            title_ar="ندوة حول التخطيط الاستراتيجي لمدينة القيروان",
            date=dt.date(2016, 3, 22),
            kind="seminar",
            city="Kairouan",
            place="Hôtel de ville",
        )
        for name, organisation, group, gender in PEOPLE:
            person = Participant(
                full_name=name,
                organisation=organisation,
                stakeholder_group=group,
                gender=gender,
                sample=True,
            )
            session.add(person)
            session.flush()
            sign_in(session, meeting, person)
        notes.apply(session, meeting, notes.parse(MINUTES))
        for recommendation in session.query(Recommendation).filter_by(meeting_id=meeting.id):
            if recommendation.number in {1, 2, 3, 5, 6}:
                recommendation.status = RecommendationStatus.ADOPTED
        meeting_id = meeting.id
        assert session.get(Meeting, meeting_id) is not None
    store.close()
    return meeting_id


def main() -> int:
    out = Path(sys.argv[1])
    width, height = (int(n) for n in (sys.argv[2] if len(sys.argv) > 2 else "1280x800").split("x"))
    # The laptop's names stay as they were; a larger screen's carry its size.
    suffix = "" if (width, height) == (1280, 800) else f"-{width}x{height}"
    shots = Session.start("ogpdesk-meeting-shots-")
    app = shots.app
    database = shots.work / "seminar.db"
    meeting_id = build(database)
    for lang in ("ar", "fr"):
        shots.speak(lang)
        store, window = shots.window(database, width, height)
        view = window.open_meeting(meeting_id)
        view.capture.setText(TYPING[lang])
        view.timeline.scrollToBottom()
        settle(app)
        save(window, out / f"meeting-signin-{lang}{suffix}.png")
        board = view.panel("RecommendationsBoard")
        assert board is not None
        view.panels.setCurrentWidget(board)
        settle(app)
        save(window, out / f"meeting-board-{lang}{suffix}.png")
        if lang == "ar":
            # The hall's screen speaks the meeting's language whatever the window's: one
            # picture. A projector is 16:9 whatever the laptop.
            projector = window.show_projector()
            assert projector is not None
            projector.resize(width, width * 9 // 16)
            projector.set_speaker("Sample Leïla Trabelsi (Association M'Saken 2050)")
            projector.set_remaining(83)
            settle(app)
            save(projector, out / f"projector-mixed-ar{suffix}.png")
            projector.close()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
