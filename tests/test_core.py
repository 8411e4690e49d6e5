"""The durable-rules core, the built-in evaluator and the explainer never disagree on who is eligible.

Property test over generated people (hypothesis), the worst-case person for the engine's alpha fan-out
limit (engine-notes 2.10), forward chaining, the session limit, threads, and the fallback path used
where durable-rules cannot be imported.
"""
import builtins
import datetime as dt
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from navigator import core as core_module
from navigator.compiler import FANOUT_BUDGET, count_tests
from navigator.core import Core, MatcherBackend
from navigator.evaluate import Navigator
from navigator.explain import ELIGIBLE
from navigator.facts import normalise
from navigator.loader import FEATURES_DIR
from navigator.oracle import differences, differential_problems
from navigator.scenarios import read_cases

COUNTRIES = ["AR", "BR", "VE", "BO", "UY", "CO", "CL", "SR", "HT", "ES", "PE", "EC", "PY", "GY"]
day = st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2027, 12, 31))


NAV = Navigator()
STATUSES = sorted(NAV.rulebooks.statuses)
HOSTS = sorted({p.country for p in NAV.rulebooks.pathways.values()})
CITIES = list(NAV.vocab["city"].values)


@st.composite
def people(draw, vocab=NAV.vocab):
    """Any person the vocabulary can describe: every input fact either unknown or a random valid value."""
    as_of = draw(day)
    near = st.integers(-4000, 2000).map(lambda n: (as_of - dt.timedelta(days=n)).isoformat())
    soon = st.integers(-30, 900).map(lambda n: (as_of + dt.timedelta(days=n)).isoformat())
    countries = st.sampled_from(COUNTRIES + HOSTS)
    facts = {}
    for fact in vocab.inputs():
        if draw(st.integers(0, 4)) == 0:      # about one fact in five is unknown
            continue
        t = fact.type
        if fact.id == "host_country":
            value = draw(st.sampled_from(HOSTS))
        elif fact.id == "age":
            value = draw(st.integers(0, 100))
        elif t == "bool":
            value = draw(st.booleans())
        elif t == "int":
            lo = fact.minimum if fact.minimum is not None else 0
            value = draw(st.integers(lo, min(fact.maximum if fact.maximum is not None else 120, lo + 120)))
        elif t == "date":
            value = draw(st.one_of(near, soon)) if fact.id != "birth_date" else draw(near.filter(lambda d: d <= as_of.isoformat()))
        elif t == "country":
            value = draw(countries)
        elif t == "countries":
            value = draw(st.lists(countries, min_size=1, max_size=3, unique=True))
        elif t == "enum":
            value = draw(st.sampled_from(list(fact.values)))
        elif t == "statuses":
            value = draw(st.lists(st.fixed_dictionaries({"status": st.sampled_from(STATUSES), "expires": soon}),
                                  max_size=2, unique_by=lambda s: s["status"]))
        else:
            continue
        facts[fact.id] = value
    if "birth_date" in facts and "age" in facts:
        del facts["age"]
    for fact in vocab.facts.values():     # a restating fact is derived from its sources when they are given
        if fact.restates and fact.id in facts and all(s in facts for s in fact.sources):
            del facts[fact.id]
    if "nationalities" in facts and draw(st.booleans()):
        facts["naturalisations"] = [{"country": c, "date": draw(near.filter(lambda d: d <= as_of.isoformat()))}
                                    for c in facts["nationalities"][:draw(st.integers(0, 1))]]
    return facts, as_of


@pytest.fixture(scope="module")
def cores(navigator):
    return navigator.core, Core(navigator.program, backend="python")


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people())
def test_engine_oracle_and_reference_agree_on_every_leaf_and_pathway(navigator, cores, person_case):
    """durable-rules and the pure-Python matcher give the same three-valued result for every leaf, and their
    folds the same tree (every node's status and missing facts) as the reference evaluator, which reads the
    rulebook, not the compiled rules."""
    facts, as_of = person_case
    person = normalise(facts, navigator.vocab, navigator.rulebooks.statuses, as_of)
    assert differences(navigator, cores[1], person) == []


def test_the_differential_check_sees_a_wrong_leaf(navigator, monkeypatch):
    """The check is not vacuous: a matcher that turns one decided leaf around is caught, leaf and pathway."""
    person = normalise({"host_country": "BR", "nationalities": ["VE"], "in_host_country": True, "has_passport": True,
                        "criminal_record_5y": False, "age": 40}, navigator.vocab, navigator.rulebooks.statuses,
                       dt.date(2024, 10, 15))
    oracle = Core(navigator.program, backend="python")
    assert differences(navigator, oracle, person) == []
    real_run = oracle.backend.run

    def flipped(host, fact, as_of, out):
        real_run(host, fact, as_of, out)
        leaf = min(out.status)
        out.status[leaf] = "met" if out.status[leaf] == "not_met" else "not_met"
    monkeypatch.setattr(oracle.backend, "run", flipped)
    found = differences(navigator, oracle, person)
    assert any(d.startswith("leaf ") for d in found)


def test_the_release_gates_differential_check_passes_on_the_shipped_set(navigator):
    """What `navigator check --release` runs (here on a sample: the gate takes every scenario and 300 people)."""
    cases = read_cases(FEATURES_DIR)[::40]
    assert len(cases) > 20
    assert differential_problems(navigator, cases, people=40) == []


def test_an_undecided_known_leaf_is_an_error_not_an_unknown(navigator, monkeypatch):
    """If the engine decides nothing for a fact the person gave, no answer is given (never a silent unknown)."""
    real = navigator.core.leaves

    def forgetful(person):
        out = real(person)
        out.status.clear()
        return out
    monkeypatch.setattr(navigator.core, "leaves", forgetful)
    with pytest.raises(core_module.EngineError):
        navigator.evaluate({"host_country": "BR", "age": 40}, dt.date(2024, 10, 15))


def test_generated_people_reach_every_outcome(navigator):
    """The property test is only worth something if eligibility is actually reached for each pathway."""
    seen = set()
    for _ in (1,):
        for case in _eligible_examples():
            ev = navigator.evaluate(*case)
            seen |= {r.pathway.id for r in ev.results if r.status == ELIGIBLE}
    original = {p for p in navigator.rulebooks.pathways if p.startswith(("ar.", "br.mercosur", "br.portaria19"))
                and not navigator.rulebooks.pathways[p].jurisdiction.get("city")}   # the generator gives no city
    never = {p for p in original if _always_open(navigator.rulebooks.pathways[p])}
    assert never == {"ar.brazil_bilateral.permanent"}      # an open point of law in every version: never a yes
    assert original - never <= seen, original - never - seen


def _always_open(pathway):
    """Every version requires (through `all` only) a point of law the sources leave open, so it is never eligible."""
    def required(node):
        return [leaf for c in node.children for leaf in required(c)] if node.kind == "all" else [node]
    return all(any(leaf.kind == "unsettled" for leaf in required(v.conditions)) for v in pathway.versions)


def _eligible_examples():
    base = {"in_host_country": True, "naturalisations": [], "has_passport": True, "passport_expiry_date": "2030-01-01",
            "has_id_card": False, "criminal_record_5y": False, "criminal_record_certificate_obtainable": True,
            "sufficient_means": True, "age": 30, "entry_date": "2023-03-10", "ar_entered_evading_control": False}
    yield dict(base, host_country="AR", nationalities=["UY"]), dt.date(2025, 3, 1)
    yield dict(base, host_country="AR", nationalities=["VE"], country_of_birth="VE"), dt.date(2024, 10, 15)
    yield dict(base, host_country="BR", nationalities=["UY"]), dt.date(2025, 3, 1)
    yield dict(base, host_country="BR", nationalities=["VE"]), dt.date(2025, 3, 1)
    for host in ("AR", "BR"):                               # family member (not a national) of a MERCOSUR resident
        yield dict(base, host_country=host, nationalities=["HT"], family_of_mercosur_resident=True), dt.date(2025, 3, 1)
    for status, host in (("ar.temporary_residence.mercosur", "AR"), ("br.temporary_residence.mercosur", "BR"),
                         ("br.temporary_residence.portaria19", "BR")):
        yield (dict(base, host_country=host, nationalities=["HT"],
                    statuses=[{"status": status, "expires": "2025-04-01"}]), dt.date(2025, 3, 1))


def test_host_unknown_ruleset_decides_what_every_hosts_ruleset_decides(navigator, cores):
    """A person whose host is unknown is matched once against the ruleset holding every host's leaf rules, each
    distinct leaf once (compiler `anywhere`): on both backends, the same leaf results as running every host's
    ruleset, and no grant (every grant rule tests the host)."""
    from navigator.core import LeafResults, engine_fact
    from navigator.oracle import random_people
    from navigator.problems import InputError
    program = navigator.program
    assert program.anywhere is not None and not program.anywhere.grants
    assert program.anywhere.leaves == len({leaf for hp in program.hosts.values() for leaf, _ in hp.decode.values()
                                           if any(n in program.anywhere.rules for n in (f"m{leaf}", f"n{leaf}"))})
    checked = 0
    for facts, as_of in random_people(navigator, 400, seed=15):
        facts.pop("host_country", None)
        try:
            person = normalise(facts, navigator.vocab, navigator.rulebooks.statuses, as_of)
        except InputError:
            continue                  # refused input: nothing to evaluate
        for core in cores:
            once = core.leaves(person)
            every = LeafResults(program)
            fact = engine_fact(person, core.relative)
            for host in sorted(program.hosts):
                core.backend.run(host, fact, as_of, every)
            assert (once.status, once.granted) == (every.status, every.granted) and not once.granted
            checked += len(once.status)
    assert checked > 10_000


def test_worst_case_person_matches_every_test_at_once(navigator, cores):
    """A person for whom every comparison holds: the engine must not hit its 64-children stack (error 303)."""
    for host in ("AR", "BR"):
        facts = {"host_country": host, "in_host_country": True, "nationalities": COUNTRIES, "naturalisations": [],
                 "country_of_birth": "VE", "age": 17, "has_passport": True, "passport_expiry_date": "2030-01-01",
                 "has_id_card": True, "id_card_expiry_date": "2030-01-01", "criminal_record_5y": False,
                 "criminal_record_certificate_obtainable": True, "sufficient_means": True,
                 "entry_date": "2023-03-10", "ar_entered_evading_control": False, "has_birth_certificate": True,
                 "mercosur_consular_nationality_certificate": True,
                 "statuses": [{"status": s, "expires": "2024-11-01"} for s in STATUSES   # the host's own: the input
                              if s.startswith(host.lower() + ".")]}                     # takes at most 50
        for as_of in (dt.date(2024, 10, 15), dt.date(2025, 6, 1)):
            ev = navigator.evaluate(facts, as_of)
            assert {r.status for r in ev.results if r.pathway.country == host} >= {ELIGIBLE}
            anywhere = {k: v for k, v in facts.items() if k != "host_country"}    # the host-unknown ruleset
            assert {r.status for r in navigator.evaluate(anywhere, as_of).results} >= {"undetermined"}
    assert navigator.program.anywhere is not None
    for hp in [*navigator.program.hosts.values(), navigator.program.anywhere]:   # the bound holds by construction
        other, equal = {}, {}
        for rule in hp.rules.values():
            (alias, pattern), = rule["all"][0].items()
            discriminator, *terms = pattern["$and"]
            shard = discriminator["t"]
            parts = terms[0].get("$or", [terms[0]]) if len(terms) == 1 else None
            if parts and all(len(p) == 1 and not next(iter(p)).startswith("$") for p in parts) \
                    and len({next(iter(p)) for p in parts}) == 1:
                for p in parts:       # equalities on one property: a scalar matches one value, hash-indexed
                    key = (shard, *next(iter(p.items())))
                    equal[key] = equal.get(key, 0) + 1
            else:
                other[shard] = other.get(shard, 0) + count_tests(terms)
        load = dict(other)
        for (shard, prop, _value), n in equal.items():
            load[shard, prop] = max(load.get((shard, prop), 0), n)
        per_shard = {}
        for key, n in load.items():
            shard = key[0] if isinstance(key, tuple) else key
            per_shard[shard] = per_shard.get(shard, 0) + n
        assert max(per_shard.values()) <= FANOUT_BUDGET, (hp.host, per_shard)


def test_every_host_takes_a_person_who_answers_everything(navigator):
    """Every input fact known, every yes/no the same way, dates long past or far ahead: each host's engine
    answers (no error 303 whatever matches) and decides every leaf whose fact is known."""
    for host in HOSTS:
        for flag, offset in ((True, -4000), (False, 4000), (True, 4000), (False, -4000)):
            as_of = dt.date(2025, 6, 1)
            facts = {}
            for fact in navigator.vocab.inputs():
                if fact.restates:       # derived from other answers: giving it too could only contradict them
                    continue
                t = fact.type
                facts[fact.id] = (flag if t == "bool" else (fact.maximum or 100) if t == "int" else
                                  (as_of + dt.timedelta(days=min(offset, 0))).isoformat() if t == "date" else
                                  host if t == "country" else COUNTRIES if t == "countries" else
                                  list(fact.values)[0] if t == "enum" else None)
            facts.update(host_country=host, naturalisations=[],
                         statuses=[{"status": s, "expires": (as_of + dt.timedelta(days=30)).isoformat()} for s in STATUSES
                                   if s.startswith(host.lower() + ".")])        # the host's own: the input takes 50
            facts = {k: v for k, v in facts.items() if v is not None}
            facts.pop("age", None)
            ev = navigator.evaluate(facts, as_of)
            assert {r.status for r in ev.results if r.pathway.country == host} - {ELIGIBLE, "not_eligible", "undetermined"} == set()


def test_forward_chaining_across_strata(navigator):
    """A status granted in the same evaluation satisfies a later pathway's status condition."""
    ordered = [p.id for p in navigator.rulebooks.ordered()]
    assert ordered.index("ar.venezuela.disp388") < ordered.index("ar.mercosur.permanent")
    person = normalise({"host_country": "AR", "nationalities": ["UY"], "naturalisations": [], "has_passport": True,
                        "passport_expiry_date": "2030-01-01", "criminal_record_5y": False,
                        "criminal_record_certificate_obtainable": True, "sufficient_means": True, "statuses": [],
                        "ar_entered_evading_control": False},
                       navigator.vocab, navigator.rulebooks.statuses, dt.date(2025, 3, 1))
    fact = core_module.engine_fact(person, navigator.core.relative)
    assert not any(k.startswith("st__") for k in fact)
    # the grant rule fires inside the engine and asserts the status in the same session; it is 2 years away, so
    # the permanent pathway's 90-day window stays closed
    leaves = navigator.core.leaves(person)
    assert leaves.granted == {"ar.mercosur.temporary"}
    assert navigator.eligible(person) == {"ar.mercosur.temporary"}


def _durable_rules_importable():
    try:
        import durable_rules_engine  # noqa: F401
    except ImportError:
        return False
    return True


needs_durable = pytest.mark.skipif(not _durable_rules_importable(), reason="durable-rules cannot be imported here")


@needs_durable
def test_chained_status_opens_a_pathway_without_window(tmp_path):
    """Synthetic set: B requires the status A grants (no expiry window): both eligible in one evaluation."""
    (tmp_path / "p").mkdir()
    common = ('jurisdiction: {country: AR}\nkind: temporary_residence\ntitle: "Test"\nsummary: "Test pathway"\n'
              'instrument: {name: "L", url: "https://example.org"}\nreviewed: 2026-12-01\nreviewed_sources: [instrument]\n')
    (tmp_path / "p" / "a.yaml").write_text(
        "id: xx.a.first\n" + common + "versions:\n  - valid_from: 2020-01-01\n    conditions:\n      all:\n"
        "        - {id: adult, text: An adult, fact: age, gte: 18, source: {instrument: L, article: '1', url: 'https://example.org'}}\n"
        "    grants: {status: xx.a.status, title: A status, years: 2}\n")
    (tmp_path / "p" / "b.yaml").write_text(
        "id: xx.b.second\n" + common + "versions:\n  - valid_from: 2020-01-01\n    conditions:\n      all:\n"
        "        - {id: holds_a, text: Holds status A, status: xx.a.status, source: {instrument: L, article: '2', url: 'https://example.org'}}\n")
    for backend in ("durable-rules", "python"):
        nav = Navigator(tmp_path / "p", backend=backend)
        ev = nav.evaluate({"host_country": "AR", "age": 30, "statuses": []}, dt.date(2024, 1, 1))
        assert {r.pathway.id: r.status for r in ev.results} == {"xx.a.first": "eligible", "xx.b.second": "eligible"}
        ev = nav.evaluate({"host_country": "AR", "statuses": []}, dt.date(2024, 1, 1))
        by_id = {r.pathway.id: r for r in ev.results}
        assert by_id["xx.b.second"].status == "undetermined" and "age" in by_id["xx.b.second"].missing
        ev = nav.evaluate({"host_country": "AR", "age": 10, "statuses": []}, dt.date(2024, 1, 1))
        assert {r.pathway.id: r.status for r in ev.results} == {"xx.a.first": "not_eligible", "xx.b.second": "not_eligible"}


def test_more_evaluations_than_the_session_limit(navigator):
    """1,024 live sessions per ruleset poison it (engine-notes 2.4); sessions are deleted after each evaluation."""
    facts = {"host_country": "BR", "nationalities": ["VE"], "in_host_country": True, "has_passport": True,
             "has_id_card": False, "criminal_record_5y": False, "age": 30}
    for _ in range(2500):
        ev = navigator.evaluate(facts, dt.date(2025, 1, 1))
    assert any(r.status == ELIGIBLE for r in ev.results)


def test_threads_share_one_navigator(navigator):
    facts = [({"host_country": "AR", "nationalities": ["VE"], "country_of_birth": "VE", "in_host_country": True,
               "has_passport": True, "passport_expiry_date": "2020-01-01", "criminal_record_5y": False,
               "entry_date": "2023-03-10"}, {"ar.venezuela.disp388", "ar.refugio"}),   # asking for refuge is open to anyone inside
             ({"host_country": "BR", "nationalities": ["VE"], "in_host_country": True, "has_passport": True,
               "criminal_record_5y": False, "age": 40}, {"br.portaria19.temporary", "br.refugio", "br.acolhida.interiorizacao"})]
    errors = []

    def work(i):
        try:
            for n in range(300):
                f, expected = facts[(i + n) % 2]
                ev = navigator.evaluate(f, dt.date(2024, 10, 15))
                got = {r.pathway.id for r in ev.results if r.status == ELIGIBLE}
                if got != expected:
                    errors.append((got, expected))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_fallback_when_durable_rules_cannot_be_imported(navigator, monkeypatch, caplog):
    real_import = builtins.__import__

    def no_durable(name, *args, **kw):
        if name.startswith("durable"):
            raise ImportError("undefined symbol: PyEval_CallObject")
        return real_import(name, *args, **kw)
    monkeypatch.setattr(builtins, "__import__", no_durable)
    monkeypatch.setattr(core_module, "_warned", False)
    with caplog.at_level("WARNING", logger="navigator"):
        core = Core(navigator.program)
        Core(navigator.program)
    assert isinstance(core.backend, MatcherBackend) and core.name == "python"
    assert sum("durable-rules cannot be imported" in r.message for r in caplog.records) == 1   # said once
    monkeypatch.setattr(builtins, "__import__", real_import)
    nav = Navigator(backend="python")
    ev = nav.evaluate({"host_country": "BR", "nationalities": ["VE"], "in_host_country": True, "has_passport": True,
                       "criminal_record_5y": False, "age": 40}, dt.date(2024, 10, 15))
    assert ev.engine == "python"
    assert {r.pathway.id for r in ev.results if r.status == ELIGIBLE} == {"br.portaria19.temporary", "br.refugio",
                                                                          "br.acolhida.interiorizacao"}


@needs_durable
def test_durable_rules_is_the_default_engine(navigator):
    assert navigator.core.name == "durable-rules"


def test_the_session_pool_never_holds_more_than_its_limit(navigator, monkeypatch):
    """Borrowing is lock-free; at MAX_LIVE_SIDS live sessions a borrower waits for one to come back, never makes
    the 1,025th (engine-notes 2.4)."""
    if navigator.core.name != "durable-rules":
        pytest.skip("durable-rules is not importable here")
    monkeypatch.setattr(core_module, "MAX_LIVE_SIDS", 2)
    backend = core_module.DurableBackend(navigator.program)       # rulesets of its own
    pool = backend._rulesets["BR"]
    a, b = pool.acquire(), pool.acquire()
    assert pool.live == 2
    got = []
    waiter = threading.Thread(target=lambda: got.append(pool.acquire()))
    waiter.start()
    waiter.join(0.1)
    assert waiter.is_alive() and got == []          # at the limit: waits
    pool.release(a, clean=True)
    waiter.join(5)
    assert got == [a] and pool.live == 2
    for s in (b, a):
        pool.release(s, clean=False)                # deleted in C, never reused
    assert pool.live == 0 and pool.free == []
    backend.close()
