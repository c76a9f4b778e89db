"""A bundle is untrusted input: each kind of bad file is refused, the store left as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ogpdesk.core import bundle as bundles
from ogpdesk.core.bundle import MAX_RATIO, BundleError, Scope
from ogpdesk.core.capture import add_agenda_item, add_intervention, add_recommendation
from ogpdesk.core.meetings import create_meeting
from ogpdesk.core.merge import apply, make_bundle, store_records
from ogpdesk.core.models import Intervention, Participant
from ogpdesk.core.store import Store, open_store


@pytest.fixture
def good(store: Store, tmp_path: Path) -> Path:
    with store.transaction() as session:
        meeting = create_meeting(session, title="Séminaire", date=dt.date(2016, 3, 22))
        add_agenda_item(session, meeting, "Débat")
        add_recommendation(session, meeting, "إحداث مرصد محلي للحوكمة المفتوحة")
        session.add(Participant(full_name="Leila"))
        session.flush()
        made = make_bundle(session, Scope(meeting_id=meeting.id))
    return bundles.write(made, tmp_path / "good.ogpdesk")


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewrite(
    source: Path,
    target: Path,
    change: Callable[[dict[str, bytes]], None],
    *,
    checksums: bool = True,
) -> Path:
    members = _members(source)
    change(members)
    if checksums:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {
            name: hashlib.sha256(data).hexdigest()
            for name, data in members.items()
            if name != "manifest.json"
        }
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _edit_record(table: str, edit: Callable[[dict], None]) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        name = f"records/{table}.jsonl"
        lines = [json.loads(line) for line in members[name].decode().splitlines()]
        edit(lines[0])
        members[name] = "".join(json.dumps(line) + "\n" for line in lines).encode()

    return change


def _manifest(edit: Callable[[dict], None]) -> Callable[[dict[str, bytes]], None]:
    def change(members: dict[str, bytes]) -> None:
        manifest = json.loads(members["manifest.json"])
        edit(manifest)
        members["manifest.json"] = json.dumps(manifest).encode()

    return change


def _add(name: str, data: bytes) -> Callable[[dict[str, bytes]], None]:
    return lambda members: members.__setitem__(name, data)


BAD: dict[str, tuple[Callable[[dict[str, bytes]], None], bool, str]] = {
    "newer format": (
        _manifest(lambda m: m.__setitem__("format", bundles.FORMAT + 1)),
        True,
        "newer version",
    ),
    "checksum": (
        _edit_record("recommendation", lambda r: r["values"].__setitem__("text", "altered")),
        False,
        "checksum",
    ),
    "absolute path": (_add("/etc/cron.d/evil", b"x"), True, "not allowed"),
    "dot dot": (_add("records/../../evil.jsonl", b"x"), True, "not allowed"),
    "unknown member": (_add("payload.exe", b"MZ"), True, "not allowed"),
    "ratio": (_add("records/decision.jsonl", b"\n" * (MAX_RATIO * 2000)), True, "more than"),
    "bad enum": (
        _edit_record("recommendation", lambda r: r["values"].__setitem__("status", "hacked")),
        True,
        "status",
    ),
    "too long": (
        _edit_record("agenda_item", lambda r: r["values"].__setitem__("title", "x" * 501)),
        True,
        "title",
    ),
    "wrong type": (
        _edit_record("agenda_item", lambda r: r["values"].__setitem__("number", "1; DROP")),
        True,
        "number",
    ),
    "unknown field": (
        _edit_record("meeting", lambda r: r["values"].__setitem__("owner_password", "x")),
        True,
        "unknown field",
    ),
    "bad id": (_edit_record("meeting", lambda r: r.__setitem__("id", "../../x")), True, "id"),
    "bad reference": (
        _edit_record("agenda_item", lambda r: r["values"].__setitem__("meeting_id", "x")),
        True,
        "meeting_id",
    ),
    "missing version": (
        _edit_record("meeting", lambda r: r["versions"][0][2].remove("title")),
        True,
        "versions",
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_bad_bundle_is_refused_and_the_store_untouched(
    kind: str, good: Path, tmp_path: Path, new_database: Callable[..., str]
) -> None:
    change, checksums, words = BAD[kind]
    bad = _rewrite(good, tmp_path / "bad.ogpdesk", change, checksums=checksums)
    other = open_store(new_database("other"))
    try:
        with other.session() as session:
            before = store_records(session)
        listing = sorted(os.listdir(tmp_path))
        with pytest.raises(BundleError) as refused, other.transaction() as session:
            apply(session, bundles.read(bad))
        assert words in refused.value.message()
        with other.session() as session:
            assert store_records(session) == before
        # Nothing from the bundle was unpacked anywhere.
        assert sorted(os.listdir(tmp_path)) == listing
    finally:
        other.close()


def test_a_zip_bomb_is_refused_by_its_total_size(
    good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundles, "MAX_UNPACKED", 64 * 1024)
    noise = os.urandom(48 * 1024).hex().encode()  # incompressible: passes the ratio check
    bad = _rewrite(good, tmp_path / "big.ogpdesk", _add("records/decision.jsonl", noise))
    with pytest.raises(BundleError, match="more than"):
        bundles.read(bad)


def test_a_file_that_is_not_a_bundle_is_refused_in_french(tmp_path: Path) -> None:
    path = tmp_path / "photo.ogpdesk"
    path.write_bytes(b"\xff\xd8\xff not a zip")
    with pytest.raises(BundleError) as refused:
        bundles.read(path)
    assert "photo.ogpdesk" in refused.value.message("fr")
    assert "fichier d’échange" in refused.value.message("fr")


def test_control_characters_in_text_are_dropped(good: Path, tmp_path: Path) -> None:
    bad = _rewrite(
        good,
        tmp_path / "ctl.ogpdesk",
        _edit_record(
            "recommendation", lambda r: r["values"].__setitem__("text", "a\x1b[31mb\u0085\tc")
        ),
    )
    read = bundles.read(bad)
    assert read.records["recommendation"][0].values["text"] == "a[31mb\tc"


def test_a_format_1_bundle_s_links_are_added_and_nothing_is_unlinked(
    store: Store, tmp_path: Path
) -> None:
    """Format 1 carried only the links that were there, without versions."""
    with store.transaction() as session:
        meeting = create_meeting(session, title="Séminaire", date=dt.date(2016, 3, 22))
        said = add_intervention(session, meeting, "Publier le budget").of(Intervention)[0]
        add_recommendation(session, meeting, "Budget ouvert", sources=[said])
        made = make_bundle(session, Scope(meeting_id=meeting.id))
    link = made.links["recommendation_source"][0].row

    def older(members: dict[str, bytes]) -> None:
        members["links/recommendation_source.jsonl"] = (json.dumps(link) + "\n").encode()
        manifest = json.loads(members["manifest.json"])
        manifest["format"] = 1
        members["manifest.json"] = json.dumps(manifest).encode()

    path = _rewrite(bundles.write(made, tmp_path / "new.ogpdesk"), tmp_path / "old.ogpdesk", older)
    read = bundles.read(path)
    assert read.links["recommendation_source"] == [bundles.LinkLine(link)]
    other = open_store(tmp_path / "other.sqlite3")
    try:
        with other.transaction() as session:
            report = apply(session, read).report
    finally:
        other.close()
    assert report.added["recommendation_source"] == 1
