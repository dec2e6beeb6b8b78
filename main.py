"""PST Desk entry point: parse arguments, then open the GUI or run a headless command."""

from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser
    from app.memory import reuse_freed_memory

    reuse_freed_memory()  # before any bulk work allocates
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request at INFO; the live monitor polls every few seconds.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command in (None, "gui"):
        from ui.shell.app import run_gui

        return run_gui(args)
    from app.cli.command import guarded

    # Handlers declared with app.cli.command already map their errors; any other gets the same.
    return guarded(lambda: int(args.handler(args)))


if __name__ == "__main__":
    sys.exit(main())
