"""Arabic printed to a console whose code page has no Arabic (Windows' cp1252, a pipe)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ogpdesk.console import utf8_output

TITLE = "محضر جلسة — Procès-verbal"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "utf-8"])
def test_any_console_gets_utf8_and_never_raises(
    monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding=encoding) for name in ("o", "e")}
    monkeypatch.setattr(sys, "stdout", streams["o"])
    monkeypatch.setattr(sys, "stderr", streams["e"])
    utf8_output()
    print(TITLE)
    print(TITLE, file=sys.stderr)
    for stream in streams.values():
        stream.flush()
        assert stream.buffer.getvalue().decode("utf-8").strip() == TITLE  # type: ignore[attr-defined]


def test_a_windowed_program_has_no_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    utf8_output()


def test_ogpdesk_prints_arabic_to_a_cp1252_pipe(tmp_path: Path) -> None:
    # What Windows does to a redirected console, reproduced with PYTHONIOENCODING.
    done = subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(tmp_path / "x.db"), "demo"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252", "OGPDESK_LANG": "ar"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "تم تحميل البيانات التجريبية" in done.stdout.decode("utf-8")
