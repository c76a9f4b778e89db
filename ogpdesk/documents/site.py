"""The public progress page of an action plan: a folder of static HTML, and a poster.

The municipality copies the folder to its website or opens it from a USB stick: every page
is one self-contained file — CSS and SVG charts inline, no script, no font or image fetched
from anywhere — in Arabic (``index.html``, right to left), French (``fr.html``) and English
(``en.html``). Next to them, ``progress-<lang>.png`` is the same news as a 1920×1080 poster
for social media and the giant screen of the municipal palace square (see ``poster.py``).

The page shows the latest quarter reviewed: figures at a glance, a bar per commitment (with
the previous quarter marked), each commitment's path over the quarters, then every commitment
in full — status, change, challenges, next steps, evidence links, milestones.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ogpdesk.core import direction as bidi
from ogpdesk.core import unfinished
from ogpdesk.core.cocreation import CoCreation, figures
from ogpdesk.core.commitments import commitments_of, governance, parse_values
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.languages import Texts
from ogpdesk.core.models import Process, ProgressStatus
from ogpdesk.core.progress import (
    Matrix,
    MatrixRow,
    Quarter,
    Series,
    dashboard,
    latest_quarter,
    matrix,
)
from ogpdesk.core.typography import counted, typeset
from ogpdesk.documents import files
from ogpdesk.documents.export import NO_FOLDER, ExportRequest, write_failed
from ogpdesk.documents.progress import NO_REVIEW, Words, action_plan_of, average
from ogpdesk.i18n import QT_TRANSLATE_NOOP, is_rtl

PAGES = {"ar": "index.html", "fr": "fr.html", "en": "en.html"}
LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français", "en": "English"}

# Headings and labels used inside f-strings, where lupdate does not look.
BY_COMMITMENT = QT_TRANSLATE_NOOP("ActionPlan", "Progress by commitment")
OVER_QUARTERS = QT_TRANSLATE_NOOP("ActionPlan", "Progress over the quarters")
THE_COMMITMENTS = QT_TRANSLATE_NOOP("ActionPlan", "The commitments")
MILESTONE = QT_TRANSLATE_NOOP("ActionPlan", "Milestone")
DUE_DATE = QT_TRANSLATE_NOOP("ActionPlan", "Due date")
STATUS = QT_TRANSLATE_NOOP("ActionPlan", "Status")
OVERDUE = QT_TRANSLATE_NOOP("ActionPlan", "overdue")
HOW_WRITTEN = QT_TRANSLATE_NOOP("ActionPlan", "How the plan was written")
MONITORING_BODY = QT_TRANSLATE_NOOP("ActionPlan", "Independent monitoring body")
LEAD_INSTITUTIONS = QT_TRANSLATE_NOOP("ActionPlan", "Lead institutions")
LANGUAGES_LABEL = QT_TRANSLATE_NOOP("ActionPlan", "Languages")
# Numerus messages: a form per number in the catalogue (typography_*.ts), chosen by count.
COMMITMENTS_COUNTED = QT_TRANSLATE_NOOP("ActionPlan", "commitment(s)")
OVERDUE_COUNTED = QT_TRANSLATE_NOOP("ActionPlan", "milestone(s) overdue")
KICKER = QT_TRANSLATE_NOOP("ActionPlan", "Open Government Partnership — local action plan")

NOT_A_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "“{path}” is a file; the public page is written into a folder."
)

# Okabe–Ito: told apart by colour-blind readers too.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#999933", "#000000")
STATUS_COLOURS = {
    ProgressStatus.NOT_STARTED: "#8a8a8a",
    ProgressStatus.LIMITED: "#C77C00",
    ProgressStatus.SUBSTANTIAL: "#0072B2",
    ProgressStatus.COMPLETED: "#007A5A",
    ProgressStatus.WITHDRAWN: "#6b6b6b",
}
OGP_VALUE_LABELS = {
    "transparency": QT_TRANSLATE_NOOP("ActionPlan", "Transparency"),
    "accountability": QT_TRANSLATE_NOOP("ActionPlan", "Accountability"),
    "participation": QT_TRANSLATE_NOOP("ActionPlan", "Participation"),
    "technology": QT_TRANSLATE_NOOP("ActionPlan", "Technology and innovation"),
}
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class MilestoneLine:
    deliverable: Texts
    due_date: dt.date | None
    status: ProgressStatus | None
    percent: int | None
    overdue: bool


@dataclass(frozen=True)
class CommitmentCard:
    row: MatrixRow
    objective: Texts
    problem: Texts
    ogp_values: tuple[str, ...]
    lead: tuple[Texts, ...]
    start: dt.date | None
    end: dt.date | None
    milestones: tuple[MilestoneLine, ...]
    series: Series


@dataclass(frozen=True)
class SiteData:
    """Everything the page and the poster show, read once from the store."""

    titles: Texts
    lead: tuple[Texts, ...]
    monitoring_body: Texts | None
    quarter: Quarter
    matrix: Matrix
    quarters: tuple[Quarter, ...]
    cards: tuple[CommitmentCard, ...]
    overdue: int
    cocreation: CoCreation
    published: dt.date

    @property
    def average(self) -> int | None:
        return average([c.row.percent for c in self.cards if c.row.percent is not None])

    @property
    def previous_average(self) -> int | None:
        return average(
            [c.row.previous_percent for c in self.cards if c.row.previous_percent is not None]
        )

    @property
    def completed(self) -> int:
        return sum(1 for c in self.cards if c.row.status is ProgressStatus.COMPLETED)


def site_data(
    session: Session, process: Process, quarter: Quarter | None, today: dt.date
) -> SiteData:
    quarter = quarter or latest_quarter(session, process)
    if quarter is None:
        raise InvalidInput(NO_REVIEW, title=process.title)
    table = matrix(session, process, quarter, milestones=True)
    # The figures of the quarter published, as they stood at its end: not as of the day the
    # page is written, which may be years later.
    board = dashboard(session, process, quarter.end)
    series = {s.commitment_id: s for s in board.series}
    late = {(m.commitment_number, m.deliverable) for m in board.overdue}
    plan = governance(session, process)
    milestones_by_commitment: dict[str, list[MilestoneLine]] = {}
    for row in table.rows:
        if row.milestone_id is not None:
            milestones_by_commitment.setdefault(row.commitment_id, []).append(
                MilestoneLine(
                    deliverable=row.milestone_texts or Texts(""),
                    due_date=row.due_date,
                    status=row.status,
                    percent=row.percent,
                    overdue=(row.number, row.milestone) in late,
                )
            )
    commitments = {c.id: c for c in commitments_of(session, process)}
    cards = []
    for row in table.commitment_rows:
        commitment = commitments[row.commitment_id]
        cards.append(
            CommitmentCard(
                row=row,
                objective=Texts.of(commitment, "objective"),
                problem=Texts.of(commitment, "problem"),
                ogp_values=tuple(v.value for v in parse_values(commitment.ogp_values)),
                lead=tuple(
                    Texts.of(i, "name") for i in commitment.lead_institutions if not i.deleted
                ),
                start=commitment.start_date,
                end=commitment.end_date,
                milestones=tuple(milestones_by_commitment.get(row.commitment_id, ())),
                series=series[row.commitment_id],
            )
        )
    body = plan.monitoring_body
    return SiteData(
        titles=Texts.of(process, "title"),
        lead=tuple(Texts.of(i, "name") for i in plan.lead_institutions),
        monitoring_body=Texts.of(body, "name") if body else None,
        quarter=quarter,
        matrix=table,
        quarters=tuple(q for q in board.quarters if q <= quarter),
        cards=tuple(cards),
        overdue=len(board.overdue),
        cocreation=figures(session, process),
        published=today,
    )


def write(session: Session, request: ExportRequest) -> Path:
    """``ogpdesk export site``: write the pages and posters into the folder ``request.output``.

    They are written into a new folder beside it, which replaces the old one only once every
    page and poster is complete: a reader, or a copy to the website, never sees some pages
    new and some old. Files the municipality added to the folder are carried over.
    """
    from ogpdesk.documents.poster import poster

    folder = request.output
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(NOT_A_FOLDER, path=str(folder))
    if not folder.parent.is_dir():
        raise InvalidInput(NO_FOLDER, path=str(folder))
    files.check_target(folder, folder=True)
    process = action_plan_of(session, request)
    quarter = Quarter.parse(request.quarter) if request.quarter else None
    data = site_data(session, process, quarter, request.today or dt.date.today())
    contents: dict[str, bytes] = {}
    for lang in PAGES:
        words = Words(lang, request.eastern_digits)
        contents[PAGES[lang]] = page(data, words).encode("utf-8")
        contents[f"progress-{lang}.png"] = poster(data, words)
    files.sweep(folder.parent)
    try:
        fresh = files.temporary_folder(folder.parent)
    except OSError as exc:
        raise write_failed(folder, exc) from exc
    try:
        for name, content in contents.items():
            (fresh / name).write_bytes(content)
            os.chmod(fresh / name, 0o666 & ~files.umask())
        _carry_over(folder, fresh)
        os.chmod(fresh, 0o777 & ~files.umask())
        _swap(fresh, folder)
    except OSError as exc:
        raise write_failed(folder, exc) from exc
    finally:
        unfinished.remove(fresh)
    return folder / PAGES["ar"]


def _carry_over(old: Path, fresh: Path) -> None:
    """Copy into ``fresh`` what the user put in ``old`` beside our pages (their own files)."""
    if not old.is_dir():
        return
    for entry in old.iterdir():
        if (fresh / entry.name).exists() or entry.name.startswith(unfinished.PREFIX):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, fresh / entry.name, symlinks=True)
        else:
            shutil.copy2(entry, fresh / entry.name, follow_symlinks=False)


def _swap(fresh: Path, folder: Path) -> None:
    """Put ``fresh`` where ``folder`` is: two renames, the old one put back if the second fails."""
    if not folder.exists():
        os.rename(fresh, folder)
        return
    # Killed between the two renames, the next start puts the old folder back.
    old = files.temporary_folder(folder.parent, put_back=folder)
    os.rmdir(old)
    os.rename(folder, old)
    try:
        os.rename(fresh, folder)
    except OSError:
        os.rename(old, folder)
        raise
    unfinished.remove(old)


# -- the page -------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _dir(text: str, words: Words) -> str:
    """The attributes of a block of content in its own text's direction and language."""
    page: bidi.Direction = "rtl" if is_rtl(words.lang) else "ltr"
    own = bidi.paragraph_direction(text, page)
    lang = words.lang if own == page else "ar" if own == "rtl" else "fr"
    return f'dir="{own}" lang="{lang}"'


def _t(text: str, words: Words, *, own: bool = True) -> str:
    """``text`` escaped, its runs of the other direction isolated (``core.direction``) for a
    block in its own direction, or in the page's with ``own=False``."""
    page: bidi.Direction = "rtl" if is_rtl(words.lang) else "ltr"
    text = typeset(text, words.lang)
    return _e(bidi.isolated(text, bidi.paragraph_direction(text, page) if own else page))


def _name(words: Words, name: Texts) -> str:
    return words.text(name)


def page(data: SiteData, words: Words) -> str:
    t = words.plan
    lang = words.lang
    rtl = is_rtl(lang)
    title = words.text(data.titles)
    others = " · ".join(
        f'<a href="{PAGES[other]}" lang="{other}" hreflang="{other}">{LANGUAGE_NAMES[other]}</a>'
        for other in PAGES
        if other != lang
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}" dir="{"rtl" if rtl else "ltr"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)} — {_e(words.quarter(data.quarter))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<nav class="languages" aria-label="{_e(t(LANGUAGES_LABEL))}">{others}</nav>',
        f'<p class="kicker">{_e(t(KICKER))}</p>',
        f"<h1 {_dir(title, words)}>{_t(title, words)}</h1>",
    ]
    if data.lead:
        leads = _t(words.listing(_name(words, n) for n in data.lead), words, own=False)
        parts.append(f'<p class="leads">{_e(words.colon(t(LEAD_INSTITUTIONS)))} {leads}</p>')
    reviewed = t(QT_TRANSLATE_NOOP("ActionPlan", "Progress at the end of {quarter}")).format(
        quarter=words.quarter(data.quarter)
    )
    if data.matrix.meeting_date:
        reviewed += " · " + t(
            QT_TRANSLATE_NOOP("ActionPlan", "reviewed at the quarterly meeting of {date}")
        ).format(date=words.date(data.matrix.meeting_date))
    parts += [f'<p class="reviewed">{_t(reviewed, words, own=False)}</p>', "</header>", "<main>"]
    parts.append(_tiles(data, words))
    parts += [
        '<section id="overview">',
        f"<h2>{_e(t(BY_COMMITMENT))}</h2>",
        _bars(data, words),
        "</section>",
    ]
    if len(data.quarters) > 1:
        parts += [
            '<section id="trend">',
            f"<h2>{_e(t(OVER_QUARTERS))}</h2>",
            _trend(data, words),
            "</section>",
        ]
    parts += [
        '<section id="commitments">',
        f"<h2>{_e(t(THE_COMMITMENTS))}</h2>",
    ]
    parts += [_card(card, words) for card in data.cards]
    parts.append("</section>")
    parts.append(_cocreation(data, words))
    parts += ["</main>", _footer(data, words), "</body>", "</html>", ""]
    return "\n".join(parts)


def _tiles(data: SiteData, words: Words) -> str:
    t = words.plan
    tiles = [
        (
            words.number(len(data.cards)),
            # The noun agrees with its number (Arabic: 2, 3–10, 11 and more).
            counted(words.lang, "ActionPlan", COMMITMENTS_COUNTED, len(data.cards)),
        ),
        (
            words.percent(data.average) if data.average is not None else "–",
            t(QT_TRANSLATE_NOOP("ActionPlan", "average completion")),
        ),
        (words.number(data.completed), t(QT_TRANSLATE_NOOP("ActionPlan", "completed"))),
        (
            words.number(data.overdue),
            counted(words.lang, "ActionPlan", OVERDUE_COUNTED, data.overdue),
        ),
    ]
    cells = "".join(
        f'<div class="tile"><span class="figure">{_e(figure)}</span>'
        f'<span class="label">{_e(label)}</span></div>'
        for figure, label in tiles
    )
    return (
        f'<section class="tiles" aria-label="{_e(words.quarter(data.quarter))}">{cells}</section>'
    )


def _x(x: float, width: float, rtl: bool, span: float = 0.0) -> float:
    """Horizontal position mirrored in right-to-left pages (``span``: width of the shape).

    Only shapes are mirrored by hand. Text inherits the page's direction, in which
    ``text-anchor="start"`` already means the right edge in Arabic.
    """
    return round(width - x - span, 1) if rtl else round(x, 1)


def _bars(data: SiteData, words: Words) -> str:
    """One bar per commitment; a tick marks where it stood the quarter before."""
    t = words.plan
    rtl = is_rtl(words.lang)
    width, label_h, bar_h, gap = 800.0, 26.0, 18.0, 16.0
    track = 630.0
    row_h = label_h + bar_h + gap
    height = row_h * len(data.cards) + 10
    items = []
    for i, card in enumerate(data.cards):
        row = card.row
        y = i * row_h + 6
        percent = row.percent or 0
        colour = STATUS_COLOURS.get(row.status or ProgressStatus.NOT_STARTED)
        filled = track * percent / 100
        title = _short(words.text(row.titles), 80)
        label = f"{words.digits(str(row.number))}. {title}"
        items.append(
            f'<text x="{_x(0, width, rtl)}" y="{y + 18}" text-anchor="start" '
            f'class="bar-label">{_e(label)}</text>'
        )
        items.append(
            f'<rect x="{_x(0, width, rtl, track)}" y="{y + label_h}" width="{track}" '
            f'height="{bar_h}" rx="4" fill="#e6e9ec"/>'
        )
        if filled:
            items.append(
                f'<rect x="{_x(0, width, rtl, filled)}" y="{y + label_h}" '
                f'width="{round(filled, 1)}" height="{bar_h}" rx="4" fill="{colour}"/>'
            )
        if row.previous_percent is not None:
            tick = _x(track * row.previous_percent / 100, width, rtl)
            items.append(
                f'<line x1="{tick}" x2="{tick}" y1="{y + label_h - 4}" '
                f'y2="{y + label_h + bar_h + 4}" stroke="#222" stroke-width="2">'
                f"<title>{_e(words.colon(words.quarter(row.previous_quarter)))} "
                f"{_e(words.percent(row.previous_percent))}</title></line>"
            )
        value = (
            f"{words.percent(row.percent)} · {words.status(row.status)}" if row.reviewed else "–"
        )
        items.append(
            f'<text x="{_x(width, width, rtl)}" y="{y + label_h + bar_h - 3}" '
            f'text-anchor="end" class="bar-value">{_e(value)}</text>'
        )
    previous = next((c.row.previous_quarter for c in data.cards if c.row.previous_quarter), None)
    caption = t(
        QT_TRANSLATE_NOOP("ActionPlan", "Percent complete at the end of {quarter}.")
    ).format(quarter=words.quarter(data.quarter))
    if previous is not None:
        caption += " " + t(
            QT_TRANSLATE_NOOP("ActionPlan", "The black tick marks {quarter}.")
        ).format(quarter=words.quarter(previous))
    return (
        f'<figure><svg viewBox="0 0 {width:g} {height:g}" role="img" '
        f'aria-label="{_e(caption)}" xmlns="http://www.w3.org/2000/svg">'
        + "".join(items)
        + f"</svg><figcaption>{_e(caption)}</figcaption></figure>"
    )


def _trend(data: SiteData, words: Words) -> str:
    """Each commitment's percent complete, quarter after quarter."""
    t = words.plan
    rtl = is_rtl(words.lang)
    width, height = 800.0, 320.0
    left, right, top, bottom = 60.0, 30.0, 20.0, 40.0
    plot_w, plot_h = width - left - right, height - top - bottom
    quarters = list(data.quarters)
    step = plot_w / max(len(quarters) - 1, 1)

    def px(index: int) -> float:
        # Time runs in the reading direction: leftwards in Arabic.
        return _x(left + index * step, width, rtl)

    def py(percent: float) -> float:
        return round(top + plot_h * (1 - percent / 100), 1)

    items = []
    for level in (0, 25, 50, 75, 100):
        y = py(level)
        items.append(
            f'<line x1="{_x(left, width, rtl)}" x2="{_x(width - right, width, rtl)}" '
            f'y1="{y}" y2="{y}" stroke="#d5d9dd" stroke-width="1"/>'
        )
        items.append(
            f'<text x="{_x(left - 10, width, rtl)}" y="{y + 5}" '
            'text-anchor="end" class="axis">'
            f"{_e(words.percent(level))}</text>"
        )
    for index, quarter in enumerate(quarters):
        # The names at both ends run inwards, so that a long one ("الثلاثي 3 لسنة 2025") is
        # not cut by the edge.
        anchor = "middle"
        if len(quarters) > 1 and index in (0, len(quarters) - 1):
            anchor = "start" if index == 0 else "end"
        items.append(
            f'<text x="{px(index)}" y="{height - 12}" text-anchor="{anchor}" class="axis">'
            f"{_e(words.quarter(quarter))}</text>"
        )
    index_of = {q: i for i, q in enumerate(quarters)}
    for n, card in enumerate(data.cards):
        colour = PALETTE[n % len(PALETTE)]
        points = [
            (index_of[p.quarter], p.percent) for p in card.series.points if p.quarter in index_of
        ]
        if not points:
            continue
        path = " ".join(f"{px(i)},{py(p)}" for i, p in points)
        name = _e(f"{card.row.number}. {words.text(card.row.titles)}")
        items.append(
            f'<g><title>{name}</title><polyline points="{path}" fill="none" stroke="{colour}" '
            f'stroke-width="3" stroke-linejoin="round"/>'
            + "".join(
                f'<circle cx="{px(i)}" cy="{py(p)}" r="5" fill="{colour}"/>' for i, p in points
            )
            + "</g>"
        )
    legend = "".join(
        f'<li><span class="swatch" style="background:{PALETTE[n % len(PALETTE)]}"></span>'
        f"{_e(words.digits(str(card.row.number)))}. "
        f"{_e(_short(words.text(card.row.titles), 70))}</li>"
        for n, card in enumerate(data.cards)
    )
    caption = t(QT_TRANSLATE_NOOP("ActionPlan", "Percent complete of each commitment per quarter."))
    return (
        f'<figure><svg viewBox="0 0 {width:g} {height:g}" role="img" aria-label="{_e(caption)}" '
        f'xmlns="http://www.w3.org/2000/svg">'
        + "".join(items)
        + f'</svg><figcaption>{_e(caption)}</figcaption><ul class="legend">{legend}</ul></figure>'
    )


def _meter(percent: int | None, status: ProgressStatus | None, rtl: bool) -> str:
    value = percent or 0
    colour = STATUS_COLOURS.get(status or ProgressStatus.NOT_STARTED)
    return (
        '<svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" '
        'xmlns="http://www.w3.org/2000/svg"><rect width="100" height="6" rx="3" fill="#e6e9ec"/>'
        + (
            f'<rect x="{_x(0, 100, rtl, value)}" width="{value}" height="6" rx="3" '
            f'fill="{colour}"/>'
            if value
            else ""
        )
        + "</svg>"
    )


def _evidence(text: str) -> str:
    """Evidence as typed, with its web addresses as links."""
    out, last = [], 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;)")
        out.append(_e(text[last : match.start()]))
        out.append(f'<a href="{_e(url)}" dir="ltr">{_e(url)}</a>')
        last = match.start() + len(url)
    out.append(_e(text[last:]))
    return "".join(out).replace("\n", "<br>")


def _dl(items: Iterable[tuple[str, str, str]]) -> str:
    """Labels and values; each value in its own direction (its attributes given)."""
    rows = "".join(f"<dt>{_e(k)}</dt><dd{attrs}>{v}</dd>" for k, v, attrs in items if v)
    return f"<dl>{rows}</dl>" if rows else ""


def _card(card: CommitmentCard, words: Words) -> str:
    t = words.plan
    row = card.row
    rtl = is_rtl(words.lang)
    status = row.status or ProgressStatus.NOT_STARTED
    state = (
        f"{words.status(row.status)} · {words.percent(row.percent)}"
        if row.reviewed
        else t(QT_TRANSLATE_NOOP("ActionPlan", "Not reviewed this quarter"))
    )
    period = ""
    if card.start or card.end:
        period = _e(f"{words.date(card.start)} – {words.date(card.end)}")
    details = _dl(
        [
            (t(QT_TRANSLATE_NOOP("ActionPlan", "Change")), *_text(words.change(row), words)),
            (
                t(QT_TRANSLATE_NOOP("ActionPlan", "Objective")),
                *_text(words.text(card.objective), words),
            ),
            (
                t(QT_TRANSLATE_NOOP("ActionPlan", "Challenges")),
                *_text(words.text(row.challenges_texts), words),
            ),
            (
                t(QT_TRANSLATE_NOOP("ActionPlan", "Next steps")),
                *_text(words.text(row.next_steps_texts), words),
            ),
            (
                t(QT_TRANSLATE_NOOP("ActionPlan", "Evidence")),
                _evidence(evidence := words.evidence(row.evidence_texts)),
                " " + _dir(evidence, words),
            ),
            (
                t(LEAD_INSTITUTIONS),
                _t(words.listing(_name(words, n) for n in card.lead), words, own=False),
                "",
            ),
            (
                t(QT_TRANSLATE_NOOP("ActionPlan", "OGP values")),
                _e(words.listing(t(OGP_VALUE_LABELS[v]) for v in card.ogp_values)),
                "",
            ),
            (t(QT_TRANSLATE_NOOP("ActionPlan", "Period")), period, ""),
        ]
    )
    title = words.text(row.titles)
    milestones = ""
    if card.milestones:
        rows = "".join(_milestone_row(m, words) for m in card.milestones)
        milestones = (
            '<table class="milestones"><thead><tr>'
            f"<th>{_e(t(MILESTONE))}</th>"
            f"<th>{_e(t(DUE_DATE))}</th>"
            f"<th>{_e(t(STATUS))}</th>"
            f"<th>%</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    return (
        f'<article class="commitment" id="commitment-{row.number}">'
        f'<h3><span class="number">{_e(words.digits(str(row.number)))}</span> '
        f"<bdi {_dir(title, words)}>{_t(title, words)}</bdi></h3>"
        f'<p class="state status-{status.value}">{_e(state)}</p>'
        f"{_meter(row.percent, row.status, rtl)}{details}{milestones}</article>"
    )


def _milestone_row(milestone: MilestoneLine, words: Words) -> str:
    deliverable = words.text(milestone.deliverable)
    due = _e(words.date(milestone.due_date))
    if milestone.overdue:
        due += f" <strong>({_e(words.plan(OVERDUE))})</strong>"
    late = ' class="late"' if milestone.overdue else ""
    return (
        f"<tr{late}><td {_dir(deliverable, words)}>"
        f"{_t(deliverable, words)}</td><td>{due}</td>"
        f"<td>{_e(words.status(milestone.status))}</td>"
        f"<td>{_e(words.percent(milestone.percent))}</td></tr>"
    )


def _text(value: str | None, words: Words) -> tuple[str, str]:
    """A recorded text as HTML, with the attributes of its direction."""
    if not value:
        return "", ""
    return _t(value, words).replace("\n", "<br>"), " " + _dir(value, words)


def _cocreation(data: SiteData, words: Words) -> str:
    t = words.plan
    figures_ = data.cocreation
    if not figures_.meetings_held:
        return ""
    items = [
        (
            t(QT_TRANSLATE_NOOP("ActionPlan", "public meetings")),
            words.number(figures_.meetings_held),
        ),
        (t(QT_TRANSLATE_NOOP("ActionPlan", "groups involved")), words.number(figures_.groups)),
        (t(QT_TRANSLATE_NOOP("ActionPlan", "participants")), words.number(figures_.participants)),
    ]
    cells = "".join(
        f'<div class="tile small"><span class="figure">{_e(v)}</span>'
        f'<span class="label">{_e(k)}</span></div>'
        for k, v in items
    )
    return (
        '<section id="cocreation">'
        f"<h2>{_e(t(HOW_WRITTEN))}</h2>"
        f'<div class="tiles">{cells}</div></section>'
    )


def _footer(data: SiteData, words: Words) -> str:
    t = words.plan
    parts = []
    if data.monitoring_body:
        label = words.colon(t(MONITORING_BODY))
        parts.append(f"{_e(label)} {_e(_name(words, data.monitoring_body))}")
    parts.append(
        _e(
            t(QT_TRANSLATE_NOOP("ActionPlan", "Published on {date} with ogpdesk.")).format(
                date=words.date(data.published)
            )
        )
    )
    return "<footer>" + "<br>".join(parts) + "</footer>"


def _short(text: str, limit: int) -> str:
    """One line of a chart: the text cut at a word, with an ellipsis, if too long."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


CSS = """
*{box-sizing:border-box}
html{font-size:17px}
body{margin:0;color:#1b1f23;background:#f6f7f8;line-height:1.55;
font-family:"Amiri","Noto Naskh Arabic","Noto Sans Arabic","Segoe UI","DejaVu Sans",Tahoma,
sans-serif}
html[lang=fr] body,html[lang=en] body{font-family:"Segoe UI","Noto Sans","DejaVu Sans",
"Liberation Sans",Arial,"Amiri",sans-serif}
header{background:#0b4f6c;color:#fff;padding:1.5rem max(1rem,calc(50% - 34rem))}
header a{color:#fff}
.languages{float:inline-end;font-size:.95rem}
.kicker{margin:0;opacity:.85;font-size:.95rem}
h1{margin:.3rem 0 .4rem;font-size:1.9rem;line-height:1.3}
.leads,.reviewed{margin:.2rem 0;font-size:1rem}
main{max-width:70rem;margin:0 auto;padding:1rem}
h2{font-size:1.4rem;margin:2rem 0 .8rem;color:#0b4f6c}
.tiles{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.tile{flex:1 1 10rem;background:#fff;border-radius:.6rem;padding:.9rem 1rem;
box-shadow:0 1px 3px rgba(0,0,0,.12)}
.tile .figure{display:block;font-size:2.1rem;font-weight:700;color:#0b4f6c}
.tile.small .figure{font-size:1.6rem}
.tile .label{display:block;color:#444}
figure{margin:0;background:#fff;border-radius:.6rem;padding:1rem;
box-shadow:0 1px 3px rgba(0,0,0,.12)}
figure svg{width:100%;height:auto;display:block}
figcaption{color:#555;font-size:.9rem;margin-top:.4rem}
.bar-label{font-size:17px;fill:#1b1f23}
.bar-value{font-size:15px;font-weight:700;fill:#1b1f23}
.axis{font-size:14px;fill:#555}
.legend{list-style:none;padding:0;margin:.6rem 0 0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;
font-size:.92rem}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:.2rem;margin-inline-end:.35rem;
vertical-align:middle}
.commitment{background:#fff;border-radius:.6rem;padding:1rem 1.2rem;margin:0 0 1rem;
box-shadow:0 1px 3px rgba(0,0,0,.12)}
.commitment h3{margin:0 0 .3rem;font-size:1.2rem;line-height:1.35}
.number{display:inline-block;min-width:1.8rem;height:1.8rem;line-height:1.8rem;text-align:center;
border-radius:50%;background:#0b4f6c;color:#fff;margin-inline-end:.4rem;font-size:1rem}
.state{margin:.2rem 0;font-weight:700}
.status-not_started{color:#666}.status-limited{color:#9a5f00}.status-substantial{color:#005a8c}
.status-completed{color:#00684c}.status-withdrawn{color:#666;text-decoration:line-through}
.meter{width:100%;height:.6rem;display:block;margin:.2rem 0 .8rem}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.3rem 1rem;margin:0}
dt{font-weight:700;color:#333}dd{margin:0;overflow-wrap:anywhere}
.milestones{width:100%;border-collapse:collapse;margin-top:.8rem;font-size:.95rem}
.milestones th,.milestones td{border-bottom:1px solid #e1e4e8;padding:.35rem .4rem;text-align:start}
.milestones tr.late td{background:#fff4e5}
footer{max-width:70rem;margin:2rem auto;padding:0 1rem 2rem;color:#555;font-size:.9rem}
@media (max-width:40rem){dl{grid-template-columns:1fr}.languages{float:none}}
@media print{body{background:#fff}header{background:#fff;color:#000}header a{color:#000}}
"""
