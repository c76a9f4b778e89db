"""participant.folded_name: the indexed, folded name that capture looks speakers up by

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 13:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ogpdesk.core.textnorm import normalise

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("participant") as batch_op:
        batch_op.add_column(
            sa.Column("folded_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_participant_folded_name"), ["folded_name"])
    connection = op.get_bind()
    participant = sa.table(
        "participant",
        sa.column("id", sa.String),
        sa.column("full_name", sa.String),
        sa.column("folded_name", sa.String),
    )
    rows = connection.execute(sa.select(participant.c.id, participant.c.full_name)).all()
    for pid, name in rows:
        connection.execute(
            participant.update().where(participant.c.id == pid).values(folded_name=normalise(name))
        )


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_folded_name"))
        batch_op.drop_column("folded_name")
