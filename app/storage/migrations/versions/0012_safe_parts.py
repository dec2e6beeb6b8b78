"""A Safe's owners' parts of its treasury approval: each owner's signature of the Safe message
for one proposal (at the Safe's nonce), kept on the desk until the Safe's threshold is reached.

Revision ID: 0012_safe_parts
Revises: 0011_t13_chain
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_safe_parts"
down_revision = "0011_t13_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "treasury_safe_parts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("chain_id", sa.BigInteger(), nullable=False),
        sa.Column("treasury", sa.String(42), nullable=False),
        sa.Column("proposal_id", sa.BigInteger(), nullable=False),
        sa.Column("safe", sa.String(42), nullable=False),
        sa.Column("owner", sa.String(42), nullable=False),
        sa.Column("nonce", sa.String(78), nullable=False),
        sa.Column("deadline", sa.BigInteger(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint(
            "chain_id",
            "treasury",
            "proposal_id",
            "safe",
            "owner",
            "nonce",
            name="uq_treasury_safe_parts_owner",
        ),
    )
    op.create_index(
        "ix_treasury_safe_parts_proposal",
        "treasury_safe_parts",
        ["chain_id", "treasury", "proposal_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_treasury_safe_parts_proposal", table_name="treasury_safe_parts")
    op.drop_table("treasury_safe_parts")
