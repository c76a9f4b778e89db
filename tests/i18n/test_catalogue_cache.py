"""The catalogue kept in the cache folder gives the words of the ``.ts`` files, never older ones."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ogpdesk import i18n

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>Cli</name>
<message><source>Approved</source><translation>{word}</translation></message>
<message numerus="yes"><source>%n item(s)</source>
<translation><numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform>
</translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    i18n._catalogues.cache_clear()
    i18n.catalogue.cache_clear()
    yield folder
    i18n._catalogues.cache_clear()
    i18n.catalogue.cache_clear()


def fresh(lang: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]:
    """What a new process finds (the in-memory caches forgotten)."""
    i18n._catalogues.cache_clear()
    return i18n._catalogues(lang)


def test_the_cache_gives_what_parsing_gives_without_reading_the_xml(
    catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (catalogues / "cli_fr.ts").write_text(CATALOGUE.format(word="Approuvé"), "utf-8")
    parsed = fresh("fr")
    assert parsed[0][("Cli", "Approved")] == "Approuvé"
    assert parsed[1][("Cli", "%n item(s)")] == ("%n élément", "%n éléments")

    def no_parsing(*args: object) -> None:
        raise AssertionError("the unchanged catalogue was parsed again")

    monkeypatch.setattr(i18n, "_read", no_parsing)
    assert fresh("fr") == parsed


def test_an_edited_added_or_removed_catalogue_is_read_again(catalogues: Path) -> None:
    source = catalogues / "cli_fr.ts"
    source.write_text(CATALOGUE.format(word="Approuvé"), "utf-8")
    assert fresh("fr")[0][("Cli", "Approved")] == "Approuvé"
    # Same size, other words: only the modification time tells.
    source.write_text(CATALOGUE.format(word="Approuve"), "utf-8")
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 10**9))
    assert fresh("fr")[0][("Cli", "Approved")] == "Approuve"
    other = catalogues / "more_fr.ts"
    other.write_text(CATALOGUE.format(word="Validé").replace("Approved", "Validated"), "utf-8")
    assert fresh("fr")[0][("Cli", "Validated")] == "Validé"
    other.unlink()
    assert ("Cli", "Validated") not in fresh("fr")[0]


def test_a_damaged_or_unwritable_cache_only_costs_time(
    catalogues: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (catalogues / "cli_fr.ts").write_text(CATALOGUE.format(word="Approuvé"), "utf-8")
    fresh("fr")
    (cached,) = (tmp_path / "cache").rglob("fr-*.json")
    cached.write_text('{"sources": [', "utf-8")
    assert fresh("fr")[0][("Cli", "Approved")] == "Approuvé"
    assert fresh("fr")[0][("Cli", "Approved")] == "Approuvé"
    # A cache folder that cannot be made (a file is in its place).
    blocked = tmp_path / "blocked"
    blocked.write_text("", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert fresh("fr")[0][("Cli", "Approved")] == "Approuvé"
    assert not list(tmp_path.rglob("*.partial"))
