"""The user's own labels of transactions (BIP-329 `tx` records), by transaction hash: imported
from a label file, exported with the address book's labels and shown in History.

Revision ID: 0014_tx_labels
Revises: 0013_reject_signed_by
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_tx_labels"
down_revision = "0013_reject_signed_by"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tx_labels",
        sa.Column("tx_hash", sa.String(66), primary_key=True),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("chain_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("tx_labels")
