"""Step definitions for the rulebook scenarios in features/, in the maintainers' languages (es, pt, en).

Every scenario runs on both inference backends (durable-rules and the built-in evaluator) and checks
that the explainer and the core agree (Navigator.evaluate raises if they do not).
"""
import datetime as dt

from pytest_bdd import given, parsers, scenarios, then, when

from navigator.problems import InputError
from navigator.scenarios import STATUS_WORDS

scenarios(".")

CONDITION_WORDS = {
    "cumplida": "met", "no cumplida": "not_met", "desconocida": "unknown",
    "cumprida": "met", "não cumprida": "not_met", "desconhecida": "unknown",
    "met": "met", "not met": "not_met", "unknown": "unknown",
}


@given(parsers.parse('la fecha de evaluación "{day}"'))
@given(parsers.parse('a data de avaliação "{day}"'))
@given(parsers.parse('the assessment date "{day}"'))
def assessment_date(ctx, day):
    ctx["as_of"] = dt.date.fromisoformat(day)


@given("una persona con los datos:")
@given("uma pessoa com os dados:")
@given("a person with the facts:")
def person_facts(ctx, datatable):
    for row in datatable[1:]:
        ctx["facts"][row[0].strip()] = row[1]


@when("se evalúan las vías")
@when("as vias são avaliadas")
@when("the pathways are evaluated")
def evaluate(ctx, navigator, python_navigator):
    try:
        ctx["result"] = navigator.evaluate(ctx["facts"], ctx["as_of"], from_text=True)
    except InputError as err:       # checked by 'se rechazan los datos ...'; any other step re-raises it
        ctx["error"] = err
        return
    other = python_navigator.evaluate(ctx["facts"], ctx["as_of"], from_text=True, timing=False)   # statuses only
    assert {r.pathway.id: r.status for r in other.results} == {r.pathway.id: r.status for r in ctx["result"].results}
    ctx["by_id"] = {r.pathway.id: r for r in ctx["result"].results}


def _pathway(ctx, via):
    if "error" in ctx:
        raise ctx["error"]
    assert via in ctx["by_id"], f"no pathway {via!r}; loaded: {sorted(ctx['by_id'])}"
    return ctx["by_id"][via]


@then(parsers.parse('la vía "{via}" es "{estado}"'))
@then(parsers.parse('a via "{via}" é "{estado}"'))
@then(parsers.parse('pathway "{via}" is "{estado}"'))
def pathway_status(ctx, via, estado):
    r = _pathway(ctx, via)
    assert r.status == STATUS_WORDS[estado], (
        f"{via}: {r.status}, expected {STATUS_WORDS[estado]}; failed={[f.node.id for f in r.failed]} missing={r.missing}")


def _find(result, cond_id):
    if result.node.id == cond_id:
        return result
    for kid in result.children:
        found = _find(kid, cond_id)
        if found:
            return found
    return None


@then(parsers.parse('la condición "{cond}" de la vía "{via}" está "{estado}"'))
@then(parsers.parse('a condição "{cond}" da via "{via}" está "{estado}"'))
@then(parsers.parse('condition "{cond}" of pathway "{via}" is "{estado}"'))
def condition_status(ctx, cond, via, estado):
    r = _pathway(ctx, via)
    found = _find(r.tree, cond)
    assert found is not None, f"{via} has no condition {cond!r} in the version in force"
    assert found.status == CONDITION_WORDS[estado], f"{via}/{cond}: {found.status}"


def _deciding_sources(r):
    """Sources of the conditions that decide the outcome: met leaves if eligible, failed parts otherwise."""
    nodes = []

    def leaves(res, want):
        if not res.children:
            if res.status in want:
                nodes.append(res.node)
        for kid in res.children:
            if res.node.kind == "any" and res.status == "met" and kid.status != "met":
                continue
            leaves(kid, want)
    if r.status == "eligible":
        leaves(r.tree, {"met"})
    elif r.status == "not_eligible":
        for f in r.failed:
            leaves(f, {"not_met"})
    else:
        leaves(r.tree, {"unknown"})
    steps = [s.source for s in r.procedure] if r.status != "not_eligible" else []   # how to apply rests on them too
    return [n.source for n in nodes if n.source] + [s for s in steps if s]


@then(parsers.parse('la vía "{via}" cita "{texto}"'))
@then(parsers.parse('a via "{via}" cita "{texto}"'))
@then(parsers.parse('pathway "{via}" cites "{texto}"'))
def cites(ctx, via, texto):
    sources = _deciding_sources(_pathway(ctx, via))
    assert any(texto in f"{s.instrument} {s.article}" for s in sources), [f"{s.instrument} {s.article}" for s in sources]


@then(parsers.parse('la vía "{via}" no cita "{texto}"'))
@then(parsers.parse('a via "{via}" não cita "{texto}"'))
def does_not_cite(ctx, via, texto):
    sources = _deciding_sources(_pathway(ctx, via))
    assert not any(texto in f"{s.instrument} {s.article}" for s in sources)


@then(parsers.parse('falta el dato "{fact}" para la vía "{via}"'))
@then(parsers.parse('falta o dado "{fact}" para a via "{via}"'))
@then(parsers.parse('fact "{fact}" is missing for pathway "{via}"'))
def missing_fact(ctx, fact, via):
    r = _pathway(ctx, via)
    assert fact in r.missing, f"{via} missing={r.missing}"


@then(parsers.parse('la vía "{via}" señala un punto sin confirmar'))
@then(parsers.parse('a via "{via}" aponta um ponto não confirmado'))
def flags_unconfirmed(ctx, via):
    r = _pathway(ctx, via)
    assert r.unconfirmed or r.unsettled, f"{via} shows no unconfirmed point"


@then(parsers.parse('la vía "{via}" pide primero "{paso}"'))
@then(parsers.parse('a via "{via}" pede primeiro "{paso}"'))
@then(parsers.parse('pathway "{via}" asks first "{paso}"'))
def first_step(ctx, via, paso):
    r = _pathway(ctx, via)
    steps = [s.id for s in r.procedure]
    assert steps and steps[0] == paso, f"{via}: procedure {steps}, expected {paso!r} first"
    assert r.status != "not_eligible" or r.failed, f"{via}: a step alone never makes it 'not eligible'"


@then(parsers.parse('se rechazan los datos nombrando "{a}" y "{b}"'))
@then(parsers.parse('os dados são recusados nomeando "{a}" e "{b}"'))
@then(parsers.parse('the facts are refused naming "{a}" and "{b}"'))
def refused_naming(ctx, a, b):
    assert "error" in ctx, "the facts were accepted"
    fields = {e.field for e in ctx["error"].errors}
    assert {a, b} <= fields, fields


@then(parsers.parse('la vía "{via}" no pide pasos'))
@then(parsers.parse('a via "{via}" não pede passos'))
def no_steps(ctx, via):
    assert not _pathway(ctx, via).procedure


@then(parsers.parse('la vía "{via}" no tiene la condición "{cond}"'))
@then(parsers.parse('a via "{via}" não tem a condição "{cond}"'))
def has_no_condition(ctx, via, cond):
    assert _find(_pathway(ctx, via).tree, cond) is None, f"{via} still tests {cond!r}"


@then(parsers.parse('la vía "{via}" cerró con la nota "{texto}"'))
@then(parsers.parse('a via "{via}" encerrou com a nota "{texto}"'))
def closing_note(ctx, via, texto):
    r = _pathway(ctx, via)
    assert r.closed_on is not None, f"{via} has not closed on {ctx['as_of']}"
    assert r.pathway.closed and texto in r.pathway.closed["reason"], r.pathway.closed


@then(parsers.parse('la vía "{via}" fue reemplazada por "{other}"'))
@then(parsers.parse('a via "{via}" foi substituída por "{other}"'))
def replaced_by(ctx, via, other):
    r = _pathway(ctx, via)
    assert r.closed_on is not None and r.pathway.closed["replaced_by"] == other, r.pathway.closed


@then(parsers.parse('la vía "{via}" sigue abierta'))
@then(parsers.parse('a via "{via}" continua aberta'))
def still_open(ctx, via):
    r = _pathway(ctx, via)
    assert r.closed_on is None and r.version is not None and r.version.in_force(ctx["as_of"])


@then(parsers.parse('la vía "{via}" cerró el "{day}"'))
@then(parsers.parse('a via "{via}" encerrou em "{day}"'))
def closed_on(ctx, via, day):
    assert _pathway(ctx, via).closed_on == dt.date.fromisoformat(day)


@then(parsers.parse('la vía "{via}" señala sin confirmar "{texto}"'))
@then(parsers.parse('a via "{via}" aponta sem confirmar "{texto}"'))
def flags_unconfirmed_text(ctx, via, texto):
    """A specific open point (its English note) is shown, not just any."""
    r = _pathway(ctx, via)
    notes = [note for _where, note, _status in r.unconfirmed] + [node.unsettled for node in r.unsettled]
    assert any(texto in note for note in notes), notes


@then(parsers.parse('no falta el dato "{fact}" para la vía "{via}"'))
@then(parsers.parse('não falta o dado "{fact}" para a via "{via}"'))
def not_missing_fact(ctx, fact, via):
    """The fact cannot change this pathway's answer, so the interview does not ask it for this pathway."""
    r = _pathway(ctx, via)
    assert fact not in r.missing, f"{via} missing={r.missing}"


# ---------------------------------------------------------------- issue 12: when, and what would change a "no"
def _day(text):
    return dt.date.fromisoformat(text)


def _status_on(ctx, navigator, via, day):
    """What a plain evaluation says on `day` for the same facts: the check of every date a timing step names."""
    ev = navigator.evaluate(ctx["facts"], day, from_text=True, timing=False)
    return {r.pathway.id: r.status for r in ev.results}[via]


@then(parsers.parse('la vía "{via}" es elegible desde el "{day}"'))
@then(parsers.parse('a via "{via}" é elegível a partir de "{day}"'))
def eligible_from(ctx, navigator, via, day):
    r, d = _pathway(ctx, via), _day(day)
    assert r.timing is not None and r.timing.eligible_from == d, r.timing and r.timing.as_dict()
    assert _status_on(ctx, navigator, via, d - dt.timedelta(days=1)) != "eligible"
    assert _status_on(ctx, navigator, via, d) == "eligible"


@then(parsers.parse('la vía "{via}" es elegible hasta el "{day}"'))
@then(parsers.parse('a via "{via}" é elegível até "{day}"'))
def eligible_until(ctx, navigator, via, day):
    r, d = _pathway(ctx, via), _day(day)
    assert r.timing is not None and r.timing.eligible_until == d, r.timing and r.timing.as_dict()
    assert _status_on(ctx, navigator, via, d) == "eligible"
    assert _status_on(ctx, navigator, via, d + dt.timedelta(days=1)) != "eligible"


@then(parsers.parse('la vía "{via}" pasa el "{day}" a "{estado}" por "{conds}"'))
@then(parsers.parse('a via "{via}" passa em "{day}" a "{estado}" por "{conds}"'))
def next_change(ctx, navigator, via, day, estado, conds):
    r, d = _pathway(ctx, via), _day(day)
    expected = (d, STATUS_WORDS[estado], tuple(c.strip() for c in conds.split(",")))
    assert r.timing is not None and r.timing.next_change == expected, r.timing and r.timing.as_dict()
    assert _status_on(ctx, navigator, via, d - dt.timedelta(days=1)) == r.status
    assert _status_on(ctx, navigator, via, d) == STATUS_WORDS[estado]


@then(parsers.parse('la vía "{via}" no cambia en los próximos 10 años'))
@then(parsers.parse('a via "{via}" não muda nos próximos 10 anos'))
def no_change(ctx, navigator, via):
    r = _pathway(ctx, via)
    assert r.timing is None or r.timing.next_change is None, r.timing.as_dict()
    later = ctx["as_of"].replace(year=ctx["as_of"].year + 10) - dt.timedelta(days=1)
    assert _status_on(ctx, navigator, via, later) == r.status


@then(parsers.parse('la vía "{via}" sería "{estado}" con "{fact}" = "{valor}"'))
@then(parsers.parse('a via "{via}" seria "{estado}" com "{fact}" = "{valor}"'))
def would_change_one(ctx, navigator, via, estado, fact, valor):
    from navigator.facts import parse_text_value, typed_value
    r = _pathway(ctx, via)
    value = typed_value(navigator.vocab[fact], parse_text_value(navigator.vocab[fact], valor), fact, navigator.rulebooks.statuses)
    assert ({fact: value}, STATUS_WORDS[estado]) in [(facts, status) for facts, status, _c in r.would_change], \
        r.would_change
    changed = dict(ctx["facts"], **{fact: valor})
    ev = navigator.evaluate(changed, ctx["as_of"], from_text=True, timing=False)
    assert {x.pathway.id: x.status for x in ev.results}[via] == STATUS_WORDS[estado]


@then(parsers.parse('ninguna respuesta que la persona pueda cambiar abre la vía "{via}"'))
@then(parsers.parse('nenhuma resposta que a pessoa possa mudar abre a via "{via}"'))
def would_change_none(ctx, via):
    assert _pathway(ctx, via).would_change == []


@then(parsers.parse('el texto de la vía "{via}" en "{lang}" dice "{texto}"'))
@then(parsers.parse('o texto da via "{via}" em "{lang}" diz "{texto}"'))
def timing_text(ctx, navigator, via, lang, texto):
    from navigator.render import to_dict
    data = to_dict(ctx["result"], navigator.vocab, lang)
    p = next(p for p in data["pathways"] if p["id"] == via)
    from navigator.i18n import Translator
    from navigator.render import timing_lines
    lines = timing_lines(p, Translator(lang))
    assert any(texto in line for line in lines), lines


@then(parsers.parse('se rechaza el dato "{field}" con un mensaje que nombra "{words}"'))
@then(parsers.parse('o dado "{field}" é recusado com uma mensagem que nomeia "{words}"'))
@then(parsers.parse('the fact "{field}" is refused with a message naming "{words}"'))
def refused_field_with_message(ctx, field, words):
    assert "error" in ctx, "the facts were accepted"
    messages = [str(e) for e in ctx["error"].errors if e.field.split("[")[0] == field]   # nationalities[0]
    assert messages and all(w in messages[0] for w in words.split(", ")), [str(e) for e in ctx["error"].errors]
