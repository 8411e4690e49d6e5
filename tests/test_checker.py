"""`navigator check`: every broken rulebook is refused with file:line:column and what was expected."""
import datetime as dt
import re
import shutil
import textwrap

import pytest

from navigator import cli
from navigator.loader import PATHWAYS_DIR, RULES_DIR, check_files

GOOD = textwrap.dedent("""\
    id: xx.demo.temporary
    jurisdiction: {country: AR}
    kind: temporary_residence
    title: "Demo residence"
    summary: "A demo pathway for checker tests."
    instrument: {name: "Demo law", url: "https://example.org/law"}
    reviewed: 2026-12-01
    reviewed_sources: [instrument, law]
    sources:
      law: {name: "Demo law", url: "https://example.org/law"}
    parameters:
      nationals:
        description: "who"
        type: countries
        source: {ref: law, article: "1"}
        values:
          2020-01-01: [BO, BR]
    versions:
      - valid_from: 2020-01-01
        conditions:
          all:
            - id: national
              text: "You are a national"
              fact: nationalities
              any_in: {param: nationals}
              source: {ref: law, article: "2"}
            - id: adult
              text: "You are an adult"
              fact: age
              gte: 18
              source: {ref: law, article: "3"}
        grants: {status: xx.demo.status, title: "Demo status", years: 2}
    """)


def check(tmp_path, text, scenarios=True):
    d = tmp_path / "pathways"
    d.mkdir(exist_ok=True)
    (d / "demo.yaml").write_text(text)
    features = tmp_path / "features"
    features.mkdir(exist_ok=True)
    (features / "demo.feature").write_text('# "xx.demo.temporary"\n' if scenarios else "")
    return check_files(d, features, today=dt.date(2026, 12, 7))


def only_error(tmp_path, text, **kw):
    rulebooks, problems = check(tmp_path, text, **kw)
    errors = [p for p in problems if p.severity == "error"]
    assert rulebooks is None and errors, problems
    return errors


def test_good_rulebook_passes(tmp_path):
    rulebooks, problems = check(tmp_path, GOOD)
    assert rulebooks is not None, [str(p) for p in problems]
    assert list(rulebooks.pathways) == ["xx.demo.temporary"]


@pytest.mark.parametrize("old, new, marker, words", [
    ("fact: age", "fact: agee", "fact: agee", "unknown fact 'agee' (expected did you mean 'age'?)"),
    ("gte: 18", 'gte: "2020-01-01"', "gte:", "compared with a number"),
    ('          source: {ref: law, article: "3"}\n', "", "- id: adult", "has no source"),
    ('source: {ref: law, article: "3"}', 'source: {ref: lw, article: "3"}', "ref: lw", "unknown source 'lw'"),
    ("any_in: {param: nationals}", "any_in: {param: nationalz}", "any_in", "unknown parameter 'nationalz'"),
    ("any_in: {param: nationals}", "any_in: []", "any_in", "can never hold"),
    ("2020-01-01: [BO, BR]", "2020-01-01: [BO, QQ]", "QQ", "unknown country code 'QQ'"),
    ("- valid_from: 2020-01-01", "- valid_from: 2020-02-30", "2020-02-30", "not a real calendar date"),
    ("gte: 18", "is: true", "is: true", "'is' cannot test int fact 'age'"),
    ("kind: temporary_residence", "kind: residence", "kind:", "kind"),
    ('title: "Demo residence"', 'title: "Demo residence"\ntitle: again', "title: again", "duplicate key 'title'"),
    ('title: "Demo residence"', 'title: &t "Demo residence"', "title:", "anchors"),
    ('title: "Demo residence"', 'title: !!python/object/apply:os.system ["echo hacked"]', "title:", "is not allowed"),
    ("reviewed: 2026-12-01\n", "", "id: xx.demo", "'reviewed' is a required property"),
    ("reviewed: 2026-12-01", "reviewed: 2026-12-31", "reviewed:", "is in the future"),
    ("reviewed: 2026-12-01", "reviewed: 2026-02-30", "reviewed:", "not a real calendar date"),
    ("reviewed_sources: [instrument, law]", "reviewed_sources: [instrument, lawz]", "reviewed_sources",
     "reviewed source 'lawz' is not defined under sources: (expected did you mean 'law'?)"),
    ("    grants:", "    procedure:\n      - {id: from_abroad, text: Apply from abroad, fact: in_host_country, is: false,"
     " source: {ref: law, article: '4'}}\n    grants:", "id: from_abroad",
     "procedure step 'from_abroad' tests a fact (fact, is)"),
    ("    grants:", "    procedure:\n      - {id: fee, text: Pay the fee}\n    grants:", "id: fee",
     "'source' is a required property"),
    ("versions:", "closed: {reason: Repealed, replaced_by: xx.demo.gone, source: {ref: law, article: '9'}}\nversions:",
     "closed:", "replaced_by 'xx.demo.gone' is no loaded pathway"),
])
def test_errors_name_file_line_and_reason(tmp_path, old, new, marker, words):
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    line = next(i for i, text_line in enumerate(text.splitlines(), 1) if marker in text_line)
    errors = only_error(tmp_path, text)
    report = "\n".join(map(str, errors))
    assert words in report, report
    assert any(p.file.endswith("demo.yaml") and p.line == line for p in errors), (line, report)
    assert all(re.match(r".+:\d+:\d+: error: ", str(p)) for p in errors)


def test_overlapping_versions(tmp_path):
    second = GOOD.split("versions:\n")[1].replace("2020-01-01", "2021-01-01")
    errors = only_error(tmp_path, GOOD + second)
    assert any("overlaps" in str(p) and "2020-12-31" in str(p) for p in errors)


def test_contradictory_bounds_can_never_hold(tmp_path):
    text = GOOD.replace("""          source: {ref: law, article: "3"}
""", """          source: {ref: law, article: "3"}
        - id: young
          text: "You are young"
          fact: age
          lt: 10
          source: {ref: law, article: "4"}
""")
    errors = only_error(tmp_path, text)
    assert any("can never hold" in str(p) for p in errors)


def test_pathway_without_scenarios(tmp_path):
    errors = only_error(tmp_path, GOOD, scenarios=False)
    assert any("has no scenarios" in str(p) for p in errors)


def test_status_granted_by_nobody(tmp_path):
    text = GOOD.replace("""        - id: adult""", """        - id: holds
          text: "You hold it"
          status: zz.nothing.here
          source: {ref: law, article: "5"}
        - id: adult""")
    errors = only_error(tmp_path, text)
    assert any("granted by no loaded pathway" in str(p) for p in errors)


def test_deep_nesting_and_huge_file_are_refused(tmp_path):
    errors = only_error(tmp_path, "a: " + "[" * 5000 + "]" * 5000)
    assert "nested too deeply" in str(errors[0])
    errors = only_error(tmp_path, "a: '" + "x" * (3 * 1024 * 1024) + "'")
    assert "bytes" in str(errors[0])


def test_shipped_rulebooks_pass(capsys):
    assert cli.main(["check"]) == 0
    assert "ok:" in capsys.readouterr().out


def test_cli_check_exit_1_on_broken_set(tmp_path, capsys):
    shutil.copytree(PATHWAYS_DIR, tmp_path / "pathways")
    f = tmp_path / "pathways" / "ar" / "disp388.yaml"
    f.write_text(f.read_text().replace("fact: country_of_birth", "fact: country_of_brith", 1))
    assert cli.main(["check", str(tmp_path / "pathways")]) == 1
    err = capsys.readouterr().err
    assert re.search(r"disp388\.yaml:\d+:\d+: error: unknown fact 'country_of_brith'", err), err


def test_parameter_empty_for_the_whole_version_can_never_hold(tmp_path):
    errors = only_error(tmp_path, GOOD.replace("2020-01-01: [BO, BR]", "2020-01-01: []"))
    assert any("empty list during the whole version" in str(p) for p in errors)
    rulebooks, _ = check(tmp_path, GOOD.replace("2020-01-01: [BO, BR]", "2020-01-01: []\n      2021-01-01: [BO]"))
    assert rulebooks is not None   # empty only for a while: fine, as Argentina's pre-2018 Venezuelan criterion


def test_procedure_steps_reach_the_model_and_never_decide(tmp_path):
    text = GOOD.replace("    grants:", "    procedure:\n      - {id: from_abroad, text: Apply from abroad,"
                        " source: {ref: law, article: '4'}}\n    grants:")
    rulebooks, problems = check(tmp_path, text)
    assert rulebooks is not None, [str(p) for p in problems]
    version = rulebooks.pathways["xx.demo.temporary"].versions[0]
    assert [s.id for s in version.procedure] == ["from_abroad"] and version.procedure[0].source.article == "4"
    assert "from_abroad" not in {n.id for n in version.conditions.walk()}


def test_closing_note_must_match_the_last_day(tmp_path):
    text = GOOD.replace("  - valid_from: 2020-01-01\n", "  - valid_from: 2020-01-01\n    valid_until: 2021-06-30\n")
    good = text.replace("versions:", "closed: {on: 2021-06-30, reason: Deadline passed, source: {ref: law, article: '9'}}\nversions:")
    assert check(tmp_path, good)[0] is not None
    errors = only_error(tmp_path, good.replace("on: 2021-06-30", "on: 2021-07-01"))
    assert any("is not the last version's valid_until 2021-06-30" in str(p) for p in errors)


def test_a_fact_restating_another_must_be_derived(tmp_path):
    """navigator check flags a yes/no fact whose question asks again what nationalities or statuses say."""
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    extra = rules / "facts" / "zz_demo.yaml"
    extra.write_text("facts:\n  - id: zz_spanish_national\n    type: bool\n"
                     "    question: \"Do you hold Spanish nationality?\"\n")
    d = tmp_path / "pathways"
    d.mkdir()
    (d / "demo.yaml").write_text(GOOD.replace("fact: age", "fact: zz_spanish_national").replace("gte: 18", "is: true"))
    from navigator import loader
    loader.vocabulary.cache_clear()
    try:
        rulebooks, problems = check_files(d, None, rules_dir=rules, today=dt.date(2026, 12, 7))
        assert rulebooks is None
        flagged = [p for p in problems if "zz_spanish_national" in p.message]
        assert flagged and flagged[0].file.endswith("zz_demo.yaml") and flagged[0].line == 2
        assert "asks again what 'nationalities' says" in flagged[0].message
        extra.write_text(extra.read_text() + "    derived_from: [nationalities]\n    compute: holds_nationality\n"
                         "    args: {country: ES}\n    asked: false\n")
        loader.vocabulary.cache_clear()
        rulebooks, problems = check_files(d, None, rules_dir=rules, today=dt.date(2026, 12, 7))
        assert rulebooks is not None, [str(p) for p in problems]
    finally:
        loader.vocabulary.cache_clear()
