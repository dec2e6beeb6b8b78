"""Write the bank API's contract: `python -m app.sandbox.bank.openapi [PATH]` renders the sandbox
bank's OpenAPI document to resources/api/bank.json (a test keeps the two equal)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.resources import resource_path
from app.sandbox.bank.api import create_bank_app

DOCUMENT = resource_path("api", "bank.json")


def openapi_document() -> dict[str, Any]:
    return create_bank_app(None, token="").openapi()


def render() -> str:
    return json.dumps(openapi_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else DOCUMENT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
