"""The fee a mined transaction paid: its receipt's effective gas price, kept with the attempt so
the History shows fee = gas used x effective gas price without asking the node again.

Revision ID: 0010_pipeline
Revises: 0009_bank
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_pipeline"
down_revision = "0009_bank"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("chain_transactions") as batch:
        batch.add_column(sa.Column("effective_gas_price", sa.String(78), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chain_transactions") as batch:
        batch.drop_column("effective_gas_price")
