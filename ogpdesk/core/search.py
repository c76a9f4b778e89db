"""Search across all meetings, forgiving of harakat, alef forms and French accents.

The index is SQLite FTS5 over *folded* text (``textnorm.normalise``): what was recorded and
what is typed are folded the same way, so "المشاركة" finds "الْمُشَارَكَةُ" and
"decentralisation" finds "Décentralisation". Two tables, created by migration 0003:

- ``search_entry``: one row per indexed record (kind, the record's id, its meeting), with an
  integer key that survives VACUUM;
- ``search_index``: the FTS5 table, one row per entry (same rowid) holding the folded text.

The index follows the data through a SQLAlchemy ``after_flush`` event registered once on
``Session``, so every service, the command line and workers keep it current without knowing
about it, inside the same transaction as the change (a rolled-back capture leaves no trace
in the index either). Triggers calling a Python folding function were the alternative; they
would also catch raw SQL, but would make the file unwritable by any tool that has not
registered that function (the sqlite3 shell, a merge script on another laptop), and a
trigger failure would surface as an opaque SQL error. What the event does not see — bulk
``update()``/``insert()`` statements that bypass the ORM — must call ``rebuild_index``.

The event costs one upsert and one FTS5 write per indexed row flushed: about half a
millisecond added to a capture commit (p50, see ``benchmarks/store.py``).

On PostgreSQL there is no FTS5: ``search_entry`` has a ``words`` column instead, a
``tsvector`` of the same folded text split into the same tokens (by ``_TOKEN``, in Python,
with their positions), under a GIN index; a query becomes a ``tsquery`` of the same words and
forms, the last one as a prefix (``:*``), a word of several tokens as a phrase (``<->``).
Hits are ranked by ``ts_rank`` (negated, so that lower is better as with bm25). The same
records are found on both back ends; only the order of equally good hits may differ.

Ranking (issue 15). On SQLite the first page is exactly the one bm25 gives when every match
is scored: best score first, the most recent meeting first among equal scores. FTS5 cannot
give it quickly for a common word: bm25 costs about a microsecond per match (it reads each
one's length and instances), and no form of the query (``ORDER BY rank LIMIT``, a bound on
the candidates, a merged index) lets it skip a match that cannot make the page; a word in
half of 100,000 records took 50-130 ms. Ranking only the latest 2,000 matches was quicker
but gave another page (0 to 7 of 50 hits in common with the full ranking). So:

- a query of one word (what is typed first, and the costly case: a one-word prefix matches
  the most) is ranked by ``search_rank``, from counts kept beside FTS5 (each word's and each
  short prefix's frequency in each entry, ordered so that the best come first, and the
  totals bm25 needs), reading matches best first and stopping as soon as no unread one can
  reach the page. Its scores are bm25's own, computed as FTS5 computes them, so the page is
  the same; the tests compare them, bit for bit;
- a query of several words is ranked by FTS5 scoring every match, as exact: several words
  match few records (two common words: 7,000 of 100,000, 12 ms).

The counts cost disk: at 100,000 items ``search_term`` is 140 MB beside FTS5's 63 MB (its
text and index), and a capture writes about 70 more rows. The FTS5 index is also merged
into one segment (migration 0011, and after ``rebuild_index``): filled capture by capture
and rebuilt after imports it was 2.5 times its merged size, and slower to read.

On PostgreSQL only the latest ``CANDIDATES`` matches are ranked by ``ts_rank``: entries are
numbered in the order records were made, and the GIN index walks from the latest and stops
(p95 under 30 ms at 100,000 items). A server finds the same records as SQLite, but its page
is neither SQLite's (ts_rank is not bm25) nor ts_rank's over every match (50-65 ms there);
the counts above are SQLite's only.

Without any index (another database), ``search`` falls back to case-insensitive ``LIKE``
on the stored columns: it works, but it does not fold harakat or accents and does not rank.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Select,
    bindparam,
    event,
    inspect,
    null,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased

from ogpdesk.core import search_rank
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Intervention,
    Meeting,
    Participant,
    Recommendation,
    Record,
)
from ogpdesk.core.textnorm import normalise

# How many matches a server ranks, the most recently indexed first: ts_rank costs per match
# (it reads its words), and a common word matches tens of thousands of records.
CANDIDATES = 2_000
# The most hits the fast ranking (``search_rank``) is asked for; a longer list (an export
# of every hit) is ranked by FTS5, which then costs less than reading the counts one by one.
FAST_FETCH = 2_000
# Longest snippet shown for a hit, in characters of the original text.
SNIPPET_LENGTH = 160
# How much of the text before the first match a long snippet keeps.
SNIPPET_LEAD = 50


class HitKind(enum.StrEnum):
    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    INTERVENTION = "intervention"
    RECOMMENDATION = "recommendation"
    DECISION = "decision"
    ACTION_ITEM = "action_item"
    PARTICIPANT = "participant"


@dataclass(frozen=True)
class Hit:
    """One record found, with what the result list shows of it."""

    kind: HitKind
    id: str
    meeting_id: str | None
    meeting_title: str | None
    date: dt.date | None
    # An excerpt of the recorded text (not folded) around the first match.
    snippet: str
    # FTS5's bm25 score, or PostgreSQL's ts_rank negated: lower is a better match (0.0
    # when the index is unavailable).
    rank: float
    # (start, end) of each matched word within ``snippet``, for the view to emphasise.
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Indexed:
    """What is indexed of one model: its text fields, in the order snippets prefer them."""

    kind: HitKind
    model: type[Record]
    fields: tuple[str, ...]
    # The attribute holding the meeting's id; None for records outside meetings.
    meeting: str | None


INDEXED = (
    Indexed(HitKind.MEETING, Meeting, ("title", "title_ar", "title_fr", "title_en"), "id"),
    Indexed(
        HitKind.AGENDA_ITEM,
        AgendaItem,
        ("title", "presenter", "title_ar", "title_fr", "title_en"),
        "meeting_id",
    ),
    Indexed(
        HitKind.INTERVENTION,
        Intervention,
        ("summary", "speaker_name", "organisation"),
        "meeting_id",
    ),
    Indexed(
        HitKind.RECOMMENDATION,
        Recommendation,
        ("text", "text_ar", "text_fr", "text_en"),
        "meeting_id",
    ),
    Indexed(HitKind.DECISION, Decision, ("text", "text_ar", "text_fr", "text_en"), "meeting_id"),
    Indexed(
        HitKind.ACTION_ITEM,
        ActionItem,
        ("task", "owner_name", "task_ar", "task_fr", "task_en"),
        "meeting_id",
    ),
    Indexed(HitKind.PARTICIPANT, Participant, ("full_name", "organisation"), None),
)
_BY_MODEL = {spec.model: spec for spec in INDEXED}
_BY_KIND = {spec.kind: spec for spec in INDEXED}

# Engines whose database has the index; only positive answers are kept, because a
# migration may create the index on an engine that was asked before.
_INDEXED_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()

_TOKEN = search_rank.TOKEN
# A word as a reader sees it: tokens joined by apostrophes (M'Saken, l'État).
_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_APOSTROPHES = re.compile("['’ʼ]")
# A word with apostrophes; the first group is what comes before the first one (l', d', M').
_ELIDED = re.compile(r"\b([^\W_]+)['’ʼ]([^\W_]+(?:['’ʼ][^\W_]+)*)")
# An Arabic word after its article, alone or after a one-letter preposition or conjunction
# (longest first), when at least three letters remain.
_ARTICLED = re.compile(r"\b(?:وال|فال|بال|كال|لل|ال)([^\W_]{3,})")

_HAS_INDEX = text("SELECT 1 FROM sqlite_master WHERE name = 'search_index'")
_HAS_INDEX_PG = text("SELECT to_regclass('search_entry') IS NOT NULL")
# A tsvector keeps at most 256 positions of one word and none beyond 16383.
_PG_MAX_POSITIONS = 256
_PG_LAST_POSITION = 16383
_RANK_PG = text(
    "SELECT id AS rowid, -ts_rank(words, CAST(:match AS tsquery), 1) AS score "
    "FROM (SELECT id, words FROM search_entry WHERE words @@ CAST(:match AS tsquery) "
    "ORDER BY id DESC LIMIT :candidates) AS candidate ORDER BY score, id DESC LIMIT :fetch"
)
# psycopg prepares a statement run five times, and PostgreSQL then plans it once for any
# words: walking the whole table from the newest entry, which suits a common word (its
# latest matches are near) and takes a second for a rare one. Planned for each query's own
# words, the rare ones are looked up in the GIN index instead.
_CUSTOM_PLANS_PG = text("SET LOCAL plan_cache_mode = force_custom_plan")
_PUT_WORDS_PG = text("UPDATE search_entry SET words = CAST(:body AS tsvector) WHERE id = :id")
# Every match ranked by FTS5, and every match as good as the ``fetch``-th best returned
# (ties included, so that the page can put the latest first among equals). Only the best
# are then joined: on a common word the join of every match would cost more than ranking.
_RANK_TOP = text(
    "SELECT rowid, bm25(search_index) AS score FROM search_index "
    "WHERE search_index MATCH :match ORDER BY score LIMIT :fetch"
)
# The same with every match tied with the ``fetch``-th: a second pass, only when there is one.
_RANK = text(
    "WITH ranked AS MATERIALIZED ("
    "SELECT rowid, bm25(search_index) AS score FROM search_index "
    "WHERE search_index MATCH :match) "
    "SELECT rowid, score FROM ranked WHERE score <= "
    "(SELECT max(score) FROM (SELECT score FROM ranked ORDER BY score LIMIT :fetch)) "
    "ORDER BY score"
)
_DESCRIBE = (
    text(
        "SELECT e.id, e.kind, e.ref, e.meeting_id, m.title, m.date "
        "FROM search_entry AS e LEFT JOIN meeting AS m ON m.id = e.meeting_id "
        "WHERE e.id IN :ids AND (m.id IS NULL OR NOT m.deleted)"
    )
    .bindparams(bindparam("ids", expanding=True))
    .columns(date=Date)
)
_PUT_ENTRY = text(
    "INSERT INTO search_entry (kind, ref, meeting_id) VALUES (:kind, :ref, :meeting) "
    "ON CONFLICT (ref) DO UPDATE SET meeting_id = excluded.meeting_id RETURNING id"
)
_PUT_BODY = text("INSERT OR REPLACE INTO search_index (rowid, body) VALUES (:id, :body)")
OPTIMIZE = "INSERT INTO search_index (search_index) VALUES ('optimize')"
_GET_BODY = text("SELECT c0 FROM search_index_content WHERE id = :id")
_DROP_ENTRY = text("DELETE FROM search_entry WHERE ref = :ref RETURNING id")
_DROP_BODY = text("DELETE FROM search_index WHERE rowid = :id")
# Letters, digits and the marks that may sit on them: the part of a word a highlight covers.
_WORD_CHARS = "\\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_WORD_CORE = re.compile(f"[{_WORD_CHARS}](?:.*[{_WORD_CHARS}])?")


def keep_index_in_sync() -> None:
    """Make every session keep the index current; called by ``open_store``, idempotent."""
    if not event.contains(Session, "after_flush", _sync_index):
        event.listen(Session, "after_flush", _sync_index)


def search(session: Session, query: str, *, limit: int = 50) -> list[Hit]:
    """Records matching every word of ``query``, the last word as a prefix, best first."""
    words = [word for word in normalise(query).split(" ") if _TOKEN.search(word)]
    if not words or limit <= 0:
        return []
    connection = session.connection()
    if not has_index(connection):
        return _search_like(session, [w for w in query.split() if _TOKEN.search(w)], limit)
    postgresql = connection.dialect.name == "postgresql"
    match = tsquery_literal(words) if postgresql else _fts5_query(words)
    if postgresql:
        session.execute(_CUSTOM_PLANS_PG)
    fetch = limit
    while True:
        if postgresql:
            candidates = max(CANDIDATES, fetch)
            ranked = [
                (row.rowid, row.score)
                for row in session.execute(
                    _RANK_PG, {"match": match, "fetch": fetch, "candidates": candidates}
                )
            ]
        else:
            quick = _rank(connection, words, fetch)
            ranked = quick if quick is not None else _rank_all(connection, match, fetch)
        ids = [rowid for rowid, _score in ranked]
        found = {row.id: row for row in connection.execute(_DESCRIBE, {"ids": ids})} if ids else {}
        if len(found) >= limit or len(ranked) < fetch:
            break
        # Some of the best are in deleted meetings: look further down the ranking.
        fetch *= 4
    best = sorted(
        ((score, found[rowid]) for rowid, score in ranked if rowid in found),
        key=lambda pair: (pair[0], -(pair[1].date or dt.date.min).toordinal()),
    )[:limit]
    terms = Terms.of(words)
    texts = _texts(session, [(HitKind(row.kind), row.ref) for _, row in best])
    hits = []
    for score, row in best:
        kind = HitKind(row.kind)
        snippet, highlights = make_snippet(texts.get((kind, row.ref), []), terms)
        hits.append(
            Hit(
                kind=kind,
                id=row.ref,
                meeting_id=row.meeting_id,
                meeting_title=row.title,
                date=row.date,
                snippet=snippet,
                rank=score,
                highlights=highlights,
            )
        )
    return hits


def _rank_all(connection: Connection, match: str, fetch: int) -> list[tuple[int, float]]:
    """FTS5 scoring every match: the best ``fetch``, and any tied with the last of them."""
    best = connection.execute(_RANK_TOP, {"match": match, "fetch": fetch + 1}).all()
    if len(best) > fetch and best[fetch].score == best[fetch - 1].score:
        best = connection.execute(_RANK, {"match": match, "fetch": fetch}).all()
    else:
        best = best[:fetch]
    return [(row.rowid, row.score) for row in best]


def _rank(connection: Connection, words: list[str], fetch: int) -> list[tuple[int, float]] | None:
    """The best SQLite entries for a one-word query without scoring every match, when
    ``search_rank`` can tell which they are; None for FTS5 to rank every match."""
    if len(words) != 1 or fetch > FAST_FETCH:
        return None
    return search_rank.best(connection, [words[0], *_query_variants(words[0])], fetch)


def _fts5_query(words: list[str]) -> str:
    # Each word is quoted, so that nothing the user types is read as an FTS5 operator.
    groups = []
    for number, word in enumerate(words, start=1):
        star = "*" if number == len(words) else ""
        forms = [word, *_query_variants(word)]
        groups.append(" OR ".join('"' + form.replace('"', '""') + '"' + star for form in forms))
    return " AND ".join(f"({group})" for group in groups)


def tsquery_literal(words: list[str]) -> str:
    """The PostgreSQL ``tsquery`` asking what ``_fts5_query`` asks FTS5 for the same words.

    Tokens are written quoted, never parsed by PostgreSQL, so nothing typed is an operator.
    """
    groups = []
    for number, word in enumerate(words, start=1):
        star = ":*" if number == len(words) else ""
        phrases = []
        for form in [word, *_query_variants(word)]:
            tokens = _TOKEN.findall(form)
            if tokens:
                quoted = [f"'{token}'" for token in tokens]
                quoted[-1] += star
                phrases.append(" <-> ".join(quoted))
        groups.append(" | ".join(f"({phrase})" for phrase in phrases))
    return " & ".join(f"({group})" for group in groups)


def tsvector_literal(body: str) -> str:
    """The PostgreSQL ``tsvector`` of an index text: its tokens as FTS5 reads them, placed."""
    places: dict[str, list[int]] = {}
    for position, token in enumerate(_TOKEN.findall(body), start=1):
        found = places.setdefault(token, [])
        if len(found) < _PG_MAX_POSITIONS:
            found.append(min(position, _PG_LAST_POSITION))
    return " ".join(
        f"'{token}':{','.join(map(str, sorted(set(spots))))}" for token, spots in places.items()
    )


def rebuild_index(session: Session) -> int:
    """Index every live record afresh (after an import or a merge); the number indexed."""
    connection = session.connection()
    if not has_index(connection):
        return 0
    session.flush()
    postgresql = connection.dialect.name == "postgresql"
    if not postgresql:
        connection.execute(text("DELETE FROM search_index"))
    connection.execute(text("DELETE FROM search_entry"))
    live: list[tuple[dt.datetime, str, str, str | None, str]] = []
    for spec in INDEXED:
        model = spec.model
        meeting = getattr(model, spec.meeting) if spec.meeting else null()
        query = select(
            model.created_at, model.id, meeting, *(getattr(model, f) for f in spec.fields)
        ).where(model.deleted.is_(False))
        for created, ref, meeting_id, *values in session.execute(query):
            live.append((created, ref, spec.kind.value, meeting_id, index_text(values)))
    # Entries are numbered in the order the records were made, as the flush event numbers
    # them: a server ranks only its latest matches (``CANDIDATES``), which must be the
    # latest records after a rebuild too.
    live.sort(key=lambda row: (row[0], row[1]))
    entries: list[dict[str, Any]] = []
    bodies: list[dict[str, Any]] = []
    for key, (_created, ref, kind, meeting_id, folded) in enumerate(live, start=1):
        entries.append({"id": key, "kind": kind, "ref": ref, "meeting": meeting_id})
        bodies.append({"id": key, "body": folded})
    if entries and postgresql:
        for entry, body in zip(entries, bodies, strict=True):
            entry["words"] = tsvector_literal(body["body"])
            del entry["id"]
        connection.execute(
            text(
                "INSERT INTO search_entry (kind, ref, meeting_id, words) "
                "VALUES (:kind, :ref, :meeting, CAST(:words AS tsvector))"
            ),
            entries,
        )
    elif entries:
        connection.execute(
            text(
                "INSERT INTO search_entry (id, kind, ref, meeting_id) "
                "VALUES (:id, :kind, :ref, :meeting)"
            ),
            entries,
        )
        connection.execute(_PUT_BODY, bodies)
    if not postgresql:
        search_rank.fill(connection, ((body["id"], body["body"]) for body in bodies))
        # One segment instead of the rows deleted above and those written since, interleaved
        # in many: a common word's list is then read in one pass (issue 15).
        connection.execute(text(OPTIMIZE))
    return len(entries)


def reindex(session: Session, ids: Mapping[str, Iterable[str]]) -> int:
    """Bring the index entries of these records (ids by table name) up to date: for writes
    that bypassed the ORM (a merge), cheaper than ``rebuild_index`` when they are few."""
    connection = session.connection()
    if not has_index(connection):
        return 0
    done = 0
    for spec in INDEXED:
        wanted = sorted(set(ids.get(inspect(spec.model).local_table.name, ())))
        model = spec.model
        meeting = getattr(model, spec.meeting) if spec.meeting else null()
        for start in range(0, len(wanted), 500):
            query = select(
                model.id, model.deleted, meeting, *(getattr(model, f) for f in spec.fields)
            ).where(model.id.in_(wanted[start : start + 500]))
            for ref, deleted, meeting_id, *values in session.execute(query):
                if deleted:
                    _remove(connection, ref)
                else:
                    key = connection.execute(
                        _PUT_ENTRY, {"kind": spec.kind.value, "ref": ref, "meeting": meeting_id}
                    ).scalar_one()
                    _write_body(connection, key, index_text(values))
                done += 1
    return done


def has_index(connection: Connection) -> bool:
    """Whether this database has the index (SQLite or PostgreSQL, migrated to 0003 or later)."""
    engine = connection.engine
    if engine in _INDEXED_ENGINES:
        return True
    if connection.dialect.name == "postgresql":
        found = bool(connection.execute(_HAS_INDEX_PG).scalar())
    elif connection.dialect.name == "sqlite":
        found = connection.execute(_HAS_INDEX).first() is not None
    else:
        return False
    if found:
        _INDEXED_ENGINES.add(engine)
    return found


def index_text(values: Iterable[str | None]) -> str:
    """What the index holds for a record: its folded fields, then the other forms of words.

    Other forms make a word findable however it is typed: "M'Saken" also as "msaken" (and
    "saken"), "l'expérience" also as "expérience", and an Arabic word with its article
    ("المشاركة", "والمشاركة") also without it ("مشاركة").
    """
    folded = [normalise(value) for value in values if value]
    forms = [form for text in folded for form in other_forms(text)]
    return "\n".join([*folded, " ".join(forms)] if forms else folded)


def other_forms(folded: str) -> list[str]:
    """The other forms of the words of a folded text (see ``index_text``)."""
    forms = []
    for found in _ELIDED.finditer(folded):
        forms.append(_APOSTROPHES.sub("", found.group()))
        if len(found.group(1)) <= 2:
            forms.append(found.group(2))
    forms += _ARTICLED.findall(folded)
    return forms


def _query_variants(word: str) -> list[str]:
    """The other forms a typed word is looked up as; only for a word that is one word."""
    return other_forms(word) if len(_WORD.findall(word)) == 1 else []


@dataclass(frozen=True)
class Terms:
    """Folded query words, for finding them back in the recorded text of a hit."""

    whole: frozenset[str]
    # The last word and its other forms, which may be the beginning of a longer word.
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, words: list[str]) -> Terms:
        *first, last = [_forms(word) for word in words] or [[]]
        return cls(whole=frozenset(form for forms in first for form in forms), prefixes=tuple(last))

    def match(self, word: str) -> bool:
        """Whether a word of the recorded text (not folded) is one the query asked for."""
        return _matched(self, word)


@functools.lru_cache(maxsize=8192)
def _matched(terms: Terms, word: str) -> bool:
    # A page's snippets hold the same few words again and again.
    return any(
        form in terms.whole or form.startswith(terms.prefixes) for form in _recorded_forms(word)
    )


def _forms(folded: str) -> list[str]:
    """Tokens of a folded word and their other forms."""
    return [*_TOKEN.findall(folded), *other_forms(folded)]


@functools.lru_cache(maxsize=8192)
def _recorded_forms(word: str) -> tuple[str, ...]:
    # Snippets fold every word of every hit; the same words come back from hit to hit.
    return tuple(_forms(normalise(word)))


def make_snippet(values: list[str], terms: Terms) -> tuple[str, tuple[tuple[int, int], ...]]:
    """An excerpt of the first field that matches, and where the matched words are in it."""
    filled = [value for value in values if value]
    if not filled:
        return "", ()
    spans: list[tuple[int, int]] = []
    chosen = filled[0]
    for value in filled:
        spans = _matches(value, terms)
        if spans:
            chosen = value
            break
    if len(chosen) <= SNIPPET_LENGTH:
        return chosen, tuple(spans)
    start = 0
    if spans and spans[0][0] > SNIPPET_LEAD:
        start = chosen.find(" ", spans[0][0] - SNIPPET_LEAD, spans[0][0]) + 1 or spans[0][0]
    end = start + SNIPPET_LENGTH
    if end < len(chosen):
        end = chosen.rfind(" ", start, end) if " " in chosen[start:end] else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(chosen) else ""
    shift = len(lead) - start
    kept = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return lead + chosen[start:end].rstrip() + tail, kept


def _matches(value: str, terms: Terms) -> list[tuple[int, int]]:
    spans = []
    for word in re.finditer(r"\S+", value):
        core = _WORD_CORE.search(word.group())
        if core and terms.match(core.group()):
            spans.append((word.start() + core.start(), word.start() + core.end()))
    return spans


def _texts(
    session: Session, refs: Iterable[tuple[HitKind, str]]
) -> dict[tuple[HitKind, str], list[str]]:
    """The recorded (not folded) text fields of each hit, fetched in one query per kind."""
    wanted: dict[HitKind, list[str]] = {}
    for kind, ref in refs:
        wanted.setdefault(kind, []).append(ref)
    texts: dict[tuple[HitKind, str], list[str]] = {}
    connection = session.connection()
    for kind, ids in wanted.items():
        for ref, *values in connection.execute(_text_query(kind), {"ids": ids}):
            texts[(kind, ref)] = values
    return texts


@functools.cache
def _text_query(kind: HitKind) -> Select[Any]:
    # Built once: building and looking up a statement cost as much as running it.
    model = _BY_KIND[kind].model
    fields = [getattr(model, f) for f in _BY_KIND[kind].fields]
    return select(model.id, *fields).where(model.id.in_(bindparam("ids", expanding=True)))


def _sync_index(session: Session, _flush_context: object) -> None:
    """After each flush, bring the index entries of the records it wrote up to date."""
    stale = [obj for obj in session.new if type(obj) in _BY_MODEL]
    stale += [obj for obj in session.dirty if type(obj) in _BY_MODEL and _changed(obj)]
    gone = [obj for obj in session.deleted if type(obj) in _BY_MODEL]
    if not stale and not gone:
        return
    connection = session.connection()
    if not has_index(connection):
        return
    for obj in stale:
        if obj.deleted:
            _remove(connection, obj.id)
        else:
            _put(connection, _BY_MODEL[type(obj)], obj)
    for obj in gone:
        _remove(connection, obj.id)


def _changed(obj: Record) -> bool:
    spec = _BY_MODEL[type(obj)]
    state = inspect(obj)
    watched = (*spec.fields, "deleted", *([spec.meeting] if spec.meeting else []))
    return any(state.attrs[name].history.has_changes() for name in watched)


def _put(connection: Connection, spec: Indexed, obj: Record) -> None:
    meeting_id = getattr(obj, spec.meeting) if spec.meeting else None
    key = connection.execute(
        _PUT_ENTRY, {"kind": spec.kind.value, "ref": obj.id, "meeting": meeting_id}
    ).scalar_one()
    _write_body(connection, key, index_text(getattr(obj, f) for f in spec.fields))


def _write_body(connection: Connection, key: int, body: str) -> None:
    """The indexed text of the entry ``key``: FTS5's row and its counts (``search_rank``),
    or the entry's words on a server."""
    if connection.dialect.name == "postgresql":
        connection.execute(_PUT_WORDS_PG, {"id": key, "body": tsvector_literal(body)})
        return
    old = connection.execute(_GET_BODY, {"id": key}).scalar()
    if old == body:
        return
    if old is not None:
        search_rank.drop(connection, key, old)
    connection.execute(_PUT_BODY, {"id": key, "body": body})
    search_rank.add(connection, key, body)


def _remove(connection: Connection, ref: str) -> None:
    key = connection.execute(_DROP_ENTRY, {"ref": ref}).scalar()
    # On PostgreSQL the words are in the entry's own row, gone with it.
    if key is None or connection.dialect.name == "postgresql":
        return
    old = connection.execute(_GET_BODY, {"id": key}).scalar()
    if old is not None:
        search_rank.drop(connection, key, old)
        connection.execute(_DROP_BODY, {"id": key})


def _search_like(session: Session, words: list[str], limit: int) -> list[Hit]:
    """The fallback without FTS5: every word in some field, case-insensitive, unranked."""
    terms = Terms.of([normalise(word) for word in words])
    found: list[Hit] = []
    for spec in INDEXED:
        model = spec.model
        fields = [getattr(model, f) for f in spec.fields]
        if spec.meeting is not None:
            owner = aliased(Meeting)
            meeting_id = getattr(model, spec.meeting)
            query = (
                select(model.id, meeting_id, owner.title, owner.date, *fields)
                .outerjoin(owner, owner.id == meeting_id)
                .where(or_(owner.id.is_(None), owner.deleted.is_(False)))
            )
        else:
            query = select(model.id, null(), null(), null(), *fields)
        every_word = [
            or_(*(f.ilike(_pattern(word), escape="\\") for f in fields)) for word in words
        ]
        query = query.where(model.deleted.is_(False), *every_word).limit(limit)
        for ref, meeting, title, date, *values in session.execute(query):
            snippet, highlights = make_snippet(values, terms)
            found.append(
                Hit(
                    kind=spec.kind,
                    id=ref,
                    meeting_id=meeting,
                    meeting_title=title,
                    date=date,
                    snippet=snippet,
                    rank=0.0,
                    highlights=highlights,
                )
            )
    found.sort(key=lambda hit: hit.date or dt.date.min, reverse=True)
    return found[:limit]


def _pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
