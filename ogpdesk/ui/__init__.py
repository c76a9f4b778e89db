"""The window: Qt widgets that run core services through ``operations`` and show the store.

Importing this package imports Qt, and spares the start-up a cost PySide6 adds to every
later import (``spare_source_reads``).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 (installs the import hook that spare_source_reads tunes)


def spare_source_reads() -> None:
    """Keep PySide6 from reading the source of every module imported after it.

    PySide6 checks each newly imported module for ``from __feature__ import …``
    (``shibokensupport.feature._mod_uses_pyside``) by reading its whole source with
    ``inspect.getsource``, which keeps every line in ``linecache``. For SQLAlchemy and the
    rest of a start some 300 files are read: about 45 ms of the start and 20 MB that stay
    resident (freeing ``linecache`` afterwards gives nothing back to the system). A module
    whose source does not say "PySide6" is marked "ignore" (-1); only ``ogpdesk.ui`` uses
    Qt in this program (core and documents never import it: tests/core/test_architecture),
    so every other module gets that answer without the read. Our UI modules, and a script
    run as ``__main__``, are still read and answered as before. A PySide6 without this
    check is left alone.
    """
    feature = sys.modules.get("shibokensupport.feature")
    reads = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or reads is None or getattr(reads, "__wrapped__", None) is not None:
        return

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "__main__" or name == __name__ or name.startswith(f"{__name__}."):
            return bool(reads(module))
        return False

    uses_pyside.__wrapped__ = reads  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


spare_source_reads()
