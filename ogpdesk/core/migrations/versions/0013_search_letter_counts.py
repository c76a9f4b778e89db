"""search counts of first letters: "م", "p" counted as if they were words

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 19:30:00.000000

The first letter typed into the search box is looked up as a prefix. FTS5 has no prefix
index of one character (0007), so "م" made it read and merge the lists of every word
beginning with it and score their 60,000 matches: 100-180 ms at 100,000 items. As 0012 did
for two and three characters, each entry's first letters are counted under their own key
(``search_rank.PREFIX_KEY``), from the texts the index holds; stores counted with them
already (upgraded from before 0011 by this version) are left as they are.

Nothing on other databases.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ogpdesk.core import search_rank

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Keys of one character: the key's mark and the letter.
_LETTER_KEYS = "term >= :key AND term < :words AND length(term) = 2"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    keys = {"key": search_rank.PREFIX_KEY, "words": search_rank.PREFIX_KEY + "\U0010ffff"}
    counted = bind.execute(
        sa.text(f"SELECT 1 FROM search_vocab WHERE {_LETTER_KEYS} LIMIT 1"), keys
    ).first()
    entries = bind.execute(sa.text("SELECT 1 FROM search_index_content LIMIT 1")).first()
    if counted or not entries:
        return
    bodies = bind.execute(sa.text("SELECT id, c0 FROM search_index_content ORDER BY id")).all()
    search_rank.fill(bind, ((entry, body or "") for entry, body in bodies))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    keys = {"key": search_rank.PREFIX_KEY, "words": search_rank.PREFIX_KEY + "\U0010ffff"}
    bind.execute(sa.text(f"DELETE FROM search_term WHERE {_LETTER_KEYS}"), keys)
    bind.execute(sa.text(f"DELETE FROM search_vocab WHERE {_LETTER_KEYS}"), keys)
