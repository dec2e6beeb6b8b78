"""`merchants screen` against the real sandbox: the funnel and the shortlist, as text, JSON
and CSV; thresholds given on the command line are a what-if."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli import build_parser
from app.cli.command import EXIT_NOT_SENT, EXIT_USAGE
from app.cli.merchants import thresholds
from app.sandbox.launcher import SandboxProcess
from tests.fixtures.hostile import HostileServer


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
    assert code == EXIT_NOT_SENT and "token" in capsys.readouterr().err.lower()


@pytest.mark.parametrize(
    ("option", "typed"),
    [
        ("--min-growth", "nan"),
        ("--min-growth", "-5"),
        ("--max-dio", "inf"),
        ("--max-dio", "721"),
        ("--max-dio", "1e3"),
        ("--max-gap", "2.255"),
        ("--max-gap", "101"),
        ("--max-return-percentile", "101"),
        ("--max-return-percentile", "50.5"),
        ("--max-late", "-1"),
    ],
)
def test_a_wrong_threshold_is_a_usage_error_before_any_request(
    hostile_api: HostileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], option: str, typed: str,
) -> None:  # fmt: skip
    monkeypatch.setenv("PST_DESK_API_TOKEN", hostile_api.token)
    argv = ["--data-dir", str(tmp_path), "merchants", "screen", "--api-url", hostile_api.url,
            option, typed]  # fmt: skip
    args = build_parser(argv).parse_args(argv)

    code = args.handler(args, out=io.StringIO())

    said = capsys.readouterr().err
    assert code == EXIT_USAGE and f"{option} must be a plain number from" in said, said
    assert repr(typed) in said and hostile_api.requests == []


def test_thresholds_are_read_exactly() -> None:
    argv = ["merchants", "screen", "--min-growth", "0.29", "--max-dio", "60.5", "--max-gap",
            "1", "--max-return-percentile", "40", "--max-late", "0"]  # fmt: skip
    changes = thresholds(build_parser(argv).parse_args(argv))
    assert changes == {
        "min_growth_bp": 29, "max_return_rate_percentile": 40, "dio_always_ok_days_x100": 6_050,
        "max_late_installments": 0, "max_source_gap_bp": 100,
    }  # fmt: skip


def test_the_documented_exit_codes_are_the_ones_returned() -> None:
    from app.cli import merchants

    doc = " ".join((merchants.__doc__ or "").split())
    assert f"{EXIT_NOT_SENT} the screening could not run" in doc  # the wrong-token test's code
    assert f"{EXIT_USAGE} the command line is wrong" in doc
