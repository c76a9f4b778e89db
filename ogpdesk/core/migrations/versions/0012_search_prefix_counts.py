"""search counts of short prefixes: "pa", "الم" counted as if they were words

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 19:10:00.000000

A prefix of two or three characters begins several common words ("pa": participation,
participatif, partenariat), whose counts add up in an entry: the best entries for it cannot
be read word by word from ``search_term``, and FTS5 scoring its 30,000-60,000 matches took
40-100 ms at 100,000 items. Each entry's prefixes of two and three characters are counted
under their own key (``search_rank.PREFIX_KEY``), as FTS5's prefix indexes (0007) hold them.
The counts are taken again from the texts the index holds (after 0011 as this version
writes them, they are there already).

Nothing on other databases.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ogpdesk.core import search_rank

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    keyed = bind.execute(
        sa.text("SELECT 1 FROM search_vocab WHERE term < :words LIMIT 1"),
        {"words": search_rank.PREFIX_KEY + "\U0010ffff"},
    ).first()
    entries = bind.execute(sa.text("SELECT 1 FROM search_index_content LIMIT 1")).first()
    if keyed or not entries:
        return
    bodies = bind.execute(sa.text("SELECT id, c0 FROM search_index_content ORDER BY id")).all()
    search_rank.fill(bind, ((entry, body or "") for entry, body in bodies))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.execute(
        sa.text("DELETE FROM search_term WHERE term < :words"),
        {"words": search_rank.PREFIX_KEY + "\U0010ffff"},
    )
    bind.execute(
        sa.text("DELETE FROM search_vocab WHERE term < :words"),
        {"words": search_rank.PREFIX_KEY + "\U0010ffff"},
    )
