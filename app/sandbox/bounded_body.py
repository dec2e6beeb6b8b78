"""Request bodies the sandbox servers accept: at most MAX_BODY bytes, and JSON nested no deeper
than app.json_input allows. Checked before FastAPI parses anything, for every route, with or
without a token: a 40 MB body was read and parsed whole, and a deeply nested one crashed the
server (see app.json_input)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, MutableMapping
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

from app import json_input

MAX_BODY = 64 * 1024  # the largest real body (a signed order, a signature) is under 4 KB
# How the OpenAPI document describes these answers, on every route that takes a body.
NOT_JSON = "The body is not JSON (`invalid_json`)"
TOO_LARGE = f"The body is larger than {MAX_BODY} bytes (`body_too_large`)"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Scope, Receive, Send], Awaitable[None]]
Refusal = Callable[[int, str, str], Any]  # (status, error, message) -> an ASGI response


class BoundedBody:
    """ASGI middleware: 413 past MAX_BODY, 400 for JSON nested too deeply; otherwise the body
    is handed on unchanged."""

    def __init__(self, app: Asgi, refuse: Refusal) -> None:
        self.app = app
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                await self._refuse(
                    413, "body_too_large", f"The body is over {MAX_BODY} bytes.", scope, send
                )
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        try:
            json_input.check_depth(body)
        except json_input.TooDeep as error:
            await self._refuse(400, "invalid_json", f"The body is {error.msg}.", scope, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, status: int, error: str, text: str, scope: Scope, send: Send) -> None:
        response = self.refuse(status, error, text)

        async def nothing() -> Message:
            return {"type": "http.disconnect"}

        await response(scope, nothing, send)


class JsonBodyRoute(APIRoute):
    """A route whose body that is not JSON is a 400 (`invalid_json`), as the OpenAPI document
    says: malformed JSON (FastAPI's validation error) and bytes that are not even text (FastAPI's
    own 400, which said "http_error" and was undocumented on the treasury routes). Bodies over
    MAX_BODY bytes never get here (BoundedBody)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            from app.sandbox.api import ApiProblem

            try:
                return await handler(request)
            except RequestValidationError as exc:
                if not any(_not_json(e) for e in exc.errors()):
                    raise
            except HTTPException as exc:  # raised by FastAPI while it reads the body
                if exc.status_code != 400:
                    raise
            raise ApiProblem(
                400, "invalid_json", "The body is not JSON (Content-Type: application/json)."
            )

        return route


def _not_json(error: dict[str, Any]) -> bool:
    """Is this validation error a body that is not JSON (FastAPI hands a body it could not, or
    was not told to, read as JSON to the model as raw bytes)?"""
    raw_body = tuple(error.get("loc", ())) == ("body",) and isinstance(error.get("input"), bytes)
    return error.get("type") == "json_invalid" or raw_body
