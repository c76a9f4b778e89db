"""Amiri travels inside the DOCX (ECMA-376 font embedding), so minutes opened on a machine
without it still look as they were written."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import fontpkg_amiri
import pytest
from lxml import etree

from ogpdesk.documents import docx
from ogpdesk.documents.docxfonts import OBFUSCATED, obfuscate
from ogpdesk.documents.model import Document, Paragraph

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"


def _minutes(path: Path) -> Path:
    text = "بلدية القيروان — Commune de Kairouan"
    docx.render(Document("ar", "محضر الجلسة", (Paragraph.of(text),)), path)
    return path


def test_amiri_regular_and_bold_are_embedded_and_deobfuscate(tmp_path):
    package = zipfile.ZipFile(_minutes(tmp_path / "m.docx"))
    table = etree.fromstring(package.read("word/fontTable.xml"))
    (amiri,) = table.findall(f"{{{W}}}font[@{{{W}}}name='Amiri']")
    rels = {
        rel.get("Id"): rel
        for rel in etree.fromstring(package.read("word/_rels/fontTable.xml.rels"))
        if rel.tag == f"{{{PR}}}Relationship"
    }
    types = {
        o.get("PartName"): o.get("ContentType")
        for o in etree.fromstring(package.read("[Content_Types].xml"))
        if o.tag == f"{{{CT}}}Override"
    }
    files = fontpkg_amiri.ROOT / "files"
    for tag, name in (("embedRegular", "Amiri-Regular.ttf"), ("embedBold", "Amiri-Bold.ttf")):
        embedded = amiri.find(f"{{{W}}}{tag}")
        assert embedded is not None, tag
        rel = rels[embedded.get(f"{{{R}}}id")]
        assert rel.get("Type") == FONT_REL
        part = "word/" + rel.get("Target")
        assert part.endswith(".odttf") and types["/" + part] == OBFUSCATED
        stored = package.read(part)
        original = (files / name).read_bytes()
        # Obfuscated: the head is not the font's; the key from w:fontKey gives it back.
        assert stored[:32] != original[:32] and stored[32:] == original[32:]
        font = obfuscate(stored, embedded.get(f"{{{W}}}fontKey"))
        assert font == original and font[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    settings = etree.fromstring(package.read("word/settings.xml"))
    assert settings.find(f"{{{W}}}embedTrueTypeFonts") is not None


@pytest.mark.slow
def test_libreoffice_draws_the_docx_in_the_embedded_amiri(tmp_path):
    """This machine has Amiri installed (fonts-hosny-amiri): LibreOffice runs with a font
    configuration that hides it, and a copy of the file without its font parts shows that
    it is hidden indeed."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office is not None, "libreoffice-writer-nogui (scripts/system-deps)"
    embedded = _minutes(tmp_path / "embedded.docx")
    bare = tmp_path / "bare.docx"
    with zipfile.ZipFile(embedded) as source, zipfile.ZipFile(bare, "w") as target:
        for item in source.infolist():
            if not item.filename.startswith("word/fonts/"):
                target.writestr(item, source.read(item.filename))
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>/usr/share/fonts/truetype</dir><cachedir>{tmp_path / 'fc'}</cachedir>"
        "</fontconfig>",
        encoding="utf-8",
    )
    subprocess.run(
        [office, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(embedded), str(bare)],
        check=True, capture_output=True, timeout=180,
        env={**os.environ, "FONTCONFIG_FILE": str(config)},
    )  # fmt: skip

    def fonts(name: str) -> str:
        pdf = tmp_path / "out" / name
        return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout

    assert "Amiri-Regular" in fonts("embedded.pdf") and "Amiri-Bold" in fonts("embedded.pdf")
    assert "Amiri" not in fonts("bare.pdf")
