"""The vault subcommand in-process: listing, status, entry rotation, checks and bad input."""

import io
import json

import pytest

from app.cli import build_parser
from app.cli.vault import run

PW = "vault-pass-Ka81"


@pytest.fixture
def cli(tmp_path, no_keyring, monkeypatch, capsys):
    monkeypatch.setattr("app.cli.vault.Vault", _vault_on(no_keyring))

    def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        args = build_parser().parse_args(["--data-dir", str(tmp_path), "vault", *argv])
        code = run(args, io.StringIO(stdin))
        out, err = capsys.readouterr()
        return code, out, err

    return call


def _vault_on(store):
    from app.vault import Vault

    return lambda db: Vault(db, keyring_store=store)


def test_list_status_rotate_and_check(cli):
    code, out, _ = cli("status")
    assert code == 0 and "protection: not created" in out and "vault password only" in out
    add = ["add", "M00003", "--platform", "Temu", "--login", "a@b.example", "--label", "x"]
    assert cli(*add, stdin=f"{PW}\nsecret-pw\n\n\n\n")[0] == 0
    code, out, _ = cli("list", "--json")
    row = json.loads(out)
    assert (row["store_id"], row["platform"], row["login"], row["key_version"]) == (
        "M00003", "Temu", "a@b.example", 1,
    )  # fmt: skip
    assert "secret-pw" not in out
    assert cli("rotate", "M00003", stdin=f"{PW}\n")[0] == 0
    code, out, _ = cli("check", stdin=f"{PW}\n")
    store, version, commitment, state = out.strip().split("\t")
    assert (code, store, version, state) == (0, "M00003", "2", "ok") and len(commitment) == 66


def test_bad_input_is_a_clear_error_and_changes_nothing(cli):
    add = ["add", "M00003", "--platform", "Temu", "--login", "a@b.example"]
    code, _, err = cli(*add, stdin="short\n")
    assert code == 1 and "at least 8 characters" in err and "short" not in err
    assert "not created" in cli("status")[1]
    code, _, err = cli(*add, stdin=f"{PW}\nsecret-pw\n\nnot base32!\n\n")
    assert code == 1 and "TOTP seed is base32" in err and "not base32" not in err.split(":", 1)[1]
    code, _, err = cli(*add, stdin=f"{PW}\nsecret-pw\n")
    assert code == 1 and "standard input ended before API keys" in err
    assert cli("list")[1] == ""
    code, _, err = cli("reveal", "M00003", "password", "--purpose", " ", stdin=f"{PW}\n")
    assert code == 1 and "State a purpose" in err
    code, _, err = cli("add", "M00004", "--platform", "Temu", "--login", "x", stdin="short\n")
    assert code == 1 and "Wrong vault password" in err
    with pytest.raises(SystemExit):
        cli("reveal", "M00003", "password")  # --purpose is required
    code, _, err = cli("rotate", "M09999", stdin=f"{PW}\n")
    assert code == 1 and "no credentials for 'M09999'" in err
    args = build_parser().parse_args(["--profile", "nope", "vault", "list"])
    assert run(args, io.StringIO("")) == 2
