"""encrypt the caregiver's words in escalation records (message -> message_enc)

Existing rows are encrypted with the configured key (APP_ENCRYPTION_KEY, or the development key).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from bot.crypto import load_cipher
    from bot.settings import load_settings

    with op.batch_alter_table("escalations") as batch:
        batch.alter_column("message", new_column_name="message_enc")
    connection = op.get_bind()
    rows = connection.execute(sa.text("select id, message_enc from escalations")).fetchall()
    if rows:
        cipher = load_cipher(load_settings())
        for row_id, text in rows:
            connection.execute(sa.text("update escalations set message_enc = :value where id = :id"),
                               {"value": cipher.encrypt(text), "id": row_id})


def downgrade() -> None:
    with op.batch_alter_table("escalations") as batch:
        batch.alter_column("message_enc", new_column_name="message")
