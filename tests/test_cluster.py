"""Batch and rescreen on a Dask cluster: the same bytes as the single-machine path, partitions that keep the
file's own row numbers, resumable part files, Parquet in and out, and a worker that dies mid-partition."""
import csv
import os
import sys
from pathlib import Path

import pytest

from navigator import cli
from navigator import cluster as C
from navigator import partitions as P
from navigator.batch import read_cases

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def _cases(path: Path, n: int, seed: int = 5):
    """n generated people as a case CSV, with the awkward rows a real file has: a BOM, a blank line, a cell
    over two lines, a bad date, a short row."""
    from batch_bench import generated_cases

    def awkward(i, w, fh, columns):
        if i == 10:
            fh.write("\r\n")                                    # a blank line is not a case
        if i == 20:
            w.writerow(["quoted\nover two lines", "2024-01-01"])  # a short row with a line break in a cell
        if i == 30:
            w.writerow(["bad", "2024-13-01"] + [""] * len(columns))
    path.write_bytes(b"\xef\xbb\xbf" + generated_cases(n, seed, after=awkward))
    return path


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return _cases(tmp_path_factory.mktemp("cluster") / "cases.csv", 160)


@pytest.fixture(scope="module")
def client():
    c = C.connect("local:2")
    yield c
    c.close()
    c.cluster.close()


@pytest.fixture(scope="module")
def plain(cases, tmp_path_factory):
    out = tmp_path_factory.mktemp("plain") / "plain.csv"
    assert cli.main(["batch", str(cases), "--out", str(out), "--as-of", "2025-01-01", "--jobs", "1"]) == 0
    return out


def _ids():
    from navigator.evaluate import Navigator
    return [p.id for p in Navigator().rulebooks.ordered()]


def test_partitions_keep_the_files_own_row_numbers(cases):
    header, parts = P.plan(cases, 37)
    assert len(parts) > 3 and parts[0].first_row == 2
    whole = [(n, dict(r) if isinstance(r, dict) else str(r)) for n, r in read_cases(cases)]
    pieces = [(n, dict(r) if isinstance(r, dict) else str(r))
              for p in parts for n, r in P.csv_rows(p, header, read_cases, P.text_of)]
    assert pieces == whole
    assert sum(p.rows for p in parts) == len(whole)
    assert all(a.first_row + a.rows == b.first_row for a, b in zip(parts, parts[1:]))


def test_an_unclosed_quote_ends_the_last_partition_as_one_bad_row(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text('case_id,host_country\na,AR\n"b,AR\nc,AR\n')
    header, parts = P.plan(f, 1)
    rows = [(n, r) for p in parts for n, r in P.csv_rows(p, header, read_cases, P.text_of)]
    assert [n for n, _ in rows] == [n for n, _ in read_cases(f)] == [2, 3]
    assert "never closed" in str(rows[1][1])


def test_cluster_batch_writes_the_same_bytes_as_one_machine(client, cases, plain, tmp_path, capsys):
    out = tmp_path / "cl.csv"
    done, errors = C.run_batch(client, cases, out, ROOT / "pathways", "auto", __import__("datetime").date(2025, 1, 1),
                               _ids(), rows_per_partition=40)
    assert out.read_bytes() == plain.read_bytes()
    assert done == 162 and errors == 1
    err = capsys.readouterr().err
    assert "partition 0, row 34: as_of: expected YYYY-MM-DD" in err     # named by partition and file row


def test_a_rerun_resumes_only_the_missing_partitions(client, cases, plain, tmp_path, capsys):
    out = tmp_path / "cl.csv"
    day = __import__("datetime").date(2025, 1, 1)
    C.run_batch(client, cases, out, ROOT / "pathways", "auto", day, _ids(), rows_per_partition=40)
    parts = out.with_name("cl.csv.parts")
    (parts / "part-00001.csv").unlink()
    (parts / "part-00003.csv").unlink()
    (parts / "part-00002.csv.tmp-999").write_text("half a partition from a killed worker")
    stamp = {p.name: p.stat().st_mtime_ns for p in parts.glob("part-*.csv")}
    out.unlink()
    capsys.readouterr()
    C.run_batch(client, cases, out, ROOT / "pathways", "auto", day, _ids(), rows_per_partition=40)
    assert out.read_bytes() == plain.read_bytes()
    assert "resuming: 3 of 5 partitions already done" in capsys.readouterr().err
    assert all((parts / name).stat().st_mtime_ns == t for name, t in stamp.items())     # not redone


def test_parts_of_another_run_are_never_reused(client, tmp_path):
    day, ids = __import__("datetime").date(2025, 1, 1), _ids()
    src, out, fresh = tmp_path / "cases.csv", tmp_path / "cl.csv", tmp_path / "fresh.csv"
    _cases(src, 80, seed=1)
    C.run_batch(client, src, out, ROOT / "pathways", "auto", day, ids, 40)
    first = out.read_bytes()
    _cases(src, 80, seed=2)                     # the case file changed since: its old parts must not be used
    C.run_batch(client, src, out, ROOT / "pathways", "auto", day, ids, 40)
    assert out.read_bytes() != first
    C.run_batch(client, src, fresh, ROOT / "pathways", "auto", day, ids, 40)
    assert out.read_bytes() == fresh.read_bytes()


def test_parquet_in_and_out_give_the_same_answers(client, cases, plain, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    good = [r for _, r in read_cases(cases) if isinstance(r, dict) and len(r) > 3 and r["case_id"] != "bad"]
    columns = list(good[0])
    table = pa.table({c: pa.array([r.get(c) or None for r in good], pa.string()) for c in columns})
    src = tmp_path / "cases.parquet"
    pq.write_table(table, src, row_group_size=50)
    day = __import__("datetime").date(2025, 1, 1)
    out = tmp_path / "from_parquet.csv"
    C.run_batch(client, src, out, ROOT / "pathways", "auto", day, _ids())
    via_parquet = list(csv.DictReader(out.open()))
    via_csv = {r["case_id"]: r for r in csv.DictReader(plain.open())}
    assert len(via_parquet) == len(good)
    for row in via_parquet:
        expected = dict(via_csv[row["case_id"]], row=row["row"])
        assert row == expected
    dataset = tmp_path / "results.parquet"
    C.run_batch(client, cases, dataset, ROOT / "pathways", "auto", day, _ids(), rows_per_partition=40)
    back = pq.read_table(dataset).to_pylist()
    assert [r["case_id"] for r in back] == [r["case_id"] for r in csv.DictReader(plain.open())]


def _dies_once(partition, *args):
    """A worker process that dies in the middle of its first partition (as an out-of-memory kill would)."""
    marker = Path(args[-2]) / f"died-{partition.index}"
    if partition.index == 1 and not marker.exists():
        marker.write_text("x")
        os._exit(1)
    return C.batch_partition(partition, *args)


def test_a_partition_whose_worker_dies_is_run_again(client, cases, plain, tmp_path):
    import cloudpickle
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    day = __import__("datetime").date(2025, 1, 1)
    out = tmp_path / "cl.csv"
    plan = P.plan(cases, 40)
    parts = C._parts_dir(out, "dies-once")
    C._run(client, plan, _dies_once, (str(ROOT / "pathways"), "auto", day, _ids()), parts, "csv")
    assert (parts / "died-1").exists()
    C._join(parts, plan[1], out, C._batch_header(_ids()), "csv")
    assert out.read_bytes() == plain.read_bytes()


def test_cluster_rescreen_lists_the_same_changes(client, cases, tmp_path, capsys):
    plain = tmp_path / "plain.csv"
    assert cli.main(["rescreen", str(cases), "--old", "2024-10-15", "--new", "2026-01-01", "--out", str(plain)]) == 0
    out = tmp_path / "cl.csv"
    from navigator.loader import PATHWAYS_DIR
    C.run_rescreen(client, cases, out, (str(PATHWAYS_DIR), "2024-10-15"), (str(PATHWAYS_DIR), "2026-01-01"),
                   __import__("datetime").date(2025, 1, 1), rows_per_partition=40)
    assert out.read_bytes() == plain.read_bytes()
    assert len(out.read_text().splitlines()) > 10


def test_the_command_line_refuses_a_bad_cluster_spec(cases, tmp_path, capsys):
    assert cli.main(["batch", str(cases), "--out", str(tmp_path / "o.csv"), "--cluster", "local:many"]) != 0
    assert "local:N" in capsys.readouterr().err
    assert cli.main(["batch", str(cases), "--out", str(tmp_path / "o.parquet")]) != 0
    assert "needs --cluster" in capsys.readouterr().err


def test_the_command_line_runs_batch_and_rescreen_on_a_local_cluster(cases, plain, tmp_path, capsys):
    out = tmp_path / "cli.csv"
    assert cli.main(["batch", str(cases), "--out", str(out), "--as-of", "2025-01-01", "--cluster", "local:1",
                     "--partition-rows", "100"]) == 0
    assert out.read_bytes() == plain.read_bytes()
    assert "162 cases" in capsys.readouterr().err
    changes = tmp_path / "changes.csv"
    assert cli.main(["rescreen", str(cases), "--old", "2024-10-15", "--new", "2026-01-01", "--out", str(changes),
                     "--cluster", "local:1"]) == 0
    assert changes.read_text().startswith("case_id,row,pathway,old,new,why")
    assert cli.main(["rescreen", str(cases), "--old", "2024-10-15", "--new", "2026-01-01", "--cluster", "local"]) != 0
    assert "needs --out" in capsys.readouterr().err


def test_cluster_batch_with_timing_writes_the_same_bytes_as_one_machine(client, cases, tmp_path):
    day = __import__("datetime").date(2025, 1, 1)
    plain = tmp_path / "plain.csv"
    assert cli.main(["batch", str(cases), "--out", str(plain), "--as-of", "2025-01-01", "--jobs", "1",
                     "--timing"]) == 0
    out = tmp_path / "cl.csv"
    C.run_batch(client, cases, out, ROOT / "pathways", "auto", day, _ids(), rows_per_partition=40, timing=True)
    assert out.read_bytes() == plain.read_bytes()
    assert plain.read_text().splitlines()[0].endswith("missing,failed,eligible_from,eligible_until,next_change")
