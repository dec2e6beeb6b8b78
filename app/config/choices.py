"""The fixed choices of the settings, in a module without pydantic: the start-up path reads
the look (theme, language) before the window paints, long before pydantic loads."""

from __future__ import annotations

from typing import Literal, get_args

Theme = Literal["system", "light", "dark"]
Language = Literal["system", "en", "zh_CN", "zh_TW"]
UpColor = Literal["locale", "red", "green"]  # the colour of a rise (app.config.direction)
THEMES: tuple[str, ...] = get_args(Theme)
LANGUAGES: tuple[str, ...] = get_args(Language)
UP_COLORS: tuple[str, ...] = get_args(UpColor)
SANDBOX_NAME = "sandbox"
