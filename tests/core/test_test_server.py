"""The test command's own PostgreSQL server goes away with the run: after a failing test, and
after a run killed as a CI timeout kills it (SIGTERM) — no server left listening, no folder.

Each case runs pytest on one small test of its own, with this suite's conftest, in a folder
of its own; that run starts its own server."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
INNER = """
import os, time
from pathlib import Path

def test_with_the_server_running(pg_server):
    Path(os.environ["SERVER_SEEN"]).write_text(f"{pg_server.folder}\\n{pg_server.port}")
    if os.environ.get("WAIT"):
        time.sleep(120)
    assert False, "this test fails on purpose"
"""


def _run_inner(tmp_path: Path, *, wait: bool) -> tuple[subprocess.Popen[str], Path]:
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_inner.py").write_text(INNER, encoding="utf-8")
    seen = tmp_path / "server.txt"
    env = {**os.environ, "SERVER_SEEN": str(seen), "WAIT": "1" if wait else ""}
    run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_inner.py"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    return run, seen


def _started(seen: Path, output: str) -> None:
    if not seen.exists() and "PostgreSQL is not installed" in output:
        pytest.skip("PostgreSQL is not installed (scripts/system-deps installs it)")
    assert seen.exists(), output


def _gone(seen: Path) -> None:
    folder, port = seen.read_text().split("\n")
    assert not Path(folder).exists()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", int(port))) != 0, "the server still listens"


def test_the_server_is_stopped_after_a_failing_test(tmp_path: Path) -> None:
    run, seen = _run_inner(tmp_path, wait=False)
    output, _ = run.communicate(timeout=240)
    _started(seen, output)
    assert run.returncode == 1, output
    assert "this test fails on purpose" in output
    _gone(seen)


def test_the_server_is_stopped_when_the_run_is_killed(tmp_path: Path) -> None:
    run, seen = _run_inner(tmp_path, wait=True)
    deadline = time.monotonic() + 240
    while not seen.exists() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if not seen.exists():
        _started(seen, run.communicate(timeout=60)[0])
    run.send_signal(signal.SIGTERM)
    output, _ = run.communicate(timeout=120)
    assert run.returncode != 0, output
    _gone(seen)
