"""search counts: how often each word occurs in each entry, for ranking without FTS5 scoring

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 19:10:00.000000

FTS5 ranks a match in about a microsecond: a common word, in tens of thousands of records,
made each keystroke wait 50-130 ms at 100,000 items (issue 15). ``search_term`` holds, per
word and entry, what bm25 needs (how often the word occurs, how long the entry is), ordered
so that the best matches of a word are read first; ``search_total`` the number of entries
and of words, for bm25's average length (FTS5's own copy is only written at commit). See
``ogpdesk/core/search_rank.py``. Filled from the texts the index already holds.

The FTS5 index is also merged into one segment ('optimize'): a store filled capture by
capture, or rebuilt after an import, held its lists in dozens of segments, with the deleted
rows' entries still in them, read and merged on every search (the index was 2.5 times its
merged size at 100,000 items).

Nothing on other databases: PostgreSQL ranks with ts_rank over its GIN index.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ogpdesk.core import search_rank

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE search_term ("
        "term TEXT NOT NULL, tf INTEGER NOT NULL, length INTEGER NOT NULL, "
        "entry INTEGER NOT NULL, PRIMARY KEY (term, tf, length, entry)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE search_vocab (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE search_total ("
        "id INTEGER PRIMARY KEY CHECK (id = 1), rows INTEGER NOT NULL, tokens INTEGER NOT NULL)"
    )
    op.execute("INSERT INTO search_total (id, rows, tokens) VALUES (1, 0, 0)")
    bodies = bind.execute(sa.text("SELECT id, c0 FROM search_index_content ORDER BY id")).all()
    search_rank.fill(bind, ((entry, body or "") for entry, body in bodies))
    op.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_total")
    op.execute("DROP TABLE search_vocab")
    op.execute("DROP TABLE search_term")
