"""The bank feature's errors: every one a code whose words live in app/errors/catalog/bank.py."""

from __future__ import annotations

from app.errors import AppError


class BankError(AppError):
    code = "bank.error"
