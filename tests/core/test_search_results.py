"""Search finds the same records, first page in the same order, as ranking every match.

``tests/data/search_expected.json`` holds what ``search`` returns for the queries below on
the corpus below when FTS5 ranks every match by bm25 (as before issue 15): for each query,
the number of hits and a digest of their ids, and the first page — kind, id, bm25 score and
date, best first. Records of equal score and date may come in either order (neither
version orders them), so the page is compared as a sequence of (score, date) and each
hit's own score. Scores are kept to 12 significant digits: a common word's are about 1e-6
(bm25 gives a word in half the records an IDF of 1e-6), and a rounding to decimals would
make them all equal.

History: written before issue 15; then once, when only the latest 2,000 matches were ranked
(the pages of queries matching more changed); then again from FTS5's full ranking when
``search_rank`` came (issue 15): against the file written before issue 15, every query finds
the same records and the same first page, except where records tie at the page's last
score, where the page now keeps the latest of them (before, the earliest, although the page
puts the latest first among equals) — 17 queries, 1 to 22 records each.

When what is indexed changes on purpose, ``python tests/core/test_search_results.py``
writes the file again (FTS5 ranking every match); say so in the commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from ogpdesk.core import search as search_module
from ogpdesk.core import search_rank
from ogpdesk.core.capture import add_intervention, set_deleted
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Intervention,
    Meeting,
    MeetingKind,
    Participant,
    Recommendation,
)
from ogpdesk.core.search import Hit, search
from ogpdesk.core.store import Store, open_store

EXPECTED = Path(__file__).resolve().parents[1] / "data" / "search_expected.json"
PAGE = 50
ITEMS = 3_000
# Those of benchmarks/search.py, and short prefixes, which match the most words.
QUERIES = [
    "البلدية",
    "الْمُشَارَكَةُ",
    "الشاشة العملاقة",
    "الميزا",
    "commune",
    "decentralisation",
    "budget participatif",
    "transpa",
    "kair",
    "plan d'action el kef",
    "Jendouba",
    "ال",
    "الم",
    "م",
    "de",
    "p",
    "par",
    "M'saken",
    "l'expérience",
    "المشاركة والشفافية",
    "citoyens bal",
    "sample",
    "nothing-like-this",
]
ARABIC = (
    "البلدية المجلس المواطنين المشاركة الشفافية الميزانية التشاركية المجتمع المدني التنمية "
    "المحلية الجهوية السلطة اللامركزية التخطيط الاستراتيجي المدينة الالتزام المتابعة التقييم "
    "الحوكمة المفتوحة النفاذ إلى المعلومة الشاشة العملاقة الساحة الموقع الإلكتروني الجمعيات "
    "الشباب النساء ذوي الإعاقة البيئة النظافة الطرقات الإنارة العمومية المساحات الخضراء "
    "الْمُشَارَكَةُ والشفافية بالمدينة للمواطنين في من على مع حول بين"
)
FRENCH = (
    "commune conseil municipal citoyens participation transparence budget participatif "
    "société civile développement local régional décentralisation planification stratégique "
    "ville engagement suivi évaluation gouvernement ouvert accès information écran géant "
    "place site web associations jeunes femmes handicap environnement propreté routes "
    "prochain plan décision recommandation action responsable échéance l'expérience d'action "
    "de la le les des du et pour avec sur dans"
)
PLACES = ["Kairouan", "M'saken", "El Kef", "Sousse", "Sfax", "Jendouba", "KTC Sfax", "TWIZA"]


def fill(store: Store) -> None:
    """``ITEMS`` records with fixed ids, in meetings of 100, words drawn Zipf-like."""
    rng = random.Random(15)
    arabic_words, french_words = ARABIC.split(" "), FRENCH.split(" ")
    weights_ar = [1 / (rank + 1) for rank in range(len(arabic_words))]
    weights_fr = [1 / (rank + 1) for rank in range(len(french_words))]

    def say() -> str:
        arabic = rng.random() < 0.55
        vocabulary, weights = (arabic_words, weights_ar) if arabic else (french_words, weights_fr)
        words = rng.choices(vocabulary, weights, k=rng.randint(4, 20))
        words.insert(rng.randrange(len(words)), rng.choice(PLACES))
        return " ".join(words)

    serial = iter(range(1, 10 * ITEMS))

    def key() -> str:
        return f"00000000-0000-4000-8000-{next(serial):012d}"

    with store.transaction() as session:
        people = [
            Participant(id=key(), full_name=f"Sample {rng.choice(PLACES)} {n}", organisation=say())
            for n in range(100)
        ]
        session.add_all(people)
    made = len(people)
    number = 0
    while made < ITEMS:
        with store.transaction() as session:
            meeting = Meeting(
                id=key(),
                title=f"Réunion {number} — {say()[:60]}",
                title_ar=say()[:80],
                kind=MeetingKind.WORKSHOP,
                # Several meetings share a date, so that equal dates occur among equal scores.
                date=dt.date(2016, 3, 22) + dt.timedelta(days=number // 3),
                city=rng.choice(PLACES),
            )
            rows: list[object] = [meeting]
            for position in range(1, 100):
                roll = rng.random()
                common = {"id": key(), "meeting": meeting, "position": position}
                if roll < 0.05:
                    rows.append(AgendaItem(**common, title=say()))
                elif roll < 0.70:
                    person = rng.choice(people)
                    rows.append(
                        Intervention(
                            **common,
                            participant=person,
                            speaker_name=person.full_name,
                            summary=say(),
                        )
                    )
                elif roll < 0.85:
                    rows.append(
                        Recommendation(**common, number=position, text=say(), text_fr=say())
                    )
                elif roll < 0.90:
                    rows.append(Decision(**common, number=position, text=say()))
                else:
                    rows.append(
                        ActionItem(**common, task=say(), owner_name=rng.choice(people).full_name)
                    )
            session.add_all(rows)
            made += len(rows)
            number += 1


def entry(hit: Hit) -> list[object]:
    return [
        hit.kind.value,
        hit.id,
        significant(hit.rank),
        hit.date.isoformat() if hit.date else None,
    ]


def significant(score: float) -> float:
    return float(f"{score:.12g}")


def digest(ids: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()


def results(store: Store) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    with store.session() as session:
        for query in QUERIES:
            every = search(session, query, limit=10 * ITEMS)
            found[query] = {
                "hits": len(every),
                "digest": digest([hit.id for hit in every]),
                "page": [entry(hit) for hit in search(session, query, limit=PAGE)],
            }
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    store = open_store(tmp_path_factory.mktemp("search") / "ogpdesk.sqlite3")
    fill(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, object]]:
    return json.loads(EXPECTED.read_text("utf-8"))


@pytest.mark.parametrize("query", QUERIES)
def test_same_hits_and_same_first_page(corpus: Store, expected, query: str) -> None:
    wanted = expected[query]
    with corpus.session() as session:
        every = search(session, query, limit=10 * ITEMS)
        page = [entry(hit) for hit in search(session, query, limit=PAGE)]
    assert (len(every), digest([hit.id for hit in every])) == (wanted["hits"], wanted["digest"])
    # Best first, by the same scores and dates...
    assert [(score, date) for _k, _id, score, date in page] == [
        (score, date) for _k, _id, score, date in wanted["page"]
    ]
    # ...and each hit with its own score: only records that tie may trade places.
    scores = {hit.id: significant(hit.rank) for hit in every}
    assert all(scores[hit_id] == score for _k, hit_id, score, _d in wanted["page"])
    assert {(k, i) for k, i, _s, _d in page} <= {(hit.kind.value, hit.id) for hit in every}


def test_the_index_looks_up_short_prefixes_in_prefix_indexes(corpus: Store) -> None:
    """Migration 0007: "ال", "الم", "par" are one entry each, not every word they begin."""
    with corpus.session() as session:
        created = session.scalar(text("SELECT sql FROM sqlite_master WHERE name = 'search_index'"))
    assert "prefix = '2 3'" in created


def test_a_common_word_is_ranked_without_scoring_every_match(corpus: Store) -> None:
    """ "commune" is in 1,311 records: its page comes from the counts (``search_rank``), read
    best first, and is the page FTS5 gives when it scores every match (test above)."""
    with corpus.session() as session:
        best = search_rank.best(session.connection(), ["commune"], PAGE)
        matches = session.scalar(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH '\"commune\"*'")
        )
    assert best is not None
    assert matches == 1311
    assert PAGE <= len(best) < matches / 4


@pytest.mark.parametrize("others", [search_rank._MOST_OTHERS, 0])
def test_the_quick_ranking_gives_the_scores_fts5_gives(
    corpus: Store, monkeypatch: pytest.MonkeyPatch, others: int
) -> None:
    """Every prefix of one word in five of the corpus, and each whole: the same scores to the
    last bit, in the same order, as FTS5 scoring every match. Again with every prefix that
    begins several words read by the count of its first three characters, as the prefixes
    of several common words are at 100,000 items."""
    monkeypatch.setattr(search_rank, "_MOST_OTHERS", others)
    with corpus.session() as session:
        words = session.scalars(
            text("SELECT term FROM search_vocab WHERE term >= '0' ORDER BY term")
        ).all()
        queries = sorted({word[:n] for word in words[::5] for n in range(1, len(word) + 1)})
        quick = {query: pages(session, query) for query in queries}
        unanswered = [
            query
            for query in queries
            if search_rank.best(session.connection(), [query], PAGE) is None
        ]
        monkeypatch.setattr(search_module, "FAST_FETCH", 0)
        assert {query: pages(session, query) for query in queries} == quick
    assert unanswered == []


def pages(session: Session, query: str) -> list[tuple[float, dt.date | None]]:
    return [(hit.rank, hit.date) for hit in search(session, query, limit=PAGE)]


def test_the_counts_follow_edits_deletions_and_undo(tmp_path: Path) -> None:
    """What ``search_rank`` keeps beside FTS5 stays what FTS5 holds: entries' lengths and
    the totals as FTS5 counts them, and so the same first pages."""
    store = open_store(tmp_path / "ogpdesk.sqlite3")
    try:
        with store.transaction() as session:
            meeting = create_meeting(session, title="البلدية — Commune", date=dt.date(2024, 5, 4))
            said = [
                add_intervention(session, meeting, f"البلدية {'والبلدية ' * (n % 4)}commune {n}")
                .of(Intervention)[0]
                .id
                for n in range(40)
            ]
        with store.transaction() as session:
            for n, done in enumerate(said[:10]):
                edited = session.get(Intervention, done)
                assert edited is not None
                edited.summary = f"الْبَلَدِيَّةُ commune communale {'commune ' * n}"
            set_deleted(session, [session.get(Intervention, done) for done in said[10:20]], True)
        with store.transaction() as session:
            set_deleted(session, [session.get(Intervention, said[12])], False)
        with store.session() as session:
            connection = session.connection()
            totals = connection.execute(text("SELECT rows, tokens FROM search_total")).one()
            averages = connection.execute(
                text("SELECT block FROM search_index_data WHERE id = 1")
            ).scalar_one()
            assert tuple(totals) == tuple(varints(averages))
            kept = connection.execute(
                text("SELECT entry, term, tf, length FROM search_term ORDER BY 1, 2")
            ).all()
            recounted = []
            for entry, body in connection.execute(
                text("SELECT rowid, body FROM search_index ORDER BY rowid")
            ):
                length, counts = search_rank.words_of(body)
                recounted += [(entry, term, tf, length) for term, tf in sorted(counts.items())]
            assert [tuple(row) for row in kept] == recounted
            quick = {query: pages(session, query) for query in ("البلدية", "commun", "بلد")}
        with store.session() as session:
            search_module.FAST_FETCH, before = 0, search_module.FAST_FETCH
            try:
                assert {query: pages(session, query) for query in quick} == quick
            finally:
                search_module.FAST_FETCH = before
    finally:
        store.close()


def varints(block: bytes) -> list[int]:
    """FTS5's averages record: its number of rows, then of tokens (SQLite varints)."""
    found, value = [], 0
    for byte in block:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            found.append(value)
            value = 0
    return found


if __name__ == "__main__":
    # FTS5 ranks every match: the reference the quicker ranking must give again.
    search_module.FAST_FETCH = 0
    with tempfile.TemporaryDirectory() as folder:
        made = open_store(Path(folder) / "ogpdesk.sqlite3")
        fill(made)
        written = results(made)
        made.close()
    EXPECTED.write_text(json.dumps(written, ensure_ascii=False, indent=1) + "\n", "utf-8")
    sys.stdout.write(f"wrote {EXPECTED}\n")
