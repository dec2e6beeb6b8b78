"""The bank API's contract as pydantic models (resources/api/bank.json), shared by the client,
which validates every payload, and the sandbox bank, whose OpenAPI document is generated from them.

Money is integer US cents; a statement line's amount is positive for a credit, negative for a
debit. A sweep line's reference is the hash of the on-chain transaction that routed it.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

BANK_SCHEMA_VERSION = "1.0"

AccountId = Annotated[str, Field(pattern=r"^[A-Z0-9-]{4,34}$")]
SignedCents = Annotated[int, Field(ge=-(10**15), le=10**15)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
Period = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
Text35 = Annotated[str, Field(min_length=1, max_length=70)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LineKind(StrEnum):
    SETTLEMENT = "settlement"  # a payment provider's payout credited
    SWEEP = "sweep"  # the day's proceeds moved to the on-ramp and routed on chain


class BankHealth(Model):
    status: str = Field(max_length=20)
    schema_version: str = Field(max_length=20)
    sim_date: dt.date
    booked_through: dt.date | None


class SweepRule(Model):
    schedule: str = Field(pattern=r"^daily$")
    destination_name: Text35
    destination_account: AccountId


class BankAccount(Model):
    """A store's controlled collection account."""

    id: AccountId
    merchant_id: str = Field(pattern=r"^M\d{5}$")
    token_symbol: str = Field(pattern=r"^[A-Z][A-Z0-9]{1,10}$")
    currency: Currency
    opened_on: dt.date
    sweep: SweepRule


class BankAccountList(Model):
    bank_name: Text35
    bic: str = Field(pattern=r"^[A-Z0-9]{8}([A-Z0-9]{3})?$")
    items: list[BankAccount]


class StatementLine(Model):
    entry: str = Field(pattern=r"^[0-9A-Za-z-]{1,35}$")
    value_date: dt.date
    booking_date: dt.date
    amount: SignedCents
    kind: LineKind
    counterparty: Text35
    counterparty_account: AccountId
    reference: str = Field(max_length=66)


class StatementLines(Model):
    account_id: AccountId
    period: Period
    currency: Currency
    opening_balance: SignedCents
    closing_balance: SignedCents
    items: list[StatementLine]


class StatementFormat(StrEnum):
    CAMT053 = "camt053"
    MT940 = "mt940"


class StatementDocument(Model):
    """A statement file as the bank sends it (camt.053 XML or MT940 text), for one account and
    one month of value dates."""

    account_id: AccountId
    period: Period
    format: StatementFormat
    content: str = Field(max_length=20_000_000)
