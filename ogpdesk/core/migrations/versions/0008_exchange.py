"""exchange between laptops: review items, per-field clocks, store state, recommendation groups

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-01 04:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_item",
        sa.Column(
            "reason",
            sa.Enum(
                "conflict",
                "approved",
                "orphan",
                name="reviewreason",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_item")),
    )
    with op.batch_alter_table("review_item") as batch_op:
        batch_op.create_index(batch_op.f("ix_review_item_deleted"), ["deleted"])
        batch_op.create_index(batch_op.f("ix_review_item_meeting_id"), ["meeting_id"])
        batch_op.create_index(batch_op.f("ix_review_item_row_id"), ["row_id"])
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_clock",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("versions", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_clock")),
    )
    with op.batch_alter_table("recommendation") as batch_op:
        batch_op.add_column(sa.Column("group_name", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("recommendation") as batch_op:
        batch_op.drop_column("group_name")
    op.drop_table("sync_clock")
    op.drop_table("sync_state")
    op.drop_table("review_item")
