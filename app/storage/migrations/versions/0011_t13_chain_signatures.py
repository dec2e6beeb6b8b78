"""Treasury approvals and rejections signed off chain (EIP-712): one row per signature, with the
message as signed, the signer, when and through which channel (keystore, airgap, ledger, safe,
api).

Revision ID: 0011_t13_chain
Revises: 0010_pipeline
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_t13_chain"
down_revision = "0010_pipeline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "treasury_signatures",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("chain_id", sa.BigInteger(), nullable=False),
        sa.Column("treasury", sa.String(42), nullable=False),
        sa.Column("proposal_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("signer", sa.String(42), nullable=False),
        sa.Column("store_id", sa.String(66), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("amount", sa.String(78), nullable=False),
        sa.Column("report_hash", sa.String(66), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("nonce", sa.String(78), nullable=False),
        sa.Column("deadline", sa.BigInteger(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("signed_at", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint(
            "chain_id",
            "treasury",
            "proposal_id",
            "kind",
            "signer",
            "nonce",
            name="uq_treasury_signatures_signer",
        ),
    )
    op.create_index(
        "ix_treasury_signatures_proposal",
        "treasury_signatures",
        ["chain_id", "treasury", "proposal_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_treasury_signatures_proposal", table_name="treasury_signatures")
    op.drop_table("treasury_signatures")
