"""The domain, as stored: one class per term of the design's domain table.

Every row has a UUID key, created/updated timestamps and a ``deleted`` flag, so that the
records of several laptops can be merged without collisions and nothing is ever erased by a
user action (undo restores a row by clearing the flag).

Meeting content (agenda items, interventions, recommendations, decisions, action items)
carries a ``position`` drawn from one counter per meeting: sorting by it gives the timeline
in the order things were said, whatever their kind.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    inspect,
    literal_column,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from ogpdesk.core.languages import detect_language
from ogpdesk.core.textnorm import normalise


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# Stable constraint names, so that Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Where ``Store`` keeps, per server connection, the database user it logs in as.
DATABASE_USER = "ogpdesk_database_user"


def database_user(context: DefaultExecutionContext) -> str | None:
    """The database user writing a row: the author on a server, nobody on SQLite."""
    return context.root_connection.info.get(DATABASE_USER)


class Record:
    """Columns shared by every stored row."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # Counts the changes of the row, in the database itself, so that an edit made on what
    # was shown before someone else changed it can be told apart (``edits.ensure_unchanged``).
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", onupdate=literal_column("version") + 1
    )
    created_by: Mapped[str | None] = mapped_column(String(63), default=database_user)
    updated_by: Mapped[str | None] = mapped_column(
        String(63), default=database_user, onupdate=database_user
    )
    # The new version comes back with the UPDATE itself (RETURNING), so a row stays readable
    # after its session has closed, as every row the window holds is.
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012


class Translatable:
    """A row whose printed texts exist in several content languages (``core.languages``).

    Each field of ``translated_fields`` holds the text as written, in the language ``lang``;
    ``<field>_ar``, ``<field>_fr`` and ``<field>_en`` hold its versions in those languages.
    """

    translated_fields: ClassVar[tuple[str, ...]]
    # ISO 639-1 code of the original; detected from the script when the row is first
    # stored without one, and the user may correct it.
    lang: Mapped[str | None] = mapped_column(String(8))


@event.listens_for(Translatable, "before_insert", propagate=True)
@event.listens_for(Translatable, "before_update", propagate=True)
def _detect_original_language(_mapper: object, _connection: object, row: Translatable) -> None:
    if row.lang is None:
        row.lang = detect_language(getattr(row, row.translated_fields[0], None))


class OwnLanguages:
    """A row whose printed texts each carry their own original language, ``<field>_lang``,
    beside their ``<field>_ar/_fr/_en`` versions.

    For texts written at different times or copied from elsewhere — a signatory's title
    beside the meeting's title, next steps carried over from last quarter beside challenges
    typed today — one language for the whole row would mark an Arabic text untranslated in
    the Arabic document.
    """

    language_fields: ClassVar[tuple[str, ...]]


@event.listens_for(OwnLanguages, "before_insert", propagate=True)
@event.listens_for(OwnLanguages, "before_update", propagate=True)
def _detect_field_languages(_mapper: object, _connection: object, row: OwnLanguages) -> None:
    state = inspect(row)
    for field in row.language_fields:
        own = f"{field}_lang"
        # A new text is in the language it is written in, unless the same change says which.
        rewritten = state.attrs[field].history.has_changes()
        if rewritten and not state.attrs[own].history.has_changes():
            setattr(row, own, detect_language(getattr(row, field)))


def _enum(cls: type[enum.Enum]) -> Enum:
    # Store the value (readable in the file, stable across renames of the Python name).
    return Enum(cls, values_callable=lambda e: [m.value for m in e], native_enum=False, length=32)


class ProcessKind(enum.StrEnum):
    STRATEGIC_PLANNING = "strategic_planning"
    ACTION_PLAN = "action_plan"
    OTHER = "other"


class InstitutionKind(enum.StrEnum):
    MUNICIPALITY = "municipality"
    ASSOCIATION = "association"
    MINISTRY = "ministry"
    # Above a municipality on a letterhead: the republic, then a governorate or ministry.
    STATE = "state"
    GOVERNORATE = "governorate"
    MONITORING_BODY = "monitoring_body"
    NETWORK = "network"
    INTERNATIONAL = "international"
    OTHER = "other"


class MeetingKind(enum.StrEnum):
    AWARENESS_SESSION = "awareness_session"
    SEMINAR = "seminar"
    WORKSHOP = "workshop"
    CO_CREATION = "co_creation"
    STEERING_COMMITTEE = "steering_committee"
    QUARTERLY_REVIEW = "quarterly_review"
    PUBLIC_HEARING = "public_hearing"


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"
    APPROVED = "approved"


class StakeholderGroup(enum.StrEnum):
    AUTHORITY = "authority"
    ADMINISTRATION = "administration"
    CIVIL_SOCIETY = "civil_society"
    CITIZEN = "citizen"
    EXPERT = "expert"
    ACADEMIC = "academic"
    PRIVATE_SECTOR = "private_sector"
    MEDIA = "media"


class Gender(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class AttendanceStatus(enum.StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    REMOTE = "remote"


class AgendaItemKind(enum.StrEnum):
    PRESENTATION = "presentation"
    DEBATE = "debate"
    DECISION_POINT = "decision_point"


class Priority(enum.StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class RecommendationStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ADOPTED = "adopted"
    IN_PROGRESS = "in_progress"
    IMPLEMENTED = "implemented"
    REJECTED = "rejected"
    MERGED = "merged"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class ProgressStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    LIMITED = "limited"
    SUBSTANTIAL = "substantial"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class ProposalAuthorKind(enum.StrEnum):
    CITIZEN = "citizen"
    ASSOCIATION = "association"
    INSTITUTION = "institution"


class ProposalChannel(enum.StrEnum):
    FORM = "form"
    ONLINE = "online"
    IN_PERSON = "in_person"


class ProposalTriage(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    MERGED = "merged"
    REJECTED = "rejected"


class Committee(enum.StrEnum):
    STEERING = "steering"
    ADVISORY = "advisory"


class Seat(enum.StrEnum):
    ADMINISTRATION = "administration"
    COUNCIL = "council"
    CIVIL_SOCIETY = "civil_society"
    ELECTED = "elected"


process_lead_institution = Table(
    "process_lead_institution",
    Base.metadata,
    Column("process_id", ForeignKey("process.id"), primary_key=True),
    Column("institution_id", ForeignKey("institution.id"), primary_key=True),
)

commitment_lead_institution = Table(
    "commitment_lead_institution",
    Base.metadata,
    Column("commitment_id", ForeignKey("commitment.id"), primary_key=True),
    Column("institution_id", ForeignKey("institution.id"), primary_key=True),
)

commitment_supporting_institution = Table(
    "commitment_supporting_institution",
    Base.metadata,
    Column("commitment_id", ForeignKey("commitment.id"), primary_key=True),
    Column("institution_id", ForeignKey("institution.id"), primary_key=True),
)

recommendation_source = Table(
    "recommendation_source",
    Base.metadata,
    Column("recommendation_id", ForeignKey("recommendation.id"), primary_key=True),
    Column("intervention_id", ForeignKey("intervention.id"), primary_key=True),
)


class Institution(Translatable, Record, Base):
    __tablename__ = "institution"
    translated_fields = ("name",)

    name: Mapped[str] = mapped_column(String(300))
    name_ar: Mapped[str | None] = mapped_column(String(300))
    name_fr: Mapped[str | None] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[InstitutionKind] = mapped_column(_enum(InstitutionKind))
    city: Mapped[str | None] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    # The institution it answers to, for the letterhead: municipality → governorate or
    # ministry → republic.
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"))
    # The logo as the image file's bytes (PNG or JPEG), so it travels with the records.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)

    parent: Mapped[Institution | None] = relationship(remote_side="Institution.id")


class Process(Translatable, Record, Base):
    """What meetings belong to: a strategic-planning programme, an OGP action plan."""

    __tablename__ = "process"
    translated_fields = ("title",)

    title: Mapped[str] = mapped_column(String(300))
    title_ar: Mapped[str | None] = mapped_column(String(300))
    title_fr: Mapped[str | None] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[ProcessKind] = mapped_column(_enum(ProcessKind))
    description: Mapped[str | None] = mapped_column(Text)
    organiser: Mapped[str | None] = mapped_column(String(300))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    lead_institutions: Mapped[list[Institution]] = relationship(secondary=process_lead_institution)
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="process", order_by="Meeting.date"
    )
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="process", order_by="Commitment.number"
    )


class Meeting(OwnLanguages, Translatable, Record, Base):
    """One sitting."""

    __tablename__ = "meeting"
    translated_fields = ("title",)
    language_fields = ("chair_title", "secretary_title")

    process_id: Mapped[str | None] = mapped_column(ForeignKey("process.id"), index=True)
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"))
    title: Mapped[str] = mapped_column(String(300))
    title_ar: Mapped[str | None] = mapped_column(String(300))
    title_fr: Mapped[str | None] = mapped_column(String(300))
    title_en: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None]
    end_time: Mapped[dt.time | None]
    place: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(120))
    # Comma-separated ISO 639-1 codes, first is the main language: "ar,fr".
    languages: Mapped[str] = mapped_column(String(32), default="ar,fr")
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), default=MeetingStatus.PLANNED
    )
    # Who signs the minutes: names, and the function printed under each name.
    chair: Mapped[str | None] = mapped_column(String(200))
    chair_title: Mapped[str | None] = mapped_column(String(200))
    chair_title_lang: Mapped[str | None] = mapped_column(String(8))
    chair_title_ar: Mapped[str | None] = mapped_column(String(200))
    chair_title_fr: Mapped[str | None] = mapped_column(String(200))
    chair_title_en: Mapped[str | None] = mapped_column(String(200))
    secretary: Mapped[str | None] = mapped_column(String(200))
    secretary_title: Mapped[str | None] = mapped_column(String(200))
    secretary_title_lang: Mapped[str | None] = mapped_column(String(8))
    secretary_title_ar: Mapped[str | None] = mapped_column(String(200))
    secretary_title_fr: Mapped[str | None] = mapped_column(String(200))
    secretary_title_en: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Last position handed out to an item of this meeting's timeline.
    item_counter: Mapped[int] = mapped_column(Integer, default=0)

    process: Mapped[Process | None] = relationship(back_populates="meetings")
    institution: Mapped[Institution | None] = relationship()
    attendances: Mapped[list[Attendance]] = relationship(back_populates="meeting")
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position"
    )

    def next_position(self) -> int:
        self.item_counter = (self.item_counter or 0) + 1
        return self.item_counter


class Participant(Record, Base):
    __tablename__ = "participant"

    full_name: Mapped[str] = mapped_column(String(200), index=True)
    # The name as ``textnorm.normalise`` folds it, kept by ``_fold_name``: finding the speaker
    # of a capture line must be one indexed lookup, not a scan of the directory.
    folded_name: Mapped[str] = mapped_column(String(200), index=True, default="")
    organisation: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(200))
    stakeholder_group: Mapped[StakeholderGroup | None] = mapped_column(_enum(StakeholderGroup))
    gender: Mapped[Gender | None] = mapped_column(_enum(Gender))
    disability: Mapped[bool | None] = mapped_column(Boolean)
    age_band: Mapped[str | None] = mapped_column(String(16))
    # Private: never printed unless the user asks for it.
    phone: Mapped[str | None] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(120))
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"))
    # True for the invented people of the demo, so that no one mistakes them for real ones.
    sample: Mapped[bool] = mapped_column(Boolean, default=False)

    institution: Mapped[Institution | None] = relationship()

    @validates("full_name")
    def _fold_name(self, _key: str, name: str) -> str:
        self.folded_name = normalise(name)
        return name


class Attendance(Record, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "participant_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        _enum(AttendanceStatus), default=AttendanceStatus.INVITED
    )
    signed_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The captured row (an intervention) whose line signed this person in, if one did:
    # removing that line from the timeline takes the attendance away with it.
    signed_in_by_id: Mapped[str | None] = mapped_column(String(36))

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    participant: Mapped[Participant] = relationship()


class AgendaItem(Translatable, Record, Base):
    __tablename__ = "agenda_item"
    translated_fields = ("title",)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    # Order on the agenda, which the user may change; position stays the capture order.
    number: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    title_ar: Mapped[str | None] = mapped_column(String(500))
    title_fr: Mapped[str | None] = mapped_column(String(500))
    title_en: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[AgendaItemKind] = mapped_column(
        _enum(AgendaItemKind), default=AgendaItemKind.DEBATE
    )
    presenter: Mapped[str | None] = mapped_column(String(200))

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")


class Intervention(Record, Base):
    """Who spoke, under which agenda item, when, and what was said.

    An intervention with no speaker is a note: a line the facilitator wrote that could not
    be placed as anything else, kept so that no word typed is lost.
    """

    __tablename__ = "intervention"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id"))
    position: Mapped[int] = mapped_column(Integer)
    speaker_name: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text)
    spoken_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
    participant: Mapped[Participant | None] = relationship()


class SpeakingTurn(Record, Base):
    """One turn from the speakers' queue: who had the floor, from when, for how long.

    Kept apart from interventions because the floor is timed whether or not the secretary
    wrote down what was said.
    """

    __tablename__ = "speaking_turn"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id"))
    speaker_name: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ended_at: Mapped[dt.datetime] = mapped_column(DateTime)
    duration_seconds: Mapped[int] = mapped_column(Integer)
    limit_seconds: Mapped[int | None] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
    participant: Mapped[Participant | None] = relationship()


class Recommendation(Translatable, Record, Base):
    __tablename__ = "recommendation"
    translated_fields = ("text",)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))
    position: Mapped[int] = mapped_column(Integer)
    # Order on the board and in reports; the user may change it.
    number: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    text_ar: Mapped[str | None] = mapped_column(Text)
    text_fr: Mapped[str | None] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    theme: Mapped[str | None] = mapped_column(String(200))
    addressee: Mapped[str | None] = mapped_column(String(300))
    priority: Mapped[Priority | None] = mapped_column(_enum(Priority))
    status: Mapped[RecommendationStatus] = mapped_column(
        _enum(RecommendationStatus), default=RecommendationStatus.PROPOSED
    )
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("recommendation.id"))
    # The breakout group (a table of a workshop, on its own laptop) it was captured in;
    # numbers run within the group, so the groups' lists merge without renumbering.
    group_name: Mapped[str | None] = mapped_column(String(120))

    meeting: Mapped[Meeting] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
    sources: Mapped[list[Intervention]] = relationship(secondary=recommendation_source)


class Decision(Translatable, Record, Base):
    __tablename__ = "decision"
    translated_fields = ("text",)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    text_ar: Mapped[str | None] = mapped_column(Text)
    text_fr: Mapped[str | None] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstain: Mapped[int | None] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()


class ActionItem(Translatable, Record, Base):
    __tablename__ = "action_item"
    translated_fields = ("task",)

    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"))
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    progress_review_id: Mapped[str | None] = mapped_column(ForeignKey("progress_review.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    task: Mapped[str] = mapped_column(Text)
    task_ar: Mapped[str | None] = mapped_column(Text)
    task_fr: Mapped[str | None] = mapped_column(Text)
    task_en: Mapped[str | None] = mapped_column(Text)
    owner_name: Mapped[str | None] = mapped_column(String(200))
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)

    meeting: Mapped[Meeting | None] = relationship()
    agenda_item: Mapped[AgendaItem | None] = relationship()
    decision: Mapped[Decision | None] = relationship()
    owner: Mapped[Participant | None] = relationship()


class Commitment(OwnLanguages, Translatable, Record, Base):
    """A commitment of an action plan, with the fields of the OGP template."""

    __tablename__ = "commitment"
    translated_fields = ("title",)
    language_fields = ("problem", "objective")

    process_id: Mapped[str] = mapped_column(ForeignKey("process.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    title_ar: Mapped[str | None] = mapped_column(String(500))
    title_fr: Mapped[str | None] = mapped_column(String(500))
    title_en: Mapped[str | None] = mapped_column(String(500))
    problem: Mapped[str | None] = mapped_column(Text)
    problem_lang: Mapped[str | None] = mapped_column(String(8))
    problem_ar: Mapped[str | None] = mapped_column(Text)
    problem_fr: Mapped[str | None] = mapped_column(Text)
    problem_en: Mapped[str | None] = mapped_column(Text)
    objective: Mapped[str | None] = mapped_column(Text)
    objective_lang: Mapped[str | None] = mapped_column(String(8))
    objective_ar: Mapped[str | None] = mapped_column(Text)
    objective_fr: Mapped[str | None] = mapped_column(Text)
    objective_en: Mapped[str | None] = mapped_column(Text)
    # Comma-separated: transparency, accountability, participation, technology.
    ogp_values: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    process: Mapped[Process] = relationship(back_populates="commitments")
    lead_institutions: Mapped[list[Institution]] = relationship(
        secondary=commitment_lead_institution
    )
    supporting_institutions: Mapped[list[Institution]] = relationship(
        secondary=commitment_supporting_institution
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="commitment", order_by="Milestone.position"
    )


class Milestone(Translatable, Record, Base):
    __tablename__ = "milestone"
    translated_fields = ("deliverable",)

    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitment.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    deliverable: Mapped[str] = mapped_column(Text)
    deliverable_ar: Mapped[str | None] = mapped_column(Text)
    deliverable_fr: Mapped[str | None] = mapped_column(Text)
    deliverable_en: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    responsible: Mapped[str | None] = mapped_column(String(300))
    verification_source: Mapped[str | None] = mapped_column(String(500))

    commitment: Mapped[Commitment] = relationship(back_populates="milestones")


class ProgressReview(OwnLanguages, Record, Base):
    """Progress of one commitment (or one of its milestones) in one quarter."""

    __tablename__ = "progress_review"
    language_fields = ("challenges", "next_steps", "evidence")
    __table_args__ = (UniqueConstraint("commitment_id", "milestone_id", "quarter"),)

    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitment.id"), index=True)
    milestone_id: Mapped[str | None] = mapped_column(ForeignKey("milestone.id"))
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"))
    quarter: Mapped[str] = mapped_column(String(8), index=True)  # "2025Q3"
    status: Mapped[ProgressStatus] = mapped_column(
        _enum(ProgressStatus), default=ProgressStatus.NOT_STARTED
    )
    percent: Mapped[int] = mapped_column(Integer, default=0)
    challenges: Mapped[str | None] = mapped_column(Text)
    challenges_lang: Mapped[str | None] = mapped_column(String(8))
    challenges_ar: Mapped[str | None] = mapped_column(Text)
    challenges_fr: Mapped[str | None] = mapped_column(Text)
    challenges_en: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    next_steps_lang: Mapped[str | None] = mapped_column(String(8))
    next_steps_ar: Mapped[str | None] = mapped_column(Text)
    next_steps_fr: Mapped[str | None] = mapped_column(Text)
    next_steps_en: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str | None] = mapped_column(Text)
    evidence_lang: Mapped[str | None] = mapped_column(String(8))
    evidence_ar: Mapped[str | None] = mapped_column(Text)
    evidence_fr: Mapped[str | None] = mapped_column(Text)
    evidence_en: Mapped[str | None] = mapped_column(Text)

    commitment: Mapped[Commitment] = relationship()
    milestone: Mapped[Milestone | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()


class Proposal(Record, Base):
    """A proposal received during a consultation."""

    __tablename__ = "proposal"

    process_id: Mapped[str] = mapped_column(ForeignKey("process.id"), index=True)
    author_name: Mapped[str | None] = mapped_column(String(200))
    author_kind: Mapped[ProposalAuthorKind] = mapped_column(_enum(ProposalAuthorKind))
    topic: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    channel: Mapped[ProposalChannel] = mapped_column(_enum(ProposalChannel))
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    triage: Mapped[ProposalTriage] = mapped_column(
        _enum(ProposalTriage), default=ProposalTriage.PENDING
    )
    reason: Mapped[str | None] = mapped_column(Text)
    commitment_id: Mapped[str | None] = mapped_column(ForeignKey("commitment.id"))
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("proposal.id"))

    commitment: Mapped[Commitment | None] = relationship()


class CommitteeMember(Record, Base):
    """A seat on a process's steering or extended advisory committee."""

    __tablename__ = "committee_member"

    process_id: Mapped[str] = mapped_column(ForeignKey("process.id"), index=True)
    committee: Mapped[Committee] = mapped_column(_enum(Committee))
    seat: Mapped[Seat] = mapped_column(_enum(Seat))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id"))
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"))
    # A seat may be known before the person holding it.
    label: Mapped[str | None] = mapped_column(String(300))

    participant: Mapped[Participant | None] = relationship()
    institution: Mapped[Institution | None] = relationship()


class ProcessRole(Record, Base):
    """An institution's role in a process other than leading it (e.g. monitoring body)."""

    __tablename__ = "process_role"

    process_id: Mapped[str] = mapped_column(ForeignKey("process.id"), index=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institution.id"))
    role: Mapped[str] = mapped_column(String(64))

    institution: Mapped[Institution] = relationship()


class ReviewReason(enum.StrEnum):
    # Two laptops changed the same field since they last exchanged: this is the value that
    # is not shown.
    CONFLICT = "conflict"
    # A merge would have changed an approved meeting: the change waits here.
    APPROVED = "approved"
    # A record whose parent neither store has: kept here, whole, until it can be placed.
    ORPHAN = "orphan"


class ReviewItem(Record, Base):
    """A value a merge did not put on screen, kept until someone chooses ("to review").

    Its id is derived from what it holds, so two laptops that meet the same conflict keep
    one item between them; it travels in bundles like every record, and choosing marks it
    deleted.
    """

    __tablename__ = "review_item"

    reason: Mapped[ReviewReason] = mapped_column(_enum(ReviewReason))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    # None when the whole record is held (``value`` is then the record as the bundle had it).
    field: Mapped[str | None] = mapped_column(String(64))
    # JSON of the value, as in a bundle.
    value: Mapped[str] = mapped_column(Text)
    written_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The meeting it concerns, to list it there; not a foreign key (an orphan's may be unknown).
    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True)


class SyncState(Base):
    """This store's own exchange state, never sent: its id, its clock, presets, aliases."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncClock(Base):
    """Per record: what it was at the last exchange, and when and where each field was written.

    ``snapshot`` is JSON ``{field: value}`` as last exchanged (or caught up); ``versions`` is
    JSON ``{field: [written_at, {store_id: counter}]}``: the version vector tells a change the
    other laptop has not seen from one it has, field by field. ``seen_at`` is the record's
    ``updated_at`` then: a record not updated since needs neither read again.
    """

    __tablename__ = "sync_clock"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    snapshot: Mapped[str] = mapped_column(Text)
    versions: Mapped[str] = mapped_column(Text)


class SpeakersQueueState(Base):
    """The speakers' queue of a meeting as the window last left it — hands waiting, the turn
    running — so that a crash or a restart loses neither. Not a record: a queue belongs to
    the laptop it runs on and is never exchanged with another."""

    __tablename__ = "speakers_queue"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), primary_key=True)
    # JSON: {"limit": seconds, "current": turn or null, "waiting": [hands]}.
    state: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
