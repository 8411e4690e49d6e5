"""The guided interview: which question to ask next, so that few questions decide every pathway, and the
steps a person takes through it (answer, "I don't know", back, change, language).

Relevance: the next question is a fact that can still decide an undetermined pathway of the person's host
country: the one feeding the most such pathways, and among those the one whose answer most often settles them
(decided, or no longer open), so that later questions become needless sooner (`ORDERINGS`; the bench measures
each with `--orders`); among equals, the condition its rulebook lists first (the law's own order: Ley 19.254
asks for "identity card or passport", so a Brazilian in Montevideo with an identity card is never asked about a
passport), then the vocabulary's order. Country, city (only
where that country has city programmes) and nationality come first; a person who does not know the country
is asked where they are now (`current_country`), never walked through every country's questions.

Three rules keep out questions a person would find absurd:
- A question is asked only while its premises (`asked_if:` in the vocabulary, leaf tests on other facts) can
  still hold given the answers so far: no "the child" for an adult, no stateless question after a
  nationality. A premise nobody has answered yet is asked first (the age before a child's question).
- A pathway the person cannot reach counts for nothing: one no answer can make eligible. A point the law leaves
  open (`unsettled:`) is settled by no answer, so a pathway whose every way to "eligible" passes through one
  stays undetermined whatever the person says; questions that could only rule it out are not asked (the card
  says what would decide it). Likewise one that needs a status (a permit held) which only
  pathways closed to this person by who they are (nationality, country of birth) grant, while they have not
  said they hold it. So a Venezuelan is not asked the criminal-record question of Andean permanent residence.
- A question restating another (`derived_from:`, such as the 5-year conviction question after the broader
  criminal-record one) waits for the broader one, which may settle it.
Nor is a question asked whose answer cannot change what the person can get:
- A pathway the person already qualifies for makes needless one granting the same status (Disp. 388 and the
  MERCOSUR residence in Argentina) or one whose rulebook names its status in `superseded_by:` (with the source:
  MERCOSUR family residence is for non-nationals, Art. 9): its open conditions are not asked; it stays
  undetermined, and its card names the other (`covered_by`). While the stronger one is still open, the
  weaker one's questions wait for it.
- A permit a pathway requires is asked before its other conditions, as a premise is (the means of a permanent
  residence matter only to someone who holds the temporary one).
- Nationality is not asked in a country none of whose pathways can use it (`needless_first`): today that is a
  country we do not cover (every covered host reads it, if only for asylum), which goes straight to the page
  saying so after the country question.
A fact answered "I don't know" is not asked again; the interview stops when no answer can decide anything.
`python bench/interview_bench.py --trace` prints, for each persona, each question with the pathways it could
still decide when it was asked.
"""
from __future__ import annotations

import calendar
import datetime as dt

from .explain import ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED

FIRST = ("host_country", "city", "nationalities")
WHERE_NOW = "current_country"          # asked instead of the host country when the person does not know it
IDENTITY = frozenset({"nationalities", "naturalisations", "country_of_birth"})
MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"


# --- premises -----------------------------------------------------------------------------------------------

def _premise_test(op, actual, expected):
    if isinstance(actual, dt.date) and isinstance(expected, str):
        expected = dt.date.fromisoformat(expected)
    if isinstance(actual, (set, frozenset, tuple, list)):
        held = set(actual)
        if op == "is":
            return held == set(expected or ())
        if op == "any_in":
            return bool(held & set(expected))
        if op == "none_in":
            return not held & set(expected)
        return True
    if op == "is":
        return actual == expected
    if op == "in":
        return actual in expected
    if op == "lt":
        return actual < expected
    if op == "lte":
        return actual <= expected
    if op == "gt":
        return actual > expected
    if op == "gte":
        return actual >= expected
    return True


def premise_holds(fact, values) -> bool:
    """False when an answer already excludes one of the question's premises; True while all can still hold."""
    for premise in fact.asked_if:
        actual = values.get(premise["fact"])
        if actual is None:
            continue
        op = next(k for k in premise if k != "fact")
        if not _premise_test(op, actual, premise[op]):
            return False
    return True


def absurd(fact_id, vocab, values) -> bool:
    """A question whose premise the answers so far already exclude (what bench/interview_bench.py counts)."""
    return fact_id in vocab and not premise_holds(vocab[fact_id], values)


# --- reachability ---------------------------------------------------------------------------------------------

def _identity_blocked(nr, vocab) -> bool:
    """A 'no' that follows from who the person is (nationality, country of birth), which no time changes."""
    if nr.status != NOT_MET:
        return False
    kind = nr.node.kind
    if kind == "fact":
        f = nr.node.fact
        return f in IDENTITY or (f in vocab and vocab[f].derived and set(vocab[f].sources) <= IDENTITY)
    if kind == "all":
        return any(_identity_blocked(k, vocab) for k in nr.children)
    if kind == "any":
        return bool(nr.children) and all(_identity_blocked(k, vocab) for k in nr.children)
    return False


def unreachable_statuses(results, vocab) -> set:
    """Statuses the host's pathways grant only to people this person cannot be."""
    grantors = {}
    for r in results:
        grants = r.version.grants if r.version else None
        if grants:
            grantors.setdefault(grants["status"], []).append(r)
    return {s for s, rs in grantors.items()
            if all(r.status == NOT_ELIGIBLE and _identity_blocked(r.tree, vocab) for r in rs)}


def _refold(nr, impossible):
    """(status, missing facts) of a node with status tests on `impossible` statuses read as not met."""
    kind = nr.node.kind
    if kind == "status":
        if nr.status == UNKNOWN and nr.node.status in impossible:
            return NOT_MET, set()
        return nr.status, set(nr.missing)
    if kind in ("all", "any") and nr.children:
        kids = [_refold(k, impossible) for k in nr.children]
        states = {s for s, _ in kids}
        decisive, other = (NOT_MET, MET) if kind == "all" else (MET, NOT_MET)
        if decisive in states:
            return decisive, set()
        if states <= {other}:
            return other, set()
        return UNKNOWN, set().union(*(m for s, m in kids if s == UNKNOWN))
    if kind == "not" and nr.children:
        status, missing = _refold(nr.children[0], impossible)
        return {MET: NOT_MET, NOT_MET: MET, UNKNOWN: UNKNOWN}[status], missing
    return nr.status, set(nr.missing)


def _possible(nr, unknowable, impossible):
    """(can still be met, can still be not met) once the open questions are answered, when the facts in
    `unknowable` (answered "I don't know") stay unknown. A point the law leaves open (`unsettled`) is settled
    by no answer: it stays unknown, as a fact answered "I don't know" does; a status only identity-closed
    pathways grant cannot be met."""
    kind = nr.node.kind
    if nr.status != UNKNOWN and kind != "status":
        return nr.status == MET, nr.status == NOT_MET
    if kind == "unsettled":
        return False, False
    if kind == "status":
        if nr.status != UNKNOWN:
            return nr.status == MET, nr.status == NOT_MET
        if nr.node.status in impossible:
            return False, True
        open_ = bool(set(nr.missing) - unknowable)
        return open_, open_
    if kind in ("all", "any") and nr.children:
        kids = [_possible(k, unknowable, impossible) for k in nr.children]
        if kind == "all":
            return all(m for m, _ in kids), any(n for _, n in kids)
        return any(m for m, _ in kids), all(n for _, n in kids)
    if kind == "not" and nr.children:
        met, not_met = _possible(nr.children[0], unknowable, impossible)
        return not_met, met
    open_ = bool(set(nr.missing) - unknowable)       # a test on a fact still to ask
    return open_, open_


def granted(r) -> str | None:
    """The status a result's version grants, if any."""
    return r.version.grants["status"] if r.version and r.version.grants else None


def covered_by(r, results):
    """The other pathway the person qualifies for that gives at least what `r` gives, if any: one granting the
    same status, or a status `r`'s rulebook names in `superseded_by:` (with its source). Nothing `r` could still
    decide would change what the person can get, so its open conditions are not asked; `r` keeps its own
    answer (undetermined stays undetermined), and the results name the other pathway."""
    if r.status == ELIGIBLE:
        return None
    own = granted(r)
    better = {s for s, _source, _note in r.pathway.superseded_by}
    for other in results:
        if other is not r and other.status == ELIGIBLE and granted(other) is not None and \
                (granted(other) == own or granted(other) in better):
            return other
    return None


NEEDLESS_NOTE = "You qualify for “%(title)s”, so you need not ask for this one as well."


def needless_note(r, results, tr) -> dict | None:
    """What an undetermined pathway's card (kiosk, clinic desk) and the API say when another pathway the person
    qualifies for makes it needless (`covered_by`): that pathway's id and title, the sentence in the reader's
    language, and the source of the relation (`superseded_by:`; none where both grant the same status). The
    pathway keeps its own answer; this only says the person need not ask for it as well."""
    other = covered_by(r, results) if r.status == UNDETERMINED else None
    if other is None:
        return None
    source = next((src for status, src, _note in r.pathway.superseded_by if status == granted(other)), None)
    title = tr.content(f"{other.pathway.id}:title", other.pathway.title)
    return {"id": other.pathway.id, "title": title, "text": tr._(NEEDLESS_NOTE, title=title),
            "source": source.as_dict() if source else None}


def _gate(nr) -> set:
    """The open facts of the permits a pathway requires (`status` tests every branch needs): its premise, asked
    before the rest, as a question's premise is (means and record matter only to someone who holds the permit)."""
    kind = nr.node.kind
    if nr.status != UNKNOWN:
        return set()
    if kind == "status":
        return set(nr.missing)
    if kind == "all":
        return set().union(*(_gate(k) for k in nr.children)) if nr.children else set()
    return set()


def deciding_pathways(results, vocab, values, skipped, impossible=None):
    """(result, facts that could decide it) for each undetermined pathway the person can still reach and
    that nothing they already qualify for makes needless. `impossible`: `unreachable_statuses`, if known."""
    if impossible is None:
        impossible = set() if values.get("statuses") is not None else unreachable_statuses(results, vocab)
    unknowable = set(skipped)
    out = []
    for r in results:
        if r.status != UNDETERMINED or covered_by(r, results):
            continue
        if not _possible(r.tree, unknowable, impossible)[0]:
            continue
        if impossible:
            status, missing = _refold(r.tree, impossible)
            if status != UNKNOWN:
                continue
            missing = missing & set(r.missing) if r.missing else missing
        else:
            missing = set(r.missing)
        out.append((r, missing))
    return out


def deciding_facts(results, vocab, values, skipped=frozenset()) -> list[set]:
    """For each undetermined pathway the person can still reach: the facts that could decide it. A pathway
    the person can no longer be found eligible for, whatever they answer (it needs a permit they cannot hold,
    or a fact they said they do not know), counts for nothing: questions that could only rule it out are
    not asked, and it stays undetermined, naming what would decide it. So does a pathway made needless by
    one the person already qualifies for (`covered_by`)."""
    return [missing for _r, missing in deciding_pathways(results, vocab, values, skipped)]


def _waits(r, deciding) -> bool:
    """A pathway that a stronger one still open to the person would make needless (`superseded_by:`) is asked
    about only after that one is decided: if the person qualifies for it, its questions are never asked."""
    better = {s for s, _source, _note in r.pathway.superseded_by}
    return bool(better) and any(o is not r and granted(o) in better for o, _m in deciding)


# --- the next question ---------------------------------------------------------------------------------------

def first_open(given, skipped, host_cities, needless=()) -> str | None:
    """The place-and-nationality question still to ask, if any (city only where the country has cities; where
    the person is now, when they do not know the country; nationality only where the country's pathways can use
    it: `needless`, from `needless_first`)."""
    for fact in FIRST:
        if (fact == "city" and not host_cities) or fact in needless:
            continue
        if fact not in given and fact not in skipped:
            return fact
        if fact == "host_country" and fact in skipped and "host_country" not in given:
            if WHERE_NOW not in given and WHERE_NOW not in skipped:
                return WHERE_NOW
    return None


def needless_first(navigator, host) -> frozenset:
    """The place-and-nationality questions no pathway of a known `host` can use, directly, through a fact
    computed from it or as a premise (`host_inputs`): in the United States nobody is asked their nationality."""
    if not host:
        return frozenset()
    inputs = host_inputs(navigator, host)
    return frozenset(f for f in ("nationalities",) if f not in inputs)


def open_results(evaluation):
    """Results that matter to this person: those of the host country, or all while it is unknown."""
    host = evaluation.person.values.get("host_country")
    return [r for r in evaluation.results if host is None or r.pathway.country == host]


def _askable(f, vocab, known, skipped):
    """A question still to ask: not answered (nor computed from answers), not "I don't know", and one a person
    is asked (not a fact only computed)."""
    return f in vocab and f not in known and f not in skipped and (not vocab[f].derived or vocab[f].input_allowed)


def next_question(evaluation, vocab, skipped=frozenset(), host_cities=(), needless=(), order=None) -> str | None:
    order = order or DEFAULT_ORDER
    given = evaluation.person.given
    values = evaluation.person.values
    first = first_open(given, skipped, host_cities, needless)
    if first:
        return first
    known = set(given) | {f for f, v in values.items() if v is not None}
    if values.get("host_country") is None:     # neither the country nor where the person is: stop, never walk
        return None                             # every country's questions
    results = open_results(evaluation)
    impossible = set() if values.get("statuses") is not None else unreachable_statuses(results, vocab)
    deciding = deciding_pathways(results, vocab, values, skipped, impossible)
    score = ORDERINGS[order]
    for group in ([p for p in deciding if not _waits(p[0], deciding)], [p for p in deciding if _waits(p[0], deciding)]):
        fed, listed = {}, {}            # each question: the (pathway, its askable questions) it feeds, in order
        for r, missing in group:
            askable = [f for f in missing if _askable(f, vocab, known, skipped) and premise_holds(vocab[f], values)]
            gate = _gate(r.tree) & set(askable)      # a permit it requires comes first, as a premise does
            place = _listed(r.version, vocab) if r.version else {}
            for f in gate or askable:
                fed.setdefault(f, []).append((r, askable))
                listed[f] = min(listed.get(f, _LAST), place.get(f, _LAST))
        if fed:
            break
    if not fed:
        return None
    candidates = list(fed)
    if score is _order_feeds:       # 1 + (0 to 1) / 100 per pathway fed: with fewer than 100 pathways, one feeding
        top = max(len(v) for v in fed.values())         # fewer pathways than another never outscores it, so only
        if top < 100:                                   # those feeding the most are scored (the same answer)
            candidates = [f for f in candidates if len(fed[f]) == top]
    if len(candidates) == 1:        # nothing to weigh it against
        return _before(candidates[0], vocab, known, skipped, fed, set())
    unknowable = set(skipped)
    counts = {f: sum(score(f, r, askable, deciding, unknowable, impossible) for r, askable in fed[f])
              for f in candidates}
    order_ = _vocab_order(vocab)
    # among equals, the condition the rulebook lists first (the law's own order: "identity card or passport"),
    # then the vocabulary's order; scores are rounded so that float sums in another order still tie
    best = min(counts, key=lambda f: (-round(counts[f], 9), listed[f], order_.get(f, 999)))
    return _before(best, vocab, known, skipped, fed, set())


_VOCAB_ORDER: dict = {}


def _vocab_order(vocab) -> dict:
    """{fact: its place in the vocabulary}, kept per vocabulary."""
    got = _VOCAB_ORDER.get(id(vocab))
    if got is None or got[0] is not vocab:
        if len(_VOCAB_ORDER) > 16:
            _VOCAB_ORDER.clear()
        got = _VOCAB_ORDER[id(vocab)] = (vocab, {f: i for i, f in enumerate(vocab.facts)})
    return got[1]


_LAST = 1 << 30
_LISTED: dict = {}


def _listed(version, vocab) -> dict:
    """{fact: its place in the order the version's conditions are written}, for every fact a person is asked that
    a condition tests (directly, or through a fact computed from it; `statuses` for a permit held)."""
    key = id(version.conditions)
    got = _LISTED.get(key)
    if got is None or got[0] is not version.conditions:
        place = {}
        for n in version.conditions.walk():
            if n.fact and n.fact in vocab:
                for f in [n.fact, *sorted(vocab.input_sources(n.fact))]:
                    place.setdefault(f, len(place))
            elif n.kind == "status":
                place.setdefault("statuses", len(place))
        if len(_LISTED) > 4096:
            _LISTED.clear()
        got = _LISTED[key] = (version.conditions, place)
    return got[1]


# --- which open question first (measured in bench/interview_bench.py --orders) -------------------------------------

def _after(nr, fact, value, unknowable, impossible):
    """(can still be met, can still be not met) of a node once `fact` is answered so that every open test on it
    alone is `value` (met or not met), the facts in `unknowable` staying unknown."""
    kind = nr.node.kind
    if nr.status != UNKNOWN and kind != "status":
        return nr.status == MET, nr.status == NOT_MET
    if kind == "unsettled":
        return False, False
    if kind == "status" and nr.status != UNKNOWN:
        return nr.status == MET, nr.status == NOT_MET
    if kind == "status" and nr.node.status in impossible:
        return False, True
    if kind in ("all", "any") and nr.children:
        kids = [_after(k, fact, value, unknowable, impossible) for k in nr.children]
        if kind == "all":
            return all(m for m, _ in kids), any(n for _, n in kids)
        return any(m for m, _ in kids), all(n for _, n in kids)
    if kind == "not" and nr.children:
        met, not_met = _after(nr.children[0], fact, value, unknowable, impossible)
        return not_met, met
    missing = set(nr.missing)
    if missing == {fact}:
        return value == MET, value == NOT_MET
    open_ = bool(missing - unknowable)
    return open_, open_


def _settles(fact, r, unknowable, impossible) -> float:
    """The share of the two answers (the test on `fact` met, not met) after which pathway `r` needs no more
    questions: decided, or no longer open to the person."""
    settled = 0
    for value in (MET, NOT_MET):
        met, not_met = _after(r.tree, fact, value, unknowable, impossible)
        settled += not (met and not_met)
    return settled / 2


def _covers(r, other) -> bool:
    """`r`, if the person qualifies for it, makes `other` needless (`covered_by`)."""
    own = granted(r)
    return own is not None and other is not r and \
        (granted(other) == own or own in {s for s, _source, _note in other.pathway.superseded_by})


def _order_close(f, r, askable, deciding, unknowable, impossible):
    """The pathways it feeds, each weighted by how close it is to a decision (1 / its open questions)."""
    return 1 / len(askable)


def _order_count(f, r, askable, deciding, unknowable, impossible):
    """The number of still-open pathways the question feeds."""
    return 1


def _order_settles(f, r, askable, deciding, unknowable, impossible):
    """The expected number of pathways the answer settles (decided, or no longer open), counting those made
    needless when it settles a pathway the person then qualifies for; ties go to the one feeding more."""
    gain = _settles(f, r, unknowable, impossible)
    met, not_met = _after(r.tree, f, MET, unknowable, impossible)
    if met and not not_met:
        gain += sum(_covers(r, o) for o, _m in deciding) / 2
    return gain + 1e-3


def _order_feeds(f, r, askable, deciding, unknowable, impossible):
    """The number of still-open pathways the question feeds; among equals, the one whose answer settles more."""
    return 1 + _settles(f, r, unknowable, impossible) / 100


ORDERINGS = {"feeds": _order_feeds, "settles": _order_settles, "close": _order_close, "count": _order_count}
DEFAULT_ORDER = "feeds"


def _before(fact_id, vocab, given, skipped, relevant, seen):
    """The question to ask first: an unanswered premise of it, or the broader question it restates."""
    seen.add(fact_id)
    fact = vocab[fact_id]
    for p in fact.asked_if:     # a premise computed from answers (the age on entry): ask what it is computed from
        premise = p["fact"]
        for q in (premise,) if premise not in vocab or not vocab[premise].derived or \
                vocab[premise].input_allowed else vocab[premise].sources:
            if q not in seen and _askable(q, vocab, given, skipped):
                return _before(q, vocab, given, skipped, relevant, seen)
    if fact.restates:
        for q in fact.sources:
            if q not in seen and q in relevant and _askable(q, vocab, given, skipped):
                return _before(q, vocab, given, skipped, relevant, seen)
    return fact_id


def questions_for_full_form(navigator, host: str | None = None) -> list[str]:
    """Every input fact some pathway (of `host`, if given) tests: the length of the 'all questions' form."""
    facts = set()
    for p in navigator.rulebooks.pathways.values():
        if host and p.country != host:
            continue
        for v in p.versions:
            for n in v.conditions.walk():
                if n.fact:
                    facts |= navigator.vocab.input_sources(n.fact) if navigator.vocab[n.fact].derived \
                        and not navigator.vocab[n.fact].input_allowed else {n.fact}
                if n.kind == "status":
                    facts.add("statuses")
    return [f for f in navigator.vocab.facts if f in facts]


def host_inputs(navigator, host) -> frozenset:
    """Every fact an answer of which can matter in `host`: its questions, what they are computed from, and
    their premises (an age's birth date, a child's question's age on entry). Kept per rulebook set."""
    return _cached_host_inputs(navigator, host)


def _host_inputs(navigator, host) -> frozenset:
    vocab, todo, out = navigator.vocab, list(questions_for_full_form(navigator, host)), set()
    while todo:
        f = todo.pop()
        if f in out or f not in vocab:
            continue
        out.add(f)
        todo.extend(vocab[f].sources)
        todo.extend(p["fact"] for p in vocab[f].asked_if)
    return frozenset(out)


_HOST_INPUTS: dict = {}


def _cached_host_inputs(navigator, host):
    key = (navigator.rulebooks.sha256, host)      # the set's digest covers the vocabulary too
    if key not in _HOST_INPUTS:
        if len(_HOST_INPUTS) > 256:
            _HOST_INPUTS.clear()
        _HOST_INPUTS[key] = _host_inputs(navigator, host)
    return _HOST_INPUTS[key]


# --- dates the person only half knows --------------------------------------------------------------------------

def is_month(value) -> bool:
    """A date answered as month and year only ('2022-05')."""
    return isinstance(value, str) and len(value) == 7 and value[4] == "-" and value[:4].isdigit() \
        and value[5:].isdigit()


def month_bounds(value) -> tuple[str, str]:
    year, month = int(value[:4]), int(value[5:])
    last = calendar.monthrange(year, month)[1]
    return f"{value}-01", f"{value}-{last:02d}"


def resolve_months(answers: dict, evaluate) -> tuple[dict, set]:
    """Answers with each month-and-year date made a day where the day cannot change a result (the first and
    last day of the month give the same statuses), and left unknown where it could. `evaluate(facts)` gives the
    {pathway id: status} of some facts. Returns (answers for the engine, facts left unknown)."""
    months = [k for k, v in answers.items() if is_month(v)]
    if not months:
        return answers, set()
    out, unknown = dict(answers), set()
    for k in months:
        out.pop(k)
    for k in months:        # one at a time; the other month-only dates stay unknown meanwhile
        first, last = month_bounds(answers[k])
        if evaluate(dict(out, **{k: first})) == evaluate(dict(out, **{k: last})):
            out[k] = first
        else:
            unknown.add(k)
    return out, unknown


# --- the steps ---------------------------------------------------------------------------------------------------

def answer(state, fact_id, value):
    """The person answered: keep it, and note the question as asked."""
    state.answers[fact_id] = value
    if fact_id in state.skipped:
        state.skipped.remove(fact_id)
    _asked(state, fact_id)
    if fact_id == WHERE_NOW and value:      # where the person is now is the country to check
        state.answers["host_country"] = value
        if "host_country" in state.skipped:
            state.skipped.remove("host_country")
    if fact_id == "host_country":           # a country given after all: 'where are you now' no longer applies
        forget(state, WHERE_NOW)


def dont_know(state, fact_id):
    state.answers.pop(fact_id, None)
    if fact_id not in state.skipped:
        state.skipped.append(fact_id)
    _asked(state, fact_id)


def back(state) -> str | None:
    """The question before the one on screen. Its answer is shown again to be changed; answers given after
    it stay (they are on check-your-answers) until they no longer apply (see `drop_inapplicable`)."""
    if not state.history:
        return None
    return state.history.pop()


def forget(state, fact_id):
    state.answers.pop(fact_id, None)
    if fact_id in state.skipped:
        state.skipped.remove(fact_id)
    if fact_id in state.history:
        state.history.remove(fact_id)


def _asked(state, fact_id):
    if fact_id in state.history:
        state.history.remove(fact_id)
    state.history.append(fact_id)


def drop_inapplicable(state, vocab, host_facts, values) -> list[str]:
    """Forget answers that no longer apply after a change: a question of another country than the host now
    given, or one whose premise the answers now exclude. What check-your-answers shows is what counts."""
    dropped = []
    for f in list(dict.fromkeys(list(state.answers) + list(state.skipped))):
        if f in FIRST or f == WHERE_NOW or f not in vocab:
            continue
        if (host_facts is not None and f not in host_facts) or not premise_holds(vocab[f], values):
            forget(state, f)
            dropped.append(f)
    return dropped


def shown(state) -> list[str]:
    """The answers check-your-answers lists, in the order they were asked (then any others, such as those of a
    reopened receipt, in the vocabulary's order): every answer that decides the result is shown."""
    keys = [f for f in state.history if f in state.answers or f in state.skipped]
    rest = [f for f in list(state.answers) + list(state.skipped) if f not in keys]
    return keys + list(dict.fromkeys(rest))
