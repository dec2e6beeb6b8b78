"""The sandbox REST server: FastAPI routes over SandboxWorld (resources/api/openapi.json).

Bearer-token auth on everything but /v1/health; every non-2xx body is an ApiError; data GETs
carry a strong ETag and answer 304 to a matching If-None-Match.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.backend.models import (
    SCHEMA_VERSION,
    ApiError,
    Category,
    City,
    Health,
    MerchantPage,
    MerchantProfile,
    MetricSeries,
    Offering,
    OfferingList,
    OfferingStatus,
    PeerStats,
    Platform,
    PromotionList,
    RepaymentList,
    RevenueReport,
    RevenueReportList,
    SettlementList,
)
from app.sandbox import bulk, market_api, signatures_api
from app.sandbox.bounded_body import NOT_JSON, TOO_LARGE, BoundedBody
from app.sandbox.world import NotFound, SandboxWorld, etag_of

MAX_PAGE_SIZE = 5000
_bearer = HTTPBearer(
    auto_error=False, description="The API token, as `Authorization: Bearer <token>`"
)

MerchantIdPath = Annotated[str, Path(pattern=r"^M\d{5}$", description="Merchant id, e.g. M00042")]
OfferingIdPath = Annotated[str, Path(pattern=r"^OFF-\d{4}$", description="e.g. OFF-0001")]
SymbolPath = Annotated[
    str, Path(pattern=r"^[A-Z][A-Z0-9]{1,10}$", description="Token symbol, e.g. PSTLUMI")
]
PeriodPath = Annotated[str, Path(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM")]
IfNoneMatch = Annotated[
    str | None,
    Header(description="An ETag from an earlier answer; 304 without a body if it still matches"),
]


class ApiProblem(Exception):
    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status, self.error, self.message = status, error, message


def _error(
    status: int, error: str, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    body = ApiError(error=error[:100], message=message[:1000])
    return JSONResponse(body.model_dump(), status_code=status, headers=dict(headers or {}))


def bearer_check(token: str) -> Callable[..., None]:
    """The dependency that refuses a request without `token` as its bearer token (401)."""

    def authorised(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        offered = credentials.credentials.encode() if credentials else b""
        if not (credentials and secrets.compare_digest(offered, token.encode())):
            raise ApiProblem(401, "unauthorized", "A valid bearer token is required.")

    return authorised


def install_problem_handlers(app: FastAPI, who: str) -> None:
    """Every error as an ApiError body (the platform API and the sandbox bank alike): problems
    raised on purpose, unknown resources, invalid parameters, unknown endpoints and crashes
    (`who` names the server in the crash message); bodies too large or nested too deeply are
    refused before anything parses them."""
    app.add_middleware(BoundedBody, refuse=_error)

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
        code = {405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail), exc.headers)

    @app.exception_handler(Exception)
    def _crash(_: Request, exc: Exception) -> JSONResponse:
        return _error(500, "internal", f"The {who} failed; see its log.")


def _respond(model: BaseModel, if_none_match: str | None) -> Response:
    body = model.model_dump_json().encode()
    return _respond_body(etag_of(body), body, if_none_match)


def _respond_body(etag: str, body: bytes, if_none_match: str | None) -> Response:
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match is not None:
        offered = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        if etag in offered or "*" in offered:
            return Response(status_code=304, headers=headers)
    return Response(content=body, media_type="application/json", headers=headers)


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    described = {
        304: "Not modified: the If-None-Match ETag still matches",
        400: NOT_JSON,
        401: "Missing or wrong bearer token",
        404: "No such resource",
        413: TOO_LARGE,
        422: "Invalid parameters",
    }
    found: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        found[code] = {"description": described[code]}
        if code != 304:
            found[code]["model"] = ApiError
    return found


_ETAG_HEADER = {
    "ETag": {"description": "Strong entity tag of the body", "schema": {"type": "string"}}
}


def _data_route(
    router: APIRouter, path: str, model: type[BaseModel], summary: str, *codes: int
) -> Callable:
    responses = _errors(304, 401, 422, *codes)
    responses[200] = {"headers": _ETAG_HEADER}
    return router.get(path, response_model=model, summary=summary, responses=responses)


def _known_query_only(request: Request) -> None:
    """Reject query parameters the endpoint does not define: a typo must not silently widen a
    filter (`?citty=Shenzhen` would otherwise return every merchant)."""
    allowed: set[str] = set()
    pending = [getattr(request.scope.get("route"), "dependant", None)]
    while pending:
        dependant = pending.pop()
        if dependant is not None:
            allowed.update(param.alias for param in dependant.query_params)
            pending.extend(dependant.dependencies)
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise ApiProblem(422, "invalid_request", f"Unknown query parameter {unknown[0][:40]!r}.")


def create_app(world: SandboxWorld | None, token: str) -> FastAPI:
    """The API app. `world` may be None only to render the OpenAPI document."""
    app = FastAPI(
        title="PST Desk platform API",
        version=SCHEMA_VERSION,
        description="Merchants, metrics, offerings and revenue reports of the Profit Share Token "
        "platform. Money is in integer minor units (cents; 6-decimal stablecoin base units; "
        "18-decimal token base units); ratios in basis points.",
        docs_url=None,
        redoc_url=None,
        generate_unique_id_function=lambda route: route.name,  # operationId = function name
    )

    def the_world() -> SandboxWorld:
        if world is None:
            raise ApiProblem(503, "unavailable", "The sandbox has no data loaded.")
        return world

    authorised = bearer_check(token)
    install_problem_handlers(app, "sandbox server")

    public = APIRouter(prefix="/v1", dependencies=[Depends(_known_query_only)])

    @public.get(
        "/health",
        response_model=Health,
        summary="Liveness, schema version, sim date",
        responses=_errors(422),
    )
    def health() -> Response:
        return _respond(the_world().health(), None)

    v1 = APIRouter(prefix="/v1", dependencies=[Depends(authorised), Depends(_known_query_only)])

    @_data_route(v1, "/merchants", MerchantPage, "Merchants, filtered and paginated, by id")
    def list_merchants(
        if_none_match: IfNoneMatch = None,
        city: City | None = None,
        platform: Platform | None = None,
        category: Category | None = None,
        tokenized: bool | None = None,
        min_score: Annotated[int | None, Query(ge=0, le=100)] = None,
        q: Annotated[str | None, Query(max_length=100, description="Part of name or id")] = None,
        page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 100,
    ) -> Response:
        found = the_world().merchants_page(
            city=city, platform=platform, category=category, tokenized=tokenized,
            min_score=min_score, q=q, page=page, page_size=page_size,
        )  # fmt: skip
        return _respond(found, if_none_match)

    @_data_route(v1, "/merchants/{merchant_id}", MerchantProfile, "A merchant's profile", 404)
    def merchant_profile(
        merchant_id: MerchantIdPath, if_none_match: IfNoneMatch = None
    ) -> Response:
        return _respond(the_world().profile(merchant_id), if_none_match)

    @_data_route(v1, "/merchants/{merchant_id}/metrics", MetricSeries, "Daily series", 404)
    def merchant_metrics(
        merchant_id: MerchantIdPath, if_none_match: IfNoneMatch = None
    ) -> Response:
        etag, body = the_world().series_body(merchant_id)
        return _respond_body(etag, body, if_none_match)

    @_data_route(v1, "/merchants/{merchant_id}/promotions", PromotionList, "Events", 404)
    def merchant_promotions(
        merchant_id: MerchantIdPath, if_none_match: IfNoneMatch = None
    ) -> Response:
        return _respond(the_world().promotions(merchant_id), if_none_match)

    @_data_route(v1, "/merchants/{merchant_id}/repayments", RepaymentList, "Installments", 404)
    def merchant_repayments(
        merchant_id: MerchantIdPath, if_none_match: IfNoneMatch = None
    ) -> Response:
        return _respond(the_world().repayments(merchant_id), if_none_match)

    @_data_route(
        v1, "/merchants/{merchant_id}/settlements", SettlementList,
        "The payment providers' settlements of a month (value dates)", 404,
    )  # fmt: skip
    def merchant_settlements(
        merchant_id: MerchantIdPath,
        period: Annotated[str, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM")],
        if_none_match: IfNoneMatch = None,
    ) -> Response:
        return _respond(the_world().settlements(merchant_id, period), if_none_match)

    @_data_route(v1, "/peers/{category}", PeerStats, "Category peer quantiles")
    def peers(category: Category, if_none_match: IfNoneMatch = None) -> Response:
        return _respond(the_world().peers(category), if_none_match)

    @_data_route(v1, "/offerings", OfferingList, "Token offerings")
    def list_offerings(
        if_none_match: IfNoneMatch = None, status: OfferingStatus | None = None
    ) -> Response:
        return _respond(the_world().offerings(status), if_none_match)

    @_data_route(v1, "/offerings/{offering_id}", Offering, "One offering", 404)
    def get_offering(offering_id: OfferingIdPath, if_none_match: IfNoneMatch = None) -> Response:
        return _respond(the_world().offering(offering_id), if_none_match)

    @_data_route(v1, "/tokens/{symbol}/reports", RevenueReportList, "Monthly revenue reports", 404)
    def token_reports(symbol: SymbolPath, if_none_match: IfNoneMatch = None) -> Response:
        return _respond(the_world().reports(symbol), if_none_match)

    @_data_route(v1, "/tokens/{symbol}/reports/{period}", RevenueReport, "One month's report", 404)
    def token_report(
        symbol: SymbolPath,
        period: PeriodPath,
        if_none_match: IfNoneMatch = None,
    ) -> Response:
        return _respond(the_world().report(symbol, period), if_none_match)

    app.include_router(public)
    app.include_router(v1)
    app.include_router(bulk.create_router(world, [Depends(authorised), Depends(_known_query_only)]))
    guards = [Depends(authorised), Depends(_known_query_only)]
    app.include_router(signatures_api.create_router(world, guards))
    app.include_router(market_api.create_router(world, guards))
    return app
