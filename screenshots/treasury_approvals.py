"""`python -m screenshots.treasury_approvals [OUT_DIR]`: the approval view and the confirmation
step of the real app on the sandbox, driven as screenshots.app drives it (its Driver: the demo
wallet restored, approver-2 unlocked, the Treasury's queue), saved as
`treasury-approval-{light,dark,zh_CN}.png` (the window) and `treasury-confirm-{...}.png` (the
confirmation dialog, before anything is signed; "Back" closes it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

from screenshots.app import APPROVER, SIZE, Driver, _keyring_session, _seed_settings, _shrink

SHOTS = (("light", "en", "light"), ("dark", "en", "dark"), ("light", "zh_CN", "zh_CN"))


def save(widget: Any, path: Path, saved: list[Path]) -> None:
    if not widget.grab().save(str(path), "PNG", 0):
        raise SystemExit(f"could not write {path}")
    _shrink(path)
    saved.append(path)
    print(f"{path}  {path.stat().st_size // 1024} KB", flush=True)


def approval(driver: Driver, approver: str, suffix: str) -> None:
    """The queue's first proposal in the approval view, then its confirmation step."""
    # The Treasury page as `approver`, "Waiting for my approval", its first row selected.
    driver.treasury(approver)
    page = driver.session.treasury.page
    view = page.queue.approval
    driver.wait(lambda: view.detail is not None, 120, "the approval view")
    # The sandbox's seeded signatures arrive through its API on the page's next look: show the
    # proposal that has the most of them.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(v.state.approvals for v in page.snapshot.queue):
        driver.settle(0.2)
    best = max(page.snapshot.queue, key=lambda v: v.state.approvals)
    page.queue.view.selectRow(page.queue.model.keys().index(best.id))
    driver.wait(lambda: view.detail is not None and view.detail.view.id == best.id, 60, "it")
    page.retranslate()
    driver.window.resize(*SIZE)
    driver.settle(0.8)
    save(driver.window, driver.out / f"treasury-approval-{suffix}.png", driver.saved)
    page.queue.buttons["approve"].click()
    driver.wait(lambda: page.confirmation is not None, 120, "the confirmation step")
    dialog = page.confirmation
    driver.settle(0.8)
    save(dialog, driver.out / f"treasury-confirm-{suffix}.png", driver.saved)
    dialog.reject()  # Back: nothing is signed
    driver.settle(0.3)


def run(driver: Driver) -> None:
    driver.wait_for_backend()
    accounts = driver.restore_wallet()
    driver.unlock_account(accounts[APPROVER])
    for theme, code, suffix in SHOTS:
        driver.choose_theme(theme)
        driver.choose_language(code)
        approval(driver, accounts[APPROVER], suffix)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m screenshots.treasury_approvals")
    parser.add_argument("out", nargs="?", default="resources/screenshots", type=Path)
    parser.add_argument("--merchants", type=int, default=60)
    parser.add_argument("--no-keyring", action="store_true", help="use the session bus as is")
    options = parser.parse_args(argv)
    if (
        not options.no_keyring
        and (code := _keyring_session(argv, "screenshots.treasury_approvals")) is not None
    ):
        return code
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    warnings.filterwarnings("ignore", message=".*AA_UseHighDpiPixmaps.*")
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from ui.shell.app import Session

    out: Path = options.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PST Desk")
    app.setOrganizationName("PST")
    with tempfile.TemporaryDirectory(prefix="pst-shots-", ignore_cleanup_errors=True) as tmp:
        _seed_settings(Path(tmp), "light")
        args = argparse.Namespace(data_dir=tmp, profile=None, merchants=options.merchants)
        session = Session(args, app)  # type: ignore[arg-type]
        session.window.resize(*SIZE)
        session.window.show()
        session.start()
        driver = Driver(app, session, out)
        try:
            run(driver)
        finally:
            session.window.close()
            session.stop()
            QThreadPool.globalInstance().waitForDone(60_000)
            app.processEvents()
    print(f"saved {len(driver.saved)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
