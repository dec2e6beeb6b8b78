"""The sandbox bank's REST server: FastAPI routes over SandboxBank (resources/api/bank.json).

Bearer-token auth (the sandbox's one token) on everything but /v1/health; errors carry the same
ApiError body as the platform API.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Path
from fastapi.responses import Response

from app.bank.models import (
    BANK_SCHEMA_VERSION,
    BankAccountList,
    BankHealth,
    StatementDocument,
    StatementFormat,
    StatementLines,
)
from app.sandbox.api import (
    ApiProblem,
    IfNoneMatch,
    PeriodPath,
    _data_route,
    _errors,
    _known_query_only,
    _respond,
    bearer_check,
    install_problem_handlers,
)
from app.sandbox.bank.bank import SandboxBank

AccountPath = Annotated[
    str, Path(pattern=r"^[A-Z0-9-]{4,34}$", description="Account id, e.g. PB-M00042")
]


def create_bank_app(bank: SandboxBank | None, token: str) -> FastAPI:
    """The bank's app. `bank` may be None only to render the OpenAPI document."""
    app = FastAPI(
        title="PST Desk sandbox bank API",
        version=BANK_SCHEMA_VERSION,
        description="The programmable bank that collects each tokenized store's sales proceeds: "
        "controlled collection accounts, statement lines (JSON, ISO 20022 camt.053.001.08, SWIFT "
        "MT940) and the daily sweep to the on-ramp, whose statement line carries the hash of "
        "the on-chain routing transaction. Money is in integer US cents.",
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=lambda route: route.name,
    )

    def the_bank() -> SandboxBank:
        if bank is None:
            raise ApiProblem(503, "unavailable", "The sandbox bank has no data loaded.")
        return bank

    authorised = bearer_check(token)
    install_problem_handlers(app, "sandbox bank")

    public = APIRouter(prefix="/v1", dependencies=[Depends(_known_query_only)])

    @public.get(
        "/health", response_model=BankHealth, summary="Liveness and the bank's business day",
        responses=_errors(422),
    )  # fmt: skip
    def bank_health() -> Response:
        return _respond(the_bank().health(), None)

    v1 = APIRouter(prefix="/v1", dependencies=[Depends(authorised), Depends(_known_query_only)])

    @_data_route(v1, "/accounts", BankAccountList, "The controlled collection accounts")
    def list_accounts(if_none_match: IfNoneMatch = None) -> Response:
        return _respond(the_bank().accounts(), if_none_match)

    @_data_route(
        v1, "/accounts/{account_id}/lines/{period}", StatementLines,
        "An account's statement lines with value dates in one month", 404,
    )  # fmt: skip
    def account_lines(
        account_id: AccountPath, period: PeriodPath, if_none_match: IfNoneMatch = None
    ) -> Response:
        return _respond(the_bank().statement_lines(account_id, period), if_none_match)

    @_data_route(
        v1, "/accounts/{account_id}/statements/{period}", StatementDocument,
        "An account's statement of one month, as camt.053.001.08 XML or MT940 text", 404,
    )  # fmt: skip
    def account_statement(
        account_id: AccountPath,
        period: PeriodPath,
        format: StatementFormat = StatementFormat.CAMT053,
        if_none_match: IfNoneMatch = None,
    ) -> Response:
        return _respond(the_bank().statement(account_id, period, format), if_none_match)

    app.include_router(public)
    app.include_router(v1)
    return app
