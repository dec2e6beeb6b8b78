"""HTTP cache: the last good answer per REST resource and profile, with its ETag.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "http_cache",
        sa.Column("profile", sa.String(40), primary_key=True),
        sa.Column("resource", sa.String(400), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("etag", sa.String(200), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
    )
    with op.batch_alter_table("http_cache") as batch:
        batch.create_index("ix_http_cache_kind", ["kind"])


def downgrade() -> None:
    op.drop_table("http_cache")
