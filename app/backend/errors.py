"""What can go wrong talking to the REST backend, as typed errors the GUI and CLI can show.

Every error carries `user_message`: what went wrong and what to do, in plain English. No error
ever holds the API token: messages are built from the endpoint, the host and the server's
(scrubbed, truncated) words, never from request headers.
"""

from __future__ import annotations

from app.errors import WordedError

_MAX_SERVER_TEXT = 200


def clip(text: str, limit: int = _MAX_SERVER_TEXT) -> str:
    """Server-supplied text, one line and bounded, so a hostile answer cannot flood a dialog."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class BackendError(WordedError):
    """Any failure to get a valid answer from the backend."""

    code = "backend.error"

    def __init__(self, message: str, *, endpoint: str = "", user_message: str = "") -> None:
        super().__init__(
            user_message or f"The PST backend could not answer ({message}). Try again in a moment."
        )
        self.args = (message,)
        self.message = message
        self.endpoint = endpoint

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class BackendUnreachable(BackendError):
    """Connection refused, DNS failure, no route: nothing answered at all."""

    def __init__(self, host: str, reason: str, *, endpoint: str = "") -> None:
        self.host = host
        self.reason = reason
        super().__init__(
            f"cannot reach {host}: {reason}",
            endpoint=endpoint,
            user_message=(
                f"Cannot reach the PST backend at {host} ({reason}). Check your network "
                "connection and the API URL of this network profile, then try again."
            ),
        )


class BackendTimeout(BackendError):
    """The server accepted the connection but did not answer in time."""

    def __init__(self, host: str, seconds: float, *, endpoint: str = "") -> None:
        self.host = host
        self.seconds = seconds
        super().__init__(
            f"{host} did not answer {endpoint or 'the request'} within {seconds:g} s",
            endpoint=endpoint,
            user_message=(
                f"The PST backend at {host} did not answer within {seconds:g} seconds. It may "
                "be overloaded or the connection slow; try again in a moment."
            ),
        )


class BackendHttpError(BackendError):
    """The server answered with an HTTP error status (its ApiError code when it sent one)."""

    def __init__(
        self,
        status: int,
        server_code: str,
        server_message: str = "",
        *,
        endpoint: str = "",
        user_message: str = "",
    ) -> None:
        self.status = status
        self.server_code = server_code
        self.server_message = clip(server_message)
        detail = f"HTTP {status} {server_code}"
        detail += f": {self.server_message}" if server_message else ""
        what = "The PST backend is having trouble" if status >= 500 else "The PST backend refused"
        super().__init__(
            f"{endpoint or 'request'} failed with {detail}",
            endpoint=endpoint,
            user_message=user_message
            or (
                f"{what} the request for {endpoint or 'data'} ({detail}). Try again later; "
                "if it keeps happening, contact platform support."
            ),
        )


class BackendUnauthorized(BackendHttpError):
    """401/403: the API token is missing, wrong, expired or lacks the right."""

    def __init__(
        self, status: int, server_code: str, server_message: str = "", *, endpoint: str = ""
    ):
        super().__init__(
            status,
            server_code,
            server_message,
            endpoint=endpoint,
            user_message=(
                f"The PST backend rejected the API token (HTTP {status}). Check the token of "
                "this network profile (for the sandbox, the one `python main.py sandbox` "
                "printed) and try again."
            ),
        )


class BackendNotFound(BackendHttpError):
    """404: the merchant, offering, token or period does not exist (any more)."""

    def __init__(
        self, status: int, server_code: str, server_message: str = "", *, endpoint: str = ""
    ):
        super().__init__(
            status,
            server_code,
            server_message,
            endpoint=endpoint,
            user_message=(
                f"The PST backend has nothing at {endpoint or 'that address'}. It may have been "
                "removed or renamed; refresh the list and try again."
            ),
        )


class InvalidPayload(BackendError):
    """The answer was not what the contract promises: bad JSON, wrong types, absurd numbers,
    missing or unexpected fields. The data is never used."""

    def __init__(self, endpoint: str, problem: str) -> None:
        self.problem = clip(problem)
        super().__init__(
            f"invalid answer from {endpoint}: {self.problem}",
            endpoint=endpoint,
            user_message=(
                f"The PST backend sent an invalid answer for {endpoint} ({self.problem}). The "
                "data was not used; any previously loaded data is kept. Try again later; if it "
                "keeps happening, contact platform support."
            ),
        )


class IncompatibleSchema(BackendError):
    """The server speaks a different major version of the API contract."""

    def __init__(self, server_version: str, expected: str) -> None:
        self.server_version = clip(server_version, 40)
        self.expected = expected
        super().__init__(
            f"server API schema {self.server_version}, this app expects {expected}",
            endpoint="/v1/health",
            user_message=(
                f"The PST backend speaks API schema {self.server_version} but this app expects "
                f"{expected}. Update PST Desk, or point the network profile to a compatible "
                "server."
            ),
        )
