"""Minutes a secretary signs, made from the command line only: a meeting with its letterhead,
chair and secretary, notes imported, approved, exported in Arabic and French."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
import zlib
from pathlib import Path

import docx
from docx.oxml.ns import qn

DATA = Path(__file__).resolve().parents[1] / "data"
INSTITUTION = (
    "République tunisienne | الجمهورية التونسية"
    " > Ministère de l'Intérieur | وزارة الداخلية"
    " > Commune de Kairouan | بلدية القيروان"
)
CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def ogpdesk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OGPDESK_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def pdf_pages(path: Path) -> list[str]:
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", raw).translate(CONTROLS)
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def png(path: Path) -> Path:
    """A 2×1 red and green PNG, written by hand: the logo a user picks."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (2).to_bytes(4, "big") + (1).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00\xc0\x00\x00\x00\x80\x00")
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
    return path


def test_a_meeting_made_approved_and_exported_from_the_shell(tmp_path: Path) -> None:
    db = tmp_path / "kairouan.sqlite3"
    meeting = ogpdesk(
        db,
        "new-meeting",
        "--title",
        "Séance de sensibilisation à la planification stratégique — Kairouan",
        "--title-ar",
        "يوم تحسيسي حول التخطيط الاستراتيجي — القيروان",
        "--date",
        "2016-03-22",
        "--kind",
        "awareness_session",
        "--city",
        "Kairouan",
        "--institution",
        INSTITUTION,
        "--logo",
        str(png(tmp_path / "logo.png")),
        "--chair",
        "Hédi Sample, Maire de Kairouan",
        "--secretary",
        "Amel Sample, Secrétaire générale",
        "--start",
        "09:30",
        "--end",
        "13:00",
    ).stdout.strip()
    ogpdesk(db, "import-notes", meeting, str(DATA / "notes_kairouan_mixed.txt"))

    ogpdesk(
        db,
        "export",
        "minutes",
        "--meeting",
        meeting,
        "--lang",
        "fr",
        "-o",
        str(tmp_path / "draft.pdf"),
    )
    assert all("PROJET" in page for page in pdf_pages(tmp_path / "draft.pdf"))

    assert "Approved" in ogpdesk(db, "approve", meeting).stdout
    for lang in ("ar", "fr"):
        for suffix in ("pdf", "docx"):
            ogpdesk(
                db, "export", "minutes", "--meeting", meeting, "--lang", lang,
                "-o", str(tmp_path / f"minutes_{lang}.{suffix}"),
            )  # fmt: skip
    arabic = pdf_pages(tmp_path / "minutes_ar.pdf")
    french = pdf_pages(tmp_path / "minutes_fr.pdf")
    for pages, draft in ((arabic, "مسودة"), (french, "PROJET")):
        assert not any(draft in page for page in pages)
        whole = " ".join(pages)
        # The fingerprint in full at the end, its beginning on every page.
        digest = re.search(r"\b[0-9a-f]{64}\b", whole)
        assert digest is not None
        assert all(digest.group()[:16] in page for page in pages)
        assert "Hédi Sample" in whole and "Amel Sample" in whole
    assert all(
        line in arabic[0] for line in ("الجمهورية التونسية", "وزارة الداخلية", "بلدية القيروان")
    )
    assert "يوم تحسيسي حول التخطيط الاستراتيجي" in arabic[0]
    assert all(
        line in french[0]
        for line in ("République tunisienne", "Ministère de l'Intérieur", "Commune de Kairouan")
    )
    assert "Maire de Kairouan" in french[-1] and "Secrétaire générale" in french[-1]
    assert "09:30 – 13:00" in french[0]

    word = docx.Document(str(tmp_path / "minutes_fr.docx"))
    body = "".join(t.text or "" for t in word.element.body.iter(qn("w:t")))
    header = "".join(t.text or "" for t in word.sections[0].header._element.iter(qn("w:t")))
    assert "Commune de Kairouan" in body and "Hédi Sample" in body
    assert "PROJET" not in header and "APPROUVÉ" in header.upper()
    assert len(word.inline_shapes) == 1  # the logo

    assert "Reopened" in ogpdesk(db, "reopen", meeting, "--by", "Sami Reopener").stdout
    ogpdesk(
        db,
        "export",
        "minutes",
        "--meeting",
        meeting,
        "--lang",
        "fr",
        "-o",
        str(tmp_path / "again.pdf"),
    )
    again = pdf_pages(tmp_path / "again.pdf")
    assert all("PROJET" in page for page in again)
    # Recorded in the timeline as the window records it, in the meeting's first language.
    assert "Sami Reopener" in " ".join(again)
