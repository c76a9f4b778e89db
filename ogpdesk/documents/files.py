"""Writing an export where the user asked, all or nothing, and leaving nothing behind.

Every output is written to a temporary file (or folder) beside its target and renamed into
place when complete. The temporary name holds the writing process's id
(``.ogpdesk-<pid>-…``), so that what a killed export left is removed — at the next start,
from the journal of temporaries (``core.unfinished``), and by the next export into the same
folder — and never what another process is still writing. The file gets the mode any
new file of the user gets (``0666`` less the umask), not the private mode of a temporary file.
Targets that are not ordinary files — a device (``/dev/full.pdf`` lands in ``/dev``), a pipe,
a folder — are refused before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from pathlib import Path

from ogpdesk.core import unfinished
from ogpdesk.core.errors import InvalidInput, OgpdeskError
from ogpdesk.i18n import QT_TRANSLATE_NOOP

NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Errors", "Cannot write “{path}”: it is a device, a pipe or a folder, not a file."
)
IN_USE = QT_TRANSLATE_NOOP(
    "Errors",
    "Cannot replace “{path}”: another program has it open. Close it there and export again.",
)
# Windows refuses to replace a file another program holds. A virus scanner or the search
# indexer lets go within a moment; Word or Excel keeps its document until it is closed.
REPLACE_ATTEMPTS = 5
REPLACE_PAUSE_S = 0.2
SYSTEM_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "Cannot write “{path}”: {folder} is a system folder, not a place for documents."
)

# Folders of the system's devices and state, where nothing is a document (Linux, macOS).
_SYSTEM_FOLDERS = tuple(Path(p) for p in ("/dev", "/proc", "/sys", "/run"))


def check_target(path: Path, *, folder: bool = False) -> None:
    """Refuse ``path`` if it is a special file, or lies in a folder of the system's devices.

    ``folder``: the target is a folder that will be replaced (the public page), not a file.
    """
    resolved = path.parent.resolve() / path.name
    for system in _SYSTEM_FOLDERS:
        if resolved == system or system in resolved.parents:
            raise InvalidInput(SYSTEM_FOLDER, path=str(path), folder=str(system))
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISDIR(mode) if folder else stat.S_ISREG(mode):
        return
    raise InvalidInput(NOT_A_FILE, path=str(path))


def temporary_file(folder: Path, suffix: str) -> Path:
    """A new empty file in ``folder`` to write an output into before renaming it."""
    path = _temporary(folder, suffix)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        unfinished.forget(path)
        raise
    return path


def temporary_folder(folder: Path, put_back: Path | None = None) -> Path:
    """A new empty folder in ``folder``; ``put_back``: see ``unfinished.record``."""
    path = _temporary(folder, "", put_back)
    try:
        os.mkdir(path, 0o700)
    except OSError:
        unfinished.forget(path)
        raise
    return path


def _temporary(folder: Path, suffix: str, put_back: Path | None = None) -> Path:
    """A new temporary's name in ``folder``, recorded in the journal before it is created."""
    path = folder / unfinished.temporary_name(os.getpid(), secrets.token_hex(6) + suffix)
    unfinished.record(path, put_back)
    return path


def publish(temporary: Path, target: Path) -> None:
    """Give ``temporary`` the user's usual file mode and rename it to ``target``."""
    os.chmod(temporary, 0o666 & ~umask())
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(temporary, target)
            return
        except PermissionError as exc:
            if attempt + 1 == REPLACE_ATTEMPTS:
                raise OgpdeskError(IN_USE, path=str(target)) from exc
            time.sleep(REPLACE_PAUSE_S)


def sweep(folder: Path) -> list[Path]:
    """Remove what exports killed before they finished left in ``folder``; what was removed."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        pid = unfinished.writer(entry)
        if pid is None or unfinished.alive(pid):
            continue
        try:
            unfinished.remove(entry)
        except OSError:
            continue
        removed.append(entry)
    return removed


def umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    # Elsewhere it can only be read by setting it: set it straight back.
    current = os.umask(0o022)
    os.umask(current)
    return current
