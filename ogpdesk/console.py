"""Text output that survives any console.

On Windows, Python writes to a redirected console (a pipe, a file, ``ogpdesk-cli > out.txt``)
in the ANSI code page (cp1252 on a French system), which has no Arabic: printing a meeting's
title raised ``UnicodeEncodeError``. Our output is always UTF-8, and a character a stream
still cannot take is replaced, never fatal. A windowed program (``ogpdesk.exe``) has no
streams at all (``None``): nothing to do.
"""

from __future__ import annotations

import codecs
import io
import sys


def utf8_output() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="replace")
