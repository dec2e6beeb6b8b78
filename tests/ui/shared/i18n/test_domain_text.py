"""Every reason code the domain can produce has a template that words it in Chinese."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from app.domain import covenants, scorecard
from tests.fixtures import payloads
from ui.shared.i18n import Language, domain_text

DOMAIN = Path(covenants.__file__).parent


def _codes_in_source() -> set[str]:
    """Codes as the domain writes them: `code = "..."` (also in tuples), Alert's reason_code
    argument, and `_no_data(key, ...)` -> f"{key}.insufficient_data"."""
    codes: set[str] = set()
    for path in DOMAIN.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Assign):
                target, value = node.targets[0], node.value
                if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
                    pairs = zip(target.elts, value.elts, strict=False)
                else:
                    pairs = iter([(target, value)])
                for name, const in pairs:
                    if isinstance(name, ast.Name) and name.id == "code":
                        assert isinstance(const, ast.Constant), ast.dump(node)
                        codes.add(const.value)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                args = node.args
                if node.func.id == "Alert" and len(args) >= 4:
                    assert isinstance(args[3], ast.Constant)
                    codes.add(args[3].value)
                if node.func.id == "_no_data" and args and isinstance(args[0], ast.Constant):
                    codes.add(f"{args[0].value}.insufficient_data")
    return codes


def test_every_code_the_domain_produces_has_a_template() -> None:
    codes = _codes_in_source()
    assert len(codes) >= 25  # the reader found them (a refactor must not make this vacuous)
    assert codes - set(domain_text.TEMPLATES) == set()
    assert set(domain_text.TEMPLATES) - codes == set(), "templates for codes no longer produced"


def _real_outputs() -> list[Any]:
    """Criteria and alerts from the real domain over fixture merchants (healthy, late, slump)."""
    found: list[Any] = []
    for index, late, slump in ((1, False, 0), (2, True, 20), (3, False, 400)):
        profile = payloads.profile(index)
        series = payloads.series(index, slump_days=slump)
        repayments = payloads.repayments(index, late=late)
        card = scorecard.build_scorecard(
            series,
            payloads.promotions(index),
            repayments,
            payloads.peers(profile.summary.category),
            profile,
        )
        found += card.criteria
        found += covenants.check_covenants(series, repayments, profile)
    return found


SAMPLES: dict[str, dict[str, Any]] = {
    "revenue_drop": {"month_drop_bp": 2500, "window_days": 30, "year_drop_bp": 1200},
    "late_settlement.installment": {
        "installment": 7, "due_date": "2026-05-15", "days_late": 3, "count": 2,
    },
    "integrity.ok": {"bank_gap_bp": 12, "psp_gap_bp": 40, "source": "psp", "max_bp": 500},
    "repayment.ok": {"late": 0, "installments": 0},
}  # fmt: skip


@pytest.mark.parametrize("code", ["zh_CN", "zh_TW"])
def test_real_reasons_read_in_chinese(language: Language, code: str) -> None:
    language.apply(code)
    outputs = _real_outputs()
    assert {o.reason_code for o in outputs} >= {"repayment.late", "revenue_drop", "dio.ok"}
    for item in outputs:
        english = getattr(item, "reason", None) or item.message
        text = domain_text.localized(item.reason_code, item.params, english)
        assert text != english and "{" not in text and "%n" not in text, (item.reason_code, text)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
    for reason_code, params in SAMPLES.items():
        text = domain_text.localized(reason_code, params, "english")
        assert text != "english" and "{" not in text
    due = domain_text.localized("late_settlement.installment", SAMPLES[
        "late_settlement.installment"], "x")  # fmt: skip
    assert "2026/5/15" in due and "3" in due


def test_english_keeps_the_cores_sentence(language: Language) -> None:
    for item in _real_outputs():
        english = getattr(item, "reason", None) or item.message
        assert domain_text.localized(item.reason_code, item.params, english) == english


def test_unusable_params_fall_back_to_english(language: Language) -> None:
    language.apply("zh_CN")
    assert domain_text.localized("revenue_drop", {}, "the core's words") == "the core's words"
    assert domain_text.localized("new.code", {}, "newer core") == "newer core"
    assert dt.date  # keeps the import used for readers of SAMPLES
