"""Where data lives, which network to talk to, and the user's validated settings."""

from app.config.paths import data_dir
from app.config.profiles import SANDBOX, NetworkProfile
from app.config.settings import Settings

__all__ = ["SANDBOX", "NetworkProfile", "Settings", "data_dir"]
