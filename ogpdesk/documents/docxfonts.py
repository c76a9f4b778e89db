"""Amiri embedded in a DOCX, so that the minutes look the same on a machine without it.

WordprocessingML embeds a font as an obfuscated part (ECMA-376 part 1, §17.8.1): the font
file with its first 32 bytes XORed with a key taken from a GUID, stored as
``word/fonts/fontN.odttf`` and reached from the font table through a relationship. The font
table's ``w:font`` names the part (``w:embedRegular``/``w:embedBold``, ``r:id``) and gives the
GUID (``w:fontKey``); ``w:embedTrueTypeFonts`` in the settings tells Word to keep them when it
saves the file again. Word and LibreOffice both use an embedded font when the machine lacks it.

The whole font is embedded, not a subset: the secretary may type words the document did not
have yet. Amiri's licence (OFL) and its OS/2 ``fsType`` of 0 allow it.
"""

from __future__ import annotations

import uuid

import fontpkg_amiri
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

FONT = "Amiri"
FILES = {"embedRegular": "Amiri-Regular.ttf", "embedBold": "Amiri-Bold.ttf"}
OBFUSCATED = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# From Amiri's OS/2 table; Word uses them to pick a substitute if it cannot use the font.
PANOSE = "00000500000000000000"
# The children of ``w:font`` and of ``w:settings`` (up to ``w:embedTrueTypeFonts``) in the
# order the schema requires.
_FONT_ORDER = [
    "altName",
    "panose1",
    "charset",
    "family",
    "notTrueType",
    "pitch",
    "sig",
    "embedRegular",
    "embedBold",
    "embedItalic",
    "embedBoldItalic",
]
_SETTINGS_BEFORE = [
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
]


def key_of(guid: str) -> bytes:
    """The 16-byte key of a ``w:fontKey``: the GUID's bytes, last first (§17.8.1)."""
    return bytes.fromhex(guid.strip("{}").replace("-", ""))[::-1]


def obfuscate(font: bytes, guid: str) -> bytes:
    """``font`` with its first 32 bytes XORed with the key, twice over; its own inverse."""
    key = key_of(guid) * 2
    head = bytes(a ^ b for a, b in zip(font[:32], key, strict=True))
    return head + font[32:]


def embed_amiri(word: WordDocument) -> None:
    """Add Amiri regular and bold to ``word``'s package and declare them in its font table."""
    main = word.part
    table_part = main.part_related_by(RT.FONT_TABLE)
    table = parse_xml(table_part.blob)
    font = next((f for f in table.findall(qn("w:font")) if f.get(qn("w:name")) == FONT), None)
    if font is None:
        font = OxmlElement("w:font")
        font.set(qn("w:name"), FONT)
        table.append(font)
    children = {
        "panose1": {"w:val": PANOSE},
        "charset": {"w:val": "00"},
        "family": {"w:val": "auto"},
        "pitch": {"w:val": "variable"},
    }
    files = fontpkg_amiri.ROOT / "files"
    for number, (tag, name) in enumerate(FILES.items(), 1):
        guid = "{" + str(uuid.uuid4()).upper() + "}"
        part = Part(
            PackURI(f"/word/fonts/font{number}.odttf"),
            OBFUSCATED,
            obfuscate((files / name).read_bytes(), guid),
            main.package,
        )
        children[tag] = {"r:id": table_part.relate_to(part, RT.FONT), "w:fontKey": guid}
    for child in list(font):
        font.remove(child)
    for tag in _FONT_ORDER:
        if tag in children:
            element = OxmlElement(f"w:{tag}")
            for attr, value in children[tag].items():
                element.set(qn(attr), value)
            font.append(element)
    table_part._blob = serialize_part_xml(table)

    settings = word.settings.element
    if settings.find(qn("w:embedTrueTypeFonts")) is None:
        flag = OxmlElement("w:embedTrueTypeFonts")
        before = {qn(f"w:{tag}") for tag in _SETTINGS_BEFORE}
        at = sum(1 for child in settings if child.tag in before)
        settings.insert(at, flag)
