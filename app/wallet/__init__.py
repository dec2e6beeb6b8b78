"""The local wallet: BIP-39/32 accounts, v3 keystores at rest, lock and signing, address checks.

Qt-free: the GUI's wallet page and the `wallet` CLI command both drive these classes.
"""

from app.wallet.accounts import Account, AccountKind
from app.wallet.errors import WalletError
from app.wallet.verification import MnemonicVerification, NewWalletDraft
from app.wallet.wallet import Wallet

__all__ = [
    "Account",
    "AccountKind",
    "MnemonicVerification",
    "NewWalletDraft",
    "Wallet",
    "WalletError",
]
