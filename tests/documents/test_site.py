"""The public progress page: static files that open from disk, in a real browser, and the poster."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from ogpdesk.core import progress
from ogpdesk.core.demo import load_demo
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import find_process
from ogpdesk.core.models import ProgressReview
from ogpdesk.core.store import Store
from ogpdesk.core.typography import typeset
from ogpdesk.documents.export import ExportRequest, export
from ogpdesk.documents.poster import HEIGHT, MARGIN, WIDTH

MINUTES_URL = "https://www.commune-elkef.tn/ogp/pv-2025-10-09.pdf"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@pytest.fixture
def site(store: Store, tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    """The demo's public page, and the commitment titles it must show, per language."""
    with store.transaction() as session:
        load_demo(session)
        process = find_process(session, "El Kef")
        first = progress.matrix(session, process, "2025Q3").rows[0]
        review = session.get(ProgressReview, first.review_id)
        assert review is not None
        progress.update_review(session, review, evidence=f"PV : {MINUTES_URL}.")
    with store.session() as session:
        process = find_process(session, "El Kef")
        titles = {
            "ar": [c.title_ar or c.title for c in process.commitments],
            "fr": [typeset(c.title_fr or c.title, "fr") for c in process.commitments],
        }
        export(
            session,
            ExportRequest(
                kind="site",
                meeting=None,
                process="El Kef",
                lang="ar",
                output=tmp_path / "site",
                today=dt.date(2025, 10, 20),
            ),
        )
    return tmp_path / "site", titles


def _html(text: str) -> str:
    """``text`` as the browser's DOM gives it back: escaped, no-break spaces as entities."""
    return html.escape(text).replace("\u00a0", "&nbsp;")


def test_the_folder_holds_self_contained_pages_in_arabic_and_french(
    site: tuple[Path, dict[str, list[str]]],
) -> None:
    folder, titles = site
    assert {p.name for p in folder.iterdir()} == {
        "index.html",
        "fr.html",
        "en.html",
        "progress-ar.png",
        "progress-fr.png",
        "progress-en.png",
    }
    arabic = (folder / "index.html").read_text("utf-8")
    french = (folder / "fr.html").read_text("utf-8")
    assert '<html lang="ar" dir="rtl">' in arabic
    assert '<html lang="fr" dir="ltr">' in french
    for page in (arabic, french):
        # Nothing fetched from anywhere: no script, no stylesheet or image file, no font.
        assert "<script" not in page and "<link" not in page and "<img" not in page
        assert "@import" not in page and "url(" not in page
        assert not re.search(r'\bsrc="', page)
        assert page.count("<svg") >= 2 + 6  # two charts and a meter per commitment
        assert page.count('<article class="commitment"') == 6
    assert 'href="fr.html"' in arabic and 'href="index.html"' in french
    for title in titles["ar"]:
        assert html.escape(title) in arabic
    for title in titles["fr"]:
        assert html.escape(title) in french
    # Evidence given as a web address is a link (the final full stop is not part of it).
    assert f'PV : <a href="{MINUTES_URL}" dir="ltr">{MINUTES_URL}</a>.' in french


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (scripts/system-deps)")
def test_the_page_opens_from_disk_in_a_browser_and_shows_the_commitments(
    site: tuple[Path, dict[str, list[str]]], tmp_path: Path
) -> None:
    folder, titles = site
    assert CHROMIUM is not None
    for page, lang in (("index.html", "ar"), ("fr.html", "fr")):
        done = subprocess.run(
            [
                CHROMIUM,
                *FLAGS,
                f"--user-data-dir={tmp_path / f'profile-{lang}'}",
                "--dump-dom",
                (folder / page).as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        dom = done.stdout
        assert f'lang="{lang}"' in dom
        articles = re.findall(
            r'<article class="commitment" id="commitment-(\d+)">(.*?)</article>', dom, re.S
        )
        assert [number for number, _body in articles] == ["1", "2", "3", "4", "5", "6"]
        for (_number, body), title in zip(articles, titles[lang], strict=True):
            assert _html(title) in body
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'profile-shot'}",
            "--hide-scrollbars",
            "--window-size=1280,900",
            f"--screenshot={shot}",
            (folder / "index.html").as_uri(),
        ],
        capture_output=True,
        timeout=90,
        check=True,
    )
    with Image.open(shot) as image:
        assert image.size == (1280, 900)
        # The header band is drawn (the page's colour, not a blank or error page).
        assert image.getpixel((640, 10))[:3] == (0x0B, 0x4F, 0x6C)


def test_the_poster_is_full_hd_and_mirrored_in_arabic(
    site: tuple[Path, dict[str, list[str]]],
) -> None:
    folder, _titles = site
    # Inside the first row's number disc (below the band), beside the white digit.
    disc_y = 320
    for lang, start in (("ar", WIDTH - MARGIN - 32 - 22), ("fr", MARGIN + 32 - 22)):
        with Image.open(folder / f"progress-{lang}.png") as image:
            assert image.size == (WIDTH, HEIGHT)
            pixel = image.convert("RGB").getpixel((start, disc_y))
            # The commitment's number sits on the reading side: right in Arabic.
            assert pixel == (0x0B, 0x4F, 0x6C), (lang, pixel)
            mirror = image.convert("RGB").getpixel((WIDTH - start, disc_y))
            assert mirror != (0x0B, 0x4F, 0x6C)


def test_a_file_in_the_way_is_refused(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        load_demo(session)
    target = tmp_path / "site.html"
    target.write_text("ours", "utf-8")
    with store.session() as session, pytest.raises(InvalidInput, match="is a file"):
        export(
            session,
            ExportRequest(kind="site", meeting=None, process="El Kef", lang="fr", output=target),
        )
    assert target.read_text("utf-8") == "ours"


def test_the_command_line_writes_the_folder(store: Store, tmp_path: Path) -> None:
    with store.transaction() as session:
        load_demo(session)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ogpdesk.cli",
            "--db",
            store.url,
            "export",
            "site",
            "--process",
            "El Kef",
            "-o",
            str(tmp_path / "ogp"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ, OGPDESK_LANG="en"),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / "ogp" / "index.html")
    page = (tmp_path / "ogp" / "index.html").read_text("utf-8")
    assert '<html lang="ar" dir="rtl">' in page and "التقدم حسب الالتزام" in page
    with Image.open(tmp_path / "ogp" / "progress-fr.png") as poster:
        assert poster.size == (1920, 1080)
