"""Whose signed rejection a reject action sends: any staff account may send an approver's
rejection signed elsewhere (air-gapped, imported), from its own key; NULL when the actor sends
their own.

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


def downgrade() -> None:
    with op.batch_alter_table("treasury_actions") as batch:
        batch.drop_column("signed_by")
