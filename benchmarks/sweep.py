"""What the start-up sweep of killed exports' temporaries costs (``core.unfinished.sweep``).

    .venv/bin/python benchmarks/sweep.py [--runs 200] [--files 2000]

Timed in one process, the variants interleaved so that a busy machine slows each alike:

- ``absent``: no journal folder (nothing was ever killed) — every start of most users;
- ``empty``: the folder exists, empty (exports finished since the last kill);
- ``stale``: 10 entries of a killed process, their temporaries in a folder (what the start
  after a kill removes);
- ``folder scan``: for comparison, looking through one folder of ``--files`` documents for
  temporaries (``documents.files.sweep``, what the next export into that folder does) — what
  a start-up that scanned the user's folders would pay per folder.

Printed: the median of each, in microseconds. The user data folder is a temporary one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="ogpdesk-sweep-"))
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    from ogpdesk.core import unfinished
    from ogpdesk.documents import files

    documents = home / "documents"
    documents.mkdir()
    for number in range(args.files):
        (documents / f"minutes-{number}.pdf").write_bytes(b"%PDF")
    exports = home / "exports"
    exports.mkdir()
    with subprocess.Popen([sys.executable, "-c", "pass"]) as gone:
        gone.wait()

    def scan() -> None:
        files.sweep(documents)

    def prepare_stale() -> None:
        for number in range(10):
            left = exports / unfinished.temporary_name(gone.pid, f"{number}.pdf")
            unfinished.record(left)
            left.write_bytes(b"half")

    # Each variant: what sets it up (not timed), then what is timed.
    variants: dict[str, tuple[Callable[[], None], Callable[[], object]]] = {
        "absent": (lambda: _remove_tree(unfinished.journal()), unfinished.sweep),
        "empty": (
            lambda: unfinished.journal().mkdir(parents=True, exist_ok=True),
            unfinished.sweep,
        ),
        "stale": (prepare_stale, unfinished.sweep),
        "folder scan": (lambda: None, scan),
    }
    timings: dict[str, list[float]] = {name: [] for name in variants}
    for _run in range(args.runs):
        for name, (prepare, timed) in variants.items():
            prepare()
            start = time.perf_counter()
            timed()
            timings[name].append(time.perf_counter() - start)
    assert not list(exports.iterdir()), "the stale temporaries were not all removed"
    print(f"runs: {args.runs}, folder of {args.files} documents; medians, µs")
    for name, values in timings.items():
        print(f"  {name:12} {statistics.median(values) * 1e6:10.1f}")
    _remove_tree(home)


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    main()
