"""The one result format every benchmark shares."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

Target = tuple[Literal["<=", ">=", "=="], float] | None


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    target: str  # human-readable, e.g. "<= 300 ms"; "" when there is none
    ok: bool | None  # None when there is no target


def result(name: str, value: float, unit: str, target: Target = None) -> Result:
    if target is None:
        return Result(name, value, unit, "", None)
    op, bound = target
    ok = {"<=": value <= bound, ">=": value >= bound, "==": value == bound}[op]
    return Result(name, value, unit, f"{op} {bound:g} {unit}", ok)


def render(bench: str, results: list[Result], as_json: bool) -> str:
    if as_json:
        return json.dumps({"bench": bench, "results": [asdict(r) for r in results]})
    rows = [("measure", "value", "target", "ok")]
    for r in results:
        value = f"{r.value:,.2f}".rstrip("0").rstrip(".") + f" {r.unit}"
        ok = "" if r.ok is None else ("yes" if r.ok else "NO")
        rows.append((r.name, value, r.target or "-", ok))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return f"bench: {bench}\n" + "\n".join(lines)


def over_rest_sandbox(
    merchants: int,
    measure: Callable[[Any, Path], list[Result]],
    *,
    timeout: float = 300,
    prefix: str = "pst-bench-",
) -> list[Result]:
    """Run `measure(sandbox, tmp)` against a sandbox serving the REST API only (a long simulated
    day: no new data mid-measurement), offscreen Qt; the load average is added as context, for
    the machine may be shared with other work."""
    import os
    import tempfile
    import warnings

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    warnings.filterwarnings(
        "ignore", message=".*AA_UseHighDpiPixmaps.*", category=DeprecationWarning
    )
    from app.sandbox.launcher import SandboxProcess

    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        sandbox = SandboxProcess.start(
            Path(tmp) / "sandbox",
            merchants=merchants,
            day_seconds=3600,
            extra_args=("--no-chain",),
            timeout=timeout,
        )
        try:
            results = measure(sandbox, Path(tmp))
        finally:
            sandbox.stop()
    load = os.getloadavg()[0]
    return [*results, result(f"load average while measuring ({os.cpu_count()} CPUs)", load, "")]
