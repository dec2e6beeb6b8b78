"""The bulk endpoints' contract: Arrow schemas of /v1/bulk/series and /v1/bulk/merchants, and
how a page is written (an Arrow IPC stream with LZ4-compressed buffers).

Shared by the sandbox server (which writes pages) and the client (which refuses any page whose
schema differs by a name, a type or nullability).
"""

from __future__ import annotations

import pyarrow as pa

ARROW_MEDIA_TYPE = "application/vnd.apache.arrow.stream"
BATCH_ROWS = 64 * 1024  # rows per record batch: the stream is read batch by batch

# Column name -> the SeriesBlock attribute (sandbox) it carries. Amounts in US cents, counts as
# counts; every value >= 0. Named <metric>_<source> after app.backend.models.Metric and Source.
SERIES_COLUMNS = {
    "gmv_platform": "gmv_platform",
    "gmv_psp": "gmv_psp",
    "net_revenue_platform": "net_platform",
    "net_revenue_psp": "net_psp",
    "net_revenue_bank": "net_bank",
    "orders_platform": "orders",
    "returns_platform": "returns",
    "inventory_platform": "inventory",
    "cogs_platform": "cogs",
}
COUNT_COLUMNS = ("orders_platform", "returns_platform")

SERIES_SCHEMA = pa.schema(
    [
        pa.field("merchant_id", pa.dictionary(pa.int32(), pa.string()), nullable=False),
        pa.field("day", pa.date32(), nullable=False),
        *(pa.field(name, pa.int64(), nullable=False) for name in SERIES_COLUMNS),
    ]
)


def series_schema(columns: tuple[str, ...] | None = None) -> pa.Schema:
    """The schema of a page carrying `columns` (None: all), always in the contract's order."""
    if columns is None:
        return SERIES_SCHEMA
    keep = {"merchant_id", "day", *columns}
    return pa.schema([field for field in SERIES_SCHEMA if field.name in keep])


PROMOTION_TYPE = pa.struct(
    [
        pa.field("event", pa.string(), nullable=False),
        pa.field("start", pa.date32(), nullable=False),
        pa.field("end", pa.date32(), nullable=False),
        pa.field("peer_median_uplift_bp", pa.int64(), nullable=False),
    ]
)
REPAYMENT_TYPE = pa.struct(
    [
        pa.field("installment", pa.int64(), nullable=False),
        pa.field("due_date", pa.date32(), nullable=False),
        pa.field("amount_due", pa.int64(), nullable=False),
        pa.field("amount_paid", pa.int64(), nullable=False),
        pa.field("paid_date", pa.date32(), nullable=True),
        pa.field("days_late", pa.int64(), nullable=False),
    ]
)
MERCHANT_SCHEMA = pa.schema(
    [
        pa.field("merchant_id", pa.string(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("category", pa.string(), nullable=False),
        pa.field("tokenized", pa.bool_(), nullable=False),
        pa.field("underwriter_score", pa.int64(), nullable=False),
        pa.field(
            "promotions", pa.list_(pa.field("item", PROMOTION_TYPE, nullable=False)), nullable=False
        ),
        pa.field(
            "repayments", pa.list_(pa.field("item", REPAYMENT_TYPE, nullable=False)), nullable=False
        ),
    ]
)


def describe(schema: pa.Schema) -> str:
    """The schema in words, for the OpenAPI document (one line per column)."""
    lines = [f"- `{f.name}`: {f.type}{'' if f.nullable else ' (never null)'}" for f in schema]
    return "Arrow schema of every record batch:\n" + "\n".join(lines)


def write_stream(table: pa.Table) -> bytes:
    """`table` as an Arrow IPC stream, LZ4-compressed, in batches of BATCH_ROWS rows. LZ4 rather
    than zstd: a page is 1.6 times the bytes but decodes 3.5 times faster (13 against 47 ms CPU
    for 500 merchants' closed months), and screening decodes every page of the portfolio."""
    sink = pa.BufferOutputStream()
    options = pa.ipc.IpcWriteOptions(compression="lz4")
    with pa.ipc.new_stream(sink, table.schema, options=options) as writer:
        for batch in table.to_batches(max_chunksize=BATCH_ROWS):
            writer.write_batch(batch)
    return sink.getvalue().to_pybytes()
