"""Three laptops, random edits, deletions and exchanges in random order (Hypothesis).

After everyone has exchanged with everyone, all three hold the same records and the same
links (a source removed on one laptop is removed on all), and every value written anywhere
is still there — shown, or kept in the review list — unless it was overwritten on a laptop
that had it on screen (an edit, not a loss).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import shutil
import tempfile
from itertools import count, permutations
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select

from ogpdesk.core import bundle as bundles
from ogpdesk.core.bundle import Scope
from ogpdesk.core.capture import add_agenda_item, add_intervention, add_recommendation
from ogpdesk.core.changes import Changes
from ogpdesk.core.edits import edit_fields
from ogpdesk.core.meetings import create_meeting, get_meeting
from ogpdesk.core.merge import apply, make_bundle, store_records
from ogpdesk.core.models import AgendaItem, Intervention, Participant, Recommendation, Record
from ogpdesk.core.store import Store, open_store

LAPTOPS = (0, 1, 2)
# (model, field) pairs the machine writes; each value written is unique.
FIELDS: tuple[tuple[type[Record], str], ...] = (
    (Recommendation, "text"),
    (Recommendation, "theme"),
    (Participant, "organisation"),
    (AgendaItem, "title"),
)
WORDS = ("مرصد", "budget ouvert", "شفافية", "Jeunesse", "")


@functools.cache
def template() -> Path:
    """A migrated empty store, copied for each laptop: migrating takes a second or two."""
    path = Path(tempfile.mkdtemp(prefix="ogpdesk-template-")) / "empty.sqlite3"
    open_store(path).close()
    return path


class Laptops(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ogpdesk-laptops-"))
        self.stores: list[Store] = []
        for laptop in LAPTOPS:
            path = self.folder / f"laptop{laptop}.sqlite3"
            shutil.copy(template(), path)
            self.stores.append(open_store(path))
        self.serial = count(1)
        # (table, id, field) -> values written there; and those overwritten knowingly.
        self.written: set[tuple[str, str, str, str]] = set()
        self.overwritten: set[tuple[str, str, str, str]] = set()
        # (recommendation, intervention) -> "add" and "remove", in the order they were made.
        self.links: dict[tuple[str, str], list[str]]
        with self.stores[0].transaction() as session:
            meeting = create_meeting(session, title="Atelier", date=dt.date(2025, 5, 1))
            add_agenda_item(session, meeting, "Ouverture")
            self.meeting_id = meeting.id
            # A source every laptop has from the start: removing it is then a removal that
            # must reach everyone.
            said = add_intervention(session, meeting, "Ouvrir les données").of(Intervention)[0]
            linked = add_recommendation(session, meeting, "Données ouvertes", sources=[said])
            self.links = {(linked.id, said.id): ["add"]}
        self.exchange(0, 1)
        self.exchange(0, 2)

    def teardown(self) -> None:
        try:
            if hasattr(self, "stores"):
                self.check_converged()
        finally:
            for store in getattr(self, "stores", []):
                store.close()
            if hasattr(self, "folder"):
                shutil.rmtree(self.folder, ignore_errors=True)

    def exchange(self, source: int, target: int) -> None:
        path = self.folder / f"{source}-{target}-{next(self.serial)}.ogpdesk"
        with self.stores[source].transaction() as session:
            bundles.write(make_bundle(session, Scope()), path)
        with self.stores[target].transaction() as session:
            apply(session, bundles.read(path))
        path.unlink()

    @rule(source=st.sampled_from(LAPTOPS), receiver=st.sampled_from(LAPTOPS))
    def send(self, source: int, receiver: int) -> None:
        if source != receiver:
            self.exchange(source, receiver)

    @rule(laptop=st.sampled_from(LAPTOPS), word=st.sampled_from(WORDS))
    def capture(self, laptop: int, word: str) -> None:
        with self.stores[laptop].transaction() as session:
            meeting = get_meeting(session, self.meeting_id)
            text = f"{word} #{next(self.serial)}"
            row = add_recommendation(session, meeting, text)
            self.written.add(("recommendation", row.id, "text", text))
            add_intervention(session, meeting, f"{word} @{next(self.serial)}")
            person = Participant(full_name=f"Personne {next(self.serial)}")
            session.add(person)

    @rule(laptop=st.sampled_from(LAPTOPS), which=st.sampled_from(FIELDS), data=st.data())
    def edit(self, laptop: int, which: tuple[type[Record], str], data: st.DataObject) -> None:
        model, field = which
        with self.stores[laptop].transaction() as session:
            rows = session.scalars(select(model).order_by(model.id)).all()
            if not rows:
                return
            row = data.draw(st.sampled_from(rows))
            before = getattr(row, field)
            value = f"{data.draw(st.sampled_from(WORDS))} ~{laptop}.{next(self.serial)}"
            key = (model.__tablename__, row.id, field)
            if before is not None:
                self.overwritten.add((*key, before))
            self.written.add((*key, value))
            edit_fields(session, row, {field: value}, Changes())

    @rule(laptop=st.sampled_from(LAPTOPS), data=st.data())
    def delete(self, laptop: int, data: st.DataObject) -> None:
        with self.stores[laptop].transaction() as session:
            rows = session.scalars(
                select(Recommendation).where(Recommendation.deleted.is_(False))
            ).all()
            if rows:
                row = data.draw(st.sampled_from(sorted(rows, key=lambda r: r.id)))
                edit_fields(session, row, {"deleted": True}, Changes())

    @rule(laptop=st.sampled_from(LAPTOPS), data=st.data())
    def link(self, laptop: int, data: st.DataObject) -> None:
        """A recommendation gains a source (an intervention it stems from)."""
        with self.stores[laptop].transaction() as session:
            recommendations = session.scalars(select(Recommendation).order_by(Recommendation.id))
            interventions = session.scalars(select(Intervention).order_by(Intervention.id))
            choices = [(r, i) for r in recommendations.all() for i in interventions.all()]
            if choices:
                recommendation, intervention = data.draw(st.sampled_from(choices))
                if intervention not in recommendation.sources:
                    recommendation.sources.append(intervention)
                    self.links.setdefault((recommendation.id, intervention.id), []).append("add")

    @rule(laptop=st.sampled_from(LAPTOPS), data=st.data())
    def unlink(self, laptop: int, data: st.DataObject) -> None:
        """A recommendation loses a source."""
        with self.stores[laptop].transaction() as session:
            linked = [
                (r, i)
                for r in session.scalars(select(Recommendation).order_by(Recommendation.id))
                for i in sorted(r.sources, key=lambda i: i.id)
            ]
            if linked:
                recommendation, intervention = data.draw(st.sampled_from(linked))
                recommendation.sources.remove(intervention)
                self.links[(recommendation.id, intervention.id)].append("remove")

    def check_converged(self) -> None:
        # Everyone exchanges with everyone, twice round: what one learnt in the first round
        # reaches the others in the second.
        for _round in range(2):
            for source, target in permutations(LAPTOPS, 2):
                self.exchange(source, target)
        held = []
        for store in self.stores:
            with store.session() as session:
                held.append(store_records(session))
        # Links included: one removed anywhere is removed everywhere.
        assert held[0] == held[1] == held[2]
        records = held[0]
        kept = {
            (r["table_name"], r["row_id"], r["field"], json.loads(r["value"]))
            for (table, _id), r in records.items()
            if table == "review_item"
        }
        linked = {
            (row["recommendation_id"], row["intervention_id"])
            for (table, _id), row in records.items()
            if table == "recommendation_source"
        }
        for pair, done in self.links.items():
            # Made once, then removed by laptops that had it: gone everywhere.
            if done.count("add") == 1 and "remove" in done:
                assert pair not in linked, f"removed source {pair} came back"
        for table, row_id, field, value in self.written - self.overwritten:
            shown = records[(table, row_id)][field]
            assert shown == value or (table, row_id, field, value) in kept, (
                f"{value!r} of {table}.{field} lost"
            )


TestThreeLaptops = settings(
    max_examples=10,
    stateful_step_count=14,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)(Laptops).TestCase
