"""`main.py doctor`: one line per check, advice on failure, non-zero exit, and the token read
from the environment or standard input only."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import build_parser, doctor
from app.cli.command import TOKEN_ENV
from app.config.paths import database_path
from app.config.profiles import NetworkProfile
from app.config.settings import Settings
from app.storage import open_database
from app.storage.settings_store import save_settings
from tests.fixtures import payloads
from tests.fixtures.hostile import ok, slow, status
from tests.fixtures.trickle import json_answer

ROOT = Path(__file__).resolve().parents[3]


def run_doctor(tmp_path, *argv: str, stdin: str = "") -> tuple[int, str]:
    args = build_parser().parse_args(["--data-dir", str(tmp_path), *argv])
    out = io.StringIO()
    code = doctor.run(args, out=out, stdin=io.StringIO(stdin))
    return code, out.getvalue()


@pytest.fixture
def healthy(hostile_api, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, hostile_api.token)
    hostile_api.set("/v1/health", ok(payloads.health(data_version=4)))
    hostile_api.set("/v1/merchants", ok(payloads.page(range(1, 2), total=60, size=1)))
    return hostile_api


def statuses(output: str) -> dict[str, str]:
    found = {}
    for line in output.splitlines():
        for check in doctor.CHECKS:
            if line[6:].startswith(check.name + " "):
                found[check.name] = line[:5].strip()
    return found


def test_a_healthy_backend_passes_every_check(tmp_path, healthy):
    code, output = run_doctor(tmp_path, "doctor", "--api-url", healthy.url)
    assert code == 0, output
    assert statuses(output) == dict.fromkeys(
        ["api reachable", "schema version", "auth", "latency"], "OK"
    )
    assert "60 merchants listed" in output
    assert "All checks passed." in output
    assert healthy.token not in output


def test_a_wrong_token_fails_auth_with_advice(tmp_path, healthy, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, "not-the-right-token")
    code, output = run_doctor(tmp_path, "doctor", "--api-url", healthy.url)
    assert code == 1
    assert statuses(output)["auth"] == "FAIL"
    assert "-> The PST backend rejected the API token" in output
    assert "not-the-right-token" not in output


def test_the_token_can_come_on_standard_input(tmp_path, healthy, monkeypatch):
    monkeypatch.delenv(TOKEN_ENV)
    code, output = run_doctor(
        tmp_path, "doctor", "--api-url", healthy.url, stdin=healthy.token + "\n"
    )
    assert code == 0, output


def test_an_incompatible_schema_fails_and_skips_auth(tmp_path, healthy):
    healthy.set("/v1/health", ok(payloads.health(schema_version="2.1")))
    code, output = run_doctor(tmp_path, "doctor", "--api-url", healthy.url)
    assert code == 1
    found = statuses(output)
    assert (found["schema version"], found["auth"]) == ("FAIL", "SKIP")
    assert "Update PST Desk" in output


def test_an_unreachable_backend_fails_and_skips_the_rest(tmp_path, refused_url, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, "t0ken")
    code, output = run_doctor(tmp_path, "doctor", "--api-url", refused_url)
    assert code == 1
    assert statuses(output) == {
        "api reachable": "FAIL",
        "schema version": "SKIP",
        "auth": "SKIP",
        "latency": "SKIP",
    }
    assert "connection refused" in output
    assert "-> Cannot reach the PST backend" in output


def test_a_slow_backend_fails_latency(tmp_path, healthy, monkeypatch):
    monkeypatch.setattr(doctor, "SLOW_MS", 20)
    healthy.set("/v1/health", slow(0.05, ok(payloads.health())))
    code, output = run_doctor(tmp_path, "doctor", "--api-url", healthy.url)
    assert code == 1
    assert statuses(output)["latency"] == "FAIL"


def test_the_sandbox_needs_its_url(tmp_path, monkeypatch):
    monkeypatch.setenv(TOKEN_ENV, "t0ken")
    code, output = run_doctor(tmp_path, "doctor")
    assert code == 2
    assert "--api-url" in output


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["--profile", "nowhere", "doctor", "--api-url", "http://127.0.0.1:9"],
            "no network profile",
        ),
        (["doctor", "--api-url", "ftp://example.com"], "http(s) URL"),
        (["doctor", "--api-url", "http://127.0.0.1:9", "--timeout", "0"], "--timeout"),
    ],
)
def test_bad_configuration_is_exit_2(tmp_path, monkeypatch, argv, expected):
    monkeypatch.setenv(TOKEN_ENV, "t0ken")
    code, output = run_doctor(tmp_path, *argv)
    assert code == 2
    assert expected in output
    assert "Traceback" not in output


def test_no_token_is_exit_2(tmp_path, monkeypatch):
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    code, output = run_doctor(tmp_path, "doctor", "--api-url", "http://127.0.0.1:9")
    assert code == 2
    assert TOKEN_ENV in output


def test_a_custom_profile_uses_its_own_api_url(tmp_path, healthy):
    db = open_database(tmp_path / "pst-desk.sqlite3")
    save_settings(
        db, Settings(custom_profiles=[NetworkProfile(name="staging", api_url=healthy.url)])
    )
    db.close()
    code, output = run_doctor(tmp_path, "--profile", "staging", "doctor")
    assert code == 0, output
    assert f"profile staging, API {healthy.url}" in output


def test_the_real_command_against_the_sandbox(tmp_path, sandbox_api):
    """End to end: `main.py doctor` in its own process, the token on standard input."""
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path), "doctor"]
        + ["--api-url", sandbox_api.api_url],
        input=sandbox_api.token + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("\nOK ") == 4
    assert sandbox_api.token not in result.stdout + result.stderr


def test_a_crashing_check_fails_says_so_and_is_logged(caplog):
    def broken(_ctx):
        raise KeyError("boom")

    out = io.StringIO()
    ok_check = doctor.Check("fine", lambda _ctx: doctor.CheckResult(doctor.OK, "all good"))
    checks = [ok_check, doctor.Check("broken", broken), doctor.Check("after", ok_check.run)]
    ctx = doctor.DoctorContext(NetworkProfile(name="x"), "http://127.0.0.1:1", None)
    assert doctor.run_checks(ctx, checks, out) is False
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("FAIL") and "crashed: KeyError" in lines[1]
    assert lines[2].startswith("OK")  # the others still ran
    assert any(r.exc_info and "broken" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("headers_fast", [False, True], ids=["headers", "body"])
def test_the_doctor_ends_within_its_timeout_against_a_trickling_server(
    tmp_path, trickle_server, monkeypatch, headers_fast
):
    """Once 150 s with --timeout 5: every check waited its own full time, byte by byte."""
    monkeypatch.setenv(TOKEN_ENV, "t0ken")
    server = trickle_server(
        json_answer(payloads.health().model_dump(mode="json")), headers_fast=headers_fast
    )
    argv = ["--data-dir", str(tmp_path), "doctor", "--api-url", server.url, "--timeout", "2"]
    args, out = build_parser().parse_args(argv), io.StringIO()
    open_database(database_path(tmp_path)).close()  # an existing data directory: migrated
    started = time.monotonic()
    code = doctor.run(args, out=out, stdin=io.StringIO(""))
    elapsed = time.monotonic() - started
    output = out.getvalue()
    assert elapsed < 3.0, f"took {elapsed:.1f} s:\n{output}"
    assert code == 1 and statuses(output)["api reachable"] == "FAIL"
    assert re.search(r"within [12](\.\d)? seconds", output), output


def test_a_server_cannot_drive_the_terminal_through_the_doctor(tmp_path, healthy):
    """Escape sequences in what the server says (here its schema version and an error message)
    would clear the screen and print "OK"; they are removed before anything is printed."""
    hostile = "\x1b[2J\x1b[H\x1b[32mOK\x1b[0m\r\n7.0"
    healthy.set("/v1/health", ok(payloads.health(schema_version=hostile)))
    code, output = run_doctor(tmp_path, "doctor", "--api-url", healthy.url)
    assert code == 1 and statuses(output)["schema version"] == "FAIL"
    assert "OK" in output and "7.0" in output  # the words remain, the controls go

    healthy.set("/v1/health", ok(payloads.health()))
    healthy.set("/v1/merchants", status(500, "boom", "\x1b]0;owned\x07database \x1b[31mon fire"))
    code, second = run_doctor(tmp_path, "doctor", "--api-url", healthy.url)
    assert code == 1 and statuses(second)["auth"] == "FAIL"
    assert "database" in second and "on fire" in second
    for text in (output, second):
        assert "\x1b" not in text and "\x07" not in text and "\r" not in text
