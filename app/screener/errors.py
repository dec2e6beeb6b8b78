"""What can stop a screening run (sentences in app/errors/catalog/screener.py)."""

from __future__ import annotations

from app.errors import AppError


class ScreeningError(AppError):
    code = "screener.inconsistent"


class ScreeningCancelled(ScreeningError):
    code = "screener.cancelled"


class ScreeningCount(ScreeningError):
    """The pages held another number of merchants than the platform's health reports."""

    code = "screener.count"
