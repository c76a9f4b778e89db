"""The notes format: one grammar for the capture line of the window and for ``import-notes``.

A facilitator types, or pastes from a text file written on any laptop::

    # Agenda item title                  an agenda item
    Name: what was said                  an intervention by Name
    Name (Organisation): what was said   the same, with the speaker's organisation
    REC: text                            a recommendation  (Recommendation, Recommandation, توصية)
    DEC: text                            a decision        (Decision, Décision, قرار)
    ACT: task @Owner 2025-06-30          an action item    (Action, À faire, إجراء)
    Note: text                           a note            (NB, Remarque, ملاحظة)
    REC:                                 a list header: each following bullet line
    - text  /  • text  /  1. text        ("-", "•", "*", "–", "1.", "١)") is one recommendation

Rules, chosen so that ordinary prose is not mistaken for structure:

- Keywords are matched folded (case, accents, Arabic letter forms, harakat), in singular or
  plural ("Recommandations", "التوصيات"), with or without the Arabic article. The separator
  is a colon — ASCII ``:``, fullwidth ``：``, small ``﹕``, ratio ``∶`` or modifier ``꞉`` —
  with any spaces before it ("REC :" as French typography writes it).
- Right-to-left text works as it is: bidi marks (LRM, RLM, ALM, embeddings, isolates) around
  the line and around the keyword or name are ignored; marks inside the text are kept.
- "Name: text" is an intervention only when the part before the colon looks like a name: at
  most 60 characters and 6 words, at least one letter, no digit (so "10:30", "à 10h30:",
  "Le 22 mars:" are prose), no sentence punctuation (, ; ? ! « » " ، ؛ ؟ / @ …), and not a
  keyword ("REC (Kairouan): …" is prose, kept whole, rather than a person called REC). An
  organisation in parentheses may contain anything but parentheses ("Sami (M'Saken 2050):").
  A colon between two digits is a time, never a separator, and a colon followed by "//" is a
  web address ("http://…"), so such lines are prose. "Name:" with nothing after it starts an
  intervention that the next lines fill in.
- An action's owner is written after "@" at the end (up to 4 words: "@Mohamed Ben Salah"),
  its due date at the very end or just before the owner: ISO ``2025-06-30`` or Tunisian
  ``30/06/2025`` (also with ``-`` or ``.``), in Western or Arabic-Indic digits (٢٠٢٥-٠٦-٣٠).
  A date that does not exist stays in the task text.
- Any other line continues the item above it (its text gets a new line). A blank line ends the
  item above and any bullet list, so prose after a blank line, or after an agenda heading,
  or before anything at all, is kept as a note — an intervention with no speaker. No line
  that holds text is ever dropped.

``parse`` reads a whole text; ``parse_line`` reads the one line the capture line sends;
``apply`` records items through ``ogpdesk.core.capture``; ``import_notes_file`` does all three
for the command line and returns what it did.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from ogpdesk.core import capture
from ogpdesk.core.models import (
    ActionItem,
    AgendaItem,
    AgendaItemKind,
    Decision,
    Intervention,
    Meeting,
    Participant,
    Recommendation,
)
from ogpdesk.core.textio import CLEANED_REPORT, Cleaned, clean, read_decoded
from ogpdesk.core.textnorm import normalise
from ogpdesk.i18n import QT_TRANSLATE_NOOP, translate


class NoteKind(enum.StrEnum):
    AGENDA = "agenda"
    INTERVENTION = "intervention"
    RECOMMENDATION = "recommendation"
    DECISION = "decision"
    ACTION = "action"
    NOTE = "note"


@dataclass(frozen=True)
class NoteItem:
    """One thing a notes text says, before it is recorded."""

    kind: NoteKind
    text: str
    speaker: str | None = None
    organisation: str | None = None
    owner: str | None = None
    due: dt.date | None = None
    # 1-based line of the text where the item starts.
    line: int = 1

    @property
    def opens_list(self) -> bool:
        """A bare "REC:" (or DEC:, ACT:, Note:): the bullets that follow are items of its kind."""
        return not self.text and self.kind is not NoteKind.INTERVENTION

    def continued(self, more: str) -> NoteItem:
        return replace(self, text=f"{self.text}\n{more}" if self.text else more)


_KEYWORD_WORDS: dict[NoteKind, tuple[str, ...]] = {
    NoteKind.RECOMMENDATION: (
        "rec", "recs", "recommendation", "recommendations", "recommandation", "recommandations",
        "توصية", "توصيات", "التوصية", "التوصيات",
    ),
    NoteKind.DECISION: ("dec", "décision", "décisions", "قرار", "قرارات", "القرار", "القرارات"),
    NoteKind.ACTION: (
        "act", "action", "actions", "à faire", "إجراء", "إجراءات", "الإجراء", "الإجراءات",
    ),
    NoteKind.NOTE: ("note", "notes", "nb", "n.b", "remarque", "remarques", "ملاحظة", "ملاحظات"),
}  # fmt: skip
# Folded (case, accents, Arabic letter forms) as the head of a line is before lookup.
_KEYWORDS = {normalise(word): kind for kind, words in _KEYWORD_WORDS.items() for word in words}

_BIDI_MARKS = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"
_STRIP = re.compile(f"^[\\s{_BIDI_MARKS}]+|[\\s{_BIDI_MARKS}]+$")
_MARKS = re.compile(f"[{_BIDI_MARKS}]")
_COLONS = ":：﹕∶꞉"
_SEPARATOR = re.compile(f"[{_COLONS}]")
_AGENDA = re.compile(f"^[#＃]+[\\s{_BIDI_MARKS}]+(?P<title>.*)$")
_BULLET = re.compile(f"^(?:[-•*–◦▪‣·]|[0-9٠-٩۰-۹]{{1,2}}[.)\\-])[\\s{_BIDI_MARKS}]+(?P<text>.*)$")
_NAME = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<org>[^()]*)\))?$")
_NOT_IN_NAME = re.compile(r"[\d,;?!«»\"“”„،؛؟/\\@|<>\[\]{}=+*#…]")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_NAME_CHARS = 60
_MAX_NAME_WORDS = 6
_MAX_ORGANISATION_CHARS = 200
_MAX_OWNER_WORDS = 4
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DIGIT = "[0-9٠-٩۰-۹]"
_DATE = re.compile(
    rf"(?:^|\s)(?:(?P<y1>{_DIGIT}{{4}})-(?P<m1>{_DIGIT}{{1,2}})-(?P<d1>{_DIGIT}{{1,2}})"
    rf"|(?P<d2>{_DIGIT}{{1,2}})[/.\-](?P<m2>{_DIGIT}{{1,2}})[/.\-](?P<y2>{_DIGIT}{{4}}))$"
)
_OWNER = re.compile(r"(?:^|\s)@(?P<owner>[^\s@][^@]*)$")


def parse(text: str) -> list[NoteItem]:
    """The items of a whole notes text, in order. Pure: nothing is recorded."""
    parser = NotesParser()
    for line in text.splitlines():
        parser.feed(line)
    return parser.finish()


def parse_line(line: str, *, list_kind: NoteKind | None = None) -> NoteItem | None:
    """The item of one line typed on its own; ``None`` for a blank line.

    ``list_kind`` is the kind of the list header typed before ("REC:" alone gives an item whose
    ``opens_list`` is true): a bullet is then an item of that kind. Prose that the grammar
    cannot place is returned as a note; the caller may append it to the previous item instead.
    """
    read = _read_line(line, 1)
    if read is None:
        return None
    if read.bullet is not None:
        if list_kind is not None:
            return _item(list_kind, read.bullet, 1)
        return NoteItem(NoteKind.NOTE, read.text, line=1)
    return read.item or NoteItem(NoteKind.NOTE, read.text, line=1)


def format_item(item: NoteItem) -> str:
    """The canonical line of ``item``: ``parse_line`` of it gives the item back."""
    if item.kind is NoteKind.AGENDA:
        return f"# {item.text}"
    if item.kind is NoteKind.INTERVENTION:
        organisation = f" ({item.organisation})" if item.organisation else ""
        return f"{item.speaker}{organisation}: {item.text}"
    if item.kind is NoteKind.ACTION:
        owner = f" @{item.owner}" if item.owner else ""
        due = f" {item.due.isoformat()}" if item.due else ""
        return f"ACT: {item.text}{owner}{due}"
    return f"{_LABELS[item.kind]}: {item.text}"


_LABELS = {NoteKind.RECOMMENDATION: "REC", NoteKind.DECISION: "DEC", NoteKind.NOTE: "Note"}


@dataclass
class NotesParser:
    """Reads a notes text line by line (``feed``), keeping the list and item it is in."""

    _items: list[NoteItem] = field(default_factory=list)
    _line: int = 0
    # Kind of the bullet list being read, after a bare "REC:" (or DEC:, ACT:, Note:).
    _list_kind: NoteKind | None = None
    # Whether the last item may still be continued by a plain line.
    _open: bool = False

    def feed(self, line: str) -> None:
        self._line += 1
        read = _read_line(line, self._line)
        if read is None:
            self._list_kind = None
            self._open = False
            return
        if read.item is not None and read.item.opens_list:
            self._list_kind = read.item.kind
            self._open = False
            return
        if read.item is not None:
            self._list_kind = None
            self._items.append(read.item)
            self._open = read.item.kind is not NoteKind.AGENDA
            return
        if read.bullet is not None and self._list_kind is not None:
            self._add(_item(self._list_kind, read.bullet, self._line))
        elif self._list_kind is not None and not self._open:
            # "REC:" then a plain line: the recommendation is written on the next line.
            self._add(_item(self._list_kind, read.text, self._line))
        elif self._open:
            self._items[-1] = self._items[-1].continued(read.text)
        else:
            self._add(NoteItem(NoteKind.NOTE, read.text, line=self._line))

    def finish(self) -> list[NoteItem]:
        return list(self._items)

    def _add(self, item: NoteItem) -> None:
        self._items.append(item)
        self._open = True


@dataclass(frozen=True)
class _Line:
    # The line without surrounding spaces and bidi marks: what a continuation keeps.
    text: str
    # The item the line starts, if it is a heading, keyword or "Name:" line.
    item: NoteItem | None = None
    # The text after a bullet, if the line is one.
    bullet: str | None = None


def _read_line(line: str, number: int) -> _Line | None:
    text = _STRIP.sub("", line)
    if not text:
        return None
    agenda = _AGENDA.match(text)
    if agenda:
        title = _STRIP.sub("", agenda["title"])
        return _Line(text, item=NoteItem(NoteKind.AGENDA, title, line=number))
    bullet = _BULLET.match(text)
    if bullet:
        return _Line(text, bullet=_STRIP.sub("", bullet["text"]))
    return _Line(text, item=_labelled(text, number))


def _labelled(text: str, number: int) -> NoteItem | None:
    """The item of a "KEYWORD: text" or "Name (Organisation): text" line, if it is one."""
    colon = _separator(text)
    if colon is None:
        return None
    head = _MARKS.sub("", text[:colon]).strip()
    body = _STRIP.sub("", text[colon + 1 :])
    if body.startswith("//"):
        return None
    kind = _KEYWORDS.get(normalise(head).rstrip("."))
    if kind is not None:
        return _item(kind, body, number)
    match = _NAME.match(head)
    if match is None:
        return None
    name = match["name"].strip()
    organisation = (match["org"] or "").strip() or None
    if not _looks_like_name(name):
        return None
    if organisation is not None and len(organisation) > _MAX_ORGANISATION_CHARS:
        return None
    return NoteItem(
        NoteKind.INTERVENTION, body, speaker=name, organisation=organisation, line=number
    )


def _separator(text: str) -> int | None:
    """Index of the first colon that is not inside a time such as 10:30."""
    for match in _SEPARATOR.finditer(text):
        at = match.start()
        between_digits = (
            0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()
        )
        if not between_digits:
            return at
    return None


def _looks_like_name(name: str) -> bool:
    return (
        0 < len(name) <= _MAX_NAME_CHARS
        # "REC (Kairouan): …" is a keyword gone wrong, not a person called REC.
        and normalise(name).rstrip(".") not in _KEYWORDS
        and len(name.split()) <= _MAX_NAME_WORDS
        and _LETTER.search(name) is not None
        and _NOT_IN_NAME.search(name) is None
    )


def _item(kind: NoteKind, text: str, number: int) -> NoteItem:
    if kind is NoteKind.ACTION:
        task, owner, due = _action_parts(text)
        return NoteItem(kind, task, owner=owner, due=due, line=number)
    return NoteItem(kind, text, line=number)


def _action_parts(text: str) -> tuple[str, str | None, dt.date | None]:
    """Task, owner and due date of "task @Owner 2025-06-30" (owner and date in either order)."""
    task, due = _take_date(text)
    owner = None
    found = _OWNER.search(task)
    if found is not None:
        words = found["owner"].split()
        if len(words) <= _MAX_OWNER_WORDS:
            owner = " ".join(words)
            task = task[: found.start()].rstrip()
        else:
            # "@Sami" in the middle of a long task: the task keeps its words as written.
            owner = words[0]
    if due is None:
        task, due = _take_date(task)
    return task, owner, due


def _take_date(text: str) -> tuple[str, dt.date | None]:
    found = _DATE.search(text)
    if found is None:
        return text, None
    parts = [found[g] for g in ("y1", "m1", "d1")]
    if parts[0] is None:
        parts = [found[g] for g in ("y2", "m2", "d2")]
    year, month, day = (int(p.translate(_DIGITS)) for p in parts)
    try:
        due = dt.date(year, month, day)
    except ValueError:
        return text, None
    return text[: found.start()].rstrip(), due


# Compared folded, so accents and Arabic letter forms need not be listed twice.
_PRESENTATION_WORDS = frozenset(map(normalise, ("présentation", "exposé", "عرض", "تقديم")))
_DECISION_WORDS = frozenset(
    map(normalise, ("décision", "décisions", "vote", "قرار", "قرارات", "تصويت"))
)


def agenda_kind(title: str) -> AgendaItemKind:
    """Presentation, decision point or (by default) debate, from the words of a title."""
    words = set(re.findall(r"\w+", normalise(title)))
    if words & _PRESENTATION_WORDS:
        return AgendaItemKind.PRESENTATION
    if words & _DECISION_WORDS:
        return AgendaItemKind.DECISION_POINT
    return AgendaItemKind.DEBATE


def apply(session: Session, meeting: Meeting, items: list[NoteItem]) -> capture.Captured:
    """Record ``items`` in order through the capture services; flushes, never commits.

    A recommendation written right after an intervention (or after recommendations that
    follow one) stems from it; an action right after a decision (or its actions) stems
    from that decision.
    """
    captured = capture.Captured()
    source: Intervention | None = None
    decision: Decision | None = None
    for item in items:
        if item.kind is NoteKind.RECOMMENDATION:
            sources = [source] if source else None
            captured.add(capture.add_recommendation(session, meeting, item.text, sources=sources))
            continue
        source = None
        if item.kind is NoteKind.ACTION:
            captured.add(
                capture.add_action(
                    session,
                    meeting,
                    item.text,
                    owner_name=item.owner,
                    due_date=item.due,
                    decision=decision,
                )
            )
            continue
        decision = None
        if item.kind is NoteKind.AGENDA:
            title = item.text
            captured.add(capture.add_agenda_item(session, meeting, title, kind=agenda_kind(title)))
        elif item.kind is NoteKind.DECISION:
            decision = capture.add_decision(session, meeting, item.text)
            captured.add(decision)
        else:
            step = capture.add_intervention(
                session,
                meeting,
                item.text,
                speaker_name=item.speaker,
                organisation=item.organisation,
            )
            captured.extend(step)
            if item.speaker:
                source = step.of(Intervention)[-1]
    return captured


REPORT_TITLE = QT_TRANSLATE_NOOP("Cli", "Imported “{file}” ({encoding}) into “{meeting}”:")
REPORT_AGENDA = QT_TRANSLATE_NOOP("Cli", "agenda items: {count}")
REPORT_INTERVENTIONS = QT_TRANSLATE_NOOP("Cli", "interventions: {count}")
REPORT_RECOMMENDATIONS = QT_TRANSLATE_NOOP("Cli", "recommendations: {count}")
REPORT_DECISIONS = QT_TRANSLATE_NOOP("Cli", "decisions: {count}")
REPORT_ACTIONS = QT_TRANSLATE_NOOP("Cli", "action items: {count}")
REPORT_PARTICIPANTS = QT_TRANSLATE_NOOP("Cli", "new participants: {count}")
REPORT_NOTES = QT_TRANSLATE_NOOP(
    "Cli", "lines kept as notes (no speaker or keyword): {count}, at lines {lines}"
)
REPORT_EMPTY = QT_TRANSLATE_NOOP("Cli", "The file holds no text; nothing was recorded.")


@dataclass(frozen=True)
class ImportReport:
    """What ``import-notes`` recorded; ``render`` says it in the user's language."""

    file: str
    encoding: str
    meeting: str
    items: list[NoteItem]
    captured: capture.Captured
    # What ``textio.clean`` removed from the file before it was read.
    cleaned: Cleaned | None = None

    def count(self, model: type) -> int:
        return len(self.captured.of(model))

    @property
    def notes(self) -> list[NoteItem]:
        return [item for item in self.items if item.kind is NoteKind.NOTE]

    def render(self, lang: str = "en") -> str:
        def tr(template: str, **args: object) -> str:
            return translate(lang, "Cli", template).format(**args)

        if not self.items:
            return tr(REPORT_EMPTY)
        speakers = [i for i in self.captured.of(Intervention) if i.speaker_name]
        lines = [
            tr(REPORT_TITLE, file=self.file, encoding=self.encoding, meeting=self.meeting),
            tr(REPORT_AGENDA, count=self.count(AgendaItem)),
            tr(REPORT_INTERVENTIONS, count=len(speakers)),
            tr(REPORT_RECOMMENDATIONS, count=self.count(Recommendation)),
            tr(REPORT_DECISIONS, count=self.count(Decision)),
            tr(REPORT_ACTIONS, count=self.count(ActionItem)),
            tr(REPORT_PARTICIPANTS, count=self.count(Participant)),
        ]
        if self.notes:
            numbers = ", ".join(str(item.line) for item in self.notes)
            lines.append(tr(REPORT_NOTES, count=len(self.notes), lines=numbers))
        if self.cleaned is not None and self.cleaned.changed:
            lines.append(tr(CLEANED_REPORT, controls=self.cleaned.controls, bidi=self.cleaned.bidi))
        return "\n  ".join(lines)

    def __str__(self) -> str:
        return self.render()


def import_notes_file(session: Session, meeting: Meeting, path: Path) -> ImportReport:
    """Read, parse and record a notes file; the caller's transaction makes it all or nothing."""
    decoded = read_decoded(path)
    text = clean(decoded.text)
    items = parse(text.text)
    captured = apply(session, meeting, items)
    return ImportReport(
        file=path.name,
        encoding=decoded.encoding,
        meeting=meeting.title,
        items=items,
        captured=captured,
        cleaned=text,
    )
