"""Templates compiled once per language, with their fixed interface strings already translated.

A page calls `_("...")` some thirty times; each call goes through Jinja's call machinery, the catalog and
the HTML escaper on every request, although its result depends only on the language. Here each language gets
its own compiled copy of every template in which `_("literal")` (a constant and nothing else) has become the
translated constant, which Jinja's optimiser escapes once and folds into the page's static text. Calls with
parameters (`_("Question %(n)s", n=step)`) or with a variable are left to run per request.
"""
from __future__ import annotations

from flask import has_request_context
from flask.templating import Environment
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream

from navigator.i18n import Translator


class TranslateConstants(Extension):
    """Replace `_("literal")` by its translation while the template is parsed (no `.` before `_`, so a
    method such as `tr._(...)` is left alone)."""

    def filter_stream(self, stream: TokenStream):
        gettext = getattr(self.environment, "language_gettext", None)
        if gettext is None:
            return stream
        tokens, out, i = list(stream), [], 0
        while i < len(tokens):
            t = tokens[i]
            if (t.type == "name" and t.value == "_" and i + 3 < len(tokens) and tokens[i + 1].type == "lparen"
                    and tokens[i + 2].type == "string" and tokens[i + 3].type == "rparen"
                    and not (i and tokens[i - 1].type == "dot")):
                out.append(Token(t.lineno, "string", gettext(tokens[i + 2].value)))
                i += 4
            else:
                out.append(t)
                i += 1
        return iter(out)


class LocalisedEnvironment(Environment):
    """Flask's template environment that hands out each template compiled for the request's language."""

    language: str | None = None

    def for_language(self, lang: str) -> "LocalisedEnvironment":
        overlays = self.__dict__.setdefault("_overlays", {})
        env = overlays.get(lang)
        if env is None:
            env = self.overlay(extensions=[TranslateConstants], cache_size=400)
            env.language = lang
            env.language_gettext = Translator(lang)._
            env._overlays = {}
            overlays[lang] = env
        return env

    def get_template(self, name, parent=None, globals=None):
        if self.language is None and has_request_context():
            from flask_babel import get_locale
            return self.for_language(str(get_locale() or "en")).get_template(name, parent, globals)
        return super().get_template(name, parent, globals)
