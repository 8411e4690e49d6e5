"""Batch evaluation of a case list (CSV) on every core, and rescreening a caseload when the rules change.

A case is one CSV row: an optional `case_id`, an optional `as_of`, and one column per fact (the same text
forms as the scenarios: `sí`/`no`, `VE, CO`, ISO dates, JSON for lists of objects, empty = unknown). A bad
row is reported with its row number and field; every other row is still evaluated.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import multiprocessing as mp
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .problems import InputError

CHUNK = 500
META = ("case_id", "as_of")


@dataclass
class Outcome:
    row: int
    case_id: str
    as_of: str
    statuses: dict          # pathway id -> status
    error: str = ""


_worker_nav = None


def _init_worker(pathways_dir, backend):
    global _worker_nav
    from .evaluate import Navigator
    _worker_nav = Navigator(Path(pathways_dir), backend=backend)


class BadRow(str):
    """A row that could not be read as CSV (the reason): reported by its number, the other rows still evaluated."""


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A cell a spreadsheet will show as text, never run as a formula (OWASP CSV injection: a cell starting
    with = + - @ tab or carriage return gets a leading apostrophe)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def result_row(o, pathway_ids):
    """One results-CSV row for an Outcome, every cell safe to open in a spreadsheet."""
    eligible = " ".join(p for p in pathway_ids if o.statuses.get(p) == "eligible")
    return [safe_cell(c) for c in [o.row, o.case_id, o.as_of, o.error, eligible]
            + [o.statuses.get(p, "") for p in pathway_ids]]


RESULT_HEADER = ["row", "case_id", "as_of", "error", "eligible"]


def _evaluate_row(nav, row_number, row, default_as_of, detail=False):
    if isinstance(row, BadRow):
        return Outcome(row_number, str(row_number), "", {}, f"row {row_number}: {row}")
    case_id = (row.get("case_id") or "").strip() or str(row_number)
    facts = {k.strip(): v for k, v in row.items() if k and k.strip() not in META and v is not None}
    try:
        as_of = dt.date.fromisoformat(row["as_of"].strip()) if (row.get("as_of") or "").strip() else default_as_of
    except ValueError:
        return Outcome(row_number, case_id, row.get("as_of") or "", {}, f"row {row_number}: as_of: expected YYYY-MM-DD")
    try:
        ev = nav.evaluate(facts, as_of, from_text=True, detail=detail)
    except InputError as err:
        return Outcome(row_number, case_id, as_of.isoformat(), {},
                       "; ".join(f"row {row_number}: {e}" for e in err.errors))
    except Exception as err:  # noqa: BLE001  (one bad case never stops the batch)
        return Outcome(row_number, case_id, as_of.isoformat(), {}, f"row {row_number}: {err}")
    statuses = {r.pathway.id: (r if detail else r.status) for r in ev.results}
    return Outcome(row_number, case_id, as_of.isoformat(), statuses)


def _work(chunk):
    rows, default_as_of = chunk
    return [_evaluate_row(_worker_nav, n, row, default_as_of) for n, row in rows]


def read_cases(source):
    """Yield (row number, dict or BadRow) from a CSV file path or an in-memory text stream (io.StringIO: a
    clinic's upload never touches the disk). Row numbers count the header as row 1, as a spreadsheet does.

    A row that cannot be read (a byte that is not UTF-8, a cell over the CSV limit, a stray or unclosed quote)
    comes back as a BadRow naming the problem; the rows after it are still read. A file without a header, or
    with one column named twice, is refused as a whole (ValueError naming the column)."""
    if isinstance(source, (str, Path)):
        with open(source, newline="", encoding="utf-8-sig", errors="surrogateescape") as fh:
            yield from _read_rows(fh)
    else:
        yield from _read_rows(source)


def text_stream(data: bytes) -> io.StringIO:
    """An uploaded case list as text in memory (a BOM dropped; bytes that are not UTF-8 kept for read_cases
    to report by row)."""
    return io.StringIO(data.decode("utf-8-sig", errors="surrogateescape"), newline="")


def _not_text(cells):
    for cell in cells:
        bad = next((ch for ch in cell or "" if "\udc80" <= ch <= "\udcff"), None)
        if bad is not None:
            return f"byte 0x{ord(bad) - 0xdc00:02x} is not UTF-8 text (save the file as \"CSV UTF-8\")"
    return None


def _read_rows(fh):
    reader = csv.reader(fh, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as err:
        raise ValueError(f"row 1: the header row cannot be read ({err})") from None
    if not header or not any(h.strip() for h in header):
        raise ValueError("empty file (expected a header row of fact names)")
    if _not_text(header):
        raise ValueError(f"row 1: {_not_text(header)}")
    names = [h.strip() for h in header]
    seen = {}
    for i, name in enumerate(names, start=1):
        if name and name in seen:
            raise ValueError(f"row 1: column {name!r} appears twice (columns {seen[name]} and {i}); "
                             "give each fact one column")
        seen.setdefault(name, i)
    n = 1
    while True:
        n += 1
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            text = str(err)
            if "unexpected end of data" in text:
                yield n, BadRow(f"a quote opened on line {line} is never closed (the rest of the file was read "
                                "as one cell)")
            elif "field limit" in text:
                yield n, BadRow(f"a cell is longer than {csv.field_size_limit():,} characters")
            else:
                yield n, BadRow(f"this row is not valid CSV ({text})")
            continue
        if not cells:
            n -= 1          # a blank line is not a case
            continue
        problem = _not_text(cells)
        if problem:
            yield n, BadRow(problem)
            continue
        row = dict(zip(names, cells))
        if len(cells) > len(names):
            row[None] = cells[len(names):]
        yield n, row


def _chunks(rows, default_as_of):
    chunk = []
    for item in rows:
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk, default_as_of
            chunk = []
    if chunk:
        yield chunk, default_as_of


class Progress:
    """A one-line progress bar on the terminal (silent when stderr is not a terminal)."""

    def __init__(self, total=None, stream=None):
        stream = stream or sys.stderr
        self.total, self.stream, self.done, self.start = total, stream, 0, time.time()
        self.tty = stream.isatty()

    def advance(self, n):
        self.done += n
        if not self.tty:
            return
        rate = self.done / max(time.time() - self.start, 1e-6)
        if self.total:
            width = 30
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done:,}/{self.total:,} cases  {rate:,.0f}/s")
        else:
            self.stream.write(f"\r{self.done:,} cases  {rate:,.0f}/s")
        self.stream.flush()

    def close(self):
        if self.tty:
            self.stream.write("\n")


def run_batch(cases: Path, pathways_dir: Path, as_of: dt.date, jobs: int = 0, backend="auto"):
    """Evaluate every case; yields Outcomes in input order. jobs=0 uses every core."""
    jobs = jobs or mp.cpu_count()
    rows = read_cases(cases)
    if jobs == 1:
        _init_worker(pathways_dir, backend)
        for chunk in _chunks(rows, as_of):
            yield from _work(chunk)
        return
    ctx = mp.get_context("fork") if sys.platform != "win32" else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(str(pathways_dir), backend)) as pool:
        for outcomes in pool.imap(_work, _chunks(rows, as_of)):
            yield from outcomes


def write_results(outcomes, out: Path, pathway_ids, progress=None):
    errors = 0
    with open(out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(RESULT_HEADER + list(pathway_ids))
        for o in outcomes:
            if o.error:
                errors += 1
                print(f"navigator batch: {o.error}", file=sys.stderr)
            writer.writerow(result_row(o, pathway_ids))
            if progress:
                progress.advance(1)
    return errors


def count_rows(path: Path) -> int:
    with open(path, "rb") as fh:
        return max(sum(1 for _ in fh) - 1, 0)


def rescreen(cases: Path, old, new, default_as_of: dt.date):
    """Cases whose outcome changes between two rule sets or two dates, and why (the conditions that moved).

    `old` and `new` are each (Navigator, as_of date or None)."""
    return rescreen_rows(read_cases(cases), old, new, default_as_of)


def rescreen_rows(rows, old, new, default_as_of: dt.date):
    """`rescreen` over (row number, row) pairs: one partition of a file on a cluster, or the whole file."""
    (old_nav, old_date), (new_nav, new_date) = old, new
    changes = []
    for n, row in rows:
        bad = isinstance(row, BadRow)
        a = _evaluate_row(old_nav, n, dict(row, as_of=old_date.isoformat()) if old_date and not bad else row,
                          default_as_of, True)
        b = _evaluate_row(new_nav, n, dict(row, as_of=new_date.isoformat()) if new_date and not bad else row,
                          default_as_of, True)
        if a.error or b.error:
            changes.append((safe_cell(b.case_id), n, "", "", "", a.error or b.error))
            continue
        for pid in sorted(set(a.statuses) | set(b.statuses)):
            ra, rb = a.statuses.get(pid), b.statuses.get(pid)
            sa, sb = (ra.status if ra else "absent"), (rb.status if rb else "absent")
            if sa == sb:
                continue
            why = []
            if ra and rb and ra.version is not rb.version and (ra.version and rb.version and ra.version.label != rb.version.label):
                why.append(f"version {ra.version.label} -> {rb.version.label}"
                           + (f" ({rb.version.changes})" if rb.version.changes else ""))
            if ra and rb:
                before = {r.node.id: r.status for r in ra.tree.walk()}
                for r in rb.tree.walk():
                    if r.node.id in before and before[r.node.id] != r.status and not r.children:
                        why.append(f"{r.node.id}: {before[r.node.id]} -> {r.status}")
            if rb and rb.closed_on:
                why.append(f"closed on {rb.closed_on}")
            changes.append((safe_cell(b.case_id), n, pid, sa, sb, "; ".join(why) or "pathway added or removed"))
    return changes
