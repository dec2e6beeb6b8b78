"""What can go wrong talking to the REST backend, as typed errors: a code and params (sentences in
app/errors/catalog/backend.py). No error ever holds the API token: params are built from the
endpoint, the host and the server's (cleaned, clipped) words, never from request headers.
"""

from __future__ import annotations

from typing import Any

from app.errors import AppError
from app.errors.clean import clean_text

_MAX_SERVER_TEXT = 200


def clip(text: str, limit: int = _MAX_SERVER_TEXT) -> str:
    """Server-supplied text, one printable line and bounded, so a hostile answer can neither
    flood a dialog nor drive a terminal."""
    return clean_text(text, limit)


class BackendError(AppError):
    """Any failure to get a valid answer from the backend."""

    code = "backend.error"

    def __init__(self, code: str | None = None, /, *, endpoint: str = "", **params: Any) -> None:
        super().__init__(code, endpoint=endpoint or "—", **params)
        self.endpoint = endpoint

    @property
    def message(self) -> str:
        """The English sentence, for logs."""
        return self.user_message


class BackendConfigError(BackendError, ValueError):
    """The API URL or token of a profile cannot be used (checked before any request)."""

    code = "backend.bad_url"


class BackendUnreachable(BackendError):
    """Connection refused, DNS failure, no route: nothing answered at all."""

    code = "backend.unreachable"

    def __init__(self, host: str, reason: Any, *, endpoint: str = "") -> None:
        super().__init__(endpoint=endpoint, host=host, reason=reason)
        self.host = host
        self.reason = reason


class BackendTimeout(BackendError):
    """The server did not answer (connect, headers and body) within the deadline."""

    code = "backend.timeout"

    def __init__(self, host: str, seconds: float, *, endpoint: str = "") -> None:
        super().__init__(endpoint=endpoint, host=host, seconds=f"{seconds:g}")
        self.host = host
        self.seconds = seconds


class BackendHttpError(BackendError):
    """The server answered with an HTTP error status (its ApiError code when it sent one)."""

    code = "backend.http_refused"

    def __init__(
        self, status: int, server_code: str, server_message: str = "", *, endpoint: str = ""
    ) -> None:
        self.status = status
        self.server_code = clip(server_code, 60)
        self.server_message = clip(server_message)
        detail = f"HTTP {status} {self.server_code}"
        detail += f": {self.server_message}" if server_message else ""
        code = type(self).code
        if type(self) is BackendHttpError and status >= 500:
            code = "backend.http_trouble"
        super().__init__(code, endpoint=endpoint, status=status, detail=detail)


class BackendUnauthorized(BackendHttpError):
    """401/403: the API token is missing, wrong, expired or lacks the right."""

    code = "backend.unauthorized"


class BackendNotFound(BackendHttpError):
    """404: the merchant, offering, token or period does not exist (any more)."""

    code = "backend.not_found"


class InvalidPayload(BackendError):
    """The answer was not what the contract promises: bad JSON, wrong types, absurd numbers,
    missing or unexpected fields. The data is never used."""

    code = "backend.invalid_payload"

    def __init__(self, endpoint: str, problem: str) -> None:
        self.problem = clip(problem)
        super().__init__(endpoint=endpoint, problem=self.problem)


class IncompatibleSchema(BackendError):
    """The server speaks a different major version of the API contract."""

    code = "backend.schema"

    def __init__(self, server_version: str, expected: str) -> None:
        self.server_version = clip(server_version, 40)
        self.expected = expected
        super().__init__(endpoint="/v1/health", server=self.server_version, expected=expected)
