"""The participant directory: importing lists, finding people, signing them in, counting them.

Invitation lists come as CSV or XLSX files exported from Excel, LibreOffice or a web form, with
headers in Arabic, French or English and values such as "مجتمع مدني", "société civile" or "F".
An import is planned first (``plan_import``: a pure read, shown to the user as a preview) and
then applied as a whole (``apply_import``) inside the caller's transaction.

A row is rejected when it has no name or a value too long to keep; a value that cannot be
understood (a stakeholder group, a gender, an e-mail address) is left empty with a warning,
so the person is still invited. The same person — same folded name, and same organisation
when both have one — is imported once per file, and matched with the directory rather than
created twice; a matched person's empty fields are filled in, never overwritten.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ogpdesk.core import people
from ogpdesk.core.changes import Changes
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import ensure_editable, live
from ogpdesk.core.models import (
    Attendance,
    AttendanceStatus,
    Gender,
    Meeting,
    Participant,
    StakeholderGroup,
    new_id,
    utcnow,
)
from ogpdesk.core.textio import CLEANED_REPORT, clean, cleaned, decode
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP, translate

CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "“{path}” cannot be read: {reason}")
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” is an old Excel file (.xls) or another binary format. Save it as .xlsx or as "
    "CSV UTF-8 and import that.",
)
BAD_XLSX = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” is not a readable Excel workbook (damaged or not .xlsx): {reason}"
)
NO_ROWS = QT_TRANSLATE_NOOP("Errors", "“{path}” holds no rows to import.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Errors",
    "No column of names was found in “{path}”. Its headers are: {headers}. Name a column "
    "“Name”, “Nom” or “الاسم”.",
)
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "Errors",
    "The column “{header}” appears twice in “{path}” (columns {first} and {second}): "
    "rename or remove one of them, so that no value is taken from the wrong one.",
)
RUN_TOGETHER = QT_TRANSLATE_NOOP(
    "Errors",
    "The header “{header}” of “{path}” holds several columns run together, separated by "
    "“{separator}”. Save the list as CSV separated by commas or semicolons, or as .xlsx.",
)
HEADER_BROKEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The header of “{path}” cannot be read: a quotation mark on line {line} is not closed.",
)
NEED_NAME = QT_TRANSLATE_NOOP("Errors", "A participant needs a name.")
ROW_NO_NAME = QT_TRANSLATE_NOOP("Errors", "no name")
ROW_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "{column} is longer than {limit} characters and cannot be kept"
)
ROW_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Errors", "{column} “{value}” not understood, left empty")
ROW_DUPLICATE = QT_TRANSLATE_NOOP("Errors", "same person as row {row}, imported once")
ROW_UNCLOSED = QT_TRANSLATE_NOOP(
    "Errors",
    "a quotation mark is not closed: lines {first} to {last} were read as one row, none imported",
)
ROW_BAD_QUOTES = QT_TRANSLATE_NOOP("Errors", "quotation marks misplaced ({reason})")
ROW_TOO_WIDE = QT_TRANSLATE_NOOP(
    "Errors", "{count} values but the header has {width} columns: a value would be misplaced"
)
ROW_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Errors",
    "same name as {count} people in the directory: add the organisation to say which, "
    "or merge them in the directory",
)

FIELDS = (
    "full_name",
    "first_name",
    "last_name",
    "organisation",
    "role",
    "stakeholder_group",
    "gender",
    "disability",
    "age_band",
    "phone",
    "email",
    "city",
)

# Header words, compared folded (case, accents, Arabic letter forms) and as whole words.
_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": (
        "name", "full name", "nom", "nom complet", "nom et prénom", "nom prénom",
        "prénom et nom", "prénom nom", "participant", "participante", "الاسم", "الإسم",
        "الاسم واللقب", "الاسم و اللقب", "الاسم الكامل", "الاسم و اللقب",
    ),
    "first_name": ("first name", "given name", "prénom", "الاسم", "الإسم"),
    "last_name": ("last name", "surname", "family name", "nom", "nom de famille", "اللقب"),
    "organisation": (
        "organisation", "organization", "organisme", "structure", "institution",
        "établissement", "association", "entreprise", "company", "المؤسسة", "الجهة",
        "الهيكل", "المنظمة", "الجمعية",
    ),
    "role": (
        "role", "rôle", "fonction", "poste", "qualité", "position", "job title", "الصفة",
        "الوظيفة", "الخطة",
    ),
    "stakeholder_group": (
        "group", "stakeholder group", "stakeholder", "groupe", "catégorie", "category",
        "type", "الفئة", "الصنف", "الشريحة",
    ),
    "gender": ("gender", "sex", "genre", "sexe", "الجنس", "النوع الاجتماعي"),
    "disability": (
        "disability", "handicap", "situation de handicap", "الإعاقة", "ذوي الإعاقة",
        "حامل لإعاقة",
    ),
    "age_band": (
        "age", "age band", "age group", "âge", "tranche d'âge", "tranche d âge",
        "الفئة العمرية", "السن", "العمر",
    ),
    "phone": (
        "phone", "telephone", "téléphone", "tel", "tél", "mobile", "gsm", "portable",
        "الهاتف", "رقم الهاتف", "الجوال",
    ),
    "email": (
        "email", "e mail", "mail", "courriel", "adresse email", "adresse e mail",
        "البريد الإلكتروني", "البريد الالكتروني", "البريد",
    ),
    "city": ("city", "town", "ville", "localité", "commune", "المدينة", "الولاية", "المعتمدية"),
}  # fmt: skip

_GROUPS: dict[StakeholderGroup, tuple[str, ...]] = {
    StakeholderGroup.AUTHORITY: (
        "authority", "local authority", "elected", "autorité", "autorités", "autorité locale",
        "élu", "élue", "élus", "سلطة", "السلطة", "سلطة محلية", "السلطة المحلية", "منتخب",
        "منتخبة", "السلط المحلية",
    ),
    StakeholderGroup.ADMINISTRATION: (
        "administration", "public administration", "إدارة", "الإدارة", "ادارة", "الادارة",
    ),
    StakeholderGroup.CIVIL_SOCIETY: (
        "civil society", "civil_society", "société civile", "association", "ong", "ngo",
        "مجتمع مدني", "المجتمع المدني", "جمعية", "منظمة",
    ),
    StakeholderGroup.CITIZEN: ("citizen", "citoyen", "citoyenne", "citoyens", "مواطن", "مواطنة"),
    StakeholderGroup.EXPERT: ("expert", "experte", "experts", "خبير", "خبيرة", "خبراء"),
    StakeholderGroup.ACADEMIC: (
        "academic", "academia", "universitaire", "université", "chercheur", "chercheuse",
        "أكاديمي", "أكاديمية", "جامعي", "جامعة", "باحث",
    ),
    StakeholderGroup.PRIVATE_SECTOR: (
        "private sector", "private_sector", "private", "secteur privé", "privé", "entreprise",
        "القطاع الخاص", "قطاع خاص",
    ),
    StakeholderGroup.MEDIA: (
        "media", "médias", "presse", "journaliste", "إعلام", "الإعلام", "صحفي", "صحفية",
    ),
}  # fmt: skip

_GENDERS: dict[Gender, tuple[str, ...]] = {
    Gender.FEMALE: (
        "f", "female", "woman", "femme", "féminin", "w", "أنثى", "انثى", "امرأة", "إمرأة", "ا",
    ),
    Gender.MALE: ("m", "male", "man", "homme", "masculin", "h", "ذكر", "رجل", "ذ"),
    Gender.OTHER: ("other", "autre", "آخر", "اخر"),
}  # fmt: skip

_YES = frozenset(map(normalise, ("yes", "y", "oui", "o", "1", "x", "true", "vrai", "نعم")))
_NO = frozenset(map(normalise, ("no", "n", "non", "0", "false", "faux", "لا")))
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NON_WORD = re.compile(r"[\W_]+")
_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_NAMES = {",": ",", ";": ";", "\t": "tab", "|": "|"}
# Characters a header that should have been split may be glued with.
_GLUE = re.compile(r"[|,;:/#~^\t]")
_SNIFF_ROWS = 50
_SNIFF_CHARS = 64 * 1024
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# Column sizes of the Participant model: longer values cannot be stored whole.
_LIMITS = {
    "full_name": 200,
    "organisation": 300,
    "role": 200,
    "age_band": 16,
    "phone": 64,
    "email": 200,
    "city": 120,
}
# The words users see for a field in messages (the header of their own file is preferred).
_FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("Errors", "Name"),
    "organisation": QT_TRANSLATE_NOOP("Errors", "Organisation"),
    "role": QT_TRANSLATE_NOOP("Errors", "Role"),
    "stakeholder_group": QT_TRANSLATE_NOOP("Errors", "Stakeholder group"),
    "gender": QT_TRANSLATE_NOOP("Errors", "Gender"),
    "disability": QT_TRANSLATE_NOOP("Errors", "Disability"),
    "age_band": QT_TRANSLATE_NOOP("Errors", "Age band"),
    "phone": QT_TRANSLATE_NOOP("Errors", "Phone"),
    "email": QT_TRANSLATE_NOOP("Errors", "E-mail"),
    "city": QT_TRANSLATE_NOOP("Errors", "City"),
}


# ---------------------------------------------------------------- reading tables


@dataclass(frozen=True)
class Row:
    # Row number as a spreadsheet shows it: the header row is 1 when it is the first line.
    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class RowProblem:
    """Why a row was rejected, or what was left out of it."""

    row: int
    template: str
    args: dict[str, str] = field(default_factory=dict)
    # Arguments that are our words (a field's label), not text from the user's file.
    translated: tuple[str, ...] = ()

    def message(self, lang: str = "en") -> str:
        args = {
            k: translate(lang, "Errors", v) if k in self.translated else v
            for k, v in self.args.items()
        }
        return translate(lang, "Errors", self.template).format(**args)


@dataclass(frozen=True)
class Cleaning:
    """What ``textio.clean`` removed from a file's cells, for the import report."""

    rows: tuple[int, ...] = ()
    controls: int = 0
    bidi: int = 0


@dataclass(frozen=True)
class Table:
    """A participants file as read: headers and rows of text, whatever the format."""

    source: str
    headers: tuple[str, ...]
    rows: tuple[Row, ...]
    # How the file was read, for the report: "XLSX", "CSV Windows-1256 (;)", …
    format: str = ""
    # Rows that could not be read as rows (a quotation mark left open, too many values).
    problems: tuple[RowProblem, ...] = ()
    cleaning: Cleaning = Cleaning()


def read_table(path: Path) -> Table:
    """The table of a CSV (delimiter , ; tab or |) or XLSX file; ``InvalidInput`` if unreadable.

    Every cell is cleaned (``textio.clean``); a header with a column twice, or with columns
    glued together by a character we do not split on, is refused rather than half-read.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(CANNOT_READ, path=str(path), reason=exc.strerror or str(exc)) from exc
    if data.startswith(_XLSX_MAGIC):
        table = _read_xlsx(path, data)
    elif data.startswith(_OLE_MAGIC):
        raise InvalidInput(OLD_EXCEL, path=str(path))
    else:
        table = _read_csv(path, data)
    if not table.rows and not table.problems:
        raise InvalidInput(NO_ROWS, path=str(path))
    _check_header(table)
    return table


def _read_csv(path: Path, data: bytes) -> Table:
    decoded = decode(data, name=str(path))
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = _sniff_delimiter(text[:_SNIFF_CHARS])
    # Strict: a quotation mark in the wrong place is an error of its row, not a guess.
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    problems: list[RowProblem] = []
    first = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_quote_problem(first, reader.line_num, str(exc), text))
            first = reader.line_num + 1
            continue
        if any(_swallowed(cell, delimiter) for cell in cells):
            lines = {"first": str(first), "last": str(reader.line_num)}
            problems.append(RowProblem(first, ROW_UNCLOSED, lines))
        else:
            records.append((first, cells))
        first = reader.line_num + 1
    name = _DELIMITER_NAMES[delimiter]
    described = f"CSV {decoded.encoding} ({name})"
    header_line = next((n for n, cells in records if any(c.strip() for c in cells)), None)
    broken = [p for p in problems if header_line is None or p.row < header_line]
    if broken:
        raise InvalidInput(HEADER_BROKEN, path=str(path), line=broken[0].row)
    return _table(str(path), records, described, problems)


def _quote_problem(first: int, last: int, reason: str, text: str) -> RowProblem:
    if reason == "unexpected end of data" or last > first:
        return RowProblem(first, ROW_UNCLOSED, {"first": str(first), "last": str(max(last, first))})
    return RowProblem(first, ROW_BAD_QUOTES, {"reason": reason})


def _swallowed(cell: str, delimiter: str) -> bool:
    """A cell holding later lines that hold the delimiter: rows taken into an open quote."""
    _line, newline, rest = cell.partition("\n")
    return bool(newline) and delimiter in rest


def _sniff_delimiter(sample: str) -> str:
    """The delimiter whose header names the most known columns; then the most regular one.

    Regular: it splits the sample into the same number of columns in the most rows.
    """
    best, best_score = ",", (-1, -1, 0)
    for delimiter in _DELIMITERS:
        try:
            records = list(csv.reader(io.StringIO(sample), delimiter=delimiter))
        except csv.Error:
            continue
        rows = [r for r in records[:_SNIFF_ROWS] if any(c.strip() for c in r)]
        if not rows:
            continue
        known = len(guess_mapping(rows[0])) if len(rows[0]) > 1 else 0
        usual, count = Counter(len(r) for r in rows).most_common(1)[0]
        score = (known, count if usual > 1 else 0, usual)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_xlsx(path: Path, data: bytes) -> Table:
    from openpyxl import load_workbook

    # The workbook is a file from anywhere, parsed by a library: any failure of it (a
    # damaged zip, malformed XML, a missing part, a value of the wrong type) means the
    # same thing to the user, an unreadable workbook.
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise InvalidInput(BAD_XLSX, path=str(path), reason=_reason(exc)) from exc
    try:
        sheet = workbook.worksheets[0]
        # Read-only mode stops at the range the sheet's <dimension> declares, which some
        # programs write wrong: forget it and read every row there is.
        sheet.reset_dimensions()
        records = [
            (number, [_cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    except Exception as exc:
        raise InvalidInput(BAD_XLSX, path=str(path), reason=_reason(exc)) from exc
    finally:
        workbook.close()
    return _table(str(path), records, "XLSX", [])


def _reason(exc: Exception) -> str:
    """A library's error in a few words: its message, else its kind."""
    text = " ".join(str(exc).split())[:200]
    return text or type(exc).__name__


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # Phone numbers typed in Excel come back as floats: 98123456.0.
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _table(
    source: str,
    records: list[tuple[int, list[str]]],
    described: str,
    problems: list[RowProblem],
) -> Table:
    """Headers from the first non-empty row; empty rows skipped; cells cleaned.

    A row with more values than the header has columns is rejected (a value would land in
    the wrong column); shorter rows are filled with empty cells.
    """
    cleaned_rows: list[int] = []
    controls = bidi = 0
    lines: list[tuple[int, list[str]]] = []
    for number, cells in records:
        row: list[str] = []
        for cell in cells:
            result = clean(cell)
            if result.changed:
                controls += result.controls
                bidi += result.bidi
                if not cleaned_rows or cleaned_rows[-1] != number:
                    cleaned_rows.append(number)
            row.append(result.text.strip())
        if any(row):
            lines.append((number, row))
    cleaning = Cleaning(tuple(cleaned_rows), controls, bidi)
    if not lines:
        return Table(source, (), (), described, tuple(problems), cleaning)
    (_, header), *body = lines
    while header and not header[-1]:
        header.pop()
    width = len(header)
    rows: list[Row] = []
    for number, cells in body:
        count = len(cells)
        while count > width and not cells[count - 1]:
            count -= 1
        if count > width:
            problems.append(
                RowProblem(number, ROW_TOO_WIDE, {"count": str(count), "width": str(width)})
            )
            continue
        rows.append(Row(number, tuple(cells[:width] + [""] * (width - len(cells)))))
    problems.sort(key=lambda p: p.row)
    return Table(source, tuple(header), tuple(rows), described, tuple(problems), cleaning)


def _check_header(table: Table) -> None:
    """Refuse a column named twice, and columns glued together in one header cell."""
    seen: dict[str, int] = {}
    for index, header in enumerate(table.headers):
        folded = _fold(header)
        if not folded or not guess_mapping([header]):
            continue
        if folded in seen:
            raise InvalidInput(
                DUPLICATE_COLUMN,
                path=table.source,
                header=header,
                first=seen[folded] + 1,
                second=index + 1,
            )
        seen[folded] = index
    for index, header in enumerate(table.headers):
        for separator in set(_GLUE.findall(header)):
            parts = [p for p in header.split(separator) if p.strip()]
            fields = {
                next(iter(m)) for part in parts if (m := guess_mapping([part])) and _exact(part)
            }
            values = [row.cells[index] for row in table.rows if row.cells[index]]
            glued = sum(separator in value for value in values)
            if len(fields) >= 2 and glued * 2 >= len(values):
                raise InvalidInput(
                    RUN_TOGETHER, path=table.source, header=header, separator=separator
                )


def _exact(header: str) -> bool:
    """Whether ``header`` is, folded, one of the header words we know."""
    folded = _fold(header)
    return any(folded in aliases for aliases in _HEADER_ALIASES.values())


# ---------------------------------------------------------------- understanding columns


def _fold(text: str) -> str:
    return _NON_WORD.sub(" ", normalise(text)).strip()


_HEADER_ALIASES = {f: tuple(_fold(a) for a in aliases) for f, aliases in _HEADERS.items()}


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Field → column index, from headers in English, French or Arabic.

    A header equal to a known word wins over one merely containing it, and longer words over
    shorter ones ("الفئة العمرية" is an age band, not a group). "Nom" next to "Prénom" is a
    surname, alone it is the full name; "الاسم" next to "اللقب" likewise.
    """
    folded = [_fold(h) for h in headers]
    scores: list[tuple[int, int, str, int]] = []
    for column, header in enumerate(folded):
        if not header:
            continue
        for name, aliases in _HEADER_ALIASES.items():
            for alias in aliases:
                if header == alias:
                    scores.append((2, len(alias), name, column))
                elif re.search(rf"(?:^| ){re.escape(alias)}(?: |$)", header):
                    scores.append((1, len(alias), name, column))
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for _exact, _length, name, column in sorted(scores, reverse=True):
        if name not in mapping and column not in taken:
            mapping[name] = column
            taken.add(column)
    return _split_names(mapping, folded)


def _split_names(mapping: dict[str, int], folded: list[str]) -> dict[str, int]:
    """Resolve "Nom" / "الاسم": the full name alone, a first or last name beside the other part."""
    full = mapping.get("full_name")
    parts = [name for name in ("first_name", "last_name") if name in mapping]
    if len(parts) == 2:
        mapping.pop("full_name", None)
    elif len(parts) == 1:
        [part] = parts
        other = "last_name" if part == "first_name" else "first_name"
        if full is None:
            mapping["full_name"] = mapping.pop(part)
        elif folded[full] in _HEADER_ALIASES[other]:
            # "الاسم" beside "اللقب", "Nom" beside "Prénom": two halves of the name.
            mapping[other] = mapping.pop("full_name")
        else:
            mapping.pop(part)
    return mapping


def _value_table(table: dict[Any, tuple[str, ...]]) -> dict[str, Any]:
    return {_fold(alias): value for value, aliases in table.items() for alias in aliases}


_GROUP_VALUES = _value_table(_GROUPS)
_GENDER_VALUES = _value_table(_GENDERS)


def parse_group(text: str) -> StakeholderGroup | None:
    """The stakeholder group named by ``text`` in Arabic, French or English, if any."""
    return _GROUP_VALUES.get(_fold(text))


def parse_gender(text: str) -> Gender | None:
    return _GENDER_VALUES.get(_fold(text))


def parse_yes_no(text: str) -> bool | None:
    folded = _fold(text)
    return True if folded in _YES else False if folded in _NO else None


# ---------------------------------------------------------------- planning and applying


@dataclass(frozen=True)
class PlannedRow:
    row: int
    fields: dict[str, Any]
    # The directory's participant this row is, when already known.
    existing_id: str | None = None


@dataclass(frozen=True)
class ImportPlan:
    """What an import will do; nothing is written until ``apply_import``."""

    source: str
    format: str
    accepted: tuple[PlannedRow, ...]
    rejected: tuple[RowProblem, ...]
    duplicates: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]
    cleaning: Cleaning = Cleaning()

    @property
    def new(self) -> list[PlannedRow]:
        return [r for r in self.accepted if r.existing_id is None]

    @property
    def matched(self) -> list[PlannedRow]:
        return [r for r in self.accepted if r.existing_id is not None]


def plan_import(
    session: Session, table: Table, mapping: dict[str, int], meeting_id: str | None = None
) -> ImportPlan:
    """Check every row, find duplicates in the file and in the directory (through the one
    matcher, ``core.people``, this meeting's people first). Reads only."""
    known = people.directory(session)
    present = people.present_at(session, meeting_id)
    accepted: list[PlannedRow] = []
    # Rows the reader could not take apart are rejected with the rest.
    rejected: list[RowProblem] = list(table.problems)
    duplicates: list[RowProblem] = []
    warnings: list[RowProblem] = []
    # Folded name → (folded organisation, row) of the rows accepted so far.
    seen: dict[str, list[tuple[str, int]]] = {}
    for row in table.rows:
        fields, problems = _row_fields(row, table.headers, mapping)
        too_long = [p for p in problems if p.template == ROW_TOO_LONG]
        if too_long:
            rejected.extend(too_long)
            continue
        name = fields.get("full_name")
        if not name:
            rejected.append(RowProblem(row.number, ROW_NO_NAME))
            continue
        warnings.extend(problems)
        folded_name = people.name_key(name)
        organisation = people.organisation_key(fields.get("organisation"))
        earlier = seen.setdefault(folded_name, [])
        same = [r for org, r in earlier if org == organisation or not org or not organisation]
        if same:
            duplicates.append(RowProblem(row.number, ROW_DUPLICATE, {"row": str(same[0])}))
            continue
        found = known.match(name, fields.get("organisation"), present)
        if found.kind is people.MatchKind.AMBIGUOUS:
            # Invited as a third record it would be one person too many; the user adds the
            # organisation (or merges the records in the directory) and imports again.
            rejected.append(
                RowProblem(row.number, ROW_AMBIGUOUS, {"count": str(len(found.candidates))})
            )
            continue
        earlier.append((organisation, row.number))
        accepted.append(PlannedRow(row.number, fields, found.participant_id))
    return ImportPlan(
        source=table.source,
        format=table.format,
        accepted=tuple(accepted),
        rejected=tuple(sorted(rejected, key=lambda p: p.row)),
        duplicates=tuple(duplicates),
        warnings=tuple(warnings),
        cleaning=table.cleaning,
    )


def _row_fields(
    row: Row, headers: tuple[str, ...], mapping: dict[str, int]
) -> tuple[dict[str, Any], list[RowProblem]]:
    def cell(name: str) -> str:
        column = mapping.get(name)
        return row.cells[column].strip() if column is not None and column < len(row.cells) else ""

    def problem(template: str, name: str, **args: str) -> RowProblem:
        """A problem naming the column as the file does, or by our label if it has no header."""
        index = mapping.get(name)
        header = headers[index] if index is not None and index < len(headers) else ""
        if header:
            return RowProblem(row.number, template, {"column": header, **args})
        label = _FIELD_LABELS.get(name, name)
        return RowProblem(row.number, template, {"column": label, **args}, ("column",))

    problems: list[RowProblem] = []
    values = {name: cell(name) for name in FIELDS}
    if not values["full_name"]:
        values["full_name"] = " ".join(p for p in (values["first_name"], values["last_name"]) if p)
    fields: dict[str, Any] = {}
    for name in ("full_name", "organisation", "role", "age_band", "city", "phone", "email"):
        value = " ".join(values[name].split())
        if not value:
            continue
        if len(value) > _LIMITS[name]:
            problems.append(problem(ROW_TOO_LONG, name, limit=str(_LIMITS[name])))
            continue
        fields[name] = value
    if "phone" in fields:
        fields["phone"] = fields["phone"].translate(_DIGITS)
    if "email" in fields:
        email = fields.pop("email").lower()
        if _EMAIL.match(email):
            fields["email"] = email
        else:
            problems.append(problem(ROW_UNKNOWN_VALUE, "email", value=email))
    parsers = {
        "stakeholder_group": parse_group,
        "gender": parse_gender,
        "disability": parse_yes_no,
    }
    for name, parser in parsers.items():
        if not values[name]:
            continue
        parsed = parser(values[name])
        if parsed is None:
            problems.append(problem(ROW_UNKNOWN_VALUE, name, value=values[name]))
        else:
            fields[name] = parsed
    return fields, problems


@dataclass
class ImportResult:
    created: list[Participant] = field(default_factory=list)
    matched: list[Participant] = field(default_factory=list)
    # Attendance rows created: people newly invited to the meeting.
    invited: list[Attendance] = field(default_factory=list)

    def changes(self) -> Changes:
        return Changes(
            participants=bool(self.created or self.matched), attendance=bool(self.invited)
        )


def apply_import(session: Session, meeting: Meeting, plan: ImportPlan) -> ImportResult:
    """Create or complete the planned participants and invite them; flushes, never commits."""
    ensure_editable(meeting)
    result = ImportResult()
    invited = set(
        session.scalars(
            select(Attendance.participant_id).where(Attendance.meeting_id == meeting.id)
        )
    )
    for planned in plan.accepted:
        participant = session.get(Participant, planned.existing_id) if planned.existing_id else None
        if participant is None or participant.deleted:
            # The id is given here rather than at flush, so the whole list is written in one
            # flush (one round of inserts and of search-index updates) instead of one per row.
            participant = Participant(id=new_id(), **planned.fields)
            session.add(participant)
            result.created.append(participant)
        else:
            for name, value in planned.fields.items():
                if getattr(participant, name) in (None, ""):
                    setattr(participant, name, value)
            result.matched.append(participant)
        if participant.id not in invited:
            attendance = Attendance(
                meeting=meeting, participant=participant, status=AttendanceStatus.INVITED
            )
            session.add(attendance)
            result.invited.append(attendance)
            invited.add(participant.id)
    session.flush()
    return result


REPORT_TITLE = QT_TRANSLATE_NOOP("Cli", "Participants from “{file}” ({format}) for “{meeting}”:")
REPORT_CREATED = QT_TRANSLATE_NOOP("Cli", "new participants: {count}")
REPORT_MATCHED = QT_TRANSLATE_NOOP("Cli", "already in the directory: {count}")
REPORT_INVITED = QT_TRANSLATE_NOOP("Cli", "newly invited to the meeting: {count}")
REPORT_DUPLICATES = QT_TRANSLATE_NOOP("Cli", "repeated in the file, imported once: {count}")
REPORT_REJECTED = QT_TRANSLATE_NOOP("Cli", "rows rejected: {count}")
REPORT_WARNINGS = QT_TRANSLATE_NOOP("Cli", "values left empty: {count}")
REPORT_ROW = QT_TRANSLATE_NOOP("Cli", "row {row}: {reason}")
REPORT_CLEANED_ROWS = QT_TRANSLATE_NOOP("Cli", "in rows {rows}")


@dataclass(frozen=True)
class ParticipantImportReport:
    meeting: str
    plan: ImportPlan
    result: ImportResult

    def render(self, lang: str = "en") -> str:
        def tr(template: str, **args: object) -> str:
            return translate(lang, "Cli", template).format(**args)

        def rows(problems: tuple[RowProblem, ...]) -> list[str]:
            return ["  " + tr(REPORT_ROW, row=p.row, reason=p.message(lang)) for p in problems]

        plan = self.plan
        lines = [
            tr(REPORT_TITLE, file=Path(plan.source).name, format=plan.format, meeting=self.meeting),
            tr(REPORT_CREATED, count=len(self.result.created)),
            tr(REPORT_MATCHED, count=len(self.result.matched)),
            tr(REPORT_INVITED, count=len(self.result.invited)),
            tr(REPORT_DUPLICATES, count=len(plan.duplicates)),
            *rows(plan.duplicates),
            tr(REPORT_REJECTED, count=len(plan.rejected)),
            *rows(plan.rejected),
        ]
        if plan.warnings:
            lines += [tr(REPORT_WARNINGS, count=len(plan.warnings)), *rows(plan.warnings)]
        cleaning = plan.cleaning
        if cleaning.rows:
            numbers = ", ".join(map(str, cleaning.rows))
            lines += [
                tr(CLEANED_REPORT, controls=cleaning.controls, bidi=cleaning.bidi),
                "  " + tr(REPORT_CLEANED_ROWS, rows=numbers),
            ]
        return "\n  ".join(lines)

    def __str__(self) -> str:
        return self.render()


def import_participants_file(
    session: Session, meeting: Meeting, path: Path
) -> ParticipantImportReport:
    """Read, map, plan and apply a participants file; the caller's transaction holds it whole."""
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    if "full_name" not in mapping and not {"first_name", "last_name"} <= mapping.keys():
        raise InvalidInput(
            NO_NAME_COLUMN, path=str(path), headers=", ".join(h for h in table.headers if h)
        )
    plan = plan_import(session, table, mapping, meeting.id)
    result = apply_import(session, meeting, plan)
    return ParticipantImportReport(meeting=meeting.title, plan=plan, result=result)


# ---------------------------------------------------------------- the directory at the meeting

# What a typist types repeats from one keystroke to the next; the directory itself is folded
# once, in ``people.directory``, the matcher's copy.
_folded = functools.lru_cache(maxsize=100_000)(normalise)

_GROUP_WORDS = {group: " ".join(_fold(a) for a in aliases) for group, aliases in _GROUPS.items()}


def search_participants(session: Session, text: str, limit: int = 20) -> list[Participant]:
    """People whose name, organisation or stakeholder group holds every word of ``text``.

    Arabic or Latin script, with or without harakat and accents. Names starting with the
    text come first, then names with a word starting with it, then the others.
    """
    words = _folded(text).split()
    if not words:
        return []
    query = " ".join(words)
    ranked: list[tuple[int, str, str]] = []
    for person in people.directory(session).people.values():
        group = _GROUP_WORDS.get(person.group, "") if person.group else ""
        # A word of the query has no space: it is in the name and organisation or in the
        # group's words, never across the two.
        if not all(word in person.search or word in group for word in words):
            continue
        folded_name, pid = person.name, person.id
        if folded_name.startswith(query):
            rank = 0
        elif f" {query}" in folded_name:
            rank = 1
        elif query in folded_name:
            rank = 2
        else:
            rank = 3
        ranked.append((rank, folded_name, pid))
    ranked.sort()
    ids = [pid for _, _, pid in ranked[:limit]]
    found = {p.id: p for p in session.scalars(select(Participant).where(Participant.id.in_(ids)))}
    return [found[pid] for pid in ids]


def sign_in(
    session: Session,
    meeting: Meeting,
    participant: Participant,
    status: AttendanceStatus = AttendanceStatus.PRESENT,
) -> Changes:
    """Mark ``participant``'s attendance at ``meeting`` (present by default)."""
    ensure_editable(meeting)
    attendance = session.scalars(
        select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.participant_id == participant.id
        )
    ).first()
    if attendance is None:
        attendance = Attendance(meeting=meeting, participant=participant)
        session.add(attendance)
    attendance.deleted = False
    attendance.status = status
    if status in {AttendanceStatus.PRESENT, AttendanceStatus.REMOTE}:
        attendance.signed_in_at = attendance.signed_in_at or utcnow()
    session.flush()
    return Changes(attendance=True)


@dataclass
class Newcomer:
    """A person added at the door: the rows created, for undo, and what they change."""

    participant: Participant
    attendance: Attendance

    @property
    def rows(self) -> list[Any]:
        return [self.participant, self.attendance]

    def changes(self) -> Changes:
        return Changes(participants=True, attendance=True)


def add_newcomer(
    session: Session,
    meeting: Meeting,
    full_name: str,
    *,
    status: AttendanceStatus = AttendanceStatus.PRESENT,
    **fields: Any,
) -> Newcomer:
    """A participant not in the directory, created and signed in at once."""
    ensure_editable(meeting)
    name = " ".join(cleaned(full_name).split())
    if not name:
        raise InvalidInput(NEED_NAME)
    fields = {k: cleaned(v) if isinstance(v, str) else v for k, v in fields.items()}
    participant = Participant(full_name=name, **fields)
    session.add(participant)
    attendance = Attendance(
        meeting=meeting,
        participant=participant,
        status=status,
        signed_in_at=utcnow()
        if status in {AttendanceStatus.PRESENT, AttendanceStatus.REMOTE}
        else None,
    )
    session.add(attendance)
    session.flush()
    return Newcomer(participant, attendance)


@dataclass(frozen=True)
class AttendanceCounts:
    """Attendance at a meeting: everyone by status; those who came by group and gender."""

    by_status: dict[AttendanceStatus, int]
    # Present or remote participants only: the diversity figures of an OGP report.
    by_group: dict[StakeholderGroup | None, int]
    by_gender: dict[Gender | None, int]

    @property
    def attended(self) -> int:
        return self.by_status.get(AttendanceStatus.PRESENT, 0) + self.by_status.get(
            AttendanceStatus.REMOTE, 0
        )


def attendance_counts(session: Session, meeting: Meeting) -> AttendanceCounts:
    rows = session.execute(
        select(Attendance.status, Participant.stakeholder_group, Participant.gender)
        .join(Participant, Attendance.participant_id == Participant.id)
        .where(Attendance.meeting_id == meeting.id, live(Attendance), live(Participant))
    ).all()
    came = {AttendanceStatus.PRESENT, AttendanceStatus.REMOTE}
    return AttendanceCounts(
        by_status=dict(Counter(status for status, _, _ in rows)),
        by_group=dict(Counter(group for status, group, _ in rows if status in came)),
        by_gender=dict(Counter(gender for status, _, gender in rows if status in came)),
    )
