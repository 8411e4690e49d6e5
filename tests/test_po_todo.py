"""tools/po_todo.py: the strings a language lacks go out to a CSV and come back appended to the catalog."""
import csv
import importlib.util
import shutil
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("po_todo", ROOT / "tools" / "po_todo.py")
po_todo = importlib.util.module_from_spec(spec)
spec.loader.exec_module(po_todo)


def _locales(tmp_path):
    loc = tmp_path / "locales"
    (loc / "ar" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(ROOT / "locales" / "navigator.pot", loc)
    (loc / "rulebooks.pot").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgctxt "x.y:title"\nmsgid "Residence (Ley 1)"\nmsgstr ""\n\n'
        'msgctxt "x.y:summary"\nmsgid "Free"\nmsgstr ""\n\n'
        'msgctxt "x.z:summary"\nmsgid "Apply at %(where)s."\nmsgstr ""\n', encoding="utf-8")
    (loc / "ar" / "LC_MESSAGES" / "rulebooks.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n"Language: ar\\n"\n\n'
        'msgctxt "x.w:fee"\nmsgid "Free"\nmsgstr "مجانًا"\n', encoding="utf-8")
    shutil.copy(ROOT / "locales" / "ar" / "LC_MESSAGES" / "navigator.po", loc / "ar" / "LC_MESSAGES")
    return loc


def test_export_then_apply_appends_only_what_is_new(tmp_path):
    loc = _locales(tmp_path)
    out = tmp_path / "todo.csv"
    assert po_todo.export("ar", out, loc) == 3
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["msgid"] for r in rows} == {"Residence (Ley 1)", "Free", "Apply at %(where)s."}
    assert [r["translation"] for r in rows if r["msgid"] == "Free"] == ["مجانًا"]     # the same sentence, reused
    for r in rows:
        r["translation"] = {"Residence (Ley 1)": "إقامة (Ley 1)", "Apply at %(where)s.": "قدم الطلب لدى."}.get(
            r["msgid"], r["translation"])
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["domain", "context", "msgid", "translation"])
        w.writeheader()
        w.writerows(rows + rows[:1])                                              # a repeated row is added once
    before = (loc / "ar" / "LC_MESSAGES" / "rulebooks.po").read_text(encoding="utf-8")
    problems = po_todo.apply("ar", out, loc)
    assert len(problems) == 1 and "placeholders differ" in problems[0]
    after = (loc / "ar" / "LC_MESSAGES" / "rulebooks.po").read_text(encoding="utf-8")
    assert after.startswith(before)                                               # appended, nothing rewritten
    catalog = read_po((loc / "ar" / "LC_MESSAGES" / "rulebooks.po").open("rb"))
    assert catalog.get("Residence (Ley 1)", "x.y:title").string == "إقامة (Ley 1)"
    assert catalog.get("Free", "x.y:summary").string == "مجانًا"
    assert [r[2] for r in po_todo.missing("ar", loc) if r[0] == "rulebooks"] == ["Apply at %(where)s."]
