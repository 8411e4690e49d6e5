"""The columnar batch path (navigator/columnar.py) against `Navigator.evaluate`, case by case: every scenario of
features/, a few thousand generated people of every host, and files with bad rows. The 100,000-person run is in
bench/batch_bench.py."""
import csv
import datetime as dt
import io
import sys
from pathlib import Path

import pytest

from navigator import cli
from navigator import columnar as C
from navigator.batch import evaluate_row, read_cases, text_stream
from navigator.scenarios import read_cases as read_scenarios

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from batch_bench import generated_cases  # noqa: E402

DEFAULT = dt.date(2025, 1, 1)


@pytest.fixture(scope="module")
def col(navigator):
    return C.Columnar(navigator)


@pytest.fixture(scope="module")
def timed(navigator):
    return C.Columnar(navigator, timing=True)


def _row_lines(nav, ids, pairs, timing=False):
    """What the row path writes for each case: `evaluate` with detail (and timing), case by case."""
    return [C.row_line(evaluate_row(nav, n, row, DEFAULT, detail=True, timing=timing), ids, timing)
            for n, row in pairs]


def _differences(lines, expected):
    return [(i, a, b) for i, (a, b) in enumerate(zip(map(C.as_text, lines), expected)) if a != b]


def test_every_scenario_gets_the_answers_of_evaluate(navigator, col):
    cases = read_scenarios(ROOT / "features")
    pairs = [(i + 2, {**case.facts, "case_id": f"{Path(case.file).stem}:{case.line}", "as_of": case.as_of or ""})
             for i, case in enumerate(cases)]
    lines, outcomes = col.run_rows(pairs, DEFAULT)
    expected = _row_lines(navigator, col.ids, pairs)
    assert len(lines) == len(cases) > 2000
    assert _differences(lines, expected) == []
    assert len(outcomes) < len(cases) // 20        # refused facts only: the rest answered column-wise
    assert sum(1 for line in map(C.as_text, lines) if line.split(",")[4]) > 100     # some eligible for something


def _scenario_pairs():
    cases = read_scenarios(ROOT / "features")
    return [(i + 2, {**case.facts, "case_id": f"{Path(case.file).stem}:{case.line}", "as_of": case.as_of or ""})
            for i, case in enumerate(cases)]


def _timing_cells(lines):
    return [next(csv.reader([C.as_text(line)]))[-3:] for line in lines]


def test_every_scenario_gets_the_timing_of_evaluate(navigator, timed):
    """eligible_from, eligible_until and next_change per pathway of the host, as `timing.Timeline` gives them."""
    pairs = _scenario_pairs()
    lines, _ = timed.run_rows(pairs, DEFAULT)
    expected = _row_lines(navigator, timed.ids, pairs, timing=True)
    assert _differences(lines, expected) == []
    cells = _timing_cells(lines)
    assert sum(1 for c in cells if c[0]) > 10 and sum(1 for c in cells if c[1]) > 10     # opens later; closes
    assert sum(1 for c in cells if c[2]) > 200 and any("(in_force" in c[2] for c in cells)
    assert all(len(next(csv.reader([C.as_text(line)]))) == 5 + len(timed.ids) + 5 for line in lines[:50])


def test_generated_people_get_the_timing_of_evaluate(navigator, timed):
    data = _generated(1500, 29)
    lines, outcomes = timed.run(data, DEFAULT)
    expected = _row_lines(navigator, timed.ids, read_cases(text_stream(data)), timing=True)
    assert _differences(lines, expected) == [] and outcomes == []
    cells = _timing_cells(lines)
    assert sum(1 for c in cells if c[2]) > 200          # a change within ten years for many


def _generated(n, seed):
    return generated_cases(n, seed)


def test_generated_people_of_every_host_get_the_answers_of_evaluate(navigator, col):
    data = _generated(3000, 17)
    lines, outcomes = col.run(data, DEFAULT)
    expected = _row_lines(navigator, col.ids, read_cases(text_stream(data)))
    assert len(lines) == 3000
    assert _differences(lines, expected) == []
    assert outcomes == []                         # none needed the row path
    hosts = {line.split(",")[5 + len(col.ids)] != "" for line in map(C.as_text, lines)}
    assert hosts == {True, False}                 # missing facts said for some, not all
    assert sum(1 for line in map(C.as_text, lines) if line.split(",")[4]) > 100


AWKWARD = ("case_id,as_of,host_country,nationalities,age,has_passport,statuses\n"
           "a,2025-03-01,AR,\"VE, CO\",30,sí,none\n"
           "b,2025-13-01,AR,VE,30,sí,none\n"                     # a bad as_of
           "c,,BR,VE,treinta,sí,none\n"                          # a bad number
           "d,2025-03-01,XX,VE,30,sí,none\n"                     # an unknown country
           "e,2025-03-01,,VE,,,\n"                               # the host unknown: every pathway
           "=f,2025-03-01,CO,VE,30,no,\"[{\"\"status\"\": \"\"co.ppt\"\", \"\"expires\"\": \"\"2027-01-01\"\"}]\"\n"
           "g,2025-03-01,PE,VE,30,yes\n")                        # a short row: statuses unknown


def test_bad_rows_are_answered_by_the_row_path_and_named(navigator, col):
    data = AWKWARD.encode()
    lines, outcomes = col.run(data, DEFAULT)
    expected = _row_lines(navigator, col.ids, read_cases(text_stream(data)))
    assert _differences(lines, expected) == []
    errors = [o.error for o in outcomes if o.error]
    assert [e.split(":")[0] for e in errors] == ["row 3", "row 4", "row 5"]
    assert "as_of" in errors[0] and "age" in errors[1] and "host_country" in errors[2]
    assert C.as_text(lines[5]).split(",")[1] == "'=f"                    # a formula is never written as one


def test_a_stray_quote_goes_through_the_python_reader(navigator, col):
    data = (AWKWARD + 'h,2025-03-01,AR,"VE"x,30,sí,none\n').encode()
    lines, outcomes = col.run(data, DEFAULT)
    expected = _row_lines(navigator, col.ids, read_cases(text_stream(data)))
    assert _differences(lines, expected) == []
    assert any(o.error.startswith("row 9") for o in outcomes)


def test_batch_columnar_and_row_path_write_the_same_file(tmp_path, capsys):
    cases = tmp_path / "cases.csv"
    data = _generated(300, 5).decode()
    first = data.split("\r\n")[1].split(",", 2)
    cases.write_text(data + f"bad,2025-99-99,{first[2]}\r\n", newline="")
    fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
    assert cli.main(["batch", str(cases), "--out", str(fast), "--jobs", "1", "--as-of", "2025-01-01"]) == 0
    assert "through the row path" in capsys.readouterr().err
    assert cli.main(["batch", str(cases), "--out", str(slow), "--jobs", "1", "--as-of", "2025-01-01",
                     "--row-path"]) == 0
    assert fast.read_bytes() == slow.read_bytes()
    header = next(csv.reader(io.StringIO(fast.read_text())))
    assert header[:5] == ["row", "case_id", "as_of", "error", "eligible"] and header[-2:] == ["missing", "failed"]
    timed, slow_timed = tmp_path / "timed.csv", tmp_path / "slow_timed.csv"
    assert cli.main(["batch", str(cases), "--out", str(timed), "--jobs", "2", "--as-of", "2025-01-01",
                     "--timing"]) == 0
    assert cli.main(["batch", str(cases), "--out", str(slow_timed), "--jobs", "1", "--as-of", "2025-01-01",
                     "--row-path", "--timing"]) == 0
    assert timed.read_bytes() == slow_timed.read_bytes()
    rows = list(csv.reader(io.StringIO(timed.read_text())))
    assert rows[0][-5:] == ["missing", "failed", "eligible_from", "eligible_until", "next_change"]
    assert [r[:-3] for r in rows] == list(csv.reader(io.StringIO(fast.read_text())))    # the same, plus three
    assert any(r[-1] for r in rows[1:])


def test_rescreen_lists_the_same_changes_as_the_row_path(tmp_path, capsys):
    cases = tmp_path / "cases.csv"
    data = _generated(400, 23).decode()
    header, first = list(csv.reader(io.StringIO(data)))[:2]
    first[0], first[header.index("host_country")] = "bad", "XX"      # a refused country
    text = io.StringIO(newline="")
    csv.writer(text).writerow(first)
    cases.write_text(data + text.getvalue(), newline="")
    outs = []
    for extra in ([], ["--row-path"]):
        out = tmp_path / f"changes{len(outs)}.csv"
        assert cli.main(["rescreen", str(cases), "--old", "2021-06-01", "--new", "2026-06-01", "--out", str(out)]
                        + extra) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0].count(b"\r\n") > 50                 # people whose outcome changes between the two dates
    assert b"host_country" in outs[0]                 # the refused row is named in both
