"""`python -m screenshots.capture [OUT_DIR] [--merchant ID]`: the README screenshots.

From the real app.

Starts the app exactly as `make run` does (sandbox profile, its own temporary data directory),
waits for real data, and saves the merchant list and one dashboard in both themes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

SIZE = (1440, 900)


def _wait(app: object, condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _settle(app: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m screenshots.capture")
    parser.add_argument("out", nargs="?", default="resources/screenshots")
    parser.add_argument(
        "--merchant", help="merchant id for the dashboard (default: a tokenized one)"
    )
    parser.add_argument("--merchants", type=int, default=300)
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    warnings.filterwarnings(
        "ignore", message=".*AA_UseHighDpiPixmaps.*", category=DeprecationWarning
    )
    from PySide6.QtWidgets import QApplication

    from ui.shell.app import Session

    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="pst-shots-") as tmp:
        args = argparse.Namespace(data_dir=tmp, profile=None, merchants=options.merchants)
        session = Session(args, app)  # type: ignore[arg-type]
        window = session.window
        window.resize(*SIZE)
        window.show()
        session.start()
        try:
            _wait(app, lambda: window.merchants is not None, 180, "the sandbox")
            page = window.merchants
            assert page is not None
            _wait(app, lambda: page.model.rowCount() > 0, 60, "the merchant list")
            session.theme.apply("light")
            _settle(app)
            window.grab().save(str(out / "merchants-light.png"), "PNG", 9)
            session.theme.apply("dark")
            _settle(app)
            window.grab().save(str(out / "merchants-dark.png"), "PNG", 9)

            merchant = options.merchant or next(m.id for m in page.model.items() if m.tokenized)
            dashboard = window.dashboard
            assert dashboard is not None
            shown: list[object] = []
            dashboard.shown.connect(shown.append)
            window.open_merchant(merchant)
            _wait(app, lambda: bool(shown), 60, "the dashboard")
            _settle(app, 1.0)
            window.grab().save(str(out / "dashboard-dark.png"), "PNG", 9)
            session.theme.apply("light")
            _settle(app, 1.0)
            window.grab().save(str(out / "dashboard-light.png"), "PNG", 9)
        finally:
            window.close()
            session.stop()
    print(f"saved 4 screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
