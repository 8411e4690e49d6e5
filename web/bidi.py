"""Mixed-direction text on right-to-left pages: Latin runs inside Arabic sentences, isolated with `<bdi>`.

Rulebook text translated into Arabic keeps law names, codes and institutions in their own script ("Ley
25.871", "Disp. DNM 388/2024", "(partida de nacimiento)"). Left to the Unicode bidi algorithm inside a
right-to-left paragraph, the neutral characters around such a run (brackets, slashes, full stops) take the
paragraph's direction, and a run broken across lines comes out with its brackets turned the wrong way. Each
Latin run is therefore wrapped in `<bdi>`, so it is laid out on its own and takes part in the Arabic sentence
as one unit (https://www.w3.org/International/articles/inline-bidi-markup/).

Templates need no change for rulebook text: on a right-to-left page the template environment
(`BidiEnvironment`) gives the text fields of a result card (`c.title`, `cond.text`, `c.apply.where`, ...)
isolated. Other values can use the `bidi` filter, which does nothing on left-to-right pages.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from types import BuiltinFunctionType, FunctionType, MethodType

from flask.templating import Environment
from jinja2.runtime import Context
from markupsafe import Markup, escape

from navigator.i18n import RTL

# The text fields of a result card (navigator/render.py pathway_dict and web/outcome.py) whose strings are
# rulebook text; a list or dict under these names (`unsettled`, `questions`) has its strings isolated too.
# Never an id, code, URL or status: those end up in attributes.
TEXT_FIELDS = frozenset({"title", "summary", "text", "where", "how", "fee", "reason", "note", "unconfirmed",
                         "unsettled", "questions", "instrument", "article", "step"})

_LATIN = "A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
_LETTER = re.compile(f"[{_LATIN}]")
# a stretch without right-to-left letters (Arabic, Arabic supplement/extended, presentation forms, Hebrew)
_NON_RTL = re.compile("[^\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\n]+")
_RTL_LETTER = re.compile("[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
_START = re.compile(f"^[^{_LATIN}0-9($§#\\[]+")
_END = re.compile(f"[^{_LATIN}0-9)\\]/%$]+$")


def _core(chunk: str) -> tuple[int, int]:
    """Where the run to isolate starts and ends inside `chunk` (no leading or trailing neutrals, brackets
    kept only in pairs); (0, 0) when there is nothing to isolate."""
    start, end = 0, len(chunk)
    while True:
        m = _START.search(chunk, start, end)
        start = m.end() if m else start
        m = _END.search(chunk[start:end])
        end = start + m.start() if m else end
        core = chunk[start:end]
        opened, closed = core.count("(") + core.count("["), core.count(")") + core.count("]")
        if opened > closed and core[:1] in "([":
            start += 1
        elif closed > opened and core[-1:] in ")]":
            end -= 1
        else:
            break
    return (start, end) if start < end and _LETTER.search(chunk, start, end) else (0, 0)


def _unmatched(core: str) -> int:
    """The index of the first bracket in `core` without its pair, or -1."""
    opened = []
    for i, ch in enumerate(core):
        if ch in "([":
            opened.append(i)
        elif ch in ")]":
            if not opened:
                return i
            opened.pop()
    return opened[0] if opened else -1


def _spans(chunk: str) -> list[tuple[int, int]]:
    """The runs to isolate inside `chunk`. A bracket whose pair lies in the Arabic text ("Ministerio de
    Relaciones Exteriores (Cancillería، وزارة الخارجية)") stays outside, in the sentence's direction, and the
    Latin on either side of it is isolated on its own; inside one isolate it would face the wrong way."""
    a, b = _core(chunk)
    if a == b:
        return []
    i = _unmatched(chunk[a:b])
    if i < 0:
        return [(a, b)]
    left = _spans(chunk[a:a + i])
    right = _spans(chunk[a + i + 1:b])
    return [(a + x, a + y) for x, y in left] + [(a + i + 1 + x, a + i + 1 + y) for x, y in right]


def isolate(text) -> Markup:
    """`text` escaped, with every run of Latin script in a right-to-left sentence wrapped in `<bdi>`. Text
    without right-to-left letters (a code, a citation left in its language) and text already marked up are
    returned as they are."""
    if not isinstance(text, str) or isinstance(text, Markup) or not _RTL_LETTER.search(text):
        return text
    out, pos = [], 0
    for m in _NON_RTL.finditer(text):
        for a, b in _spans(m.group()):
            a, b = m.start() + a, m.start() + b
            out.append(escape(text[pos:a]))
            out.append(Markup("<bdi>%s</bdi>") % text[a:b])
            pos = b
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def isolate_value(value):
    """`isolate` for a string, each string of a list, and each value of a dict."""
    if isinstance(value, str):
        return isolate(value)
    if isinstance(value, list):
        return [isolate(v) if isinstance(v, str) else v for v in value]
    if isinstance(value, dict):
        return {k: isolate(v) if isinstance(v, str) else v for k, v in value.items()}
    return value


_RTL_PAGE: ContextVar[bool] = ContextVar("rtl_page", default=False)


def set_page_direction(lang: str | None) -> None:
    """Called once per render (the app's context processor) and at the end of each request: the template
    environment's every attribute lookup then reads one context variable instead of asking Flask's request
    proxy for the page's language (that lookup cost 6-8% of every request, callgrind, issue 15)."""
    _RTL_PAGE.set(lang in RTL)


def _rtl_page() -> bool:
    return _RTL_PAGE.get()


def bidi_filter(value):
    """`{{ value|bidi }}`: isolated on a right-to-left page, unchanged on a left-to-right one."""
    return isolate(value) if _rtl_page() else value


_PLAIN_CALLABLES = (FunctionType, MethodType, BuiltinFunctionType)


class PlainCallContext(Context):
    """Jinja's template context, where a call to a plain function (`_()`, `url_for()`, `tr.content()`: about
    forty a page) skips Jinja's three probes for `pass_context` and friends when the function carries none;
    anything else (macros, callable objects, marked functions) goes through Jinja's own `call` as before."""

    def call(__self, __obj, *args, **kwargs):  # noqa: N805  (Jinja's own signature)
        if type(__obj) not in _PLAIN_CALLABLES or hasattr(__obj, "jinja_pass_arg"):
            return Context.call(__self, __obj, *args, **kwargs)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception")


_DICT_ATTRIBUTES = frozenset(dir(dict))     # what `getattr(a_dict, name)` can find: the rest are keys


class BidiEnvironment(Environment):
    """Flask's template environment, where on a right-to-left page rulebook text read from a result card
    (`c.title`, `cond.text`, ...) comes with its Latin runs isolated; other pages are unchanged."""
    context_class = PlainCallContext

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["bidi"] = bidi_filter

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            # a result card's field (`c.title`): Jinja's getattr would first raise and catch an AttributeError
            # (a dict has no such attribute) and then look the key up; the same answer, straight away
            try:
                value = obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        else:
            value = Environment.getattr(self, obj, attribute)
        if attribute in TEXT_FIELDS and _RTL_PAGE.get():
            return isolate_value(value)
        return value

    def getitem(self, obj, argument):
        value = super().getitem(obj, argument)
        if isinstance(argument, str) and argument in TEXT_FIELDS and _rtl_page():
            return isolate_value(value)
        return value


def markup_aware(gettext):
    """The templates' `_`: a sentence with an isolated (Markup) argument is escaped itself and keeps the
    argument's markup, instead of showing `<bdi>` as text."""
    def _(message, **kw):
        if kw and any(isinstance(v, Markup) for v in kw.values()):
            return escape(gettext(message)) % kw
        return gettext(message, **kw)
    return _
