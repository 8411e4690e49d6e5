"""Places that can help, kept as content: `rules/help/<cc>.yaml` for each host country we cover, and
`rules/help/general.yaml` for what is open to everyone wherever they are (asylum, consulates, UN agencies).

Every results page names at least one of them (issue 12 §3), and a host we do not cover gets the general ones
(issue 13 §6). Each place carries its official address, the public page that confirms it (`source`) and the day
someone last checked it (`reviewed`); nothing here is a condition of any pathway.

    country: CL                        # the host (ISO 3166-1 alpha-2); `general.yaml` has `country: general`
    places:
      - id: sermig                     # unique in the file
        kind: authority                # authority | unhcr | legal_aid | un_agency
        name: "Servicio Nacional de Migraciones (SERMIG)"   # a proper name, shown as written
        url: "https://serviciomigraciones.cl"              # optional: where the person goes
        source: "https://..."          # the public page that confirms this place and what it does
        reviewed: 2026-12-07           # when that page was last read
        city: bogota                   # optional: only for people in this city (a `city` value)

`check_help(...)` gives (places by country, problems as file:line:column); `navigator check` prints them.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from . import yamlsafe
from .home import RULES_DIR
from .problems import Problem

HELP_DIR = RULES_DIR / "help"          # the checkout's rules/help, or the wheel's (navigator/home.py)
KINDS = ("authority", "unhcr", "legal_aid", "un_agency")
GENERAL = "general"
_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[a-z0-9_]+$")
_KEYS = {"id", "kind", "name", "url", "source", "reviewed", "city"}


def _place(doc, i, raw, today, problems):
    path = ("places", i)
    if not isinstance(raw, dict):
        problems.append(doc.problem(path, "a place must be a mapping", "id:, kind:, name:, source:, reviewed:"))
        return None
    for key in raw:
        if key not in _KEYS:
            problems.append(doc.problem(path + (key,), f"unknown key {key!r}", ", ".join(sorted(_KEYS))))
    for key in ("id", "kind", "name", "source", "reviewed"):
        if key not in raw:
            problems.append(doc.problem(path, f"place without {key!r}", f"{key}: on every place"))
    if any(k not in raw for k in ("id", "kind", "name", "source", "reviewed")):
        return None
    ok = True
    if not isinstance(raw["id"], str) or not _ID.match(raw["id"]):
        problems.append(doc.problem(path + ("id",), f"id {raw['id']!r} is not a plain lower-case id", "letters, digits, _"))
        ok = False
    if raw["kind"] not in KINDS:
        problems.append(doc.problem(path + ("kind",), f"unknown kind {raw['kind']!r}", " | ".join(KINDS)))
        ok = False
    if not isinstance(raw["name"], str) or not raw["name"].strip():
        problems.append(doc.problem(path + ("name",), "empty name", "the place's own name"))
        ok = False
    for key in ("url", "source"):
        if key in raw and (not isinstance(raw[key], str) or not _URL.match(raw[key])):
            problems.append(doc.problem(path + (key,), f"{key} {raw[key]!r} is not a web address", "https://..."))
            ok = False
    reviewed = raw["reviewed"]
    if not isinstance(reviewed, str) or not _DATE.match(reviewed):
        problems.append(doc.problem(path + ("reviewed",), f"reviewed {reviewed!r} is not a date", "YYYY-MM-DD"))
        return None
    try:
        day = dt.date.fromisoformat(reviewed)
    except ValueError:
        problems.append(doc.problem(path + ("reviewed",), f"reviewed {reviewed!r} is no calendar day", "YYYY-MM-DD"))
        return None
    if day > today:
        problems.append(doc.problem(path + ("reviewed",), f"reviewed {reviewed} is in the future",
                                    "the day the source was actually read"))
        ok = False
    if not ok:
        return None
    return {"id": raw["id"], "kind": raw["kind"], "name": raw["name"].strip(), "url": raw.get("url"),
            "source": raw["source"], "reviewed": reviewed, "city": raw.get("city")}


def check_help(help_dir: Path = HELP_DIR, covered=(), today: dt.date | None = None):
    """(places by country code or 'general', problems). `covered`: host countries with rulebooks; each must
    have a file naming at least one place, so no results page is left without help."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    places: dict[str, list[dict]] = {}
    files = sorted(Path(help_dir).glob("*.yaml")) if Path(help_dir).is_dir() else []
    for path in files:
        name = str(path)
        try:
            doc = yamlsafe.load(path.read_bytes(), name)
        except yamlsafe.YamlLoadError as exc:
            problems.append(exc.problem)
            continue
        data = doc.data
        if not isinstance(data, dict) or "country" not in data or "places" not in data:
            problems.append(Problem(name, 1, 1, "a help file needs `country:` and `places:`",
                                    "country: CL and a list of places"))
            continue
        country = data["country"]
        expected = path.stem.upper() if path.stem != GENERAL else GENERAL
        if country != expected:
            problems.append(doc.problem(("country",), f"country {country!r} does not match the file name {path.name}",
                                        repr(expected)))
            continue
        if not isinstance(data["places"], list) or not data["places"]:
            problems.append(doc.problem(("places",), "no places listed", "at least one place"))
            continue
        seen, out = set(), []
        for i, raw in enumerate(data["places"]):
            place = _place(doc, i, raw, today, problems)
            if place is None:
                continue
            if place["id"] in seen:
                problems.append(doc.problem(("places", i, "id"), f"place id {place['id']!r} is used twice", "unique ids"))
                continue
            seen.add(place["id"])
            out.append(place)
        places[country] = out
    for cc in sorted(set(covered) - set(places)):
        problems.append(Problem(str(Path(help_dir) / f"{cc.lower()}.yaml"), 1, 1,
                                f"host country {cc} has rulebooks but no place that can help",
                                "a help file naming at least one place (authority, UNHCR partner, legal aid); "
                                "until then its pages show the general places", "warning"))
    if GENERAL not in places:
        problems.append(Problem(str(Path(help_dir) / "general.yaml"), 1, 1, "no general help file",
                                "general.yaml: help open to everyone, for hosts we do not cover"))
    return places, problems


def help_places(help_dir: str = str(HELP_DIR)) -> dict:
    """The checked places, read again when a file changes (as the rulebooks are). A broken file raises,
    naming file:line and the reason."""
    folder = Path(help_dir)
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.yaml"))) if folder.is_dir() else ()
    return _help_places(help_dir, stamp)


@lru_cache(maxsize=4)
def _help_places(help_dir: str, _stamp: tuple) -> dict:
    from .problems import RulebookError
    places, problems = check_help(Path(help_dir))
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise RulebookError(errors)
    return places


def places_for(country: str | None, city: str | None = None, help_dir: str = str(HELP_DIR)) -> list[dict]:
    """The places for a person in `country` (and `city`): the city's first, then the national ones; the
    general ones when we have nothing for that country."""
    places = help_places(help_dir)
    own = [p for p in places.get(country or "", []) if p["city"] in (None, city)]
    own.sort(key=lambda p: p["city"] is None)
    return own or list(places.get(GENERAL, []))
