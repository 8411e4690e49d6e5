"""The batch path that does only what a batch needs: every case of a file (or of one cluster partition) at once,
column by column, with the answers `Navigator.evaluate` gives row by row.

How it stays the same as `evaluate` while doing a fraction of the work:
- Cells are read with pyarrow's CSV reader (the Python reader of `batch.read_cases` when the file is anything but
  plain: a stray quote, a short row, a byte that is not UTF-8) and every column is factorised: each DISTINCT cell
  text is read once by the very functions the row path uses (`facts.parse_text_value`, `facts.typed_value`), so
  `sí`, `VE, CO`, ISO dates and empty = unknown mean exactly what they mean there. A case has few distinct
  values per column (yes/no, a country, a few thousand dates), so this costs little.
- Derived facts, cross-checks, the version in force, parameter and bloc values and dates relative to the as-of
  date are computed once per distinct combination of their inputs (`derive.compute`, `logic._expected_value`).
- Every condition is then a small int8 column (0 not met, 1 met, 2 unknown), folded over each pathway's tree with
  the Kleene rules of `logic.combine`; the facts that would decide an undetermined answer travel as bit masks.
- Pathways run in the core's strata order; a pathway certainly (or possibly) granting a status feeds the status
  tests of the pathways after it, as the engine's `granted` facts and `explain`'s chain do.
- A row this path does not answer itself (a bad cell, a cross-check that fails, a bad `as_of`, a row the CSV
  reader refuses) goes through the row path (`batch.evaluate_row`), which names the row and the field: those
  rows are counted (`Columnar.fallback`).

Output per case, per pathway: the status (as today) and, for the pathways of the case's host (every pathway while
the host is unknown), the missing facts of an undetermined answer and the failed conditions of a "no"; with
`timing`, when each opens, closes or next changes (navigator/timing.py's values, found column-wise: `_timing`).
"""
from __future__ import annotations

import datetime as dt
import io
import re

import numpy as np

from . import derive
from . import values as V
from .derive import add_years
from .facts import EARLIEST, LATEST, MAX_FACTS, MAX_STRING, cross_checks, input_lists, nfc, parse_text_value, typed_value
from .logic import compare
from .problems import FieldError
from .timing import HORIZON_YEARS, candidate_plan, changed_conditions, derived_days, relative_days, shape

NOT, MET, UNK = 0, 1, 2
STATUS_WORD = ("not_eligible", "eligible", "undetermined")
META = ("case_id", "as_of")
_AS_OF_DEPENDENT = {"completed_years_since", "days_since", "nationalities_original_or_naturalised_since",
                    "holds_status_in"}


# ---------------------------------------------------------------- factorised columns
class Col:
    """A column as codes into a list of distinct values (None: unknown)."""
    __slots__ = ("codes", "vals", "_known")

    def __init__(self, codes, vals):
        self.codes, self.vals, self._known = codes, vals, None

    def known(self):
        if self._known is None:
            self._known = np.array([v is not None for v in self.vals], bool)[self.codes]
        return self._known


def factorise(items) -> Col:
    """A Col from a Python sequence of hashable values."""
    index, vals = {}, []
    codes = np.empty(len(items), np.int32)
    for i, v in enumerate(items):
        c = index.get(v)
        if c is None:
            c = index[v] = len(vals)
            vals.append(v)
        codes[i] = c
    return Col(codes, vals)


def group(*code_arrays):
    """(inverse codes, index of the first row of each group) of rows by the combination of their codes."""
    n = len(code_arrays[0]) if code_arrays else 0
    key = np.zeros(n, np.int64)
    span = 1
    for codes in code_arrays:
        size = int(codes.max()) + 1 if len(codes) else 1
        if size == 1:
            continue
        if span * size >= 1 << 62:          # compact before the key would overflow
            _, key = np.unique(key, return_inverse=True)
            key = key.reshape(-1).astype(np.int64)
            span = int(key.max()) + 1
        key = key * size + codes
        span *= size
    uniq, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return inverse.reshape(-1), first


def map_groups(fn, cols, n):
    """A Col with fn(values of `cols` in a group) per distinct combination of their codes."""
    if not cols:
        v = fn(())
        return Col(np.zeros(n, np.int32), [v])
    inverse, first = group(*[c.codes for c in cols])
    out = [fn(tuple(c.vals[c.codes[i]] for c in cols)) for i in first]
    return remap(inverse, out)


def remap(inverse, out) -> Col:
    """A Col from group codes and one value per group (equal values share a code where hashable)."""
    index, vals, table = {}, [], np.empty(len(out), np.int32)
    for g, v in enumerate(out):
        try:
            c = index.get(v)
            if c is None:
                c = index[v] = len(vals)
                vals.append(v)
        except TypeError:        # unhashable (a dict of held statuses): its own code
            c = len(vals)
            vals.append(v)
        table[g] = c
    return Col(table[inverse] if len(inverse) else np.zeros(0, np.int32), vals)


# ---------------------------------------------------------------- reading
_ISO_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def read_table(data: bytes, first_row: int = 2):
    """(names, {name: cells}, row numbers, {}) of a CSV held as bytes (a header line first) through pyarrow, or
    (None, (row number, row or BadRow) pairs from `batch.read_cases`) when the file is anything but plain."""
    from .batch import read_cases
    from .partitions import text_of
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    fast = _fast_table(data, first_row)
    if fast is not None:
        return fast
    return None, [(n + first_row - 2, row) for n, row in read_cases(text_of(data))]


def _quotes_plain(data: bytes) -> bool:
    """Every quote opens a cell (after a separator or a line break) or closes one (before them), or is doubled
    inside one: counted, not parsed (anything else goes to the Python reader, which names the row)."""
    body = data.replace(b'""', b"")
    quotes = body.count(b'"')
    opening = sum(body.count(sep + b'"') for sep in (b",", b";", b"\t", b"\n")) + body.startswith(b'"')
    closing = sum(body.count(b'"' + sep) for sep in (b",", b";", b"\t", b"\n", b"\r")) + body.endswith(b'"')
    return opening == closing and opening + closing == quotes


def _fast_table(data: bytes, first_row: int):
    """pyarrow's reader, only where it reads exactly what the Python reader would (else None)."""
    if b"\r" in data.replace(b"\r\n", b""):
        return None
    if b'"' in data and not _quotes_plain(data):
        return None              # a quote outside a well-formed quoted cell: the Python reader names it
    end = data.find(b"\n")
    head = data[: end if end >= 0 else len(data)]
    if b'"' in head:
        return None
    try:
        text = head.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        return None
    counts = {d: text.count(d) for d in ",;\t"}
    from .batch import sniff_delimiter
    delimiter = sniff_delimiter(io.StringIO(text + "\n"))
    names_raw = text.split(delimiter)
    if not names_raw or not any(h.strip() for h in names_raw) or sum(counts.values()) != len(names_raw) - 1:
        return None
    names = [h.strip() for h in names_raw]
    if len(set(names)) != len(names):
        return None
    import pyarrow as pa
    import pyarrow.csv as pcsv
    body = data[end + 1:] if end >= 0 else b""
    try:
        table = pcsv.read_csv(
            io.BytesIO(body),
            read_options=pcsv.ReadOptions(column_names=[f"c{i}" for i in range(len(names))], use_threads=False,
                                          block_size=1 << 26),
            parse_options=pcsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=pcsv.ConvertOptions(column_types={f"c{i}": pa.string() for i in range(len(names))},
                                                strings_can_be_null=False, quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, pa.ArrowException):
        return None
    cells = {name: table.column(i) for i, name in enumerate(names)}
    rows = np.arange(first_row, first_row + table.num_rows, dtype=np.int64)
    return names, cells, rows, {}


def _col_of(cells, n) -> Col:
    """A Col of raw cell texts (pyarrow ChunkedArray or a list with None for a short row)."""
    if isinstance(cells, list):
        return factorise(cells)
    arr = cells.combine_chunks() if hasattr(cells, "combine_chunks") else cells
    enc = arr.dictionary_encode()
    codes = enc.indices.to_numpy(zero_copy_only=False).astype(np.int32)
    return Col(codes, enc.dictionary.to_pylist())


# ---------------------------------------------------------------- the evaluator
class Columnar:
    """A compiled rulebook set's answers for a whole table of cases at once (one per worker, reused)."""

    def __init__(self, nav, timing=False):
        self.nav, self.timing = nav, timing
        self.vocab, self.blocs, self.rulebooks = nav.vocab, nav.blocs, nav.rulebooks
        self.ordered = self.rulebooks.ordered()
        self.ids = [p.id for p in self.ordered]
        self.inputs = self.vocab.accepted()
        self.bit = {f: i for i, f in enumerate(self.vocab.facts)}
        self.fact_names = list(self.vocab.facts)
        self.words = (len(self.bit) + 63) // 64
        self.by_host = {}
        for i, p in enumerate(self.ordered):
            self.by_host.setdefault(p.country, []).append(i)
        self.fallback = 0
        self._plans = {}
        self.granting = {j for j, p in enumerate(self.ordered) if any(v.grants for v in p.versions)}

    # ------------------------------------------------------------ one table
    def run(self, data: bytes, default_as_of: dt.date, first_row: int = 2):
        """Result lines (without the header) for a CSV held as bytes, and the row-path Outcomes of its bad rows."""
        table = read_table(data, first_row)
        if table[0] is None:
            return self.run_rows(table[1], default_as_of)
        return self.run_columns(*table, default_as_of)

    def run_rows(self, pairs, default_as_of):
        """The same from (row number, row dict or BadRow) pairs (a Parquet partition, an in-memory list)."""
        from .batch import BadRow
        pairs = list(pairs)
        names = []
        for _, row in pairs:
            if not isinstance(row, BadRow):
                for k in row:
                    if isinstance(k, str) and k not in names:
                        names.append(k)
        clash = len({k.strip() for k in names}) != len(names)    # ' age' and 'age': the row path names them
        cells = {name.strip(): [None if isinstance(r, BadRow) else r.get(name) for _, r in pairs] for name in names}
        names = list(cells)
        bad = {i: r for i, (_, r) in enumerate(pairs) if isinstance(r, BadRow) or clash}
        rows = np.array([n for n, _ in pairs], np.int64)
        return self.run_columns(names, cells, rows, bad, default_as_of, raw=[r for _, r in pairs])

    def run_columns(self, names, cells, rows, bad, default_as_of, raw=None):
        """(lines, outcomes of the rows answered by the row path): one CSV line per case, in input order."""
        n = len(rows)
        if n == 0:
            return [], []
        fall = np.zeros(n, bool)
        for i in bad:
            fall[i] = True
        case_col = _col_of(cells["case_id"], n) if "case_id" in cells else None
        asof_raw = _col_of(cells["as_of"], n) if "as_of" in cells else Col(np.zeros(n, np.int32), [None])
        as_of = self._as_of(asof_raw, default_as_of)
        fall |= np.array([v is None for v in as_of.vals], bool)[as_of.codes]
        given = {}
        fact_cols = [nm for nm in names if nm and nm not in META]
        counts = {}
        for nm in fact_cols:
            counts[nfc(nm)] = counts.get(nfc(nm), 0) + 1
        cols = {nm: _col_of(cells[nm], n) for nm in fact_cols}
        present = {nm: np.array([v is not None for v in col.vals], bool)[col.codes] for nm, col in cols.items()}
        if len(fact_cols) > MAX_FACTS:          # the row path names the rows with too many facts
            fall |= np.sum([present[nm] for nm in fact_cols], axis=0) > MAX_FACTS
        for nm in fact_cols:
            fid, col = nfc(nm), cols[nm]
            if fid not in self.inputs or counts[fid] > 1:
                fall |= present[nm]             # an unknown or twice-given fact: the row path names it
                continue
            typed, errs = self._typed(self.inputs[fid], col.vals)
            if any(errs):
                fall |= np.array(errs, bool)[col.codes]
            given[fid] = Col(col.codes, typed)
        if not fall.all():
            self._cross(given, as_of, n, fall)
        lines = self._answer(names, cells, rows, fall, case_col, asof_raw, as_of, given, default_as_of, n, raw)
        return lines

    def _as_of(self, raw: Col, default):
        out = []
        for v in raw.vals:
            text = (v or "").strip()
            if not text:
                out.append(default)
                continue
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                out.append(None)
                continue
            out.append(day if EARLIEST <= day <= LATEST else None)
        return Col(raw.codes, out)

    def _typed(self, fact, texts):
        vals, errs = [], []
        iso = _ISO_TEXT.fullmatch if fact.type == "date" else None
        for text in texts:
            if iso is not None and text is not None and iso(text):    # what parse_date reads, without the detour
                try:
                    day = dt.date.fromisoformat(text)
                except ValueError:
                    day = None
                if day is not None and EARLIEST <= day <= LATEST:
                    vals.append(day)
                    errs.append(False)
                    continue
            if text is None:
                vals.append(None)
                errs.append(False)
                continue
            try:
                if len(text) > MAX_STRING:
                    raise FieldError(fact.id, "too long")
                value = parse_text_value(fact, text)
                vals.append(None if value is None else typed_value(fact, value, fact.id, self.rulebooks.statuses))
                errs.append(False)
            except (FieldError, TypeError, ValueError, OverflowError, RecursionError):
                vals.append(None)
                errs.append(True)
        return vals, errs

    def _cross(self, given, as_of, n, fall):
        """The cross-checks of `facts.normalise`, once per distinct combination of the facts they read."""
        groups = [("naturalisations", "nationalities"), ("birth_date", "as_of")]
        for fact in self.vocab.facts.values():
            if fact.derived and (fact.input_allowed or fact.restates):
                dated = ("as_of",) if fact.compute in _AS_OF_DEPENDENT else ()
                groups.append((fact.id, *fact.sources, *dated))
        some_day = next((d for d in as_of.vals if d is not None), EARLIEST)
        restating = input_lists(self.vocab)[1]
        for names in groups:
            present = [x for x in names if x in given]
            if not present or (names[0] != "birth_date" and names[0] not in given):
                continue
            if names[0] not in ("birth_date", "naturalisations") and len(present) + ("as_of" in names) < len(names):
                continue            # a source never given: the derived fact is never checked against it
            dated = "as_of" in names
            cols = [given[x] for x in present] + ([as_of] if dated else [])
            if names[0] == "naturalisations":       # only the naturalised countries are checked
                nat = given["naturalisations"]
                cols[0] = remap(nat.codes, [None if v is None else tuple((c, some_day) for c, _ in v)
                                            for v in nat.vals])
            rows = np.ones(n, bool)
            for c in cols[:len(present)]:
                rows &= c.known()
            rows = np.nonzero(rows)[0]
            if not len(rows):
                continue
            cols = [Col(c.codes[rows], c.vals) for c in cols]

            def check(values, present=present, dated=dated):
                facts, day = (values[:-1], values[-1]) if dated else (values, some_day)
                if day is None:
                    return False
                vals = {k: v for k, v in zip(present, facts) if v is not None}
                return bool(cross_checks(vals, restating, day))
            bad = map_groups(check, cols, len(rows))
            fall[rows] |= np.array(bad.vals, bool)[bad.codes]

    # ------------------------------------------------------------ facts of every row
    def _person(self, given, as_of, n):
        """Every fact as a Col (given, else derived as `facts.derive_all` derives it), and the upper bounds of
        unknown derived lists."""
        values, possible = dict(given), {}
        for fact in self.vocab.facts.values():
            if not fact.derived:
                continue
            srcs = [s for s in fact.sources]
            cols = [values.get(s) or Col(np.zeros(n, np.int32), [None]) for s in srcs]
            dep = fact.compute in _AS_OF_DEPENDENT
            if dep:
                cols.append(as_of)

            def fn(vals, fact=fact, srcs=srcs, dep=dep):
                day = vals[-1] if dep else None
                person = {s: v for s, v in zip(srcs, vals) if v is not None}
                return derive.compute(fact, person, day)
            out = _derive_fast(fact, cols, n)
            if out is None:
                out = map_groups(fn, cols, n)
            known_given = values[fact.id].known() if fact.id in values else None
            vals = [None if (r is derive.UNKNOWN or isinstance(r, derive.Possible)) else r for r in out.vals]
            poss = [r.values if isinstance(r, derive.Possible) else None for r in out.vals]
            derived = Col(out.codes, vals)
            if known_given is not None:      # given: kept (derived only where it was not given)
                g = values[fact.id]
                codes = np.where(known_given, g.codes, out.codes + len(g.vals)).astype(np.int32)
                derived = Col(codes, g.vals + vals)
                poss = [None] * len(g.vals) + poss
                pcol = Col(codes, poss)
            else:
                pcol = Col(out.codes, poss)
            values[fact.id] = derived
            if any(p is not None for p in poss):
                possible[fact.id] = pcol
        return values, possible

    # ------------------------------------------------------------ leaves
    def _leaf(self, node, pathway, ctx_day, values, possible, n, cache):
        """The status column (int8) of one fact test on every row (rows of other versions: anything)."""
        fact, op = node.fact, node.op
        col = values.get(fact) or Col(np.zeros(n, np.int32), [None])
        day_ord = self._day_ords(ctx_day)
        if V.is_relative(node.value):     # a date relative to each row's as-of date: compared as day numbers
            key = ("relative", fact, op, repr(node.value), tuple(day_ord))
            found = cache.get(key)
            if found is None:
                rel = np.array([V.relative_date(node.value, d).toordinal() if d is not None else 0
                                for d in ctx_day.vals], np.int64)[ctx_day.codes]
                ordv, known = self._ordinals(col)
                result = _NUMPY_OPS[op](ordv, rel)
                found = cache[key] = np.where(known & (day_ord[ctx_day.codes] >= 0), result.astype(np.int8),
                                              UNK).astype(np.int8)
            return found
        uses = self.nav.program.uses.get(id(node)) or ()
        seg = np.full(len(day_ord), -1, np.int32)
        for k, u in enumerate(uses):        # the compiled segment (version, parameter values) of each day
            m = (day_ord >= u.start.toordinal()) & (day_ord >= 0)
            if u.end is not None:
                m &= day_ord <= u.end.toordinal()
            seg[m] = k
        key = ("leaf", id(node), tuple(seg))
        found = cache.get(key)
        if found is not None:
            return found
        row_seg = seg[ctx_day.codes]
        status = np.full(n, UNK, np.int8)
        pcol = possible.get(fact) if op == "any_in" else None
        for k in np.unique(seg):
            if k < 0:
                continue
            u = uses[k]
            tab = self._table(fact, op, u, col.vals)
            m = row_seg == k
            status[m] = tab[col.codes[m]]
            if pcol is not None:
                unknown = m & ~col.known()
                ptab = np.array([UNK if b is None or (b & u.expected) else NOT for b in pcol.vals], np.int8)
                status[unknown] = ptab[pcol.codes[unknown]]
        cache[key] = status
        return status

    def _ordinals(self, col):
        found = self._tables.get(("ordinals", id(col.vals)))
        if found is None or found[0] is not col.vals:
            found = self._tables[("ordinals", id(col.vals))] = (col.vals, np.array(
                [v.toordinal() if isinstance(v, dt.date) else v if isinstance(v, int) else 0 for v in col.vals],
                np.int64))
        return found[1][col.codes], col.known()

    def _day_ords(self, ctx_day):
        found = self._tables.get(("days", id(ctx_day)))
        if found is None or found[0] is not ctx_day:
            found = self._tables[("days", id(ctx_day))] = (ctx_day, np.array(
                [d.toordinal() if d is not None else -1 for d in ctx_day.vals], np.int64))
        return found[1]

    def _table(self, fact, op, use, vals):
        """A test's answer for each distinct value of its fact (kept per compiled leaf)."""
        key = (use.leaf, id(vals))
        found = self._tables.get(key)
        if found is None or found[0] is not vals:
            expected = use.expected
            found = self._tables[key] = (vals, np.array(
                [UNK if v is None else MET if compare(op, v, expected) else NOT for v in vals], np.int8))
        return found[1]

    def _missing_bits(self, fact, given_known, n, cache):
        """Bit masks (n, words) of the facts an unknown test of `fact` would need (logic._missing_for)."""
        found = cache.get(fact)
        if found is not None:
            return found
        vocab = self.vocab
        bits = np.zeros((n, self.words), np.uint64)
        f = vocab[fact]

        def put(mask, fid):
            b = self.bit[fid]
            bits[mask, b // 64] |= np.uint64(1 << (b % 64))
        if not f.derived or f.input_allowed:
            put(np.ones(n, bool), fact)
        else:
            sources = sorted(vocab.input_sources(fact))
            none_missing = np.ones(n, bool)
            for s in sources:
                absent = ~given_known(s)
                put(absent, s)
                none_missing &= ~absent
            put(none_missing, fact)
        cache[fact] = bits
        return bits

    # ------------------------------------------------------------ the answers
    def _answer(self, names, cells, rows, fall, case_col, asof_raw, as_of, given, default_as_of, n, raw):
        from .batch import evaluate_row
        ok = ~fall
        idx = np.nonzero(ok)[0]
        lines = [None] * n
        outcomes = []
        if len(idx) < n:
            for i in np.nonzero(fall)[0]:
                row = raw[i] if raw is not None else self._row_dict(names, cells, i)
                o = evaluate_row(self.nav, int(rows[i]), row, default_as_of, detail=True, timing=self.timing)
                lines[i] = row_line(o, self.ids, self.timing)
                outcomes.append(o)
            self.fallback += n - len(idx)
        if len(idx):
            sub = _take_all(given, as_of, idx)
            tails = self._evaluate(sub[0], sub[1], len(idx))
            numbers = rows[idx].astype(str).astype(object)
            if case_col is not None:
                ids = np.array([_cell((v or "").strip()) for v in case_col.vals], object)[case_col.codes[idx]]
                ids = np.where(ids == "", numbers, ids)
            else:
                ids = numbers
            asof_text = np.array([d.isoformat() if d else "" for d in as_of.vals], object)[as_of.codes[idx]]
            prefix = numbers + "," + ids + "," + asof_text + ",,"
            head, miss, fail, start, until, change = tails + (None,) * (6 - len(tails))   # shared pieces
            if self.timing:
                for k, i in enumerate(idx.tolist()):
                    lines[i] = (prefix[k], head[k], miss[k], ",", fail[k], ",", start[k], ",", until[k], ",",
                                change[k])
            else:
                for k, i in enumerate(idx.tolist()):
                    lines[i] = (prefix[k], head[k], miss[k], ",", fail[k])
        return lines, outcomes

    def _row_dict(self, names, cells, i):
        from .batch import BadRow  # noqa: F401
        row = {}
        for name in names:
            c = cells[name]
            v = c[i] if isinstance(c, list) else c[int(i)].as_py()
            if v is not None:
                row[name] = v
        return row

    def evaluate(self, values, possible, given_known, as_of, n, todo, detail=True, keep=False):
        """The pathways `todo` (indices into the evaluation order) on every row of a sub-batch: per pathway
        (status int8, missing bit masks (n, words), failed condition ids as text, rows whose "no" no day changes,
        rows whose explanation is the whole tree). Without `detail`, the statuses only (the other parts empty);
        with `keep`, the result of every condition is kept in `self.kept` ({id(node): int8 column})."""
        self._node_cache, self._tables, leaf_cache, miss_cache = {}, {}, {}, {}
        out = {}
        chain = {}              # status -> [state (-1 none, MET, UNK), expiry day number, missing bits]
        granted = {}            # status -> [(eligible mask, expiry day number)] (the engine's granted facts)
        asof_ord = np.array([d.toordinal() for d in as_of.vals], np.int64)[as_of.codes]
        held = values.get("statuses")
        env = (values, possible, n, leaf_cache, miss_cache, given_known, chain, granted, asof_ord, held)
        fixed_cache = {}
        for j in todo:
            pathway = self.ordered[j]
            vcol = Col(as_of.codes, self._versions(pathway, as_of.vals))
            st = np.full(n, NOT, np.int8)
            bits = np.zeros((n, self.words), np.uint64) if detail else None
            fail = np.full(n, "", object) if detail else None
            fixed_no = np.zeros(n, bool) if detail else None
            whole = np.zeros(n, bool) if detail else None
            for version in pathway.versions:
                sel = np.array([v is version for v in vcol.vals], bool)[vcol.codes]
                if not sel.any():
                    continue
                ctx_day = Col(as_of.codes, [d if v is version else None for d, v in zip(as_of.vals, vcol.vals)])
                s = self._tree(version.conditions, pathway, ctx_day, env)
                scope = version.conditions.children[0]
                scope_s = self._node_cache[id(scope)]
                s = np.where(scope_s == NOT, NOT, s).astype(np.int8)
                st[sel] = s[sel]
                if not detail:
                    continue
                unknown = np.nonzero(sel & (s == UNK))[0]
                if len(unknown):
                    self._missing(version.conditions, unknown, bits, env)
                fail[sel] = self._failed(version.conditions, s, scope_s)[sel]
                if not self.timing:
                    continue
                whole[sel] = scope_s[sel] != NOT
                no = sel & (s == NOT)
                if no.any():
                    fixed_no[no] = self._fixed_failed(version.conditions, scope_s, given_known, n, fixed_cache)[no]
            if detail:
                gone = np.array([v is None for v in vcol.vals], bool)[vcol.codes]
                if gone.any():
                    st[gone] = NOT
                    fail[gone] = "in_force"
            else:
                bits = np.zeros((n, 1), np.uint64)
            out[j] = (st, bits, fail, fixed_no, whole)
            self._chain(pathway, vcol, st, bits if detail else None, as_of, chain, granted)
        if keep:
            self.kept = self._node_cache
        del self._node_cache, self._tables
        return out

    def _fixed_failed(self, root, scope_s, given_known, n, cache):
        """Per row, whether a part that decides its "no" gives the same answer on every day (`timing`'s shortcut:
        only another version can change it), from the results of the conditions on the as-of date."""
        def fixed(node):
            key = id(node)
            found = cache.get(key)
            if found is None:
                kind = node.kind
                if kind == "fact":
                    if node.fact is None or V.is_relative(node.value) or isinstance(node.value, dict):
                        found = np.zeros(n, bool)
                    else:
                        fact = self.vocab[node.fact]
                        found = given_known(fact.id) if fact.derived and fact.compute in _AS_OF_DEPENDENT \
                            else np.ones(n, bool)
                elif kind in ("status", "unsettled"):
                    found = np.full(n, kind == "unsettled", bool)
                else:
                    found = np.ones(n, bool)
                    for kid in node.children:
                        found = found & fixed(kid)
                cache[key] = found
            return found

        def failable(node, out):
            for kid in node.children:
                if kid.kind == "all":
                    failable(kid, out)
                else:
                    out.append(kid)
            return out
        scope = root.children[0]
        out = np.zeros(n, bool)
        for node in failable(root, []):
            out |= (self._node_cache[id(node)] == NOT) & fixed(node)
        if scope.kind == "all":
            only = failable(scope, [])
        else:
            only = [scope]
        in_scope = np.zeros(n, bool)
        for node in only:
            in_scope |= (self._node_cache[id(node)] == NOT) & fixed(node)
        return np.where(scope_s == NOT, in_scope, out)

    def _versions(self, pathway, days):
        """The version in force on each distinct day (kept for the table's list of days)."""
        key = ("versions", pathway.id, id(days))
        found = self._day_cache.get(key)
        if found is None or found[0] is not days:
            found = self._day_cache[key] = (days, [pathway.version_at(d) for d in days])
        return found[1]

    def _expiries(self, pathway, gstatus, grants_vals, days):
        key = ("expiry", pathway.id, gstatus, id(days))
        found = self._day_cache.get(key)
        if found is None or found[0] is not days:
            found = self._day_cache[key] = (days, np.array(
                [V.grant_expiry(g, d).toordinal() if g and g["status"] == gstatus else 0
                 for g, d in zip(grants_vals, days)], np.int64))
        return found[1]

    def _chain(self, pathway, vcol, st, bits, as_of, chain, granted):
        """`explain`'s chain of granted statuses, and the engine's `granted` facts (eligible grantors)."""
        grants_vals = [v.grants if v is not None else None for v in vcol.vals]
        for gstatus in {g["status"] for g in grants_vals if g}:
            has = np.array([bool(g) and g["status"] == gstatus for g in grants_vals], bool)[vcol.codes]
            expiry = self._expiries(pathway, gstatus, grants_vals, as_of.vals)[as_of.codes]
            granted.setdefault(gstatus, []).append((has & (st == MET), expiry))
            cur = chain.get(gstatus)
            if cur is None:
                cur = chain[gstatus] = [np.full(len(st), -1, np.int8), np.zeros(len(st), np.int64),
                                        np.zeros_like(bits) if bits is not None else None]
            cs, ce, cb = cur
            new = has & ((st == MET) | (st == UNK))
            take = new & ((cs == -1) | ((cs != MET) & (st == MET)) | ((cs == st) & (expiry > ce)))
            cs[take] = st[take]
            ce[take] = expiry[take]
            if cb is not None:
                cb[take] = bits[take]

    def _tree(self, node, pathway, ctx_day, env):
        """The status column of a condition on every row of the sub-batch (rows of other versions: anything)."""
        kind = node.kind
        n = env[2]
        if kind in ("all", "any"):
            kids = [self._tree(k, pathway, ctx_day, env) for k in node.children]
            decisive, other = (NOT, MET) if kind == "all" else (MET, NOT)
            has_dec = np.zeros(n, bool)
            all_other = np.ones(n, bool)
            for ks in kids:
                has_dec |= ks == decisive
                all_other &= ks == other
            s = np.where(has_dec, decisive, np.where(all_other, other, UNK)).astype(np.int8)
        elif kind == "not":
            ks = self._tree(node.children[0], pathway, ctx_day, env)
            s = np.where(ks == UNK, UNK, 1 - ks).astype(np.int8)
        elif kind == "unsettled":
            s = np.full(n, UNK, np.int8)
        elif kind == "status":
            s, bits = self._status(node, pathway, ctx_day, env)
            self._node_cache[("bits", id(node))] = bits
        else:
            values, possible, n, leaf_cache = env[:4]
            s = self._leaf(node, pathway, ctx_day, values, possible, n, leaf_cache)
        self._node_cache[id(node)] = s
        return s

    def _missing(self, node, rows, bits, env):
        """OR into `bits[rows]` the facts that would decide `node` on `rows` (where it is unknown), as
        `logic.combine` gathers them: from the unknown children only."""
        kind = node.kind
        if kind in ("all", "any", "not"):
            for kid in node.children:
                ks = self._node_cache[id(kid)]
                sub = rows[ks[rows] == UNK]
                if len(sub):
                    self._missing(kid, sub, bits, env)
        elif kind == "status":
            bits[rows] |= self._node_cache[("bits", id(node))][rows]
        elif kind == "fact":
            given_known, miss_cache, n = env[5], env[4], env[2]
            bits[rows] |= self._missing_bits(node.fact, given_known, n, miss_cache)[rows]

    def _status(self, node, pathway, ctx_day, env):
        n, chain, granted, asof_ord, held = env[2], env[6], env[7], env[8], env[9]
        has_window = node.within_days is not None
        window = np.array([V.resolve(node.within_days, pathway, d, self.blocs) if d is not None and has_window
                           else 0 for d in ctx_day.vals], np.int64)[ctx_day.codes]

        def in_window(expiry):
            if not has_window:
                return np.ones(n, bool)
            days = expiry - asof_ord
            return (days >= 0) & (days <= window)
        held_known = held.known() if held is not None else np.zeros(n, bool)
        if held is not None:
            exp = np.array([v[node.status].toordinal() if v is not None and node.status in v else -1
                            for v in held.vals], np.int64)[held.codes]
            is_held = exp >= 0
        else:
            exp, is_held = np.zeros(n, np.int64), np.zeros(n, bool)
        met = is_held & in_window(exp)
        for elig, expiry in granted.get(node.status, []):
            met |= elig & in_window(expiry)
        bits = np.zeros((n, self.words), np.uint64)
        b = self.bit["statuses"]
        bits[~held_known, b // 64] |= np.uint64(1 << (b % 64))
        cur = chain.get(node.status)
        unk = ~held_known
        if cur is not None:
            cs, ce, cb = cur
            pending = (cs == UNK) & in_window(ce)
            if cb is not None:
                bits[pending] |= cb[pending]
            unk = unk | pending
        s = np.where(met, MET, np.where(unk, UNK, NOT)).astype(np.int8)
        return s, bits

    def _failed(self, root, s_root, scope_s):
        """The ids of `explain._failed` per row, as one space-separated text."""
        failable = []

        def walk(node):
            for kid in node.children:
                if kid.kind == "all":
                    walk(kid)
                else:
                    failable.append(kid)
        walk(root)
        scope = root.children[0]
        n = len(s_root)
        words = (len(failable) + 62) // 63
        codes = np.zeros((n, max(words, 1)), np.int64)
        for k, node in enumerate(failable):
            codes[:, k // 63] |= (self._node_cache[id(node)] == NOT).astype(np.int64) << (k % 63)
        inverse, first = group(*codes.T)
        texts = np.array([" ".join(failable[k].id for k in range(len(failable)) if (int(c[k // 63]) >> (k % 63)) & 1)
                          for c in codes[first]], object)
        out = texts[inverse]
        out[scope_s == NOT] = scope.id
        out[s_root != NOT] = ""
        return out

    def _evaluate(self, given, as_of, n):
        """The text after the as_of and error cells of each row: eligible, statuses, missing, failed, and the
        three timing cells."""
        values, possible = self._person(given, as_of, n)
        self._day_cache = {}
        host_col = values.get("host_country") or Col(np.zeros(n, np.int32), [None])
        host_codes = np.where(host_col.known(), host_col.codes, -1)
        ids = self.ids
        tails = tuple(np.empty(n, object) for _ in range(6))
        for hc in np.unique(host_codes):
            rows = np.nonzero(host_codes == hc)[0]
            todo = list(range(len(ids))) if hc < 0 else self.by_host.get(host_col.vals[hc], [])
            sub_values = {k: Col(c.codes[rows], c.vals) for k, c in values.items()}
            sub_possible = {k: Col(c.codes[rows], c.vals) for k, c in possible.items()}
            sub_given = {k: Col(c.codes[rows], c.vals) for k, c in given.items()}
            count = len(rows)
            sub_as_of = Col(as_of.codes[rows], as_of.vals)
            res = self.evaluate(sub_values, sub_possible, _given_known(sub_given, count), sub_as_of, count, todo)
            timed = self._timing(sub_given, sub_values, sub_as_of, res, todo, None if hc < 0 else host_col.vals[hc],
                                 count) if self.timing else ()
            for whole, part in zip(tails, self._tails(res, todo, len(rows)) + timed):
                whole[rows] = part
        return tails

    # ------------------------------------------------------------ timing (navigator/timing.py, column-wise)
    def _statuses_at(self, given, rows, days, todo, keep=False):
        """Per pathway of `todo`, the status of the cases `rows` (indices into `given`'s columns) each on its own
        day (day numbers): the same person re-derived on that day, as `timing.Timeline` does."""
        sub = {k: Col(c.codes[rows], c.vals) for k, c in given.items()}
        day_col = _days_col(days)
        m = len(rows)
        values, possible = self._person(sub, day_col, m)
        out = self.evaluate(values, possible, _given_known(sub, m), day_col, m, todo, detail=False, keep=keep)
        return {j: r[0] for j, r in out.items()}, day_col

    def _candidates(self, j, host, given, values, given_known, n, own_cache):
        """(n, K) day numbers (padded with _NEVER): `Timeline.candidates` of pathway j for every row, unfiltered."""
        pathway = self.ordered[j]
        key = ("plan", j, host)
        plan = self._plans.get(key)
        if plan is None:
            own, static = candidate_plan(self.rulebooks, self.vocab, self.blocs, pathway, host)
            plan = self._plans[key] = (own, np.array(sorted(d.toordinal() for d in static), np.int64))
        own, static = plan
        parts = [np.broadcast_to(static, (n, len(static)))] if len(static) else []
        for q in own:
            found = own_cache.get(q.id)
            if found is None:
                found = own_cache[q.id] = self._own_days(q, given, values, given_known, n)
            if found is not None:
                parts.append(found)
        return np.concatenate(parts, axis=1) if parts else np.full((n, 1), _NEVER, np.int64)

    def _own_days(self, pathway, given, values, given_known, n):
        """The per-person candidate days of one pathway (relative dates crossed, derived facts crossing a value,
        held permits entering or leaving a window), (n, K) day numbers or None."""
        shp = shape(pathway, self.vocab, self.blocs)
        parts = []
        for fact, spec in shp.relative:
            col = values.get(fact)
            if col is None:
                continue
            memo = self._plans.setdefault(("relative", repr(spec)), {})
            rows = []
            for v in col.vals:
                found = memo.get(v) if isinstance(v, dt.date) else (_NEVER, _NEVER)
                if found is None:
                    found = memo[v] = tuple(x.toordinal() for x in relative_days(spec, v))
                rows.append(found)
            parts.append(np.array(rows, np.int64).reshape(-1, 2)[col.codes])
        for fact, specs in shp.derived:
            srcs = [x for x in fact.sources if x in given]
            if not srcs:
                continue
            days = map_groups(lambda v, fact=fact, specs=specs, srcs=srcs: tuple(sorted(
                d.toordinal() for d in derived_days(fact, specs, {k: x for k, x in zip(srcs, v) if x is not None}))),
                [given[x] for x in srcs], n)
            width = max((len(v) for v in days.vals), default=0)
            if not width:
                continue
            tab = np.array([list(v) + [_NEVER] * (width - len(v)) for v in days.vals], np.int64)
            got = tab[days.codes]
            got[given_known(fact.id)] = _NEVER          # given directly: the same answer every day
            parts.append(got)
        held = values.get("statuses")
        if held is not None:
            for status, windows in shp.status:
                ws = [w for w in windows if isinstance(w, int)]
                if not ws:
                    continue
                tab = np.array([[x for w in ws for x in ((v[status] - dt.timedelta(days=w)).toordinal(),
                                                         v[status].toordinal() + 1)]
                                if v is not None and v.get(status) is not None else [_NEVER] * (2 * len(ws))
                                for v in held.vals], np.int64).reshape(-1, 2 * len(ws))
                parts.append(tab[held.codes])
        return np.concatenate(parts, axis=1) if parts else None

    def _version_days(self, j):
        key = ("versions", j)
        found = self._plans.get(key)
        if found is None:
            pathway = self.ordered[j]
            found = self._plans[key] = np.array(sorted({d.toordinal() for v in pathway.versions for d in (
                v.valid_from, v.valid_until and v.valid_until + dt.timedelta(days=1)) if d is not None}), np.int64)
        return found

    def _timing(self, given, values, as_of, res, todo, host, n):
        """The eligible_from, eligible_until and next_change cells of every row (`Timeline.timing` of each pathway
        of the host): the candidate days of each row found column-wise, the cases re-answered column-wise on
        them, day after day, only while some pathway of the case still needs a later day."""
        empty = np.full(n, "", object)
        if not todo or not n:
            return empty, empty.copy(), empty.copy()
        if not hasattr(self, "_plans"):
            self._plans = {}
        asof_ord = _ords(as_of)
        end_ord = np.array([add_years(d, HORIZON_YEARS).toordinal() for d in as_of.vals], np.int64)[as_of.codes]
        given_known = _given_known(given, n)
        own_cache = {}
        cand = {}
        for j in todo:
            st, _, _, fixed_no, _ = res[j]
            m = self._candidates(j, host, given, values, given_known, n, own_cache)
            if fixed_no.any():
                vd = self._version_days(j)
                width = max(m.shape[1], len(vd))
                full = np.full((n, width), _NEVER, np.int64)
                full[:, :m.shape[1]] = m
                full[fixed_no] = _NEVER
                full[np.ix_(np.nonzero(fixed_no)[0], np.arange(len(vd)))] = vd
                m = full
            else:
                m = m.copy()
            m[(m <= asof_ord[:, None]) | (m > end_ord[:, None])] = _NEVER
            m.sort(axis=1)
            if m.shape[1] > 1:
                dup = np.zeros(m.shape, bool)
                dup[:, 1:] = m[:, 1:] == m[:, :-1]
                m[dup] = _NEVER
                m.sort(axis=1)
            width = int((m < _NEVER).sum(axis=1).max()) if len(m) else 0
            cand[j] = np.concatenate([m[:, :width], np.full((n, 1), _NEVER, np.int64)], axis=1)
        first = {j: res[j][0] for j in todo}
        ptr = {j: np.zeros(n, np.int64) for j in todo}
        last = {j: first[j].copy() for j in todo}
        last_day = {j: asof_ord.copy() for j in todo}
        changed = {j: np.zeros(n, bool) for j in todo}
        change = {j: (np.zeros(n, np.int64), np.zeros(n, np.int8), np.zeros(n, np.int64)) for j in todo}
        start = {j: np.zeros(n, np.int64) for j in todo}
        until = {j: np.zeros(n, np.int64) for j in todo}
        done = {j: cand[j][:, 0] == _NEVER for j in todo}
        every = np.arange(n)
        while True:
            nxt = np.full(n, _NEVER, np.int64)
            for j in todo:
                c = cand[j][every, ptr[j]]
                c[done[j]] = _NEVER
                np.minimum(nxt, c, out=nxt)
            sel = np.nonzero(nxt < _NEVER)[0]
            if not len(sel):
                break
            active = {j for j in todo if not done[j][sel].all()}
            at, _ = self._statuses_at(given, sel, nxt[sel], [j for j in todo if j in active or j in self.granting])
            for j in todo:
                m = ~done[j][sel] & (cand[j][sel, ptr[j][sel]] == nxt[sel])
                if not m.any():
                    continue
                rows = sel[m]
                r = at[j][m]
                day = nxt[rows]
                enter = (r != last[j][rows]) | changed[j][rows]
                new = enter & ~changed[j][rows]
                if new.any():
                    nr = rows[new]
                    change[j][0][nr], change[j][1][nr], change[j][2][nr] = day[new], r[new], last_day[j][nr]
                    changed[j][nr] = True
                was_met = first[j][rows] == MET
                stop_until = enter & was_met
                stop_from = enter & ~was_met & (r == MET)
                until[j][rows[stop_until]] = day[stop_until] - 1
                start[j][rows[stop_from]] = day[stop_from]
                last[j][rows] = r
                last_day[j][rows] = day
                ptr[j][rows] += 1
                done[j][rows] |= stop_until | stop_from | (cand[j][rows, ptr[j][rows]] == _NEVER)
        because = self._because(given, as_of, res, todo, changed, change, n)
        return self._timing_cells(todo, start, until, changed, change, because, n)

    def _because(self, given, as_of, res, todo, changed, change, n):
        """{(j, row): condition ids} of every change found: the pathway's conditions re-answered on the day before
        and the day of the change (only these cases), compared as `timing` compares them."""
        pairs = [(j, r) for j in todo for r in np.nonzero(changed[j])[0].tolist()]
        if not pairs:
            return {}
        rows = np.array([r for _, r in pairs], np.int64)
        befores = np.array([change[j][2][r] for j, r in pairs], np.int64)
        afters = np.array([change[j][0][r] for j, r in pairs], np.int64)
        asof_days = [as_of.vals[as_of.codes[r]] for _, r in pairs]
        leaves = []
        for days in (befores, afters):
            statuses, day_col = self._statuses_at(given, rows, days, todo, keep=True)
            leaves.append((self.kept, day_col))
            del self.kept
        out = {}
        for k, (j, r) in enumerate(pairs):
            pathway = self.ordered[j]
            today = pathway.version_at(asof_days[k])
            whole = bool(res[j][4][r])
            found = []
            for kept, day_col in leaves:
                day = day_col.vals[day_col.codes[k]]
                version = pathway.version_at(day)
                found.append((version, _leaf_results(version, kept, k, version is today and whole)))
            (va, a), (vb, b) = found
            out[(j, r)] = changed_conditions(a, b, va is not vb)
        return out

    def _timing_cells(self, todo, start, until, changed, change, because, n):
        """The three timing cells of every row, pathways in evaluation order (batch.timing_cells' words)."""
        ids = self.ids
        out = [np.full(n, "", object) for _ in range(3)]
        for j in todo:
            pid = ids[j]
            texts = [np.full(n, "", object) for _ in range(3)]
            for k, days in ((0, start[j]), (1, until[j])):
                for r in np.nonzero(days > 0)[0].tolist():
                    texts[k][r] = f"{pid}: {dt.date.fromordinal(int(days[r])).isoformat()}"
            for r in np.nonzero(changed[j])[0].tolist():
                why = because[(j, r)]
                texts[2][r] = (f"{pid}: {dt.date.fromordinal(int(change[j][0][r])).isoformat()} "
                               f"{STATUS_WORD[change[j][1][r]]}" + (f" ({' '.join(why)})" if why else ""))
            for k in range(3):
                if (texts[k] != "").any():
                    out[k] = _join(out[k], texts[k])
        return tuple(_cells(o) for o in out)

    def _tails(self, res, todo, n):
        ids = self.ids
        if not todo:
            text = ",".join([""] + ["not_eligible"] * len(ids) + [""])
            return np.array([text] * n, object), np.full(n, "", object), np.full(n, "", object)
        st = np.stack([res[j][0] for j in todo], axis=1).astype(np.int64)
        inverse, first = group(*st.T)
        head = []
        for combo in st[first]:
            cells = ["not_eligible"] * len(ids)
            elig = []
            for k, j in enumerate(todo):
                cells[j] = STATUS_WORD[combo[k]]
                if combo[k] == MET:
                    elig.append(ids[j])
            head.append(_cell(" ".join(elig)) + "," + ",".join(cells) + ",")
        out = np.array(head, object)[inverse]
        miss_codes, miss_texts, fail_codes, fail_texts = [], [], [], []
        for j in todo:
            st_j, bits, f = res[j][:3]
            und = st_j == UNK
            m = np.full(n, "", object)
            if und.any():
                m[und] = _bits_text(bits[und], self.fact_names)
            mc = factorise_array(m)
            miss_codes.append(mc.codes)
            miss_texts.append([f"{ids[j]}: {t}" if t else "" for t in mc.vals])
            fc = factorise_array(np.where(st_j == NOT, f, ""))
            fail_codes.append(fc.codes)
            fail_texts.append([f"{ids[j]}: {t}" if t else "" for t in fc.vals])
        return out, _combined(miss_codes, miss_texts), _combined(fail_codes, fail_texts)


_NEVER = np.iinfo(np.int64).max      # no day (padding of the candidate days)


def _given_known(given, n):
    """Whether each row gave a fact (the `given` of `facts.normalise`), as a function of the fact's id."""
    def known(f):
        return given[f].known() if f in given else np.zeros(n, bool)
    return known


def _days_col(days) -> Col:
    """A Col of dates from day numbers."""
    uniq, inverse = np.unique(days, return_inverse=True)
    return Col(inverse.reshape(-1).astype(np.int32), [dt.date.fromordinal(int(u)) for u in uniq])


def _ords(col):
    return np.array([d.toordinal() for d in col.vals], np.int64)[col.codes]


def _leaf_results(version, kept, k, whole) -> dict:
    """{condition id: result} of the tests of a pathway's explanation for row k (`timing._leaves`): the whole tree,
    or the scope alone when it is not met (and the tree is not refolded from the as-of date's), or `in_force`."""
    if version is None:
        return {"in_force": NOT}
    root = version.conditions
    scope = root.children[0]
    top = scope if not whole and kept[id(scope)][k] == NOT else root
    out = {}

    def walk(node):
        if node.kind in ("fact", "status", "unsettled"):
            out[node.id] = int(kept[id(node)][k])
        for kid in node.children:
            walk(kid)
    walk(top)
    return out


def factorise_array(texts) -> Col:
    """A Col of an object array of texts."""
    uniq, inverse = np.unique(texts.astype(str), return_inverse=True)
    return Col(inverse.reshape(-1).astype(np.int32), [str(u) for u in uniq])


def _combined(codes, texts):
    """Per row, the '; '-joined non-empty texts of every pathway, as a CSV cell."""
    inverse, first = group(*codes)
    cells = [_cell("; ".join(t for t in (texts[k][c[r]] for k, c in enumerate(codes)) if t)) for r in first]
    return np.array(cells, object)[inverse]


def _join(a, b):
    """'; '-joined texts, element by element (object arrays; empty parts left out)."""
    both = (a != "") & (b != "")
    return np.where(both, a + "; " + b, a + b)


def _cells(texts):
    uniq, inverse = np.unique(texts.astype(str), return_inverse=True)
    return np.array([_cell(t) for t in uniq], object)[inverse.reshape(-1)]


def _day_parts(col):
    """(day number, year, month*100+day, known) per row of a column of dates."""
    ords = np.array([v.toordinal() if v is not None else 0 for v in col.vals], np.int64)
    years = np.array([v.year if v is not None else 0 for v in col.vals], np.int64)
    md = np.array([v.month * 100 + v.day if v is not None else 0 for v in col.vals], np.int64)
    known = np.array([v is not None for v in col.vals], bool)
    c = col.codes
    return ords[c], years[c], md[c], known[c]


def _ints_col(values, known) -> Col:
    """A Col of whole numbers (None where not known)."""
    uniq, inverse = np.unique(np.where(known, values, np.iinfo(np.int64).min), return_inverse=True)
    vals = [None if u == np.iinfo(np.int64).min else int(u) for u in uniq.tolist()]
    return Col(inverse.reshape(-1).astype(np.int32), vals)


def _derive_fast(fact, cols, n):
    """The as-of-dependent derivations of `derive`, as day arithmetic over the columns (None: not handled here,
    computed per distinct combination instead)."""
    kind = fact.compute
    if kind == "completed_years_since":          # derive.completed_years: the birthday itself counts
        src, as_of = cols
        so, sy, smd, known = _day_parts(src)
        _, ay, amd, _ = _day_parts(as_of)
        return _ints_col(ay - sy - (amd < smd), known)
    if kind == "days_since":
        src, as_of = cols
        so, _, _, known = _day_parts(src)
        ao, _, _, _ = _day_parts(as_of)
        return _ints_col(ao - so, known)
    if kind == "holds_status_in":                # yes when a listed permit is in force on the as-of date
        held, as_of = cols
        wanted = fact.args["statuses"]
        latest = np.array([max([h[s].toordinal() for s in wanted if h.get(s) is not None], default=-1)
                           if h is not None else -2 for h in held.vals], np.int64)[held.codes]
        ao, _, _, _ = _day_parts(as_of)
        res = np.where(latest == -2, 0, np.where(latest >= ao, 1, 0))
        return Col(res.astype(np.int32), [derive.UNKNOWN, True])
    if kind == "nationalities_original_or_naturalised_since":
        held, nats, as_of = cols            # the as-of date matters only where there are naturalisations
        dated = np.array([bool(v) for v in nats.vals], bool)[nats.codes]
        plain = map_groups(lambda v: derive.nationalities_original_or_naturalised_since(
            {k: x for k, x in zip(fact.sources, v) if x is not None}, None, *fact.sources, **fact.args),
            [held, Col(np.where(dated, 0, nats.codes + 1).astype(np.int32), [None] + nats.vals)], n)
        if not dated.any():
            return plain
        rows = np.nonzero(dated)[0]
        sub = [Col(c.codes[rows], c.vals) for c in cols]
        some = map_groups(lambda v: derive.nationalities_original_or_naturalised_since(
            {k: x for k, x in zip(fact.sources, v[:2]) if x is not None}, v[2], *fact.sources, **fact.args), sub,
            len(rows))
        codes = plain.codes.copy()
        codes[rows] = some.codes + len(plain.vals)
        return Col(codes, plain.vals + some.vals)
    return None


def _ordinals(col):
    ordv = np.array([v.toordinal() if isinstance(v, dt.date) else v if isinstance(v, int) else 0
                     for v in col.vals], np.int64)
    return ordv[col.codes], col.known()


_NUMPY_OPS = {"gte": np.greater_equal, "gt": np.greater, "lte": np.less_equal, "lt": np.less,
              "is": np.equal, "equals": np.equal}


class _Dated:
    """The part of a person `logic._expected_value` reads: the as-of date."""
    __slots__ = ("as_of",)

    def __init__(self, day):
        self.as_of = day


def _hashable(value):
    if isinstance(value, (list, set)):
        return ("__list__", tuple(value))
    return value


def _unhash(value):
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "__list__":
        return list(value[1])
    return value


def _take_all(given, as_of, idx):
    days = [d if d is not None else EARLIEST for d in as_of.vals]     # a bad as_of is a row-path row: not used
    return {k: Col(c.codes[idx], c.vals) for k, c in given.items()}, Col(as_of.codes[idx], days)


def _bits_text(bits, names):
    """Space-separated sorted fact names per row from (n, words) bit masks."""
    n = len(bits)
    if n == 0:
        return np.empty(0, object)
    inverse, first = group(*[_compact(w) for w in bits.T])
    texts = []
    for row in bits[first]:
        found = [names[w * 64 + b] for w in range(len(row)) for b in range(64) if (int(row[w]) >> b) & 1]
        texts.append(" ".join(sorted(found)))
    return np.array(texts, object)[inverse]


def _compact(words):
    """Small codes for a column of 64-bit words (equal words, equal codes)."""
    _, inverse = np.unique(words, return_inverse=True)
    return inverse.reshape(-1).astype(np.int64)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")      # batch.FORMULA_START
_SPECIAL = re.compile(r'[,"\r\n]')


def _cell(text: str) -> str:
    """A cell as csv.writer writes it (quoted only when needed), safe to open in a spreadsheet (batch.safe_cell)."""
    if text.startswith(_FORMULA):
        text = "'" + text
    if _SPECIAL.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def row_line(o, ids, timing=False) -> str:
    """One Outcome of the row path as the columnar path writes it (csv.writer's bytes, without the line end)."""
    import csv

    from .batch import result_row
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="").writerow(result_row(o, ids, timing))
    return text.getvalue()


# ---------------------------------------------------------------- a whole file, on the cores of one machine
_WORKER: dict = {}


def worker(pathways_dir, backend="auto", timing=False) -> Columnar:
    """The process's Columnar evaluator (the rulebook set loaded and compiled once, then reused)."""
    key = (str(pathways_dir), backend, timing)
    found = _WORKER.get(key)
    if found is None:
        from pathlib import Path

        from .evaluate import Navigator
        same = next((c.nav for (d, b, _), c in _WORKER.items() if (d, b) == key[:2]), None)
        found = _WORKER[key] = Columnar(same or Navigator(Path(pathways_dir), backend=backend), timing)
    return found


def as_text(line) -> str:
    """One result line as text (the columnar path keeps a line as pieces shared among rows, to save memory)."""
    return line if isinstance(line, str) else "".join(line)


def write_lines(fh, lines):
    """Result lines to a text file, each ended by CRLF as csv.writer ends them."""
    for line in lines:
        if isinstance(line, str):
            fh.write(line)
        else:
            fh.writelines(line)
        fh.write("\r\n")


def part_text(col: Columnar, data: bytes, default_as_of, first_row=2):
    """(result lines of one slice, [error messages], rows, rows answered by the row path)."""
    before = col.fallback
    lines, outcomes = col.run(data, default_as_of, first_row)
    return lines, [o.error for o in outcomes if o.error], len(lines), col.fallback - before


def _slice(args):
    pathways_dir, backend, partition, header, default_as_of, timing = args
    with open(partition.path, "rb") as fh:
        fh.seek(partition.start)
        data = fh.read(partition.end - partition.start)
    return part_text(worker(pathways_dir, backend, timing), header + data, default_as_of, partition.first_row)


def run_file(cases, out, pathways_dir, default_as_of, ids, jobs=0, backend="auto", rows_per_slice=50_000,
             progress=None, report=None, timing=False, nav=None):
    """`navigator batch` through the columnar path: slices of the file evaluated on `jobs` processes, written in
    input order (with `timing`, the three timing columns too). `nav`, the caller's Navigator for the same folder,
    is kept for the slices: the processes forked for them inherit it rather than load the rulebooks again.
    Returns (cases, rows with errors, rows answered by the row path)."""
    import csv
    import multiprocessing as mp
    import sys

    from . import partitions as P
    from .batch import DETAIL_HEADER, RESULT_HEADER, TIMING_HEADER
    header, parts = P.plan(cases, rows_per_slice)
    if header is None:
        raise ValueError("empty file (expected a header row of fact names)")
    jobs = jobs or mp.cpu_count()
    if nav is not None and (str(pathways_dir), backend, timing) not in _WORKER:
        _WORKER[(str(pathways_dir), backend, timing)] = Columnar(nav, timing)
    tasks = [(str(pathways_dir), backend, p, header, default_as_of, timing) for p in parts]
    done = errors = fallback = 0
    with open(out, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerow(RESULT_HEADER + list(ids) + DETAIL_HEADER + (TIMING_HEADER if timing else []))

        def take(result):
            nonlocal done, errors, fallback
            lines, messages, rows, fell = result
            write_lines(fh, lines)
            done += rows
            fallback += fell
            errors += len(messages)
            for m in messages:
                (report or (lambda m: print(f"navigator batch: {m}", file=sys.stderr)))(m)
            if progress:
                progress.advance(rows)
        if jobs == 1 or len(tasks) <= 1:
            for t in tasks:
                take(_slice(t))
        else:
            ctx = mp.get_context("fork") if sys.platform != "win32" else mp.get_context()
            with ctx.Pool(min(jobs, len(tasks))) as pool:
                for result in pool.imap(_slice, tasks):
                    take(result)
    return done, errors, fallback


def statuses_of(nav, pairs, day, default_as_of) -> list:
    """Per (row number, row) pair: {pathway id: status} under `nav` on `day` (the row's own as_of when None),
    or None for a row the row path refused (rescreen: only changed or refused rows are explained)."""
    import csv

    from .batch import BadRow
    col = getattr(nav, "_columnar", None)
    if col is None:
        col = nav._columnar = Columnar(nav)
    if day is not None:
        pairs = [(n, row if isinstance(row, BadRow) else dict(row, as_of=day.isoformat())) for n, row in pairs]
    lines, _ = col.run_rows(pairs, default_as_of)
    out = []
    width = len(col.ids)
    for cells in csv.reader(as_text(line) for line in lines):
        out.append(None if cells[3] else dict(zip(col.ids, cells[5:5 + width])))
    return out
