"""The seed demo: the Kairouan and M'saken awareness sessions (2016) and El Kef's OGP local
action plan (2024–2027), built from the two texts in ``tests/data/seeds/``.

The demo is data. The tables below are meant to be read side by side with the seeds; the
functions at the end only turn them into rows. Text is in English, the language of the
seeds, with Arabic titles and translations as a facilitator in Tunisia would write them.
Every printed text also has an Arabic and a French version: translations made for the demo,
in ``core/demo_translations.py``. What the sample people say is written in French or in
Arabic, as a Tunisian secretary would take it down (also written for the demo).

What comes from the seeds
- Kairouan/M'saken: the two awareness sessions between 22 and 26 March 2016, organised by
  the KTC of Sfax linked to MedCities with the municipalities; presentations of the Sousse
  and Sfax City Strategies and of the Grand Sfax Strategy assessment; debates with local and
  regional authorities and citizens; Kairouan's four recommendations (wording and order); in
  M'saken, the commitment of local and central decision-makers to technical assistance, the
  initiative of the association M'Saken 2050 and the opportunity of coordinating with
  MedCities.
- El Kef: the plan's dates (submitted 25 December 2024, end June 2027, commitments for
  2025–2027); the three lead institutions; the 5+5 steering committee; the extended advisory
  committee seats (East Kef, West Kef, president of the regional council); the independent
  monitoring body (an association, unnamed); Joussour, Cika, CD2 Kef Center, the regional
  president for people with disabilities, NDI; the themes of the six commitments; 8 groups
  and 6 public meetings in co-creation, and their kinds of places; the consultation channels
  (descriptive form, online, in person); a project manager presenting a matrix per
  commitment at quarterly meetings whose minutes record remarks and decisions; publication on
  the website, social media and the giant screen of the municipal palace square.

What is invented (sample data, never to be quoted as fact)
- Every person: names say "Sample" or "(sample)", and ``Participant.sample`` is set.
- The letterhead (Tunisian Republic, Ministry of the Interior, municipality), which meetings
  are approved and on which day.
- The exact days of the 2016 sessions (their venues are left blank: the seed gives none),
  all times, the themes, addressees and priorities of recommendations, and what each sample
  person said.
- The wording of the six commitment titles (summarised from the seed's description), their
  problems, objectives, lead institutions, milestones and dates.
- The split of the five administration/council seats, TWIZA holding the fifth civil
  society seat, the dates and topics of the six co-creation meetings, which of the 8
  stakeholder groups attended which, the proposals, and everything said, decided and
  measured at the two quarterly reviews.

Every row has an id derived from a fixed namespace and a stable key, so a second load finds
each row and adds nothing. Keys of meeting items and milestones are their positions in these
tables: append to a table, never insert in the middle, or a later load would duplicate rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.orm import Session

from ogpdesk.core.changes import EVERYTHING, Changes
from ogpdesk.core.demo_translations import ARABIC, FRENCH
from ogpdesk.core.meetings import create_meeting, create_process
from ogpdesk.core.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaItemKind,
    Attendance,
    AttendanceStatus,
    Base,
    Commitment,
    Committee,
    CommitteeMember,
    Decision,
    Gender,
    Institution,
    InstitutionKind,
    Intervention,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Milestone,
    Participant,
    Priority,
    Process,
    ProcessKind,
    ProcessRole,
    ProgressReview,
    ProgressStatus,
    Proposal,
    ProposalAuthorKind,
    ProposalChannel,
    ProposalTriage,
    Recommendation,
    RecommendationStatus,
    Seat,
    StakeholderGroup,
)
from ogpdesk.i18n import QT_TRANSLATE_NOOP, translate

NAMESPACE = uuid.UUID("73d2cc7e-3a83-4f77-9427-2acc5e50de4d")

LOADED = QT_TRANSLATE_NOOP(
    "Demo",
    "Seed demo loaded: {processes} processes, {meetings} meetings, {participants} sample "
    "participants, {recommendations} recommendations, {commitments} commitments, "
    "{reviews} progress reviews ({rows} new rows in all).",
)
ALREADY_LOADED = QT_TRANSLATE_NOOP(
    "Demo", "The seed demo is already loaded: nothing new was added."
)

REPUBLIC = "tunisian-republic"
INTERIOR = "ministry-interior"
KTC = "ktc-sfax"
MEDCITIES = "medcities"
KAIROUAN = "kairouan"
MSAKEN = "msaken"
MSAKEN_2050 = "msaken-2050"
EL_KEF = "el-kef"
TWIZA = "twiza"
JOUSSOUR = "joussour"
CIKA = "cika"
CD2 = "cd2"
NDI = "ndi"
MONITORING = "monitoring-body"

PARTNER = "partner"
# The role name the action-plan services look up (core/commitments.py).
MONITORING_BODY = "monitoring_body"

STRATEGY_2016 = "strategy-2016"
ACTION_PLAN_EL_KEF = "el-kef-2024-2027"

PALACE = "Municipal palace of El Kef"


# --- Table shapes ------------------------------------------------------------------------


@dataclass(frozen=True)
class InstitutionRow:
    key: str
    name: str
    name_ar: str
    kind: InstitutionKind
    city: str | None = None
    description: str | None = None
    # The institution above it on a letterhead.
    parent: str | None = None


@dataclass(frozen=True)
class PersonRow:
    key: str
    name: str
    group: StakeholderGroup
    gender: Gender
    age_band: str
    role: str
    city: str
    institution: str | None = None
    disability: bool | None = None


@dataclass(frozen=True)
class ProcessRow:
    key: str
    title: str
    title_ar: str
    kind: ProcessKind
    organiser: str
    start: dt.date
    end: dt.date
    description: str
    leads: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SeatRow:
    committee: Committee
    seat: Seat
    label: str
    institution: str | None = None


@dataclass(frozen=True)
class MilestoneRow:
    deliverable: str
    due: dt.date
    responsible: str
    verification: str


@dataclass(frozen=True)
class CommitmentRow:
    number: int
    title: str
    title_ar: str
    problem: str
    objective: str
    values: str
    leads: tuple[str, ...]
    supporting: tuple[str, ...]
    milestones: tuple[MilestoneRow, ...]
    start: dt.date = dt.date(2025, 1, 1)
    end: dt.date = dt.date(2027, 6, 30)


@dataclass(frozen=True)
class ProposalRow:
    author: str
    author_kind: ProposalAuthorKind
    channel: ProposalChannel
    received: dt.date
    topic: str
    text: str
    triage: ProposalTriage
    commitment: int | None = None
    # Index in PROPOSALS of the proposal this one was merged into.
    merged_into: int | None = None
    reason: str | None = None


@dataclass(frozen=True)
class AgendaRow:
    title: str
    kind: AgendaItemKind
    presenter: str | None = None


@dataclass(frozen=True)
class Said:
    """An intervention: ``agenda`` is the 1-based agenda number, ``who`` a PEOPLE key."""

    agenda: int
    who: str
    summary: str


@dataclass(frozen=True)
class Rec:
    agenda: int
    text: str
    translation: str
    theme: str
    addressee: str
    priority: Priority
    status: RecommendationStatus
    # Indices in the meeting's timeline of the interventions it stems from.
    sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class Dec:
    agenda: int
    text: str
    translation: str


@dataclass(frozen=True)
class Act:
    agenda: int
    task: str
    owner: str
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    # Index in the meeting's timeline of the decision it stems from.
    decision: int | None = None
    # At a quarterly review: the commitment whose progress row it follows up.
    commitment: int | None = None


TimelineRow = Said | Rec | Dec | Act


@dataclass(frozen=True)
class MeetingRow:
    key: str
    process: str
    institution: str
    title: str
    title_ar: str
    kind: MeetingKind
    date: dt.date
    start: dt.time
    end: dt.time
    city: str
    place: str | None
    chair: str
    secretary: str
    present: tuple[str, ...]
    agenda: tuple[AgendaRow, ...]
    timeline: tuple[TimelineRow, ...]
    remote: tuple[str, ...] = ()
    excused: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    languages: str = "ar,fr"
    # Quarterly reviews: the quarter whose progress rows (REVIEWS) were presented.
    quarter: str | None = None
    # Minutes approved, on this day: those whose outcome the seeds report as published.
    approved: dt.date | None = None


@dataclass(frozen=True)
class ReviewRow:
    commitment: int
    quarter: str
    status: ProgressStatus
    percent: int
    challenges: str
    next_steps: str
    evidence: str | None = None


# The tables below are laid out by hand, a row per line where it fits, so that they read as
# tables; the formatter is told to leave them alone.
# fmt: off

# --- Institutions --------------------------------------------------------------------------

INSTITUTIONS = (
    # The letterhead of Tunisian municipalities: the republic, the ministry, the municipality.
    InstitutionRow(REPUBLIC, "Tunisian Republic", "الجمهورية التونسية", InstitutionKind.STATE),
    InstitutionRow(INTERIOR, "Ministry of the Interior", "وزارة الداخلية",
                   InstitutionKind.MINISTRY, parent=REPUBLIC),
    InstitutionRow(KTC, "KTC of Sfax", "مركز KTC بصفاقس", InstitutionKind.OTHER, "Sfax",
                   "Organiser of the 2016 awareness sessions, linked to MedCities."),
    InstitutionRow(MEDCITIES, "MedCities", "شبكة ميدسيتيز", InstitutionKind.NETWORK, None,
                   "Experience in the field of sustainable strategic planning."),
    InstitutionRow(KAIROUAN, "Municipality of Kairouan", "بلدية القيروان",
                   InstitutionKind.MUNICIPALITY, "Kairouan", parent=INTERIOR),
    InstitutionRow(MSAKEN, "Municipality of M'saken", "بلدية مساكن",
                   InstitutionKind.MUNICIPALITY, "M'saken", parent=INTERIOR),
    InstitutionRow(MSAKEN_2050, "M'Saken 2050", "جمعية مساكن 2050",
                   InstitutionKind.ASSOCIATION, "M'saken",
                   "Local association coordinating the city strategy with the civil society, "
                   "regional authorities, experts, academics and citizens."),
    # The seed writes "commune du ElKef", "Associatio TWIZA" and "Assocition Joussour":
    # typing slips, corrected in the names people will print (in French, "Commune du Kef").
    InstitutionRow(EL_KEF, "Municipality of El Kef", "بلدية الكاف",
                   InstitutionKind.MUNICIPALITY, "El Kef", parent=INTERIOR),
    InstitutionRow(TWIZA, "Association TWIZA", "جمعية تويزة",
                   InstitutionKind.ASSOCIATION, "El Kef"),
    InstitutionRow(JOUSSOUR, "Association Joussour", "جمعية جسور",
                   InstitutionKind.ASSOCIATION, "El Kef", "Women and gender."),
    InstitutionRow(CIKA, "Cika Association for Kef Culture", "جمعية سيكا للثقافة بالكاف",
                   InstitutionKind.ASSOCIATION, "El Kef", "Youth and culture."),
    InstitutionRow(CD2, "CD2 Kef Center", "مركز CD2 الكاف",
                   InstitutionKind.ASSOCIATION, "El Kef",
                   "Democracy, citizenship and development."),
    InstitutionRow(NDI, "National Democratic Institute (NDI)", "المعهد الديمقراطي الوطني",
                   InstitutionKind.INTERNATIONAL),
    # The seed describes the monitoring body without naming it.
    InstitutionRow(MONITORING, "Independent monitoring body (association)",
                   "هيئة المتابعة المستقلة (جمعية)", InstitutionKind.MONITORING_BODY, "El Kef",
                   "An active civil-society association, known for its support to public "
                   "institutions and citizens during the COVID-19 pandemic, cleaning campaigns "
                   "and volunteer work."),
)

# --- Sample people (all invented) --------------------------------------------------------

F, M = Gender.FEMALE, Gender.MALE
G = StakeholderGroup

PEOPLE = (
    # The 2016 sessions.
    PersonRow("ktc-moderator", "Sample — Moderator KTC Sfax", G.EXPERT, F, "45-59",
              "Moderator", "Sfax", KTC),
    PersonRow("ktc-rapporteur", "Sample — Rapporteur KTC Sfax", G.EXPERT, M, "30-44",
              "Rapporteur", "Sfax", KTC),
    PersonRow("ktc-expert", "Sample — Expert KTC Sfax", G.EXPERT, M, "45-59",
              "City strategy expert", "Sfax", KTC),
    PersonRow("sousse-expert", "Sample — Expert, Sousse City Strategy", G.EXPERT, F, "30-44",
              "City strategy expert", "Sousse"),
    PersonRow("kairouan-councillor", "Hédi Ben Ammar (sample)", G.AUTHORITY, M, "45-59",
              "Municipal councillor", "Kairouan", KAIROUAN),
    PersonRow("kairouan-region", "Sample — Regional administration, Kairouan",
              G.ADMINISTRATION, M, "45-59", "Regional administration", "Kairouan"),
    PersonRow("kairouan-civil", "Sample — Civil society, Kairouan", G.CIVIL_SOCIETY, F,
              "18-29", "Association member", "Kairouan"),
    PersonRow("kairouan-citizen", "سلوى الحمامي (sample)", G.CITIZEN, F, "30-44",
              "Citizen", "Kairouan"),
    PersonRow("msaken-local", "Sample — Local decision-maker, M'saken", G.AUTHORITY, M,
              "45-59", "Municipal decision-maker", "M'saken", MSAKEN),
    PersonRow("msaken-central", "Sample — Central government representative", G.AUTHORITY,
              M, "45-59", "Representative of a ministry", "Tunis"),
    PersonRow("msaken-2050", "Sample — President of M'Saken 2050", G.CIVIL_SOCIETY, F,
              "30-44", "President", "M'saken", MSAKEN_2050),
    PersonRow("msaken-academic", "Nizar Gharbi (sample)", G.ACADEMIC, M, "45-59",
              "University lecturer", "M'saken"),
    PersonRow("msaken-citizen", "منية بن عمر (sample)", G.CITIZEN, F, "30-44",
              "Citizen", "M'saken"),
    # El Kef.
    PersonRow("kef-manager", "Sample — Project manager, steering committee", G.CIVIL_SOCIETY,
              F, "30-44", "Project manager of the action plan", "El Kef", TWIZA),
    PersonRow("kef-focal", "Sample — OGP focal point, Commune du Kef", G.ADMINISTRATION,
              M, "45-59", "OGP focal point", "El Kef", EL_KEF),
    PersonRow("kef-finance", "Sample — Finance department, Commune du Kef",
              G.ADMINISTRATION, F, "30-44", "Head of the finance department", "El Kef",
              EL_KEF),
    PersonRow("kef-councillor", "Sample — Municipal councillor, El Kef", G.AUTHORITY, F,
              "45-59", "Municipal councillor", "El Kef", EL_KEF),
    PersonRow("kef-east", "Sample — Member, local council of East Kef", G.AUTHORITY, M,
              "60+", "Local council member", "El Kef"),
    PersonRow("kef-west", "Sample — Member, local council of West Kef", G.AUTHORITY, F,
              "30-44", "Local council member", "El Kef"),
    PersonRow("kef-twiza", "Sample — Member, Association TWIZA", G.CIVIL_SOCIETY, M,
              "30-44", "Association member", "El Kef", TWIZA),
    PersonRow("kef-joussour", "Amira Ben Youssef (sample)", G.CIVIL_SOCIETY, F, "30-44",
              "Association member", "El Kef", JOUSSOUR),
    PersonRow("kef-cika", "Sample — Member, Cika Association for Kef Culture",
              G.CIVIL_SOCIETY, M, "18-29", "Association member", "El Kef", CIKA),
    PersonRow("kef-cd2", "Sample — Member, CD2 Kef Center", G.CIVIL_SOCIETY, F, "18-29",
              "Association member", "El Kef", CD2),
    PersonRow("kef-disability", "Sample — Representative of people with disabilities",
              G.CIVIL_SOCIETY, M, "45-59", "Regional representative", "El Kef",
              disability=True),
    PersonRow("kef-monitor", "Sample — Member, independent monitoring body", G.CIVIL_SOCIETY,
              M, "30-44", "Monitoring officer", "El Kef", MONITORING),
    PersonRow("kef-citizen-1", "هيفاء الكافي (sample)", G.CITIZEN, F, "45-59",
              "Citizen", "El Kef"),
    PersonRow("kef-citizen-2", "Karim Jendoubi (sample)", G.CITIZEN, M, "18-29",
              "Citizen", "El Kef"),
    PersonRow("kef-professor", "Sample — Professor (workshop with NDI)", G.ACADEMIC, F,
              "45-59", "Professor", "El Kef"),
    PersonRow("kef-student", "Sample — Student (workshop with NDI)", G.ACADEMIC, M,
              "18-29", "Student", "El Kef"),
    PersonRow("kef-ndi", "Sample — NDI programme officer", G.EXPERT, F, "30-44",
              "Programme officer", "El Kef", NDI),
    PersonRow("kef-business", "Sample — Local entrepreneur, El Kef", G.PRIVATE_SECTOR, M,
              "30-44", "Entrepreneur", "El Kef"),
    PersonRow("kef-journalist", "Sample — Journalist, local radio", G.MEDIA, F, "18-29",
              "Journalist", "El Kef"),
)

# --- Processes -----------------------------------------------------------------------------

PROCESSES = (
    ProcessRow(
        STRATEGY_2016,
        "City strategic planning awareness",
        "التحسيس بالتخطيط الاستراتيجي للمدن",
        ProcessKind.STRATEGIC_PLANNING,
        "KTC Sfax (MedCities)",
        dt.date(2016, 3, 22),
        dt.date(2016, 3, 26),
        "Two awareness sessions, in Kairouan and M'saken, on the importance of strategic "
        "planning for Tunisian towns as the country is about to launch decentralisation: "
        "the experiences of Sousse and Sfax in developing their City Strategy, and the "
        "assessment and updating perspectives of the Grand Sfax Strategy.",
        leads=(KTC,),
        roles=((MEDCITIES, PARTNER), (KAIROUAN, PARTNER), (MSAKEN, PARTNER),
               (MSAKEN_2050, PARTNER)),
    ),
    ProcessRow(
        ACTION_PLAN_EL_KEF,
        "OGP Local action plan El Kef 2024–2027",
        "خطة العمل المحلية للحكومة المفتوحة بالكاف 2024–2027",
        ProcessKind.ACTION_PLAN,
        "Commune du Kef",
        # Submitted on 25 December 2024; its commitments run 2025–2027, to June 2027.
        dt.date(2025, 1, 1),
        dt.date(2027, 6, 30),
        "Second Open Government Partnership action plan of the municipality of El Kef, "
        "submitted on 25 December 2024: six commitments on participatory democracy and local "
        "governance, accountability and integrity, financial and fiscal transparency, "
        "governance of natural resource management, combating corruption, and data, guidance "
        "and digital transport tools for people with disabilities.",
        leads=(EL_KEF, TWIZA, JOUSSOUR),
        roles=((MONITORING, MONITORING_BODY), (NDI, PARTNER)),
    ),
)

# El Kef's committees. The seed gives the 5+5 composition and names four civil society
# members; TWIZA, a lead institution, is assumed to hold the fifth seat, and the 3/2 split
# between administration and council is invented. Holders are not named.
STEERING, ADVISORY = Committee.STEERING, Committee.ADVISORY

SEATS = (
    SeatRow(STEERING, Seat.ADMINISTRATION, "Municipal administration (seat 1)", EL_KEF),
    SeatRow(STEERING, Seat.ADMINISTRATION, "Municipal administration (seat 2)", EL_KEF),
    SeatRow(STEERING, Seat.ADMINISTRATION, "Municipal administration (seat 3)", EL_KEF),
    SeatRow(STEERING, Seat.COUNCIL, "Municipal council of El Kef (seat 4)", EL_KEF),
    SeatRow(STEERING, Seat.COUNCIL, "Municipal council of El Kef (seat 5)", EL_KEF),
    SeatRow(STEERING, Seat.CIVIL_SOCIETY, "Association TWIZA", TWIZA),
    SeatRow(STEERING, Seat.CIVIL_SOCIETY, "Joussour Association (women and gender)", JOUSSOUR),
    SeatRow(STEERING, Seat.CIVIL_SOCIETY, "Regional president for people with disabilities"),
    SeatRow(STEERING, Seat.CIVIL_SOCIETY, "Cika Association for Kef Culture (youth and culture)",
            CIKA),
    SeatRow(STEERING, Seat.CIVIL_SOCIETY,
            "CD2 Kef Center (democracy, citizenship and development)", CD2),
    SeatRow(ADVISORY, Seat.ELECTED, "Member from the local council of East Kef"),
    SeatRow(ADVISORY, Seat.ELECTED, "Member from the local council of West Kef"),
    SeatRow(ADVISORY, Seat.ELECTED, "President of the regional council"),
)

# --- El Kef's six commitments ------------------------------------------------------------
# Titles summarise the seed's description of the six commitments; everything else about them
# (problem, objective, leads, milestones, dates) is sample content.

COMMITMENTS = (
    CommitmentRow(
        1,
        "Strengthening participatory democracy and local governance mechanisms",
        "تعزيز آليات الديمقراطية التشاركية ومبادئ الحوكمة المحلية",
        "Citizens take part in local affairs mostly through the associations of the steering "
        "committee; the elected local councils are not yet represented.",
        "Open the follow-up of the plan to the local councils of East and West Kef, the "
        "regional council and more associations, and hold regular public meetings.",
        "participation,accountability",
        leads=(EL_KEF, TWIZA),
        supporting=(CD2,),
        milestones=(
            MilestoneRow("Extended advisory steering committee formed and first meeting held",
                         dt.date(2025, 9, 30), "Commune du Kef",
                         "Municipal order and minutes of the first meeting"),
            MilestoneRow("Quarterly public meetings on the action plan, minutes published",
                         dt.date(2025, 12, 31), "Association TWIZA",
                         "Minutes on the municipality's website"),
            MilestoneRow("Participatory budgeting pilot in one municipal district",
                         dt.date(2026, 12, 31), "Commune du Kef",
                         "Council deliberation adopting the pilot"),
        ),
    ),
    CommitmentRow(
        2,
        "Accountability and integrity: transparency in municipal transactions",
        "المساءلة والنزاهة: الشفافية في المعاملات البلدية",
        "Citizens cannot follow their administrative requests or see the municipality's "
        "contracts.",
        "Let every citizen follow a request online, and publish municipal contracts.",
        "transparency,accountability,technology",
        leads=(EL_KEF,),
        supporting=(TWIZA,),
        milestones=(
            MilestoneRow("Open-source tool to follow administrative requests online",
                         dt.date(2026, 3, 31), "Commune du Kef (IT unit)",
                         "Public address of the tool"),
            MilestoneRow("Municipal contracts and procurement published as open data",
                         dt.date(2026, 9, 30), "Commune du Kef",
                         "Open data page of the municipality"),
        ),
    ),
    CommitmentRow(
        3,
        "Financial and fiscal transparency",
        "الشفافية المالية والجبائية",
        "The municipal budget and local taxes are hard for citizens to read.",
        "Publish a citizen budget and the budget execution every quarter, and explain local "
        "taxes.",
        "transparency,participation",
        leads=(EL_KEF, JOUSSOUR),
        supporting=(TWIZA,),
        milestones=(
            MilestoneRow("Citizen budget 2025 published in Arabic and French",
                         dt.date(2025, 9, 30), "Commune du Kef (finance department)",
                         "Citizen budget on the website"),
            MilestoneRow("Quarterly publication of budget execution",
                         dt.date(2026, 3, 31), "Commune du Kef (finance department)",
                         "Quarterly tables on the website"),
            MilestoneRow("Information campaign on local taxes",
                         dt.date(2026, 12, 31), "Association Joussour",
                         "Campaign report and photos"),
        ),
    ),
    CommitmentRow(
        4,
        "Governance of natural resource management",
        "حوكمة التصرف في الموارد الطبيعية",
        "There is no public information on how the municipality manages water, green spaces "
        "and other natural resources.",
        "Publish an inventory of municipal natural resources and agree a management charter "
        "with citizens.",
        "transparency,participation",
        leads=(EL_KEF,),
        supporting=(CIKA, TWIZA),
        milestones=(
            MilestoneRow("Inventory of water points and green spaces published as open data",
                         dt.date(2026, 3, 31), "Commune du Kef (technical services)",
                         "Open data page of the municipality"),
            MilestoneRow("Public consultation on a natural resources management charter",
                         dt.date(2026, 9, 30), "Cika Association for Kef Culture",
                         "Consultation report"),
        ),
    ),
    CommitmentRow(
        5,
        "Combating corruption",
        "مكافحة الفساد",
        "Citizens do not know where to report suspected corruption or what happens next.",
        "Open a complaints and reporting channel with published follow-up, and train municipal "
        "staff in integrity.",
        "transparency,accountability",
        leads=(EL_KEF, TWIZA),
        supporting=(JOUSSOUR,),
        milestones=(
            MilestoneRow("Complaints and reporting channel with published follow-up figures",
                         dt.date(2025, 12, 31), "Commune du Kef",
                         "Quarterly figures on the website"),
            MilestoneRow("Integrity training for municipal staff",
                         dt.date(2026, 6, 30), "Association TWIZA",
                         "Attendance lists of the training"),
        ),
    ),
    CommitmentRow(
        6,
        "Data, guidance and digital transport tools for people with disabilities",
        "بيانات وإرشاد وأدوات رقمية للتنقل لفائدة الأشخاص ذوي الإعاقة",
        "People with disabilities lack data on accessible services and transport; the gaps in "
        "services are not documented.",
        "Give people with disabilities data and guidance, and a digital tool that combines "
        "transport information and shows the gaps in services.",
        "participation,technology",
        leads=(EL_KEF, JOUSSOUR),
        supporting=(CD2,),
        milestones=(
            MilestoneRow("Survey of the accessibility of public buildings and bus stops",
                         dt.date(2025, 12, 31), "Regional president for people with disabilities",
                         "Survey report"),
            MilestoneRow("Open-source digital map of accessible transport and services",
                         dt.date(2026, 9, 30), "Commune du Kef (IT unit)",
                         "Public address of the map"),
            MilestoneRow("Public report on service gaps for people with disabilities",
                         dt.date(2027, 3, 31), "Association Joussour",
                         "Published report"),
        ),
    ),
)

# --- Consultation proposals (sample) -------------------------------------------------------

CITIZEN, ASSOCIATION, INSTITUTION = (
    ProposalAuthorKind.CITIZEN, ProposalAuthorKind.ASSOCIATION, ProposalAuthorKind.INSTITUTION,
)
FORM, ONLINE, IN_PERSON = ProposalChannel.FORM, ProposalChannel.ONLINE, ProposalChannel.IN_PERSON

PROPOSALS = (
    ProposalRow("Hédia Mansouri (sample)", CITIZEN, FORM, dt.date(2024, 10, 21),
                "Participation",
                "Hold open council sessions in each district, with questions from citizens.",
                ProposalTriage.ACCEPTED, commitment=1),
    ProposalRow("Sample — association (online consultation)", ASSOCIATION, ONLINE,
                dt.date(2024, 11, 4), "Budget transparency",
                "Publish a citizen budget every year, with a simple explanation of local taxes.",
                ProposalTriage.ACCEPTED, commitment=3),
    ProposalRow("رضا السعيدي (sample)", CITIZEN, IN_PERSON, dt.date(2024, 11, 12),
                "Accessibility",
                "خريطة للمحطات والمباني العمومية المهيأة للأشخاص ذوي الإعاقة.",
                ProposalTriage.ACCEPTED, commitment=6),
    ProposalRow("Sample — citizen (online consultation)", CITIZEN, ONLINE,
                dt.date(2024, 11, 20), "Transport",
                "An application showing bus timetables and which buses are accessible.",
                ProposalTriage.MERGED, merged_into=2,
                reason="Same need as the accessibility map proposal; merged with it."),
    ProposalRow("Sample — municipal service (proposal form)", INSTITUTION, FORM,
                dt.date(2024, 11, 25), "Infrastructure",
                "Build a new covered market in the town centre.",
                ProposalTriage.REJECTED,
                reason="An investment project, outside the scope of an open government action "
                "plan; forwarded to the municipal investment programme."),
    ProposalRow("Sample — citizen (online consultation)", CITIZEN, ONLINE,
                dt.date(2024, 12, 2), "Natural resources",
                "Publish the water consumption of municipal buildings and gardens.",
                ProposalTriage.ACCEPTED, commitment=4),
    ProposalRow("Sample — citizen (website)", CITIZEN, ONLINE, dt.date(2025, 2, 10),
                "Participation",
                "Broadcast the municipal council sessions live on social media.",
                ProposalTriage.PENDING),
)

# --- Meetings --------------------------------------------------------------------------------

PRESENTATION = AgendaItemKind.PRESENTATION
DEBATE = AgendaItemKind.DEBATE
DECISION_POINT = AgendaItemKind.DECISION_POINT
ADOPTED = RecommendationStatus.ADOPTED
PROPOSED = RecommendationStatus.PROPOSED
DONE = ActionStatus.DONE
IN_PROGRESS = ActionStatus.IN_PROGRESS

# Kairouan's four recommendations: the seed's wording and order, with the first letter
# capitalised and the list's trailing semicolons dropped.
KAIROUAN_RECOMMENDATIONS = (
    "The need to disseminate this experience for small municipalities in the region",
    "To adopt a participative approach between the municipality, the administrations and the "
    "civil society",
    "Accelerate the introduction of the law of partnership between the public and private "
    "sectors (3P) in order to promote the development of the city",
    "To accelerate the identification of sector working groups and engage in the "
    "implementation of a strategic development plan for the city of Kairouan",
)

SESSIONS_2016 = (
    # The seed: "From last 22 to 26 March 2016, there were two awareness sessions at the cities
    # of Kairouan and M'saken respectively". The exact days are not given: 22 March for
    # Kairouan and 26 March for M'saken are a choice.
    MeetingRow(
        "kairouan-2016", STRATEGY_2016, KAIROUAN,
        "Awareness session on city strategic planning — Kairouan",
        "يوم تحسيسي حول التخطيط الاستراتيجي للمدن — القيروان",
        MeetingKind.AWARENESS_SESSION, dt.date(2016, 3, 22), dt.time(9, 30), dt.time(13, 0),
        "Kairouan", None,
        chair="ktc-moderator",
        secretary="ktc-rapporteur",
        # The seed reports the recommendations that "arose from these sessions".
        approved=dt.date(2016, 3, 29),
        present=("ktc-moderator", "ktc-rapporteur", "ktc-expert", "sousse-expert",
                 "kairouan-councillor", "kairouan-region", "kairouan-civil", "kairouan-citizen"),
        agenda=(
            AgendaRow("The experiences of Sousse and Sfax in developing their City Strategy",
                      PRESENTATION, "sousse-expert"),
            AgendaRow("Assessment and updating perspectives of the Grand Sfax Strategy",
                      PRESENTATION, "ktc-expert"),
            AgendaRow("Debate with local and regional authorities and citizens", DEBATE),
            AgendaRow("Recommendations", DECISION_POINT),
        ),
        timeline=(
            Said(1, "sousse-expert",
                 "A présenté la démarche de Sousse pour élaborer sa stratégie de ville, ses "
                 "résultats et ses retombées pour la ville."),
            Said(1, "ktc-expert",
                 "A présenté la stratégie de ville de Sfax : la méthode, les acteurs associés "
                 "et ses résultats."),
            Said(2, "ktc-expert",
                 "A présenté l'évaluation de la stratégie du Grand Sfax et les perspectives de"
                 " son actualisation, débattues lors du séminaire du 12 mars."),
            Said(3, "kairouan-councillor",
                 "A demandé comment les petites communes de la région, aux effectifs réduits, "
                 "pourraient appliquer cette méthode."),
            Said(3, "kairouan-civil",
                 "A insisté pour que la stratégie soit préparée dès le départ avec les "
                 "administrations et la société civile, et non seulement présentée à "
                 "celles-ci."),
            Said(3, "kairouan-region",
                 "A relevé que le financement des projets d'une stratégie de ville suppose la "
                 "loi sur le partenariat public-privé (3P)."),
            Said(3, "kairouan-citizen", "طالبت بتحديد مجموعات العمل القطاعية والانطلاق في "
                 "إعداد مخطط استراتيجي لتنمية مدينة القيروان."),
            Rec(4, KAIROUAN_RECOMMENDATIONS[0],
                "ضرورة تعميم هذه التجربة على البلديات الصغرى في الجهة",
                "Dissemination", "KTC of Sfax", Priority.MEDIUM, ADOPTED, sources=(3,)),
            Rec(4, KAIROUAN_RECOMMENDATIONS[1],
                "اعتماد مقاربة تشاركية بين البلدية والإدارات والمجتمع المدني",
                "Participation", "Municipality of Kairouan", Priority.HIGH, ADOPTED,
                sources=(4,)),
            Rec(4, KAIROUAN_RECOMMENDATIONS[2],
                "التسريع في إرساء قانون الشراكة بين القطاعين العام والخاص (3P) من أجل النهوض "
                "بتنمية المدينة",
                "Public-private partnership", "Central government", Priority.MEDIUM, ADOPTED,
                sources=(5,)),
            Rec(4, KAIROUAN_RECOMMENDATIONS[3],
                "التسريع في تحديد مجموعات العمل القطاعية والانخراط في إنجاز مخطط استراتيجي "
                "لتنمية مدينة القيروان",
                "Strategic planning", "Municipality of Kairouan", Priority.HIGH, ADOPTED,
                sources=(6,)),
        ),
    ),
    MeetingRow(
        "msaken-2016", STRATEGY_2016, MSAKEN,
        "Awareness session on city strategic planning — M'saken",
        "يوم تحسيسي حول التخطيط الاستراتيجي للمدن — مساكن",
        MeetingKind.AWARENESS_SESSION, dt.date(2016, 3, 26), dt.time(9, 30), dt.time(13, 0),
        "M'saken", None,
        chair="ktc-moderator",
        secretary="ktc-rapporteur",
        # The seed reports the commitments of the decision-makers made there.
        approved=dt.date(2016, 4, 1),
        present=("ktc-moderator", "ktc-rapporteur", "ktc-expert", "msaken-local",
                 "msaken-central", "msaken-2050", "msaken-academic", "msaken-citizen"),
        agenda=(
            AgendaRow("The experiences of Sousse and Sfax in developing their City Strategy",
                      PRESENTATION, "ktc-expert"),
            AgendaRow("Debate with local and central decision-makers, civil society and "
                      "citizens", DEBATE),
            AgendaRow("Commitments and next steps", DECISION_POINT),
        ),
        timeline=(
            Said(1, "ktc-expert",
                 "A présenté les stratégies de ville de Sousse et de Sfax ainsi que "
                 "l'évaluation de la stratégie du Grand Sfax."),
            Said(2, "msaken-local",
                 "A exprimé l'engagement des décideurs locaux à aider la ville à réaliser "
                 "cette stratégie en lui apportant une assistance technique."),
            Said(2, "msaken-central",
                 "A exprimé l'engagement des décideurs centraux à apporter une assistance "
                 "technique à la ville."),
            Said(2, "msaken-2050",
                 "A présenté l'initiative de l'association M'Saken 2050 : coordonner cette "
                 "opération avec la société civile, les autorités régionales, les experts, les"
                 " universitaires et les citoyens, pour construire une démarche collective "
                 "durable, fixer des priorités, partager une vision de la ville et favoriser "
                 "la croissance économique dans le respect de son environnement."),
            Said(2, "msaken-academic",
                 "A proposé la contribution des universitaires au diagnostic de la ville."),
            Said(2, "msaken-citizen", "تساءلت عن كيفية مشاركة المواطنين في ضبط أولويات "
                 "المدينة."),
            Said(2, "ktc-expert",
                 "A évoqué les possibilités d'une meilleure coordination avec MedCities, "
                 "compte tenu de son expérience en planification stratégique durable."),
            Dec(3, "Local and central decision-makers commit to help the city of M'saken "
                "achieve this strategy by providing technical assistance.",
                "يلتزم أصحاب القرار المحليون والمركزيون بمساعدة مدينة مساكن على إنجاز هذه "
                "الاستراتيجية بتوفير المساعدة الفنية."),
            Act(3, "Provide technical assistance to the city strategy of M'saken (local level)",
                "msaken-local", decision=7),
            Act(3, "Provide technical assistance to the city strategy of M'saken (central "
                "level)", "msaken-central", decision=7),
            Rec(3, "Support the initiative of the association M'Saken 2050 to coordinate the "
                "city strategy with the civil society, regional authorities, experts, academics "
                "and citizens.",
                "دعم مبادرة جمعية مساكن 2050 للتنسيق في إعداد استراتيجية المدينة مع المجتمع "
                "المدني والسلط الجهوية والخبراء والجامعيين والمواطنين.",
                "Participation", "Municipality of M'saken", Priority.HIGH, PROPOSED,
                sources=(3,)),
            Rec(3, "Seek a better coordination with MedCities, given its experience in the "
                "field of sustainable strategic planning.",
                "السعي إلى تنسيق أفضل مع شبكة ميدسيتيز بالنظر إلى خبرتها في مجال التخطيط "
                "الاستراتيجي المستدام.",
                "Coordination", "KTC of Sfax", Priority.MEDIUM, PROPOSED, sources=(6,)),
        ),
    ),
)

# The seed: 6 public meetings with 8 groups, at association headquarters, the municipal
# palace of El Kef, NDI regional offices, or remotely. Dates, topics and attendance are
# sample data; the 8 groups are represented by the program's 8 stakeholder groups.
CO_CREATION = (
    MeetingRow(
        "el-kef-cocreation-1", ACTION_PLAN_EL_KEF, EL_KEF,
        "Launch of the co-creation of the second action plan",
        "إطلاق الإعداد التشاركي لخطة العمل الثانية",
        MeetingKind.PUBLIC_HEARING, dt.date(2024, 10, 5), dt.time(10, 0), dt.time(12, 30),
        "El Kef", PALACE,
        chair="kef-focal",
        secretary="kef-twiza",
        present=("kef-focal", "kef-councillor", "kef-manager", "kef-twiza", "kef-joussour",
                 "kef-cika", "kef-citizen-1", "kef-citizen-2", "kef-journalist",
                 "kef-business"),
        agenda=(
            AgendaRow("The Open Government Partnership and the first action plan of El Kef",
                      PRESENTATION, "kef-focal"),
            AgendaRow("Priorities of citizens for the second plan", DEBATE),
            AgendaRow("Calendar of the consultation", DECISION_POINT),
        ),
        timeline=(
            Said(1, "kef-focal",
                 "A présenté le Partenariat pour un gouvernement ouvert et les résultats du "
                 "premier plan d'action du Kef."),
            Said(2, "kef-citizen-1", "طالبت بنشر ميزانية البلدية بلغة يفهمها المواطن."),
            Said(2, "kef-business",
                 "A demandé des services en ligne pour éviter les files d'attente à la "
                 "commune."),
            Said(2, "kef-journalist",
                 "A demandé que l'avancement soit publié sur les réseaux sociaux."),
            Dec(3, "Open the consultation online, by the descriptive proposal form at the "
                "Municipality and the new Municipal District of Kef, and through the "
                "associations of the steering committee.",
                "فتح الاستشارة عن بعد وعبر الاستمارة الوصفية بمقر البلدية والدائرة البلدية "
                "الجديدة بالكاف وعن طريق جمعيات لجنة القيادة."),
            Act(3, "Publish the descriptive proposal form on the website and social media pages",
                "kef-focal", dt.date(2024, 10, 12), DONE, decision=4),
        ),
    ),
    MeetingRow(
        "el-kef-cocreation-2", ACTION_PLAN_EL_KEF, EL_KEF,
        "Co-creation workshop with associations",
        "ورشة إعداد تشاركي مع الجمعيات",
        MeetingKind.CO_CREATION, dt.date(2024, 10, 19), dt.time(10, 0), dt.time(12, 30),
        "El Kef", "Headquarters of Association TWIZA",
        chair="kef-manager",
        secretary="kef-twiza",
        present=("kef-manager", "kef-twiza", "kef-joussour", "kef-cika", "kef-cd2",
                 "kef-disability", "kef-monitor"),
        excused=("kef-focal",),
        agenda=(
            AgendaRow("Proposals of the associations", DEBATE),
            AgendaRow("Themes to retain", DECISION_POINT),
        ),
        timeline=(
            Said(1, "kef-disability",
                 "A demandé des données et une orientation pour les personnes en situation de "
                 "handicap, ainsi qu'un outil indiquant les transports accessibles."),
            Said(1, "kef-cd2",
                 "A proposé des mécanismes de démocratie participative ouverts aux jeunes."),
            Said(1, "kef-joussour", "اقترحت ميزانية مبسطة للمواطن وحملة تحسيسية حول الجباية "
                 "المحلية."),
            Rec(2, "Include a commitment on data, guidance and digital transport tools for "
                "people with disabilities.",
                "إدراج التزام حول البيانات والإرشاد والأدوات الرقمية للتنقل لفائدة الأشخاص ذوي "
                "الإعاقة.",
                "Inclusion", "Steering committee", Priority.HIGH, ADOPTED, sources=(0,)),
            Rec(2, "Include a commitment on financial and fiscal transparency.",
                "إدراج التزام حول الشفافية المالية والجبائية.",
                "Transparency", "Steering committee", Priority.HIGH, ADOPTED, sources=(2,)),
        ),
    ),
    MeetingRow(
        "el-kef-cocreation-3", ACTION_PLAN_EL_KEF, EL_KEF,
        "Co-creation meeting on integrity and accountability",
        "لقاء تشاركي حول النزاهة والمساءلة",
        MeetingKind.CO_CREATION, dt.date(2024, 11, 2), dt.time(10, 0), dt.time(12, 0),
        "El Kef", "Headquarters of Association Joussour",
        chair="kef-manager",
        secretary="kef-joussour",
        present=("kef-manager", "kef-joussour", "kef-cd2", "kef-councillor", "kef-citizen-1",
                 "kef-monitor"),
        agenda=(AgendaRow("Transparency in transactions and combating corruption", DEBATE),),
        timeline=(
            Said(1, "kef-councillor",
                 "A proposé que les citoyens puissent suivre leurs demandes en ligne."),
            Said(1, "kef-monitor",
                 "A demandé un canal de signalement de la corruption, avec un suivi publié."),
            Said(1, "kef-citizen-1", "تساءلت عن نشر الصفقات البلدية."),
        ),
    ),
    MeetingRow(
        "el-kef-cocreation-4", ACTION_PLAN_EL_KEF, EL_KEF,
        "Workshop with academics and students (with NDI)",
        "ورشة مع الجامعيين والطلبة (بالتعاون مع NDI)",
        MeetingKind.CO_CREATION, dt.date(2024, 11, 16), dt.time(14, 0), dt.time(17, 0),
        "El Kef", "NDI regional office",
        chair="kef-ndi",
        secretary="kef-manager",
        present=("kef-ndi", "kef-manager", "kef-professor", "kef-student", "kef-cika",
                 "kef-citizen-2"),
        agenda=(
            AgendaRow("Open government at the local level", PRESENTATION, "kef-ndi"),
            AgendaRow("Proposals of the students", DEBATE),
        ),
        timeline=(
            Said(1, "kef-ndi",
                 "A présenté des exemples d'engagements locaux de gouvernement ouvert."),
            Said(2, "kef-student",
                 "A proposé des données ouvertes sur les points d'eau et les espaces verts."),
            Said(2, "kef-professor",
                 "A proposé l'aide des étudiants pour recenser l'accessibilité en ville."),
        ),
    ),
    MeetingRow(
        "el-kef-cocreation-5", ACTION_PLAN_EL_KEF, EL_KEF,
        "Online consultation meeting",
        "لقاء استشاري عن بعد",
        MeetingKind.CO_CREATION, dt.date(2024, 11, 30), dt.time(18, 0), dt.time(19, 30),
        "El Kef", "Online (video conference and social media)",
        chair="kef-focal",
        secretary="kef-manager",
        present=("kef-focal", "kef-manager"),
        remote=("kef-citizen-1", "kef-citizen-2", "kef-business", "kef-journalist", "kef-east",
                "kef-west"),
        languages="ar",
        agenda=(AgendaRow("Questions and proposals of citizens", DEBATE),),
        timeline=(
            Said(1, "kef-east",
                 "A demandé que le Kef Est soit représenté dans le suivi du plan."),
            Said(1, "kef-west", "طالبت بتمثيل الكاف الغربية في لجنة المتابعة."),
            Said(1, "kef-citizen-2",
                 "A demandé la mise en ligne des horaires de bus."),
        ),
    ),
    MeetingRow(
        "el-kef-cocreation-6", ACTION_PLAN_EL_KEF, EL_KEF,
        "Public presentation of the draft action plan",
        "العرض العمومي لمشروع خطة العمل",
        MeetingKind.PUBLIC_HEARING, dt.date(2024, 12, 14), dt.time(10, 0), dt.time(13, 0),
        "El Kef", PALACE,
        chair="kef-focal",
        secretary="kef-twiza",
        # The plan it adopted was submitted on 25 December 2024 (seed).
        approved=dt.date(2024, 12, 20),
        present=("kef-focal", "kef-councillor", "kef-manager", "kef-east", "kef-west",
                 "kef-twiza", "kef-joussour", "kef-cika", "kef-cd2", "kef-disability",
                 "kef-monitor", "kef-citizen-1", "kef-citizen-2", "kef-professor",
                 "kef-journalist", "kef-business"),
        agenda=(
            AgendaRow("The six commitments of the draft plan", PRESENTATION, "kef-manager"),
            AgendaRow("Remarks of the public", DEBATE),
            AgendaRow("Adoption of the plan", DECISION_POINT),
        ),
        timeline=(
            Said(1, "kef-manager",
                 "A présenté les six engagements et les propositions dont ils sont issus."),
            Said(2, "kef-citizen-2",
                 "A salué l'outil numérique de transport."),
            Said(2, "kef-journalist",
                 "A demandé que l'avancement soit affiché sur l'écran géant de la place du "
                 "palais municipal."),
            # The seed: the plan was submitted on 25 December 2024.
            Dec(3, "Submit the second action plan, with its six commitments, to the Open "
                "Government Partnership.",
                "تقديم خطة العمل الثانية بالتزاماتها الستة إلى شراكة الحكومة المفتوحة."),
            Act(3, "Submit the action plan to the OGP", "kef-focal", dt.date(2024, 12, 25),
                DONE, decision=3),
        ),
    ),
)

# A project manager from the steering committee presents the matrix each quarter (seed);
# the two meetings, what was said and decided, and the figures are sample data.
REVIEW_AGENDA = (
    AgendaRow("Progress report per commitment (matrix)", PRESENTATION, "kef-manager"),
    AgendaRow("Remarks of the committee", DEBATE),
    AgendaRow("Decisions on required actions", DECISION_POINT),
)

QUARTERLY_REVIEWS = (
    MeetingRow(
        "el-kef-review-2025q2", ACTION_PLAN_EL_KEF, EL_KEF,
        "Quarterly review of the action plan — 2025 Q2",
        "الاجتماع الفصلي لمتابعة خطة العمل — الثلاثي الثاني 2025",
        MeetingKind.QUARTERLY_REVIEW, dt.date(2025, 7, 10), dt.time(10, 0), dt.time(12, 0),
        "El Kef", PALACE,
        chair="kef-focal",
        secretary="kef-twiza",
        present=("kef-focal", "kef-finance", "kef-councillor", "kef-manager", "kef-twiza",
                 "kef-joussour", "kef-cika", "kef-cd2", "kef-disability", "kef-monitor"),
        excused=("kef-east",),
        absent=("kef-west",),
        quarter="2025Q2",
        # Minutes "serve as summary documents" (seed): approved at the next quarterly meeting.
        approved=dt.date(2025, 10, 9),
        agenda=REVIEW_AGENDA,
        timeline=(
            Said(1, "kef-manager",
                 "A présenté la matrice : quatre engagements entamés, deux pas encore "
                 "commencés."),
            Said(2, "kef-monitor",
                 "A demandé que chaque jalon indique sa preuve avant d'être déclaré réalisé."),
            Said(2, "kef-disability", "طالب بإشراك الجمعيات في مسح إمكانية النفاذ إلى المباني "
                 "العمومية."),
            Dec(3, "Publish the 2025 Q2 progress matrix on the website, the social media pages "
                "and the giant screen of the municipal palace square.",
                "نشر جدول تقدم الثلاثي الثاني 2025 على موقع البلدية وصفحات التواصل الاجتماعي "
                "والشاشة العملاقة بساحة القصر البلدي."),
            Act(3, "Publish the 2025 Q2 matrix", "kef-focal", dt.date(2025, 7, 20), DONE,
                decision=3),
            Dec(3, "Form the extended advisory committee before the end of September 2025.",
                "تكوين اللجنة الاستشارية الموسعة قبل نهاية سبتمبر 2025."),
            Act(3, "Appoint the members from East Kef, West Kef and the regional council",
                "kef-focal", dt.date(2025, 9, 30), DONE, decision=5, commitment=1),
            Act(3, "Start the accessibility survey with the associations", "kef-disability",
                dt.date(2025, 9, 15), DONE, commitment=6),
        ),
    ),
    MeetingRow(
        "el-kef-review-2025q3", ACTION_PLAN_EL_KEF, EL_KEF,
        "Quarterly review of the action plan — 2025 Q3",
        "الاجتماع الفصلي لمتابعة خطة العمل — الثلاثي الثالث 2025",
        MeetingKind.QUARTERLY_REVIEW, dt.date(2025, 10, 9), dt.time(10, 0), dt.time(12, 0),
        "El Kef", PALACE,
        chair="kef-focal",
        secretary="kef-twiza",
        present=("kef-focal", "kef-finance", "kef-councillor", "kef-manager", "kef-twiza",
                 "kef-joussour", "kef-cd2", "kef-disability", "kef-monitor", "kef-east",
                 "kef-west"),
        excused=("kef-cika",),
        quarter="2025Q3",
        agenda=REVIEW_AGENDA,
        timeline=(
            Said(1, "kef-manager",
                 "A présenté la matrice : le budget citoyen est publié et le comité élargi "
                 "s'est réuni ; les ressources naturelles n'ont pas démarré."),
            Said(2, "kef-east",
                 "A salué la première réunion du comité élargi."),
            Said(2, "kef-finance",
                 "A expliqué que les services régionaux n'ont pas encore transmis les données "
                 "sur les points d'eau."),
            Said(2, "kef-monitor", "لاحظ أن نسبة التقدم في مكافحة الفساد تحتاج إلى إثبات "
                 "منشور."),
            Dec(3, "Ask the regional services in writing for the natural resources data.",
                "مراسلة المصالح الجهوية كتابيا للحصول على بيانات الموارد الطبيعية."),
            Act(3, "Send the letter to the regional services", "kef-finance",
                dt.date(2025, 10, 31), IN_PROGRESS, decision=4, commitment=4),
            Act(3, "Publish the complaint figures of the quarter", "kef-focal",
                dt.date(2025, 10, 31), commitment=5),
            Dec(3, "Publish the 2025 Q3 progress matrix on the website, the social media pages "
                "and the giant screen of the municipal palace square.",
                "نشر جدول تقدم الثلاثي الثالث 2025 على موقع البلدية وصفحات التواصل الاجتماعي "
                "والشاشة العملاقة بساحة القصر البلدي."),
            Act(3, "Publish the 2025 Q3 matrix", "kef-focal", dt.date(2025, 10, 20),
                decision=7),
        ),
    ),
)

MEETINGS = SESSIONS_2016 + CO_CREATION + QUARTERLY_REVIEWS

# Progress of each commitment at the two reviews (sample figures). Commitment 4 has not moved,
# so that the matrix shows a row without change next to rows that changed.
NOT_STARTED = ProgressStatus.NOT_STARTED
LIMITED = ProgressStatus.LIMITED
SUBSTANTIAL = ProgressStatus.SUBSTANTIAL

REVIEWS = (
    ReviewRow(1, "2025Q2", LIMITED, 25,
              "Nominations from East and West Kef not received yet.",
              "Appoint the members and hold the first extended committee meeting.",
              "Call for applications on the municipality's website"),
    ReviewRow(2, "2025Q2", NOT_STARTED, 0,
              "The IT unit has no developer available.",
              "Choose an open-source tool."),
    ReviewRow(3, "2025Q2", LIMITED, 30,
              "Budget figures arrived late from the finance department.",
              "Publish the citizen budget in September.",
              "Draft citizen budget"),
    ReviewRow(4, "2025Q2", NOT_STARTED, 0,
              "No data yet on water points and green spaces.",
              "Ask the technical services for their inventories."),
    ReviewRow(5, "2025Q2", LIMITED, 15,
              "The complaints channel needs a staff member to answer.",
              "Name the person in charge and open the channel.",
              "Municipal note on the complaints channel"),
    ReviewRow(6, "2025Q2", LIMITED, 20,
              "Few volunteers for the accessibility survey.",
              "Start the survey with the associations.",
              "Survey questionnaire"),
    ReviewRow(1, "2025Q3", SUBSTANTIAL, 55,
              "Public meetings are poorly attended in summer.",
              "Prepare the participatory budgeting pilot.",
              "Minutes of the first extended committee meeting"),
    ReviewRow(2, "2025Q3", LIMITED, 20,
              "Training of staff on the new tool still to plan.",
              "Install the tool on the municipal server.",
              "Technical specification of the tool"),
    ReviewRow(3, "2025Q3", SUBSTANTIAL, 60,
              "Budget execution tables need a simpler layout.",
              "Publish the first quarterly budget execution.",
              "Citizen budget 2025 on the website"),
    ReviewRow(4, "2025Q3", NOT_STARTED, 0,
              "Data from the regional services not received yet.",
              "Write to the regional services."),
    ReviewRow(5, "2025Q3", LIMITED, 35,
              "Follow-up figures not yet published.",
              "Publish the complaint figures every quarter.",
              "Complaints register"),
    ReviewRow(6, "2025Q3", SUBSTANTIAL, 50,
              "Some bus stops are outside the municipal territory.",
              "Draw the digital map from the survey.",
              "Survey of 40 public buildings and bus stops"),
)

# fmt: on


# --- Loading -------------------------------------------------------------------------------

R = TypeVar("R", bound=Base)


def demo_id(model: type[Base], key: str) -> str:
    """The fixed id of the demo row of ``model`` known as ``key``."""
    return str(uuid.uuid5(NAMESPACE, f"{model.__tablename__}/{key}"))


@dataclass(frozen=True)
class DemoReport:
    """How many rows of each model the load added (by model name)."""

    created: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.created.values())

    def count(self, model: type[Base]) -> int:
        return self.created.get(model.__name__, 0)

    def changes(self) -> Changes:
        return EVERYTHING if self.rows else Changes()

    def render(self, lang: str = "en") -> str:
        if not self.rows:
            return translate(lang, "Demo", ALREADY_LOADED)
        return translate(lang, "Demo", LOADED).format(
            processes=self.count(Process),
            meetings=self.count(Meeting),
            participants=self.count(Participant),
            recommendations=self.count(Recommendation),
            commitments=self.count(Commitment),
            reviews=self.count(ProgressReview),
            rows=self.rows,
        )

    def __str__(self) -> str:
        return self.render()


_SIGNED_IN = {AttendanceStatus.PRESENT, AttendanceStatus.REMOTE}


@dataclass
class _Sitting:
    """A meeting being loaded: what its timeline entries refer to."""

    meeting: Meeting
    agenda: list[AgendaItem]
    reviews: dict[int, ProgressReview]
    opening: dt.datetime
    # Rows of the timeline so far, in table order (sources and decisions point into it).
    items: list[Base] = field(default_factory=list)


class _Loader:
    """Adds the rows that are not in the store yet, and counts them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.created: Counter[str] = Counter()
        self.institutions: dict[str, Institution] = {}
        self.people: dict[str, Participant] = {}
        self.processes: dict[str, Process] = {}
        self.commitments: dict[int, Commitment] = {}

    def find(self, model: type[R], key: str) -> R | None:
        return self.session.get(model, demo_id(model, key))

    def made(self, row: R) -> R:
        self.session.add(row)
        self.created[type(row).__name__] += 1
        return row

    def make(self, model: type[R], key: str, **fields: object) -> R:
        return self.made(model(id=demo_id(model, key), **fields))

    def institution(self, key: str | None) -> Institution | None:
        return self.institutions[key] if key else None

    def load(self) -> DemoReport:
        for institution in INSTITUTIONS:
            self.institutions[institution.key] = self._institution(institution)
        for person in PEOPLE:
            self.people[person.key] = self._person(person)
        self.session.flush()
        for process in PROCESSES:
            self.processes[process.key] = self._process(process)
        action_plan = self.processes[ACTION_PLAN_EL_KEF]
        for number, seat in enumerate(SEATS, start=1):
            self._seat(action_plan, number, seat)
        for commitment in COMMITMENTS:
            self.commitments[commitment.number] = self._commitment(action_plan, commitment)
        self.session.flush()
        proposals: list[Proposal] = []
        for number, proposal in enumerate(PROPOSALS, start=1):
            proposals.append(self._proposal(action_plan, number, proposal, proposals))
        for meeting in MEETINGS:
            self._meeting(meeting)
        self.session.flush()
        return DemoReport(dict(self.created))

    def _institution(self, row: InstitutionRow) -> Institution:
        return self.find(Institution, row.key) or self.make(
            Institution,
            row.key,
            **versions("name", row.name, row.name_ar),
            kind=row.kind,
            city=row.city,
            description=row.description,
            parent=self.institution(row.parent),
        )

    def _person(self, row: PersonRow) -> Participant:
        institution = self.institution(row.institution)
        return self.find(Participant, row.key) or self.make(
            Participant,
            row.key,
            full_name=row.name,
            organisation=institution.name if institution else None,
            role=row.role,
            stakeholder_group=row.group,
            gender=row.gender,
            disability=row.disability,
            age_band=row.age_band,
            city=row.city,
            institution=institution,
            sample=True,
        )

    def _process(self, row: ProcessRow) -> Process:
        process = self.find(Process, row.key) or self.made(
            create_process(
                self.session,
                id=demo_id(Process, row.key),
                **versions("title", row.title, row.title_ar),
                kind=row.kind,
                organiser=row.organiser,
                start_date=row.start,
                end_date=row.end,
                description=row.description,
                lead_institutions=[self.institutions[key] for key in row.leads],
            )
        )
        for institution, role in row.roles:
            key = f"{row.key}/{institution}/{role}"
            if self.find(ProcessRole, key) is None:
                self.make(
                    ProcessRole,
                    key,
                    process_id=process.id,
                    institution=self.institutions[institution],
                    role=role,
                )
        return process

    def _seat(self, process: Process, number: int, row: SeatRow) -> None:
        key = f"{ACTION_PLAN_EL_KEF}/seat/{number}"
        if self.find(CommitteeMember, key) is None:
            self.make(
                CommitteeMember,
                key,
                process_id=process.id,
                committee=row.committee,
                seat=row.seat,
                label=row.label,
                institution=self.institution(row.institution),
            )

    def _commitment(self, process: Process, row: CommitmentRow) -> Commitment:
        key = f"{ACTION_PLAN_EL_KEF}/{row.number}"
        commitment = self.find(Commitment, key) or self.make(
            Commitment,
            key,
            process=process,
            number=row.number,
            **versions("title", row.title, row.title_ar),
            **own_versions("problem", row.problem),
            **own_versions("objective", row.objective),
            ogp_values=row.values,
            start_date=row.start,
            end_date=row.end,
            lead_institutions=[self.institutions[k] for k in row.leads],
            supporting_institutions=[self.institutions[k] for k in row.supporting],
        )
        for position, step in enumerate(row.milestones, start=1):
            step_key = f"{key}/{position}"
            if self.find(Milestone, step_key) is None:
                self.make(
                    Milestone,
                    step_key,
                    commitment=commitment,
                    position=position,
                    **versions("deliverable", step.deliverable),
                    due_date=step.due,
                    responsible=step.responsible,
                    verification_source=step.verification,
                )
        return commitment

    def _proposal(
        self, process: Process, number: int, row: ProposalRow, earlier: list[Proposal]
    ) -> Proposal:
        key = f"{ACTION_PLAN_EL_KEF}/{number}"
        return self.find(Proposal, key) or self.make(
            Proposal,
            key,
            process_id=process.id,
            author_name=row.author,
            author_kind=row.author_kind,
            topic=row.topic,
            text=row.text,
            channel=row.channel,
            received_on=row.received,
            triage=row.triage,
            reason=row.reason,
            commitment=self.commitments[row.commitment] if row.commitment else None,
            merged_into_id=earlier[row.merged_into].id if row.merged_into is not None else None,
        )

    def _meeting(self, row: MeetingRow) -> None:
        meeting = self.find(Meeting, row.key) or self.made(
            create_meeting(
                self.session,
                id=demo_id(Meeting, row.key),
                **versions("title", row.title, row.title_ar),
                date=row.date,
                kind=row.kind,
                city=row.city,
                process=self.processes[row.process],
                institution=self.institutions[row.institution],
                place=row.place,
                start_time=row.start,
                end_time=row.end,
                languages=row.languages,
                chair=self.people[row.chair].full_name,
                secretary=self.people[row.secretary].full_name,
                # Past meetings: their record is complete; approved where the seeds report
                # their outcome as published, the others left open to additions.
                status=MeetingStatus.APPROVED if row.approved else MeetingStatus.CLOSED,
                approved_at=(
                    dt.datetime.combine(row.approved, dt.time(12, 0)) if row.approved else None
                ),
            )
        )
        opening = dt.datetime.combine(row.date, row.start)
        self._attendance(meeting, row, opening)
        sitting = _Sitting(
            meeting=meeting,
            agenda=[self._agenda_item(meeting, row, n) for n in range(1, len(row.agenda) + 1)],
            reviews=self._reviews(meeting, row.quarter) if row.quarter else {},
            opening=opening,
        )
        self.session.flush()
        for index, entry in enumerate(row.timeline):
            sitting.items.append(self._timeline(sitting, f"{row.key}/{index}", index, entry))

    def _attendance(self, meeting: Meeting, row: MeetingRow, opening: dt.datetime) -> None:
        for status, people in (
            (AttendanceStatus.PRESENT, row.present),
            (AttendanceStatus.REMOTE, row.remote),
            (AttendanceStatus.EXCUSED, row.excused),
            (AttendanceStatus.ABSENT, row.absent),
        ):
            signed_in = opening if status in _SIGNED_IN else None
            for person in people:
                key = f"{row.key}/{person}"
                if self.find(Attendance, key) is None:
                    self.make(
                        Attendance,
                        key,
                        meeting=meeting,
                        participant=self.people[person],
                        status=status,
                        signed_in_at=signed_in,
                    )

    def _agenda_item(self, meeting: Meeting, row: MeetingRow, number: int) -> AgendaItem:
        key = f"{row.key}/agenda/{number}"
        item = row.agenda[number - 1]
        return self.find(AgendaItem, key) or self.make(
            AgendaItem,
            key,
            meeting=meeting,
            position=meeting.next_position(),
            number=number,
            **versions("title", item.title),
            kind=item.kind,
            presenter=self.people[item.presenter].full_name if item.presenter else None,
        )

    def _reviews(self, meeting: Meeting, quarter: str) -> dict[int, ProgressReview]:
        reviews: dict[int, ProgressReview] = {}
        for row in REVIEWS:
            if row.quarter != quarter:
                continue
            key = f"{ACTION_PLAN_EL_KEF}/{row.commitment}/{quarter}"
            reviews[row.commitment] = self.find(ProgressReview, key) or self.make(
                ProgressReview,
                key,
                commitment=self.commitments[row.commitment],
                meeting=meeting,
                quarter=quarter,
                status=row.status,
                percent=row.percent,
                **own_versions("challenges", row.challenges),
                **own_versions("next_steps", row.next_steps),
                **own_versions("evidence", row.evidence),
            )
        return reviews

    def _timeline(self, sitting: _Sitting, key: str, index: int, entry: TimelineRow) -> Base:
        meeting = sitting.meeting
        item = sitting.agenda[entry.agenda - 1]
        earlier = sitting.items
        if isinstance(entry, Said):
            person = self.people[entry.who]
            return self.find(Intervention, key) or self.make(
                Intervention,
                key,
                meeting=meeting,
                agenda_item=item,
                participant=person,
                position=meeting.next_position(),
                speaker_name=person.full_name,
                organisation=person.organisation,
                summary=entry.summary,
                # Invented times: one timeline entry every ten minutes from the opening.
                spoken_at=sitting.opening + dt.timedelta(minutes=10 * index),
            )
        if isinstance(entry, Rec):
            return self.find(Recommendation, key) or self.make(
                Recommendation,
                key,
                meeting=meeting,
                agenda_item=item,
                position=meeting.next_position(),
                number=1 + sum(isinstance(e, Recommendation) for e in earlier),
                **versions("text", entry.text, entry.translation),
                theme=entry.theme,
                addressee=entry.addressee,
                priority=entry.priority,
                status=entry.status,
                sources=[earlier[i] for i in entry.sources],
            )
        if isinstance(entry, Dec):
            return self.find(Decision, key) or self.make(
                Decision,
                key,
                meeting=meeting,
                agenda_item=item,
                position=meeting.next_position(),
                number=1 + sum(isinstance(e, Decision) for e in earlier),
                **versions("text", entry.text, entry.translation),
            )
        owner = self.people[entry.owner]
        review = sitting.reviews.get(entry.commitment) if entry.commitment else None
        return self.find(ActionItem, key) or self.make(
            ActionItem,
            key,
            meeting=meeting,
            agenda_item=item,
            position=meeting.next_position(),
            **versions("task", entry.task),
            owner=owner,
            owner_name=owner.full_name,
            due_date=entry.due,
            status=entry.status,
            decision=earlier[entry.decision] if entry.decision is not None else None,
            # No relationship on this column: the review was flushed before the timeline.
            progress_review_id=review.id if review else None,
        )


def versions(field: str, english: str, arabic: str | None = None) -> dict[str, str]:
    """A printed text of the tables (English, the seeds' language) with its Arabic and French
    versions (``core/demo_translations.py``); a missing one fails the load."""
    return {
        field: english,
        "lang": "en",
        f"{field}_ar": arabic or ARABIC[english],
        f"{field}_fr": FRENCH[english],
    }


def own_versions(field: str, english: str | None) -> dict[str, str | None]:
    """``versions`` for a text that records its own language (``OwnLanguages`` rows: each of
    a commitment's or review's texts may come from a different language)."""
    if english is None:
        return {field: None}
    return {
        field: english,
        f"{field}_lang": "en",
        f"{field}_ar": ARABIC[english],
        f"{field}_fr": FRENCH[english],
    }


def load_demo(session: Session) -> DemoReport:
    """Add the seed demo to the store; rows already there (even deleted ones) are skipped.

    Flushes, never commits: the caller wraps it in one transaction.
    """
    return _Loader(session).load()
