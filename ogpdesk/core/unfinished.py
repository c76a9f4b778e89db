"""A journal of the temporary files being written, so that the next start removes what a
killed process left.

An export is written to a temporary file (or folder) beside its target and renamed into place
when complete (``documents/files.py``). A process killed while writing — SIGKILL, a power cut,
a crash of the window — leaves that hidden ``.ogpdesk-<pid>-…`` file behind, in whatever
folder the user chose. Before it is created, each one is recorded here: one small file in the
user data folder's ``unfinished/``, named for the writing process and the temporary's path,
holding that path. The entry goes when the temporary is removed (renamed into place, or given
up). At start-up the window and the command line remove the temporaries still listed whose
process is gone: one listing of a folder that is empty unless something was killed, never a
scan of the user's folders.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sys
from pathlib import Path

from ogpdesk import paths

PREFIX = ".ogpdesk-"
# The writing process's id is in the name, so that nobody removes what is still being written.
_TEMPORARY = re.compile(rf"^{re.escape(PREFIX)}(?P<pid>\d+)-")


def journal() -> Path:
    return paths.user_data_dir() / "unfinished"


def temporary_name(pid: int, tail: str) -> str:
    """The name of a temporary written by the process ``pid``."""
    return f"{PREFIX}{pid}-{tail}"


def writer(path: Path) -> int | None:
    """The id of the process that writes the temporary ``path``; None if it is not one."""
    found = _TEMPORARY.match(path.name)
    return int(found["pid"]) if found else None


def record(path: Path, put_back: Path | None = None) -> None:
    """Note that the temporary ``path`` is about to be created.

    ``put_back``: where ``path`` is to go back to, rather than be removed, if that place is
    empty when the process was killed (the user's previous folder, set aside while the new
    one is moved into its place).

    Without a journal (a read-only or full home folder) the write goes on: its temporary is
    still removed on every failure path, and by the next export into the same folder.
    """
    entry = _entry(path)
    if entry is None:
        return
    with contextlib.suppress(OSError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        lines = [str(path.absolute())] + ([str(put_back.absolute())] if put_back else [])
        entry.write_text("\n".join(lines), encoding="utf-8")


def remove(path: Path) -> None:
    """Remove a temporary file or folder of ours if it is still there, and its entry."""
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
    forget(path)


def forget(path: Path) -> None:
    """Drop the journal's entry for the temporary ``path`` (removed, or never created)."""
    entry = _entry(path)
    if entry is not None:
        with contextlib.suppress(OSError):
            entry.unlink()


def sweep() -> list[Path]:
    """Remove the temporaries that processes no longer running left; those removed."""
    try:
        entries = list(os.scandir(journal()))
    except OSError:
        return []
    removed: list[Path] = []
    for entry in entries:
        pid, _, _ = entry.name.partition("-")
        if not pid.isdigit() or alive(int(pid)):
            continue
        try:
            lines = Path(entry.path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        target = Path(lines[0]) if lines else None
        put_back = Path(lines[1]) if len(lines) > 1 else None
        # Only what this journal says one of our processes created: never a file of the
        # user's, whatever an entry (damaged, or written by hand) says.
        if target is not None and target.is_absolute() and writer(target) == int(pid):
            try:
                if put_back is not None and target.exists() and not put_back.exists():
                    os.rename(target, put_back)
                elif target.exists() or target.is_symlink():
                    remove(target)
                    removed.append(target)
            except OSError:
                continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
    return removed


def alive(pid: int) -> bool:
    """Whether the process ``pid`` is running (this one is)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, OSError):
        return False
    return True


# Defined on Windows only, so that the type checker reads it with that platform's ``ctypes``.
if sys.platform == "win32":

    def _alive_on_windows(pid: int) -> bool:
        # ``os.kill(pid, 0)`` would not ask there: it sends Ctrl+C (signal 0 is CTRL_C_EVENT).
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        query_limited_information, still_active = 0x1000, 259
        handle = kernel32.OpenProcess(query_limited_information, False, pid)
        if not handle:
            # Denied: it runs, as another user. Otherwise there is no such process.
            return bool(ctypes.get_last_error() == 5)
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and (
                code.value == still_active
            )
        finally:
            kernel32.CloseHandle(handle)


def _entry(path: Path) -> Path | None:
    pid = writer(path)
    if pid is None:
        return None
    digest = hashlib.sha256(str(path.absolute()).encode("utf-8", "surrogateescape")).hexdigest()
    return journal() / f"{pid}-{digest[:24]}"
