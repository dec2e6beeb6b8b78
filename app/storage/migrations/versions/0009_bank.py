"""Bank: the controlled accounts the desk knows, the statements imported from the bank, and the
differences treasury staff matched by hand or wrote off.

Revision ID: 0009_bank
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_bank"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bank_accounts",
        sa.Column("id", sa.String(34), primary_key=True),
        sa.Column("merchant_id", sa.String(10), nullable=False),
        sa.Column("symbol", sa.String(12), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
    )
    op.create_table(
        "bank_statements",
        sa.Column("account", sa.String(34), primary_key=True),
        sa.Column("statement_id", sa.String(35), primary_key=True),
        sa.Column("format", sa.String(10), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("opening", sa.BigInteger(), nullable=False),
        sa.Column("closing", sa.BigInteger(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "bank_statement_lines",
        sa.Column("account", sa.String(34), primary_key=True),
        sa.Column("entry", sa.String(35), primary_key=True),
        sa.Column("statement_id", sa.String(35), nullable=False),
        sa.Column("value_date", sa.Date(), nullable=False),
        sa.Column("booking_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(140), nullable=False),
        sa.Column("counterparty", sa.String(140), nullable=False),
    )
    op.create_index(
        "ix_bank_statement_lines_day", "bank_statement_lines", ["account", "value_date"]
    )
    op.create_table(
        "bank_resolutions",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("partner", sa.String(200), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(80), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("bank_resolutions")
    op.drop_index("ix_bank_statement_lines_day", "bank_statement_lines")
    op.drop_table("bank_statement_lines")
    op.drop_table("bank_statements")
    op.drop_table("bank_accounts")
