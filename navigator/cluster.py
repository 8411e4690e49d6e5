"""`navigator batch` and `rescreen` on a Dask cluster: a local one (`--cluster local[:N]`) or an existing
scheduler (`--cluster tcp://host:8786`). Dask schedules, retries and shows its dashboard; this module only
cuts the input into partitions, says what one partition's task does, and puts the results back together.

Each partition is written to its own file in `<out>.parts/` under a name fixed by its place in the input
(`part-00012.csv`), first to a temporary name and then renamed, so a file that exists is complete: a rerun
after a crash or a kill skips the partitions already written and does the rest. The parts are then joined,
in input order, into the same output the single-machine path writes, byte for byte.

Workers load and compile the rulebook set once per process (kept in a module global) and evaluate every
partition they are given with it. The rulebook set travels as a path: workers on other machines need the
same rulebooks at the same path (a shared volume or the same image).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import shutil
import sys
import threading
import time
from pathlib import Path

from . import partitions as P

PART_RETRIES = 3          # a partition whose worker died is run again (Dask's own retry), this many times


class ClusterError(Exception):
    """The cluster could not be reached or started (the message says which and how to fix it)."""


def connect(spec: str):
    """A dask.distributed Client for `local`, `local:N` (N worker processes, one thread each) or an address."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:   # pragma: no cover - dask is a dependency; this is for a trimmed install
        raise ClusterError("--cluster needs dask.distributed: pip install 'dask[distributed]'") from None
    import logging
    for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.worker",
                 "distributed.core", "distributed.http.proxy"):
        logging.getLogger(name).setLevel(logging.ERROR)     # Dask's start-up chatter is not the user's business
    import dask
    # Dask's statistical profiler samples every worker thread's stack every 10 ms (for the dashboard's profile
    # page): for a pure-Python evaluator that holds the interpreter lock, that is time taken from the cases.
    # Switched off here and, through the environment, in the worker processes LocalCluster starts.
    dask.config.set({"distributed.worker.profile.enabled": False})
    os.environ.setdefault("DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED", "False")
    if spec == "local" or spec.startswith("local:"):
        if sys.platform == "linux" and threading.active_count() == 1:
            # A local worker forked from this process starts with the interpreter and libraries already
            # imported; spawned ones import them again and were 20 % slower end to end on a million cases
            # (bench/batch_bench.py: 22,543 -> 27,466 cases/s, docs/scale.md). Only from a process with one
            # thread (the command line): forking a process that runs other threads (a test session driving a
            # browser) left the workers waiting forever. Otherwise, and off Linux, Dask's default (spawn).
            dask.config.set({"distributed.worker.multiprocessing-method": "fork"})
        else:
            dask.config.set({"distributed.worker.multiprocessing-method": "spawn"})
        count = spec.partition(":")[2] or str(os.cpu_count() or 1)
        if not count.isdigit() or not 1 <= int(count) <= 256:
            raise ClusterError(f"--cluster {spec!r}: expected local or local:N with N a number of workers from 1 to 256")
        cluster = LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=40)
        return Client(cluster)
    try:
        return Client(spec, timeout="10s")
    except (OSError, TimeoutError, ValueError) as err:
        raise ClusterError(f"--cluster {spec!r}: no Dask scheduler answers there ({err})") from None


# --- on the workers ---------------------------------------------------------------------------------------

_NAVIGATORS: dict = {}


def _navigator(pathways_dir: str, backend: str = "auto"):
    """The worker process's compiled rulebook set (loaded on its first partition, then reused)."""
    key = (pathways_dir, backend)
    nav = _NAVIGATORS.get(key)
    if nav is None:
        from .evaluate import Navigator
        nav = _NAVIGATORS[key] = Navigator(Path(pathways_dir), backend=backend)
    return nav


def _warm(pathways_dir, backend, timing):
    """Load and compile the rulebook set in this worker (before its first partition arrives); its pathway ids."""
    from .columnar import worker
    return worker(pathways_dir, backend, timing).ids


def pathway_ids(client, pathways_dir, backend="auto", timing=False) -> list:
    """The pathway ids in evaluation order, from a worker's rulebook set (loaded there once, for its partitions):
    the client does not load and compile the rulebooks itself. Every worker starts loading them now."""
    return _warm_all(client, pathways_dir, backend, timing)[0].result()


def _warm_all(client, pathways_dir, backend, timing) -> list:
    """A task on each worker loading the rulebook set now (futures; not waited for)."""
    workers = list(client.scheduler_info().get("workers", {})) or [None]
    return [client.submit(_warm, str(pathways_dir), backend, timing, pure=False,
                          **({"workers": [w], "allow_other_workers": True} if w else {})) for w in workers]


def _rows(partition: P.Partition, header: bytes | None):
    from .batch import read_cases
    from .facts import to_text
    if partition.kind == "parquet":
        return P.parquet_rows(partition, _cell_text(to_text))
    return P.csv_rows(partition, header, read_cases, P.text_of)


def _cell_text(to_text):
    def text(value):
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        return to_text(value)
    return text


def _write_atomically(target: Path, data: bytes):
    tmp = target.with_name(target.name + f".tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def batch_partition(partition, header, pathways_dir, backend, default_as_of, ids, parts_dir, fmt, timing=False):
    """Evaluate one partition through the columnar path (navigator/columnar.py) and write its part file;
    returns (rows, [error messages])."""
    from .columnar import as_text, part_text, worker, write_lines
    col = worker(pathways_dir, backend, timing)
    if partition.kind == "parquet":
        lines, outcomes = col.run_rows(_rows(partition, header), default_as_of)
        messages, count = [o.error for o in outcomes if o.error], len(lines)
    else:
        with open(partition.path, "rb") as fh:
            fh.seek(partition.start)
            data = fh.read(partition.end - partition.start)
        lines, messages, count, _ = part_text(col, header + data, default_as_of, partition.first_row)
    target = Path(parts_dir) / f"{partition.name}.{fmt}"
    if fmt == "parquet":
        rows = list(csv.reader(as_text(line) for line in lines))
        _write_atomically(target, _encode(rows, fmt, _batch_header(ids, timing)))
    else:
        tmp = target.with_name(target.name + f".tmp-{os.getpid()}")
        with open(tmp, "w", newline="", encoding="utf-8") as out:
            write_lines(out, lines)
        os.replace(tmp, target)
    return count, [f"partition {partition.index}, {m}" for m in messages]


def rescreen_partition(partition, header, old_spec, new_spec, default_as_of, parts_dir, fmt="csv"):
    """Rescreen one partition between two rule sets (or dates); writes its changes; returns (rows, errors)."""
    from .batch import rescreen_rows
    old, new = _rule_set(old_spec), _rule_set(new_spec)
    rows = list(_rows(partition, header))
    changes = rescreen_rows(rows, old, new, default_as_of)
    _write_atomically(Path(parts_dir) / f"{partition.name}.csv", _encode(changes, "csv", RESCREEN_HEADER))
    return len(rows), [f"partition {partition.index}, {c[5]}" for c in changes if not c[2] and c[5]]


def _rule_set(spec):
    folder, date = spec
    return _navigator(folder), (dt.date.fromisoformat(date) if date else None)


RESCREEN_HEADER = ["case_id", "row", "pathway", "old", "new", "why"]


def _batch_header(ids, timing=False):
    from .batch import DETAIL_HEADER, RESULT_HEADER, TIMING_HEADER
    return RESULT_HEADER + list(ids) + DETAIL_HEADER + (TIMING_HEADER if timing else [])


def _encode(rows, fmt, header) -> bytes:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        columns = list(zip(*rows)) if rows else [()] * len(header)
        table = pa.table({name: pa.array([str(v) for v in col], pa.string()) for name, col in zip(header, columns)})
        sink = io.BytesIO()
        pq.write_table(table, sink)
        return sink.getvalue()
    text = io.StringIO(newline="")
    csv.writer(text).writerows(rows)
    return text.getvalue().encode("utf-8")


# --- on the client ----------------------------------------------------------------------------------------

def _parts_dir(out: Path, fingerprint: str) -> Path:
    """`<out>.parts/`, stamped with what produced it: parts of another input or rule set are never reused."""
    return _stamped(out.with_name(out.name + ".parts"), fingerprint)


def _stamped(folder: Path, fingerprint: str) -> Path:
    """`folder` with a `_RUN` stamp (pyarrow skips `_` names): the part files of another run are deleted."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / "_RUN"
    if stamp.exists() and stamp.read_text() != fingerprint:
        for f in folder.glob("part-*"):
            f.unlink()
    stamp.write_text(fingerprint)
    return folder


def _fingerprint(*parts) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(repr(p).encode())
        h.update(b"\0")
    return h.hexdigest()


def _file_stamp(path) -> tuple:
    st = Path(path).stat()
    return (str(Path(path).resolve()), st.st_size, st.st_mtime_ns)


class ClusterProgress:
    """Rows done, rate and time left on one terminal line; a plain line per tenth when not a terminal."""

    def __init__(self, total, already=0, stream=None):
        self.stream = stream or sys.stderr
        self.total, self.done, self.already, self.start = total, already, already, time.time()
        self.tty = self.stream.isatty()
        self._tenth = already * 10 // total if total else 0

    def advance(self, n):
        self.done += n
        elapsed = max(time.time() - self.start, 1e-6)
        rate = (self.done - self.already) / elapsed      # this run's own pace (resumed rows took no time)
        left = (self.total - self.done) / rate if rate and self.total else 0
        line = f"{self.done:,}/{self.total:,} cases  {rate:,.0f}/s  {_clock(left)} left"
        if self.tty:
            self.stream.write("\r" + line)
            self.stream.flush()
        elif self.total and self.done * 10 // self.total > self._tenth:
            self._tenth = self.done * 10 // self.total
            print(line, file=self.stream)

    def close(self):
        if self.tty:
            self.stream.write("\n")


def _clock(seconds):
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _run(client, plan, func, args, parts_dir, fmt, timing=False, report=print, joiner=None):
    """Submit the partitions whose part file is missing; wait for all; report errors by partition and row.
    `joiner` (a _Joiner) is told of each finished partition, to join the parts while the others run."""
    from dask.distributed import as_completed
    header, partitions = plan
    todo = [p for p in partitions if not (parts_dir / f"{p.name}.{fmt}").exists()]
    if joiner is not None:
        for p in partitions:
            if p not in todo:
                joiner.ready(p.index)
    total = sum(p.rows for p in partitions)
    progress = ClusterProgress(total, total - sum(p.rows for p in todo))
    if client.dashboard_link:
        report(f"navigator: Dask dashboard at {client.dashboard_link}", file=sys.stderr)
    errors = 0
    if len(todo) < len(partitions):
        report(f"navigator: resuming: {len(partitions) - len(todo)} of {len(partitions)} partitions already done",
               file=sys.stderr)
        for p in partitions:
            if p not in todo and fmt == "csv" and func is batch_partition:   # their bad rows, said again
                for m in _errors_in_part(parts_dir / f"{p.name}.csv", p):
                    errors += 1
                    report(f"navigator: {m}", file=sys.stderr)
    extra = (timing,) if timing else ()
    futures = [client.submit(func, p, header, *args, str(parts_dir), fmt, *extra, retries=PART_RETRIES, pure=False)
               for p in todo]
    index = {f.key: p.index for f, p in zip(futures, todo)}
    try:
        for future in as_completed(futures):
            rows, messages = future.result()
            if joiner is not None:
                joiner.ready(index[future.key])
            errors += len(messages)
            for m in messages:
                report(f"navigator: {m}", file=sys.stderr)
            progress.advance(rows)
    finally:
        progress.close()
    return progress.done, errors


def _errors_in_part(path: Path, partition):
    with open(path, newline="", encoding="utf-8") as fh:
        for cells in csv.reader(fh):
            if len(cells) > 3 and cells[3]:
                yield f"partition {partition.index}, {cells[3]}"


class _Joiner:
    """The parts, in input order, as one output file (CSV: the single-machine path's bytes exactly), appended
    as soon as every part before them is done: the copy runs while the other partitions are evaluated, and
    only what finishes last is left to copy at the end. A Parquet output is the folder of parts itself."""

    def __init__(self, parts_dir: Path, partitions, out: Path, header, fmt):
        self.parts_dir, self.partitions, self.out, self.fmt = parts_dir, list(partitions), out, fmt
        self.done, self.next, self.fh = set(), 0, None
        if fmt == "parquet":
            return
        self.tmp = out.with_name(out.name + ".tmp")
        self.fh = open(self.tmp, "wb")
        head = io.StringIO(newline="")
        csv.writer(head).writerow(header)
        self.fh.write(head.getvalue().encode("utf-8"))
        self.fh.flush()

    def ready(self, index):
        self.done.add(index)
        while self.fh is not None and self.next < len(self.partitions) and \
                self.partitions[self.next].index in self.done:
            p = self.partitions[self.next]      # copied by the kernel (sendfile): never through Python
            with open(self.parts_dir / f"{p.name}.csv", "rb") as part:
                _copy(part, self.fh)
            self.next += 1

    def finish(self):
        if self.fh is None:
            return
        for p in self.partitions:
            self.ready(p.index)
        self.fh.close()
        os.replace(self.tmp, self.out)

    def abandon(self):
        if self.fh is not None:
            self.fh.close()
            self.tmp.unlink(missing_ok=True)


def _join(parts_dir: Path, partitions, out: Path, header, fmt):
    """The parts, in input order, as one output file (CSV: the single-machine path's bytes exactly)."""
    _Joiner(parts_dir, partitions, out, header, fmt).finish()


def _copy(src, dst):
    """All of `src` appended to `dst` (both regular files); sendfile where the system has it."""
    size = os.fstat(src.fileno()).st_size
    sent = 0
    if hasattr(os, "sendfile"):
        try:
            while sent < size:
                n = os.sendfile(dst.fileno(), src.fileno(), sent, size - sent)
                if n == 0:
                    break
                sent += n
        except OSError:
            pass
    if sent < size:
        src.seek(sent)
        dst.seek(0, os.SEEK_END)
        shutil.copyfileobj(src, dst, 16 << 20)


def output_format(out) -> str:
    return "parquet" if P.is_parquet(out) else "csv"


def run_batch(client, cases: Path, out: Path, pathways_dir: Path, backend, default_as_of, ids,
              rows_per_partition=P.ROWS_PER_PARTITION, timing=False):
    """The batch on the cluster; returns (cases, rows with errors). Parquet output is a folder of parts."""
    fmt = output_format(out)
    warm = _warm_all(client, pathways_dir, backend, timing)    # loading while the client cuts the file
    plan = P.plan(cases, rows_per_partition)
    if plan[0] is None and not plan[1] and not P.is_parquet(cases):
        raise ValueError("empty file (expected a header row of fact names)")
    fingerprint = _fingerprint("batch", _file_stamp(cases), str(pathways_dir), backend, default_as_of, ids,
                               rows_per_partition, fmt, *(("timing",) if timing else ()))
    parts_dir = _parts_in(out, fmt, fingerprint)
    joiner = _Joiner(parts_dir, plan[1], out, _batch_header(ids, timing), fmt)
    try:
        done, errors = _run(client, plan, batch_partition, (str(pathways_dir), backend, default_as_of, list(ids)),
                            parts_dir, fmt, timing, joiner=joiner)
    except BaseException:
        joiner.abandon()
        raise
    joiner.finish()
    del warm
    return done, errors


def _parts_in(out: Path, fmt, fingerprint):
    return _stamped(out, fingerprint) if fmt == "parquet" else _parts_dir(out, fingerprint)   # parquet: the dataset


def run_rescreen(client, cases: Path, out: Path, old_spec, new_spec, default_as_of,
                 rows_per_partition=P.ROWS_PER_PARTITION):
    """Rescreen on the cluster into `out` (CSV); returns (cases, rows with errors)."""
    plan = P.plan(cases, rows_per_partition)
    fingerprint = _fingerprint("rescreen", _file_stamp(cases), old_spec, new_spec, default_as_of, rows_per_partition)
    parts_dir = _parts_dir(out, fingerprint)
    done, errors = _run(client, plan, rescreen_partition, (old_spec, new_spec, default_as_of), parts_dir, "csv")
    _join(parts_dir, plan[1], out, RESCREEN_HEADER, "csv")
    return done, errors
