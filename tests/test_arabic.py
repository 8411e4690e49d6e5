"""Arabic all the way: questions and results in Arabic (not English inside a right-to-left page), and the Latin
runs inside Arabic sentences (law names, codes, URLs) isolated so they read correctly."""
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from markupsafe import Markup

import web
from web import create_app, minified_css, static_version
from web.bidi import isolate, markup_aware

from .test_web import P01
from .webutil import Person

ARABIC = re.compile("[\u0600-\u06FF]")
H3 = re.compile(r"<h3[^>]*>(.*?)</h3>", re.S)
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def app(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "test-secret"}, navigator=navigator)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    import datetime as dt

    import web.views
    monkeypatch.setattr(web.views, "_as_of", lambda: dt.date(2024, 10, 15))


def _titles(html):
    return [TAG.sub("", t).strip() for t in H3.findall(html)]


def _section(html, start, end="<h2"):
    return html.split(start, 1)[1].split(end, 1)[0] if start in html else ""


def test_latin_runs_are_isolated_with_their_brackets():
    assert isolate("شهادة الميلاد (partida de nacimiento)") == \
        "شهادة الميلاد <bdi>(partida de nacimiento)</bdi>"
    assert isolate("(وثيقة DIMEX)، سنتان") == "(وثيقة <bdi>DIMEX</bdi>)، سنتان"          # brackets only in pairs
    assert isolate("نظام RADEX.") == "نظام <bdi>RADEX</bdi>."                             # the full stop is Arabic's
    assert isolate("في 30 مايو 2031") == "في 30 مايو 2031"                              # numbers need nothing
    assert isolate("<b>&") == "<b>&" and not isinstance(isolate("<b>&"), Markup)        # no Arabic: untouched
    out = isolate('قال <script> "Ley 1 & 2"')
    assert "<script>" not in out and "&amp;" in out and out.count("<bdi>") == 1
    assert isolate(Markup("<em>x</em> نص")) == Markup("<em>x</em> نص")                 # already marked up


def test_a_sentence_keeps_an_isolated_argument_as_markup():
    _ = markup_aware(lambda message, **kw: message % kw if kw else message)
    out = _("Where: %(where)s <now>", where=isolate("مكتب DNM"))
    assert out == "Where: مكتب <bdi>DNM</bdi> &lt;now&gt;"
    assert _("plain %(x)s", x="<b>") == "plain <b>"         # no markup argument: escaped later by Jinja


def test_arabic_catalogs_are_arabic():
    """A translation left in English would show English on the Arabic page: every Arabic string with words
    has Arabic letters (amounts such as 'S/ 40.60' and the product's name excepted)."""
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "locales" / "ar" / "LC_MESSAGES"
    for name in ("navigator.po", "rulebooks.po"):
        with open(root / name, "rb") as fh:
            catalog = read_po(fh)
        left = [m.id for m in catalog if m.id and m.string and m.string != "Pathway Navigator"
                and re.search(r"[A-Za-z]{4,}", str(m.string)) and not ARABIC.search(str(m.string))]
        assert not left, f"{name}: not in Arabic: {left[:5]}"


def test_arabic_results_show_arabic_titles_and_questions_not_english(app):
    facts = dict(P01, criminal_record_5y=None)               # something undecided, so questions are shown
    english = Person(app.test_client(), "en").interview(facts).results()
    person = Person(app.test_client(), "ar")
    arabic = person.interview(facts).results()
    assert '<html lang="ar" dir="rtl">' in arabic
    titles = _titles(arabic)
    assert titles and all(ARABIC.search(t) for t in titles), titles
    for title in _titles(english):                            # no rulebook title is left in English
        assert title not in arabic
    undecided = _section(arabic, 'id="h-maybe"')
    undecided = re.sub(r'<ol class="sources">.*?</ol>', "", undecided, flags=re.S)   # the law's names, as cited
    asked = [TAG.sub("", q).strip() for q in re.findall(r"<li>(.*?)</li>", undecided, re.S)]
    assert asked and all(ARABIC.search(q) for q in asked)
    assert "convicted of a crime" not in arabic and "Special regularisation" not in arabic
    assert "<bdi>(Disp. DNM 388/2024)</bdi>" in arabic       # the law's name isolated inside the Arabic title
    assert "&lt;bdi" not in arabic                            # isolation never shows as text


def test_arabic_questions_are_arabic(app):
    person = Person(app.test_client(), "ar")
    person.post("/next", state="")
    for _ in range(6):
        question = re.search(r"<h1>(.*?)</h1>", person.html, re.S).group(1)
        assert ARABIC.search(question) and "?" not in question, question
        fact = person.question
        if fact is None:
            break
        person.post("/next", state=person.state, fact=fact, action="dontknow")


def test_a_syrian_in_brazil_reads_every_card_in_arabic(app):
    person = Person(app.test_client(), "ar")
    html = person.interview({"host_country": "BR", "nationalities": ["SY"], "in_host_country": True}).results()
    titles = _titles(html)
    assert titles and all(ARABIC.search(t) for t in titles), titles
    # a citation is a source link (the card's list of sources, or a failed condition's "(instrument, article)")
    # or a condition's numbered reference "[n] article"; on a right-to-left page each is laid out on its own
    cited = re.sub(r"<small>\(?<a href=\"http.*?</small>|<small>\[\d+\](?: .*?)?</small>", "",
                   html.split('id="main"', 1)[1], flags=re.S)
    text = TAG.sub(" ", cited)                                # the citations of the law stay as the law reads
    english = re.findall(r"\b(?:the|and|you|your|with|which|from)\b", text)
    assert not english, english


def test_a_bracket_paired_in_the_arabic_text_stays_outside_the_isolated_latin():
    """"Ministerio de Relaciones Exteriores (Cancillería، وزارة الخارجية)": the bracket's pair is after the Arabic
    words, so it is laid out in the sentence's direction, and the Latin on each side of it is isolated alone."""
    assert isolate("Ministerio de Relaciones Exteriores (Cancillería، وزارة الخارجية)، كولومبيا") == (
        "<bdi>Ministerio de Relaciones Exteriores</bdi> (<bdi>Cancillería</bdi>، وزارة الخارجية)، كولومبيا")
    assert isolate("Cancillería (وزارة الخارجية، Ministerio de Relaciones Exteriores)") == (
        "<bdi>Cancillería</bdi> (وزارة الخارجية، <bdi>Ministerio de Relaciones Exteriores</bdi>)")
    assert isolate("مكتب CEDID (Centro Distrital)، Kennedy") == "مكتب <bdi>CEDID (Centro Distrital)</bdi>، <bdi>Kennedy</bdi>"


def _citation_parents(html):
    """The element (tag, or tag.class) holding each citation: a <small> that opens with "(" or "[n]"."""
    parents = set()

    class Parser(HTMLParser):
        stack = []

        def handle_starttag(self, tag, attrs):
            if tag not in ("br", "img", "input", "meta", "link"):
                self.stack.append((tag, dict(attrs).get("class")))

        def handle_endtag(self, tag):
            while self.stack and self.stack.pop()[0] != tag:
                pass

        def handle_data(self, data):
            if self.stack and self.stack[-1][0] == "small" and re.match(r"[(\[]", data) and len(self.stack) > 1:
                tag, cls = self.stack[-2]
                parents.add(f"{tag}.{cls}" if tag == "p" and cls else tag)

    Parser().feed(html)
    return parents


def test_citations_and_question_numbers_read_right_to_left(app):
    """A Latin citation ("(Acordo sobre Residência…, 2 (definition of national)…)") is laid out on its own
    (isolated, in its own direction: the stylesheet's unicode-bidi: plaintext on a list item's or a "covered"
    line's <small>, as dir=auto would), not scattered through the Arabic sentence; question numbers are joined
    with the Arabic comma."""
    facts = {"host_country": "BR", "city": "sao_paulo", "nationalities": ["SY"], "in_host_country": True, "age": 34}
    html = Person(app.test_client(), "ar").interview(facts).results()
    assert re.search(r"الأسئلة \d+، \d+", html) and not re.search(r"الأسئلة \d+, ", html)
    assert '<small>(<a href="http' in html and "<small>[1] " in html
    assert _citation_parents(html) <= {"li", "p.covered"}                # every citation isolated, by the stylesheet:
    folder = str(Path(web.__file__).parent / "static")
    css = minified_css(folder, "style.css", static_version(folder, "style.css")).decode()
    assert '[dir="rtl"] li>small,[dir="rtl"] .covered>small{unicode-bidi:plaintext}' in css
    spanish = Person(app.test_client(), "es").interview(facts).results()
    assert 'dir="auto"' not in spanish and re.search(r"preguntas \d+, \d+", spanish)


def test_country_lists_are_in_alphabetical_order_in_every_script():
    """Arabic names were all one empty key under the ASCII fold: the list came out in the hash seed's order,
    different in each worker. Now each list is in its own script's letter order, the same in every process."""
    import unicodedata

    from web.questions import countries
    ar = [name for _code, name in countries("ar")]
    bare = ["".join(ch for ch in unicodedata.normalize("NFKD", n) if not unicodedata.combining(ch)) for n in ar]
    assert bare == sorted(bare) and len(ar) > 200
    es = [name for _code, name in countries("es")]
    assert es.index("Alemania") < es.index("Bolivia") < es.index("Perú") < es.index("Venezuela")
