"""outbox delivery marks for channels that push (Telegram): delivered_at and delivery_attempts

A pushing channel marks each outbox row once it has been delivered, so a staff reply reaches the caregiver
exactly once, also across a gateway restart. Rows that fail too often stop being retried (attempts counted).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("delivery_attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.create_index("ix_outbox_delivered_at", ["delivered_at"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_index("ix_outbox_delivered_at")
        batch.drop_column("delivery_attempts")
        batch.drop_column("delivered_at")
