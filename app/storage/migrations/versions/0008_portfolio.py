"""Portfolio: block timestamps by block hash, so dated cash flows need no repeated look-ups.

Everything else the portfolio shows is derived from the chain indexer's tables (chain_events) and
live reads. Keyed by hash, a reorganised block can never lend its time to its replacement.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portfolio_block_times",
        sa.Column("chain_id", sa.BigInteger(), primary_key=True),
        sa.Column("block_hash", sa.String(66), primary_key=True),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("timestamp", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("portfolio_block_times")
