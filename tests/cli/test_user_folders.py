"""The programs a test starts keep their user data in the test's own folder, never in the
user data folder of whoever runs the tests (``user_folders`` in tests/conftest.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs


def test_a_program_started_by_a_test_writes_into_the_tests_folders(user_folders: Path) -> None:
    asked = "from ogpdesk.core import buglog; print(buglog.folder())"
    done = subprocess.run(
        [sys.executable, "-c", asked], capture_output=True, text=True, check=True, timeout=60
    )
    logs = Path(done.stdout.strip())
    assert logs == user_folders / "data" / "ogpdesk" / "logs"
    assert Path(platformdirs.user_config_dir("ogpdesk")).is_relative_to(user_folders)
