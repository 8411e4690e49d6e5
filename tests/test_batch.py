"""Batch evaluation and rescreening from the command line a clinic uses."""
import csv

from navigator import cli

CASES = """case_id,as_of,host_country,nationalities,country_of_birth,in_host_country,has_passport,passport_expiry_date,has_id_card,criminal_record_5y,entry_date,age
A1,2024-10-15,AR,VE,VE,sí,sí,2024-06-01,no,no,2023-03-10,34
A2,2024-10-15,AR,VE,VE,sí,sí,2024-02-30,no,no,,
A3,,BR,VE,,sí,sí,,no,no,,
A4,2024-10-15,XX,VE,VE,sí,sí,2024-06-01,no,no,,
"""


def test_batch_reports_bad_rows_and_keeps_going(tmp_path, capsys):
    cases, out = tmp_path / "cases.csv", tmp_path / "out.csv"
    cases.write_text(CASES)
    assert cli.main(["batch", str(cases), "--out", str(out), "--as-of", "2025-01-01", "--jobs", "2"]) == 0
    rows = list(csv.DictReader(out.open()))
    assert [r["case_id"] for r in rows] == ["A1", "A2", "A3", "A4"]
    assert rows[0]["ar.venezuela.disp388"] == "eligible" and "ar.venezuela.disp388" in rows[0]["eligible"].split()   # beside ar.refugio (issue 16)
    assert "row 3: passport_expiry_date" in rows[1]["error"] and "real calendar date" in rows[1]["error"]
    assert rows[2]["as_of"] == "2025-01-01" and rows[2]["br.portaria19.temporary"] == "eligible"
    assert "row 5: host_country" in rows[3]["error"]
    err = capsys.readouterr().err
    assert "4 cases" in err and "2 with errors" in err


def test_batch_single_process_gives_the_same_answers(tmp_path):
    cases = tmp_path / "cases.csv"
    cases.write_text(CASES)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.csv"
        assert cli.main(["batch", str(cases), "--out", str(out), "--as-of", "2025-01-01", "--jobs", jobs]) == 0
        outs.append(out.read_text())
    assert outs[0] == outs[1]


def test_rescreen_by_date_lists_who_changes_and_why(tmp_path, capsys):
    cases = tmp_path / "cases.csv"
    cases.write_text(CASES)
    assert cli.main(["rescreen", str(cases), "--old", "2024-10-15", "--new", "2025-01-01"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.DictReader(out.splitlines()))
    change = next(r for r in rows if r["case_id"] == "A1")
    assert change["pathway"] == "ar.venezuela.disp388" and change["old"] == "eligible" and change["new"] == "undetermined"
    assert "2024-12-15" in change["why"]


def test_rescreen_between_rulebook_folders(tmp_path, capsys):
    import shutil
    from navigator.loader import PATHWAYS_DIR
    new = tmp_path / "new"
    shutil.copytree(PATHWAYS_DIR, new)
    f = new / "ar" / "disp388.yaml"
    f.write_text(f.read_text().replace("max_years_expired", "max_years_expired").replace(
        "gte: {years_before_as_of: 10}", "gte: {days_before_as_of: 30}"))
    cases = tmp_path / "cases.csv"
    cases.write_text(CASES)
    assert cli.main(["rescreen", str(cases), "--old", str(PATHWAYS_DIR), "--new", str(new), "--as-of", "2024-10-15"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    change = next(r for r in rows if r["case_id"] == "A1")
    assert change["old"] == "eligible" and change["new"] == "not_eligible"
    assert "passport_expired_at_most_10_years: met -> not_met" in change["why"]


def test_batch_missing_file(capsys):
    assert cli.main(["batch", "/nonexistent.csv", "--out", "/tmp/x.csv"]) == 1
    assert "no such file" in capsys.readouterr().err
