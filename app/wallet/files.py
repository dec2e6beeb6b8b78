"""Where the wallet's encrypted files live and how they are read back and checked.

<data-dir>/wallet/seed.json            the recovery phrase, v3 envelope (scrypt)
<data-dir>/wallet/keystores/UTC--...   one v3 keystore per account with a key (geth naming)

SQLite records each file's SHA-256; a file whose bytes changed since the app wrote it is reported
before any password is tried: as damaged if it no longer parses, as tampered otherwise. Reads
never modify a file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

from app.errors import Phrase
from app.storage.files import atomic_write, ensure_private_dir
from app.wallet import keystore
from app.wallet.errors import CorruptKeystore, TamperedKeystore, WalletError

SEED_FILE = "seed.json"
_NAME = re.compile(r"^(seed\.json|UTC--[0-9TZ.:-]+--[0-9a-f]{40})$")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def keystore_file_name(address: str, now: dt.datetime | None = None) -> str:
    moment = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H-%M-%S.%fZ")
    return f"UTC--{moment}--{address.lower().removeprefix('0x')}"


class WalletFiles:
    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / "wallet"
        self.keystores = self.root / "keystores"

    def path_of(self, name: str) -> Path:
        if not _NAME.match(name):  # names come from our own rows; refuse anything path-like
            raise CorruptKeystore("wallet.file_bad_name")
        return self.root / name if name == SEED_FILE else self.keystores / name

    def write_new(self, name: str, document: dict[str, Any]) -> str:
        """Write a new file (never overwriting); returns the SHA-256 of its bytes."""
        data = keystore.dumps(document)
        ensure_private_dir(self.root)
        ensure_private_dir(self.keystores)
        atomic_write(self.path_of(name), data, overwrite=False)
        return sha256_hex(data)

    def remove(self, name: str) -> None:
        """Undo a `write_new` whose database rows could not be saved."""
        with contextlib.suppress(FileNotFoundError):
            self.path_of(name).unlink()

    def read_checked(self, name: str, expected_sha256: str, what: Phrase) -> dict[str, Any]:
        """The parsed document, after checking the file is the one this app wrote."""
        path = self.path_of(name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CorruptKeystore(
                "wallet.file_missing", what=what, folder=str(path.parent)
            ) from None
        except OSError as error:
            raise CorruptKeystore(
                "wallet.file_unreadable", what=what, reason=error.strerror or type(error).__name__
            ) from None
        if sha256_hex(data) != expected_sha256:
            try:
                keystore.parse(data)
            except WalletError:
                raise CorruptKeystore("wallet.file_damaged", what=what) from None
            raise TamperedKeystore("wallet.file_changed", what=what)
        return keystore.parse(data)
