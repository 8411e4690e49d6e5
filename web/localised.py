"""Templates compiled once per language, with their fixed strings and links already filled in.

A page calls `_("...")` some thirty times and `url_for(...)` about six; each call goes through Jinja's call
machinery, the catalog or the URL map, and the HTML escaper on every request, although its result depends only
on the language (or on nothing). Here each language gets its own compiled copy of every template in which
those calls with constant arguments have become constants, which Jinja's optimiser escapes once and folds into
the page's static text. Calls with a variable (`_("Question %(n)s", n=step)`) still run per request.
"""
from __future__ import annotations

from flask import has_request_context, request
from flask.templating import Environment
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream

from navigator.i18n import Translator

from .bidi import RTL, TEXT_FIELDS, bidi_filter, isolate_value


class FoldConstants(Extension):
    """While a template is parsed: `_("literal")` becomes its translation, and `url_for("endpoint", k="v")` with
    only constant arguments becomes `script_root ~ "/path?k=v"`, the path built once from the app's URL map
    (`script_root` is the request's mount point, given to every template). Anything else is left as written,
    and so is a method such as `tr._(...)` (a `.` before the name)."""

    def filter_stream(self, stream: TokenStream):
        gettext = getattr(self.environment, "language_gettext", None)
        if gettext is None:
            return stream
        tokens, out, i = list(stream), [], 0
        while i < len(tokens):
            folded = None
            if tokens[i].type == "name" and not (i and tokens[i - 1].type == "dot"):
                args, end = _constant_arguments(tokens, i + 1)
                if args is not None:
                    folded = self._fold(tokens[i], *args, gettext)
            if folded:
                out.extend(folded)
                i = end
            else:
                out.append(tokens[i])
                i += 1
        return iter(out)

    def _fold(self, name: Token, positional, keywords, gettext):
        line = name.lineno
        if name.value == "_" and len(positional) == 1 and not keywords and isinstance(positional[0], str):
            return [Token(line, "string", gettext(positional[0]))]
        if name.value == "url_for" and len(positional) == 1 and isinstance(positional[0], str):
            try:
                path = self.environment.app.url_map.bind("localhost", script_name="/").build(positional[0], keywords)
            except Exception:  # noqa: BLE001  (not buildable now: left to fail, or work, at request time)
                return None
            return [Token(line, "lparen", "("), Token(line, "name", "script_root"), Token(line, "tilde", "~"),
                    Token(line, "string", path), Token(line, "rparen", ")")]
        return None


def _constant_arguments(tokens, i):
    """`("a", k="b", n=1)` starting at tokens[i]: (([positional], {keywords}), index after `)`), else (None, i)."""
    if i >= len(tokens) or tokens[i].type != "lparen":
        return None, i
    positional, keywords, i = [], {}, i + 1
    while i < len(tokens):
        t = tokens[i]
        if t.type == "rparen":
            return (positional, keywords), i + 1
        if t.type in ("string", "integer") and not keywords:
            positional.append(t.value)
            i += 1
        elif (t.type == "name" and i + 2 < len(tokens) and tokens[i + 1].type == "assign"
              and tokens[i + 2].type in ("string", "integer")):
            keywords[t.value] = tokens[i + 2].value
            i += 3
        else:
            return None, i
        if i < len(tokens) and tokens[i].type == "comma":
            i += 1
        elif i < len(tokens) and tokens[i].type != "rparen":
            return None, i
    return None, i


_DICT_ATTRIBUTES = frozenset(dir(dict))


class LocalisedEnvironment(Environment):
    """Flask's template environment that hands out each template compiled for the request's language."""

    language: str | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["bidi"] = bidi_filter      # Latin runs isolated in right-to-left pages (web/bidi.py)

    def for_language(self, lang: str) -> "LocalisedEnvironment":
        overlays = self.__dict__.setdefault("_overlays", {})
        env = overlays.get(lang)
        if env is None:
            env = self.overlay(extensions=[FoldConstants], cache_size=400)
            env.language = lang
            env.language_gettext = Translator(lang)._
            env._overlays = {}
            overlays[lang] = env
        return env

    def get_template(self, name, parent=None, globals=None):
        if self.language is None and has_request_context():
            return self.for_language(request.lang).get_template(name, parent, globals)
        return super().get_template(name, parent, globals)

    def getattr(self, obj, attribute):
        """`card.title` on a plain dict: Jinja tries the attribute first and pays for an AttributeError each time
        (a sixth of the results page, measured); the same answer, looked up as an item directly. On a
        right-to-left page, rulebook text (`c.title`, `cond.text`, ...) comes with its Latin runs isolated."""
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                value = obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        else:
            value = super().getattr(obj, attribute)
        if self.language in RTL and attribute in TEXT_FIELDS:
            return isolate_value(value)
        return value
