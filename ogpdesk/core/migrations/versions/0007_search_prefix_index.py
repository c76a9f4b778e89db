"""search index with prefix indexes of 2 and 3 characters

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 05:00:00.000000

The last word typed into the search box is looked up as a prefix. Without a prefix index,
FTS5 merges the entries of every word that begins with it: for "ال" or "الم", most Arabic
words (a third of a second at 100,000 items; ``benchmarks/search.py``). With ``prefix='2 3'``
a prefix of two or three characters is one entry, and a longer one starts from a shorter
list. The scores (bm25) do not change: the same words are indexed, only looked up faster.

FTS5 options cannot be altered: the table is made again with them and the rows copied
(the file grows by about a tenth). Nothing on other databases, where there is no index.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _remake(options: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute(f"CREATE VIRTUAL TABLE search_index_new USING fts5(body, {options})")
    op.execute("INSERT INTO search_index_new (rowid, body) SELECT rowid, body FROM search_index")
    op.execute("DROP TABLE search_index")
    op.execute("ALTER TABLE search_index_new RENAME TO search_index")


def upgrade() -> None:
    _remake("tokenize = 'unicode61', prefix = '2 3'")


def downgrade() -> None:
    _remake("tokenize = 'unicode61'")
