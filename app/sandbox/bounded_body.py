"""Request bodies the sandbox servers accept: at most MAX_BODY bytes, and JSON nested no deeper
than app.json_input allows. Checked before FastAPI parses anything, for every route, with or
without a token: a 40 MB body was read and parsed whole, and a deeply nested one crashed the
server (see app.json_input)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from app import json_input

MAX_BODY = 64 * 1024  # the largest real body (a signed order, a signature) is under 4 KB

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
