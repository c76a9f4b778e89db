"""The capture line's unsent text, kept on disk so that a crash loses no word being typed.

One small file per meeting, rewritten on every keystroke: the text goes to a temporary file
in the same folder, which then replaces the draft with ``os.replace`` (atomic), so a draft is
always either the old text or the new one, never half of each. There is no fsync: the data
written survives the death of the process (the kernel holds it), which is the failure this
guards against; a power cut may cost the last keystrokes, and fsync on every key would make
typing wait on the disk.

Drafts live next to the database they belong to (``<database>.drafts/``), so two databases —
or two test runs — never see each other's drafts.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ogpdesk import paths

_SAFE = re.compile(r"[^A-Za-z0-9_-]")


class Drafts:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, database: Path | None) -> Drafts:
        """The drafts of ``database``; for a server database, the user's data folder."""
        if database is None:
            return cls(paths.user_data_dir() / "drafts")
        return cls(database.with_name(database.name + ".drafts"))

    def path(self, meeting_id: str) -> Path:
        return self.folder / f"{_SAFE.sub('_', meeting_id)}.txt"

    def save(self, meeting_id: str, text: str) -> None:
        target = self.path(meeting_id)
        if not text:
            target.unlink(missing_ok=True)
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)

    def load(self, meeting_id: str) -> str:
        try:
            return self.path(meeting_id).read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""
        except (OSError, UnicodeDecodeError):
            # A draft is a convenience: an unreadable one must not stop a meeting opening.
            return ""

    def clear(self, meeting_id: str) -> None:
        self.save(meeting_id, "")
