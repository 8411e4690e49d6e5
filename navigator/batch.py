"""Batch evaluation of a case list (CSV or .xlsx) on every core, and rescreening a caseload when the rules change.

A case is one row: an optional `case_id`, an optional `as_of`, and one column per fact (the same text
forms as the scenarios: `sí`/`no`, `VE, CO`, ISO dates, JSON for lists of objects, empty = unknown). A bad
row is reported with its row number and field; every other row is still evaluated.

What clinics have is read as it is: comma, semicolon or tab separated (csv.Sniffer on the header row), UTF-8
with or without a BOM, UTF-16 (Excel's "Unicode text"), Excel's Latin-1 / cp1252 (detected, not asked), or an
Excel workbook (.xlsx, its first sheet, through openpyxl in read-only mode from memory: nothing on disk).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import multiprocessing as mp
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .problems import FieldError, InputError

CHUNK = 500
META = ("case_id", "as_of")


@dataclass
class Outcome:
    row: int
    case_id: str
    as_of: str
    statuses: dict          # pathway id -> status
    error: str = ""
    results: list = field(default_factory=list)     # the host's PathwayResults (kept only when asked: keep=True)
    errors: list = field(default_factory=list)      # the FieldErrors behind `error`, for a reader in another language
    missing: str = ""       # per undetermined pathway of the host: "pathway: fact fact; ..." (detail only)
    failed: str = ""        # per not-eligible pathway of the host: "pathway: condition condition; ..." (detail only)
    eligible_from: str = ""     # per pathway of the host that opens later: "pathway: YYYY-MM-DD; ..." (detail only)
    eligible_until: str = ""    # per eligible pathway of the host that closes: "pathway: YYYY-MM-DD; ..." (detail only)
    next_change: str = ""       # "pathway: YYYY-MM-DD status (condition condition); ..." (detail only)


_worker_nav = None


def _init_worker(pathways_dir, backend):
    global _worker_nav
    from .evaluate import Navigator
    _worker_nav = Navigator(Path(pathways_dir), backend=backend)


def _(message):  # marks interface strings for extraction; translated where a reader's language is known
    return message


class BadRow(str):
    """A row that could not be read as CSV (the reason): reported by its number, the other rows still evaluated.
    `msgid` and `params` let a reader in another language say the same (the clinic's download)."""

    def __new__(cls, msgid, **params):
        row = super().__new__(cls, msgid % params if params else msgid)
        row.msgid, row.params = msgid, params
        return row


class CaseListError(ValueError):
    """A case list refused as a whole (no header, a column twice, not a workbook); `msgid` and `params` for
    a reader in another language, str() in English for the command line."""

    def __init__(self, msgid, **params):
        super().__init__(msgid % params if params else msgid)
        self.msgid, self.params = msgid, params


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A cell a spreadsheet will show as text, never run as a formula (OWASP CSV injection: a cell starting
    with = + - @ tab or carriage return gets a leading apostrophe)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def result_row(o, pathway_ids, timing=False):
    """One results-CSV row for an Outcome, every cell safe to open in a spreadsheet (with `timing`, the three
    timing cells at the end)."""
    words = {p: getattr(s, "status", s) for p, s in o.statuses.items()}
    eligible = " ".join(p for p in pathway_ids if words.get(p) == "eligible")
    return [safe_cell(c) for c in [o.row, o.case_id, o.as_of, o.error, eligible]
            + [words.get(p, "") for p in pathway_ids] + [o.missing, o.failed]
            + ([o.eligible_from, o.eligible_until, o.next_change] if timing else [])]


RESULT_HEADER = ["row", "case_id", "as_of", "error", "eligible"]
DETAIL_HEADER = ["missing", "failed"]      # after the pathway columns (docs/scale.md, "Output")
TIMING_HEADER = ["eligible_from", "eligible_until", "next_change"]    # after those, with `batch --timing`


def detail_cells(results, host) -> tuple[str, str]:
    """The `missing` and `failed` cells of a case: for each pathway of its host (of every country while the
    host is unknown), in evaluation order, the facts that would decide an undetermined answer and the ids of
    the conditions that make a "no"."""
    missing, failed = [], []
    for r in results:
        if host is not None and r.pathway.country != host:
            continue
        if r.status == "undetermined" and r.missing:
            missing.append(f"{r.pathway.id}: {' '.join(r.missing)}")
        elif r.status == "not_eligible" and r.failed:
            failed.append(f"{r.pathway.id}: {' '.join(f.node.id for f in r.failed)}")
    return "; ".join(missing), "; ".join(failed)


def timing_cells(timings: dict) -> tuple[str, str, str]:
    """The `eligible_from`, `eligible_until` and `next_change` cells of a case from {pathway id: Timing} of its
    host's pathways in evaluation order (navigator/timing.py; the names and values of the JSON answer)."""
    start, until, change = [], [], []
    for pid, t in timings.items():
        if t.eligible_from:
            start.append(f"{pid}: {t.eligible_from.isoformat()}")
        if t.eligible_until:
            until.append(f"{pid}: {t.eligible_until.isoformat()}")
        if t.next_change:
            day, status, because = t.next_change
            change.append(f"{pid}: {day.isoformat()} {status}" + (f" ({' '.join(because)})" if because else ""))
    return "; ".join(start), "; ".join(until), "; ".join(change)


def evaluate_row(nav, row_number, row, default_as_of, detail=False, keep=False, timing=False):
    """One case row's Outcome: the status of every pathway, or the row's error (named by row and field).
    `keep` also keeps the results of the case's host (or of every country while the host is unknown);
    `timing` (with `detail`) also fills the timing cells (navigator/timing.py)."""
    if isinstance(row, BadRow):
        return Outcome(row_number, str(row_number), "", {}, f"row {row_number}: {row}", errors=[row])
    case_id = (row.get("case_id") or "").strip() or str(row_number)
    facts = {k.strip(): v for k, v in row.items() if k and k.strip() not in META and v is not None}
    try:
        as_of = dt.date.fromisoformat(row["as_of"].strip()) if (row.get("as_of") or "").strip() else default_as_of
    except ValueError:
        return Outcome(row_number, case_id, row.get("as_of") or "", {}, f"row {row_number}: as_of: expected YYYY-MM-DD",
                       errors=[FieldError("as_of", "expected YYYY-MM-DD")])
    try:
        ev = nav.evaluate(facts, as_of, from_text=True, detail=detail, timing=False)
    except InputError as err:
        return Outcome(row_number, case_id, as_of.isoformat(), {},
                       "; ".join(f"row {row_number}: {e}" for e in err.errors), errors=list(err.errors))
    except Exception as err:  # noqa: BLE001  (one bad case never stops the batch)
        return Outcome(row_number, case_id, as_of.isoformat(), {}, f"row {row_number}: {err}")
    statuses = {r.pathway.id: (r if detail else r.status) for r in ev.results}
    host = ev.person.values.get("host_country")
    kept = [r for r in ev.results if host is None or r.pathway.country == host] if keep else []
    missing, failed = detail_cells(ev.results, host) if detail else ("", "")
    timed = ("", "", "")
    if detail and timing:
        from .timing import timings
        timed = timing_cells(timings(nav, ev.person, ev.results))
    return Outcome(row_number, case_id, as_of.isoformat(), statuses, results=kept, missing=missing, failed=failed,
                   eligible_from=timed[0], eligible_until=timed[1], next_change=timed[2])



def _work(chunk):
    rows, default_as_of, detail, timing = chunk
    return [evaluate_row(_worker_nav, n, row, default_as_of, detail, timing=timing) for n, row in rows]


def read_cases(source):
    """Yield (row number, dict or BadRow) from a CSV file path or an in-memory text stream (io.StringIO: a
    clinic's upload never touches the disk). Row numbers count the header as row 1, as a spreadsheet does.
    Comma, semicolon or tab: the header row says which (csv.Sniffer).

    A row that cannot be read (a byte that is not UTF-8, a cell over the CSV limit, a stray or unclosed quote)
    comes back as a BadRow naming the problem; the rows after it are still read. A file without a header, or
    with one column named twice, is refused as a whole (ValueError naming the column)."""
    if isinstance(source, (str, Path)):
        with open(source, newline="", encoding="utf-8-sig", errors="surrogateescape") as fh:
            yield from _read_rows(fh)
    else:
        yield from _read_rows(source)


# A byte sequence only UTF-8 writes: a lead byte and its continuation bytes (a Latin-1 file has none of them,
# except by a rare accident such as "Ã©", which no Spanish, Portuguese, French or Creole word contains)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes) -> tuple[str, str]:
    """An uploaded case list as text, and the encoding read, detected rather than asked: a BOM (UTF-8 or
    UTF-16, Excel's "CSV UTF-8" and "Unicode text"), else UTF-8 when it decodes or shows UTF-8 sequences (a
    stray non-UTF-8 byte is then kept for read_cases to report by row), else Excel's Windows-1252 (a superset
    of Latin-1 for the letters clinics type: é, ñ, ç, ã), and Latin-1 for the five bytes cp1252 leaves out."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="surrogateescape"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):
        return data.decode("utf-8", errors="surrogateescape"), "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def text_stream(data: bytes) -> io.StringIO:
    """An uploaded case list as text in memory, its encoding detected (see `decode`)."""
    return io.StringIO(decode(data)[0], newline="")


XLSX_MAX_ROWS = 50_000      # a 2 MiB workbook can unzip to millions of cells: a clinic's list is far smaller
XLSX_MAX_COLUMNS = 300


def is_xlsx(data: bytes) -> bool:
    """An Excel 2007+ workbook (a zip archive); the old binary .xls is refused by `read_xlsx` by name."""
    return data[:4] == b"PK\x03\x04"


def _cell_text(value) -> str:
    """A workbook cell as the text a CSV cell would hold: dates ISO, whole numbers without '.0', yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(data: bytes):
    """Yield (row number, dict) from the first sheet of an .xlsx workbook held in memory (openpyxl in read-only
    mode: the file is never written to disk; formulas give their last computed value, never run). Row numbers
    are the sheet's own, so a clinic finds a refused row where Excel shows it."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise CaseListError(_("this is an old Excel .xls file: save it as .xlsx or as CSV"))
    try:
        import openpyxl
    except ImportError:     # pragma: no cover  (a dependency; said plainly if an install lacks it)
        raise CaseListError(_("reading .xlsx needs the openpyxl package: save the file as CSV")) from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001  (a damaged or hostile zip: one sentence, never a traceback)
        raise CaseListError(_("this .xlsx file cannot be read (%(why)s)"), why=type(err).__name__) from None
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = None
        for number, cells in enumerate(rows, start=1):
            cells = [_cell_text(c) for c in cells[:XLSX_MAX_COLUMNS]]
            if header is None:
                while cells and not cells[-1].strip():
                    cells.pop()
                header = _header(cells)
                continue
            if number > XLSX_MAX_ROWS + 1:
                raise CaseListError(_("row %(row)s: more than %(n)s cases; split the workbook"), row=number,
                                    n=f"{XLSX_MAX_ROWS:,}")
            if not any(c.strip() for c in cells):
                continue            # an empty row is not a case
            row = dict(zip(header, cells))
            extra = [c for c in cells[len(header):] if c.strip()]
            if extra:
                row[None] = extra
            yield number, row
        if header is None:
            _header([])
    finally:
        book.close()


def _header(cells) -> list:
    """The column names, refusing an empty header and a name given twice."""
    if not cells or not any(h.strip() for h in cells):
        raise CaseListError(_("empty file (expected a header row of fact names)"))
    if _not_text(cells):
        raise CaseListError(_("row 1: byte 0x%(byte)s is not UTF-8 text (save the file as \"CSV UTF-8\")"),
                            byte=_not_text(cells))
    names = [h.strip() for h in cells]
    seen = {}
    for i, name in enumerate(names, start=1):
        if name and name in seen:
            raise CaseListError(_("row 1: column '%(name)s' appears twice (columns %(a)s and %(b)s); give each "
                                  "fact one column"), name=name, a=seen[name], b=i)
        seen.setdefault(name, i)
    return names


def _not_text(cells):
    """The first byte that is not UTF-8 (two hex digits), or None."""
    for cell in cells:
        bad = next((ch for ch in cell or "" if "\udc80" <= ch <= "\udcff"), None)
        if bad is not None:
            return f"{ord(bad) - 0xdc00:02x}"
    return None


def sniff_delimiter(fh) -> str:
    """Comma, semicolon (Excel's "CSV" where the decimal mark is a comma: es, pt, fr) or tab, read off the
    header row by csv.Sniffer; the header holds fact names only, so its separators are unambiguous."""
    start = fh.tell()
    first = fh.readline(64 * 1024)
    fh.seek(start)
    try:
        return csv.Sniffer().sniff(first, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in ",;\t"}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def _read_rows(fh):
    reader = csv.reader(fh, strict=True, delimiter=sniff_delimiter(fh))
    try:
        header = next(reader, None)
    except csv.Error as err:
        raise CaseListError(_("row 1: the header row cannot be read (%(why)s)"), why=str(err)) from None
    names = _header(header or [])
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
                yield n, BadRow(_("a quote opened on line %(line)s is never closed (the rest of the file was "
                                  "read as one cell)"), line=line)
            elif "field limit" in text:
                yield n, BadRow(_("a cell is longer than %(n)s characters"), n=f"{csv.field_size_limit():,}")
            else:
                yield n, BadRow(_("this row is not valid CSV (%(why)s)"), why=text)
            continue
        if not cells:
            n -= 1          # a blank line is not a case
            continue
        problem = _not_text(cells)
        if problem:
            yield n, BadRow(_("byte 0x%(byte)s is not UTF-8 text (save the file as \"CSV UTF-8\")"), byte=problem)
            continue
        row = dict(zip(names, cells))
        if len(cells) > len(names):
            row[None] = cells[len(names):]
        yield n, row


# ------------------------------------------------------------------ a clinic's own words in, its language out
def name_key(text: str) -> str:
    """Accents, case and spacing ignored: 'peru', 'Perú' and ' PERÚ ' are one country."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


NAME_LANGUAGES = ("es", "pt", "en", "fr", "ht", "ar")


@lru_cache(maxsize=16)
def _country_lookup(lang: str) -> dict:
    """Country name -> ISO code: the given language first, then the site's other languages (CLDR via Babel)."""
    from .reference import country_codes, country_name
    table = {}
    for language in (lang, *NAME_LANGUAGES):
        for code in sorted(country_codes()):
            table.setdefault(name_key(country_name(code, language)), code)
    return table


def country_code(text: str, lang: str) -> str | None:
    """The ISO code of a country written by name (in `lang` or another language of the site) or by code;
    None when it names no country (the checker then reports the field)."""
    from .reference import country_codes
    text = unicodedata.normalize("NFC", text or "").strip()
    if len(text) == 2 and text.isascii() and text.upper() in country_codes():
        return text.upper()
    return _country_lookup(lang).get(name_key(text)) if text else None


@lru_cache(maxsize=16)
def _date_order(lang: str) -> tuple:
    from babel.dates import get_date_format
    try:
        pattern = get_date_format("short", locale=lang).pattern
    except Exception:  # noqa: BLE001  (an unknown locale: day first, as in every language of the site but en)
        return ("d", "M", "y")
    return tuple(sorted("dMy", key=lambda ch: pattern.find(ch)))


def local_date(text: str, lang: str) -> str:
    """A date a spreadsheet wrote in the clinic's order (15/10/2024 in es, pt, fr, ht; 10/15/2024 in en), as
    ISO; anything else is returned as it is for the checker to judge."""
    m = re.fullmatch(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*", text or "")
    if not m:
        return text
    parts = dict(zip([ch for ch in _date_order(lang) if ch != "y"], (int(m.group(1)), int(m.group(2)))))
    try:
        return dt.date(int(m.group(3)), parts["M"], parts["d"]).isoformat()
    except (ValueError, KeyError):
        return text


def localise_row(row, vocab, lang: str):
    """A case row as a clinic writes it (countries by name, dates in its own order) in the navigator's text
    forms (codes, ISO dates); cells that do not read are left as they are, for the checker to name."""
    if isinstance(row, BadRow):
        return row
    out = {}
    for key, value in row.items():
        name = key.strip() if isinstance(key, str) else key
        fact = vocab.facts.get(name) if isinstance(name, str) else None
        if fact is not None and isinstance(value, str) and value.strip():
            if fact.type == "country":
                value = country_code(value, lang) or value
            elif fact.type == "countries" and value.strip()[:1] != "[":
                parts = [p.strip() for p in re.split(r"[,;]", value) if p.strip()]
                codes = [country_code(p, lang) for p in parts]
                if all(codes):
                    value = ", ".join(codes)
            elif fact.type == "date":
                value = local_date(value, lang)
        elif name == "as_of" and isinstance(value, str):
            value = local_date(value, lang)
        out[key] = value
    return out


def _timing(result) -> dict:
    """eligible_from / eligible_until of a result, where the evaluation computed them (issue 12's timing:
    a Timing object on the result, or a dict), else nothing."""
    timing = getattr(result, "timing", None)
    if hasattr(timing, "as_dict"):
        timing = timing.as_dict()
    return timing if isinstance(timing, dict) else {}


def _row_errors(o, vocab, tr) -> str:
    out = []
    for e in o.errors:
        if isinstance(e, BadRow):
            out.append(tr._(e.msgid, **e.params))
            continue
        fact = e.field.split("[")[0].split(".")[0]
        if fact == "as_of":
            out.append(tr._("the date of the assessment (as_of) must be a real date, for example 2024-10-15"))
        elif fact in vocab:
            question = tr.content(f"fact.{fact}:question", vocab[fact].question)
            out.append(tr._("%(question)s: this answer cannot be used; check how it is written and that it agrees "
                            "with the other answers", question=question))
        else:
            out.append(tr._("column '%(name)s' is not a question the navigator knows", name=fact))
    if not out and o.error:
        out.append(o.error)
    return tr._("Row %(row)s", row=o.row) + ": " + "; ".join(dict.fromkeys(out))


def clinic_table(outcomes, nav, tr) -> list:
    """The results of a case list as a clinic reads them, in its language: per case, what is open, what is
    undecided and the questions that would decide it, each refused row by its number, and one column per
    pathway of the hosts in the list (titled, status words), with its eligible-from / eligible-until dates
    where the evaluation computes them. Every cell is safe to open in a spreadsheet."""
    from .render import STATUS_LABEL
    vocab, pathways = nav.vocab, nav.rulebooks.pathways
    seen = {r.pathway.id for o in outcomes for r in o.results}
    ids = sorted(seen, key=lambda pid: (pathways[pid].country, pid))
    title = {pid: tr.content(f"{pid}:title", pathways[pid].title) for pid in ids}
    dated = {pid: set() for pid in ids}
    for o in outcomes:
        for r in o.results:
            t = _timing(r)
            dated[r.pathway.id] |= {k for k in ("eligible_from", "eligible_until") if t.get(k)}
    label = {"eligible_from": tr._("eligible from"), "eligible_until": tr._("eligible until")}
    header = [tr._("Row"), tr._("Case"), tr._("As of (date of the assessment)"), tr._("Refused: why"),
              tr._("Open to this person"), tr._("Undecided"), tr._("What would decide it")]
    columns = []
    for pid in ids:
        columns.append((pid, None))
        header.append(f"{title[pid]} ({pid})")
        for k in ("eligible_from", "eligible_until"):
            if k in dated[pid]:
                columns.append((pid, k))
                header.append(f"{title[pid]}: {label[k]}")
    table = [[safe_cell(c) for c in header]]
    for o in outcomes:
        by_id = {r.pathway.id: r for r in o.results}
        results = sorted(o.results, key=lambda r: (r.pathway.country, r.pathway.id))
        questions = []
        for r in results:
            if r.status == "undetermined":
                questions += [tr.content(f"fact.{f}:question", vocab[f].question) for f in r.missing if f in vocab]
        row = [o.row, o.case_id, o.as_of, _row_errors(o, vocab, tr) if o.error else "",
               "; ".join(title[r.pathway.id] for r in results if r.status == "eligible"),
               "; ".join(title[r.pathway.id] for r in results if r.status == "undetermined"),
               " | ".join(dict.fromkeys(questions))]
        for pid, k in columns:
            r = by_id.get(pid)
            row.append("" if r is None else tr._(STATUS_LABEL[r.status]) if k is None else _timing(r).get(k) or "")
        table.append([safe_cell(c) for c in row])
    return table


def _chunks(rows, default_as_of, detail=False, timing=False):
    chunk = []
    for item in rows:
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk, default_as_of, detail, timing
            chunk = []
    if chunk:
        yield chunk, default_as_of, detail, timing


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


def run_batch(cases: Path, pathways_dir: Path, as_of: dt.date, jobs: int = 0, backend="auto", detail=False,
              timing=False):
    """Evaluate every case row by row; yields Outcomes in input order. jobs=0 uses every core. `detail` also
    fills the missing / failed cells (the columnar path's output, navigator/columnar.py, row by row)."""
    jobs = jobs or mp.cpu_count()
    rows = read_cases(cases)
    if jobs == 1:
        _init_worker(pathways_dir, backend)
        for chunk in _chunks(rows, as_of, detail, timing):
            yield from _work(chunk)
        return
    ctx = mp.get_context("fork") if sys.platform != "win32" else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(str(pathways_dir), backend)) as pool:
        for outcomes in pool.imap(_work, _chunks(rows, as_of, detail, timing)):
            yield from outcomes


def write_results(outcomes, out: Path, pathway_ids, progress=None, timing=False):
    errors = 0
    with open(out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(RESULT_HEADER + list(pathway_ids) + DETAIL_HEADER + (TIMING_HEADER if timing else []))
        for o in outcomes:
            if o.error:
                errors += 1
                print(f"navigator batch: {o.error}", file=sys.stderr)
            writer.writerow(result_row(o, pathway_ids, timing))
            if progress:
                progress.advance(1)
    return errors


def count_rows(path: Path) -> int:
    with open(path, "rb") as fh:
        return max(sum(1 for _ in fh) - 1, 0)


RESCREEN_CHUNK = 50_000     # cases held at once by `rescreen`: a million at once took 24 GB and was killed


def rescreen(cases: Path, old, new, default_as_of: dt.date, columnar: bool = True, chunk: int = RESCREEN_CHUNK):
    """Cases whose outcome changes between two rule sets or two dates, and why (the conditions that moved),
    yielded in file order a chunk of cases at a time, so memory does not grow with the file.

    `old` and `new` are each (Navigator, as_of date or None)."""
    rows = iter(read_cases(cases))
    while part := list(itertools.islice(rows, chunk)):
        yield from rescreen_rows(part, old, new, default_as_of, columnar)


def rescreen_rows(rows, old, new, default_as_of: dt.date, columnar: bool = True):
    """`rescreen` over (row number, row) pairs: one partition of a file on a cluster, or the whole file.

    The statuses of every case under both rule sets come from the columnar path (navigator/columnar.py); only the
    cases whose statuses differ, or that are refused, go through the full evaluator, which says why."""
    (old_nav, old_date), (new_nav, new_date) = old, new
    if columnar:
        from .columnar import statuses_of
        rows = list(rows)
        before = statuses_of(old_nav, rows, old_date, default_as_of)
        after = statuses_of(new_nav, rows, new_date, default_as_of)
        rows = [r for r, a, b in zip(rows, before, after) if a is None or b is None or a != b]
    changes = []
    for n, row in rows:
        bad = isinstance(row, BadRow)
        a = evaluate_row(old_nav, n, dict(row, as_of=old_date.isoformat()) if old_date and not bad else row,
                          default_as_of, True)
        b = evaluate_row(new_nav, n, dict(row, as_of=new_date.isoformat()) if new_date and not bad else row,
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
