"""``ogpdesk demo`` then ``ogpdesk meetings``, run as a user would, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def ogpdesk(db: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OGPDESK_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "ogpdesk.cli", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_demo_then_meetings_lists_kairouan_msaken_and_el_kef(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    first = ogpdesk(db, "demo")
    assert first.returncode == 0, first.stderr
    assert "Seed demo loaded" in first.stdout
    assert "10 meetings" in first.stdout

    again = ogpdesk(db, "demo", lang="fr")
    assert again.returncode == 0, again.stderr
    assert "déjà chargée" in again.stdout

    listed = ogpdesk(db, "meetings")
    assert listed.returncode == 0, listed.stderr
    lines = [line.split("\t") for line in listed.stdout.splitlines()]
    assert all(len(fields) == 5 for fields in lines)
    by_city: dict[str, list[str]] = {}
    for _id, date, _kind, city, _title in lines:
        by_city.setdefault(city, []).append(date)
    assert by_city["Kairouan"] == ["2016-03-22"]
    assert by_city["M'saken"] == ["2016-03-26"]
    assert len(by_city["El Kef"]) == 8
    assert "2025-07-10" in by_city["El Kef"] and "2025-10-09" in by_city["El Kef"]
    # Listed by date: the 2016 sessions first.
    dates = [fields[1] for fields in lines]
    assert dates == sorted(dates)
    assert len(lines) == 10


def test_version_is_the_package_version(tmp_path: Path) -> None:
    from ogpdesk import __version__

    done = ogpdesk(tmp_path / "x.db", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"ogpdesk {__version__}"
