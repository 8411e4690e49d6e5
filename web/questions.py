"""One question per screen: how each fact type is asked, and how the posted form becomes a fact value.

Dates are asked as day / month / year in the order the person's locale writes them (CLDR short date
pattern), months by name; countries by their CLDR name in the person's language.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache

from babel.dates import format_date, format_skeleton, get_date_format, get_month_names
from markupsafe import Markup, escape

from navigator.facts import EARLIEST, LATEST, int_bounds
from navigator.reference import country_codes, country_name

MAX_NATIONALITIES = 3
NO_END = LATEST          # the expiry of a permanent residence, which has none (never asked)


def _(message):  # marks a message for extraction; translated when shown
    return message


class AnswerError(ValueError):
    """A form answer that cannot be used; the message (a msgid, with its %-parameters) is shown next to the
    question in the person's language."""

    def __init__(self, message: str, **params):
        super().__init__(message)
        self.params = params


class NeedsDate(Exception):
    """A permit chosen whose expiry date is asked next, on a page of its own."""

    def __init__(self, status: str):
        super().__init__(status)
        self.status = status


def _sort_key(text: str) -> str:
    """A name by its letters without accents or other marks, in its own script: folding to ASCII made every
    Arabic name an empty key, left in no fixed order (a different order in each worker)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=16)
def countries(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((c, country_name(c, lang)) for c in country_codes()), key=lambda cn: (_sort_key(cn[1]), cn[0])))


@lru_cache(maxsize=16)
def _country_options(lang: str) -> str:
    return "".join(f'<option value="{code}">{escape(name)}</option>' for code, name in countries(lang))


def country_options(lang: str, selected: str | None = None, only=None) -> Markup:
    """The <option> list of every country, rendered once per language (the slowest part of a page)."""
    if only is not None:
        html = "".join(f'<option value="{c}">{escape(n)}</option>' for c, n in countries(lang) if c in only)
    else:
        html = _country_options(lang)
    if selected:
        html = html.replace(f'<option value="{selected}">', f'<option value="{selected}" selected>', 1)
    return Markup(html)


@lru_cache(maxsize=16)
def date_parts(lang: str) -> tuple[str, ...]:
    """['day', 'month', 'year'] in the order the locale writes a short date."""
    try:
        pattern = get_date_format("short", locale=lang).pattern
    except Exception:  # noqa: BLE001  (unknown locale: ISO order)
        return ("year", "month", "day")
    order = sorted(((pattern.find(ch), part) for ch, part in (("d", "day"), ("M", "month"), ("y", "year"))
                    if pattern.find(ch) >= 0))
    return tuple(part for _, part in order) or ("year", "month", "day")


# Month names where the CLDR data Babel ships has none (it writes "M03"): Haitian Creole's, as the
# Haitian government and press write them.
MONTH_NAMES = {"ht": ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
                      "novanm", "desanm")}


@lru_cache(maxsize=16)
def months(lang: str) -> tuple[tuple[int, str], ...]:
    if lang in MONTH_NAMES:
        return tuple(enumerate(MONTH_NAMES[lang], start=1))
    try:
        names = get_month_names("wide", locale=lang)
    except Exception:  # noqa: BLE001
        names = get_month_names("wide", locale="en")
    return tuple((i, names[i]) for i in range(1, 13))


def month_year(day: dt.date, lang: str) -> str:
    """'March 2023' in the person's language (a date given without its day)."""
    if lang in MONTH_NAMES:
        return f"{MONTH_NAMES[lang][day.month - 1]} {day.year}"
    return format_skeleton("yMMMM", day, locale=lang)


def long_date(day: dt.date, lang: str) -> str:
    """'20 May 2022' in the person's language."""
    if lang in MONTH_NAMES:
        return f"{day.day} {MONTH_NAMES[lang][day.month - 1]} {day.year}"
    return format_date(day, "long", locale=lang)


def widget(fact) -> str:
    return {"bool": "yesno", "int": "number", "date": "date", "country": "country", "countries": "countries",
            "enum": "choice", "naturalisations": "naturalisations", "statuses": "statuses"}[fact.type]


def _date(form, prefix="", month_only=False, today=None) -> str:
    """The ISO date typed; with `month_only`, a month and year without the day ('2022-05'), which the interview
    takes as unknown only where the day could change a result. With `today`, a later date is refused."""
    year_text = form.get(prefix + "year", "").strip()
    if year_text.isdigit() and len(year_text) < 4:      # "95" is 1995 or 2095: ask, never guess the century
        raise AnswerError(_("Please write the year with all four digits, for example 1995."))
    day_text = form.get(prefix + "day", "").strip()
    try:
        month, year = (int(form.get(prefix + k, "").strip()) for k in ("month", "year"))
        if month_only and not day_text:
            first = dt.date(year, month, 1)
            value = first.isoformat()[:7]
        else:
            first = dt.date(year, month, int(day_text))
            value = first.isoformat()
    except ValueError:
        if month_only:
            raise AnswerError(_("Please enter a real date: day, month and year, or just the month and year if "
                                "you do not remember the day.")) from None
        raise AnswerError(_("Please enter a real date: day, month and year.")) from None
    if not EARLIEST <= first <= LATEST:
        raise AnswerError(_("Please enter a year between %(lo)s and %(hi)s."), lo=EARLIEST.year, hi=LATEST.year)
    if today is not None and first > today:
        raise AnswerError(_("This date is after today. Please give a date in the past, or press “I don't know”."))
    return value


def parse(fact, form, today=None, permanent=lambda status: False) -> object:
    """The JSON value of the answer (checked again, strictly, by navigator.facts). A date of the past (`past:`
    in the vocabulary) after `today` is refused; a permanent residence is given no expiry date."""
    kind = widget(fact)
    if kind == "yesno":
        value = form.get("value")
        if value not in ("yes", "no"):
            raise AnswerError(_("Please choose yes or no, or press “I don't know”."))
        return value == "yes"
    if kind == "number":
        text = form.get("value", "").strip()
        if not text.isdigit():
            raise AnswerError(_("Please enter a whole number."))
        lo, hi = int_bounds(fact)
        if not lo <= int(text) <= hi:
            raise AnswerError(_("Please enter a number from %(lo)s to %(hi)s."), lo=lo, hi=hi)
        return int(text)
    if kind == "date":
        return _date(form, month_only=True, today=today if fact.past else None)
    if kind == "country":
        value = form.get("value", "")
        if value not in country_codes():
            raise AnswerError(_("Please choose a country from the list."))
        return value
    if kind == "countries":
        chosen = []
        for i in range(MAX_NATIONALITIES):
            value = form.get(f"value{i}", "")
            if value and value not in country_codes():
                raise AnswerError(_("Please choose a country from the list."))
            if value and value not in chosen:
                chosen.append(value)
        if not chosen:
            raise AnswerError(_("Please choose at least one country, or press “I don't know”."))
        return chosen
    if kind == "choice":
        value = form.get("value", "")
        if value not in fact.values:
            raise AnswerError(_("Please choose one of the options."))
        return value
    if kind == "naturalisations":
        if form.get("value") == "none":
            return []
        if form.get("value") != "some":
            raise AnswerError(_("Please choose one of the options."))
        country = form.get("country", "")
        if country not in country_codes():
            raise AnswerError(_("Please choose the country of that nationality."))
        return [{"country": country, "date": _date(form)}]
    if kind == "statuses":
        value = form.get("value", "")
        if value == "none":
            return []
        if not value:
            raise AnswerError(_("Please choose one of the options."))
        if permanent(value):
            return [{"status": value, "expires": NO_END.isoformat()}]
        if "year" not in form:          # one thing per page: the permit first, then its expiry date
            raise NeedsDate(value)
        return [{"status": value, "expires": _date(form)}]
    raise AnswerError(_("This question cannot be answered here."))
