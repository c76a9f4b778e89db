"""The same search, the same hits: a store copied to the server finds what SQLite finds."""

from __future__ import annotations

import pytest

from ogpdesk.core.demo import load_demo
from ogpdesk.core.search import search
from ogpdesk.core.store import open_store
from ogpdesk.core.transfer import copy_store

# Typed as a facilitator types: without harakat or accents, with other alef forms, with and
# without the article, names with apostrophes, prefixes as the last word, several words.
QUERIES = [
    "المشاركة",
    "مشاركه",
    "الشفافيه",
    "القيروان",
    "بلدية",
    "استراتيجي",
    "التخطيط الاستراتيجي",
    "decentralisation",
    "Décentralisation",
    "participation citoyenne",
    "msaken",
    "M'Saken 2050",
    "Kair",
    "Kef",
    "le kef",
    "transp",
    "comite de pilotage",
    "budget",
    "3P",
    "2050",
    "engagement",
    "l'expérience",
    "experience",
    "ا",
    "zzzz",
]


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, pg_server) -> tuple[str, str]:
    location = str(tmp_path_factory.mktemp("search") / "demo.sqlite3")
    opened = open_store(location)
    with opened.transaction() as session:
        load_demo(session)
    opened.close()
    pg_server.sql("CREATE DATABASE search_backends")
    server = pg_server.url("search_backends")
    copy_store(location, server)
    return location, server


def hits(location: str, query: str) -> list[tuple[str, str]]:
    opened = open_store(location)
    try:
        with opened.session() as session:
            return [(hit.kind.value, hit.id) for hit in search(session, query, limit=500)]
    finally:
        opened.close()


@pytest.mark.parametrize("query", QUERIES)
def test_both_back_ends_find_the_same_records(both: tuple[str, str], query: str) -> None:
    sqlite, server = both
    found = hits(sqlite, query)
    assert sorted(hits(server, query)) == sorted(found)


def test_the_corpus_is_not_trivial(both: tuple[str, str]) -> None:
    sqlite, _server = both
    assert sum(bool(hits(sqlite, query)) for query in QUERIES) >= 18
    assert len(hits(sqlite, "Kef")) > 20


def test_the_best_hit_is_the_same_when_one_record_stands_out(both: tuple[str, str]) -> None:
    # A record holding the words several times, in a short text, ranks first on both.
    sqlite, server = both
    for query in ("M'Saken 2050", "التخطيط الاستراتيجي"):
        assert hits(server, query)[0] == hits(sqlite, query)[0], query
