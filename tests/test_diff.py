"""`navigator diff`: what changed between two rulebook sets, in plain words, and which scenarios change."""
import shutil

from navigator import cli
from navigator.loader import PATHWAYS_DIR


def test_diff_names_parameter_condition_and_scenarios(tmp_path, capsys):
    new = tmp_path / "new"
    shutil.copytree(PATHWAYS_DIR, new)
    f = new / "ar" / "disp388.yaml"
    f.write_text(f.read_text().replace("gte: {years_before_as_of: 10}", "gte: {years_before_as_of: 5}")
                 .replace("valid_until: 2024-12-14", "valid_until: 2024-12-31").replace("valid_from: 2024-12-15", "valid_from: 2025-01-01"))
    assert cli.main(["diff", str(PATHWAYS_DIR), str(new)]) == 0
    out = capsys.readouterr().out
    assert "~ pathway ar.venezuela.disp388" in out
    assert "passport_expiry_date gte {'years_before_as_of': 10} -> passport_expiry_date gte {'years_before_as_of': 5}" in out
    assert "ends 2024-12-14 -> 2024-12-31" in out and "version from 2025-01-01 added" in out
    assert "documento vencido justo en el límite de 10 años: ar.venezuela.disp388: eligible -> not_eligible" in out


def test_diff_of_identical_sets(capsys):
    assert cli.main(["diff", str(PATHWAYS_DIR), str(PATHWAYS_DIR)]) == 0
    out = capsys.readouterr().out
    assert "no change to any pathway" in out and "none" in out
