"""Issue 8.5: the window paints before the store opens. Built in a fresh process (this one has
loaded everything already), the shell must leave SQLAlchemy, Alembic, pydantic, matplotlib and
web3 unimported, and still look as the user chose: theme, language, what is starting."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.config import NetworkProfile, Settings
from app.storage import open_database
from app.storage.settings_store import save_settings

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("sqlalchemy", "alembic", "pydantic", "matplotlib", "web3", "ui.merchants.page")
SHELL = """
import argparse, json, sys
from PySide6.QtWidgets import QApplication
from ui.shell.app import Session
app = QApplication([])
session = Session(argparse.Namespace(data_dir=sys.argv[1], profile=None), app, attach_pages=False)
window = session.window
print(json.dumps({
    "loaded": [m for m in json.loads(sys.argv[2]) if m in sys.modules],
    "theme": session.theme.choice,
    "language": session.language.choice,
    "starting": window.connection.text(),
    "pages": [window.sidebar.item(i).text() for i in range(window.sidebar.count())],
}))
session.stop()
"""


def build_shell(data_dir: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SHELL, str(data_dir), json.dumps(HEAVY)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=True,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_shell_on_a_first_start_loads_nothing_heavy(tmp_path):
    shell = build_shell(tmp_path)
    assert shell["loaded"] == []
    assert (shell["theme"], shell["language"]) == ("system", "system")
    assert shell["starting"] == "Starting the sandbox…"
    assert shell["pages"] == [
        "Portfolio",
        "Merchants",
        "Treasury",
        "Vault",
        "Wallet",
        "Screener",
        "Market",
        "Settings",
    ]  # every page in its place from the first paint
    assert not (tmp_path / "pst-desk.sqlite3").exists()  # the store opens after the paint


def test_the_shell_looks_as_the_saved_settings_say(tmp_path):
    db = open_database(tmp_path / "pst-desk.sqlite3")
    profile = NetworkProfile(name="staging", api_url="https://api.example.test")
    save_settings(
        db,
        Settings(theme="dark", language="zh_CN", custom_profiles=[profile],
                 active_profile="staging"),
    )  # fmt: skip
    db.close()
    shell = build_shell(tmp_path)
    assert shell["loaded"] == []
    assert (shell["theme"], shell["language"]) == ("dark", "zh_CN")
    assert "staging" in str(shell["starting"])
