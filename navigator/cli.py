"""`navigator`: check rulebooks, list facts and pathways, evaluate a person's facts.

Every failure is one clear line on stderr (which file or field, what was expected) and a non-zero exit:
1 for bad input or a broken rulebook, 2 for bad usage. Never a traceback.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from . import __version__
from .home import PATHWAYS_DIR
from .home import RULES_DIR as RULES_HOME

MAX_FACTS_BYTES = 1024 * 1024


class CliError(Exception):
    pass


def _as_of(text):
    from .facts import parse_date
    from .problems import FieldError
    try:
        return parse_date(text, "--as-of")
    except FieldError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _depth(obj):
    from .facts import MAX_JSON_DEPTH, nesting_depth_exceeds
    if nesting_depth_exceeds(obj, MAX_JSON_DEPTH):
        raise CliError(f"facts are nested more than {MAX_JSON_DEPTH} levels deep (expected a flat object of facts)")


def read_facts(path: str):
    """Read a facts JSON file (or '-' for stdin) with size and depth limits."""
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_FACTS_BYTES + 1)
        else:
            p = Path(path)
            if not p.is_file():
                raise CliError(f"{path}: no such file (expected a JSON file of facts; see examples/)")
            if p.stat().st_size > MAX_FACTS_BYTES:
                raise CliError(f"{path}: file is {p.stat().st_size} bytes (expected at most {MAX_FACTS_BYTES})")
            raw = p.read_bytes()
    except OSError as exc:
        raise CliError(f"{path}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_FACTS_BYTES:
        raise CliError(f"{path}: more than {MAX_FACTS_BYTES} bytes (expected a small JSON object)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(f"{path}: not UTF-8 text (expected a UTF-8 JSON file)") from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise CliError(f"{path}: JSON nested too deeply (expected a flat object of facts)") from None
    except json.JSONDecodeError as exc:
        raise CliError(f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    _depth(data)
    if isinstance(data, dict) and "facts" in data and isinstance(data["facts"], dict):
        return data["facts"], data.get("as_of")
    return data, None


def cmd_check(args):
    from .loader import FEATURES_DIR, check_files
    features = None if args.no_scenarios else Path(args.features) if args.features else FEATURES_DIR
    rulebooks, problems = check_files(Path(args.path), features)
    if rulebooks is not None:       # what the engine cannot take (fan-out, chain length), said by the compiler
        from .compiler import compile_problems
        from .loader import RULES_DIR, blocs, vocabulary
        problems += compile_problems(rulebooks, vocabulary(RULES_DIR), blocs(RULES_DIR))
        if any(p.severity == "error" for p in problems):
            rulebooks = None
    for p in problems:
        print(p, file=sys.stderr)
    if rulebooks is None:
        print(f"navigator check: {sum(p.severity == 'error' for p in problems)} error(s); the set is refused",
              file=sys.stderr)
        return 1
    from .helpplaces import check_help  # the places that can help, named on every results page
    _places, help_problems = check_help(covered={p.country for p in rulebooks.pathways.values()})
    for p in help_problems:
        print(p, file=sys.stderr)
    if any(p.severity == "error" for p in help_problems):
        print(f"navigator check: {len(help_problems)} problem(s) in rules/help; the set is refused", file=sys.stderr)
        return 1
    versions = sum(len(p.versions) for p in rulebooks.pathways.values())
    if args.release:
        from .evaluate import Navigator
        from .loader import RULES_DIR
        from .release import release_problems
        gate = release_problems(Navigator(Path(args.path), rulebooks=rulebooks), Path(args.path), RULES_DIR,
                                features or FEATURES_DIR, max_age_days=args.max_age_days)
        for line in gate:
            print(f"release: {line}", file=sys.stderr)
        if gate:
            print(f"navigator check --release: {len(gate)} problem(s); not ready to publish", file=sys.stderr)
            return 1
    print(f"ok{' for release' if args.release else ''}: {len(rulebooks.pathways)} pathways, {versions} versions, "
          f"{len(problems)} warning(s), set sha256 {rulebooks.sha256[:12]}")
    return 0


def cmd_review(args):
    """What is due for review, oldest first: each rulebook's `reviewed:` date, when it falls due, what to re-check."""
    from .loader import check_files
    from .release import currency_problems, review_due
    rulebooks, problems = check_files(_rulebooks_dir(args), None)
    if rulebooks is None:
        for p in problems:
            print(p, file=sys.stderr)
        raise CliError("the rulebook set failed its check; fix it first (navigator check)")
    today = args.as_of or dt.date.today()
    rows = review_due(rulebooks, today, args.max_age_days)
    shown = rows if args.all else [(due, p) for due, p in rows if due <= today + dt.timedelta(days=args.within_days)]
    overdue = 0
    for due, p in shown:
        late = (today - due).days
        overdue += late > 0
        state = f"OVERDUE by {late} days" if late > 0 else "due today" if late == 0 else f"due in {-late} days"
        print(f"{p.reviewed}  {state:<22} {p.file.split('pathways/')[-1]:<40} {p.id}")
        print(f"            re-check: {', '.join(p.reviewed_sources)}")
    closing = [line for line in currency_problems(rulebooks, today, args.max_age_days) if "closing note" in line]
    for line in closing:
        print(line)
    if not shown and not closing:
        nxt = rows[0] if rows else None
        print(f"nothing due within {args.within_days} days"
              + (f"; next: {nxt[1].file.split('pathways/')[-1]} on {nxt[0]}" if nxt else ""))
    return 1 if overdue or closing else 0


def _navigator(args):
    from .evaluate import Navigator
    from .loader import PATHWAYS_DIR
    return Navigator(Path(args.rulebooks) if getattr(args, "rulebooks", None) else PATHWAYS_DIR,
                     backend=getattr(args, "engine", "auto"))


def cmd_eval(args):
    from .render import to_dict, to_text
    facts, file_as_of = read_facts(args.facts)
    as_of = args.as_of or (_as_of(file_as_of) if file_as_of else dt.date.today())
    nav = _navigator(args)
    ev = nav.evaluate(facts, as_of)
    if args.format == "json":
        json.dump(to_dict(ev, nav.vocab, args.lang), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        sys.stdout.write(to_text(ev, nav.vocab, args.lang, host_only=not args.all))
    return 0


def cmd_facts(args):
    from .i18n import Translator
    from .loader import vocabulary
    tr = Translator(args.lang)
    vocab = vocabulary()
    rows = [{"id": f.id, "type": f.type, "group": f.group, "values": list(f.values) or None,
             "min": f.minimum, "max": f.maximum, "derived_from": list(f.sources) or None,
             "question": tr.content(f"fact.{f.id}:question", f.question),
             "help": tr.content(f"fact.{f.id}:help", f.help)} for f in vocab.inputs()]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in rows:
        extra = f" = computed from {', '.join(r['derived_from'])} if not given" if r["derived_from"] else ""
        print(f"{r['id']:<40} {r['type']:<16} {r['question']}{extra}")
    return 0


def cmd_pathways(args):
    from .i18n import Translator
    from .loader import PATHWAYS_DIR, load_set
    tr = Translator(args.lang)
    rulebooks = load_set(Path(args.rulebooks) if args.rulebooks else PATHWAYS_DIR)
    rows = [{"id": p.id, "title": tr.content(f"{p.id}:title", p.title), "kind": p.kind, "jurisdiction": p.jurisdiction,
             "family": p.family, "file": p.file.split("pathways/")[-1], "sha256": p.sha256,
             "grants": sorted(p.granted_statuses()), "requires": sorted(p.required_statuses()),
             "versions": [{"valid_from": v.valid_from.isoformat(),
                           "valid_until": v.valid_until.isoformat() if v.valid_until else None,
                           "changes": v.changes, "unconfirmed": v.unconfirmed} for v in p.versions]}
            for p in rulebooks.ordered()]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for r in sorted(rows, key=lambda r: r["id"]):
        where = "/".join(x for x in (r["jurisdiction"].get("bloc"), r["jurisdiction"]["country"],
                                     r["jurisdiction"].get("city")) if x)
        spans = "; ".join(f"{v['valid_from']}..{v['valid_until'] or ''}" for v in r["versions"])
        print(f"{r['id']:<28} {where:<14} {spans}\n    {r['title']}")
    return 0


def _cluster_options(p):
    p.add_argument("--cluster", help="run on Dask: local[:N] (N worker processes) or a scheduler address "
                                     "tcp://host:8786; inputs CSV or Parquet, outputs resumable per partition")
    p.add_argument("--partition-rows", type=int, default=50_000, help="cases per partition with --cluster")


def _rulebooks_dir(args):
    from .loader import PATHWAYS_DIR
    return Path(args.rulebooks) if getattr(args, "rulebooks", None) else PATHWAYS_DIR


def cmd_batch(args):
    from .batch import Progress, count_rows, run_batch, write_results
    from .evaluate import Navigator
    if not Path(args.cases).is_file():
        raise CliError(f"{args.cases}: no such file (expected a CSV with a header row of fact names)")
    if args.cluster:          # the workers load the rulebooks; the client asks them for the pathway ids
        return _batch_on_cluster(args)
    nav = Navigator(_rulebooks_dir(args), backend=args.engine)
    ids = [p.id for p in nav.rulebooks.ordered()]
    from .partitions import is_parquet
    if is_parquet(args.cases) or is_parquet(args.out):
        raise CliError("Parquet input or output needs --cluster (e.g. --cluster local:2)")
    progress = Progress(count_rows(Path(args.cases)))
    start = __import__("time").time()
    fallback = None
    try:
        if args.row_path:
            outcomes = run_batch(Path(args.cases), _rulebooks_dir(args), args.as_of or dt.date.today(), args.jobs,
                                 args.engine, detail=True, timing=args.timing)
            errors = write_results(outcomes, Path(args.out), ids, progress, timing=args.timing)
        else:
            from .columnar import run_file
            _, errors, fallback = run_file(Path(args.cases), Path(args.out), _rulebooks_dir(args),
                                           args.as_of or dt.date.today(), ids, args.jobs, args.engine,
                                           progress=progress, timing=args.timing, nav=nav)
    except (ValueError, UnicodeDecodeError, __import__("csv").Error) as err:
        raise CliError(f"{args.cases}: {err}") from None
    finally:
        progress.close()
    via = "" if fallback is None else f"; {fallback} through the row path"
    print(f"{progress.done:,} cases in {__import__('time').time() - start:.1f} s -> {args.out}"
          f" ({errors} with errors, reported by row{via})", file=sys.stderr)
    return 0


def _cluster(args):
    from .cluster import ClusterError, connect
    try:
        return connect(args.cluster)
    except ClusterError as err:
        raise CliError(str(err)) from None


def _batch_on_cluster(args):
    """`batch --cluster`: partitions on Dask workers, resumable part files, the same output as without."""
    from .cluster import pathway_ids, run_batch
    start = __import__("time").time()
    client = _cluster(args)
    try:
        ids = pathway_ids(client, _rulebooks_dir(args), args.engine, args.timing)
        done, errors = run_batch(client, Path(args.cases), Path(args.out), _rulebooks_dir(args), args.engine,
                                 args.as_of or dt.date.today(), ids, args.partition_rows, timing=args.timing)
    except (ValueError, UnicodeDecodeError, __import__("csv").Error) as err:
        raise CliError(f"{args.cases}: {err}") from None
    finally:
        client.close()
    print(f"{done:,} cases in {__import__('time').time() - start:.1f} s -> {args.out}"
          f" ({errors} with errors, reported by partition and row)", file=sys.stderr)
    return 0


def _rule_spec(text):
    """A rule set for rescreen on a cluster, as workers rebuild it: (rulebook folder, date or None)."""
    from .facts import parse_date
    from .loader import PATHWAYS_DIR
    if Path(text).is_dir():
        return str(Path(text).resolve()), None
    try:
        return str(PATHWAYS_DIR), parse_date(text, "--old/--new").isoformat()
    except Exception:
        raise CliError(f"{text!r} is neither a rulebook folder nor a date YYYY-MM-DD") from None


def _set_or_date(text):
    """A rule set for rescreen: a rulebook folder, or a date (the shipped rules as of that date)."""
    from .evaluate import Navigator
    from .facts import parse_date
    from .loader import PATHWAYS_DIR
    if Path(text).is_dir():
        return Navigator(Path(text)), None
    try:
        return Navigator(PATHWAYS_DIR), parse_date(text, "--old/--new")
    except Exception:
        raise CliError(f"{text!r} is neither a rulebook folder nor a date YYYY-MM-DD") from None


def cmd_rescreen(args):
    from .batch import rescreen
    if args.cluster:
        if not args.out:
            raise CliError("rescreen --cluster needs --out FILE.csv (its parts are written beside it, to resume)")
        from .cluster import run_rescreen
        old, new = _rule_spec(args.old), _rule_spec(args.new)
        client = _cluster(args)
        try:
            done, errors = run_rescreen(client, Path(args.cases), Path(args.out), old, new,
                                        args.as_of or dt.date.today(), args.partition_rows)
        except (ValueError, UnicodeDecodeError, __import__("csv").Error) as err:
            raise CliError(f"{args.cases}: {err}") from None
        finally:
            client.close()
        print(f"{done:,} cases rescreened -> {args.out} ({errors} with errors)", file=sys.stderr)
        return 0
    changes = rescreen(Path(args.cases), _set_or_date(args.old), _set_or_date(args.new), args.as_of or dt.date.today(),
                       columnar=not args.row_path)
    out = open(args.out, "w", newline="", encoding="utf-8") if args.out else sys.stdout
    moved, last = 0, None
    try:
        w = __import__("csv").writer(out)
        w.writerow(["case_id", "row", "pathway", "old", "new", "why"])
        for row in changes:           # written as they come: a chunk of cases at a time (batch.rescreen)
            w.writerow(row)
            if (row[0], row[1]) != last:
                moved, last = moved + 1, (row[0], row[1])
    finally:
        if args.out:
            out.close()
    print(f"{moved} case(s) change outcome", file=sys.stderr)
    return 0


def cmd_diff(args):
    from .diff import diff_sets, scenario_changes
    from .evaluate import Navigator
    from .loader import FEATURES_DIR
    old, new = Navigator(Path(args.old)), Navigator(Path(args.new))
    lines = diff_sets(old, new)
    print("\n".join(lines) if lines else "no change to any pathway")
    features = Path(args.features) if args.features else FEATURES_DIR
    moved = scenario_changes(old, new, features)
    print(f"\nScenarios whose outcome changes ({len(moved)}):")
    print("\n".join(f"  {m}" for m in moved) if moved else "  none")
    return 0


def cmd_serve(args):
    """Serve the web front end (threaded development server; use gunicorn in production, see README)."""
    from werkzeug.serving import run_simple

    from web import create_app, warm_up
    config = {"RULEBOOKS": Path(args.rulebooks)} if args.rulebooks else {}
    app = warm_up(create_app(config))
    print(f"Pathway Navigator on http://{args.host}:{args.port}/ "
          f"({len(app.extensions['navigator'].rulebooks.pathways)} pathways{', DRAFT ' + args.rulebooks if args.rulebooks else ''})")
    run_simple(args.host, args.port, app, threaded=True, use_reloader=False)
    return 0


def cmd_coverage(args):
    from .coverage import report
    from .loader import FEATURES_DIR
    nav = _navigator(args)
    if args.seeds:            # the seed documents' items and what covers them (rules/seeds.yaml)
        from . import seeds
        items, problems = seeds.load_seeds(nav.rulebooks.pathways, Path(args.seeds))
        sys.stdout.write(seeds.report(items, problems, args.format))
        return 1 if problems else 0
    text, complete = report(nav, Path(args.features) if args.features else FEATURES_DIR)
    sys.stdout.write(text)
    return 0 if complete else 1


def build_parser():
    parser = argparse.ArgumentParser(prog="navigator", description="Which regular migration pathways are open to a person.")
    parser.add_argument("--version", action="version", version=f"navigator {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="check rulebooks: schema, facts, types, sources, dates, scenarios")
    p.add_argument("path", nargs="?", default=str(PATHWAYS_DIR))
    p.add_argument("--features", help="folder of scenarios (default: features/)")
    p.add_argument("--no-scenarios", action="store_true", help="do not require scenarios (drafts)")
    p.add_argument("--release", action="store_true",
                   help="publish gate: also every string translated, every scenario passing, every condition decisive both ways")
    p.add_argument("--max-age-days", type=int, default=365, metavar="N",
                   help="with --release: refuse a rulebook whose reviewed: date is more than N days old (default 365)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("review", help="rulebooks due for a review of their sources, oldest first")
    p.add_argument("--rulebooks", help="rulebook folder (default: pathways/)")
    p.add_argument("--max-age-days", type=int, default=365, metavar="N", help="a review is due N days after reviewed: (default 365)")
    p.add_argument("--within-days", type=int, default=60, metavar="D", help="also list what falls due within D days (default 60)")
    p.add_argument("--all", action="store_true", help="list every rulebook, oldest review first")
    p.add_argument("--as-of", type=_as_of, help="count from this day instead of today")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("eval", help="evaluate a person's facts (JSON file, or - for stdin)")
    p.add_argument("facts")
    p.add_argument("--as-of", type=_as_of, help="evaluation date YYYY-MM-DD (default: the file's as_of, else today)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--lang", default="en", help="output language: " + ", ".join(_languages()))
    p.add_argument("--all", action="store_true", help="also show pathways of other countries")
    p.add_argument("--rulebooks", help="rulebook folder (default: pathways/)")
    p.add_argument("--engine", choices=("auto", "durable-rules", "python"), default="auto")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("batch", help="evaluate a CSV of cases on every core; one row per case, a column per pathway")
    p.add_argument("cases")
    p.add_argument("--out", required=True, help="results CSV")
    p.add_argument("--as-of", type=_as_of, help="default evaluation date (a case's own as_of column wins)")
    p.add_argument("--jobs", type=int, default=0, help="processes (default: every core)")
    p.add_argument("--rulebooks")
    p.add_argument("--engine", choices=("auto", "durable-rules", "python"), default="auto")
    p.add_argument("--row-path", action="store_true",
                   help="evaluate case by case through the full evaluator (slower; the same output, for comparison)")
    p.add_argument("--timing", action="store_true",
                   help="also eligible_from, eligible_until and next_change per pathway of the host (docs/scale.md)")
    _cluster_options(p)
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("rescreen", help="cases whose outcome changes between two rule sets (folders) or two dates")
    p.add_argument("cases")
    p.add_argument("--old", required=True, help="rulebook folder or date")
    p.add_argument("--new", required=True, help="rulebook folder or date")
    p.add_argument("--as-of", type=_as_of, help="evaluation date when --old/--new are folders")
    p.add_argument("--out", help="changes CSV (default: standard output; required with --cluster)")
    p.add_argument("--row-path", action="store_true",
                   help="screen every case through the full evaluator (slower; the same output, for comparison)")
    _cluster_options(p)
    p.set_defaults(func=cmd_rescreen)

    p = sub.add_parser("diff", help="what changed between two rulebook folders, and which scenarios change outcome")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--features", help="scenario folder (default: features/)")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("serve", help="serve the web interview (kiosk, phone) on this machine")
    p.add_argument("--rulebooks", help="serve a draft rulebook folder (preview) instead of pathways/")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5000)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("coverage", help="pathways x scenarios x conditions: which conditions no scenario shows decisive")
    p.add_argument("--rulebooks", help="rulebook folder (default: pathways/)")
    p.add_argument("--features", help="scenario folder (default: features/)")
    p.add_argument("--seeds", nargs="?", const=str(RULES_HOME / "seeds.yaml"),
                   metavar="FILE", help="list each seed-document item with the pathways covering it (default rules/seeds.yaml)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="with --seeds: text or json")
    p.set_defaults(func=cmd_coverage, engine="auto")

    for name, func, helptext in (("facts", cmd_facts, "list the fact vocabulary"),
                                 ("pathways", cmd_pathways, "list loaded pathways and their versions")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("--format", choices=("text", "json"), default="text")
        p.add_argument("--lang", default="en")
        if name == "pathways":
            p.add_argument("--rulebooks")
        p.set_defaults(func=func)
    return parser


def _languages():
    from .i18n import available_languages
    return available_languages()


def main(argv=None) -> int:
    import logging
    logging.basicConfig(level=logging.WARNING, format="navigator: %(message)s")
    from .core import EngineError
    from .problems import InputError, RulebookError
    args = build_parser().parse_args(argv)
    from .home import missing
    if missing():
        print(f"navigator: {missing()}", file=sys.stderr)
        return 2
    if getattr(args, "lang", "en") not in _languages():
        print(f"navigator: --lang {args.lang!r} is not available (expected one of {', '.join(_languages())})",
              file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except InputError as err:
        for e in err.errors:
            print(f"navigator: bad fact {e}", file=sys.stderr)
        return 1
    except RulebookError as err:
        for p in err.problems:
            print(p, file=sys.stderr)
        print("navigator: the rulebook set failed its check and was refused", file=sys.stderr)
        return 1
    except (CliError, EngineError) as err:
        print(f"navigator: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # never a traceback for a person; say what happened
        print(f"navigator: internal error ({type(exc).__name__}: {exc}); please report it", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
