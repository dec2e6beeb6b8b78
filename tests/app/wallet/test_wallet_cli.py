"""`python main.py wallet ...`: real processes with secrets on stdin (real scrypt cost), then the
bad-input matrix in-process against the same handler (cheap scrypt wallet, nothing may change)."""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from eth_account import Account

from app.cli import build_parser
from app.cli.wallet import run
from app.storage import open_database
from app.wallet.wallet import Wallet

from .conftest import KEY_HEX, PASSWORD, PHRASE, snapshot

ROOT = Path(__file__).resolve().parents[3]


def cli(data_dir: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "wallet", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def finish(proc: subprocess.Popen, stdin: str = "") -> tuple[int, str, str]:
    out, err = proc.communicate(stdin, timeout=120)
    return proc.returncode, out, err


def everything_under(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.rglob("*") if p.is_file())


def answer_verification(proc: subprocess.Popen, correct: bool) -> tuple[list[str], str]:
    """Drive `create` like a user: read the phrase, answer each 'word #N' prompt."""
    assert proc.stdin and proc.stdout and proc.stderr
    proc.stdin.write(f"{PASSWORD}\n{PASSWORD}\n")
    proc.stdin.flush()
    words = proc.stdout.readline().split()
    asked, seen = 0, ""
    while asked < 3:
        line = proc.stderr.readline()
        seen += line
        assert line, "the process ended before asking for the words"
        match = re.fullmatch(r"word #(\d+)\n", line)
        if match:
            word = words[int(match.group(1)) - 1]
            proc.stdin.write((word if correct else word + "x") + "\n")
            proc.stdin.flush()
            asked += 1
    return words, seen


def test_create_verifies_the_words_then_lists_and_keeps_no_secret_in_clear(tmp_path):
    data = tmp_path / "data"
    proc = cli(data, "create", "--words", "24", "--label", "Main")
    words, prompts = answer_verification(proc, correct=True)
    code, out, err = finish(proc)
    assert code == 0, err
    assert len(words) == 24 and "shown only this once" in prompts
    address = out.strip()
    assert Account.from_mnemonic(" ".join(words)).address == address

    code, out, err = finish(cli(data, "list"))
    assert code == 0 and out.split() == [address, "hd", "0", "Main"]
    assert "password: set" in err
    stored = everything_under(data)
    for secret in (" ".join(words), " ".join(words[5:8]), PASSWORD):
        assert secret.encode() not in stored


def test_restore_import_and_export_through_stdin(tmp_path):
    data, out_dir = tmp_path / "data", tmp_path / "out"
    out_dir.mkdir()
    proc = cli(data, "restore", "--passphrase", "--index", "2")
    code, out, err = finish(proc, f"{PHRASE.upper()}\nmy passphrase\n{PASSWORD}\n{PASSWORD}\n")
    assert code == 0, err
    expected = Account.from_mnemonic(PHRASE, "my passphrase", "m/44'/60'/0'/0/2").address
    assert out.split() == [expected]

    code, _, err = finish(cli(data, "import-key", "--label", "Hot"), f"0x{KEY_HEX}\n{PASSWORD}\n")
    assert code == 0, err
    imported = Account.from_key(bytes.fromhex(KEY_HEX)).address
    target = out_dir / "exported.json"
    code, _, err = finish(cli(data, "export-keystore", imported.lower(), str(target)), PASSWORD)
    assert code == 0, err
    assert bytes(Account.decrypt(json.loads(target.read_text()), PASSWORD)).hex() == KEY_HEX

    db = open_database(data / "pst-desk.sqlite3")
    accounts = Wallet(data, db).accounts()
    db.close()
    assert [(a.address, a.kind, a.derivation_index, a.label) for a in accounts] == [
        (expected, "hd", 2, "Account 3"), (imported, "imported", None, "Hot"),
    ]  # fmt: skip
    stored = everything_under(data)
    for secret in (PHRASE, "my passphrase", KEY_HEX, KEY_HEX.upper(), PASSWORD):
        assert secret.encode() not in stored


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_cli(data_dir: Path, argv: list[str], stdin: str, capsys) -> tuple[int, str, str]:
    """The same handler `main.py` calls, in-process; a trailing "--tty" fakes a terminal."""
    tty = argv[-1] == "--tty"
    argv = argv[:-1] if tty else argv
    args = build_parser().parse_args(["--data-dir", str(data_dir), "wallet", *argv])
    code = run(args, Terminal(stdin) if tty else io.StringIO(stdin))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_bad_input_exits_non_zero_with_a_clear_message_and_changes_nothing(
    wallet, data_dir, tmp_path, capsys
):
    account = wallet.restore(PHRASE, PASSWORD, PASSWORD)[0]
    existing = tmp_path / "exists.json"
    existing.write_text("{}")
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": 3, "crypto": {"cipher": "aes-128-ctr"')
    words = PHRASE.split()
    typo = " ".join(words[:3] + ["thnak"] + words[4:])
    cases = [
        (["restore"], typo + "\n", "Word 4 is not in the BIP-39"),
        (["import-key"], "0x1234\n", "64 hexadecimal digits"),
        (["import-key"], f"{'11' * 32}\nWrong-password-77\n", "does not open"),
        (["import-key"], f"{'11' * 32}\n", "standard input ended before wallet password"),
        (["import-keystore", str(broken)], "", "not a readable keystore"),
        (["import-keystore", str(tmp_path / "missing.json")], "", "No such file"),
        (["export-keystore", account.address, str(existing)], f"{PASSWORD}\n", "already exists"),
        (["export-keystore", "0x" + "ab" * 20, str(tmp_path / "n.json")], "", "No account"),
        (["export-keystore", account.address, str(tmp_path / "w.json")], "nope\n", "does not open"),
        (["create"], f"{PASSWORD}\n", "already has a recovery phrase"),
        (["watch", "0x1234"], "", "40 hexadecimal digits"),
        (["add-account"], "Wrong-password-77\n", "does not open"),
    ]
    before = snapshot(data_dir)
    for argv, stdin, message in cases:
        code, out, err = run_cli(data_dir, argv, stdin, capsys)
        assert code == 1, (argv, err)
        assert message in err, (argv, err)
        assert "thnak" not in err and "Wrong-password" not in err and out == ""
        assert snapshot(data_dir) == before, argv
    assert not (tmp_path / "w.json").exists() and existing.read_text() == "{}"


def test_new_wallet_password_and_verification_rules(data_dir, capsys):
    cases = [
        (["create"], f"{PASSWORD}\n{PASSWORD}\nnot\nthe\nwords\n", 1, "nothing was saved"),
        (["create", "--skip-verify"], "password1\npassword1\n", 1, "very weak"),
        (["create", "--skip-verify"], f"{PASSWORD}\n{PASSWORD}!\n", 1, "differ"),
        (["create", "--skip-verify", "--tty"], "", 2, "only for scripts"),
        (
            ["create", "--passphrase"],
            f"{PASSWORD}\n{PASSWORD}\nabc\nabd\n",
            1,
            "passphrases differ",
        ),
        (["restore"], f"{PHRASE}\n{PASSWORD}\n", 1, "wallet password again (line 3)"),
    ]
    for argv, stdin, want, message in cases:
        code, out, err = run_cli(data_dir, argv, stdin, capsys)
        assert code == want and (out == "" or argv == ["create"]), (argv, err)
        assert message in err and PASSWORD not in err
    assert snapshot(data_dir) == {}
