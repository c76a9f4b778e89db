"""Python's cycle collector, kept off the capture line.

A full collection walks every object the window holds — some 130,000 with a meeting of
5,000 items open, 90 ms, as PySide's wrappers are slow to walk — and Python starts one
whenever enough objects have survived, in the middle of whatever an Enter set off.
``settle()`` collects once, at a moment the user expects to wait (a meeting opening), and
freezes what survives, so that the collections Python starts later walk only what is newer.
What was frozen and has become garbage since is collected by the next ``settle()``.
"""

from __future__ import annotations

import gc


def settle() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()
