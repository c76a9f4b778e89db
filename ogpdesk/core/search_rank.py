"""The best hits of a one-word query by bm25, without scoring every match (SQLite).

FTS5 scores a match in about a microsecond (bm25 reads the row's length from
``search_index_docsize`` and its instances from the position lists): 50,000 matches of a
common word cost 50-130 ms at 100,000 items, however the query is written (``ORDER BY rank
LIMIT``, ranking only the latest, a merged index), since bm25 cannot skip a row that will
not make the page. This module keeps what bm25 needs beside the index, ordered so that the
best come first (migrations 0011, 0012):

- ``search_term``: for each word of each entry, how often it occurs there (``tf``) and how
  many words the entry has (``length``), keyed ``(term, tf, length, entry)``; and the same
  for each prefix of one, two and three characters of the entry's words, under a key beginning
  with ``PREFIX_KEY`` (the sum of its words' counts, which is what FTS5 counts for "pa"*).
  Within one ``(term, tf)`` the shortest entries score best, so reading a word's few ``tf``
  levels shortest first visits its matches in bm25's order, and the reading stops when no
  unread match can reach the page (Fagin's threshold algorithm);
- ``search_vocab``: how many entries hold each word or short prefix (bm25's IDF; and the
  words a typed prefix begins);
- ``search_total``: the number of entries and of words in them (bm25's average length;
  FTS5's own copy is written only at commit).

A match is scored here by bm25's formula as FTS5 computes it (``fts5Bm25Function``: k1 1.2,
b 0.75, an IDF of 1e-6 for a word in half the entries or more), with the same numbers, in
the same order of operations: the scores are FTS5's to the last bit (the tests compare the
two for every prefix of a fifth of a corpus' words).

What a query's forms (the word typed, and its variants, ORed: "البلدية" and "بلدية") are
read by:

- a prefix of one to three characters: its key;
- a longer prefix beginning one common word and a few rare ones ("commun": "commune", and
  "commun" once): the common word's levels, and the rare words' entries counted first;
- a longer prefix beginning several common words ("parti": participation, participatif):
  the levels of its first three characters, whose count is never less than its own, each
  entry read counted in its indexed text (and left out when it does not match).

A query of several words, or a form of several tokens (a name with an apostrophe), is left
to FTS5 (``best`` returns None): several words match few entries, and only FTS5 knows
where tokens stand.

Words are split as FTS5's unicode61 tokenizer splits the folded text (``TOKEN``); the tests
check the totals against FTS5's own.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, text

# A word as FTS5's unicode61 tokenizer sees it in folded text.
TOKEN = re.compile(r"[^\W_]+")

# Prefixes counted as if they were words (as FTS5's own prefix indexes, migration 0007, for
# two and three): "م", "pa" or "الم" begin several common words, whose counts add up in an
# entry, so the best entries cannot be read word by word (migrations 0012, 0013). Their
# keys begin with a character no word holds, and sort before every word.
SHORT_PREFIXES = (1, 2, 3)
PREFIX_KEY = "\x01"

# bm25's constants in FTS5.
_K1 = 1.2
_B = 0.75
# Rows read at first from each (word, tf) level, then four times more each time, up to
# ``_PAGE``: most levels are left after a few rows, a few are read down a long way.
_FIRST_PAGE = 8
_PAGE = 512
# Entries whose other forms' counts are read from their text together.
_BATCH = 64
# A prefix beginning more words than this is ranked by FTS5 (a short prefix as "pa").
_MOST_WORDS = 64
# Entries holding the less common words a prefix begins, read and scored one by one; more,
# and FTS5 ranks the query.
_MOST_OTHERS = 300

# Ranking reads many small answers; it talks to sqlite3 directly (``_Ranking``), since
# SQLAlchemy's statement handling would cost as much as the reading.
# The indexed words beginning with a prefix, and how many entries hold each.
_EXPAND = "SELECT term, docs FROM search_vocab WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"
_ENTRIES = "SELECT entry FROM search_term WHERE term = ?"
_DOCS = "SELECT docs FROM search_vocab WHERE term = ?"
# Entries matching a prefix of several common words (for its IDF).
_MATCHES = "SELECT count(*) FROM search_index WHERE search_index MATCH ?"
# The tf levels of a word, each found by one seek (SQLite would read every row for DISTINCT).
_LEVELS = (
    "WITH RECURSIVE level(tf) AS ("
    "SELECT min(tf) FROM search_term WHERE term = :term UNION ALL "
    "SELECT (SELECT min(tf) FROM search_term WHERE term = :term AND tf > level.tf) "
    "FROM level WHERE level.tf IS NOT NULL) "
    "SELECT tf FROM level WHERE tf IS NOT NULL"
)
# The first rows of one level, a term of a UNION ALL reading every level's at once.
_LEVEL_HEAD = (
    "SELECT * FROM (SELECT {tf}, length, entry FROM search_term WHERE term = :term "
    "AND tf = {tf} ORDER BY length, entry LIMIT {page})"
)
_LEVEL_ROWS = (
    "SELECT length, entry FROM search_term WHERE term = ? AND tf = ? "
    "AND (length, entry) > (?, ?) ORDER BY length, entry LIMIT ?"
)
_TOTALS = "SELECT rows, tokens FROM search_total"
_BODIES = "SELECT id, c0 FROM search_index_content WHERE id IN ({})"
_ADD = text(
    "INSERT INTO search_term (term, tf, length, entry) VALUES (:term, :tf, :length, :entry)"
)
_DROP = text(
    "DELETE FROM search_term WHERE term = :term AND tf = :tf AND length = :length "
    "AND entry = :entry"
)
_COUNT_IN = text(
    "INSERT INTO search_vocab (term, docs) VALUES (:term, 1) "
    "ON CONFLICT (term) DO UPDATE SET docs = docs + 1"
)
_COUNT_OUT = text("UPDATE search_vocab SET docs = docs - 1 WHERE term = :term")
# A word no entry holds any more is no longer one a prefix stands for.
_FORGET = text("DELETE FROM search_vocab WHERE term = :term AND docs <= 0")
_TOTAL = text("UPDATE search_total SET rows = rows + :rows, tokens = tokens + :tokens")


def words_of(body: str) -> tuple[int, Counter[str]]:
    """An index text's length in words, and how often each word occurs in it, and each short
    prefix (under its key)."""
    tokens = TOKEN.findall(body)
    counts = Counter(tokens)
    for size in SHORT_PREFIXES:
        for term, tf in list(counts.items()):
            if len(term) >= size and not term.startswith(PREFIX_KEY):
                counts[PREFIX_KEY + term[:size]] += tf
    return len(tokens), counts


def _rows(entry: int, body: str) -> tuple[int, list[dict[str, object]]]:
    length, counts = words_of(body)
    return length, [
        {"term": term, "tf": tf, "length": length, "entry": entry} for term, tf in counts.items()
    ]


def add(connection: Connection, entry: int, body: str) -> None:
    """Count a text just written to the FTS5 index as the entry ``entry``."""
    length, rows = _rows(entry, body)
    if rows:
        connection.execute(_ADD, rows)
        connection.execute(_COUNT_IN, rows)
    connection.execute(_TOTAL, {"rows": 1, "tokens": length})


def drop(connection: Connection, entry: int, body: str) -> None:
    """Forget the text ``body`` the entry ``entry`` held (before it is replaced or removed)."""
    length, rows = _rows(entry, body)
    if rows:
        connection.execute(_DROP, rows)
        connection.execute(_COUNT_OUT, rows)
        connection.execute(_FORGET, rows)
    connection.execute(_TOTAL, {"rows": -1, "tokens": -length})


def fill(connection: Connection, bodies: Iterable[tuple[int, str]]) -> None:
    """Count every entry afresh, after the FTS5 index was filled with ``bodies``."""
    connection.execute(text("DELETE FROM search_term"))
    connection.execute(text("DELETE FROM search_vocab"))
    rows: list[dict[str, object]] = []
    docs: Counter[str] = Counter()
    entries = tokens = 0
    for entry, body in bodies:
        length, found = _rows(entry, body)
        rows += found
        docs.update(str(row["term"]) for row in found)
        entries += 1
        tokens += length
        if len(rows) >= 50_000:
            connection.execute(_ADD, rows)
            rows = []
    if rows:
        connection.execute(_ADD, rows)
    if docs:
        connection.execute(
            text("INSERT INTO search_vocab (term, docs) VALUES (:term, :docs)"),
            [{"term": term, "docs": count} for term, count in docs.items()],
        )
    connection.execute(
        text("UPDATE search_total SET rows = :rows, tokens = :tokens"),
        {"rows": entries, "tokens": tokens},
    )


@dataclass
class _Phrase:
    """One form of the query, looked up as a prefix: the indexed word most entries hold
    among those it begins (read best first), and its IDF."""

    prefix: str
    term: str | None
    idf: float = 0.0
    # Read by the count of a shorter prefix: a bound of the phrase's count, not the count.
    bounding: bool = False


@dataclass
class _Level:
    """Unread entries holding a phrase's main word ``tf`` times, shortest first."""

    phrase: int
    tf: int
    rows: list[tuple[int, int]] = field(default_factory=list)
    after: tuple[int, int] = (-1, -1)
    page: int = _FIRST_PAGE
    done: bool = False


def best(
    connection: Connection, forms: Sequence[str], fetch: int
) -> list[tuple[int, float]] | None:
    """The entries at least as good as the ``fetch``-th best for a query of one word typed
    as a prefix, with ``forms`` its forms (the word, then its variants; FTS5 phrases ORed),
    as (entry, bm25 score), best first; every entry tied with the last is included.

    None when the query is not one this module answers (see the module's docstring).
    """
    split = [TOKEN.findall(form) for form in forms]
    if any(len(found) != 1 for found in split):
        return None  # A form of several tokens is a phrase: only FTS5 knows where they are.
    raw: Any = connection.connection.driver_connection
    totals = raw.execute(_TOTALS).fetchone()
    if totals is None or totals[0] <= 0:
        return []
    ranking = _Ranking(raw, totals[0], totals[1], fetch)
    if len(split) == 1 and len(split[0][0]) in SHORT_PREFIXES:
        return ranking.run_short(split[0][0])
    return ranking.run([found[0] for found in split])


class _Ranking:
    """Fagin's threshold algorithm over the (word, tf) levels, best match first."""

    def __init__(self, raw: Any, rows: int, tokens: int, fetch: int):
        self.raw = raw
        self.rows = rows
        self.avgdl = tokens / rows
        self.fetch = fetch
        self.phrases: list[_Phrase] = []
        self.levels: list[_Level] = []
        self.scores: dict[int, float] = {}
        # The best ``fetch`` scores found so far, a min-heap: its first is the one to beat.
        self.kept: list[float] = []
        # Entries read but not scored yet (``_BATCH`` at a time, when they need their text).
        self.pending: list[int] = []
        self.misses: set[int] = set()
        self.direct = True

    def run(self, prefixes: list[str]) -> list[tuple[int, float]] | None:
        others: list[list[str]] = []
        main_docs: list[int] = []
        for prefix in prefixes:
            beyond = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            found = self.raw.execute(_EXPAND, (prefix, beyond, _MOST_WORDS + 1)).fetchall()
            if len(found) > _MOST_WORDS:
                return None
            main = max(found, key=lambda row: row[1], default=None)
            rest = [row for row in found if row is not main]
            if sum(docs for _term, docs in rest) > _MOST_OTHERS:
                # Several common words begin so, and their counts add up per entry: read the
                # entries by the count of a shorter prefix (never less), and count each.
                if len(prefix) <= max(SHORT_PREFIXES) or main is None:
                    return None
                key = PREFIX_KEY + prefix[: max(SHORT_PREFIXES)]
                self.phrases.append(_Phrase(prefix, key, bounding=True))
                if 2 * main[1] >= self.rows:
                    main_docs.append(main[1])
                else:
                    quoted = '"' + prefix + '"*'
                    main_docs.append(self.raw.execute(_MATCHES, (quoted,)).fetchone()[0])
                others.append([])
                continue
            self.phrases.append(_Phrase(prefix, main[0] if main else None))
            main_docs.append(main[1] if main else 0)
            others.append([term for term, _docs in rest])
        words = [{phrase.term, *others[n]} - {None} for n, phrase in enumerate(self.phrases)]
        if sum(map(len, words)) != len(set().union(*words)):
            return None  # One word counted by two forms.
        # Entries holding a less common word of a prefix are read and scored first, whole.
        rare = sorted(
            {
                entry
                for terms in others
                for term in terms
                for (entry,) in self.raw.execute(_ENTRIES, (term,))
            }
        )
        counted = self.count(rare)
        for number, phrase in enumerate(self.phrases):
            hits = main_docs[number] + sum(
                1
                for _length, freqs, terms in counted.values()
                if freqs[number] and phrase.term not in terms
            )
            idf = math.log((self.rows - hits + 0.5) / (hits + 0.5))
            phrase.idf = idf if idf > 0.0 else 1e-6
        for entry, (length, freqs, _terms) in counted.items():
            self.keep(entry, self.score(freqs, length))
        # An entry met in one phrase's levels may hold another's word: then it is counted.
        self.direct = sum(1 for phrase in self.phrases if phrase.term) <= 1 and not any(
            phrase.bounding for phrase in self.phrases
        )
        self.open_levels()
        return self.walk()

    def run_short(self, prefix: str) -> list[tuple[int, float]]:
        """A prefix of one to three characters: its own key, counted as a word."""
        key = PREFIX_KEY + prefix
        docs = self.raw.execute(_DOCS, (key,)).fetchone()
        hits = docs[0] if docs else 0
        idf = math.log((self.rows - hits + 0.5) / (hits + 0.5))
        self.phrases.append(_Phrase(prefix, key if hits else None, idf if idf > 0.0 else 1e-6))
        self.open_levels()
        return self.walk()

    def open_levels(self) -> None:
        heads = []
        for number, phrase in enumerate(self.phrases):
            if phrase.term is None:
                continue
            for (tf,) in self.raw.execute(_LEVELS, {"term": phrase.term}):
                self.levels.append(_Level(number, tf))
                heads.append(_LEVEL_HEAD.format(tf=tf, page=_FIRST_PAGE))
        if not self.levels:
            return
        # Levels of one phrase are together, in order of tf: read them in one statement each.
        start = 0
        for number, phrase in enumerate(self.phrases):
            count = sum(1 for level in self.levels if level.phrase == number)
            if not count:
                continue
            statement = " UNION ALL ".join(heads[start : start + count])
            found: dict[int, list[tuple[int, int]]] = {}
            for tf, length, entry in self.raw.execute(statement, {"term": phrase.term}):
                found.setdefault(tf, []).append((length, entry))
            for level in self.levels[start : start + count]:
                self.take(level, found.get(level.tf, []))
            start += count

    def take(self, level: _Level, found: list[tuple[int, int]]) -> None:
        level.rows = found[::-1]
        level.done = len(found) < level.page
        if found:
            level.after = found[-1]
        level.page = min(level.page * 4, _PAGE)

    def count(self, entries: list[int]) -> dict[int, tuple[int, list[int], set[str]]]:
        """Entries' lengths, how often each phrase occurs in them, and their words."""
        counted: dict[int, tuple[int, list[int], set[str]]] = {}
        for start in range(0, len(entries), 500):
            chunk = entries[start : start + 500]
            statement = _BODIES.format(",".join("?" * len(chunk)))
            for entry, body in self.raw.execute(statement, chunk):
                tokens = TOKEN.findall(body or "")
                words = Counter(tokens)
                freqs = [
                    sum(n for word, n in words.items() if word.startswith(phrase.prefix))
                    for phrase in self.phrases
                ]
                counted[entry] = (len(tokens), freqs, set(words))
        return counted

    def part(self, number: int, tf: int, length: int) -> float:
        """Phrase ``number``'s share of an entry's bm25 score, as FTS5 computes it."""
        freq = float(tf)
        return self.phrases[number].idf * (
            (freq * (_K1 + 1.0)) / (freq + _K1 * (1 - _B + _B * float(length) / self.avgdl))
        )

    def score(self, freqs: Sequence[int], length: int) -> float:
        """An entry's bm25 score (positive), summed in the query's order as FTS5 sums it."""
        total = 0.0
        for number in range(len(self.phrases)):
            total += self.part(number, freqs[number], length) if freqs[number] else 0.0
        return total

    def keep(self, entry: int, score: float) -> None:
        if entry in self.scores:
            return
        self.scores[entry] = score
        if len(self.kept) < self.fetch:
            heapq.heappush(self.kept, score)
        elif score > self.kept[0]:
            heapq.heapreplace(self.kept, score)

    def settle(self) -> None:
        """Score the entries waiting for their text to be counted."""
        counted = self.count(self.pending)
        self.pending = []
        for entry, (length, freqs, _terms) in counted.items():
            if any(freqs):
                self.keep(entry, self.score(freqs, length))
            else:
                self.misses.add(entry)  # Read by a shorter prefix, and no match.

    def head(self, level: _Level) -> float | None:
        """The share of the best unread entry of a level, reading the next rows if needed."""
        if not level.rows and not level.done:
            term = self.phrases[level.phrase].term
            found = self.raw.execute(
                _LEVEL_ROWS, (term, level.tf, *level.after, level.page)
            ).fetchall()
            self.take(level, found)
        if not level.rows:
            return None
        return self.part(level.phrase, level.tf, level.rows[-1][0])

    def walk(self) -> list[tuple[int, float]]:
        # Max-heap of levels by the share of their next entry.
        heap: list[tuple[float, int]] = []
        for index, level in enumerate(self.levels):
            share = self.head(level)
            if share is not None:
                heap.append((-share, index))
        heapq.heapify(heap)
        waiting: set[int] = set()
        while heap:
            if len(self.kept) >= self.fetch and self.bound(heap) < self.kept[0]:
                if not self.pending:
                    break
                self.settle()
                waiting.clear()
                continue
            _, index = heapq.heappop(heap)
            level = self.levels[index]
            length, entry = level.rows.pop()
            if entry not in self.scores and entry not in waiting and entry not in self.misses:
                if self.direct:
                    freqs = [0] * len(self.phrases)
                    freqs[level.phrase] = level.tf
                    self.keep(entry, self.score(freqs, length))
                else:
                    self.pending.append(entry)
                    waiting.add(entry)
                    if len(self.pending) >= _BATCH:
                        self.settle()
                        waiting.clear()
            share = self.head(level)
            if share is not None:
                heapq.heappush(heap, (-share, index))
        if self.pending:
            self.settle()
        cut = self.kept[0] if len(self.kept) >= self.fetch else -math.inf
        ranked = [(entry, -score) for entry, score in self.scores.items() if score >= cut]
        ranked.sort(key=lambda pair: pair[1])
        return ranked

    def bound(self, heap: list[tuple[float, int]]) -> float:
        """The best score an entry not yet read could have: each phrase's next share, summed
        in the query's order as FTS5 sums them, so that no rounding can exceed it."""
        tops = [0.0] * len(self.phrases)
        for negative, index in heap:
            number = self.levels[index].phrase
            tops[number] = max(tops[number], -negative)
        total = 0.0
        for share in tops:
            total += share
        return total
