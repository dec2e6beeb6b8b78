"""The sandbox bank's REST server: FastAPI routes over SandboxBank (resources/api/bank.json).

Bearer-token auth (the sandbox's one token) on everything but /v1/health; errors carry the same
ApiError body as the platform API.
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials
from starlette.exceptions import HTTPException as StarletteHTTPException

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
    _bearer,
    _data_route,
    _error,
    _errors,
    _known_query_only,
    _respond,
)
from app.sandbox.bank.bank import SandboxBank
from app.sandbox.world import NotFound

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

    def authorised(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        offered = credentials.credentials.encode() if credentials else b""
        if not (credentials and secrets.compare_digest(offered, token.encode())):
            raise ApiProblem(401, "unauthorized", "A valid bearer token is required.")

    @app.exception_handler(ApiProblem)
    def _problem(_: Request, exc: ApiProblem) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _error(exc.status, exc.error, exc.message, headers)

    @app.exception_handler(NotFound)
    def _not_found(_: Request, exc: NotFound) -> JSONResponse:
        return _error(404, "not_found", f"No {exc.what}.")

    @app.exception_handler(RequestValidationError)
    def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        ]
        return _error(422, "invalid_request", "; ".join(parts) or "Invalid request.")

    @app.exception_handler(StarletteHTTPException)
    def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return _error(404, "not_found", f"No such endpoint: {request.url.path[:200]}")
        return _error(exc.status_code, "http_error", str(exc.detail), exc.headers)

    @app.exception_handler(Exception)
    def _crash(_: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal", "The sandbox bank failed; see its log.")

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
