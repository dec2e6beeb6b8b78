"""`merchants screen` against the real sandbox: the funnel and the shortlist, as text, JSON
and CSV; thresholds given on the command line are a what-if."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli import build_parser
from app.sandbox.launcher import SandboxProcess


def screen(sandbox: SandboxProcess, data: Path, *options: str) -> tuple[int, str]:
    argv = ["--data-dir", str(data), "merchants", "screen", "--api-url", sandbox.api_url,
            *options]  # fmt: skip
    args = build_parser(argv).parse_args(argv)
    out = io.StringIO()
    return args.handler(args, out=out), out.getvalue()


@pytest.fixture
def token(screening_sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PST_DESK_API_TOKEN", screening_sandbox.token)


@pytest.mark.usefixtures("token")
def test_funnel_and_shortlist_in_three_shapes(
    screening_sandbox: SandboxProcess, tmp_path: Path
) -> None:
    code, text = screen(screening_sandbox, tmp_path, "--limit", "5")
    assert code == 0 and "Screened 300 merchants" in text
    assert [line.split()[0] for line in text.splitlines()[1:8]] == [
        "all", "growth", "product", "promotions", "repayment", "integrity", "tokenized"
    ]  # fmt: skip

    code, body = screen(screening_sandbox, tmp_path, "--json", "--limit", "0")
    answer = json.loads(body)
    funnel = {s["step"]: s["stores"] for s in answer["funnel"]}
    assert code == 0 and funnel["all"] == 300 and len(answer["shortlist"]) == funnel["integrity"]
    assert answer["policy"]["dio_always_ok_days_x100"] == 6_000

    # A what-if: DIO up to 200 days always passes, so at least as many stores clear product.
    code, body = screen(screening_sandbox, tmp_path, "--json", "--max-dio", "200")
    loose = {s["step"]: s["stores"] for s in json.loads(body)["funnel"]}
    assert loose["product"] >= funnel["product"] and loose["all"] == 300
    assert json.loads(body)["policy"]["dio_always_ok_days_x100"] == 20_000

    code, table = screen(screening_sandbox, tmp_path, "--csv", "--min-growth", "40")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert code == 0 and all(int(r["growth_value"]) >= 4_000 for r in rows)
    assert all(r["all_five_passed"] == "yes" for r in rows)


def test_a_wrong_token_is_said_plainly(
    screening_sandbox: SandboxProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setenv("PST_DESK_API_TOKEN", "wrong-token")
    code, _ = screen(screening_sandbox, tmp_path)
    assert code == 1 and "token" in capsys.readouterr().err.lower()
