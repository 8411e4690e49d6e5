"""`navigator coverage` names conditions that no scenario shows decisive both ways."""
from navigator import cli
from navigator.coverage import report
from navigator.evaluate import Navigator
from navigator.scenarios import read_cases

SOURCE = '{instrument: Demo, article: "1", url: "https://example.org"}'


def demo_rulebook(pid: str, conditions: str) -> str:
    """A one-version Argentine rulebook whose `all` holds the given condition lines."""
    return f"""id: {pid}
jurisdiction: {{country: AR}}
kind: temporary_residence
title: "Demo {pid}"
summary: "A pathway for the coverage test"
instrument: {{name: "Demo", url: "https://example.org"}}
reviewed: 2026-12-01
reviewed_sources: [instrument]
versions:
  - valid_from: 2020-01-01
    conditions:
      all:
{conditions}"""


RULEBOOK = demo_rulebook("xx.demo.cov", f"""\
        - {{id: adult, text: "You are an adult", fact: age, gte: 18, source: {SOURCE}}}
        - {{id: clean, text: "No record", fact: criminal_record_5y, is: false, source: {SOURCE}}}
""")
FEATURE = """# language: es
Característica: Demo
  Esquema del escenario: edad
    Dado la fecha de evaluación "2024-01-01"
    Y una persona con los datos:
      | dato               | valor  |
      | host_country       | AR     |
      | age                | <edad> |
      | criminal_record_5y | no     |
    Cuando se evalúan las vías
    Entonces la vía "xx.demo.cov" es "<r>"

    Ejemplos:
      | edad | r           |
      | 17   | no elegible |
      | 18   | elegible    |
"""


def test_coverage_finds_the_gap(tmp_path, capsys):
    (tmp_path / "p").mkdir()
    (tmp_path / "f").mkdir()
    (tmp_path / "p" / "demo.yaml").write_text(RULEBOOK)
    (tmp_path / "f" / "demo.feature").write_text(FEATURE)
    assert [c.facts["age"] for c in read_cases(tmp_path / "f")] == ["17", "18"]
    text, complete = report(Navigator(tmp_path / "p"), tmp_path / "f")
    assert not complete
    assert "ok  v2020-01-01 adult" in text
    assert "xx.demo.cov v2020-01-01 clean: needs a scenario where it alone makes the pathway fail" in text
    (tmp_path / "f" / "demo.feature").write_text(FEATURE + "      | 30   | elegible    |\n")
    text = FEATURE.replace("| criminal_record_5y | no     |", "| criminal_record_5y | <rec>  |").replace(
        "| edad | r           |\n      | 17   | no elegible |\n      | 18   | elegible    |",
        "| edad | rec | r           |\n      | 17   | no  | no elegible |\n      | 18   | no  | elegible    |\n"
        "      | 18   | sí  | no elegible |")
    (tmp_path / "f" / "demo.feature").write_text(text)
    assert cli.main(["coverage", "--rulebooks", str(tmp_path / "p"), "--features", str(tmp_path / "f")]) == 0
    assert "every condition is shown decisive both ways" in capsys.readouterr().out


BESIDE_OPEN_POINT = demo_rulebook("xx.demo.open", f"""\
        - {{id: adult, text: "You are an adult", fact: age, gte: 18, source: {SOURCE}}}
        - id: from_home
          text: "You apply from home"
          any:
            - {{id: at_home, text: "You are at home", fact: in_host_country, is: false, source: {SOURCE}}}
            - {{id: elsewhere_open, text: "From elsewhere: not settled", unsettled: "the text does not say", source: {SOURCE}}}
""")
OPEN_FEATURE = """# language: es
Característica: Demo
  Esquema del escenario: desde casa
    Dado la fecha de evaluación "2024-01-01"
    Y una persona con los datos:
      | dato            | valor  |
      | host_country    | AR     |
      | age             | <edad> |
      | in_host_country | <aquí> |
    Cuando se evalúan las vías
    Entonces la vía "xx.demo.open" es "<r>"

    Ejemplos:
      | edad | aquí | r             |
      | 17   | no   | no elegible   |
      | 18   | no   | elegible      |
      | 18   | sí   | indeterminada |
"""


def test_a_condition_beside_an_open_point_is_decisive_when_the_point_is_read_against_the_person(tmp_path):
    """Being away from home can only make the answer uncertain, never a clear no; the scenario where it
    alone stands between the person and the pathway (the open point read against them) is what counts."""
    (tmp_path / "p").mkdir()
    (tmp_path / "f").mkdir()
    (tmp_path / "p" / "demo.yaml").write_text(BESIDE_OPEN_POINT)
    (tmp_path / "f" / "demo.feature").write_text(OPEN_FEATURE)
    text, complete = report(Navigator(tmp_path / "p"), tmp_path / "f")
    assert complete, text
    assert "ok  v2020-01-01 at_home" in text and "ok  v2020-01-01 from_home" in text
    (tmp_path / "f" / "demo.feature").write_text(OPEN_FEATURE.replace("      | 18   | sí   | indeterminada |\n", ""))
    text, complete = report(Navigator(tmp_path / "p"), tmp_path / "f")
    assert not complete
    assert "xx.demo.open v2020-01-01 at_home: needs a scenario where it alone makes the pathway fail" in text
