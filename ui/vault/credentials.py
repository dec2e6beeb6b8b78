"""The Vault page's credential actions: add and edit (an edit is a rotation), rotate, bind on
chain, and reveal with a stated purpose. A mixin of `VaultPage` (ui/vault/page.py), which
provides `vault`, `profile`, `binding`, `signer_source`, `panel`, `selected_entry()`, `_run` and
`_say`. With a chain binding, rotations and binds are signed by the account `signer_source`
gives, and reveals by that account are recorded on chain when it owns or operates the store.
"""

from __future__ import annotations

from collections.abc import Callable

from app.chain.signer import Signer
from app.vault import EntryInfo, SecretField, StoreCredential
from app.vault.binding import ChainBinding
from app.vault.binding_state import BindingState, RevealOutcome
from ui.shared.i18n import in_language
from ui.vault.dialogs import ConfirmDialog, CredentialDialog, PurposeDialog
from ui.vault.entries_model import VaultEntryModel
from ui.vault.page_parts import VaultPageParts
from ui.vault.reveal_panel import RevealPanel


class VaultCredentialActions(VaultPageParts):
    model: VaultEntryModel
    binding: ChainBinding | None
    signer_source: Callable[[], Signer | None] | None
    active_account: Callable[[], str] | None
    panel: RevealPanel

    # Given by VaultPage
    def selected_entry(self) -> EntryInfo | None:
        raise NotImplementedError

    # ---- entries ------------------------------------------------------------------------------

    def _signer(self) -> Signer | None:
        return self.signer_source() if self.signer_source is not None else None

    def _locked_account(self) -> str:
        """The active account when it cannot sign (locked), else "": the page names it rather
        than signing as another account."""
        account = self.active_account() if self.active_account is not None else ""
        return account if account and self._signer() is None else ""

    def add_credential(self) -> None:
        form = CredentialDialog.ask(self._widget())
        if form is None:
            return
        self._run(
            lambda: self.vault.add_credential(
                self.profile, form.store_id, form.credential(), form.label
            ),
            lambda entry: self._say(
                lambda: self.tr("Kept the credentials of {store_id}.").format(
                    store_id=entry.store_id
                )
            ),
            lambda: self.tr("Sealing…"),
        )

    def edit_credential(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        form = CredentialDialog.ask(
            self._widget(),
            store_id=entry.store_id,
            platform=entry.platform,
            login=entry.login,
            label=entry.label,
        )
        if form is None:
            return
        self._rotate(entry.store_id, lambda: self.vault.edited(
            self.profile, entry.store_id, **form.changes()
        ), form.label)  # fmt: skip

    def rotate_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._rotate(entry.store_id, None, None)

    def _rotate(
        self, store_id: str, content: Callable[[], StoreCredential] | None, label: str | None
    ) -> None:
        signer = self._signer() if self.binding is not None else None
        locked = self._locked_account() if self.binding is not None else ""
        binding = self.binding

        def work() -> Callable[[], str]:
            """The rotation; what to say about it (said again after a change of language)."""
            credential = content() if content is not None else None
            if binding is not None and signer is not None:
                result = binding.rotate(self.profile, store_id, signer, credential, label)
                tx = result.transaction.latest.tx_hash if result.transaction else "-"
                version = result.entry.key_version
                return lambda: self.tr(
                    "Rotated {store} to key version {version} (tx {tx})."
                ).format(store=store_id, version=version, tx=tx)
            entry = self.vault.rotate_entry(self.profile, store_id, credential, label=label)
            bound = binding is not None

            def said() -> str:
                text = self.tr("Rotated {store} to key version {version} in the vault.").format(
                    store=store_id, version=entry.key_version
                )
                if bound and locked:
                    text += " " + self.tr(
                        "The active account {account} is locked, so the registry still holds "
                        "the previous version: unlock it, then bind."
                    ).format(account=locked)
                elif bound:
                    text += " " + self.tr(
                        "The registry still holds the previous version: bind it with an account "
                        "that owns or operates the store."
                    )
                return text

            return said

        self._run(work, self._say, lambda: self.tr("Rotating…"))

    def bind_explained(self, store_id: str, vault_version: int, account: str) -> str:
        """What a bind will do, before it is signed: a key-version change is spelled out."""
        known = self.model.binding(store_id)
        chain_version = known.chain.key_version if known and known.chain else 0
        if chain_version >= vault_version and chain_version > 0:
            empty = known is not None and known.state is BindingState.UNREGISTERED
            registry = (
                self.tr("The store registry is at key version {chain} for {store}, with no "
                        "commitment yet.")
                if empty
                else self.tr("The store registry already holds key version {chain} for {store}, "
                             "which this vault never registered.")
            ).format(store=store_id, chain=chain_version)  # fmt: skip
            return (
                registry
                + " "
                + self.tr(
                    "It only accepts a higher version, so binding first re-seals the entry in "
                    "this vault at key version {new} (it was {old}), then records that "
                    "version's commitment on chain in a transaction signed by {account}."
                ).format(new=chain_version + 1, old=vault_version, account=account)
            )
        return self.tr(
            "Binding records the commitment of {store} at key version {version} in the store "
            "registry, in a transaction signed by {account}. The key version does not change."
        ).format(store=store_id, version=vault_version, account=account)

    def bind_selected(self) -> None:
        entry, binding, signer = self.selected_entry(), self.binding, self._signer()
        if entry is None or binding is None:
            return
        if signer is None:
            locked = self._locked_account()
            if locked:
                self._say(lambda: self.tr(
                    "The active account {account} is locked. Unlock it on the Wallet page, or "
                    "choose another account in the header, to bind."
                ).format(account=locked), True)  # fmt: skip
            else:
                self._say(lambda: self.tr(
                    "Unlock a wallet account that owns or operates this store to bind."
                ), True)  # fmt: skip
            return
        explained = self.bind_explained(entry.store_id, entry.key_version, signer.address)
        store = entry.store_id

        def title() -> str:
            return self.tr("Bind {store} on chain").format(store=store)

        if not ConfirmDialog.ask(
            self._widget(), title, explained, lambda: self.tr("Sign and bind")
        ):
            return
        self._run(
            lambda: binding.bind(self.profile, entry.store_id, signer),
            lambda r: self._say(
                lambda: self.tr("{store_id} is bound at key version {key_version}.").format(
                    store_id=r.entry.store_id, key_version=r.entry.key_version
                ),
                success=True,
            ),
            lambda: self.tr("Binding on chain…"),
        )

    # ---- reveal -------------------------------------------------------------------------------

    def request_reveal(self, which: SecretField) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        purpose = PurposeDialog.ask(self._widget(), entry.store_id, which)
        if purpose:
            self.reveal(which, purpose)

    def reveal(self, which: SecretField, purpose: str) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        binding = self.binding
        signer = self._signer() if binding is not None else None

        def work() -> RevealOutcome:
            if binding is not None:
                return binding.reveal(self.profile, entry.store_id, which, purpose, signer)
            shown = self.vault.reveal(self.profile, entry.store_id, which, purpose)
            return RevealOutcome(shown, treasury_user=False)

        self._run(work, self._revealed, lambda: self.tr("Revealing…"), reload=False)

    def _revealed(self, outcome: RevealOutcome) -> None:
        self._say(str)

        def note() -> str:
            if outcome.recorded_on_chain:
                return self.tr("Access recorded locally and on chain (tx {tx}).").format(
                    tx=outcome.recorded_on_chain
                )
            if outcome.chain_error:
                return self.tr(
                    "Access recorded locally; the on-chain record failed: {error}"
                ).format(error=in_language(outcome.chain_error))
            return self.tr("Access recorded in the local access log.")

        self.panel.show_secret(outcome.reveal.which, outcome.reveal.value, note)
