"""The bug log: one file per bug, with its traceback, and no more than a process's share."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogpdesk.core import buglog


def _bug(number: int) -> BaseException:
    try:
        raise RuntimeError(f"bug {number}")
    except RuntimeError as exc:
        return exc


def test_a_bug_that_repeats_fills_no_disk(
    monkeypatch: pytest.MonkeyPatch, user_folders: Path
) -> None:
    monkeypatch.setattr(buglog, "LIMIT", 3)
    monkeypatch.setattr(buglog, "_written", {})

    paths = [buglog.write(_bug(number), "in a test") for number in range(5)]

    files = sorted(buglog.folder().iterdir())
    assert len(files) == 3 and set(paths) == set(files)
    assert paths[3] == paths[4] == paths[2]
    text = paths[0].read_text(encoding="utf-8")
    assert "in a test" in text and "RuntimeError: bug 0" in text and "Traceback" in text
    assert buglog.folder().is_relative_to(user_folders)
