"""The sdist and the wheel, installed with the locked dependencies into a clean virtual
environment, used from a folder outside the source tree: documents in ar/fr/en, the window
in Arabic."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ogpdesk.paths import SOURCE_ROOT

# One worker builds the release once for both modules (scripts/test runs pytest-xdist).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800), pytest.mark.xdist_group("release")]
HERE = Path(__file__).parent


def test_sdist_carries_the_sources_of_every_build(release, version: str) -> None:
    with tarfile.open(release.one(f"ogpdesk-{version}.tar.gz")) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for needed in (
        "LICENSE",
        "THIRD_PARTY_NOTICES",
        "setup.py",
        "requirements/runtime.txt",
        "translations/ui_ar.ts",
        "translations/ui_fr.ts",
        "resources/icons/ogpdesk.svg",
        "packaging/ogpdesk.spec",
        "ogpdesk/core/migrations/env.py",
    ):
        assert needed in names, needed


def test_wheel_carries_the_data_inside_the_package(release, version: str) -> None:
    with zipfile.ZipFile(release.one(f"ogpdesk-{version}-py3-none-any.whl")) as wheel:
        names = set(wheel.namelist())
    for lang in ("ar", "fr"):
        for area in ("ui", "documents", "core"):
            assert f"ogpdesk/data/translations/{area}_{lang}.qm" in names
            assert f"ogpdesk/data/translations/{area}_{lang}.ts" in names
    for needed in (
        "ogpdesk/data/LICENSE",
        "ogpdesk/data/THIRD_PARTY_NOTICES",
        "ogpdesk/data/resources/icons/hicolor/256x256/apps/ogpdesk.png",
        f"ogpdesk-{version}.dist-info/licenses/LICENSE",
    ):
        assert needed in names, needed
    # Nothing lands beside the package in site-packages.
    assert {name.split("/")[0] for name in names} == {"ogpdesk", f"ogpdesk-{version}.dist-info"}


@pytest.fixture(scope="session")
def installed(release, version: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean venv with the locked runtime dependencies (hashes checked), then the wheel."""
    venv = tmp_path_factory.mktemp("venv")
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(venv)], check=True)
    pip = [
        str(venv / "bin" / "python"),
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
    ]
    lock = SOURCE_ROOT / "requirements" / "runtime.txt"
    subprocess.run([*pip, "--require-hashes", "-r", str(lock)], check=True, timeout=1200)
    wheel = release.one(f"ogpdesk-{version}-py3-none-any.whl")
    subprocess.run([*pip, "--no-deps", str(wheel)], check=True, timeout=300)
    return venv


def test_installed_wheel_exports_in_three_languages_and_opens_in_arabic(
    installed: Path,
    outside: Path,
    user_env: Callable[..., dict[str, str]],
    version: str,
    checks,
) -> None:
    env = user_env(OGPDESK_LANG="ar", QT_QPA_PLATFORM="offscreen")
    shown = subprocess.run(
        [str(installed / "bin" / "ogpdesk"), "--version"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0 and shown.stdout.strip() == f"ogpdesk {version}", shown

    shutil.copy(HERE / "smoke.py", outside / "smoke.py")
    ran = subprocess.run(
        [str(installed / "bin" / "python"), "smoke.py", str(outside)],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    checks.no_traceback(ran.stderr)
    assert ran.returncode == 0, ran.stderr
    report = json.loads((outside / "report.json").read_text(encoding="utf-8"))
    package = Path(report["package"])
    assert installed in package.parents and SOURCE_ROOT not in package.parents
    assert report["demo"] == 0
    assert report["failed"] == []
    checks.check_documents(outside)
    for lang in ("ar", "fr", "en"):
        assert (outside / f"site-{lang}" / "index.html").is_file()
    window = report["window"]
    assert window["exit"] == 0
    assert window["menus"][:2] == ["&ملف", "ت&حرير"], window["menus"]
    assert window["right_to_left"] and window["icon"]
