"""`python -m bench NAME [--json] [bench options]`: run one benchmark module `bench/NAME.py`.

Each module defines `add_arguments(parser)` (optional) and `run(args) -> list[Result]`.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from bench.report import render


def available() -> list[str]:
    here = Path(__file__).parent
    skip = {"report", "__main__", "__init__"}
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name not in skip)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    names = available()
    if not argv or argv[0] not in names:
        print(f"usage: python -m bench {{{','.join(names)}}} [--json]", file=sys.stderr)
        return 2
    module = importlib.import_module(f"bench.{argv[0]}")
    parser = argparse.ArgumentParser(prog=f"python -m bench {argv[0]}")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    if hasattr(module, "add_arguments"):
        module.add_arguments(parser)
    args = parser.parse_args(argv[1:])
    results = module.run(args)
    print(render(argv[0], results, args.json))
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
