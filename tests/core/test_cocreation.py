"""Co-creation figures are counted from attendance; checked against a count made by hand."""

from __future__ import annotations

import datetime as dt

from ogpdesk.core import cocreation
from ogpdesk.core.meetings import create_meeting, create_process
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Gender,
    MeetingKind,
    MeetingStatus,
    Participant,
    Process,
    ProcessKind,
    StakeholderGroup,
)
from ogpdesk.core.store import Store

G = StakeholderGroup
F, M = Gender.FEMALE, Gender.MALE
P, A, E, R = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.REMOTE,
)

# Sample people (invented): name, group, gender, age band, organisation, disability.
PEOPLE = {
    "amel": ("Sample — Amel Ben Ali", G.CIVIL_SOCIETY, F, "25-34", "Association TWIZA", False),
    "karim": ("Sample — Karim Jlassi", G.ADMINISTRATION, M, "35-44", "Commune du El Kef", False),
    "salma": ("Sample — سلمى الكافي", G.CITIZEN, F, "18-24", None, False),
    "hichem": ("Sample — Hichem Ouni", G.AUTHORITY, M, "45-54", "Conseil régional du Kef", False),
    "nour": ("Sample — Nour Mejri", G.ACADEMIC, F, "35-44", "Université de Jendouba", False),
    "yassine": ("Sample — Yassine Ayari", G.EXPERT, M, "25-34", "NDI", False),
    "rim": ("Sample — Rim Hamdi", G.MEDIA, F, "25-34", "Radio Kef", False),
    "ali": ("Sample — Ali Gharbi", G.PRIVATE_SECTOR, M, "55-64", "UTICA Le Kef", False),
    "mouna": ("Sample — منى الجزيري", G.CIVIL_SOCIETY, F, "18-24", "Association Joussour", True),
    "anon": ("Sample — participant sans fiche", None, None, None, None, None),
    "fares": ("Sample — Fares Tlili", G.CITIZEN, M, "18-24", None, False),
}

# (date, kind, place, {person: attendance status})
MEETINGS = [
    (
        dt.date(2024, 9, 20),
        MeetingKind.CO_CREATION,
        "Palais municipal du Kef",
        {"amel": P, "karim": P, "salma": P, "hichem": P},
    ),
    (
        dt.date(2024, 10, 2),
        MeetingKind.CO_CREATION,
        "Siège de l'association TWIZA",
        {"amel": P, "salma": P, "mouna": P, "fares": A},
    ),
    (
        dt.date(2024, 10, 16),
        MeetingKind.WORKSHOP,
        "Bureau régional NDI",
        {"nour": P, "yassine": P, "salma": R},
    ),
    (
        dt.date(2024, 10, 30),
        MeetingKind.PUBLIC_HEARING,
        "قصر البلدية بالكاف",
        {"rim": P, "ali": P, "amel": P, "anon": P},
    ),
    (dt.date(2024, 11, 13), MeetingKind.CO_CREATION, "En ligne", {"mouna": R, "karim": E}),
    (dt.date(2024, 11, 27), MeetingKind.CO_CREATION, "Siège Joussour", {"hichem": P, "nour": P}),
    # Runs the plan, is not co-creation: not counted.
    (
        dt.date(2024, 12, 5),
        MeetingKind.STEERING_COMMITTEE,
        "Palais municipal du Kef",
        {"fares": P, "karim": P},
    ),
    # Planned, nobody signed in yet: not held.
    (dt.date(2025, 3, 1), MeetingKind.CO_CREATION, "Maison des jeunes", {}),
]


def _record(store: Store) -> str:
    with store.transaction() as session:
        process = create_process(
            session, title="OGP Local action plan El Kef 2024–2027", kind=ProcessKind.ACTION_PLAN
        )
        people = {}
        for key, (name, group, gender, age, org, disability) in PEOPLE.items():
            people[key] = Participant(
                full_name=name,
                stakeholder_group=group,
                gender=gender,
                age_band=age,
                organisation=org,
                disability=disability,
                sample=True,
            )
            session.add(people[key])
        for n, (date, kind, place, present) in enumerate(MEETINGS, start=1):
            meeting = create_meeting(
                session,
                title=f"Co-création n° {n}",
                date=date,
                kind=kind,
                place=place,
                city="El Kef",
                process=process,
            )
            if n == 6:
                meeting.status = MeetingStatus.CLOSED
            for key, status in present.items():
                session.add(Attendance(meeting=meeting, participant=people[key], status=status))
        return process.id


def test_the_figures_match_a_hand_count_of_the_attendance(store: Store) -> None:
    process_id = _record(store)
    with store.session() as session:
        process = session.get(Process, process_id)
        assert process is not None
        figures = cocreation.figures(session, process)

    # Counted by hand from MEETINGS above: the six public meetings that took place.
    assert figures.meetings_held == 6
    assert [m.participants for m in figures.meetings] == [4, 3, 3, 4, 1, 2]
    assert [m.remote for m in figures.meetings] == [0, 0, 1, 0, 1, 0]
    assert figures.meetings[3].place == "قصر البلدية بالكاف"
    # Everyone present or remote, once: amel karim salma hichem mouna nour yassine rim ali anon.
    # Fares was absent from the only public meeting he was invited to; Karim was excused
    # from the online one but came to the first.
    assert figures.participants == 10
    assert figures.attendances == 4 + 3 + 3 + 4 + 1 + 2
    # The eight stakeholder groups of the El Kef seed.
    assert figures.groups == 8
    assert figures.by_group == {
        G.AUTHORITY: 1,
        G.ADMINISTRATION: 1,
        G.CIVIL_SOCIETY: 2,
        G.CITIZEN: 1,
        G.EXPERT: 1,
        G.ACADEMIC: 1,
        G.PRIVATE_SECTOR: 1,
        G.MEDIA: 1,
        None: 1,
    }
    assert figures.by_gender == {F: 5, M: 4, None: 1}
    assert figures.by_age_band == {
        "18-24": 2,
        "25-34": 3,
        "35-44": 2,
        "45-54": 1,
        "55-64": 1,
        None: 1,
    }
    assert figures.with_disability == 1
    # TWIZA, Joussour, the commune, the regional council, the university, NDI, Radio Kef, UTICA.
    assert figures.organisations == 8


def test_the_count_can_stop_at_the_submission_date(store: Store) -> None:
    process_id = _record(store)
    with store.session() as session:
        process = session.get(Process, process_id)
        assert process is not None
        october = cocreation.figures(
            session, process, since=dt.date(2024, 10, 1), until=dt.date(2024, 10, 31)
        )
    assert october.meetings_held == 3
    # salma (twice: in the room, then remotely) amel mouna nour yassine rim ali anon.
    assert october.participants == 8
    assert october.attendances == 10
    assert october.by_group[G.CIVIL_SOCIETY] == 2
    assert G.AUTHORITY not in october.by_group
