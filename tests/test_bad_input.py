"""Bad input gets a clear error naming the field and what is expected: never a traceback, a crash or a wrong answer."""
import datetime as dt
import json
import unicodedata

import pytest

from navigator import cli
from navigator.problems import InputError

AS_OF = dt.date(2024, 10, 15)


def errors_of(navigator, facts):
    with pytest.raises(InputError) as exc:
        navigator.evaluate(facts, AS_OF)
    return {e.field: e for e in exc.value.errors}


@pytest.mark.parametrize("facts, field, words", [
    ({"nationalitys": ["VE"]}, "nationalitys", "did you mean 'nationalities'"),
    ({"age": "thirty"}, "age", "whole number"),
    ({"age": True}, "age", "whole number"),
    ({"age": 250}, "age", "from 0 to 130"),
    ({"has_passport": "yes"}, "has_passport", "true or false"),
    ({"passport_expiry_date": "2024-02-30"}, "passport_expiry_date", "not a real calendar date"),
    ({"passport_expiry_date": "15/10/2024"}, "passport_expiry_date", "YYYY-MM-DD"),
    ({"passport_expiry_date": "2024-1-5"}, "passport_expiry_date", "YYYY-MM-DD"),
    ({"passport_expiry_date": 20240101}, "passport_expiry_date", "YYYY-MM-DD"),
    ({"host_country": "XX"}, "host_country", "country code"),
    ({"host_country": "Argentina"}, "host_country", "country code"),
    ({"nationalities": "VE"}, "nationalities", "a list"),
    ({"host_country": ["AR", "BR"]}, "host_country", "single country"),
    ({"nationalities": ["VE", "ZZ"]}, "nationalities[1]", "country code"),
    ({"naturalisations": [{"country": "BO"}]}, "naturalisations[0]", '"country"'),
    ({"statuses": [{"status": "ar.temporary_residence.mercosr", "expires": "2025-01-01"}]}, "statuses[0].status",
     "did you mean 'ar.temporary_residence.mercosur'"),
    ({"nationalities_origin_or_5y": ["AR"]}, "nationalities_origin_or_5y", "computed"),
    ({"birth_date": "2030-01-01"}, "birth_date", "past date"),
    ({"birth_date": "1990-10-16", "age": 40}, "age", "disagrees"),
    ({"nationalities": ["VE"], "naturalisations": [{"country": "BO", "date": "2010-01-01"}]}, "naturalisations",
     "also listed in nationalities"),
])
def test_field_errors_name_field_and_expectation(navigator, facts, field, words):
    errs = errors_of(navigator, facts)
    assert field in errs, errs
    assert words in str(errs[field]), str(errs[field])


def test_every_bad_field_is_reported_at_once(navigator):
    errs = errors_of(navigator, {"age": "x", "host_country": "QQ", "bogus": 1})
    assert set(errs) == {"age", "host_country", "bogus"}


def test_not_an_object(navigator):
    errs = errors_of(navigator, ["host_country", "AR"])
    assert "facts" in errs


def test_nfd_unicode_is_normalised_not_misread(navigator):
    # "sí" typed with a combining accent (NFD) reads the same as the composed form in scenario tables
    nfd = unicodedata.normalize("NFD", "sí")
    assert nfd != "sí"
    ev = navigator.evaluate({"host_country": "AR", "in_host_country": nfd}, AS_OF, from_text=True)
    assert ev.person.values["in_host_country"] is True
    # NFD in a key is normalised too
    key = unicodedata.normalize("NFD", "host_country")
    assert navigator.evaluate({key: "ar"}, AS_OF).person.values["host_country"] == "AR"


def test_null_means_unknown_not_no(navigator):
    ev = navigator.evaluate({"host_country": "AR", "criminal_record_5y": None}, AS_OF)
    assert "criminal_record_5y" not in ev.person.values
    statuses = {r.pathway.id: r.status for r in ev.results}
    assert statuses["ar.venezuela.disp388"] == "undetermined"


def run_cli(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_reports_bad_fact_and_exits_1(tmp_path, capsys):
    f = tmp_path / "facts.json"
    f.write_text(json.dumps({"host_country": "AR", "passport_expiry_date": "2024-02-30"}))
    code, _, err = run_cli(capsys, "eval", str(f))
    assert code == 1
    assert "passport_expiry_date" in err and "real calendar date" in err


def test_cli_refuses_a_50_mb_file(tmp_path, capsys):
    f = tmp_path / "big.json"
    with f.open("w") as fh:
        fh.write('{"host_country": "AR", "pad": "')
        fh.write("x" * (50 * 1024 * 1024))
        fh.write('"}')
    code, _, err = run_cli(capsys, "eval", str(f))
    assert code == 1 and "bytes" in err and "at most" in err


def test_cli_refuses_deeply_nested_json(tmp_path, capsys):
    f = tmp_path / "deep.json"
    f.write_text('{"host_country": ' + "[" * 100_000 + "]" * 100_000 + "}")
    code, _, err = run_cli(capsys, "eval", str(f))
    assert code == 1 and "nested" in err


def test_cli_invalid_json_names_line_and_column(tmp_path, capsys):
    f = tmp_path / "bad.json"
    f.write_text('{"host_country": "AR",\n "age": }')
    code, _, err = run_cli(capsys, "eval", str(f))
    assert code == 1 and ":2:" in err and "not valid JSON" in err


def test_cli_missing_file(capsys):
    code, _, err = run_cli(capsys, "eval", "/nonexistent/facts.json")
    assert code == 1 and "no such file" in err


def test_cli_bad_as_of(tmp_path, capsys):
    f = tmp_path / "facts.json"
    f.write_text("{}")
    with pytest.raises(SystemExit) as exc:
        cli.main(["eval", str(f), "--as-of", "2024-13-01"])
    assert exc.value.code == 2
    assert "--as-of" in capsys.readouterr().err


def test_cli_unknown_language(tmp_path, capsys):
    f = tmp_path / "facts.json"
    f.write_text("{}")
    code, _, err = run_cli(capsys, "eval", str(f), "--lang", "xx")
    assert code == 2 and "not available" in err


@pytest.mark.parametrize("facts, derived, source", [
    ({"nationalities": ["VE", "ES"], "co_other_nationality": False}, "co_other_nationality", "nationalities"),
    ({"nationalities": ["VE"], "co_other_nationality": True}, "co_other_nationality", "nationalities"),
    ({"nationalities": ["CO"], "ec_venezuelan_national": True}, "ec_venezuelan_national", "nationalities"),
    ({"nationalities": ["HT"], "br_stateless_from_haiti": True}, "br_stateless_from_haiti", "nationalities"),
    ({"statuses": [{"status": "co.ppt", "expires": "2031-05-30"}], "co_holds_ppt_or_visa": False},
     "co_holds_ppt_or_visa", "statuses"),
])
def test_contradictory_answers_are_refused_naming_both_fields(navigator, facts, derived, source):
    """A yes/no fact that restates another (derived_from:) never contradicts it: both fields are named."""
    errs = errors_of(navigator, facts)
    assert {derived, source} <= set(errs), errs
    assert source in str(errs[derived]) and derived in str(errs[source])


@pytest.mark.parametrize("facts", [
    {"nationalities": ["VE", "ES"], "co_other_nationality": True},          # agreeing answers are accepted
    {"nationalities": [], "br_stateless_from_haiti": True},                # statelessness is the person's to say
    {"statuses": [{"status": "co.ppt", "expires": "2020-01-01"}], "co_holds_ppt_or_visa": False},  # expired
    {"statuses": [], "co_holds_ppt_or_visa": True},                        # a visa no pathway grants
])
def test_agreeing_or_undecidable_restatements_are_accepted(navigator, facts):
    navigator.evaluate(facts, AS_OF)


def test_restated_facts_are_derived_never_asked(navigator):
    """With nationalities known, the restating fact is computed, so it is neither missing nor asked."""
    ev = navigator.evaluate({"host_country": "CO", "nationalities": ["VE", "ES"]}, dt.date(2026, 6, 1))
    visa_v = next(r for r in ev.results if r.pathway.id == "co.visa_v_especial")
    assert ev.person.values["co_other_nationality"] is True
    assert "co_other_nationality" not in visa_v.missing and visa_v.status == "not_eligible"
    assert "co_other_nationality" not in {f.id for f in navigator.vocab.inputs()}   # not on any form
    unknown = navigator.evaluate({"host_country": "CO"}, dt.date(2026, 6, 1))
    visa_v = next(r for r in unknown.results if r.pathway.id == "co.visa_v_especial")
    assert "nationalities" in visa_v.missing and "co_other_nationality" not in visa_v.missing
