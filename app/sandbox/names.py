"""Plausible brand-like names for cross-border sellers, built from syllables per category."""

from __future__ import annotations

import numpy as np

from app.backend.models import Category, City, Platform

_PREFIX_TEXT = (
    "Lumi Vox Nova Terra Zen Aero Kora Veli Mira Orbi Soli Tova Quin Bryn Cora Dax Elo Fyn Gala "
    "Hexa Iri Jovi Kin Lexo Moxi Nexa Opti Pura Rivo Sora Tyro Ulti Vivo Wavi Zuri Alto Brio "
    "Cleo Duna Echo Flux Glim Halo Inka Juno Kami Loma Mavi Nimo Oska Pivo Qora Rumi Sela Tano "
    "Umbra Vela Wren Yara Zeno Arlo Beko Cami Doro"
)
_PREFIXES = tuple(_PREFIX_TEXT.split())

_SUFFIXES = {
    Category.CONSUMER_ELECTRONICS: ("tek", "volt", "sonic", "byte", "watt", "link"),
    Category.HOME_KITCHEN: ("nest", "home", "ware", "living", "dwell", "hearth"),
    Category.APPAREL: ("wear", "thread", "style", "loom", "knit", "mode"),
    Category.BEAUTY: ("glow", "skin", "bloom", "lush", "silk", "belle"),
    Category.SPORTS_OUTDOORS: ("fit", "trail", "peak", "stride", "camp", "motion"),
    Category.TOYS_GAMES: ("play", "joy", "fun", "kidz", "toyz", "quest"),
    Category.PET_SUPPLIES: ("paw", "pet", "tail", "whisk", "pup", "furr"),
    Category.AUTOMOTIVE: ("moto", "drive", "gear", "auto", "torq", "road"),
}

_SECOND_WORDS = (
    "Direct", "Supply", "Official", "Goods", "Studio", "Works", "Essentials", "Outfitters",
    "Select", "Store", "Lab", "Co",
)  # fmt: skip

_INDUSTRY = {
    Category.CONSUMER_ELECTRONICS: "Electronic Technology",
    Category.HOME_KITCHEN: "Household Products",
    Category.APPAREL: "Garment",
    Category.BEAUTY: "Cosmetics",
    Category.SPORTS_OUTDOORS: "Sporting Goods",
    Category.TOYS_GAMES: "Toys",
    Category.PET_SUPPLIES: "Pet Products",
    Category.AUTOMOTIVE: "Auto Parts",
}

_STORE_HOSTS = {
    Platform.AMAZON: "www.amazon.com/stores/{slug}",
    Platform.SHOPIFY: "{slug}.myshopify.com",
    Platform.TIKTOK_SHOP: "shop.tiktok.com/@{slug}",
    Platform.ALIEXPRESS: "{slug}.aliexpress.com",
    Platform.TEMU: "www.temu.com/{slug}-store",
    Platform.SHOPEE: "shopee.sg/{slug}",
}


def brand_names(rng: np.random.Generator, categories: list[Category]) -> list[str]:
    """One unique brand per merchant; a second word only when the short form is taken."""
    names: list[str] = []
    taken: set[str] = set()
    for category in categories:
        suffixes = _SUFFIXES[category]
        while True:
            prefix = _PREFIXES[int(rng.integers(len(_PREFIXES)))]
            base = prefix + suffixes[int(rng.integers(len(suffixes)))]
            name = base if base not in taken else f"{base} {_SECOND_WORDS[int(rng.integers(12))]}"
            if name not in taken:
                break
        taken.add(name)
        names.append(name)
    return names


def legal_name(brand: str, city: City, category: Category) -> str:
    word = brand.split()[0]
    if city is City.HONG_KONG:
        return f"{word} Trading Limited"
    return f"{city.value} {word} {_INDUSTRY[category]} Co., Ltd."


def store_url(brand: str, platform: Platform) -> str:
    slug = brand.lower().replace(" ", "-")
    return "https://" + _STORE_HOSTS[platform].format(slug=slug)


def description(brand: str, city: City, category: Category, platform: Platform) -> str:
    return (
        f"{brand} sells {category.value.lower()} from {city.value} to overseas shoppers, "
        f"mainly through {platform.value}."
    )


def symbol_for(brand: str, taken: set[str]) -> str:
    """'PST' + a short code from the brand, unique among the symbols already taken."""
    letters = "".join(ch for ch in brand.upper() if ch.isalpha())
    for length in (4, 5, 6):
        symbol = "PST" + letters[:length]
        if symbol not in taken:
            return symbol
    n = 2
    while f"PST{letters[:4]}{n}" in taken:
        n += 1
    return f"PST{letters[:4]}{n}"
