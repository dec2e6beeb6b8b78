"""Wallet: account metadata, the seed record, the address book, past recipients (no secrets).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wallet_accounts",
        sa.Column("address", sa.String(42), primary_key=True),
        sa.Column("ordinal", sa.Integer(), nullable=False, unique=True),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("derivation_index", sa.BigInteger(), nullable=True),
        sa.Column("keystore_file", sa.String(120), nullable=True),
        sa.Column("keystore_sha256", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "wallet_seed",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("file_name", sa.String(120), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("has_passphrase", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "address_book",
        sa.Column("address", sa.String(42), primary_key=True),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "wallet_recipients",
        sa.Column("address", sa.String(42), primary_key=True),
        sa.Column("first_sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("wallet_recipients")
    op.drop_table("address_book")
    op.drop_table("wallet_seed")
    op.drop_table("wallet_accounts")
