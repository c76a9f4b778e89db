"""speaking turns: the time each person had the floor, from the speakers' queue

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 13:18:30.399387
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "speaking_turn",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("speaker_name", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=False),
        sa.Column("limit_seconds", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_speaking_turn_agenda_item_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_speaking_turn_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_speaking_turn_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaking_turn")),
    )
    with op.batch_alter_table("speaking_turn", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_speaking_turn_deleted"), ["deleted"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_speaking_turn_meeting_id"), ["meeting_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("speaking_turn", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_speaking_turn_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_speaking_turn_deleted"))

    op.drop_table("speaking_turn")
