"""One person, one record: the matcher every way of naming a person goes through.

A person is named in many places — the capture line ("الخبير كمال الزواري: …"), a raised
hand in the speakers' queue, an action's owner ("ACT: … @Sami"), a notes file, a
participants file, a record from another laptop — and each must find the same row of the
directory rather than create one more. ``match_person`` is that single decision:

1. The name is folded (``name_key``): Arabic harakat and letter forms, French accents and
   case as ``textnorm.normalise`` folds them; punctuation and text in brackets ("(sample)")
   dropped; honorifics and titles in front removed (الأستاذ، الدكتور، السيد، السيدة،
   الخبير، M., Mme, Dr, Pr, …). Folding is idempotent and a name always matches itself.
2. People present at (or invited to) the meeting are looked at first, then the directory.
   An exact key is a match; within the meeting, a name whose words are all words of one
   person's name ("فاطمة" for "فاطمة الزهراء") is a match too.
3. The organisation breaks ties: two people with the same name and different organisations
   are two people; a typed organisation picks the one of them who has it.
4. One candidate left: ``linked``. Several: ``ambiguous`` — the caller links nobody and the
   secretary chooses later (the timeline flags the line). None: ``new`` — the caller creates
   the person, and says so.

The folded directory (``directory``) is read once per database and kept while no participant
changes; the sign-in search (``participants.search_participants``) types ahead in the same
copy, so each person is folded once for both.

``merge_participants`` joins two records of the same person, moving every link (attendance,
interventions, speaking turns, actions, committee seats) to the one kept; it returns an undo
record. Nothing here imports Qt.
"""

from __future__ import annotations

import enum
import functools
import re
import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import InvalidInput, NotFound
from ogpdesk.core.meetings import live
from ogpdesk.core.models import (
    ActionItem,
    Attendance,
    AttendanceStatus,
    CommitteeMember,
    Intervention,
    Participant,
    SpeakingTurn,
    StakeholderGroup,
)
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP

PARTICIPANT = QT_TRANSLATE_NOOP("Errors", "participant")
SAME_RECORD = QT_TRANSLATE_NOOP("Errors", "A participant cannot be merged with themself.")

# Written as people type them; compared folded (see ``_TITLES``). Only in front of a name,
# and never the last word: "Docteur" alone stays a name.
_TITLE_WORDS = (
    # Arabic, with and without the article.
    "الأستاذ", "الأستاذة", "أستاذ", "أستاذة", "الدكتور", "الدكتورة", "دكتور", "دكتورة",
    "د", "أ", "السيد", "السيدة", "سيد", "سيدة", "الآنسة", "آنسة", "الخبير", "الخبيرة",
    "خبير", "خبيرة", "المهندس", "المهندسة", "مهندس", "مهندسة", "الحاج", "الحاجة",
    "الشيخ", "المحامي", "المحامية", "الأستاذ الدكتور",
    # French and English.
    "m", "mr", "mrs", "ms", "mme", "mmes", "mlle", "mlles", "monsieur", "madame",
    "mademoiselle", "messieurs", "dr", "docteur", "doctor", "pr", "prof", "professeur",
    "professeure", "professor", "me", "maître", "maitre", "ing", "ingénieur", "ir",
    "sir", "miss", "expert", "experte",
)  # fmt: skip
_TITLES = frozenset(normalise(word) for word in _TITLE_WORDS)
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NON_WORD = re.compile(r"[\W_]+")
# Folding a folded name again changes nothing after one pass in practice; the bound only
# guards against a Unicode oddity looping.
_MAX_PASSES = 4


@functools.lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The folded form two spellings of one person's name share; idempotent."""
    key = name
    for _ in range(_MAX_PASSES):
        folded = _fold_once(key)
        if folded == key:
            break
        key = folded
    return key


def _fold_once(name: str) -> str:
    # Case first: casefolding can produce accents ("İ" → "i̇") that normalise then drops.
    text = normalise(_BRACKETS.sub(" ", name.casefold()))
    words = _NON_WORD.sub(" ", text).split()
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return " ".join(words)


@functools.lru_cache(maxsize=100_000)
def organisation_key(organisation: str | None) -> str:
    return " ".join(_NON_WORD.sub(" ", normalise(organisation or "")).split())


class MatchKind(enum.StrEnum):
    LINKED = "linked"
    AMBIGUOUS = "ambiguous"
    NEW = "new"


@dataclass(frozen=True)
class PersonMatch:
    """What a name stands for: one participant, several (``ambiguous``), or nobody yet."""

    kind: MatchKind
    participant_id: str | None = None
    # The people it could be, when ambiguous (ids, directory order).
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """One person of the directory, folded for matching (``key``, ``words``,
    ``organisation``) and for typing ahead (``name``, and ``search``, name and organisation:
    folded by ``textnorm.normalise`` alone, titles and brackets kept, as a typist may type
    them)."""

    id: str
    key: str
    words: frozenset[str]
    organisation: str
    name: str
    search: str
    group: StakeholderGroup | None


# (id, full name, organisation, stakeholder group): what the directory is folded from.
Row = tuple[str, str, str | None, StakeholderGroup | None]
_ROW = (
    Participant.id,
    Participant.full_name,
    Participant.organisation,
    Participant.stakeholder_group,
)


@dataclass(frozen=True)
class Directory:
    """The directory folded for matching: one read, then any number of ``match`` calls
    (a participants file of 2,000 rows plans against one)."""

    fingerprint: tuple[Any, ...]
    by_key: dict[str, tuple[Person, ...]]
    people: dict[str, Person]
    # Every id the store held when read, removed ones included: what a later read adds.
    known: frozenset[str] = frozenset()

    @classmethod
    def of(cls, rows: Iterable[Row], fingerprint: tuple[Any, ...] = ()) -> Directory:
        """The directory of (id, full name, organisation, stakeholder group) rows, in the
        order given."""
        people = {row[0]: _person(*row) for row in rows}
        return cls(fingerprint, _by_key(people), people, frozenset(people))

    def updated(self, rows: Iterable[tuple[Row, bool]], fingerprint: tuple[Any, ...]) -> Directory:
        """This directory with ``rows`` (row, removed) changed or added."""
        people = dict(self.people)
        known = set(self.known)
        for row, removed in rows:
            known.add(row[0])
            if removed:
                people.pop(row[0], None)
            else:
                people[row[0]] = _person(*row)
        return Directory(fingerprint, _by_key(people), people, frozenset(known))

    def match(
        self, name: str, organisation: str | None = None, present: frozenset[str] = frozenset()
    ) -> PersonMatch:
        """Who ``name`` is, ``present`` being the ids of the people at the meeting."""
        key = name_key(name)
        if not key:
            return PersonMatch(MatchKind.NEW)
        org = organisation_key(organisation)
        exact = list(self.by_key.get(key, ()))
        here = [p for p in exact if p.id in present]
        decided = _decide(here, org) or _decide(exact, org)
        if decided is not None:
            return decided
        words = frozenset(key.split())
        partial = sorted(
            (
                self.people[pid]
                for pid in present
                if pid in self.people and words < self.people[pid].words
            ),
            key=lambda p: (p.key, p.id),
        )
        return _decide(partial, org) or PersonMatch(MatchKind.NEW)


# One directory per database, rebuilt when a participant is added, edited or removed (the
# row count, latest ``updated_at`` or deleted count changes): a capture line, or a keystroke
# in the sign-in search, costs one small query, not a fold of the whole directory.
_directories: weakref.WeakKeyDictionary[Engine, Directory] = weakref.WeakKeyDictionary()


def _person(
    pid: str, name: str, organisation: str | None, group: StakeholderGroup | None
) -> Person:
    key = name_key(name)
    folded = normalise(name)
    search = f"{folded} {normalise(organisation or '')}"
    return Person(
        pid, key, frozenset(key.split()), organisation_key(organisation), folded, search, group
    )


def _by_key(people: dict[str, Person]) -> dict[str, tuple[Person, ...]]:
    grouped: dict[str, list[Person]] = {}
    for person in people.values():
        grouped.setdefault(person.key, []).append(person)
    return {key: tuple(found) for key, found in grouped.items()}


def directory_fingerprint(session: Session) -> tuple[object, ...]:
    """What changes whenever a participant is added, edited or removed: a folded copy of
    the directory is current while this stays the same."""
    return tuple(
        session.execute(
            select(
                func.count(),
                func.max(Participant.updated_at),
                # Counted, not summed: PostgreSQL does not add up booleans.
                func.count().filter(Participant.deleted.is_(True)),
            )
        ).one()
    )


def directory(session: Session) -> Directory:
    """The live directory as the session sees it (what it flushed included).

    A capture line that adds a person must not fold the whole directory again: the rows
    changed since the last read (``updated_at`` at or after its latest) are read and folded
    alone, and everything is read again only when rows came in some other way (a merge from
    another laptop keeps their own, older, timestamps)."""
    fingerprint = directory_fingerprint(session)
    engine = session.get_bind().engine
    cached = _directories.get(engine)
    if cached is not None and cached.fingerprint == fingerprint:
        return cached
    if cached is not None and cached.fingerprint[1] is not None:
        changed = [
            ((pid, name, organisation, group), removed)
            for pid, name, organisation, group, removed in session.execute(
                select(*_ROW, func.coalesce(Participant.deleted, False)).where(
                    Participant.updated_at >= cached.fingerprint[1]
                )
            )
        ]
        added = {row[0] for row, _removed in changed} - cached.known
        if len(cached.known) + len(added) == fingerprint[0]:
            found = cached.updated(changed, fingerprint)
            _directories[engine] = found
            return found
    rows = session.execute(
        select(*_ROW).where(live(Participant)).order_by(Participant.created_at, Participant.id)
    )
    found = Directory.of(
        ((pid, name, organisation, group) for pid, name, organisation, group in rows), fingerprint
    )
    everyone = frozenset(session.scalars(select(Participant.id)))
    found = Directory(found.fingerprint, found.by_key, found.people, everyone)
    _directories[engine] = found
    return found


def present_at(session: Session, meeting_id: str | None) -> frozenset[str]:
    """Ids of the people invited to or present at a meeting (live attendance)."""
    if meeting_id is None:
        return frozenset()
    return frozenset(
        session.scalars(
            select(Attendance.participant_id).where(
                Attendance.meeting_id == meeting_id, live(Attendance)
            )
        )
    )


def _decide(found: list[Person], organisation: str) -> PersonMatch | None:
    """One of ``found`` by organisation, ambiguous, or None when there is nobody or the
    organisation rules every one out (same name, another organisation: another person)."""
    if not found:
        return None
    if organisation:
        same = [p for p in found if p.organisation == organisation]
        if len(same) == 1:
            return PersonMatch(MatchKind.LINKED, same[0].id)
        if same:
            return PersonMatch(MatchKind.AMBIGUOUS, candidates=tuple(p.id for p in same))
        found = [p for p in found if not p.organisation]
        if not found:
            return None
    if len(found) == 1:
        return PersonMatch(MatchKind.LINKED, found[0].id)
    return PersonMatch(MatchKind.AMBIGUOUS, candidates=tuple(p.id for p in found))


def match_person(
    session: Session,
    name: str,
    *,
    organisation: str | None = None,
    meeting_id: str | None = None,
) -> PersonMatch:
    """Who ``name`` (with ``organisation``, if known) is, at ``meeting_id``; see the module."""
    if not name_key(name):
        return PersonMatch(MatchKind.NEW)
    return directory(session).match(name, organisation, present_at(session, meeting_id))


def find_person(
    session: Session,
    name: str,
    *,
    organisation: str | None = None,
    meeting_id: str | None = None,
) -> Participant | None:
    """The participant ``name`` is linked to, or None (ambiguous or new)."""
    found = match_person(session, name, organisation=organisation, meeting_id=meeting_id)
    if found.kind is not MatchKind.LINKED or found.participant_id is None:
        return None
    return session.get(Participant, found.participant_id)


# ---------------------------------------------------------------- the directory, listed


@dataclass(frozen=True)
class PersonRow:
    """A line of the directory view: who, and in how many meetings they appear."""

    id: str
    full_name: str
    organisation: str | None
    meetings: int
    # Records whose name folds the same: probably one person twice.
    twins: int


def list_people(session: Session) -> list[PersonRow]:
    """Every live participant, by folded name, with their meeting counts and namesakes."""
    counts = dict(
        session.execute(
            select(Attendance.participant_id, func.count())
            .where(live(Attendance))
            .group_by(Attendance.participant_id)
        ).all()
    )
    rows = session.execute(
        select(Participant.id, Participant.full_name, Participant.organisation).where(
            live(Participant)
        )
    ).all()
    keys = {pid: name_key(name) for pid, name, _org in rows}
    shared = Counter(keys.values())
    listed = [
        PersonRow(pid, name, org, counts.get(pid, 0), shared[keys[pid]] - 1)
        for pid, name, org in rows
    ]
    return sorted(listed, key=lambda r: (keys[r.id], r.organisation or "", r.id))


# ---------------------------------------------------------------- merging two records

# Fields of the kept record filled from the other when empty.
_FILLED = (
    "organisation",
    "role",
    "stakeholder_group",
    "gender",
    "disability",
    "age_band",
    "phone",
    "email",
    "city",
    "institution_id",
)
_LINKS: tuple[tuple[type[Any], str], ...] = (
    (Intervention, "participant_id"),
    (SpeakingTurn, "participant_id"),
    (ActionItem, "owner_id"),
    (CommitteeMember, "participant_id"),
)
# When both attended one meeting, the stronger status is kept.
_STRENGTH = {
    AttendanceStatus.PRESENT: 4,
    AttendanceStatus.REMOTE: 3,
    AttendanceStatus.EXCUSED: 2,
    AttendanceStatus.ABSENT: 1,
    AttendanceStatus.INVITED: 0,
}


@dataclass(frozen=True)
class ParticipantMerge:
    """A merge as applied: every field written, with its value before and after, so that
    undo writes the old values back and redo the new ones (each in a fresh session)."""

    kept_id: str
    merged_id: str
    # (model name, row id, field, before, after)
    writes: tuple[tuple[str, str, str, Any, Any], ...]

    def changes(self) -> Changes:
        return Changes(participants=True, attendance=True, timeline=True, actions=True)

    def undo(self, session: Session) -> Changes:
        for model, row_id, name, before, _after in reversed(self.writes):
            _write(session, model, row_id, name, before)
        session.flush()
        return self.changes()

    def redo(self, session: Session) -> Changes:
        for model, row_id, name, _before, after in self.writes:
            _write(session, model, row_id, name, after)
        session.flush()
        return self.changes()

    @property
    def changed(self) -> bool:
        return bool(self.writes)


_MODELS: dict[str, type[Any]] = {
    model.__name__: model
    for model in (Participant, Attendance, Intervention, SpeakingTurn, ActionItem, CommitteeMember)
}


def _write(session: Session, model: str, row_id: str, name: str, value: Any) -> None:
    row = session.get(_MODELS[model], row_id)
    if row is None:
        raise NotFound(what=PARTICIPANT, query=row_id)
    setattr(row, name, value)


def merge_participants(session: Session, kept_id: str, merged_id: str) -> ParticipantMerge:
    """Make ``merged_id`` the same person as ``kept_id``: every link moves to the kept
    record, its empty fields are filled from the other, and the other is soft-deleted."""
    if kept_id == merged_id:
        raise InvalidInput(SAME_RECORD)
    kept = session.get(Participant, kept_id)
    merged = session.get(Participant, merged_id)
    for pid, row in ((kept_id, kept), (merged_id, merged)):
        if row is None or row.deleted:
            raise NotFound(what=PARTICIPANT, query=pid)
    assert kept is not None and merged is not None
    writes: list[tuple[str, str, str, Any, Any]] = []

    def write(row: Any, name: str, value: Any) -> None:
        before = getattr(row, name)
        if before != value:
            writes.append((type(row).__name__, row.id, name, before, value))
            setattr(row, name, value)

    for name in _FILLED:
        if getattr(kept, name) in (None, "") and getattr(merged, name) not in (None, ""):
            write(kept, name, getattr(merged, name))
    kept_attendance = {
        a.meeting_id: a
        for a in session.scalars(
            select(Attendance).where(Attendance.participant_id == kept_id, live(Attendance))
        )
    }
    for attendance in session.scalars(
        select(Attendance).where(Attendance.participant_id == merged_id, live(Attendance))
    ):
        other = kept_attendance.get(attendance.meeting_id)
        if other is None:
            # The unique (meeting, participant) pair may hold a deleted row of the kept
            # person: bring that one back rather than move this one onto it.
            dormant = session.scalars(
                select(Attendance).where(
                    Attendance.participant_id == kept_id,
                    Attendance.meeting_id == attendance.meeting_id,
                )
            ).first()
            if dormant is None:
                write(attendance, "participant_id", kept_id)
                continue
            other = dormant
            write(other, "deleted", False)
            write(other, "status", attendance.status)
            write(other, "signed_in_at", attendance.signed_in_at)
        elif _STRENGTH[attendance.status] > _STRENGTH[other.status]:
            write(other, "status", attendance.status)
            write(other, "signed_in_at", other.signed_in_at or attendance.signed_in_at)
        write(attendance, "deleted", True)
    for model, column in _LINKS:
        for row in session.scalars(select(model).where(getattr(model, column) == merged_id)):
            write(row, column, kept_id)
            if isinstance(row, Intervention | SpeakingTurn) and row.speaker_name:
                write(row, "speaker_name", kept.full_name)
            if isinstance(row, ActionItem) and row.owner_name:
                write(row, "owner_name", kept.full_name)
    write(merged, "deleted", True)
    session.flush()
    return ParticipantMerge(kept_id, merged_id, tuple(writes))
