"""Reference tables: ISO 3166 countries with names from CLDR (via Babel), and bloc membership over time."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.core import get_global
from babel.messages.pofile import read_po

from . import yamlsafe
from .home import LOCALES_DIR

# CLDR territory codes that are not ISO 3166-1 countries (macro-regions, reserved and private-use codes).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}

# Codes withdrawn from ISO 3166-1 (ISO 3166-3 "formerly used names"): code -> (former name, year, today's codes).
# CLDR still has currency history for some of them, so they are taken out by name here; codes ISO has since
# given to another country (BQ, BY, GE, SK) are not listed. A person or a rulebook giving one gets an error
# naming today's codes, and no country list offers them.
WITHDRAWN = {
    "AN": ("Netherlands Antilles", 2010, "BQ, CW, SX"), "BU": ("Burma", 1989, "MM"),
    "CS": ("Serbia and Montenegro", 2006, "RS, ME"), "CT": ("Canton and Enderbury Islands", 1984, "KI"),
    "DD": ("German Democratic Republic", 1990, "DE"), "DY": ("Dahomey", 1977, "BJ"),
    "FQ": ("French Southern and Antarctic Territories", 1979, "AQ, TF"), "FX": ("Metropolitan France", 1997, "FR"),
    "HV": ("Upper Volta", 1984, "BF"), "JT": ("Johnston Island", 1986, "UM"), "MI": ("Midway Islands", 1986, "UM"),
    "NH": ("New Hebrides", 1980, "VU"), "NQ": ("Dronning Maud Land", 1983, "AQ"), "NT": ("Neutral Zone", 1993, "SA, IQ"),
    "PC": ("Pacific Islands Trust Territory", 1986, "FM, MH, MP, PW"), "PU": ("US Miscellaneous Pacific Islands", 1986, "UM"),
    "PZ": ("Panama Canal Zone", 1980, "PA"), "RH": ("Southern Rhodesia", 1980, "ZW"),
    "SU": ("USSR", 1992, "RU, UA, BY, KZ, GE, AM, AZ, MD, UZ, TM, TJ, KG, LT, LV, EE"), "TP": ("East Timor", 2002, "TL"),
    "VD": ("Democratic Republic of Viet-Nam", 1977, "VN"), "WK": ("Wake Island", 1986, "UM"),
    "YD": ("Democratic Yemen", 1990, "YE"), "YU": ("Yugoslavia", 2003, "RS, ME, BA, HR, MK, SI"),
    "ZR": ("Zaire", 1997, "CD"),
}


def withdrawn(code: str) -> str | None:
    """Why `code` is refused, if it is a withdrawn ISO 3166 code: "SU was the USSR's code until 1992"."""
    if code not in WITHDRAWN:
        return None
    name, year, today = WITHDRAWN[code]
    return f"{code} was the code of {name} until {year}; use today's code ({today})"


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes in use: every two-letter territory with CLDR currency data and an English
    CLDR name, less the withdrawn codes (which have currency history but no name)."""
    named = Locale("en").territories
    codes = {c for c in get_global("territory_currencies") if re.fullmatch(r"[A-Z]{2}", c) and c in named}
    return frozenset(codes - _NOT_COUNTRIES - WITHDRAWN.keys())


# Languages CLDR has no country names for, and the language whose names stand in for the ones the project's
# own catalog (locales/<lang>/LC_MESSAGES/countries.po) does not give: Haitian schools teach French.
NAMES_FALLBACK = {"ht": "fr"}


@lru_cache(maxsize=64)
def _territories(lang: str) -> dict:
    try:
        names = dict(Locale.parse(lang).territories)      # Babel knows "ht", with no country names
    except Exception:
        names = {}
    if not names and lang != "en":
        names = dict(_territories(NAMES_FALLBACK.get(lang, "en")))
    names.update(_catalog_names(lang))
    return names


def _catalog_names(lang: str) -> dict:
    """Country names from the project's own catalog for `lang` (msgctxt "country", msgid the ISO code)."""
    po = LOCALES_DIR / lang / "LC_MESSAGES" / "countries.po"
    if not po.is_file():
        return {}
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    return {m.id: m.string for m in catalog if m.id and m.string and m.context == "country"}


def country_name(code: str, lang: str = "en") -> str:
    return _territories(lang).get(code) or _territories("en").get(code, code)


@dataclass(frozen=True)
class Membership:
    bloc: str
    country: str
    role: str
    start: dt.date
    end: dt.date | None
    source: dict
    unconfirmed: str | None

    def active(self, on: dt.date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


class Blocs:
    """Who belonged to which bloc, in which role, on a given date."""

    def __init__(self, memberships: list[Membership], names: dict[str, str]):
        self.memberships = memberships
        self.names = names
        self._cache = {}

    def members(self, bloc: str, on: dt.date, role: str | None = None) -> frozenset[str]:
        key = (bloc, on, role)
        found = self._cache.get(key)
        if found is None:
            found = frozenset(m.country for m in self.memberships
                              if m.bloc == bloc and m.active(on) and (role is None or m.role == role))
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = found
        return found

    def change_dates(self, bloc: str) -> set[dt.date]:
        dates = set()
        for m in self.memberships:
            if m.bloc == bloc:
                dates.add(m.start)
                if m.end:
                    dates.add(m.end + dt.timedelta(days=1))
        return dates

    def roles(self, bloc: str) -> set[str]:
        return {m.role for m in self.memberships if m.bloc == bloc}


def load_blocs(path: Path) -> Blocs:
    doc = yamlsafe.load(path.read_bytes(), str(path))
    sources = doc.data.get("sources", {})
    memberships, names = [], {}
    for bloc in doc.data.get("blocs", []):
        names[bloc["id"]] = bloc.get("name", bloc["id"])
        for m in bloc.get("members", []):
            memberships.append(Membership(
                bloc["id"], m["country"], m["role"], dt.date.fromisoformat(m["from"]),
                dt.date.fromisoformat(m["until"]) if m.get("until") else None,
                sources.get(m.get("source"), {}), m.get("unconfirmed")))
    return Blocs(memberships, names)
