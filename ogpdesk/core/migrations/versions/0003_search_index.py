"""search index: SQLite FTS5 over folded text, filled from the records already there

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 13:40:00.000000

The index lives outside the models' metadata (FTS5 is SQLite's own; see core/search.py).
On other databases nothing is created and search falls back to LIKE.

The fill reads the tables as they are at this revision, with the columns named here rather
than through the models, so that a later change to the models cannot break this step when
an old file is upgraded through it. The text itself is folded by ``search.index_text``, the
function that folds what is typed into the search box, so that the two always agree.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ogpdesk.core.search import index_text

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# kind, table, meeting column, text fields: as core/search.py indexes them at this revision.
INDEXED = (
    ("meeting", "meeting", "id", ("title", "title_ar")),
    ("agenda_item", "agenda_item", "meeting_id", ("title", "presenter")),
    ("intervention", "intervention", "meeting_id", ("summary", "speaker_name", "organisation")),
    ("recommendation", "recommendation", "meeting_id", ("text", "translation")),
    ("decision", "decision", "meeting_id", ("text", "translation")),
    ("action_item", "action_item", "meeting_id", ("task", "owner_name")),
    ("participant", "participant", "NULL", ("full_name", "organisation")),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE search_entry ("
        "id INTEGER PRIMARY KEY, "
        "kind VARCHAR(32) NOT NULL, "
        "ref VARCHAR(36) NOT NULL UNIQUE, "
        "meeting_id VARCHAR(36))"
    )
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'unicode61')")
    entries = []
    bodies = []
    for kind, table, meeting, fields in INDEXED:
        rows = bind.execute(
            sa.text(f"SELECT id, {meeting}, {', '.join(fields)} FROM {table} WHERE NOT deleted")
        )
        for ref, meeting_id, *values in rows:
            key = len(entries) + 1
            entries.append({"id": key, "kind": kind, "ref": ref, "meeting": meeting_id})
            bodies.append({"id": key, "body": index_text(values)})
    if entries:
        bind.execute(
            sa.text(
                "INSERT INTO search_entry (id, kind, ref, meeting_id) "
                "VALUES (:id, :kind, :ref, :meeting)"
            ),
            entries,
        )
        bind.execute(sa.text("INSERT INTO search_index (rowid, body) VALUES (:id, :body)"), bodies)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_entry")
