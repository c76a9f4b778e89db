"""Search finds the same records, first page in the same order, as before it was made faster.

``tests/data/search_expected.json`` holds what ``search`` returned for the queries below on
the corpus below when it ranked every match (before issue 15): for each query, the number of
hits and a digest of their ids, and the first page — kind, id, bm25 score and date, best
first. Records of equal score and date may come in either order (neither version orders
them), so the page is compared as a sequence of (score, date) and each hit's own score.

Written again once, on purpose, when only the latest ``CANDIDATES`` matches came to be ranked
(issue 15). Every query found the same records, and every page kept the same records with
the same scores, except: (1) where records tied at the page's last score, the cut now keeps
the latest of them (before, the earliest, although the page puts the latest first among
equals) — 18 queries, 1 to 6 records each; (2) "sample", the one query matching more than
``CANDIDATES`` records (2,266), gets the best of the latest 2,000 — its scores are all about
1e-6 (a word in most records weighs nothing in bm25), so its order was noise anyway.

When what is indexed changes on purpose, ``python tests/core/test_search_results.py``
writes the file again; say so in the commit.
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

from ogpdesk.core import search as search_module
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
    return [hit.kind.value, hit.id, round(hit.rank, 9), hit.date.isoformat() if hit.date else None]


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
    scores = {hit.id: round(hit.rank, 9) for hit in every}
    assert all(scores[hit_id] == score for _k, hit_id, score, _d in wanted["page"])
    assert {(k, i) for k, i, _s, _d in page} <= {(hit.kind.value, hit.id) for hit in every}


def test_the_index_looks_up_short_prefixes_in_prefix_indexes(corpus: Store) -> None:
    """Migration 0007: "ال", "الم", "par" are one entry each, not every word they begin."""
    with corpus.session() as session:
        created = session.scalar(text("SELECT sql FROM sqlite_master WHERE name = 'search_index'"))
    assert "prefix = '2 3'" in created


def test_a_query_matching_more_than_the_candidates_ranks_the_latest_of_them(
    corpus: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first page is the best, by the same scores, of the latest ``CANDIDATES`` matches;
    every match is still found when more are asked for."""
    monkeypatch.setattr(search_module, "CANDIDATES", 200)
    with corpus.session() as session:
        every = search(session, "commune", limit=10 * ITEMS)
        page = search(session, "commune", limit=PAGE)
        numbers = {
            ref: key for ref, key in session.execute(text("SELECT ref, id FROM search_entry"))
        }
    assert len(every) == 1311
    latest = sorted(every, key=lambda hit: numbers[hit.id])[-200:]
    best = sorted(latest, key=lambda hit: (hit.rank, -(hit.date or dt.date.min).toordinal()))
    assert [(hit.rank, hit.date) for hit in page] == [(hit.rank, hit.date) for hit in best[:PAGE]]
    # Not the page every match ranked would give: the bound changed something.
    assert {hit.id for hit in page} != {hit.id for hit in every[:PAGE]}


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        made = open_store(Path(folder) / "ogpdesk.sqlite3")
        fill(made)
        written = results(made)
        made.close()
    EXPECTED.write_text(json.dumps(written, ensure_ascii=False, indent=1) + "\n", "utf-8")
    sys.stdout.write(f"wrote {EXPECTED}\n")
