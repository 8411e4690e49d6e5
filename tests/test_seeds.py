"""`navigator coverage --seeds`: each seed-document item of review §B.1 with the pathways that cover it."""
import json

from navigator import cli, seeds


def test_cli_lists_every_seed_item_with_its_pathways(capsys):
    code = cli.main(["coverage", "--seeds"])
    out, _ = capsys.readouterr()
    assert code == 0
    lines = out.splitlines()
    assert sum(line.startswith("B1-") for line in lines) == 56
    i = next(n for n, line in enumerate(lines) if line.startswith("B1-43 "))
    assert "covered" in lines[i] and "ar.buenos_aires.voto_extranjero" in lines[i + 1]
    j = next(n for n, line in enumerate(lines) if line.startswith("B1-19 "))    # a county service, encoded on its own
    assert lines[j].split()[1] == "covered" and "us.montgomery_county.gilchrist" in lines[j + 1]
    assert "of 51 person-level seed items have a pathway or service" in out


def test_json_counts_agree_with_the_items(capsys, navigator):
    code = cli.main(["coverage", "--seeds", "--format", "json"])
    data = json.loads(capsys.readouterr()[0])
    assert code == 0 and data["problems"] == []
    counted = [i for i in data["items"] if i["status"] != "not counted"]
    assert data["summary"]["person_level"] == len(counted) == 51
    assert data["summary"]["covered"] + data["summary"]["partly"] == sum(bool(i["pathways"]) for i in counted)
    for item in data["items"]:                       # every pathway named is a loaded one
        assert set(item["pathways"]) <= set(navigator.rulebooks.pathways)
    # a family brings every pathway of that family (MERCOSUR residence in each host)
    mercosur = next(i for i in data["items"] if i["id"] == "B1-01")
    fam = {p.id for p in navigator.rulebooks.pathways.values() if p.family == "mercosur-residence"}
    assert fam and fam <= set(mercosur["pathways"])
    # protection entries cover the seed's "alphabet soup" of national categories, in every host with one
    soup = next(i for i in data["items"] if i["id"] == "B1-38")
    assert {"us.asylum", "br.refugio", "mx.visitante_humanitario"} <= set(soup["pathways"])


def test_a_wrong_seeds_file_is_refused_naming_line_and_id(tmp_path, navigator, capsys):
    bad = tmp_path / "seeds.yaml"
    bad.write_text("items:\n"
                   "  - {id: X-1, item: one, covers: [xx.nothing.here]}\n"
                   "  - {id: X-1, item: twice, families: [no-such-family]}\n"
                   "  - {id: X-3, item: advocacy, person_level: false}\n", encoding="utf-8")
    items, problems = seeds.load_seeds(navigator.rulebooks.pathways, bad)
    assert any(":2:" in p and "'xx.nothing.here' is no loaded pathway" in p for p in problems)
    assert any(":3:" in p and "listed twice" in p for p in problems)
    assert any("no pathway has family 'no-such-family'" in p for p in problems)
    assert [i.status for i in items] == ["missing", "missing", "not counted"]
    assert seeds.summary(items) == {"person_level": 2, "covered": 0, "partly": 0, "missing": 2}
    assert cli.main(["coverage", "--seeds", str(bad)]) == 1
    assert "xx.nothing.here" in capsys.readouterr()[0]
