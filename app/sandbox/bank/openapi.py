"""Write the bank API's contract: `python -m app.sandbox.bank.openapi [PATH]` renders the sandbox
bank's OpenAPI document to resources/api/bank.json (a test keeps the two equal)."""

from __future__ import annotations

import sys
from typing import Any

from app.resources import resource_path
from app.sandbox import openapi
from app.sandbox.bank.api import create_bank_app

DOCUMENT = resource_path("api", "bank.json")


def openapi_document() -> dict[str, Any]:
    return create_bank_app(None, token="").openapi()


def render() -> str:
    return openapi.render(openapi_document())


def main(argv: list[str] | None = None) -> int:
    return openapi.write(render(), argv, DOCUMENT)


if __name__ == "__main__":
    sys.exit(main())
