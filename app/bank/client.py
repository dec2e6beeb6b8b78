"""The bank API's client: the platform API's machinery (retries, deadlines, strict validation,
typed errors) pointed at the bank's base URL, with the bank's endpoints."""

from __future__ import annotations

from urllib.parse import quote

from app.backend.client import ApiClient
from app.backend.resources import Resource
from app.bank import models


def _segment(value: str) -> str:
    return quote(str(value), safe="")


class BankClient:
    def __init__(self, base_url: str, token: str, *, timeout: float = 10.0) -> None:
        self._api = ApiClient(base_url, token, timeout=timeout)
        self.base_url = self._api.base_url

    def __enter__(self) -> BankClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._api.close()

    def health(self) -> models.BankHealth:
        return self._api.get(Resource("/v1/health", models.BankHealth, "bank_health"))

    def accounts(self) -> models.BankAccountList:
        return self._api.get(Resource("/v1/accounts", models.BankAccountList, "bank_accounts"))

    def lines(self, account_id: str, period: str) -> models.StatementLines:
        path = f"/v1/accounts/{_segment(account_id)}/lines/{_segment(period)}"
        return self._api.get(Resource(path, models.StatementLines, "bank_lines"))

    def statement(
        self, account_id: str, period: str, statement_format: models.StatementFormat
    ) -> models.StatementDocument:
        path = f"/v1/accounts/{_segment(account_id)}/statements/{_segment(period)}"
        params = (("format", statement_format.value),)
        return self._api.get(Resource(path, models.StatementDocument, "bank_statement", params))
