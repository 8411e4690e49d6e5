"""Issue 15 defect: withdrawn ISO 3166 codes (SU, YU, ZR, CS, DD, TP, AN...) were offered in every country
list and accepted by the API and the checker. They are refused with a clear error naming today's codes."""
import pytest

from navigator.reference import WITHDRAWN, country_codes
from web import create_app
from web.questions import countries

from .test_checker import GOOD, only_error

SAMPLE = ["SU", "YU", "ZR", "CS", "DD", "TP", "AN", "BU", "YD"]


def test_no_withdrawn_code_is_a_country():
    assert not set(WITHDRAWN) & country_codes()
    assert {"RU", "RS", "ME", "CD", "TL", "MM", "DE", "CW", "BQ", "SX", "BY", "GE", "SK"} <= country_codes()


@pytest.mark.parametrize("lang", ["es", "pt", "en", "fr", "ht", "ar"])
def test_pickers_never_offer_a_withdrawn_code_or_a_bare_code(lang):
    offered = dict(countries(lang))
    assert not set(WITHDRAWN) & set(offered)
    assert not [code for code, name in offered.items() if name == code]     # every option has a name


@pytest.fixture(scope="module")
def client(navigator):
    return create_app({"TESTING": True, "SECRET_KEY": "withdrawn"}, navigator=navigator).test_client()


@pytest.mark.parametrize("code", SAMPLE)
def test_api_refuses_a_withdrawn_code_naming_field_and_todays_code(client, code):
    r = client.post("/api/v1/evaluate", json={"facts": {"host_country": "AR", "nationalities": [code]}})
    assert r.status_code == 422, r.json
    text = str(r.json)
    assert "nationalities" in text and "withdrawn" in text and WITHDRAWN[code][2].split(",")[0] in text


def test_openapi_enum_has_no_withdrawn_code(client):
    doc = client.get("/api/v1/openapi.json").json
    enums = [s["enum"] for s in _schemas(doc) if isinstance(s.get("enum"), list) and "VE" in s["enum"]]
    assert enums and all(not set(WITHDRAWN) & set(e) for e in enums)


def _schemas(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _schemas(v)
    elif isinstance(node, list):
        for v in node:
            yield from _schemas(v)


def test_checker_refuses_a_withdrawn_code_in_a_rulebook(tmp_path):
    errors = only_error(tmp_path, GOOD.replace("[BO, BR]", "[BO, YU]"))
    assert any("YU was the code of Yugoslavia" in e.message and "RS" in e.message for e in errors), errors


def test_kreyol_pages_name_countries_in_kreyol_or_french_never_english():
    """CLDR has no Haitian Creole country names (Babel's "ht" has none): the project's catalog names the
    Americas as the Kreyòl rulebooks already write them, and French names the rest."""
    from navigator.reference import country_codes, country_name
    assert [country_name(c, "ht") for c in ("CL", "HT", "US", "DO", "VE")] == [
        "Chili", "Ayiti", "Etazini", "Repiblik Dominikèn", "Venezyela"]
    assert country_name("SY", "ht") == "Syrie" and country_name("JM", "ht") == "Jamaïque"
    assert all(country_name(c, "ht") not in ("", c) for c in country_codes())
    assert country_name("CL", "es") == "Chile" and country_name("CL", "en") == "Chile"
