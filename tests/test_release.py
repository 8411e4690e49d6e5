"""`navigator check --release`: the publish gate names untranslated strings, failing scenarios and coverage gaps."""
import shutil

from navigator import cli
from navigator.evaluate import Navigator
from navigator.loader import FEATURES_DIR, PATHWAYS_DIR, RULES_DIR
from navigator.release import failing_scenarios, untranslated


def test_shipped_strings_are_all_translated():
    assert untranslated(PATHWAYS_DIR, RULES_DIR) == []


def test_an_edited_sentence_is_untranslated_until_reviewed(tmp_path):
    shutil.copytree(PATHWAYS_DIR, tmp_path / "p")
    f = tmp_path / "p" / "ar" / "disp388.yaml"
    f.write_text(f.read_text().replace('text: "You are in Argentina"', 'text: "You are inside Argentina"'))
    problems = untranslated(tmp_path / "p", RULES_DIR)
    assert len(problems) == 5               # one (context, sentence) pair, in each of the five languages
    assert all("disp388.yaml:" in p and "You are inside Argentina" in p for p in problems)


def test_shipped_scenarios_hold():
    assert failing_scenarios(Navigator(), FEATURES_DIR) == []


def test_release_gate_refuses_a_wrong_expectation(tmp_path, capsys):
    features = tmp_path / "features"
    shutil.copytree(FEATURES_DIR, features)
    f = features / "ar_residencia.feature"
    f.write_text(f.read_text().replace('Entonces la vía "ar.venezuela.disp388" es "elegible"',
                                       'Entonces la vía "ar.venezuela.disp388" es "no elegible"', 1))
    assert cli.main(["check", "--release", "--features", str(features)]) == 1
    err = capsys.readouterr().err
    assert "ar.venezuela.disp388 is eligible, expected not_eligible" in err
    assert "not ready to publish" in err


def _set(tmp_path, edit=None):
    from navigator.loader import load_set
    shutil.copytree(PATHWAYS_DIR, tmp_path / "p")
    if edit:
        edit(tmp_path / "p")
    return load_set(tmp_path / "p", None)


def test_reviews_older_than_twelve_months_are_refused(tmp_path):
    """reviewed 2026-12-01 + 365 days: due on 2027-12-01; the day after it is refused, with file:line."""
    import datetime as dt
    import re

    from navigator.release import currency_problems
    rulebooks = _set(tmp_path)
    assert currency_problems(rulebooks, dt.date(2027, 11, 30)) == []
    assert currency_problems(rulebooks, dt.date(2027, 12, 1)) == []
    late = currency_problems(rulebooks, dt.date(2027, 12, 2))
    reviewed_then = sum("reviewed: 2026-12-01" in f.read_text() for f in (tmp_path / "p").rglob("*.yaml"))
    assert reviewed_then and len(late) == reviewed_then   # files checked later (2026-12-07) are not due yet
    assert all(re.match(r".+\.yaml:\d+:\d+: .* last reviewed on 2026-12-01, 366 days ago", p) for p in late), late[:2]
    assert currency_problems(rulebooks, dt.date(2027, 12, 2), max_age_days=366) == []
    early = currency_problems(rulebooks, dt.date(2026, 11, 30))    # a review dated after "today"
    assert early and all("is in the future" in p for p in early)


def test_a_closed_pathway_needs_a_closing_note(tmp_path):
    import datetime as dt

    from navigator.release import currency_problems

    def drop_note(root):
        f = root / "pe" / "cpp_2023.yaml"
        text = f.read_text()
        start = text.index("closed:\n")
        end = text.index("\nid: ", start)
        f.write_text(text[:start] + text[end + 1:])
    rulebooks = _set(tmp_path, drop_note)
    problems = currency_problems(rulebooks, dt.date(2026, 12, 7))
    assert len(problems) == 1 and "pe.cpp.2023 closed on 2023-11-10" in problems[0] and "closing note" in problems[0]
    assert "cpp_2023.yaml:" in problems[0]
    notes = lambda day: [p for p in currency_problems(rulebooks, day) if "closing note" in p]  # noqa: E731
    assert notes(dt.date(2023, 11, 10)) == []                 # its last day: not closed yet
    assert len(notes(dt.date(2023, 11, 11))) == 1 and len(notes(dt.date(2023, 11, 9))) == 0


def test_navigator_review_lists_what_is_due_oldest_first(tmp_path, capsys):
    def age_one(root):
        f = root / "uy" / "mercosur_permanent.yaml"
        f.write_text(f.read_text().replace("reviewed: 2026-12-01", "reviewed: 2026-01-10"))
    _set(tmp_path, age_one)
    assert cli.main(["review", "--rulebooks", str(tmp_path / "p"), "--as-of", "2026-12-07"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("2026-01-10  due in 34 days") and "uy/mercosur_permanent.yaml" in out
    assert "pe/cpp_2023.yaml" not in out                      # reviewed 2026-12-01: not due within 60 days
    assert cli.main(["review", "--rulebooks", str(tmp_path / "p"), "--as-of", "2027-02-01"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("2026-01-10  OVERDUE by 22 days")
    assert cli.main(["review", "--rulebooks", str(tmp_path / "p"), "--as-of", "2026-12-07", "--all"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if not line.startswith(" ")]
    assert len(lines) == len(list((tmp_path / "p").rglob("*.yaml"))) and lines[0].startswith("2026-01-10")
