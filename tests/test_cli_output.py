"""The CLI a clinic uses: JSON output follows its published schema, text cites the law, P01 gets the right answer."""
import json
from pathlib import Path

import jsonschema

from navigator import cli

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "rules" / "evaluation.schema.json").read_text())
P01 = str(ROOT / "examples" / "p01_venezuelan_in_argentina.json")


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_p01_json_follows_schema_and_cites_disp_388(capsys):
    code, out, _ = run(capsys, "eval", P01, "--format", "json")
    assert code == 0
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    assert data["as_of"] == "2024-10-15"
    eligible = [p for p in data["pathways"] if p["status"] == "eligible"]
    assert {p["id"] for p in eligible} == {"ar.venezuela.disp388", "ar.refugio"}   # asking for refuge is open too
    first = next(p for p in eligible if p["id"] == "ar.venezuela.disp388")
    assert first["rulebook"]["version"] == "2024-09-16" and len(first["rulebook"]["sha256"]) == 64
    cited = {c["source"]["instrument"] for c in first["conditions"] if c["source"] and c["status"] == "met"}
    assert any("388/2024" in s for s in cited)
    assert not any("Acuerdo sobre Residencia" in s for s in cited)
    assert [p["status"] for p in data["pathways"]] == sorted(
        (p["status"] for p in data["pathways"]), key=["eligible", "undetermined", "not_eligible"].index)


def test_as_of_flag_overrides_the_file(capsys):
    code, out, _ = run(capsys, "eval", P01, "--format", "json", "--as-of", "2025-06-15")
    by_id = {p["id"]: p for p in json.loads(out)["pathways"]}
    assert by_id["ar.venezuela.disp388"]["status"] == "undetermined"
    assert by_id["ar.venezuela.disp388"]["unsettled"]


def test_text_output_is_readable_and_cites(capsys):
    code, out, _ = run(capsys, "eval", P01)
    assert code == 0
    assert "ELIGIBLE: Special regularisation for Venezuelans in Argentina" in out
    assert "Source: Disposición DNM 388/2024" in out
    assert "Not confirmed (a clinic can check)" in out


def test_spanish_output(capsys):
    code, out, _ = run(capsys, "eval", P01, "--lang", "es", "--format", "json")
    data = json.loads(out)
    assert data["lang"] == "es"
    first = data["pathways"][0]
    assert first["status_label"] != "Eligible"
    assert first["jurisdiction"]["country_name"] == "Argentina"
    assert first["title"] != "Special regularisation for Venezuelans in Argentina (Disp. DNM 388/2024)"


def test_facts_and_pathways_listings(capsys):
    code, out, _ = run(capsys, "facts", "--format", "json")
    facts = {f["id"]: f for f in json.loads(out)}
    assert code == 0 and facts["passport_expiry_date"]["type"] == "date" and "age" in facts
    assert "nationalities_origin_or_5y" not in facts       # derived only: not something a person writes
    code, out, _ = run(capsys, "pathways", "--format", "json")
    rows = {p["id"]: p for p in json.loads(out)}
    assert rows["ar.venezuela.disp388"]["versions"][0] == {
        "valid_from": "2024-09-16", "valid_until": "2024-12-14",
        "changes": "In force 16 Sep 2024 for 90 days (S23, S24).",
        "unconfirmed": "whether the 90 days count the first day (end 14 Dec) or not (end 15 Dec) is not settled"}
    assert "ar.temporary_residence.mercosur" in rows["ar.mercosur.permanent"]["requires"]
    code, out, _ = run(capsys, "pathways")
    assert code == 0 and "ar.mercosur.temporary" in out


def test_every_catalog_is_complete():
    """No interface or rulebook string without a reviewed translation (fuzzy entries are not used)."""
    from babel.messages.pofile import read_po
    catalogs = sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po"))
    assert catalogs
    pot_ids = {}
    for pot in (ROOT / "locales").glob("*.pot"):
        pot_ids[pot.stem] = {(m.context, m.id) for m in read_po(pot.open("rb")) if m.id}
    for po in catalogs:
        cat = read_po(po.open("rb"))
        bad = [(m.context, m.id) for m in cat if m.id and (not m.string or m.fuzzy)]
        assert not bad, f"{po}: untranslated or fuzzy: {bad[:5]}"
        have = {(m.context, m.id) for m in cat if m.id}
        want = pot_ids.get(po.stem, set())      # countries.po (ht) has no template: its ids are CLDR's codes
        assert want <= have, f"{po}: missing {sorted(want - have)[:5]}"
