"""language versions of the signatories' titles, commitments' problem and objective, and
quarterly review texts

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 07:45:00

What documents still printed in one language gets, like the other printed texts (0005), its
original language and ``<field>_ar/_fr/_en`` versions:

- meeting: ``chair_title``, ``secretary_title`` (under the signature lines);
- commitment: ``problem``, ``objective`` (the public page, the action plan);
- progress_review: ``challenges``, ``next_steps``, ``evidence``.

Each of these texts gets its own ``<field>_lang`` (``models.OwnLanguages``), detected here
from the text already there: written at other times than the row's first text, or carried
over from last quarter, they need not share its language.

Rows are read and written with the columns named here, not through the models, so that a
later change of the models cannot break the upgrade of an old file.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ogpdesk.core.languages import detect_language

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LANGUAGES = ("ar", "fr", "en")
# table, its texts, their length (None for Text).
TRANSLATED = (
    ("meeting", ("chair_title", "secretary_title"), 200),
    ("commitment", ("problem", "objective"), None),
    ("progress_review", ("challenges", "next_steps", "evidence"), None),
)


def _type(length: int | None) -> sa.types.TypeEngine[str]:
    return sa.String(length=length) if length else sa.Text()


def upgrade() -> None:
    for table, fields, length in TRANSLATED:
        with op.batch_alter_table(table) as batch_op:
            for field in fields:
                batch_op.add_column(sa.Column(f"{field}_lang", sa.String(length=8), nullable=True))
                for lang in LANGUAGES:
                    batch_op.add_column(sa.Column(f"{field}_{lang}", _type(length), nullable=True))
    bind = op.get_bind()
    for table, fields, _length in TRANSLATED:
        rows = bind.execute(sa.text(f"SELECT id, {', '.join(fields)} FROM {table}")).all()
        for row in rows:
            found = {
                f"{field}_lang": detected
                for field, text in zip(fields, row[1:], strict=True)
                if (detected := detect_language(text)) is not None
            }
            if found:
                sets = ", ".join(f"{column} = :{column}" for column in found)
                bind.execute(
                    sa.text(f"UPDATE {table} SET {sets} WHERE id = :id"), {"id": row[0], **found}
                )


def downgrade() -> None:
    for table, fields, _length in reversed(TRANSLATED):
        with op.batch_alter_table(table) as batch_op:
            for field in fields:
                for lang in LANGUAGES:
                    batch_op.drop_column(f"{field}_{lang}")
                batch_op.drop_column(f"{field}_lang")
