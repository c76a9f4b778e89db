"""Exchange between laptops: a bundle out of one store, merged field by field into another.

**Versions.** Every field of every record has a version: when it was written and a version
vector ``{store id: counter}``. Versions are not kept up to date by each edit (capture must
stay one quick commit): before a store writes a bundle or merges one, it *catches up* —
a field whose value differs from the value it had at the last exchange (``sync_clock``) was
changed here since, and gets this store's next counter.

**Merging a field.** The incoming version is already known here (its vector is below ours):
nothing to do. Ours is below theirs: theirs was written after ours, take it. Neither: both
laptops changed the field since they last exchanged — a conflict. The newer value (then the
larger, so that every laptop chooses alike) is shown; the other goes to the "to review" list
(``ReviewItem``, whose id is derived from what it holds so two laptops meeting the same
conflict keep one item). Counters (``item_counter``) take the larger value instead.
Deletions are the ``deleted`` field, so they travel like any change.

This makes merging idempotent (the same bundle twice: every version already known) and
symmetric (A into B and B into A choose the same values and the same review items).

**Held back.** A change to an approved meeting (or its content) is not applied but kept for
review; so is a record whose parent neither store has (an orphan), whole. A person not known
by id but already in the directory under the same name is matched, not added again.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    ColumnDefault,
    Table,
    UniqueConstraint,
    bindparam,
    delete,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from ogpdesk.core import syncstate
from ogpdesk.core.bundle import (
    Bundle,
    LinkLine,
    RecordLine,
    Scope,
    encode,
    fields_of,
    from_json,
    link_tables,
    no_cycle_collection,
    pack,
    record_tables,
    references,
    row_values,
    table_of,
    unpack,
)
from ogpdesk.core.changes import EVERYTHING, Changes
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.core.meetings import get_meeting
from ogpdesk.core.models import MeetingStatus, ReviewReason, SyncClock, utcnow
from ogpdesk.core.people import MatchKind, directory
from ogpdesk.core.search import rebuild_index, reindex
from ogpdesk.core.store import head_revision
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP, translate

# Fields that only grow (the last position handed out in a meeting): merged by taking the
# larger, never a conflict — two groups capturing in one meeting both move it.
GROWING = frozenset({"item_counter", "version"})
# Who last changed a record: the newer is shown, the other is not worth a review item.
NEWEST_WINS = frozenset({"updated_by"})
# Columns that own a record: a meeting's content has meeting_id, a process's has process_id.
OWNING = ("process_id", "meeting_id", "commitment_id")
# What names a record in a report or the review list.
LABELS = ("full_name", "title", "text", "task", "summary", "deliverable", "name", "label")
NAMESPACE = uuid.UUID("0b6e3f0e-6a8f-4c55-9d1e-2c4f0f2a9b16")
CHUNK = 500
# Beyond this many ids, reading a whole table and keeping those wanted is quicker than
# asking for them a chunk at a time (each chunk a statement compiled afresh).
WHOLE_TABLE = 2000
# Beyond this many records written, indexing the whole store afresh is quicker.
REINDEX_LIMIT = 5000

# A field's clock: [value at the last exchange, written at, version vector].
Entry = list[Any]
Clock = dict[str, Entry]
# A sync_clock row as stored: (seen_at, snapshot, versions).
StoredClock = tuple[dt.datetime | None, str, str]


# -- reports --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    table: str
    row_id: str
    label: str
    field: str
    shown: Any
    kept: Any


@dataclass(frozen=True)
class Held:
    table: str
    row_id: str
    label: str
    reason: ReviewReason


@dataclass
class MergeReport:
    """What a merge adds, changes, deletes, and keeps for review — shown before it is written."""

    source: str = ""
    added: Counter[str] = field(default_factory=Counter)
    changed: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.changed
            or self.deleted
            or self.conflicts
            or self.held
            or self.matched
        )

    def changes(self) -> Changes:
        return Changes() if self.empty else EVERYTHING

    def render(self, lang: str = "en") -> str:
        def tr(template: str, **args: object) -> str:
            return translate(lang, "Merge", template).format(**args)

        if self.empty:
            return tr(NOTHING_NEW)
        lines = []
        for template, counts in ((ADDED, self.added), (CHANGED, self.changed)):
            for table, count in sorted(counts.items()):
                lines.append(tr(template, count=count, kind=kind_name(lang, table)))
        for table, count in sorted(self.deleted.items()):
            lines.append(tr(DELETED, count=count, kind=kind_name(lang, table)))
        for name in self.matched:
            lines.append(tr(MATCHED, name=name))
        for conflict in self.conflicts:
            lines.append(
                tr(
                    CONFLICT_LINE,
                    kind=kind_name(lang, conflict.table),
                    label=conflict.label,
                    field=field_name(lang, conflict.field),
                    shown=conflict.shown,
                    kept=conflict.kept,
                )
            )
        for held in self.held:
            template = HELD_APPROVED if held.reason is ReviewReason.APPROVED else HELD_ORPHAN
            lines.append(tr(template, kind=kind_name(lang, held.table), label=held.label))
        return "\n".join(lines)


NOTHING_NEW = QT_TRANSLATE_NOOP("Merge", "Nothing new: this store already holds all of it.")
ADDED = QT_TRANSLATE_NOOP("Merge", "added: {count} {kind}")
CHANGED = QT_TRANSLATE_NOOP("Merge", "changed: {count} {kind}")
DELETED = QT_TRANSLATE_NOOP("Merge", "deleted: {count} {kind}")
MATCHED = QT_TRANSLATE_NOOP("Merge", "already in the directory, matched: {name}")
CONFLICT_LINE = QT_TRANSLATE_NOOP(
    "Merge", "conflict: {kind} “{label}”, {field}: “{shown}” shown, “{kept}” kept for review"
)
HELD_APPROVED = QT_TRANSLATE_NOOP("Merge", "held for review (approved meeting): {kind} “{label}”")
HELD_ORPHAN = QT_TRANSLATE_NOOP(
    "Merge", "held for review (its parent is in neither store): {kind} “{label}”"
)
KINDS = {
    "institution": QT_TRANSLATE_NOOP("Merge", "institutions"),
    "process": QT_TRANSLATE_NOOP("Merge", "processes"),
    "meeting": QT_TRANSLATE_NOOP("Merge", "meetings"),
    "participant": QT_TRANSLATE_NOOP("Merge", "participants"),
    "attendance": QT_TRANSLATE_NOOP("Merge", "attendance records"),
    "agenda_item": QT_TRANSLATE_NOOP("Merge", "agenda items"),
    "intervention": QT_TRANSLATE_NOOP("Merge", "interventions"),
    "speaking_turn": QT_TRANSLATE_NOOP("Merge", "speaking turns"),
    "recommendation": QT_TRANSLATE_NOOP("Merge", "recommendations"),
    "decision": QT_TRANSLATE_NOOP("Merge", "decisions"),
    "action_item": QT_TRANSLATE_NOOP("Merge", "action items"),
    "commitment": QT_TRANSLATE_NOOP("Merge", "commitments"),
    "milestone": QT_TRANSLATE_NOOP("Merge", "milestones"),
    "progress_review": QT_TRANSLATE_NOOP("Merge", "progress reviews"),
    "proposal": QT_TRANSLATE_NOOP("Merge", "proposals"),
    "committee_member": QT_TRANSLATE_NOOP("Merge", "committee seats"),
    "process_role": QT_TRANSLATE_NOOP("Merge", "process roles"),
    "review_item": QT_TRANSLATE_NOOP("Merge", "items to review"),
    "recommendation_source": QT_TRANSLATE_NOOP(
        "Merge", "links of recommendations to interventions"
    ),
    "process_lead_institution": QT_TRANSLATE_NOOP("Merge", "lead institutions of processes"),
    "commitment_lead_institution": QT_TRANSLATE_NOOP("Merge", "lead institutions of commitments"),
    "commitment_supporting_institution": QT_TRANSLATE_NOOP(
        "Merge", "supporting institutions of commitments"
    ),
}


FIELDS = {
    "title": QT_TRANSLATE_NOOP("Merge", "title"),
    "title_ar": QT_TRANSLATE_NOOP("Merge", "title (Arabic)"),
    "text": QT_TRANSLATE_NOOP("Merge", "text"),
    "translation": QT_TRANSLATE_NOOP("Merge", "translation"),
    "theme": QT_TRANSLATE_NOOP("Merge", "theme"),
    "addressee": QT_TRANSLATE_NOOP("Merge", "addressee"),
    "priority": QT_TRANSLATE_NOOP("Merge", "priority"),
    "status": QT_TRANSLATE_NOOP("Merge", "status"),
    "full_name": QT_TRANSLATE_NOOP("Merge", "name"),
    "organisation": QT_TRANSLATE_NOOP("Merge", "organisation"),
    "role": QT_TRANSLATE_NOOP("Merge", "role"),
    "phone": QT_TRANSLATE_NOOP("Merge", "phone"),
    "email": QT_TRANSLATE_NOOP("Merge", "e-mail"),
    "city": QT_TRANSLATE_NOOP("Merge", "city"),
    "place": QT_TRANSLATE_NOOP("Merge", "place"),
    "date": QT_TRANSLATE_NOOP("Merge", "date"),
    "summary": QT_TRANSLATE_NOOP("Merge", "summary"),
    "task": QT_TRANSLATE_NOOP("Merge", "task"),
    "owner_name": QT_TRANSLATE_NOOP("Merge", "owner"),
    "due_date": QT_TRANSLATE_NOOP("Merge", "due date"),
    "description": QT_TRANSLATE_NOOP("Merge", "description"),
    "deleted": QT_TRANSLATE_NOOP("Merge", "deleted"),
    "number": QT_TRANSLATE_NOOP("Merge", "number"),
    "presenter": QT_TRANSLATE_NOOP("Merge", "presenter"),
}


def field_name(lang: str, field: str) -> str:
    """A column as the user knows it; a column not listed by its own name."""
    template = FIELDS.get(field)
    return translate(lang, "Merge", template) if template else field


def kind_name(lang: str, table: str) -> str:
    template = KINDS.get(table)
    return translate(lang, "Merge", template) if template else table


@dataclass
class Undo:
    """What one merge wrote, to put back: one undo step in the window."""

    inserted: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    before: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    clocks: dict[tuple[str, str], StoredClock | None] = field(default_factory=dict)
    links: dict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))
    unlinked: dict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))
    state: dict[str, str | None] = field(default_factory=dict)
    # When each record it added or changed was last written, by the merge: a record written
    # since (a line captured into a meeting it brought moves the meeting's counter) is not
    # the merge's to put back.
    written: dict[str, dict[str, dt.datetime]] = field(default_factory=lambda: defaultdict(dict))


@dataclass
class MergeResult:
    report: MergeReport
    undo: Undo

    def changes(self) -> Changes:
        return self.report.changes()


# -- reading the store ----------------------------------------------------------------------


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _rows(session: Session, name: str, ids: Iterable[str] | None) -> dict[str, Any]:
    """Rows of ``name`` by id (all of them when ``ids`` is None), as Core row mappings."""
    table = table_of(name)
    if ids is None:
        return {row["id"]: row for row in session.execute(select(table)).mappings()}
    wanted = set(ids)
    if len(wanted) > WHOLE_TABLE:
        rows = session.execute(select(table)).mappings()
        return {row["id"]: row for row in rows if row["id"] in wanted}
    found: dict[str, Any] = {}
    for chunk in _chunks(sorted(wanted)):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = row
    return found


class _Clock:
    """A record's clock, read from ``sync_clock`` and parsed only when needed: most records
    have not changed on either side since the last exchange."""

    __slots__ = ("_fields", "seen_at", "snapshot", "versions")

    def __init__(
        self,
        seen_at: dt.datetime | None,
        snapshot: str = "",
        versions: str = "",
        fields: Clock | None = None,
    ) -> None:
        self.seen_at = seen_at
        self.snapshot = snapshot
        self.versions = versions
        self._fields = fields

    @property
    def parsed(self) -> bool:
        return self._fields is not None

    @property
    def fields(self) -> Clock:
        if self._fields is None:
            snapshot = json.loads(self.snapshot)
            self._fields = {
                key: [snapshot.get(key), at, vector]
                for key, (at, vector) in unpack(json.loads(self.versions)).items()
            }
        return self._fields

    def stored(self) -> StoredClock:
        """As ``sync_clock`` holds it; the clock is then as if read from there again."""
        if self._fields is not None:
            self.snapshot = encode({key: entry[0] for key, entry in self._fields.items()})
            self.versions = encode(
                pack({key: (entry[1], entry[2]) for key, entry in self._fields.items()})
            )
            self._fields = None
        return self.seen_at, self.snapshot, self.versions


def _clocks(session: Session, name: str, ids: Iterable[str]) -> dict[str, _Clock]:
    table = table_of(SyncClock.__tablename__)
    found: dict[str, _Clock] = {}
    wanted = set(ids)
    columns = (table.c.row_id, table.c.seen_at, table.c.snapshot, table.c.versions)
    if len(wanted) > WHOLE_TABLE:
        query = select(*columns).where(table.c.table_name == name)
        for row_id, seen_at, snapshot, versions in session.execute(query):
            if row_id in wanted:
                found[row_id] = _Clock(seen_at, snapshot, versions)
        return found
    for chunk in _chunks(sorted(wanted)):
        query = select(*columns).where(table.c.table_name == name, table.c.row_id.in_(chunk))
        for row_id, seen_at, snapshot, versions in session.execute(query):
            found[row_id] = _Clock(seen_at, snapshot, versions)
    return found


@dataclass
class _DefaultContext:
    """What a column's default function reads of the statement's execution context."""

    root_connection: Any


def _insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) in one driver call.

    SQLAlchemy's executemany prepares each row's parameters one by one; a merge inserts
    40,000 rows (records and their clocks), so they are prepared here a column at a time.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
    columns: dict[str, list[Any]] = {}
    for key in compiled.positiontup or [] if compiled.positional else list(compiled.binds):
        column = table.c[key]
        if key in rows[0]:
            values = [row[key] for row in rows]
        else:
            # A column the rows leave to its default (who wrote them, on a server).
            default = column.default
            assert isinstance(default, ColumnDefault)
            value = default.arg(_DefaultContext(connection)) if default.is_callable else default.arg
            values = [value] * len(rows)
        process = column.type.bind_processor(dialect)
        columns[key] = values if process is None else [process(value) for value in values]
    # In the order the statement names them (positional) or by name (pyformat).
    rows_out = zip(*columns.values(), strict=True)
    parameters: list[Any] = (
        list(rows_out)
        if compiled.positional
        else [dict(zip(columns, values, strict=True)) for values in rows_out]
    )
    connection.exec_driver_sql(compiled.string, parameters)


def _save_clocks(
    session: Session,
    name: str,
    clocks: dict[str, _Clock],
    existing: set[str],
    undo: Undo | None,
) -> None:
    if not clocks:
        return
    table = table_of(SyncClock.__tablename__)
    stale = [row_id for row_id in clocks if row_id in existing]
    if undo is not None:
        before = {row_id: clock.stored() for row_id, clock in _clocks(session, name, stale).items()}
        for row_id in clocks:
            undo.clocks.setdefault((name, row_id), before.get(row_id))
    for chunk in _chunks(stale):
        session.execute(delete(table).where(table.c.table_name == name, table.c.row_id.in_(chunk)))
    rows = []
    for row_id, clock in clocks.items():
        seen_at, snapshot, versions = clock.stored()
        rows.append(
            {
                "table_name": name,
                "row_id": row_id,
                "seen_at": seen_at,
                "snapshot": snapshot,
                "versions": versions,
            }
        )
    _insert_many(session, table, rows)


def _same_fields(session: Session, name: str) -> bool:
    """Whether the table's columns are those of its last exchange (a migration may have
    added one: then every record is read again, so that the new column travels)."""
    key = f"fields:{name}"
    signature = ",".join(sorted(fields_of(name)))
    if syncstate.get(session, key) == signature:
        return True
    syncstate.put(session, key, signature)
    return False


class _Counter:
    """This store's next counter, taken once per exchange and only if something changed."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.value: int | None = None

    def __call__(self) -> int:
        if self.value is None:
            self.value = syncstate.next_counter(self.session)
        return self.value


def _stamp(value: dt.datetime | None) -> str:
    return (value or utcnow()).isoformat(sep=" ")


def _catch_up(
    me: str,
    rows: dict[str, Any],
    name: str,
    clocks: dict[str, _Clock],
    counter: _Counter,
    *,
    fast: bool,
) -> dict[str, _Clock]:
    """Give this store's next counter to every field changed here since the last exchange;
    the clocks that changed. A record not updated since (``seen_at``) is skipped unread."""
    changed: dict[str, _Clock] = {}
    for row_id, row in rows.items():
        updated = row["updated_at"]
        clock = clocks.get(row_id)
        if fast and clock is not None and clock.seen_at == updated:
            continue
        values = row_values(name, row)
        at = _stamp(updated)
        if clock is None:
            # Every field written here, at once: one group of versions.
            versions = encode([[at, {me: counter()}, sorted(values)]])
            clock = _Clock(updated, encode(values), versions)
            clocks[row_id] = changed[row_id] = clock
            continue
        fields = clock.fields
        for key, value in values.items():
            entry = fields.get(key)
            if entry is None or entry[0] != value:
                vector = dict(entry[2]) if entry is not None else {}
                vector[me] = counter()
                fields[key] = [value, at, vector]
        clock.seen_at = updated
        changed[row_id] = clock
    return changed


# -- links ----------------------------------------------------------------------------------
# A link (a recommendation's source, a commitment's lead institution) has one clock in
# ``sync_clock``, under an id derived from the two records it links: whether it is there, and
# the version of its last addition or removal. A removal is found, as a changed field is,
# by comparing what is there with the clocks.


def _link_id(name: str, row: dict[str, str]) -> str:
    return _review_id("link", name, *(row[c.name] for c in link_tables()[name].columns))


def _link_rows(session: Session, name: str) -> list[dict[str, str]]:
    return [dict(row) for row in session.execute(select(link_tables()[name])).mappings()]


def _link_clock(row: dict[str, str], present: bool, at: str, vector: dict[str, int]) -> _Clock:
    return _Clock(None, encode({"link": row, "present": present}), encode([at, vector]))


def _link_state(clock: _Clock) -> tuple[dict[str, str], bool, str, dict[str, int]]:
    """The link a clock is about, whether it is there, and the version of that."""
    snapshot = json.loads(clock.snapshot)
    at, vector = json.loads(clock.versions)
    return snapshot["link"], snapshot["present"], at, vector


def _link_clocks(session: Session, name: str) -> dict[str, _Clock]:
    table = table_of(SyncClock.__tablename__)
    query = select(table.c.row_id, table.c.snapshot, table.c.versions).where(
        table.c.table_name == name
    )
    return {
        row_id: _Clock(None, snapshot, versions)
        for row_id, snapshot, versions in session.execute(query)
    }


def _catch_up_links(
    session: Session, name: str, clocks: dict[str, _Clock], me: str, counter: _Counter
) -> dict[str, _Clock]:
    """The clocks of the links added or removed here since the last exchange, each with this
    store's next counter."""
    now = _stamp(None)
    current = {_link_id(name, row): row for row in _link_rows(session, name)}
    changed: dict[str, _Clock] = {}
    for link_id, clock in clocks.items():
        row, present, _at, vector = _link_state(clock)
        if present != (link_id in current):
            changed[link_id] = _link_clock(row, not present, now, {**vector, me: counter()})
    for link_id, row in current.items():
        if link_id not in clocks:
            changed[link_id] = _link_clock(row, True, now, {me: counter()})
    return changed


# -- what a bundle holds --------------------------------------------------------------------


def scope_ids(session: Session, scope: Scope) -> dict[str, set[str]]:
    """Ids of the records a bundle of ``scope`` holds: the meeting or process, everything it
    owns, the participants directory, and every record these refer to."""
    tables = record_tables()
    keys: dict[str, list[Any]] = {}
    for name in tables:
        table = table_of(name)
        columns = [table.c.id, *(table.c[c] for c in references(name))]
        keys[name] = [row._mapping for row in session.execute(select(*columns))]
    ids: dict[str, set[str]] = defaultdict(set)
    if scope.meeting_id is not None:
        ids["meeting"].add(get_meeting(session, scope.meeting_id).id)
    elif scope.process_id is not None:
        ids["process"].add(scope.process_id)
    else:
        for name, rows in keys.items():
            ids[name] = {row["id"] for row in rows}
    growing = True
    while growing:
        growing = False
        for name, rows in keys.items():
            owners = [(c, references(name)[c]) for c in OWNING if c in references(name)]
            for row in rows:
                if row["id"] in ids[name]:
                    continue
                if any(row[c] is not None and row[c] in ids[ref] for c, ref in owners):
                    ids[name].add(row["id"])
                    growing = True
    ids["participant"] |= {row["id"] for row in keys["participant"]}
    # What a record in scope is linked to travels with it (a process's lead institutions).
    for table in link_tables().values():
        ends = [(column.name, _target(column)) for column in table.columns]
        for row in session.execute(select(table)).mappings():
            if any(row[key] in ids[ref] for key, ref in ends):
                for key, ref in ends:
                    ids[ref].add(row[key])
    # Upwards: whatever the records refer to travels with them, so that the other side can
    # place them (a meeting's process, a participant's institution).
    growing = True
    while growing:
        growing = False
        for name, rows in keys.items():
            for row in rows:
                if row["id"] not in ids[name]:
                    continue
                for column, ref in references(name).items():
                    value = row[column]
                    if value is not None and value not in ids[ref]:
                        ids[ref].add(value)
                        growing = True
    review = table_of("review_item")
    meetings = ids["meeting"]
    everything = set().union(*ids.values())
    for row_id, about, meeting in session.execute(
        select(review.c.id, review.c.row_id, review.c.meeting_id)
    ):
        if about in everything or meeting in meetings:
            ids["review_item"].add(row_id)
    return ids


# Told (tables done, tables in all) as a bundle is made; may raise ``Cancelled`` to stop it.
Progress = Callable[[int, int], None]


def make_bundle(session: Session, scope: Scope, progress: Progress | None = None) -> Bundle:
    """The bundle of ``scope``, versions brought up to date (a write: run it in a transaction,
    which ``progress`` raising ``Cancelled`` rolls back)."""
    with no_cycle_collection():
        return _make_bundle(session, scope, progress or (lambda done, total: None))


def _make_bundle(session: Session, scope: Scope, progress: Progress) -> Bundle:
    me = syncstate.store_id(session)
    counter = _Counter(session)
    ids = scope_ids(session, scope)
    bundle = Bundle(
        store_id=me,
        scope=scope,
        created_at=_stamp(None),
        schema=head_revision(),
    )
    total = len(record_tables()) + len(link_tables())
    for done, name in enumerate(record_tables()):
        progress(done, total)
        wanted = ids.get(name, set())
        if not wanted:
            continue
        rows = _rows(session, name, wanted)
        clocks = _clocks(session, name, rows)
        existing = set(clocks)
        fast = _same_fields(session, name)
        changed = _catch_up(me, rows, name, clocks, counter, fast=fast)
        _save_clocks(session, name, changed, existing, None)
        lines = []
        for row_id in sorted(rows):
            # As stored (just caught up and saved): the line is written without parsing.
            _seen, snapshot, versions = clocks[row_id].stored()
            encoded = f'{{"id":{json.dumps(row_id)},"values":{snapshot},"versions":{versions}}}'
            lines.append(RecordLine(name, row_id, {}, {}, encoded=encoded))
        bundle.records[name] = lines
    for done, (name, table) in enumerate(link_tables().items(), start=len(record_tables())):
        progress(done, total)
        columns = list(table.columns)
        stored = _link_clocks(session, name)
        changed = _catch_up_links(session, name, stored, me, counter)
        _save_clocks(session, name, changed, set(stored), None)
        links = []
        for _id, clock in sorted({**stored, **changed}.items()):
            row, present, at, vector = _link_state(clock)
            # A link there has both ends in scope (``scope_ids``); one removed, maybe one.
            if any(row[c.name] in ids.get(_target(c), set()) for c in columns):
                links.append(LinkLine(row, present, (at, vector)))
        bundle.links[name] = links
    progress(total, total)
    return bundle


def _target(column: Column[Any]) -> str:
    return next(iter(column.foreign_keys)).column.table.name


# -- merging --------------------------------------------------------------------------------


def _leq(a: dict[str, int], b: dict[str, int]) -> bool:
    return all(count <= b.get(store, 0) for store, count in a.items())


def _joined(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {store: max(a.get(store, 0), b.get(store, 0)) for store in sorted({*a, *b})}


def _order(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _label(values: dict[str, Any]) -> str:
    for key in LABELS:
        value = values.get(key)
        if isinstance(value, str) and value:
            return value if len(value) <= 60 else value[:59] + "…"
    return ""


def _python(name: str, line: RecordLine, values: dict[str, Any] | None = None) -> dict[str, Any]:
    """Values of ``line`` (or ``values``, JSON) as the columns take them; a person's folded
    name is folded here, as the model does, not taken from the file."""
    columns = fields_of(name)
    if values is None:
        found = dict(line.python) or {
            key: from_json(columns[key], raw) for key, raw in line.values.items()
        }
    else:
        found = {
            key: line.python[key]
            if key in line.python and line.values.get(key) == raw
            else from_json(columns[key], raw)
            for key, raw in values.items()
        }
    if name == "participant" and found.get("full_name") is not None:
        found["folded_name"] = normalise(found["full_name"])
    return found


def _review_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


class _Merge:
    def __init__(self, session: Session, bundle: Bundle) -> None:
        self.session = session
        self.bundle = bundle
        self.me = syncstate.store_id(session)
        self.counter = _Counter(session)
        self.report = MergeReport(source=bundle.source)
        self.undo = Undo()
        self.aliases = syncstate.aliases(session)
        self.reviews: dict[str, dict[str, Any]] = {}
        self.incoming = {
            name: {line.id: line for line in bundle.records.get(name, [])}
            for name in record_tables()
        }
        self.local: dict[str, dict[str, Any]] = {}
        self.clocks: dict[str, dict[str, _Clock]] = {}
        self.known: dict[str, set[str]] = defaultdict(set)
        self.held: set[tuple[str, str]] = set()

    def run(self) -> MergeResult:
        if self.session.get_bind().dialect.name == "sqlite":
            # Rows of one table may refer to each other (a merged recommendation): checked at
            # the commit, when all are in.
            self.session.execute(text("PRAGMA defer_foreign_keys=ON"))
        self._load()
        self._match_people()
        self._remap()
        self._match_unique()
        self._find_orphans()
        approved = set(
            self.session.scalars(
                select(table_of("meeting").c.id).where(
                    table_of("meeting").c.status == MeetingStatus.APPROVED
                )
            )
        )
        for name in record_tables():
            self._merge_table(name, approved)
        self._merge_links()
        self._write_reviews()
        self._preset_group()
        _index(self.session, self.undo)
        return MergeResult(self.report, self.undo)

    def _load(self) -> None:
        for name, lines in self.incoming.items():
            if not lines:
                continue
            rows = _rows(self.session, name, lines)
            clocks = _clocks(self.session, name, rows)
            existing = set(clocks)
            fast = _same_fields(self.session, name)
            changed = _catch_up(self.me, rows, name, clocks, self.counter, fast=fast)
            _save_clocks(self.session, name, changed, existing, self.undo)
            self.local[name] = rows
            self.clocks[name] = clocks
            self.known[name] |= set(rows)

    def _match_people(self) -> None:
        """A person new by id but already in the directory by name is matched, not added."""
        lines = self.incoming.get("participant", {})
        new = [
            line
            for row_id, line in lines.items()
            if row_id not in self.local.get("participant", {}) and row_id not in self.aliases
        ]
        if not new:
            return
        people = directory(self.session)
        for line in new:
            if line.values.get("deleted"):
                continue
            name = line.values.get("full_name") or ""
            found = people.match(name, line.values.get("organisation"))
            if found.kind is MatchKind.LINKED and found.participant_id is not None:
                self._alias(line.id, found.participant_id)
                self.report.matched.append(name)

    def _alias(self, remote_id: str, local_id: str) -> None:
        self.aliases[remote_id] = local_id
        key = syncstate.ALIAS + remote_id
        self.undo.state.setdefault(key, syncstate.get(self.session, key))
        syncstate.put(self.session, key, local_id)

    def _match_unique(self) -> None:
        """A new record with the key of one already here (the same person's attendance at the
        same meeting, signed in on two laptops) is that record."""
        for name, lines in self.incoming.items():
            table = table_of(name)
            keys = [
                [column.name for column in constraint.columns]
                for constraint in table.constraints
                if isinstance(constraint, UniqueConstraint)
            ]
            local = self.local.get(name, {})
            for key in keys:
                for row_id, line in lines.items():
                    if row_id in local or row_id in self.aliases:
                        continue
                    values = [line.values.get(column) for column in key]
                    if any(value is None for value in values):
                        continue
                    found = self.session.scalar(
                        select(table.c.id).where(
                            *(
                                table.c[column] == value
                                for column, value in zip(key, values, strict=True)
                            )
                        )
                    )
                    if found is not None and found != row_id:
                        self._alias(row_id, found)

    def _remap(self) -> None:
        if not self.aliases:
            return
        for name, lines in self.incoming.items():
            columns = list(references(name))
            for line in lines.values():
                for column in columns:
                    value = line.values.get(column)
                    if value in self.aliases:
                        line.values[column] = self.aliases[value]
                        if column in line.python:
                            line.python[column] = self.aliases[value]

    def _exists(self, name: str, ids: set[str]) -> set[str]:
        missing = sorted(ids - self.known[name])
        if missing:
            table = table_of(name)
            for chunk in _chunks(missing):
                self.known[name] |= set(
                    self.session.scalars(select(table.c.id).where(table.c.id.in_(chunk)))
                )
        return ids & self.known[name]

    def _find_orphans(self) -> None:
        """Records referring to a record neither store has; and those referring to them."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for name, lines in self.incoming.items():
            for column, ref in references(name).items():
                for line in lines.values():
                    value = line.values.get(column)
                    if value is not None and value not in self.incoming.get(ref, {}):
                        wanted[ref].add(value)
        for ref, ids in wanted.items():
            self._exists(ref, ids)
        growing = True
        while growing:
            growing = False
            for name, lines in self.incoming.items():
                for row_id, line in lines.items():
                    if (name, row_id) in self.held or row_id in self.aliases:
                        continue
                    for column, ref in references(name).items():
                        value = line.values.get(column)
                        if value is None or value in self.known[ref]:
                            continue
                        if value in self.incoming.get(ref, {}) and (ref, value) not in self.held:
                            continue
                        self.held.add((name, row_id))
                        growing = True
                        break

    def _review(
        self,
        reason: ReviewReason,
        name: str,
        row_id: str,
        key: str | None,
        value: Any,
        at: str | None,
        meeting_id: str | None,
    ) -> bool:
        """Keep ``value`` for review; True when it is not kept already."""
        encoded = _order(value)
        review_id = _review_id(reason.value, name, row_id, key or "", encoded, at or "")
        stamp = dt.datetime.fromisoformat(at) if at else None
        self.reviews[review_id] = {
            "id": review_id,
            "reason": reason,
            "table_name": name,
            "row_id": row_id,
            "field": key,
            "value": encoded,
            "written_at": stamp,
            "meeting_id": meeting_id,
            # Derived from what it holds, like the id: the same item on every laptop.
            "created_at": stamp or dt.datetime(2000, 1, 1),
            "updated_at": stamp or dt.datetime(2000, 1, 1),
            "deleted": False,
        }
        return review_id not in self._exists("review_item", {review_id})

    def _merge_table(self, name: str, approved: set[str]) -> None:
        lines = self.incoming.get(name, {})
        if not lines:
            return
        table = table_of(name)
        local = self.local.get(name, {})
        clocks = self.clocks.setdefault(name, {})
        inserts: list[dict[str, Any]] = []
        new_clocks: dict[str, _Clock] = {}
        updates: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        for row_id, line in lines.items():
            meeting_id = row_id if name == "meeting" else line.values.get("meeting_id")
            if (name, row_id) in self.held:
                self._hold(ReviewReason.ORPHAN, line, meeting_id)
                continue
            if row_id in self.aliases:
                self._fill_matched(name, line)
                continue
            row = local.get(row_id)
            if row is None:
                if meeting_id in approved:
                    self._hold(ReviewReason.APPROVED, line, meeting_id)
                    continue
                values = _python(name, line)
                stamps = [version[0] for version in line.versions.values()]
                values["id"] = row_id
                values["updated_at"] = dt.datetime.fromisoformat(max(stamps))
                inserts.append(values)
                # Stored as the file has it: nothing to parse or pack again.
                new_clocks[row_id] = _Clock(
                    values["updated_at"],
                    encode(line.values),
                    encode(line.packed if line.packed is not None else pack(line.versions)),
                )
                self.undo.inserted[name].append(row_id)
                self.undo.written[name][row_id] = values["updated_at"]
                if not line.values.get("deleted"):
                    self.report.added[name] += 1
                continue
            clock = clocks[row_id]
            packed = line.packed if line.packed is not None else pack(line.versions)
            if not clock.parsed and clock.versions == encode(packed):
                # Not changed here since the last exchange, and nothing new in the bundle.
                continue
            local_meeting = row_id if name == "meeting" else row.get("meeting_id")
            self._merge_row(
                name,
                line,
                row,
                clock,
                frozen=local_meeting in approved or meeting_id in approved,
                meeting_id=local_meeting,
                updates=updates,
                new_clocks=new_clocks,
            )
        if inserts:
            by_keys: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
            for values in inserts:
                by_keys[frozenset(values)].append(values)
            for group in by_keys.values():
                _insert_many(self.session, table, group)
        for keys, rows in updates.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values({key: bindparam(f"_{key}") for key in keys if key != "id"})
            )
            self.session.connection().execute(
                statement, [{f"_{key}": value for key, value in row.items()} for row in rows]
            )
        _save_clocks(self.session, name, new_clocks, set(local), self.undo)

    def _merge_row(
        self,
        name: str,
        line: RecordLine,
        row: Any,
        clock: _Clock,
        *,
        frozen: bool,
        meeting_id: str | None,
        updates: dict[frozenset[str], list[dict[str, Any]]],
        new_clocks: dict[str, _Clock],
    ) -> None:
        merged = {key: list(entry) for key, entry in clock.fields.items()}
        writes: dict[str, Any] = {}
        conflicts: list[tuple[str, Any, Any, str]] = []
        for key, raw in line.values.items():
            at, vector = line.versions[key]
            entry = merged.get(key)
            if entry is None:
                merged[key] = [raw, at, vector]
                writes[key] = raw
                continue
            value, local_at, local_vector = entry
            if _leq(vector, local_vector):
                continue
            if _leq(local_vector, vector):
                merged[key] = [raw, at, vector]
                if raw != value:
                    writes[key] = raw
                continue
            joined = _joined(local_vector, vector)
            if raw == value:
                merged[key] = [value, max(at, local_at), joined]
            elif key in GROWING:
                larger = max(raw, value)
                merged[key] = [larger, max(at, local_at), joined]
                if larger != value:
                    writes[key] = larger
            else:
                ours, theirs = (local_at, _order(value)), (at, _order(raw))
                if theirs > ours:
                    merged[key] = [raw, at, joined]
                    writes[key] = raw
                    if key not in NEWEST_WINS:
                        conflicts.append((key, raw, value, local_at))
                else:
                    merged[key] = [value, local_at, joined]
                    if key not in NEWEST_WINS:
                        conflicts.append((key, value, raw, at))
        if merged == clock.fields:
            return
        label = _label({**row_values(name, row), **line.values})
        if frozen and (writes or conflicts):
            new = False
            for key in {*writes, *(c[0] for c in conflicts)}:
                new |= self._review(
                    ReviewReason.APPROVED,
                    name,
                    line.id,
                    key,
                    line.values[key],
                    line.versions[key][0],
                    meeting_id,
                )
            if new:
                self.report.held.append(Held(name, line.id, label, ReviewReason.APPROVED))
            return
        for key, shown, kept, kept_at in conflicts:
            self._review(ReviewReason.CONFLICT, name, line.id, key, kept, kept_at, meeting_id)
            self.report.conflicts.append(Conflict(name, line.id, label, key, shown, kept))
        new_clocks[line.id] = _Clock(row["updated_at"], fields=merged)
        if writes:
            self.undo.before[name][line.id] = {key: row[key] for key in [*writes, "updated_at"]}
            values = _python(name, line, writes)
            values["updated_at"] = dt.datetime.fromisoformat(
                max(entry[1] for entry in merged.values())
            )
            new_clocks[line.id].seen_at = values["updated_at"]
            self.undo.written[name][line.id] = values["updated_at"]
            values["id"] = line.id
            updates[frozenset(values)].append(values)
            if writes.get("deleted") is True:
                self.report.deleted[name] += 1
            else:
                self.report.changed[name] += 1

    def _hold(self, reason: ReviewReason, line: RecordLine, meeting_id: str | None) -> None:
        whole = {"values": line.values, "versions": line.versions}
        stamp = max(version[0] for version in line.versions.values())
        if self._review(reason, line.table, line.id, None, whole, stamp, meeting_id):
            self.report.held.append(Held(line.table, line.id, _label(line.values), reason))

    def _fill_matched(self, name: str, line: RecordLine) -> None:
        """A matched person: empty fields here take the other laptop's values; a different
        value is kept for review."""
        local_id = self.aliases[line.id]
        row = _rows(self.session, name, [local_id]).get(local_id)
        if row is None:
            return
        ours = row_values(name, row)
        writes: dict[str, Any] = {}
        for key, raw in line.values.items():
            if key in {"created_at", "deleted", "full_name", "folded_name"} or raw is None:
                continue
            if ours.get(key) is None:
                writes[key] = raw
            elif ours[key] != raw:
                at = line.versions[key][0]
                if self._review(ReviewReason.CONFLICT, name, local_id, key, raw, at, None):
                    self.report.conflicts.append(
                        Conflict(name, local_id, _label(ours), key, ours[key], raw)
                    )
        if writes:
            columns = fields_of(name)
            self.undo.before[name][local_id] = {key: row[key] for key in [*writes, "updated_at"]}
            table = table_of(name)
            values = {key: from_json(columns[key], raw) for key, raw in writes.items()}
            values["updated_at"] = utcnow()
            self.session.execute(update(table).where(table.c.id == local_id).values(**values))
            self.undo.written[name][local_id] = values["updated_at"]
            self.report.changed[name] += 1

    def _merge_links(self) -> None:
        """Links are there or removed, with a version like a field's; when both laptops
        changed one since they last exchanged, it is there (a removal never loses what the
        other laptop linked meanwhile)."""
        for name, lines in self.bundle.links.items():
            table: Table = link_tables()[name]
            columns = list(table.columns)
            stored = _link_clocks(self.session, name)
            changed = _catch_up_links(self.session, name, stored, self.me, self.counter)
            _save_clocks(self.session, name, changed, set(stored), self.undo)
            clocks = {**stored, **changed}
            here = {_link_id(name, row) for row in _link_rows(self.session, name)}
            saved: dict[str, _Clock] = {}
            added: list[dict[str, str]] = []
            removed: list[dict[str, str]] = []
            for line in lines:
                row = {key: self.aliases.get(value, value) for key, value in line.row.items()}
                if any((_target(c), row[c.name]) in self.held for c in columns):
                    continue
                link_id = _link_id(name, row)
                present = line.present
                clock = clocks.get(link_id)
                if line.version is not None and clock is not None:
                    _row, ours_present, ours_at, ours_vector = _link_state(clock)
                    at, vector = line.version
                    if _leq(vector, ours_vector):
                        continue
                    if not _leq(ours_vector, vector):
                        # Changed on both laptops: the same way, or added wins.
                        present = present or ours_present
                        at, vector = max(at, ours_at), _joined(ours_vector, vector)
                    saved[link_id] = _link_clock(row, present, at, vector)
                elif line.version is not None:
                    saved[link_id] = _link_clock(row, present, *line.version)
                if present and link_id not in here:
                    if all(
                        row[c.name] in self._exists(_target(c), {row[c.name]})
                        or row[c.name] in self.undo.inserted.get(_target(c), [])
                        for c in columns
                    ):
                        added.append(row)
                        here.add(link_id)
                    else:
                        saved.pop(link_id, None)
                elif not present and link_id in here:
                    removed.append(row)
                    here.discard(link_id)
            if added:
                self.session.execute(insert(table), added)
                self.undo.links[name].extend(added)
                self.report.added[name] += len(added)
            for row in removed:
                self.session.execute(
                    delete(table).where(*(table.c[key] == value for key, value in row.items()))
                )
            if removed:
                self.undo.unlinked[name].extend(removed)
                self.report.deleted[name] += len(removed)
            _save_clocks(self.session, name, saved, set(clocks), self.undo)

    def _write_reviews(self) -> None:
        if not self.reviews:
            return
        table = table_of("review_item")
        present = set(self._exists("review_item", set(self.reviews))) | set(
            self.undo.inserted.get("review_item", [])
        )
        new = [values for review_id, values in self.reviews.items() if review_id not in present]
        if new:
            self.session.execute(insert(table), new)
            self.undo.inserted["review_item"].extend(values["id"] for values in new)

    def _preset_group(self) -> None:
        scope = self.bundle.scope
        if scope.group is None or scope.meeting_id is None:
            return
        if syncstate.meeting_group(self.session, scope.meeting_id) is not None:
            return
        key = syncstate.GROUP + scope.meeting_id
        self.undo.state.setdefault(key, None)
        syncstate.set_meeting_group(self.session, scope.meeting_id, scope.group)


def _index(session: Session, undo: Undo) -> None:
    """The search index follows the records a merge wrote past the ORM (which keeps it)."""
    touched = {
        name: {*undo.inserted.get(name, []), *undo.before.get(name, {})} for name in record_tables()
    }
    count = sum(len(ids) for ids in touched.values())
    if count > REINDEX_LIMIT:
        rebuild_index(session)
    elif count:
        reindex(session, touched)


def apply(session: Session, bundle: Bundle) -> MergeResult:
    """Merge ``bundle`` into the store in ``session``'s transaction (commit or roll back)."""
    with no_cycle_collection():
        return _Merge(session, bundle).run()


def preview(session: Session, bundle: Bundle) -> MergeReport:
    """What ``apply`` would do; the session is rolled back, nothing is written."""
    try:
        return apply(session, bundle).report
    finally:
        session.rollback()


class UndoRefused(OgpdeskError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This merge cannot be undone: “{label}” was captured or changed since in what it "
        "brought, and undoing the merge would lose it. Nothing was changed.",
    )


def _written_since(session: Session, undo: Undo) -> str | None:
    """The label of a record that stands in the way of undoing the merge, if any: one added
    since that refers to a record the merge added (a line captured into a meeting it
    brought), or one the merge wrote and that was written again since."""
    added = {name: set(ids) for name, ids in undo.inserted.items() if ids}
    for name in record_tables():
        table = table_of(name)
        ours = added.get(name, set())
        for column, ref in references(name).items():
            for chunk in _chunks(sorted(added.get(ref, ()))):
                query = select(table).where(table.c[column].in_(chunk))
                for row in session.execute(query).mappings():
                    if row["id"] not in ours:
                        return _label(row_values(name, row)) or row["id"]
    for name, table in link_tables().items():
        ours_links = {tuple(sorted(row.items())) for row in undo.links.get(name, [])}
        for end in table.columns:
            for chunk in _chunks(sorted(added.get(_target(end), ()))):
                for row in session.execute(select(table).where(end.in_(chunk))).mappings():
                    if tuple(sorted(row.items())) not in ours_links:
                        # Named by the record linked to what the merge added.
                        other = next(c for c in table.columns if c is not end)
                        kind, row_id = _target(other), row[other.name]
                        found = _rows(session, kind, [row_id]).get(row_id)
                        return _label(row_values(kind, found)) if found is not None else row_id
    for name, stamps in undo.written.items():
        for row_id, row in _rows(session, name, stamps).items():
            if row["updated_at"] != stamps[row_id]:
                return _label(row_values(name, row)) or row_id
    return None


def revert(session: Session, undo: Undo) -> Changes:
    """Put back what a merge wrote (its undo step); ``UndoRefused`` when something captured or
    changed since depends on it."""
    blocking = _written_since(session, undo)
    if blocking is not None:
        raise UndoRefused(label=blocking)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
    for name, rows in undo.links.items():
        table = link_tables()[name]
        for row in rows:
            session.execute(
                delete(table).where(*(table.c[key] == value for key, value in row.items()))
            )
    for name, rows in undo.unlinked.items():
        session.execute(insert(link_tables()[name]), rows)
    for name in reversed(list(record_tables())):
        table = table_of(name)
        for chunk in _chunks(undo.inserted.get(name, [])):
            session.execute(delete(table).where(table.c.id.in_(chunk)))
        for row_id, values in undo.before.get(name, {}).items():
            session.execute(update(table).where(table.c.id == row_id).values(**values))
    clocks = table_of(SyncClock.__tablename__)
    for (name, row_id), stored in undo.clocks.items():
        session.execute(
            delete(clocks).where(clocks.c.table_name == name, clocks.c.row_id == row_id)
        )
        if stored is not None:
            seen_at, snapshot, versions = stored
            session.execute(
                insert(clocks).values(
                    table_name=name,
                    row_id=row_id,
                    seen_at=seen_at,
                    snapshot=snapshot,
                    versions=versions,
                )
            )
    for key, value in undo.state.items():
        syncstate.put(session, key, value)
    session.flush()
    _index(session, undo)
    return EVERYTHING


def store_records(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record's travelling values, by (table, id), and every link, by (table, link id):
    what two stores that have exchanged everything hold alike."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for name in record_tables():
        for row_id, row in _rows(session, name, None).items():
            found[(name, row_id)] = row_values(name, row)
    for name in link_tables():
        for row in _link_rows(session, name):
            found[(name, _link_id(name, row))] = row
    return found
