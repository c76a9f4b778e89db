"""Hypothesis against both importers: random bytes, random Unicode, random CSV dialects.

Never a traceback (only ``InvalidInput``), never a partial import (a refused file changes
nothing), never a control character or bidi override stored; and whatever was stored is
written into PDF, DOCX, XLSX and the HTML page without error. Example counts are modest:
each example is a real import into a real store.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from ogpdesk.core import capture
from ogpdesk.core.demo import load_demo
from ogpdesk.core.errors import InvalidInput
from ogpdesk.core.meetings import create_meeting, find_process
from ogpdesk.core.models import (
    AgendaItem,
    Commitment,
    Intervention,
    Meeting,
    Participant,
    Recommendation,
)
from ogpdesk.core.notes import import_notes_file
from ogpdesk.core.participants import add_newcomer, import_participants_file
from ogpdesk.core.store import Store
from ogpdesk.core.textio import cleaned
from ogpdesk.documents.export import ExportRequest, export

UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any code point, controls, surrogates and bidi marks included, and those more often.
nasty = st.sampled_from(
    [
        *"\x00\x01\x07\x0b\x1b\x7f\x85\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2069",
        *("\ud800", "\udfff", "\ufeff", "\ufffe", '"', "'", ",", ";", "|", "\t", "\n", "\r", ":"),
    ]
)
unicode_text = st.text(alphabet=st.one_of(st.characters(), nasty), max_size=60)


def _meeting(store: Store) -> str:
    with store.transaction() as session:
        return create_meeting(session, title="Fuzz", date=dt.date(2024, 5, 14)).id


def _counts(store: Store) -> tuple[int, ...]:
    with store.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Participant, Intervention, AgendaItem, Recommendation)
        )


def _stored_texts(store: Store) -> list[str]:
    with store.session() as session:
        return [
            *session.scalars(select(Participant.full_name)),
            *(o for o in session.scalars(select(Participant.organisation)) if o),
            *session.scalars(select(Intervention.summary)),
            *session.scalars(select(AgendaItem.title)),
            *session.scalars(select(Recommendation.text)),
        ]


def _import_both(store: Store, meeting_id: str, path: Path) -> None:
    for importer in (import_participants_file, import_notes_file):
        before = _counts(store)
        try:
            with store.transaction() as session:
                meeting = session.get(Meeting, meeting_id)
                assert meeting is not None
                importer(session, meeting, path)
        except InvalidInput as refused:
            assert refused.message("ar") and refused.message("fr")
            assert _counts(store) == before
    assert not [t for t in _stored_texts(store) if UNWANTED.search(t)]


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=300).map(lambda b: b"\xef\xbb\xbf" + b),
    )
)
def test_random_bytes_are_imported_or_refused_whole(
    store: Store, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("bytes") / "list.csv"
    path.write_bytes(data)
    _import_both(store, _meeting(store), path)


@FUZZ
@given(
    text=unicode_text,
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1256", "cp1252"]),
    header=st.sampled_from(["Nom,Organisme\n", "الاسم;الجهة\n", "", "Name\tRole\n"]),
)
def test_random_unicode_is_imported_or_refused_whole(
    store: Store, tmp_path_factory: pytest.TempPathFactory, text: str, encoding: str, header: str
) -> None:
    path = tmp_path_factory.mktemp("text") / "notes.txt"
    path.write_bytes(
        (header + text).encode(encoding, errors="surrogatepass" if "utf" in encoding else "ignore")
    )
    _import_both(store, _meeting(store), path)


@FUZZ
@given(
    rows=st.lists(st.lists(unicode_text, min_size=1, max_size=4), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]),
    quotechar=st.sampled_from(['"', "'"]),
    terminator=st.sampled_from(["\n", "\r\n"]),
)
def test_random_csv_dialects_are_imported_or_refused_whole(
    store: Store,
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[list[str]],
    delimiter: str,
    quoting: int,
    quotechar: str,
    terminator: str,
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=delimiter, quoting=quoting, quotechar=quotechar, lineterminator=terminator
    )
    writer.writerows([["Nom", "Organisme", "Fonction", "Téléphone"], *rows])
    path = tmp_path_factory.mktemp("dialect") / "list.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8", errors="surrogatepass"))
    _import_both(store, _meeting(store), path)


@pytest.fixture
def plan(store: Store) -> Store:
    with store.transaction() as session:
        load_demo(session)
    return store


@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(unicode_text.filter(lambda t: cleaned(t).strip()), min_size=1, max_size=3))
# A speaker's name typed with a NUL: PostgreSQL refused it, the capture line did not clean it.
@example(texts=["0\x00"])
def test_any_stored_text_is_written_into_every_format(
    plan: Store, tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    from ogpdesk.documents.progress import Words
    from ogpdesk.documents.site import page, site_data

    folder = tmp_path_factory.mktemp("out")
    notes = folder / "notes.txt"
    notes.write_text(
        "".join(f"# {t}\nPersonne {n}: {t}\nREC: {t}\n" for n, t in enumerate(texts)),
        encoding="utf-8",
        errors="surrogatepass",
    )
    meeting_id = _meeting(plan)
    _import_both(plan, meeting_id, notes)
    # The capture line and the directory take any text too (cleaned where it enters).
    with plan.transaction() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        for text in texts:
            capture.add_intervention(session, meeting, text, speaker_name=text[:50])
            add_newcomer(session, meeting, text[:150], organisation=text)
    assert not [t for t in _stored_texts(plan) if UNWANTED.search(t)]
    with plan.transaction() as session:
        commitment = session.scalars(select(Commitment)).first()
        assert commitment is not None
        # A title stored raw, as by an older ogpdesk; a server never holds a NUL at all.
        raw = " ".join(texts)[:200].encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        commitment.title = raw if plan.path is not None else raw.replace("\x00", "")
    with plan.session() as session:
        for kind, suffix in (
            ("minutes", ".pdf"),
            ("minutes", ".docx"),
            ("minutes", ".xlsx"),
            ("attendance", ".docx"),
        ):
            request = ExportRequest(
                kind=kind,
                meeting=meeting_id,
                process=None,
                lang="ar",
                output=folder / f"{kind}{suffix}",
            )
            assert export(session, request).stat().st_size > 0
        process = find_process(session, "El Kef")
        html = page(site_data(session, process, None, dt.date(2025, 10, 20)), Words("fr"))
    assert "<script" not in html.lower()
