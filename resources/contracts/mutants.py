"""`make mutants`: remove each guard of the contracts one at a time and check a test notices.

A guard is every `require(cond, ...)` (cond -> true), every `if (cond) revert ...` and every
`if (cond) return 0;` that denies (no voting weight) (cond -> false; each operand of `a || b` on
its own), every other `revert ...;` (deleted), every call of a
private check `_require*(...)` or `_check*(...)` (deleted), every modifier on a function (removed:
onlyRole, whenNotPaused, ...) and every operand of an `if` on `msg.sender` that picks a branch
rather than reverting (made true: e.g. credit a store only from its own router).
For each mutant: the one mutated source unit is compiled with build.js's pinned solc-js and
settings (mutants.js) into a temporary copy of the committed artifacts, and `tests/contracts` runs
against it (`PST_DESK_ARTIFACTS_DIR`), stopping at the first failure. A mutant is killed when a
test fails, survives when every test passes. The committed sources and artifacts are never touched.

Not mutated: src/bench/ (benchmark baselines) and SandboxStablecoin.sol (the sandbox's test-only
dollar, never deployed to a real network; its one guard, onlyOwner on mint, protects nothing real).
Not run: test_build.py (it compares the artifacts with the committed sources, so it would "kill"
every mutant without testing a guard), test_bench_*.py (the bench contracts are not mutated) and
test_guards_mutants.py (it tests this tool).

python resources/contracts/mutants.py [--jobs 1|2] [--only TEXT] [--start N] [--list] [--out FILE]
Prints the table (and writes it to build/mutants.txt); exits 1 if any mutant survives.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SRC = HERE / "src"
ARTIFACTS = HERE / "artifacts"
TESTS = REPO / "tests" / "contracts"
EXCLUDED = {"SandboxStablecoin.sol": "sandbox/test-only stablecoin, never deployed for real"}
NOT_RUN = ("test_build.py", "test_bench_", "test_guards_mutants.py")
# How the contract tests name each contract's handle (env.token, ...): to run the tests that
# exercise the mutated contract first, so a kill comes early.
HANDLES = {
    "ComplianceRegistry": "compliance",
    "DistributionTreasury": "treasury",
    "OfferingSale": "sale",
    "PSTMarket": "market",  # tests/contracts/test_market_*.py: m.market
    "ProfitShareToken": "token",
    "RevenueRouter": "router",
    "StoreGovernor": "governor",
    "StoreRegistry": "registry",
    "StoreTimelock": "timelock",
}
HEADER_KEYWORDS = {"external", "public", "internal", "private", "view", "pure", "payable"}
HEADER_KEYWORDS |= {"virtual", "override", "returns"}
MUTANT_TIMEOUT = 900
LOGS = REPO / "build" / "mutants"


# ---- finding guards -------------------------------------------------------------------------


@dataclass(frozen=True)
class Mutant:
    unit: str  # "src/X.sol"
    line: int
    kind: str  # require | if-revert | revert | check-call | modifier
    guard: str  # the guard as written, on one line
    start: int
    end: int
    replacement: str
    original: str = field(repr=False, compare=False)  # the unit's source when it was scanned

    @property
    def where(self) -> str:
        return f"{self.unit.removeprefix('src/')}:{self.line}"

    def mutated(self) -> str:
        return self.original[: self.start] + self.replacement + self.original[self.end :]


def mask(source: str) -> str:
    """The source with comments and string literals blanked (same length, newlines kept)."""
    out, i, n = list(source), 0, len(source)

    def blank(a: int, b: int) -> None:
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        if source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end < 0 else end
        elif source.startswith("/*", i):
            end = source.index("*/", i) + 2
        elif source[i] in "\"'":
            end = i + 1
            while source[end] != source[i]:
                end += 2 if source[end] == "\\" else 1
            end += 1
            blank(i + 1, end - 1)
            i = end
            continue
        else:
            i += 1
            continue
        blank(i, end)
        i = end
    return "".join(out)


def close_of(code: str, open_at: int) -> int:
    """Index of the bracket closing the one at `open_at`."""
    pairs = {"(": ")", "{": "}", "[": "]"}
    stack = []
    for i in range(open_at, len(code)):
        if code[i] in pairs:
            stack.append(pairs[code[i]])
        elif code[i] in pairs.values():
            if stack.pop() != code[i]:
                raise ValueError(f"unbalanced {code[i]!r} at {i}")
            if not stack:
                return i
    raise ValueError(f"unclosed bracket at {open_at}")


def _skip_ws(code: str, i: int) -> int:
    while i < len(code) and code[i].isspace():
        i += 1
    return i


def _statement_end(code: str, i: int) -> int:
    """Index just past the `;` ending the statement starting at `i` (brackets skipped)."""
    while code[i] != ";":
        i = close_of(code, i) + 1 if code[i] in "({[" else i + 1
    return i + 1


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _operands(code: str, start: int, end: int, op: str) -> list[tuple[int, int]]:
    """Spans of the top-level `op` (|| or &&) operands of the condition code[start:end]."""
    spans, i, begin = [], start, start
    while i < end:
        if code[i] in "({[":
            i = close_of(code, i) + 1
        elif code.startswith(op, i):
            spans.append((begin, i))
            i += 2
            begin = i
        else:
            i += 1
    spans.append((begin, end))
    trimmed = []
    for a, b in spans:
        a = _skip_ws(code, a)
        while code[b - 1].isspace():
            b -= 1
        trimmed.append((a, b))
    return trimmed


def _shown(mutant: Mutant, guard: str) -> Mutant:
    guard = guard if len(guard) <= 90 else guard[:87] + "..."
    m = mutant
    return Mutant(m.unit, m.line, m.kind, guard, m.start, m.end, m.replacement, m.original)


def find_mutants(unit: str, source: str) -> list[Mutant]:
    code = mask(source)
    found: list[Mutant] = []

    def add(kind: str, shown: tuple[int, int], span: tuple[int, int], replacement: str) -> None:
        line = source.count("\n", 0, shown[0]) + 1
        guard = _one_line(source[shown[0] : shown[1]])
        guard = guard if len(guard) <= 90 else guard[:87] + "..."
        found.append(Mutant(unit, line, kind, guard, span[0], span[1], replacement, source))

    covered: set[int] = set()  # reverts already mutated through their `if`
    for m in re.finditer(r"\bif\s*\(", code):
        close = close_of(code, m.end() - 1)
        after = _skip_ws(code, close + 1)
        if code.startswith("{", after):
            after = _skip_ws(code, after + 1)
        denies = re.match(r"return\s+0\s*;", code[after:])  # e.g. no voting weight
        if re.match(r"revert\b", code[after:]) or denies:
            covered.add(after)
            shown_end = _statement_end(code, after)
            disjuncts = _operands(code, m.end(), close, "||")
            kind = "if-zero" if denies else "if-revert"
            if len(disjuncts) == 1:
                add(kind, (m.start(), shown_end), (m.end(), close), "false")
                continue
            tail = _one_line(source[close + 1 : shown_end]).removeprefix("{ ")
            for a, b in disjuncts:  # each check of an `a || b || c` guard on its own
                add(kind, (a, b), (a, b), "false")
                found[-1] = _shown(found[-1], f"if (... {found[-1].guard} ...) {tail}")
        elif "msg.sender" in code[m.end() : close]:
            # An authorisation that picks a branch (e.g. credit the store, else only hold the
            # money): each check of `a && b` on its own is dropped (made true).
            for a, b in _operands(code, m.end(), close, "&&"):
                add("if-caller", (a, b), (a, b), "true")
                found[-1] = _shown(found[-1], f"if (... {found[-1].guard} ...) {{ ... }}")
    for m in re.finditer(r"\brequire\s*\(", code):
        close = close_of(code, m.end() - 1)
        cond_end = m.end()
        while cond_end < close and code[cond_end] != ",":
            cond_end = close_of(code, cond_end) + 1 if code[cond_end] in "({[" else cond_end + 1
        add("require", (m.start(), close + 1), (m.end(), cond_end), "true")
    for m in re.finditer(r"\brevert\b", code):
        if m.start() not in covered:
            end = _statement_end(code, m.start())
            add("revert", (m.start(), end), (m.start(), end), "")
    for m in re.finditer(r"\b(_require\w*|_check\w*)\s*\(", code):
        if re.search(r"function\s+$", code[: m.start()]):
            continue  # the declaration, not a call
        before = code[: m.start()].rstrip()
        if not before.endswith((";", "{", "}", ")")):
            continue  # used as a value (x = _check(...)): its own reverts are mutated
        end = _statement_end(code, m.start())
        add("check-call", (m.start(), end), (m.start(), end), "{}")
    for m in re.finditer(r"\bfunction\s+\w+\s*\(", code):
        i = close_of(code, m.end() - 1) + 1
        while True:
            i = _skip_ws(code, i)
            if code[i] in "{;":
                break
            word = re.match(r"\w+", code[i:])
            if word is None:
                raise ValueError(f"{unit}: unexpected {code[i]!r} in a function header")
            start, i = i, _skip_ws(code, i + word.end())
            if code[i] == "(":
                i = close_of(code, i) + 1
            if word.group() not in HEADER_KEYWORDS:
                add("modifier", (start, i), (start, i), "")
    return sorted(found, key=lambda mu: (mu.line, mu.start))


def all_mutants() -> list[Mutant]:
    mutants = []
    for path in sorted(SRC.glob("*.sol")):  # not src/bench/
        if path.name not in EXCLUDED:
            mutants += find_mutants(f"src/{path.name}", path.read_text(encoding="utf-8"))
    return mutants


# ---- running them ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    index: int  # the mutant's number in the full list
    mutant: Mutant
    status: str  # killed | survived | stillborn | error
    detail: str  # the first failing test, or why it did not run
    seconds: float


def test_files(contract: str) -> list[str]:
    """tests/contracts files, those that touch `contract` first."""
    handle = HANDLES.get(contract)
    files = [p for p in sorted(TESTS.glob("test_*.py")) if not p.name.startswith(NOT_RUN)]

    def uses(path: Path) -> int:
        text = path.read_text(encoding="utf-8")
        return text.count(contract) + (text.count(f".{handle}.") if handle else 0)

    # The guard tests (small, aimed at guards) of the contract first, then by how much a file
    # uses it: most mutants die in the first file run.
    counts = {p: uses(p) for p in files}
    ranked = sorted(
        files,
        key=lambda p: (counts[p] == 0, not p.name.startswith("test_guards_"), -counts[p], p.name),
    )
    return [str(p.relative_to(REPO)) for p in ranked]


def _pytest(files: list[str], artifacts: Path, work: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PST_DESK_ARTIFACTS_DIR": str(artifacts),
        "HYPOTHESIS_STORAGE_DIRECTORY": str(work / "hypothesis"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(REPO), str(HERE)]),
    }
    args = [sys.executable, "-m", "pytest", *files, "-x", "-q", "--no-header", "-rfE", "--tb=short"]
    # Only what the contract tests need: half the start-up time of the whole suite's plugins.
    args += ["--confcutdir", str(TESTS), "-p", "tests.fixtures.anvil", "-p", "mutants"]
    for plugin in ("cacheprovider", "pytest-qt", "schemathesis", "anyio", "platformdirs"):
        args += ["-p", f"no:{plugin}"]
    return subprocess.run(
        args,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=MUTANT_TIMEOUT,
        check=False,
    )


def pytest_configure(config: object) -> None:
    """As a pytest plugin (`-p mutants`), in place of tests/conftest.py which is not loaded: the
    same hypothesis profile (no deadline on a loaded machine)."""
    from hypothesis import HealthCheck, settings

    settings.register_profile(
        "mutants", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
    )
    settings.load_profile("mutants")


def _first_failure(output: str) -> str:
    m = re.search(r"^(?:FAILED|ERROR) (\S+)", output, re.M) or re.search(
        r"^(tests/\S+) \S*[FE]", output, re.M
    )
    if m:
        return m.group(1).split("::")[-1]
    lines = [ln for ln in output.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def run_mutant(index: int, mutant: Mutant, root: Path) -> Outcome:
    began = time.monotonic()
    work = root / f"m{index:03d}"
    artifacts = work / "artifacts"
    shutil.copytree(root / "baseline" / "artifacts", artifacts)  # as they were at the start
    mutated = work / Path(mutant.unit).name
    mutated.write_text(mutant.mutated(), "utf-8")
    build = subprocess.run(
        ["node", str(HERE / "mutants.js"), mutant.unit, str(mutated), str(artifacts)],
        cwd=HERE,
        capture_output=True,
        text=True,
        check=False,
    )
    if build.returncode != 0:
        reason = _one_line(build.stderr)[:120]
        return Outcome(index, mutant, "stillborn", reason, time.monotonic() - began)
    try:
        done = _pytest(test_files(Path(mutant.unit).stem), artifacts, work)
    except subprocess.TimeoutExpired:
        return Outcome(index, mutant, "killed", "timeout", time.monotonic() - began)
    finally:
        shutil.rmtree(work / "hypothesis", ignore_errors=True)
    status = {0: "survived", 1: "killed"}.get(done.returncode, "error")
    detail = "" if status == "survived" else _first_failure(done.stdout + done.stderr)
    if status == "error":
        detail = f"pytest exit {done.returncode}: {detail}"
    LOGS.mkdir(parents=True, exist_ok=True)  # why each mutant died, to check a kill is real
    log = f"{mutant.where} {mutant.kind}: {mutant.guard}\n\n{done.stdout}\n{done.stderr}"
    (LOGS / f"{index:03d}.txt").write_text(log, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return Outcome(index, mutant, status, detail, time.monotonic() - began)


def check_baseline(root: Path) -> None:
    """The unmutated artifacts must pass, or every "kill" would mean nothing."""
    work = root / "baseline"
    shutil.copytree(ARTIFACTS, work / "artifacts")
    files = test_files("")
    done = _pytest(files, work / "artifacts", work)
    if done.returncode != 0:
        sys.exit(f"mutants: the tests fail without any mutant:\n{done.stdout[-3000:]}")


def table(outcomes: list[Outcome]) -> str:
    rows = [("#", "mutant", "guard removed", "result", "killed by / note")]
    for o in outcomes:
        m = o.mutant
        rows.append((str(o.index), m.where, f"{m.kind}: {m.guard}", o.status, o.detail))
    widths = [max(len(r[c]) for r in rows) for c in range(5)]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    counted = [o for o in outcomes if o.status != "stillborn"]
    killed = sum(o.status == "killed" for o in counted)
    rate = 100.0 * killed / len(counted) if counted else 100.0
    stillborn = len(outcomes) - len(counted)
    lines.append("")
    lines.append(
        f"kill rate: {killed}/{len(counted)} = {rate:.1f}%"
        f" (survived {sum(o.status == 'survived' for o in counted)},"
        f" errors {sum(o.status == 'error' for o in counted)},"
        f" did not compile {stillborn})"
    )
    lines.append(
        "not mutated: src/bench/ (benchmarks); "
        + "; ".join(f"{name} ({why})" for name, why in EXCLUDED.items())
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mutants", description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, choices=(1, 2), default=2)
    parser.add_argument("--only", default="", help="only mutants whose file:line or guard has it")
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    parser.add_argument("--start", type=int, default=1, help="resume at mutant number N")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "mutants.txt")
    args = parser.parse_args(argv)
    mutants = [m for m in all_mutants() if args.only in f"{m.where} {m.kind}: {m.guard}"]
    if args.list:
        for m in mutants:
            print(f"{m.where:28} {m.kind}: {m.guard}")
        print(f"{len(mutants)} mutants")
        return 0
    began = time.monotonic()
    shutil.rmtree(LOGS, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="pst-mutants-") as tmp:
        root = Path(tmp)
        check_baseline(root)
        todo = len(mutants) - args.start + 1
        print(
            f"baseline passes; {todo} of {len(mutants)} mutants, {args.jobs} at a time",
            file=sys.stderr,
        )

        def one(item: tuple[int, Mutant]) -> Outcome:
            outcome = run_mutant(item[0], item[1], root)
            print(
                f"  {item[0]:3d} {outcome.status:9} {outcome.seconds:5.1f}s {item[1].where}"
                f" {item[1].kind}: {item[1].guard}",
                file=sys.stderr,
                flush=True,
            )
            return outcome

        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(one, list(enumerate(mutants, 1))[args.start - 1 :]))
    report = table(outcomes) + f"\ntime: {time.monotonic() - began:.0f} s"
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n", encoding="utf-8")
    return 0 if all(o.status in ("killed", "stillborn") for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
