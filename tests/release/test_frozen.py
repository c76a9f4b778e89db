"""The frozen build (PyInstaller one-folder), as downloaded (the tarball) and as installed by
the .deb: documents in ar/fr/en, the window under a real X server, the desktop files valid.

Each command of a frozen program starts a new process (a few seconds), so these run fewer
exports than the wheel's test: every kind once — each language and format in turn — and the
minutes in every language and format. The .deb carries the very same folder (checked file by
file), so it only has to start from where the package installs it.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import tarfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

# One worker builds the release once for both modules (scripts/test runs pytest-xdist).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800), pytest.mark.xdist_group("release")]
BUDGET_MB = 250
SCOPES = {
    "minutes": ["--meeting", "Kairouan"],
    "recommendations": ["--meeting", "Kairouan"],
    "attendance": ["--meeting", "Kairouan"],
    "actions": ["--process", "Kef"],
    "progress": ["--process", "Kef"],
    "cocreation": ["--process", "Kef"],
}
TURNS = [("ar", ".pdf"), ("fr", ".docx"), ("en", ".xlsx")]
DESKTOP_ID = "org.ogpdesk.Ogpdesk"


def size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def run(program: Path, env: dict[str, str], cwd: Path, *args: str) -> str:
    done = subprocess.run(
        [str(program), *args], cwd=cwd, env=env, capture_output=True, timeout=600, check=False
    )
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert done.returncode == 0, f"{args}: {stderr}"
    return done.stdout.decode("utf-8")


def smoke(program: Path, env: dict[str, str], out: Path) -> list[Path]:
    """The demo, then exports in parallel (two at a time); returns what was written."""
    db = out / "demo.sqlite3"
    assert "10" in run(program, env, out, "--db", str(db), "demo")
    wanted = [
        ("minutes", lang, suffix)
        for lang in ("ar", "fr", "en")
        for suffix in (".pdf", ".docx", ".xlsx")
    ]
    wanted += [(kind, *TURNS[i % 3]) for i, kind in enumerate(k for k in SCOPES if k != "minutes")]

    def export(kind: str, lang: str, suffix: str) -> Path:
        path = out / f"{kind}-{lang}{suffix}"
        args = ["--db", str(db), "export", kind, *SCOPES[kind], "--lang", lang, "-o", str(path)]
        run(program, env, out, *args)
        return path

    with ThreadPoolExecutor(2) as pool:
        paths = list(pool.map(lambda w: export(*w), wanted))
    return paths


def check_minutes(out: Path, checks) -> None:
    checks.check_documents(out, kinds=("minutes",))


def check_kinds(out: Path, checks) -> None:
    for i, kind in enumerate(k for k in SCOPES if k != "minutes"):
        lang, suffix = TURNS[i % 3]
        path = out / f"{kind}-{lang}{suffix}"
        assert path.is_file() and path.stat().st_size > 0, path.name
        if suffix == ".pdf":
            # Arabic words, not English labels around Arabic data.
            text = checks.pdf_text(path)
            assert sum("\u0600" <= c <= "\u06ff" for c in text) > 20, path.name


def window_opens(program: Path, env: dict[str, str], cwd: Path, display: str, db: Path) -> None:
    """The window, in Arabic, maps on a real X server and stays up; no traceback."""
    shown = subprocess.Popen(
        [str(program), "--db", str(db)],
        cwd=cwd,
        env={**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "OGPDESK_LANG": "ar"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    found = False
    try:
        while time.monotonic() < deadline and shown.poll() is None and not found:
            time.sleep(1)
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree", "-display", display],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            found = f'"ogpdesk — {db.name}"' in tree
        assert shown.poll() is None, shown.communicate()[1].decode("utf-8", "replace")
    finally:
        shown.terminate()
        _out, err = shown.communicate(timeout=30)
    assert found, "the window never appeared"
    assert "Traceback" not in err.decode("utf-8", "replace")


def bundled_catalogue_is_arabic(folder: Path) -> None:
    """The frozen window translates its menus with these files (ogpdesk/paths.py)."""
    translator = QTranslator()
    qm = folder / "_internal" / "ogpdesk" / "data" / "translations" / "ui_ar.qm"
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&ملف"


def test_frozen_folder_fits_the_budget(release) -> None:
    frozen = release.folder / "ogpdesk"
    assert size_mb(frozen) < BUDGET_MB
    dangling = [str(p) for p in frozen.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []
    assert (frozen / "_internal" / "ogpdesk" / "data" / "THIRD_PARTY_NOTICES").is_file()
    done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=release.folder, check=False)
    assert done.returncode == 0


def test_frozen_folder_runs_on_glibc_2_35(release) -> None:
    """Ubuntu 22.04 has glibc 2.35: nothing bundled may ask for a newer one."""
    newest = (2, 0)
    for path in (release.folder / "ogpdesk").rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        symbols = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", symbols):
            if (int(major), int(minor)) > newest:
                newest, needer = (int(major), int(minor)), path.name
    assert newest <= (2, 35), f"{needer} needs glibc {newest}"


def test_frozen_tarball_exports_and_opens_in_arabic(
    release, version: str, outside: Path, user_env: Callable[..., dict[str, str]], xvfb, checks
) -> None:
    with tarfile.open(release.one(f"ogpdesk-{version}-linux-*.tar.gz")) as tarball:
        tarball.extractall(outside / "app", filter="tar")
    program = outside / "app" / "ogpdesk" / "ogpdesk"
    env = user_env(QT_QPA_PLATFORM="offscreen", OGPDESK_LANG="fr")
    work = outside / "work"
    work.mkdir()
    assert run(program, env, work, "--version").strip() == f"ogpdesk {version}"
    smoke(program, env, work)
    check_minutes(work, checks)
    check_kinds(work, checks)
    bundled_catalogue_is_arabic(outside / "app" / "ogpdesk")
    window_opens(program, env, work, xvfb.name, work / "demo.sqlite3")


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_deb_installs_a_valid_desktop_application(
    release, version: str, outside: Path, user_env: Callable[..., dict[str, str]]
) -> None:
    deb = release.one(f"ogpdesk_{version}_*.deb")
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert f"Version: {version}" in fields and "libc6 (>= 2.35)" in fields
    root = outside / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)

    desktop = root / "usr" / "share" / "applications" / f"{DESKTOP_ID}.desktop"
    metainfo = root / "usr" / "share" / "metainfo" / f"{DESKTOP_ID}.metainfo.xml"
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)
    entry = desktop.read_text(encoding="utf-8")
    assert "Icon=ogpdesk\n" in entry and "Exec=ogpdesk\n" in entry
    icons = root / "usr" / "share" / "icons" / "hicolor"
    for size in ("48x48", "128x128", "256x256"):
        assert (icons / size / "apps" / "ogpdesk.png").is_file()
    assert (icons / "scalable" / "apps" / "ogpdesk.svg").is_file()
    launcher = (root / "usr" / "bin" / "ogpdesk").read_text(encoding="utf-8")
    assert 'exec /opt/ogpdesk/ogpdesk "$@"' in launcher
    assert _tree(root / "opt" / "ogpdesk") == _tree(release.folder / "ogpdesk")

    # The folder is the tarball's, file for file (checked above), and the tarball's test uses
    # it in full; here it only has to start from where the package puts it.
    program = root / "opt" / "ogpdesk" / "ogpdesk"
    env = user_env(QT_QPA_PLATFORM="offscreen", OGPDESK_LANG="ar")
    assert run(program, env, outside, "--version").strip() == f"ogpdesk {version}"
