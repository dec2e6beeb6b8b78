"""The Portfolio page's actions: claim one, claim all, subscribe, transfer (through the wallet's
send dialog), and statements (CSV of every cash flow, PDF for a period). A mixin of
`PortfolioPage` (ui/portfolio/page.py), which provides the state these read: `service`,
`wallet`, `account`, `view`, `message`, the buttons and `selected_holding()`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QToolButton, QWidget

from app.portfolio.actions import ClaimResult
from app.portfolio.holdings import Holding
from app.portfolio.statements import Statement
from app.services.portfolio import PortfolioService, PortfolioView
from app.wallet.balances import Asset
from app.wallet.errors import WalletError
from ui.portfolio.claim_dialog import ClaimAllDialog, SigningGrant, ask_signer
from ui.portfolio.statement_dialog import StatementPeriodDialog
from ui.portfolio.statement_pdf import write_statement_pdf
from ui.portfolio.subscribe_dialog import SubscribeDialog
from ui.shared import format as fmt
from ui.shared.file_dialogs import save_file
from ui.shared.i18n import in_language
from ui.shared.runner import Op, user_message

if TYPE_CHECKING:
    from app.services.wallet import WalletService
    from ui.portfolio.labels import MessageLabel

    _Page = QWidget  # the mixin's methods run on a PortfolioPage
else:
    _Page = object


class PortfolioActionsMixin(_Page):
    service: PortfolioService | None
    wallet: WalletService | None
    account: str | None
    view: PortfolioView | None
    message: MessageLabel
    claim_button: QPushButton
    claim_all_button: QPushButton
    subscribe_button: QPushButton
    transfer_button: QPushButton
    trade_button: QToolButton
    market_ready: bool

    if TYPE_CHECKING:

        def selected_holding(self) -> Holding | None: ...
        def schedule_refresh(self) -> None: ...

    # --- actions -----------------------------------------------------------------------------
    def _enable_actions(self) -> None:
        view, holding = self.view, self.selected_holding()
        can_sign = self._can_sign()
        claimable = view is not None and view.snapshot.totals.claimable > 0
        self.claim_button.setEnabled(can_sign and holding is not None and holding.claimable > 0)
        self.claim_all_button.setEnabled(can_sign and claimable)
        self.subscribe_button.setEnabled(can_sign and view is not None)
        self.transfer_button.setEnabled(can_sign and holding is not None and holding.balance > 0)
        # Buy and Sell open the Market page's dialog, once the market is attached there.
        self.trade_button.setEnabled(self.market_ready and holding is not None)

    def _can_sign(self) -> bool:
        if self.wallet is None or self.account is None:
            return False
        try:
            return bool(self.wallet.wallet.account(self.account).can_sign)
        except WalletError:  # the account was removed meanwhile
            return False

    def _grant(self, what: str = "") -> SigningGrant | None:
        if self.wallet is None or self.account is None:
            return None
        return ask_signer(self.wallet.session, self.account, self, what)

    def claim_selected(self) -> None:
        holding, view, service = self.selected_holding(), self.view, self.service
        what = QCoreApplication.translate(
            "PortfolioActionsMixin", "a claim of your profit share of {symbol} ({amount} {coin})"
        )
        if holding is None or view is None or service is None:
            return
        what = what.format(
            symbol=holding.info.symbol,
            amount=fmt.units(holding.claimable, view.snapshot.stablecoin_decimals),
            coin=view.snapshot.stablecoin_symbol,
        )
        if (grant := self._grant(what)) is None:
            return
        actions, kyc = service.actions, view.snapshot.kyc
        snap = view.snapshot

        def money() -> str:
            amount = fmt.units(holding.claimable, snap.stablecoin_decimals)
            return f"{amount} {snap.stablecoin_symbol}"

        self.message.say(
            lambda: QCoreApplication.translate(
                "PortfolioActionsMixin", "Claiming {money} from {symbol}…"
            ).format(money=money(), symbol=holding.info.symbol)
        )

        def finished(result: ClaimResult) -> None:
            grant.close()
            if result.ok:
                self.message.say(
                    lambda: QCoreApplication.translate(
                        "PortfolioActionsMixin", "Claimed {money} from {symbol}."
                    ).format(money=money(), symbol=result.symbol)
                )
            else:
                self.message.say(
                    lambda: QCoreApplication.translate(
                        "PortfolioActionsMixin", "The {symbol} claim failed: {error}."
                    ).format(symbol=result.symbol, error=result.error)
                )
            self.schedule_refresh()

        def failed(error: BaseException) -> None:
            grant.close()
            self.message.say(lambda: user_message(error))

        Op(self, lambda: actions.claim(holding, kyc, grant.signer)).success(finished).failure(
            failed
        ).run_in_background()

    def claim_all(self) -> ClaimAllDialog | None:
        what = QCoreApplication.translate(
            "PortfolioActionsMixin", "a claim of your profit share of every token you hold"
        )
        if self.view is None or self.service is None or (grant := self._grant(what)) is None:
            return None
        runner = self.service.claim_all_runner()  # one transaction when there is a claim router
        dialog = ClaimAllDialog(runner, self.view.snapshot, grant, self)
        dialog.outcome.connect(lambda _r: self.schedule_refresh())
        dialog.start()
        return dialog

    def subscribe(self) -> SubscribeDialog | None:
        if self.view is None or self.account is None or self.service is None:
            return None
        dialog = SubscribeDialog(
            self.service, self.account, self.service.reader.tokens, self.view.snapshot.timestamp,
            self._grant, self,
        )  # fmt: skip
        holding = self.selected_holding()
        if holding is not None:
            dialog.choose(holding.info.token)
        dialog.outcome.connect(lambda _r: self.schedule_refresh())
        dialog.open()
        return dialog

    def transfer(self) -> None:
        """Through the wallet's own send dialog (checks, review, signing), the PST preselected."""
        holding, wallet, account = self.selected_holding(), self.wallet, self.account
        if holding is None or wallet is None or account is None:
            return
        Op(self, wallet.assets).success(
            lambda assets: self._open_send(account, assets, holding.info.token)
        ).failure(lambda e: self.message.say(lambda: user_message(e))).run_in_background()

    def _open_send(self, account: str, assets: tuple[Asset, ...], token: str) -> None:
        from ui.wallet.send_dialog import SendDialog

        if self.wallet is None:
            return
        dialog = SendDialog(self.wallet, account, assets, self)
        for index in range(dialog.asset.count()):
            asset = dialog.asset.itemData(index)
            if (getattr(asset, "address", "") or "").lower() == token.lower():
                dialog.asset.setCurrentIndex(index)
        record = dialog.run()
        if record is not None:
            self.message.say(
                lambda: QCoreApplication.translate(
                    "PortfolioActionsMixin", "Sent: {description}."
                ).format(description=in_language(record.description))
            )
            self.schedule_refresh()

    # --- statements --------------------------------------------------------------------------
    def export_csv(self, path: Path, layout: str = "pst") -> Path:
        if self.view is None or self.service is None:
            raise RuntimeError(
                QCoreApplication.translate("PortfolioPage", "no portfolio loaded yet")
            )
        path.write_text(self.service.csv(self.view, layout), encoding="utf-8", newline="")
        return path

    def export_csv_dialog(self, layout: str = "pst") -> None:
        if self.view is None:
            return
        name = save_file(
            self,
            QCoreApplication.translate("PortfolioActionsMixin", "Cash flows"),
            "pst-koinly.csv" if layout == "koinly" else "pst-cash-flows.csv",
            QCoreApplication.translate("PortfolioActionsMixin", "CSV (*.csv)"),
        )
        if name:
            written = self.export_csv(Path(name), layout)
            self.message.say(
                lambda: QCoreApplication.translate(
                    "PortfolioActionsMixin", "Cash flows written to {export_csv}."
                ).format(export_csv=written)
            )

    def export_pdf(
        self, path: Path, start: dt.date, end: dt.date, done: Callable[[Path], None] | None = None
    ) -> None:
        """Build the statement on a worker, then write the PDF here (Qt's text layout)."""
        service, account = self.service, self.account
        if account is None or service is None:
            return

        def written(statement: Statement) -> None:
            write_statement_pdf(statement, path)
            self.message.say(
                lambda: QCoreApplication.translate(
                    "PortfolioActionsMixin", "Statement written to {path}."
                ).format(path=path)
            )
            if done is not None:
                done(path)

        Op(self, lambda: service.statement(account, start, end)).success(written).failure(
            lambda e: self.message.say(
                lambda: QCoreApplication.translate(
                    "PortfolioActionsMixin", "No statement: {user_message}"
                ).format(user_message=user_message(e))
            )
        ).with_progress(
            lambda: QCoreApplication.translate("PortfolioActionsMixin", "Building the statement…")
        ).run_in_background()

    def export_pdf_dialog(self) -> None:
        if self.view is None:
            return
        today = dt.datetime.fromtimestamp(self.view.snapshot.timestamp, dt.UTC).date()
        period = StatementPeriodDialog(today, self).run()
        if period is None:
            return
        start, end = period
        name = save_file(
            self,
            QCoreApplication.translate("PortfolioActionsMixin", "Investor statement"),
            f"pst-statement-{start}-{end}.pdf",
            QCoreApplication.translate("PortfolioActionsMixin", "PDF (*.pdf)"),
        )
        if name:
            self.export_pdf(Path(name), start, end)
