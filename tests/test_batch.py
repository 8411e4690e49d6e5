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


# ------------------------------------------------------------------ what clinics have: encodings, separators, .xlsx
import datetime as dt  # noqa: E402
import io  # noqa: E402

import pytest  # noqa: E402

from navigator import batch as B  # noqa: E402

ROW = "case_id;host_country;nationalities\nJosé;AR;VE\n"


@pytest.mark.parametrize("data, encoding", [
    (ROW.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + ROW.encode("utf-8"), "utf-8-sig"),
    (ROW.encode("cp1252"), "cp1252"),                       # Excel's "CSV (separado por comas)" in es/pt/fr
    (ROW.encode("utf-16"), "utf-16"),                       # Excel's "Texto Unicode"
    ("São;AR;VE\n".encode("latin-1") + b"\x81", "latin-1"),    # a byte cp1252 leaves undefined
])
def test_the_encoding_is_detected_not_asked(data, encoding):
    text, found = B.decode(data)
    assert found == encoding and ("José" in text or "São" in text)


def test_utf8_with_one_stray_byte_stays_utf8_and_names_the_row():
    text, found = B.decode("case_id,host_country\nSão,AR\n".encode() + b"B,M\xe9xico\n")
    assert found == "utf-8"
    rows = list(B.read_cases(io.StringIO(text, newline="")))
    assert rows[0][1]["case_id"] == "São" and isinstance(rows[1][1], B.BadRow) and "0xe9" in rows[1][1]


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_comma_semicolon_or_tab_read_off_the_header(sep):
    text = sep.join(["case_id", "host_country", "nationalities"]) + "\n" + sep.join(["A", "AR", '"VE, CO"']) + "\n"
    (n, row), = list(B.read_cases(io.StringIO(text, newline="")))
    assert n == 2 and row == {"case_id": "A", "host_country": "AR", "nationalities": "VE, CO"}


def test_cli_batch_reads_a_semicolon_file(tmp_path):
    cases, out = tmp_path / "cases.csv", tmp_path / "out.csv"
    cases.write_text(CASES.replace(",", ";"))
    assert cli.main(["batch", str(cases), "--out", str(out), "--as-of", "2025-01-01", "--jobs", "1"]) == 0
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["ar.venezuela.disp388"] == "eligible" and "row 3: passport_expiry_date" in rows[1]["error"]


def _xlsx(rows):
    import openpyxl
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_xlsx_cells_read_as_csv_text_would_be():
    data = _xlsx([["case_id", "as_of", "has_passport", "age", "host_country", None],
                  ["A", dt.datetime(2024, 10, 15), True, 34.0, "AR"], [], ["B", None, False, 7, "BR", "extra"]])
    assert B.is_xlsx(data)
    rows = list(B.read_xlsx(data))
    assert rows[0] == (2, {"case_id": "A", "as_of": "2024-10-15", "has_passport": "yes", "age": "34", "host_country": "AR"})
    assert rows[1][0] == 4 and rows[1][1]["has_passport"] == "no" and rows[1][1][None] == ["extra"]


def test_xlsx_refusals_are_named():
    with pytest.raises(B.CaseListError, match="appears twice"):
        list(B.read_xlsx(_xlsx([["age", "age"], [1, 2]])))
    with pytest.raises(B.CaseListError, match="empty file"):
        list(B.read_xlsx(_xlsx([])))
    with pytest.raises(B.CaseListError, match="old Excel .xls"):
        list(B.read_xlsx(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64))
    with pytest.raises(B.CaseListError, match="cannot be read"):
        list(B.read_xlsx(b"PK\x03\x04 not a zip"))


def test_xlsx_row_limit(monkeypatch):
    monkeypatch.setattr(B, "XLSX_MAX_ROWS", 3)
    with pytest.raises(B.CaseListError, match="row 5: more than 3 cases"):
        list(B.read_xlsx(_xlsx([["case_id"]] + [[f"c{i}"] for i in range(5)])))


def test_a_clinics_own_words_become_codes_and_iso_dates(navigator):
    row = {"host_country": "Argentina", "nationalities": "Venezuela; Colombia", "country_of_birth": "Haïti",
           "entry_date": "10/03/2023", "as_of": "15/10/2024", "case_id": "15/10/2024", "age": "Venezuela"}
    out = B.localise_row(row, navigator.vocab, "es")
    assert out == {"host_country": "AR", "nationalities": "VE, CO", "country_of_birth": "HT",
                   "entry_date": "2023-03-10", "as_of": "2024-10-15", "case_id": "15/10/2024", "age": "Venezuela"}
    assert B.localise_row({"entry_date": "03/10/2023"}, navigator.vocab, "en") == {"entry_date": "2023-03-10"}
    assert B.localise_row({"nationalities": "Narnia, VE"}, navigator.vocab, "es")["nationalities"] == "Narnia, VE"


def test_clinic_table_shows_timing_where_the_evaluation_computes_it(navigator):
    from navigator.i18n import Translator
    row = {"case_id": "=cmd", "host_country": "AR", "nationalities": "VE", "country_of_birth": "VE",
           "in_host_country": "sí", "has_passport": "sí", "passport_expiry_date": "2024-06-01",
           "criminal_record_5y": "no", "entry_date": "2023-03-10"}
    before = B.evaluate_row(navigator, 2, row, dt.date(2024, 10, 15), keep=True)
    table = B.clinic_table([before], navigator, Translator("es"))
    assert not any("desde" in h or "hasta" in h for h in table[0])        # no timing computed: no timing column
    assert table[1][1] == "'=cmd"                                         # formula-safe, as every download
    disp = next(r for r in before.results if r.pathway.id == "ar.venezuela.disp388")

    class Timing:                                 # the shape issue 12's timing gives a result
        def as_dict(self):
            return {"eligible_from": None, "eligible_until": "2024-12-14", "next_change": None}
    disp.timing = Timing()
    table = B.clinic_table([before], navigator, Translator("es"))
    col = next(i for i, h in enumerate(table[0]) if h.endswith("elegible hasta"))
    assert table[1][col] == "2024-12-14" and not any(h.endswith("elegible desde") for h in table[0])


def test_rescreen_holds_a_chunk_of_cases_at_a_time_with_the_same_changes(tmp_path):
    """A million-case rescreen once held every case and both statuses at once (24 GB, killed): cases are now
    read and rescreened a chunk at a time; any chunk size gives the same changes in the same order."""
    import datetime as dt

    from navigator.batch import rescreen
    from navigator.evaluate import Navigator
    cases = tmp_path / "cases.csv"
    cases.write_text(CASES + "".join("B" + line[1:] for line in CASES.splitlines(keepends=True)[1:]))
    nav = Navigator()
    old, new = (nav, dt.date(2024, 10, 15)), (nav, dt.date(2025, 1, 1))
    whole = list(rescreen(cases, old, new, dt.date(2025, 1, 1), chunk=1000))
    assert {c[0] for c in whole} >= {"A1", "B1"}
    for size in (1, 2, 3):
        assert list(rescreen(cases, old, new, dt.date(2025, 1, 1), chunk=size)) == whole
