"""Portfolio input that cannot be used (sentences in app/errors/catalog/portfolio.py). Refusals
of an action on chain are `app.portfolio.actions.ActionRefused`."""

from __future__ import annotations

from app.errors import AppError


class PortfolioInputError(AppError, ValueError):
    """A date range, a file or a number the investor gave was refused; nothing changed."""

    code = "portfolio.input"
