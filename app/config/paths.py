"""The data directory: platformdirs by default, `--data-dir` to override."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import platformdirs

APP_NAME = "pst-desk"
ENV_DATA_DIR = "PST_DESK_DATA_DIR"
ENV_API_TOKEN = "PST_DESK_API_TOKEN"  # a custom profile's REST API token (GUI and CLI)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory, created with owner-only permissions if missing.

    An empty `--data-dir` (a script's unset variable) is refused rather than read as "the
    default": the default is the person's real wallet, and that script meant somewhere else.
    An empty PST_DESK_DATA_DIR is unset, as XDG reads its own variables."""
    chosen = (os.environ.get(ENV_DATA_DIR) or None) if override is None else override
    if chosen is not None and not str(chosen).strip():
        raise OSError(errno.ENOENT, "the path is empty")
    path = Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path.resolve()


def database_path(root: Path) -> Path:
    return root / "pst-desk.sqlite3"
