"""pending questions: which question the bot asked (a check-in, or "are you safe right now?" after a crisis answer)
and in which language

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot add a NOT NULL column in place without a default; the defaults keep old rows valid.
    with op.batch_alter_table("pending_check_ins") as batch:
        batch.add_column(sa.Column("question", sa.String(16), nullable=False, server_default="check_in"))
        batch.add_column(sa.Column("lang", sa.String(8), nullable=False, server_default="en"))


def downgrade() -> None:
    with op.batch_alter_table("pending_check_ins") as batch:
        batch.drop_column("lang")
        batch.drop_column("question")
