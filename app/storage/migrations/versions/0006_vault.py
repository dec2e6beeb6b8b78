"""Vault: per-profile master-key state, sealed entries (AES-256-GCM envelopes), the access log.

Revision ID: 0006
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_keys",
        sa.Column("profile", sa.String(40), primary_key=True),
        sa.Column("vault_uid", sa.String(32), nullable=False),
        sa.Column("mode", sa.String(10), nullable=False),
        sa.Column("verifier", sa.LargeBinary(), nullable=False),
        sa.Column("kdf_salt", sa.LargeBinary(), nullable=True),
        sa.Column("kdf_n", sa.Integer(), nullable=True),
        sa.Column("kdf_r", sa.Integer(), nullable=True),
        sa.Column("kdf_p", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "vault_entries",
        sa.Column("entry_id", sa.String(32), primary_key=True),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("store_id", sa.String(64), nullable=False),
        sa.Column("platform", sa.String(40), nullable=False),
        sa.Column("login", sa.String(200), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("key_version", sa.BigInteger(), nullable=False),
        sa.Column("envelope", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("profile", "kind", "store_id", name="uq_vault_entries_store"),
    )
    op.create_table(
        "vault_access_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("profile", sa.String(40), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("entry_id", sa.String(32), nullable=True),
        sa.Column("kind", sa.String(20), nullable=True),
        sa.Column("store_id", sa.String(64), nullable=True),
        sa.Column("field", sa.String(20), nullable=True),
        sa.Column("key_version", sa.BigInteger(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("purpose_hash", sa.String(66), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("accessed_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("vault_access_log") as batch:
        batch.create_index("ix_vault_access_log_store", ["profile", "store_id"])


def downgrade() -> None:
    op.drop_table("vault_access_log")
    op.drop_table("vault_entries")
    op.drop_table("vault_keys")
