"""Translate what is new in one language: export the missing strings to a CSV, append the translations back.

    python tools/po_todo.py export ar todo-ar.csv     # every template string the ar catalogs lack or leave empty
    (fill in the `translation` column: a spreadsheet, a translator, a PO-aware tool)
    python tools/po_todo.py apply ar todo-ar.csv      # appended at the END of the .po files, then msgfmt -c

The templates are locales/navigator.pot and locales/rulebooks.pot (re-extract them first: `make translations`
or the two `pybabel extract` commands in docs/maintainers.md). `export` fills the translation of a sentence that
the catalog already translates under another context (a rulebook note repeated in several places); check it.
`apply` never rewrites or reorders existing entries (the catalogs merge with a union driver), refuses a
translation whose placeholders (%(name)s, {name}) differ from the English, and leaves an entry that exists but
is empty or fuzzy for a PO editor (appending it would duplicate it).
"""
from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

LOCALES = Path(__file__).resolve().parent.parent / "locales"
DOMAINS = ("navigator", "rulebooks")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|\{\w*\}")


def _read(path: Path) -> Catalog | None:
    if not path.is_file():
        return None
    with path.open("rb") as fh:
        return read_po(fh)


def _text(value) -> str:
    return value if isinstance(value, str) else (value[0] if value else "")


def missing(lang: str, locales: Path = LOCALES):
    """(domain, context, msgid, suggestion) for every template string the language's catalog lacks, or has
    empty or fuzzy."""
    rows = []
    for domain in DOMAINS:
        template = _read(locales / f"{domain}.pot")
        catalog = _read(locales / lang / "LC_MESSAGES" / f"{domain}.po") or Catalog(locale=lang)
        if template is None:
            continue
        done = {(m.context, m.id): m for m in catalog if m.id and m.string and not m.fuzzy}
        by_text = {m.id: _text(m.string) for m in done.values()}
        for m in template:
            if m.id and (m.context, m.id) not in done and not isinstance(m.id, tuple):
                rows.append((domain, m.context or "", m.id, by_text.get(m.id, "")))
    return rows


def export(lang: str, out: Path, locales: Path = LOCALES) -> int:
    rows = missing(lang, locales)
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["domain", "context", "msgid", "translation"])
        w.writerows(rows)
    return len(rows)


def apply(lang: str, source: Path, locales: Path = LOCALES) -> list[str]:
    """Append the filled rows of `source` to the language's catalogs; returns the problems (nothing appended
    for a row with a problem)."""
    with source.open(newline="", encoding="utf-8-sig") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("translation") or "").strip()]
    problems, new, seen = [], {d: [] for d in DOMAINS}, set()
    for r in rows:
        domain, ctx, msgid, text = r["domain"], r["context"] or None, r["msgid"], r["translation"].strip()
        if (domain, ctx, msgid) in seen:
            continue
        seen.add((domain, ctx, msgid))
        template = _read(locales / f"{domain}.pot")
        catalog = _read(locales / lang / "LC_MESSAGES" / f"{domain}.po")
        where = f"{domain} {ctx or ''} {msgid[:50]!r}"
        if template is None or catalog is None or template.get(msgid, ctx) is None:
            problems.append(f"{where}: not in locales/{domain}.pot or no {lang} catalog")
        elif sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ from the English")
        elif catalog.get(msgid, ctx) is not None:
            problems.append(f"{where}: already in the catalog (empty or fuzzy): fill it in a PO editor")
        else:
            m = template.get(msgid, ctx)
            new[domain].append((m, text))
    for domain, entries in new.items():
        if not entries:
            continue
        part = Catalog(locale=lang)
        for m, text in entries:
            part.add(m.id, text, locations=m.locations, auto_comments=m.auto_comments, context=m.context,
                     flags=[f for f in m.flags if f != "fuzzy"])
        buf = io.BytesIO()
        write_po(buf, part, omit_header=True, width=76)
        po = locales / lang / "LC_MESSAGES" / f"{domain}.po"
        with po.open("ab") as fh:
            fh.write(b"\n" + buf.getvalue().lstrip(b"\n"))
    return problems


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 3 or argv[0] not in ("export", "apply"):
        print(__doc__, file=sys.stderr)
        return 2
    verb, lang, path = argv
    if verb == "export":
        print(f"{export(lang, Path(path))} string(s) to translate into {lang} in {path}")
        return 0
    problems = apply(lang, Path(path))
    for p in problems:
        print(p, file=sys.stderr)
    print(f"appended; {len(problems)} row(s) refused. Check: msgfmt -c -o /dev/null locales/{lang}/LC_MESSAGES/*.po")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
