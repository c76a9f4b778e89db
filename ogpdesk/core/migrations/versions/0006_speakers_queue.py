"""speakers' queue kept across restarts; attendance remembers the line that signed it in

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-01 04:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "speakers_queue",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_speakers_queue_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_speakers_queue")),
    )
    with op.batch_alter_table("attendance") as batch_op:
        batch_op.add_column(sa.Column("signed_in_by_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attendance") as batch_op:
        batch_op.drop_column("signed_in_by_id")
    op.drop_table("speakers_queue")
