"""Python's cycle collector, kept off the capture line.

A full collection walks every object the window holds — some 130,000 with a meeting of
5,000 items open, 90 ms, as PySide's wrappers are slow to walk — and Python starts one
whenever enough objects have survived, in the middle of whatever an Enter set off.
``settle()`` collects once, at a moment the user expects to wait (a meeting opening), and
freezes what survives, so that the collections Python starts later walk only what is newer.
What was frozen and has become garbage since is collected by the next ``settle()``.

The first ``settle()`` of a process — the meeting the start reopens — skips the full pass:
what exists then is modules, the store and the view being opened, all alive (the full pass
found no garbage at all there, and took 75 ms of the time before the capture line takes
keys). Only the youngest objects are collected before everything is frozen.
"""

from __future__ import annotations

import gc

_settled_once = False


def settle() -> None:
    global _settled_once
    if _settled_once:
        gc.unfreeze()
        gc.collect()
    else:
        gc.collect(1)
        _settled_once = True
    gc.freeze()
