"""`navigator check --release`: the publish gate names untranslated strings, failing scenarios and coverage gaps."""
import shutil

from navigator import cli
from navigator.evaluate import Navigator
from navigator.loader import FEATURES_DIR, PATHWAYS_DIR, RULES_DIR
from navigator.release import failing_scenarios, untranslated


def test_shipped_strings_are_all_translated():
    assert untranslated(PATHWAYS_DIR, RULES_DIR) == []


def test_an_edited_sentence_is_untranslated_until_reviewed(tmp_path):
    shutil.copytree(PATHWAYS_DIR, tmp_path / "p")
    f = tmp_path / "p" / "ar" / "disp388.yaml"
    f.write_text(f.read_text().replace('text: "You are in Argentina"', 'text: "You are inside Argentina"'))
    problems = untranslated(tmp_path / "p", RULES_DIR)
    assert len(problems) == 4               # one (context, sentence) pair, in each of the four languages
    assert all("disp388.yaml:" in p and "You are inside Argentina" in p for p in problems)


def test_shipped_scenarios_hold():
    assert failing_scenarios(Navigator(), FEATURES_DIR) == []


def test_release_gate_refuses_a_wrong_expectation(tmp_path, capsys):
    features = tmp_path / "features"
    shutil.copytree(FEATURES_DIR, features)
    f = features / "ar_residencia.feature"
    f.write_text(f.read_text().replace('Entonces la vía "ar.venezuela.disp388" es "elegible"',
                                       'Entonces la vía "ar.venezuela.disp388" es "no elegible"', 1))
    assert cli.main(["check", "--release", "--features", str(features)]) == 1
    err = capsys.readouterr().err
    assert "ar.venezuela.disp388 is eligible, expected not_eligible" in err
    assert "not ready to publish" in err
