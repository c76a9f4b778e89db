"""The exchange file between laptops: a zip of JSON Lines records and a manifest.

A bundle comes from another machine and maybe another person: it is read as untrusted
input, entirely in memory (nothing from it is ever written to disk), and refused whole —
with a message naming the problem — when it is from a newer format, when a member's
checksum differs from the manifest, when an entry's name is absolute or climbs out with
``..``, when it unpacks to more than ``MAX_UNPACKED`` bytes or a member compresses more than
``MAX_RATIO`` times (a zip bomb), or when a record fails validation against the schema.
``docs/bundle-format.md`` describes the format.

Records are serialised generically from the SQLAlchemy models: every mapped column of every
``Record`` class travels, so a column added by a later migration travels without code here.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import gc
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    String,
    Table,
    Time,
)

import ogpdesk
from ogpdesk.core.errors import OgpdeskError
from ogpdesk.core.models import Base, Record
from ogpdesk.core.textio import cleaned
from ogpdesk.i18n import QT_TRANSLATE_NOOP

# 2: a link line says whether the link is there or was removed, and since which version.
FORMAT = 2
MANIFEST = "manifest.json"
# Limits on what a bundle may unpack to: a whole process of 20,000 items is about 15 MB.
MAX_UNPACKED = 256 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 200
MAX_BINARY = 5 * 1024 * 1024
SUFFIX = ".ogpdesk"
# Written by the store itself, never by a user, and rewritten on the receiving side: when a
# row last changed, how many times it changed there and by which server user (issue 17).
NOT_SENT = frozenset({"updated_at", "version", "updated_by"})
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")

NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” is not an ogpdesk exchange file (not a zip archive with a manifest)."
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” was written by a newer version of ogpdesk (exchange format {format}). "
    "Install the newer version to receive it; nothing was changed.",
)
BAD_CHECKSUM = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” is damaged or was altered: “{member}” does not match its checksum. "
    "Nothing was changed.",
)
BAD_ENTRY = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” holds an entry “{member}” that is not allowed. Nothing was changed."
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}” unpacks to more than an exchange file may hold ({member}). Nothing was changed.",
)
BAD_MANIFEST = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” has a manifest that cannot be read ({detail}). Nothing was changed."
)
BAD_RECORD = QT_TRANSLATE_NOOP(
    "Errors",
    "“{path}”: record {line} of {member} is not valid ({detail}). Nothing was changed.",
)
NO_BUNDLE_FILE = QT_TRANSLATE_NOOP("Errors", "There is no file “{path}”.")


class BundleError(OgpdeskError):
    """A bundle refused; the store was not touched."""


@dataclass(frozen=True)
class Scope:
    """What a bundle holds: one meeting, one process, or the whole store.

    ``group`` is the breakout group a meeting is handed to: the receiving laptop captures
    that meeting's recommendations in that group.
    """

    meeting_id: str | None = None
    process_id: str | None = None
    group: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"meeting": self.meeting_id, "process": self.process_id, "group": self.group}


# A field's version: when it was written and the version vector {store id: counter}.
Version = tuple[str, dict[str, int]]


@dataclass
class RecordLine:
    """One record as it travels: its values (JSON) and each field's version."""

    table: str
    id: str
    values: dict[str, Any]
    versions: dict[str, Version]
    # The values as the columns take them, once validated.
    python: dict[str, Any] = field(default_factory=dict)
    # The line as it goes in the file, when the store had it ready.
    encoded: str | None = None
    # ``versions`` as the file has them (``pack``), to compare with a stored clock.
    packed: list[list[Any]] | None = None


@dataclass
class LinkLine:
    """A link between two records as it travels: there or removed, and since which version
    (``None`` from a format 1 bundle, which carried only the links that were there)."""

    row: dict[str, str]
    present: bool = True
    version: Version | None = None

    def to_json(self) -> dict[str, Any]:
        assert self.version is not None, "a link is written with its version"
        at, vector = self.version
        return {"link": self.row, "present": self.present, "at": at, "vector": vector}


@dataclass
class Bundle:
    """A bundle read and validated (or about to be written)."""

    store_id: str
    scope: Scope
    records: dict[str, list[RecordLine]] = field(default_factory=dict)
    links: dict[str, list[LinkLine]] = field(default_factory=dict)
    created_at: str = ""
    ogpdesk_version: str = ogpdesk.__version__
    schema: str = ""
    source: str = ""

    def count(self) -> int:
        return sum(len(lines) for lines in self.records.values())


# -- the schema, introspected ---------------------------------------------------------------


@cache
def record_tables() -> dict[str, type[Record]]:
    """Every table of records, parents before children (the order they are written in)."""
    classes = {
        mapper.local_table: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Record)
    }
    return {t.name: classes[t] for t in Base.metadata.sorted_tables if t in classes}


@cache
def link_tables() -> dict[str, Table]:
    """Tables that only link two records (a recommendation and its sources)."""
    records = record_tables()
    return {
        t.name: t
        for t in Base.metadata.sorted_tables
        if t.name not in records
        and t.columns
        and all(c.primary_key and c.foreign_keys for c in t.columns)
    }


def table_of(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def fields_of(name: str) -> dict[str, Column[Any]]:
    """The columns of a record table that travel, by name (all but id and updated_at)."""
    return {c.name: c for c in table_of(name).columns if c.name != "id" and c.name not in NOT_SENT}


@cache
def references(name: str) -> dict[str, str]:
    """Foreign-key columns of a table and the table each one refers to."""
    found: dict[str, str] = {}
    for column in table_of(name).columns:
        for key in column.foreign_keys:
            found[column.name] = key.column.table.name
    return found


# -- values ---------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


class _Invalid(ValueError):
    pass


# A validator takes a value from a file and returns it as JSON (canonical) and as Python.
Validator = Callable[[Any], tuple[Any, Any]]


def _validator(column: Column[Any]) -> Validator:
    """The check of one column's values, built once per column (a bundle has 200,000)."""
    name = column.name
    kind = column.type

    def invalid(what: str) -> _Invalid:
        return _Invalid(f"{name}: {what}")

    check: Validator
    if isinstance(kind, Enum):
        members = {m.value: m for m in kind.enum_class} if kind.enum_class else {}

        def check(raw: Any) -> tuple[Any, Any]:
            if not isinstance(raw, str) or raw not in members:
                raise invalid("unknown value")
            return raw, members[raw]

    elif isinstance(kind, Boolean):

        def check(raw: Any) -> tuple[Any, Any]:
            if not isinstance(raw, bool):
                raise invalid("not true/false")
            return raw, raw

    elif isinstance(kind, Integer):

        def check(raw: Any) -> tuple[Any, Any]:
            if type(raw) is not int or abs(raw) > 2**53:
                raise invalid("not a whole number")
            return raw, raw

    elif isinstance(kind, DateTime | Date | Time):
        python = (
            dt.datetime
            if isinstance(kind, DateTime)
            else dt.date
            if isinstance(kind, Date)
            else dt.time
        )

        def check(raw: Any) -> tuple[Any, Any]:
            if not isinstance(raw, str) or len(raw) > 40:
                raise invalid("not a date or time")
            try:
                value = python.fromisoformat(raw)
            except ValueError:
                raise invalid("not a date or time") from None
            return to_json(value), value

    elif isinstance(kind, LargeBinary):

        def check(raw: Any) -> tuple[Any, Any]:
            # An image (a letterhead's logo): base64 in the file.
            if not isinstance(raw, str) or len(raw) > MAX_BINARY * 4 // 3 + 4:
                raise invalid("not an image")
            try:
                value = base64.b64decode(raw, validate=True)
            except ValueError:
                raise invalid("not an image") from None
            return raw, value

    elif isinstance(kind, String):
        length = kind.length
        reference = bool(column.foreign_keys)

        def check(raw: Any) -> tuple[Any, Any]:
            if not isinstance(raw, str):
                raise invalid("not text")
            if reference:
                # A record id has nothing to clean.
                if not UUID.match(raw):
                    raise invalid("not a record id")
                return raw, raw
            # Cleaned as every entry point cleans text.
            text = cleaned(raw)
            if length is not None and len(text) > length:
                raise invalid(f"longer than {length} characters")
            return text, text

    else:
        raise TypeError(f"{column.table.name}.{name}: type {kind} cannot travel")
    if not column.nullable:
        return check

    def nullable(raw: Any) -> tuple[Any, Any]:
        return (None, None) if raw is None else check(raw)

    return nullable


@cache
def validators(name: str) -> dict[str, Validator]:
    """The validator of each travelling column of a table."""
    return {key: _validator(column) for key, column in fields_of(name).items()}


def from_json(column: Column[Any], raw: Any) -> Any:
    """The Python value of ``raw`` for ``column``, checked against its type; ValueError if not."""
    return validators(column.table.name)[column.name](raw)[1]


def encode(item: Any) -> str:
    """JSON as ogpdesk writes it: one line, keys sorted, so equal records encode alike."""
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def pack(versions: dict[str, Version]) -> list[list[Any]]:
    """Fields' versions as written: ``[[written_at, vector, [fields]], …]``, one group per
    distinct version (most records have one or two), in a fixed order."""
    groups: dict[tuple[str, str], list[Any]] = {}
    # The fields of a record mostly share one vector object: describe each object once.
    described: dict[int, str] = {}
    for key in sorted(versions):
        at, vector = versions[key]
        name = described.get(id(vector))
        if name is None:
            name = described[id(vector)] = encode(vector)
        group = groups.get((at, name))
        if group is None:
            group = groups[(at, name)] = [at, vector, []]
        group[2].append(key)
    return sorted(groups.values(), key=lambda group: (group[0], group[2][0]))


def unpack(groups: list[list[Any]]) -> dict[str, Version]:
    return {key: (at, vector) for at, vector, keys in groups for key in keys}


@cache
def _converted(name: str) -> tuple[tuple[str, bool], ...]:
    """Each travelling column of a table, and whether its values need converting to JSON
    (text, numbers and true/false are JSON already: a bundle reads 200,000 of them)."""
    plain = (String, Integer, Boolean)
    return tuple(
        (key, not isinstance(column.type, plain) or isinstance(column.type, Enum))
        for key, column in fields_of(name).items()
    )


def row_values(name: str, row: Any) -> dict[str, Any]:
    """A row (ORM object or Core row mapping) as the JSON values of its travelling fields."""
    get = row.__getitem__ if hasattr(row, "keys") else lambda key: getattr(row, key)
    values = {}
    for key, convert in _converted(name):
        value = get(key)
        values[key] = to_json(value) if convert and value is not None else value
    return values


# -- writing --------------------------------------------------------------------------------


def write(bundle: Bundle, target: Path) -> Path:
    """Write ``bundle`` to ``target`` (beside it first, then renamed: never half a file)."""
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    for table, lines in bundle.records.items():
        if lines:
            name = f"records/{table}.jsonl"
            members[name] = "".join(
                (
                    line.encoded
                    or encode(
                        {"id": line.id, "values": line.values, "versions": pack(line.versions)}
                    )
                )
                + "\n"
                for line in lines
            ).encode("utf-8")
            counts[name] = len(lines)
    for table, rows in bundle.links.items():
        if rows:
            name = f"links/{table}.jsonl"
            members[name] = _jsonl(row.to_json() for row in rows)
            counts[name] = len(rows)
    manifest = {
        "format": FORMAT,
        "ogpdesk": bundle.ogpdesk_version,
        "schema": bundle.schema,
        "store": bundle.store_id,
        "created_at": bundle.created_at,
        "scope": bundle.scope.to_json(),
        "counts": counts,
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, data in members.items():
            zf.writestr(name, data)
    target = Path(target)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(buffer.getvalue())
    partial.replace(target)
    return target


def _jsonl(items: Iterable[dict[str, Any]]) -> bytes:
    return "".join(encode(item) + "\n" for item in items).encode("utf-8")


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a bundle is read, written or merged.

    These build hundreds of thousands of small dicts and tuples, none in a cycle, and the
    collector would walk them all again and again: a third of the time of reading a bundle.
    It is put back as it was (the window pauses it itself while a worker runs).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- reading --------------------------------------------------------------------------------


def read(path: Path) -> Bundle:
    """The bundle at ``path``, validated whole; ``BundleError`` names what is wrong."""
    with no_cycle_collection():
        return _read(Path(path))


def _read(path: Path) -> Bundle:
    if not path.is_file():
        raise BundleError(NO_BUNDLE_FILE, path=str(path))
    shown = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise BundleError(NOT_A_BUNDLE, path=shown) from None
    with archive:
        members = _unpack(archive, shown)
    if MANIFEST not in members:
        raise BundleError(NOT_A_BUNDLE, path=shown)
    manifest = _manifest(members.pop(MANIFEST), shown)
    expected = manifest["members"]
    for name in sorted(set(expected) | set(members)):
        if name not in members or name not in expected:
            raise BundleError(BAD_CHECKSUM, path=shown, member=name)
        if hashlib.sha256(members[name]).hexdigest() != expected[name]:
            raise BundleError(BAD_CHECKSUM, path=shown, member=name)
    scope = manifest["scope"]
    bundle = Bundle(
        store_id=manifest["store"],
        scope=Scope(scope.get("meeting"), scope.get("process"), scope.get("group")),
        created_at=manifest.get("created_at", ""),
        ogpdesk_version=str(manifest.get("ogpdesk", "")),
        schema=str(manifest.get("schema", "")),
        source=shown,
    )
    counts = manifest.get("counts", {})
    for name, data in members.items():
        kind, table = _member_kind(name)
        lines = list(_lines(data, name, shown))
        if counts.get(name) != len(lines):
            raise BundleError(BAD_MANIFEST, path=shown, detail=f"count of {name}")
        if kind == "records":
            bundle.records[table] = [
                _record(table, item, number, name, shown) for number, item in lines
            ]
        else:
            bundle.links[table] = [
                _link(table, item, number, name, shown) for number, item in lines
            ]
    return bundle


def _member_kind(name: str) -> tuple[str, str]:
    folder, _slash, file = name.partition("/")
    return folder, file.removesuffix(".jsonl")


def _allowed(name: str) -> bool:
    if name == MANIFEST:
        return True
    folder, table = _member_kind(name)
    if not name.endswith(".jsonl") or "/" in table:
        return False
    return (folder == "records" and table in record_tables()) or (
        folder == "links" and table in link_tables()
    )


def _unpack(archive: zipfile.ZipFile, shown: str) -> dict[str, bytes]:
    """Every member's bytes, after checking names and sizes; nothing touches the disk."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(TOO_BIG, path=shown, member=f"{len(infos)} entries")
    for info in infos:
        name = info.filename
        pure = PurePosixPath(name.replace("\\", "/"))
        if (
            pure.is_absolute()
            or ".." in pure.parts
            or "\\" in name
            or re.match(r"^[A-Za-z]:", name)
            or info.is_dir()
        ):
            raise BundleError(BAD_ENTRY, path=shown, member=name)
        if not _allowed(name):
            raise BundleError(BAD_ENTRY, path=shown, member=name)
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise BundleError(TOO_BIG, path=shown, member="total")
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 4096:
            raise BundleError(TOO_BIG, path=shown, member=info.filename)
        # The sizes in the directory may lie: count what actually comes out.
        chunks: list[bytes] = []
        size = 0
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                total += len(chunk)
                if size > MAX_RATIO * max(info.compress_size, 1) + 4096 or total > MAX_UNPACKED:
                    raise BundleError(TOO_BIG, path=shown, member=info.filename)
                chunks.append(chunk)
        if info.filename in members:
            raise BundleError(BAD_ENTRY, path=shown, member=info.filename)
        members[info.filename] = b"".join(chunks)
    return members


def _manifest(data: bytes, shown: str) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(BAD_MANIFEST, path=shown, detail=str(exc)[:80]) from None
    if not isinstance(manifest, dict):
        raise BundleError(BAD_MANIFEST, path=shown, detail="not an object")
    version = manifest.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError(BAD_MANIFEST, path=shown, detail="format")
    if version > FORMAT:
        raise BundleError(NEWER_FORMAT, path=shown, format=version)
    store = manifest.get("store")
    scope = manifest.get("scope")
    members = manifest.get("members")
    if not isinstance(store, str) or not UUID.match(store):
        raise BundleError(BAD_MANIFEST, path=shown, detail="store")
    if not isinstance(scope, dict) or not all(
        scope.get(key) is None or isinstance(scope.get(key), str)
        for key in ("meeting", "process", "group")
    ):
        raise BundleError(BAD_MANIFEST, path=shown, detail="scope")
    if not isinstance(members, dict) or not all(isinstance(v, str) for v in members.values()):
        raise BundleError(BAD_MANIFEST, path=shown, detail="members")
    if not isinstance(manifest.get("counts", {}), dict):
        raise BundleError(BAD_MANIFEST, path=shown, detail="counts")
    return manifest


def _lines(data: bytes, member: str, shown: str) -> Iterator[tuple[int, Any]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError(
            BAD_RECORD, path=shown, line=0, member=member, detail="not UTF-8"
        ) from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError:
            raise BundleError(
                BAD_RECORD, path=shown, line=number, member=member, detail="not JSON"
            ) from None


def _record(table: str, item: Any, number: int, member: str, shown: str) -> RecordLine:
    def bad(detail: str) -> BundleError:
        return BundleError(BAD_RECORD, path=shown, line=number, member=member, detail=detail)

    if not isinstance(item, dict) or set(item) != {"id", "values", "versions"}:
        raise bad("not a record")
    row_id, values, versions = item["id"], item["values"], item["versions"]
    if not isinstance(row_id, str) or not UUID.match(row_id):
        raise bad("id")
    if not isinstance(values, dict) or not isinstance(versions, list):
        raise bad("values")
    checks = validators(table)
    unknown = values.keys() - checks.keys()
    if unknown:
        raise bad(f"unknown field {sorted(unknown)[0][:40]}")
    unpacked: dict[str, Version] = {}
    for group in versions:
        if not isinstance(group, list) or len(group) != 3 or not isinstance(group[2], list):
            raise bad("versions")
        version = _version(group[:2])
        if version is None:
            raise bad("versions")
        for key in group[2]:
            if not isinstance(key, str) or key in unpacked:
                raise bad("versions")
            unpacked[key] = version
    if unpacked.keys() != values.keys():
        raise bad("versions")
    checked: dict[str, Any] = {}
    python: dict[str, Any] = {}
    for name, raw in values.items():
        try:
            checked[name], python[name] = checks[name](raw)
        except ValueError as exc:
            raise bad(str(exc)) from None
    required = _required(table)
    if not required.keys() <= values.keys():
        raise bad(f"{next(name for name in required if name not in values)}: missing")
    return RecordLine(table, row_id, checked, unpacked, python, packed=versions)


@cache
def _required(table: str) -> dict[str, None]:
    """The columns a record must have a value for (no default), in the table's order."""
    return {
        name: None
        for name, column in fields_of(table).items()
        if not column.nullable and column.default is None
    }


def _version(raw: Any) -> Version | None:
    if not isinstance(raw, list) or len(raw) != 2:
        return None
    at, vector = raw
    if not isinstance(at, str) or not isinstance(vector, dict) or not vector:
        return None
    try:
        dt.datetime.fromisoformat(at)
    except ValueError:
        return None
    for store, counter in vector.items():
        if not UUID.match(store) or not isinstance(counter, int) or isinstance(counter, bool):
            return None
        if counter < 1:
            return None
    return at, vector


def _link(table: str, item: Any, number: int, member: str, shown: str) -> LinkLine:
    def bad() -> BundleError:
        return BundleError(BAD_RECORD, path=shown, line=number, member=member, detail="link")

    names = {c.name for c in link_tables()[table].columns}

    def ids(row: Any) -> dict[str, str]:
        if (
            not isinstance(row, dict)
            or set(row) != names
            or not all(isinstance(v, str) and UUID.match(v) for v in row.values())
        ):
            raise bad()
        return row

    if isinstance(item, dict) and set(item) == names:
        # Format 1: the link was there when the bundle was made.
        return LinkLine(ids(item))
    if not isinstance(item, dict) or set(item) != {"link", "present", "at", "vector"}:
        raise bad()
    version = _version([item["at"], item["vector"]])
    if version is None or not isinstance(item["present"], bool):
        raise bad()
    return LinkLine(ids(item["link"]), item["present"], version)
