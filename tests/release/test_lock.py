"""The locks and the notices follow pyproject.toml and what is installed (fast checks)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.version import Version

from ogpdesk.paths import SOURCE_ROOT

REQUIREMENTS = SOURCE_ROOT / "requirements"


def _pins(lock: str) -> dict[str, str]:
    text = (REQUIREMENTS / lock).read_text(encoding="utf-8")
    return {
        re.sub(r"[-_.]+", "-", name).lower(): version
        for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==([^ ;\\]+)", text, re.MULTILINE)
    }


def test_every_dependency_is_pinned_with_hashes_and_installed_as_locked() -> None:
    project = tomllib.loads((SOURCE_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = _pins("runtime.txt")
    dev = _pins("dev.txt")
    for text in project["project"]["dependencies"]:
        requirement = Requirement(text)
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in runtime, f"{name} is not in requirements/runtime.txt: run scripts/lock"
        assert requirement.specifier.contains(runtime[name]), name
        assert dev[name] == runtime[name], f"{name}: the two locks disagree"
        # scripts/venv installed the lock: the suite tests what the lock says.
        assert Version(metadata.version(requirement.name)) == Version(runtime[name]), name
    for lock in ("runtime.txt", "dev.txt"):
        text = (REQUIREMENTS / lock).read_text(encoding="utf-8")
        assert "--hash=sha256:" in text
        for block in re.split(r"\n(?=[A-Za-z])", text.split("\n", 2)[2]):
            if "==" in block:
                assert "--hash=sha256:" in block, block.splitlines()[0]


def test_third_party_notices_are_up_to_date() -> None:
    done = subprocess.run(
        [sys.executable, str(SOURCE_ROOT / "scripts" / "notices"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
