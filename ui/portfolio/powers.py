"""Portfolio → a holding → Powers: who holds which power over the token and what each holder is,
the store's owner, pause state, timelock delay, governor parameters, router split, compliance
officers, and the flags (anything that would let one key mint, stop claims or move investors'
money), each with its reason. The core reads and decides (app/portfolio/powers.py); this panel
draws, in the user's language (the reasons are phrases from the core's table).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import Phrase
from app.portfolio.holdings import TokenInfo
from app.portfolio.powers_model import Holder, Powers
from ui.portfolio.labels import SaidLabel
from ui.portfolio.roles_model import RolesModel, role_rows
from ui.shared import format as fmt
from ui.shared.i18n import current_code
from ui.shared.i18n.retranslating import Retranslating, refresh_model
from ui.shared.runner import Op, user_message
from ui.shared.theme import LIGHT, Colors, restyle

if TYPE_CHECKING:
    from app.services.portfolio import PortfolioService


def short(address: str) -> str:
    return f"{address[:8]}…{address[-6:]}"


class PowersPanel(Retranslating, QWidget):
    def __init__(
        self,
        service: PortfolioService | None,
        colors: Colors = LIGHT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.colors = colors
        self.info: TokenInfo | None = None
        self.powers: Powers | None = None
        self._stale = False  # a reload was asked for while the tab was hidden
        self.heading = QLabel()
        self.heading.setObjectName("muted")
        self.heading.setWordWrap(True)
        self.flags = QLabel("")
        self.flags.setObjectName("powersFlags")
        # Rich text: its layout measures each line in the font that draws it, so Chinese lines
        # (a fallback font, taller than the Latin one) are not clipped at the bottom.
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.flags.setWordWrap(True)
        self.flags.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Never shorter than its wrapped text: a squeezed panel shrinks the tables instead.
        self.flags.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.flags.hide()
        # One rich-text label (a two-column table) wraps reliably, unlike a form of labels.
        self.facts = QLabel("")
        self.facts.setObjectName("powersFacts")
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fact_texts: dict[str, str] = {}  # key -> the plain text of its row
        self.roles = RolesModel(self)
        self.roles.colors = colors
        self.table = QTableView()
        self.table.setObjectName("powersRoles")
        self.table.setModel(self.roles)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.status = SaidLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        # Facts (long, wrapped sentences) scroll on the left; the role holders on the right.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.facts)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(self.table)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 780])  # in proportion, once the panel has its width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.flags)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self.retranslate()

    # --- data in -----------------------------------------------------------------------------
    def show_store(self, info: TokenInfo) -> None:
        self.info = info
        self.reload()

    def clear(self) -> None:
        """No holding selected (the account holds none): no other token's powers stay shown."""
        self.info, self.powers, self._stale = None, None, False
        self.flags.hide()
        self.facts.setText("")
        self.fact_texts = {}
        self.roles.clear()
        self.status.clear()
        self.retranslate()  # the heading asks for a holding

    def reload(self) -> None:
        if self.info is None or self.service is None:
            return
        if not self.isVisible():  # read when the tab is shown (showEvent), not for nothing
            self._stale = True
            return
        self._stale = False
        service, info = self.service, self.info
        self.status.say(
            lambda: self.tr("Reading the powers over {symbol}…").format(symbol=info.symbol)
        )
        Op(self, lambda: service.powers(info.token)).success(self.show_powers).failure(
            self._failed
        ).run_in_background()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _failed(self, error: BaseException) -> None:
        self.status.say(
            lambda: self.tr("Could not read the powers: {user_message}").format(
                user_message=user_message(error)
            )
        )

    def show_powers(self, powers: Powers) -> None:
        if self.info is None or powers.token != self.info.token:
            return  # another holding (or none) was chosen meanwhile
        self.powers = powers
        self.status.setText("")
        self._draw(powers)

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.roles.set_colors(colors)
        if self.powers is not None:
            self._draw(self.powers)

    # --- drawing -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        refresh_model(self.roles)
        self.table.setAccessibleName(self.tr("Role holders"))
        self.status.again()
        if self.powers is not None:  # the heading, flags, facts and roles
            self._draw(self.powers)
        else:
            self.heading.setText(self.tr("Select a holding to see who holds power over its token."))

    def _kind(self, holder: Holder) -> str:
        return holder.kind.phrase.text(current_code())

    def _draw(self, p: Powers) -> None:
        lang = current_code()
        state = (
            self.tr("handed over to its DAO")
            if p.handed_over
            else self.tr("not yet handed over to its DAO: the platform still holds its powers")
        )
        self.heading.setText(
            self.tr("<b>Powers over {symbol}</b> · {state} · block {block}").format(
                symbol=p.symbol, state=state, block=p.block_number
            )
        )
        restyle(self.heading, "")
        self._draw_flags(p, lang)
        facts: dict[str, str] = {}
        # Addresses short: a full one cannot wrap and would widen the table past the pane,
        # clipping every row (the roles table and the tooltip hold them in full).
        owner = f"{short(p.owner.address)} · {self._kind(p.owner)}"
        if p.pending_owner is not None:
            owner += " · " + self.tr("pending: {address}").format(
                address=short(p.pending_owner.address)
            )
        if p.pending_handover is not None:
            owner += "\n" + self.tr(
                "The token's powers are offered to the timelock {address}, waiting for the DAO's "
                "vote to accept them."
            ).format(address=short(p.pending_handover.timelock))
        facts["owner"] = owner
        if p.claims_paused:
            paused = self.tr("yes: claims and transfers are stopped")
        elif p.paused:
            paused = self.tr("transfers only (the guardian's pause; claims go on)")
        else:
            paused = self.tr("no")
        if p.guardian is not None:
            guard = p.guardian
            paused += "\n" + self.tr("guardian {address} ({kind})").format(
                address=short(guard.holder.address), kind=self._kind(guard.holder)
            )
            if guard.max_pause is not None:
                paused += " · " + self.tr(
                    "may pause transfers, not claims, for at most {days} days"
                ).format(days=guard.max_pause // 86_400)
            if guard.pause_ends_at and guard.pause_ends_at > p.timestamp:
                paused += " · " + self.tr("its pause ends {when}").format(
                    when=fmt.timestamp(guard.pause_ends_at)
                )
        facts["paused"] = paused
        facts["timelock"] = self.tr("{address} · delay {seconds} s").format(
            address=short(p.timelock.address), seconds=p.timelock_delay
        )
        g = p.governor
        decimals = self.info.decimals if self.info is not None else 18
        facts["governor"] = self.tr(
            "voting delay {delay} blocks · voting period {period} blocks · proposal threshold "
            "{threshold} PST · quorum {numerator}/{denominator} of supply ({quorum} PST now)"
        ).format(
            delay=g.voting_delay,
            period=g.voting_period,
            threshold=fmt.units(g.proposal_threshold, decimals),
            numerator=g.quorum_numerator,
            denominator=g.quorum_denominator,
            quorum="—" if g.quorum is None else fmt.units(g.quorum, decimals),
        )
        r = p.router
        owner_text = (
            Phrase("powers.explain.router").text(lang)
            if r.owner is None
            else self.tr("owner {address}").format(address=short(r.owner))
        )
        facts["router"] = (
            self.tr("investors {investors} · platform fee {fee} · merchant {merchant}").format(
                investors=fmt.basis_points(r.investors_bp),
                fee=fmt.basis_points(r.fee_bp),
                merchant=fmt.basis_points(r.merchant_bp),
            )
            + " · "
            + owner_text
        )
        officers = ", ".join(
            f"{short(h.address)} ({self._kind(h)})" for h in p.compliance_officers
        ) or self.tr("none")
        facts["compliance"] = officers + "\n" + Phrase("powers.explain.compliance").text(lang)
        facts |= self._platform_facts(p, lang)
        self.fact_texts = facts
        names = {
            "owner": self.tr("Owner"),
            "paused": self.tr("Paused"),
            "timelock": self.tr("Timelock"),
            "governor": self.tr("Governor"),
            "router": self.tr("Router"),
            "compliance": self.tr("Compliance"),
            "sale": self.tr("Sale"),
            "treasury": self.tr("Treasury"),
            "registry": self.tr("Registry"),
        }
        rows = "".join(
            f"<tr><td style='padding:0 10px 6px 0'><b>{html.escape(names[key])}</b></td>"
            f"<td style='padding-bottom:6px'>{html.escape(text).replace(chr(10), '<br>')}</td></tr>"
            for key, text in facts.items()
        )
        self.facts.setText(f"<table>{rows}</table>")
        self.facts.setToolTip(self._addresses(p))
        self._draw_roles(p)

    def _addresses(self, p: Powers) -> str:
        """The facts' addresses in full (the facts show them short)."""
        named = [
            (self.tr("Owner"), p.owner.address),
            (self.tr("Timelock"), p.timelock.address),
            (self.tr("Governor"), p.governor.address),
            (self.tr("Router"), p.router.address),
        ]
        if p.sale is not None:
            named.append((self.tr("Sale"), p.sale.address))
        if p.treasury is not None:
            named.append((self.tr("Treasury"), p.treasury.address))
        if p.registry:
            named.append((self.tr("Registry"), p.registry))
        return "\n".join(f"{name}: {address}" for name, address in named)

    def _platform_facts(self, p: Powers, lang: str) -> dict[str, str]:
        """The sale's terms, the treasury holding the store's money and the registry, with
        what each role there can do (who holds it is in the roles table)."""
        facts: dict[str, str] = {}
        if p.sale is not None:
            sale, recipient = p.sale, p.sale.proceeds_recipient
            facts["sale"] = (
                self.tr(
                    "price {price} {coin} per PST · cap {cap} PST · open until {deadline}"
                ).format(
                    price=fmt.units(sale.price, sale.coin_decimals),
                    coin=sale.coin_symbol,
                    cap=fmt.units(sale.cap, self.info.decimals if self.info else 18),
                    deadline=fmt.timestamp(sale.deadline),
                )
                + "\n"
                + self.tr("proceeds to {address} ({kind})").format(
                    address=short(recipient.address), kind=self._kind(recipient)
                )
            )
        if p.treasury is not None:
            t = p.treasury
            cap = (
                self.tr("0: payouts stopped")
                if t.cap_per_period == 0
                else f"{fmt.units(t.cap_per_period, t.coin_decimals)} {t.coin_symbol}"
            )
            said = [
                self.tr(
                    "{address} · holds {held} {coin} of this store's profit share, not yet paid "
                    "out · a payout needs a proposer and {threshold} of {approvers} approvers · "
                    "cap per payout {cap}"
                ).format(
                    address=short(t.address),
                    held=fmt.units(t.pending, t.coin_decimals),
                    coin=t.coin_symbol,
                    threshold=t.threshold,
                    approvers=len(p.holders("treasury", "APPROVER_ROLE")),
                    cap=cap,
                ),
                Phrase("powers.explain.treasury_admin").text(lang),
                Phrase("powers.explain.treasury_proposer").text(lang),
                Phrase("powers.explain.treasury_approver", threshold=t.threshold).text(lang),
                Phrase("powers.explain.treasury_bounds").text(lang),
            ]
            facts["treasury"] = "\n".join(said)
        if p.registry:
            facts["registry"] = (
                short(p.registry) + "\n" + Phrase("powers.explain.registry").text(lang)
            )
        return facts

    def _draw_flags(self, p: Powers, lang: str) -> None:
        if not p.flags:
            said = p.all_clear().text(lang)
            self.flags.setText(html.escape(said, quote=False))
            restyle(self.flags, "success")
        else:
            lines = []
            for flag in p.flags:
                line = "⚑ " + flag.reason(p.symbol).text(lang)
                if flag.platform_held:
                    line += " " + Phrase("powers.platform_held").text(lang)
                lines.append(line)
            self.flags.setText("<br>".join(html.escape(line, quote=False) for line in lines))
            restyle(self.flags, "error")
        self.flags.show()

    def _draw_roles(self, p: Powers) -> None:
        self.roles.set_items(role_rows(p))
        for column in range(self.roles.columnCount() - 1):  # the last takes what is left
            self.table.resizeColumnToContents(column)
