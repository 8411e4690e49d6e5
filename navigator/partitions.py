"""A case file cut into partitions that a worker can read on its own: CSV byte ranges that start and end on
record boundaries, or Parquet row groups, each with the spreadsheet row number of its first case.

Why byte ranges: a worker on another machine reads only its slice of a shared file (no rows shipped through
the scheduler), and row numbers stay those of the whole file, so a bad row is reported where a person opening
the file will find it. A record ends at a line break outside quotes: in CSV an escaped quote is doubled, so the
count of quote characters in a record is odd exactly while a quoted cell is still open.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

ROWS_PER_PARTITION = 50_000


@dataclass(frozen=True)
class Partition:
    index: int
    path: str
    kind: str            # "csv" or "parquet"
    first_row: int       # the spreadsheet row number of the partition's first case (the header is row 1)
    rows: int            # cases in it (blank lines are not cases)
    start: int = 0       # csv: byte range [start, end); parquet: the row group
    end: int = 0

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


def is_parquet(path) -> bool:
    return Path(path).suffix.lower() in (".parquet", ".pq")


def plan(path, rows_per_partition: int = ROWS_PER_PARTITION) -> tuple[list[str] | None, list[Partition]]:
    """The partitions of a case file (CSV or Parquet) and, for a CSV, its header line's cells."""
    if is_parquet(path):
        return None, _plan_parquet(path)
    return _plan_csv(path, rows_per_partition)


def _plan_csv(path, rows_per_partition):
    partitions, header = [], None
    with open(path, "rb") as fh:
        offset = 0
        record_start, open_quotes, blank = 0, False, True
        start, rows, first_row, row = None, 0, 2, 1
        for line in fh:
            open_quotes ^= line.count(b'"') % 2 == 1
            blank = blank and line.strip(b"\r\n") == b""
            offset += len(line)
            if open_quotes:
                continue
            if header is None:          # the header record (it may span lines in theory)
                header = (record_start, offset)
            elif not blank:
                row += 1
                if start is None:
                    start, first_row, rows = record_start, row, 0
                rows += 1
                if rows == rows_per_partition:
                    partitions.append(Partition(len(partitions), str(path), "csv", first_row, rows, start, offset))
                    start = None
            record_start, blank = offset, True
        if open_quotes and header is not None:       # an unclosed quote: the rest is one (bad) record
            row += 1
            if start is None:
                start, first_row, rows = record_start, row, 0
            rows += 1
        if start is not None:
            partitions.append(Partition(len(partitions), str(path), "csv", first_row, rows, start, offset))
        if header is None:
            return None, []
        fh.seek(header[0])
        header_bytes = fh.read(header[1] - header[0])
    return header_bytes, partitions


def csv_rows(partition: Partition, header: bytes, read_cases, decode):
    """(row number, row) for the cases of one CSV partition, read exactly as the whole file would be: the
    header is put back in front of the slice and the numbers shifted to the file's own."""
    with open(partition.path, "rb") as fh:
        fh.seek(partition.start)
        data = fh.read(partition.end - partition.start)
    shift = partition.first_row - 2
    for n, row in read_cases(decode(header + data)):
        yield n + shift, row


def _plan_parquet(path):
    import pyarrow.parquet as pq
    meta = pq.ParquetFile(path).metadata
    partitions, row = [], 2
    for g in range(meta.num_row_groups):
        n = meta.row_group(g).num_rows
        if n:
            partitions.append(Partition(len(partitions), str(path), "parquet", row, n, g, g + 1))
            row += n
    return partitions


def parquet_rows(partition: Partition, to_text):
    """(row number, row of text cells) for one Parquet row group: typed values become the same text forms a
    CSV carries (dates ISO, lists comma-separated, booleans sí/no), nulls become empty (unknown)."""
    import pyarrow.parquet as pq
    table = pq.ParquetFile(partition.path).read_row_group(partition.start)
    names = table.column_names
    columns = [table.column(i).to_pylist() for i in range(len(names))]
    for i in range(table.num_rows):
        row = {}
        for name, col in zip(names, columns):
            value = col[i]
            row[name] = "" if value is None else value if isinstance(value, str) else to_text(value)
        yield partition.first_row + i, row


def text_of(data: bytes) -> io.StringIO:
    """Bytes of a CSV as the single-machine reader decodes them (BOM dropped, stray bytes kept for the row
    reader to report)."""
    return io.StringIO(data.decode("utf-8-sig", errors="surrogateescape"), newline="")
