"""Whose signed rejection a reject action sends: any staff account may send an approver's
rejection signed elsewhere (air-gapped, imported), from its own key; NULL when the actor sends
their own. And the proposers' override reasons, signed by the proposer and shared through the
platform's API (treasury_override_notes).

Revision ID: 0013_reject_signed_by
Revises: 0012_safe_parts
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_reject_signed_by"
down_revision = "0012_safe_parts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("treasury_actions") as batch:
        batch.add_column(sa.Column("signed_by", sa.String(42), nullable=True))
    op.create_table(
        "treasury_override_notes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("chain_id", sa.BigInteger(), nullable=False),
        sa.Column("treasury", sa.String(42), nullable=False),
        sa.Column("proposal_id", sa.BigInteger(), nullable=False),
        sa.Column("proposer", sa.String(42), nullable=False),
        sa.Column("report_hash", sa.String(66), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.UniqueConstraint(
            "chain_id", "treasury", "proposal_id", name="uq_treasury_override_notes"
        ),
    )


def downgrade() -> None:
    op.drop_table("treasury_override_notes")
    with op.batch_alter_table("treasury_actions") as batch:
        batch.drop_column("signed_by")
