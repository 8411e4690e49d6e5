"""Translations: interface and rulebook text from standard gettext .po catalogs in locales/.

Catalogs are compiled in memory at load (no .mo files to keep in sync). Rulebook strings are looked up
with a context (`<pathway id>:<key>`), so two identical English sentences in different rulebooks can be
translated differently and a changed sentence is flagged fuzzy by `pybabel update`, never silently kept.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from . import yamlsafe
from .home import LOCALES_DIR

DOMAINS = ("navigator", "rulebooks")
# The one list of languages (the web, the API, OpenAPI and the release gate read these; a test keeps the
# Makefile's CONTENT_LANGS / UI_LANGS equal to them). Interface languages, each named in itself:
LANGUAGES = {"es": "Español", "pt": "Português", "en": "English", "fr": "Français", "ht": "Kreyòl ayisyen",
             "ar": "العربية"}
RTL = frozenset({"ar"})                      # written right to left
CONTENT_LANGUAGES = ("es", "pt", "fr", "ht", "ar")  # rulebook text (titles, conditions, notes) is translated into these
TRANSLATABLE_KEYS = {"title", "summary", "text", "question", "help", "changes", "where", "how", "fee",
                     "unconfirmed", "unsettled", "reason", "differs"}


@lru_cache(maxsize=16)
def translations(lang: str | None, locales_dir: Path = LOCALES_DIR):
    """Merged translations for `lang` (all domains); NullTranslations for English or an unknown language."""
    if not lang or lang == "en":
        return NullTranslations()
    merged = None
    for domain in DOMAINS:
        po = locales_dir / lang / "LC_MESSAGES" / f"{domain}.po"
        if not po.is_file():
            continue
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)
        buf.seek(0)
        part = Translations(fp=buf, domain=domain)
        merged = part if merged is None else merged.merge(part)
    return merged or NullTranslations()


@lru_cache(maxsize=16)
def _notes(lang: str | None) -> dict:
    catalog = getattr(translations(lang), "_catalog", {})
    return {key.split("\x04", 1)[1]: text for key, text in catalog.items()
            if isinstance(key, str) and "\x04" in key and key.split("\x04", 1)[0].endswith(("unconfirmed", "unsettled"))}


def available_languages() -> list[str]:
    """Every language a page or an answer can be asked in (English is the source text)."""
    return sorted(LANGUAGES)


class Translator:
    """`_` for interface strings, `content` for rulebook strings (looked up with their context)."""

    def __init__(self, lang: str | None = None):
        self.lang = lang or "en"
        self._t = translations(self.lang)

    def _(self, message: str, **kw) -> str:
        text = self._t.gettext(message)
        return text % kw if kw else text

    def content(self, context: str, message: str) -> str:
        if not message:
            return message
        return self._t.pgettext(context, message)

    def label(self, fact, choice: str) -> str:
        """The answer `choice` of a choice question (a city, ...), as the person reads it."""
        return self.content(f"fact.{fact.id}:label.{choice}", fact.labels.get(choice, choice))

    def note(self, message: str | None) -> str | None:
        """A doubt (`unconfirmed`) or open point of law (`unsettled`): the same English note always reads the
        same, so it is looked up by its text, whichever condition, version or parameter it sits on."""
        if not message:
            return message
        return _notes(self.lang).get(message, message)


def extract_rulebook(fileobj, keywords, comment_tags, options):
    """Babel extractor: yield every translatable string of a rulebook or vocabulary YAML with its context."""
    try:
        doc = yamlsafe.load(fileobj.read(), getattr(fileobj, "name", "rulebook"))
    except yamlsafe.YamlLoadError:
        return
    data = doc.data if isinstance(doc.data, dict) else {}
    owner = data.get("id", "")

    def walk(node, path, parts):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in TRANSLATABLE_KEYS and isinstance(value, str) and value.strip():
                    line = doc.where(path + (key,))[0]
                    yield line, "pgettext", (context_for(owner, parts, key), value), [".".join(map(str, path + (key,)))]
                elif key == "labels" and isinstance(value, dict):      # the answers of a choice question
                    for choice, label in value.items():
                        if isinstance(label, str) and label.strip():
                            line = doc.where(path + (key, choice))[0]
                            yield line, "pgettext", (context_for(owner, parts, f"label.{choice}"), label), \
                                [".".join(map(str, path + (key, choice)))]
                elif isinstance(value, list):
                    group = _GROUP.get(key, key)
                    for i, item in enumerate(value):
                        base = tuple(x for x in parts if not x.startswith("cond.")) if group == "cond" else parts
                        sub = base + ((f"{group}.{item['id']}",) if isinstance(item, dict) and "id" in item else ())
                        yield from walk(item, path + (key, i), sub if key != "versions" else parts)
                elif isinstance(value, dict):
                    yield from walk(value, path + (key,), parts + ((key,) if key not in _SKIP else ()))

    yield from walk(data, (), ())


_GROUP = {"all": "cond", "any": "cond", "facts": "fact", "derived": "fact", "documents": "doc", "procedure": "step"}
_SKIP = {"conditions", "not"}


def context_for(owner: str, parts: tuple, key: str) -> str:
    """The msgctxt of a rulebook string: `<pathway id>:<cond.ID|doc.ID|grants|apply>:<key>`."""
    return ":".join(([owner] if owner else []) + list(parts) + [key])
