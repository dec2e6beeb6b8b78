"""Treasury: the hash-chained audit trail and the persisted treasury actions with their steps.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "treasury_audit",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(42), nullable=True),
        sa.Column("store_id", sa.String(66), nullable=True),
        sa.Column("period", sa.Integer(), nullable=True),
        sa.Column("proposal_id", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.String(78), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("chain_id", sa.BigInteger(), nullable=True),
        sa.Column("tx_hash", sa.String(66), nullable=True),
        sa.Column("block_number", sa.BigInteger(), nullable=True),
        sa.Column("log_index", sa.Integer(), nullable=True),
        sa.Column("prev_hash", sa.String(66), nullable=False),
        sa.Column("entry_hash", sa.String(66), nullable=False),
        sa.UniqueConstraint("chain_id", "tx_hash", "log_index", name="uq_treasury_audit_log"),
    )
    op.create_index("ix_treasury_audit_proposal", "treasury_audit", ["proposal_id"])
    op.create_table(
        "treasury_actions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("chain_id", sa.BigInteger(), nullable=False),
        sa.Column("treasury", sa.String(42), nullable=False),
        sa.Column("actor", sa.String(42), nullable=False),
        sa.Column("store_id", sa.String(66), nullable=True),
        sa.Column("period", sa.Integer(), nullable=True),
        sa.Column("proposal_id", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.String(78), nullable=True),
        sa.Column("report_hash", sa.String(66), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("intent_id", sa.String(36), nullable=True, unique=True),
        sa.Column("tx_hash", sa.String(66), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_treasury_actions_state", "treasury_actions", ["chain_id", "state"])
    op.create_table(
        "treasury_action_steps",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "action_id",
            sa.String(36),
            sa.ForeignKey("treasury_actions.id", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_treasury_action_steps_action", "treasury_action_steps", ["action_id"])


def downgrade() -> None:
    op.drop_index("ix_treasury_action_steps_action", "treasury_action_steps")
    op.drop_table("treasury_action_steps")
    op.drop_index("ix_treasury_actions_state", "treasury_actions")
    op.drop_table("treasury_actions")
    op.drop_index("ix_treasury_audit_proposal", "treasury_audit")
    op.drop_table("treasury_audit")
