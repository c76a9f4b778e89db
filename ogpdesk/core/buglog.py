"""The bug log: an unexpected exception, with its traceback, in a file the user can send.

No traceback is ever shown to a user. The command line and the window both write what went
wrong here, in the user data folder's ``logs/``, and tell the user, in their language, that
it was a bug and which file holds the details.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path

from ogpdesk import __version__, paths

# Files one process writes at most: a bug that repeats (in a redraw, a timer) would otherwise
# fill the disk, and the first files say what it is.
LIMIT = 20
# What this process wrote, by folder.
_written: dict[Path, list[Path]] = {}


def folder() -> Path:
    return paths.user_data_dir() / "logs"


def write(exc: BaseException, where: str) -> Path:
    """Write ``exc`` with its traceback to a new file; its path. ``where``: what was running
    (the command line's arguments, the window's action) to say in the file.

    Past ``LIMIT`` files, nothing more is written: the last file's path is returned.
    Raises ``OSError`` when the file cannot be written (a read-only or full home folder).
    """
    logs = folder()
    written = _written.setdefault(logs, [])
    if len(written) >= LIMIT:
        return written[-1]
    logs.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    # Several bugs in one second (a failing redraw) each get a file: opened only if new.
    for attempt in range(1000):
        path = logs / f"error-{stamp}-{os.getpid()}{f'-{attempt}' if attempt else ''}.log"
        try:
            out = path.open("x", encoding="utf-8")
        except FileExistsError:
            continue
        with out:
            out.write(f"ogpdesk {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n")
            out.write(f"{where}\n\n")
            out.write("".join(traceback.format_exception(exc)))
        written.append(path)
        return path
    raise FileExistsError(path)
