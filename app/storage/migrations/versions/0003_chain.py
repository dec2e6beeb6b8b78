"""Chain: transaction intents and their signed attempts, nonces, indexer cursors, events, blocks.

Revision ID: 0003
Revises: 0002

uint256 amounts (value, fees) are stored as decimal strings: SQLite integers are 64-bit.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chain_intents",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("chain_id", sa.BigInteger(), nullable=False),
        sa.Column("sender", sa.String(42), nullable=False),
        sa.Column("to_address", sa.String(42), nullable=True),
        sa.Column("value", sa.String(78), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("nonce", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("chain_intents") as batch:
        batch.create_index("ix_chain_intents_status", ["chain_id", "status"])

    op.create_table(
        "chain_transactions",
        sa.Column("tx_hash", sa.String(66), primary_key=True),
        sa.Column(
            "intent_id",
            sa.String(36),
            sa.ForeignKey("chain_intents.id", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("chain_id", sa.BigInteger(), nullable=False),
        sa.Column("sender", sa.String(42), nullable=False),
        sa.Column("nonce", sa.BigInteger(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("gas_limit", sa.BigInteger(), nullable=False),
        sa.Column("max_fee_per_gas", sa.String(78), nullable=False),
        sa.Column("max_priority_fee_per_gas", sa.String(78), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("block_number", sa.BigInteger(), nullable=True),
        sa.Column("block_hash", sa.String(66), nullable=True),
        sa.Column("gas_used", sa.BigInteger(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("intent_id", "attempt", name="uq_chain_transactions_attempt"),
    )
    with op.batch_alter_table("chain_transactions") as batch:
        batch.create_index("ix_chain_transactions_nonce", ["chain_id", "sender", "nonce"])
        batch.create_index("ix_chain_transactions_status", ["status"])

    op.create_table(
        "chain_nonces",
        sa.Column("chain_id", sa.BigInteger(), primary_key=True),
        sa.Column("address", sa.String(42), primary_key=True),
        sa.Column("next_nonce", sa.BigInteger(), nullable=False),
    )

    op.create_table(
        "chain_index_cursors",
        sa.Column("chain_id", sa.BigInteger(), primary_key=True),
        sa.Column("contract", sa.String(42), primary_key=True),
        sa.Column("start_block", sa.BigInteger(), nullable=False),
        sa.Column("last_block", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )

    op.create_table(
        "chain_blocks",
        sa.Column("chain_id", sa.BigInteger(), primary_key=True),
        sa.Column("number", sa.BigInteger(), primary_key=True),
        sa.Column("hash", sa.String(66), nullable=False),
    )

    op.create_table(
        "chain_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("chain_id", sa.BigInteger(), nullable=False),
        sa.Column("contract", sa.String(42), nullable=False),
        sa.Column("block_number", sa.BigInteger(), nullable=False),
        sa.Column("block_hash", sa.String(66), nullable=False),
        sa.Column("tx_hash", sa.String(66), nullable=False),
        sa.Column("log_index", sa.Integer(), nullable=False),
        sa.Column("topic0", sa.String(66), nullable=True),
        sa.Column("topic1", sa.String(66), nullable=True),
        sa.Column("topic2", sa.String(66), nullable=True),
        sa.Column("topic3", sa.String(66), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.UniqueConstraint("chain_id", "block_number", "log_index", name="uq_chain_events_log"),
    )
    with op.batch_alter_table("chain_events") as batch:
        batch.create_index("ix_chain_events_contract", ["chain_id", "contract", "topic0"])


def downgrade() -> None:
    op.drop_table("chain_events")
    op.drop_table("chain_blocks")
    op.drop_table("chain_index_cursors")
    op.drop_table("chain_nonces")
    op.drop_table("chain_transactions")
    op.drop_table("chain_intents")
