"""The progress of an action plan as a 1920×1080 picture, for social media and the big screen.

Drawn with Pillow, which reportlab already brings along: no Qt (documents never import it, and
``ogpdesk export`` runs without a display), no browser, no external program. Pillow is used with
its basic layout engine, so the result does not depend on whether the machine has
libraqm/fribidi: Arabic is shaped and reordered line by line exactly as in the PDFs
(``shaping``), and a right-to-left poster is the left-to-right one mirrored.
"""

from __future__ import annotations

import io
from functools import cache

import fontpkg_amiri
from PIL import Image, ImageDraw, ImageFont

from ogpdesk.core.models import ProgressStatus
from ogpdesk.documents import shaping
from ogpdesk.documents.progress import Words
from ogpdesk.documents.site import KICKER, STATUS_COLOURS, SiteData
from ogpdesk.i18n import QT_TRANSLATE_NOOP, is_rtl

WIDTH, HEIGHT = 1920, 1080
MARGIN = 70
BAND = 230
FOOTER = 80
BRAND = "#0b4f6c"
INK = "#1b1f23"
TRACK = "#e3e7eb"

Font = ImageFont.FreeTypeFont


@cache
def font(size: int, bold: bool = False) -> Font:
    name = "Amiri-Bold.ttf" if bold else "Amiri-Regular.ttf"
    return ImageFont.truetype(
        str(fontpkg_amiri.ROOT / "files" / name), size, layout_engine=ImageFont.Layout.BASIC
    )


class Canvas:
    """Drawing in reading order: x is measured from the start edge (the right in Arabic)."""

    def __init__(self, rtl: bool) -> None:
        self.rtl = rtl
        self.image = Image.new("RGB", (WIDTH, HEIGHT), "#ffffff")
        self.draw = ImageDraw.Draw(self.image)

    def _x(self, x: float, span: float = 0) -> float:
        return WIDTH - x - span if self.rtl else x

    def box(self, x: float, y: float, w: float, h: float, fill: str, radius: int = 0) -> None:
        left = self._x(x, w)
        self.draw.rounded_rectangle((left, y, left + w, y + h), radius=radius, fill=fill)

    def disc(self, x: float, y: float, radius: float, fill: str) -> None:
        centre = self._x(x)
        self.draw.ellipse((centre - radius, y - radius, centre + radius, y + radius), fill=fill)

    def text(
        self, x: float, y: float, text: str, face: Font, fill: str, *, end: bool = False
    ) -> None:
        """``text`` starting at ``x`` (or ending there with ``end``), top at ``y``."""
        at_right = self.rtl != end
        self.draw.text(
            (self._x(x), y),
            visual(text, self.rtl),
            font=face,
            fill=fill,
            anchor="ra" if at_right else "la",
        )

    def centred(self, x: float, y: float, text: str, face: Font, fill: str) -> None:
        self.draw.text((self._x(x), y), visual(text, self.rtl), font=face, fill=fill, anchor="mm")


def visual(text: str, rtl: bool) -> str:
    """One line shaped and in drawing order, by the same rules as the PDFs."""
    run = shaping.Run.of(text, False, rtl)
    whole = (shaping.Span(0, 0, len(run.text)),)
    return "".join(piece.text for piece in shaping.display(whole, [run], rtl))


def width_of(text: str, face: Font) -> float:
    return face.getlength(shaping.shaped(text))


def fit(text: str, face: Font, width: float) -> str:
    """``text`` on one line of ``width``, cut at a word with an ellipsis if it is too long."""
    if width_of(text, face) <= width:
        return text
    words = text.split()
    while words and width_of(" ".join(words) + "…", face) > width:
        words.pop()
    return (" ".join(words) or text[:10]) + "…"


def poster(data: SiteData, words: Words) -> bytes:
    t = words.plan
    canvas = Canvas(is_rtl(words.lang))
    inner = WIDTH - 2 * MARGIN

    canvas.box(0, 0, WIDTH, BAND, BRAND)
    figure_w = 330
    canvas.text(MARGIN, 26, t(KICKER), font(30), "#cfe3ec")
    title = words.text(data.titles)
    canvas.text(MARGIN, 70, fit(title, font(58, True), inner - figure_w), font(58, True), "#fff")
    headline = t(QT_TRANSLATE_NOOP("ActionPlan", "Progress at the end of {quarter}")).format(
        quarter=words.quarter(data.quarter)
    )
    canvas.text(MARGIN, 158, headline, font(38), "#ffffff")
    if data.average is not None:
        canvas.text(
            WIDTH - MARGIN, 30, words.percent(data.average), font(104, True), "#fff", end=True
        )
        canvas.text(
            WIDTH - MARGIN,
            165,
            t(QT_TRANSLATE_NOOP("ActionPlan", "average completion")),
            font(32),
            "#cfe3ec",
            end=True,
        )

    cards = data.cards
    top = BAND + 30
    row_h = min(135, (HEIGHT - top - FOOTER - 10) // max(len(cards), 1))
    size = max(24, min(36, int(row_h * 0.27)))
    value_w = 420
    bar_x = MARGIN + 90
    bar_w = inner - 90 - value_w
    for index, card in enumerate(cards):
        row = card.row
        y = top + index * row_h
        colour = STATUS_COLOURS.get(row.status or ProgressStatus.NOT_STARTED, "#888")
        canvas.disc(MARGIN + 32, y + row_h * 0.45, 32, BRAND)
        canvas.centred(
            MARGIN + 32, y + row_h * 0.45, words.digits(str(row.number)), font(34, True), "#fff"
        )
        label = words.text(row.titles)
        canvas.text(bar_x, y, fit(label, font(size), bar_w), font(size), INK)
        bar_y = y + size + 22
        bar_h = max(18, int(row_h * 0.22))
        canvas.box(bar_x, bar_y, bar_w, bar_h, TRACK, radius=bar_h // 2)
        percent = row.percent or 0
        if percent:
            canvas.box(bar_x, bar_y, bar_w * percent / 100, bar_h, colour, radius=bar_h // 2)
        if row.previous_percent is not None:
            tick = bar_x + bar_w * row.previous_percent / 100
            canvas.box(tick - 2, bar_y - 8, 4, bar_h + 16, INK)
        value_x = WIDTH - MARGIN
        if row.reviewed:
            canvas.text(
                value_x, y + 2, words.percent(row.percent), font(54, True), colour, end=True
            )
            canvas.text(value_x, y + 66, words.status(row.status), font(30), INK, end=True)

    footer = [
        words.listing(words.text(name) for name in data.lead),
        words.date(data.published),
    ]
    canvas.box(0, HEIGHT - FOOTER, WIDTH, FOOTER, "#f1f3f5")
    canvas.text(
        MARGIN,
        HEIGHT - FOOTER + 18,
        fit(" · ".join(p for p in footer if p), font(30), inner),
        font(30),
        "#444",
    )

    out = io.BytesIO()
    canvas.image.save(out, "PNG")
    return out.getvalue()
