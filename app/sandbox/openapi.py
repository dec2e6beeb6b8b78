"""Write the API contract: `python -m app.sandbox.openapi [PATH]` renders the sandbox app's
OpenAPI document to resources/api/openapi.json (a test keeps the two equal)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.resources import resource_path
from app.sandbox.api import create_app

DOCUMENT = resource_path("api", "openapi.json")


def openapi_document() -> dict[str, Any]:
    return create_app(None, token="").openapi()


def render(document: dict[str, Any] | None = None) -> str:
    """An OpenAPI document as committed: sorted keys, two-space indent, UTF-8."""
    shown = openapi_document() if document is None else document
    return json.dumps(shown, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(text: str, argv: list[str] | None, default: Path) -> int:
    """Write a rendered document to the path argv names, else to `default`."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else default
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return write(render(), argv, DOCUMENT)


if __name__ == "__main__":
    sys.exit(main())
