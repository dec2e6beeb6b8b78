"""A scripted headless session (subprocesses, secrets on stdin), then a search for leaked secrets
in the data directory and in everything the commands printed or logged."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

from app.config.profiles import NetworkProfile
from app.config.settings import Settings
from app.storage import open_database
from app.storage.settings_store import save_settings
from tests.fixtures.keyring import require_or_skip, secret_service_problem

ROOT = Path(__file__).resolve().parents[3]
SECRETS = {
    "vault password": "vault-pass-Ka81",
    "new vault password": "vault-pass-Zr27",
    "store password": "store-pw-Qm55!",
    "api key 1": "AKIA7SECRETONE",
    "api key 2": "AKIA7SECRETTWO",
    "totp seed": "JBSWY3DPEHPK3PXPJBSWY3DP",
    "notes": "recovery-code-9931-4410",
    "api token": "pst-token-f00dfeed77",
    "backup password": "backup-pass-Lx09",
}


class Session:
    def __init__(self, data: Path, env: dict[str, str], profile: str | None = None) -> None:
        self.data, self.env, self.profile = data, env, profile
        self.printed: list[str] = []

    def __call__(self, *args: str, stdin: list[str] = (), keep_stdout: bool = True) -> str:
        profile = ["--profile", self.profile] if self.profile else []
        done = subprocess.run(
            [sys.executable, "main.py", "-v", "--data-dir", str(self.data), *profile, "vault",
             *args],
            input="".join(line + "\n" for line in stdin),
            capture_output=True, text=True, cwd=ROOT, env=self.env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-2000:]
        self.printed.append(done.stderr)
        if keep_stdout:
            self.printed.append(done.stdout)
        return done.stdout


def _assert_no_secret_in_clear(data: Path, printed: list[str], secrets: dict[str, str]) -> None:
    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files) and any(p.suffix == ".bak" for p in files)
    for path in files:
        content = path.read_bytes()
        for name, secret in secrets.items():
            for encoded in (secret.encode(), secret.encode("utf-16-le")):
                assert encoded not in content, f"{name} in clear in {path.name}"
    text = "\n".join(printed)
    for name, secret in secrets.items():
        assert secret not in text, f"{name} printed or logged"


def _env(without_dbus: bool) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PST_DESK_DATA_DIR", None)
    if without_dbus:
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no Secret Service: password mode
    return env


def test_scripted_session_without_keyring_leaves_no_secret_in_clear(tmp_path):
    data = tmp_path / "data"
    run = Session(data, _env(without_dbus=True))
    vault_pw, new_pw = SECRETS["vault password"], SECRETS["new vault password"]
    api_keys = f"{SECRETS['api key 1']} {SECRETS['api key 2']}"
    run(
        "add", "M00001", "--platform", "Amazon", "--login", "ops@shop.example", "--label", "main",
        stdin=[vault_pw, SECRETS["store password"], api_keys, SECRETS["totp seed"],
               SECRETS["notes"]],
    )  # fmt: skip
    run("add", "--api-token", stdin=[vault_pw, SECRETS["api token"]])
    revealed = run(
        "reveal", "M00001", "password", "--purpose", "renew seller central session",
        stdin=[vault_pw], keep_stdout=False,
    )  # fmt: skip
    assert revealed == SECRETS["store password"] + "\n"
    run("rotate", "--master", stdin=[vault_pw, new_pw])
    backup = data / "vault.bak"
    run("export", str(backup), stdin=[new_pw, SECRETS["backup password"]])
    run("import", str(backup), stdin=[new_pw, SECRETS["backup password"]])
    assert "imported: 0 added, 0 replaced, 2 already present" in run.printed[-2]
    assert "The OS keyring is unavailable" in run.printed[0]

    db = open_database(data / "pst-desk.sqlite3")
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT action, store_id, field, purpose FROM vault_access_log ORDER BY id"
        ).fetchall()
    db.close()
    assert [tuple(r) for r in rows] == [
        ("add", "M00001", None, ""),
        ("token", "sandbox", None, ""),
        ("reveal", "M00001", "password", "renew seller central session"),
        ("export", None, None, "vault.bak"),
        ("import", None, None, "vault.bak"),
    ]
    _assert_no_secret_in_clear(data, run.printed, SECRETS)


def test_scripted_session_on_the_secret_service(tmp_path):
    require_or_skip(secret_service_problem(), "the Secret Service")
    profile = f"vault-test-{uuid.uuid4().hex[:8]}"
    data = tmp_path / "data"
    db = open_database(data / "pst-desk.sqlite3")
    save_settings(db, Settings(custom_profiles=[NetworkProfile(name=profile)]))
    db.close()
    run = Session(data, _env(without_dbus=False), profile)
    try:
        run(
            "add", "M00007", "--platform", "Shopify", "--login", "ops@shop.example",
            stdin=[SECRETS["store password"], "", "", SECRETS["notes"]],
        )  # fmt: skip
        assert "warning" not in run.printed[0]
        revealed = run(
            "reveal", "M00007", "notes", "--purpose", "support ticket 81",
            keep_stdout=False,
        )  # fmt: skip
        assert revealed == SECRETS["notes"] + "\n"
        run("export", str(data / "k.bak"), stdin=[SECRETS["backup password"]])
        _assert_no_secret_in_clear(data, run.printed, SECRETS)
    finally:
        from keyring.backends import SecretService

        collection = SecretService.Keyring().get_preferred_collection()
        mine = [
            item
            for item in collection.search_items({"service": "pst-desk"})
            if item.get_attributes().get("username", "").startswith(f"vault-master:{profile}:")
        ]
        assert len(mine) == 1  # exactly the profile's master key; no pending leftovers
        for item in mine:
            item.delete()
