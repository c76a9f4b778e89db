"""row versions and authors: who created and last changed each row, and how many times

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-01 04:30:00

On a shared server several people edit the same meeting: ``version`` counts the changes of a
row, so that an edit made on what someone saw before another person changed it is refused
rather than written over theirs; ``created_by`` and ``updated_by`` name the database user who
wrote it (empty on SQLite, which has no users). Rows already there start at version 1 with
no author.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables of records (those with the shared columns) at this revision.
TABLES = (
    "institution",
    "process",
    "review_item",
    "commitment",
    "meeting",
    "participant",
    "process_role",
    "agenda_item",
    "attendance",
    "committee_member",
    "milestone",
    "proposal",
    "decision",
    "intervention",
    "progress_review",
    "recommendation",
    "speaking_turn",
    "action_item",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
            batch_op.add_column(sa.Column("created_by", sa.String(length=63), nullable=True))
            batch_op.add_column(sa.Column("updated_by", sa.String(length=63), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("updated_by")
            batch_op.drop_column("created_by")
            batch_op.drop_column("version")
