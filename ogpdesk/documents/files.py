"""Writing an export where the user asked, all or nothing, and leaving nothing behind.

Every output is written to a temporary file (or folder) beside its target and renamed into
place when complete. The temporary name holds the writing process's id
(``.ogpdesk-<pid>-…``), so that the next export into the same folder removes what a killed
export left there, and never what another one is still writing. The file gets the mode any
new file of the user gets (``0666`` less the umask), not the private mode of a temporary file.
Targets that are not ordinary files — a device (``/dev/full.pdf`` lands in ``/dev``), a pipe,
a folder — are refused before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path

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

PREFIX = ".ogpdesk-"
_TEMPORARY = re.compile(rf"^{re.escape(PREFIX)}(?P<pid>\d+)-")
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
    handle, name = tempfile.mkstemp(suffix=suffix, prefix=f"{PREFIX}{os.getpid()}-", dir=folder)
    os.close(handle)
    return Path(name)


def temporary_folder(folder: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=folder))


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


def remove(path: Path) -> None:
    """Remove a temporary file or folder of ours, if it is still there."""
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def sweep(folder: Path) -> list[Path]:
    """Remove what exports killed before they finished left in ``folder``; what was removed."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = _TEMPORARY.match(entry.name)
        if found is None or _alive(int(found["pid"])):
            continue
        try:
            remove(entry)
        except OSError:
            continue
        removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OverflowError:
        return False
    return True


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
