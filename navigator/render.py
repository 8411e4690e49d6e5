"""Evaluation output: a stable JSON document (documented in README, schema in rules/evaluation.schema.json)
and a plain-text report a clinic can read and file."""
from __future__ import annotations

import textwrap

from .explain import ELIGIBLE, NOT_ELIGIBLE, UNDETERMINED
from .i18n import Translator
from .loader import CITY_TEXT, JURISDICTION_TEXT
from .logic import MET, NOT_MET
from .reference import country_name
from .timing import NO_TIMING

ORDER = {ELIGIBLE: 0, UNDETERMINED: 1, NOT_ELIGIBLE: 2}


def _(message):  # marks interface strings for extraction; translated at render time
    return message


STATUS_LABEL = {ELIGIBLE: _("Eligible"), NOT_ELIGIBLE: _("Not eligible"), UNDETERMINED: _("Undetermined")}
CONDITION_MARK = {MET: "[yes]", NOT_MET: "[no]", "unknown": "[?]"}
CONDITION_LABEL = {MET: _("met"), NOT_MET: _("not met"), "unknown": _("unknown")}
# What would change a "no" (navigator/timing.py): %(change)s is one or two vocabulary phrases ("get a passport")
WOULD_CHANGE = {ELIGIBLE: _("If you %(change)s, you could apply."),
                UNDETERMINED: _("If you %(change)s, you might be able to apply: other answers would then decide it.")}
CHANGE_AND = _("%(first)s and %(second)s")


def _display(value, tr):
    if isinstance(value, (set, frozenset, list, tuple)):
        return ", ".join(sorted(country_name(v, tr.lang) if isinstance(v, str) and len(v) == 2 else str(v)
                                for v in value))
    return None if value is None else str(value)


def city_label(city_id: str, tr, vocab=None) -> str:
    """`vocab`: the evaluating Navigator's own (after a live reload, the tables read at start-up are stale)."""
    if vocab is None:
        from .loader import vocabulary
        vocab = vocabulary()
    return tr.label(vocab["city"], city_id)


def condition_text(result, pathway, tr, vocab=None) -> str:
    node = result.node
    if node.id == "in_jurisdiction":
        return tr._(JURISDICTION_TEXT).format(country=country_name(pathway.country, tr.lang))
    if node.id == "in_city":
        return tr._(CITY_TEXT).format(city=city_label(pathway.jurisdiction["city"], tr, vocab))
    if node.id == "in_force":
        first, last = pathway.versions[0], pathway.versions[-1]
        if result.status == NOT_MET and node.text.startswith("In force from"):
            return tr._("Not yet in force: it starts on %(date)s", date=first.valid_from.isoformat())
        return tr._("Closed on %(date)s", date=node.text.rsplit(" ", 1)[-1] if node.text else str(last.valid_until))
    return tr.content(f"{pathway.id}:cond.{node.id}:text", node.text)


def _conditions(tree, pathway, tr, vocab=None):
    out = []

    def walk(result, depth):
        node = result.node
        if node.id != "conditions":
            entry = {"id": node.id, "kind": node.kind, "depth": depth, "text": condition_text(result, pathway, tr, vocab),
                     "status": result.status,
                     "source": node.source.as_dict() if node.source else None,
                     "unconfirmed": tr.note(node.unconfirmed), "unsettled": tr.note(node.unsettled)}
            if node.kind == "fact" and node.fact:
                entry["fact"] = node.fact
                entry["tested_against"] = _display(result.expected, tr)
            if node.kind == "status":
                entry["status_required"] = node.status
            out.append(entry)
            depth += 1
        for kid in result.children:
            walk(kid, depth)

    walk(tree, 0)
    return out


def procedure(r, tr) -> list:
    """How to apply, step by step (the version's `procedure:`), each with its source, in the person's language."""
    v = r.version
    return [{"id": s.id, "text": tr.content(f"{r.pathway.id}:step.{s.id}:text", s.text),
             "source": s.source.as_dict() if s.source else None, "unconfirmed": tr.note(s.unconfirmed)}
            for s in (v.procedure if v else ())]


def closing_note(p, tr) -> dict | None:
    """Why a closed pathway closed and what replaced it (the rulebook's `closed:`)."""
    c = p.closed
    if not c:
        return None
    last = p.versions[-1].valid_until if p.versions else None
    return {"on": (c["on"] or last).isoformat() if (c["on"] or last) else None,
            "reason": tr.content(f"{p.id}:closed:reason", c["reason"]), "replaced_by": c["replaced_by"],
            "source": c["source"].as_dict() if c["source"] else None, "unconfirmed": tr.note(c["unconfirmed"])}


def _json_value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def would_change(r, tr) -> list:
    """The smallest changes of answers that would turn this "no", each said as one sentence."""
    out = []
    for facts, status, changes in r.would_change:
        phrases = [tr.content(f"fact.{f}:changeable.{c.id}:text", c.text) for f, c in zip(facts, changes)]
        change = phrases[0] if len(phrases) == 1 else tr._(CHANGE_AND, first=phrases[0], second=phrases[1])
        out.append({"facts": {f: _json_value(v) for f, v in facts.items()}, "status": status,
                    "text": tr._(WOULD_CHANGE[status], change=change)})
    return out


def pathway_dict(r, tr, vocab) -> dict:
    p, v = r.pathway, r.version
    ctx = p.id
    grants = dict(v.grants, title=tr.content(f"{ctx}:grants:title", v.grants.get("title", ""))) if v and v.grants else None
    return {
        "id": p.id,
        "title": tr.content(f"{ctx}:title", p.title),
        "summary": tr.content(f"{ctx}:summary", p.summary),
        "kind": p.kind,
        "family": p.family,
        "jurisdiction": dict(p.jurisdiction, country_name=country_name(p.country, tr.lang)),
        "status": r.status,
        "status_label": tr._(STATUS_LABEL[r.status]),
        "rulebook": {"id": p.id, "version": v.label if v else None, "valid_from": v.valid_from.isoformat() if v else None,
                     "valid_until": v.valid_until.isoformat() if v and v.valid_until else None,
                     "sha256": p.sha256, "file": p.file.split("pathways/")[-1],
                     "reviewed": p.reviewed.isoformat() if p.reviewed else None,
                     "reviewed_sources": list(p.reviewed_sources)},
        "procedure": procedure(r, tr),
        "instrument": p.instrument.as_dict(),
        "conditions": _conditions(r.tree, p, tr, vocab),
        "failed": [f.node.id for f in r.failed],
        "missing": list(r.missing),
        "questions": {f: tr.content(f"fact.{f}:question", vocab[f].question) for f in r.missing if f in vocab},
        "unconfirmed": [{"where": w, "note": tr.note(note)} for w, note, _s in r.unconfirmed],
        "unsettled": [tr.note(n.unsettled) for n in r.unsettled],
        "grants": grants,
        "documents": [{"id": d["id"], "text": tr.content(f"{ctx}:doc.{d['id']}:text", d["text"])}
                      for d in (v.documents if v else [])],
        "apply": ({k: (tr.content(f"{ctx}:apply:{k}", x) if k in ("where", "how", "fee") else x) for k, x in v.apply.items()}
                  if v and v.apply else None),
        "closed_on": r.closed_on.isoformat() if r.closed_on else None,
        "opens_on": r.opens_on.isoformat() if r.opens_on else None,
        "replaced_by": (v.replaced_by if v else None) or (p.closed["replaced_by"] if p.closed and r.closed_on else None),
        "closed": closing_note(p, tr) if r.closed_on else None,
        "timing": (r.timing or NO_TIMING).as_dict(),
        "would_change": would_change(r, tr),
    }


def to_dict(ev, vocab, lang=None) -> dict:
    tr = Translator(lang)
    results = sorted(ev.results, key=lambda r: (ORDER[r.status], r.pathway.id))
    return {
        "as_of": ev.as_of.isoformat(),
        "navigator_version": ev.navigator_version,
        "engine": ev.engine,
        "lang": tr.lang,
        "rulebook_set": {"sha256": ev.rulebook_set},
        "pathways": [pathway_dict(r, tr, vocab) for r in results],
    }


def _cite(source) -> str:
    if not source:
        return ""
    return f"{source['instrument']}: {source['article']} <{source['url']}>"


def timing_lines(p, tr) -> list:
    """The pathway's timing and what would change a "no", in words (text output)."""
    t, out = p["timing"], []
    if t["eligible_from"]:
        out.append(tr._("Eligible from %(date)s", date=t["eligible_from"]))
    if t["eligible_until"]:
        out.append(tr._("Eligible until %(date)s: apply by that day", date=t["eligible_until"]))
    nc = t["next_change"]
    if nc and not (t["eligible_from"] == nc["on"] or t["eligible_until"]):
        out.append(tr._("From %(date)s the answer becomes: %(status)s", date=nc["on"],
                        status=tr._(STATUS_LABEL[nc["status"]])))
    out += [w["text"] for w in p["would_change"]]
    return out


def to_text(ev, vocab, lang=None, host_only=True) -> str:
    data = to_dict(ev, vocab, lang)
    tr = Translator(lang)
    host = ev.person.values.get("host_country")
    lines = [tr._("Pathway Navigator %(version)s: evaluation as of %(date)s", version=data["navigator_version"],
                  date=data["as_of"]),
             tr._("Rulebook set %(sha)s, engine %(engine)s", sha=data["rulebook_set"]["sha256"][:12], engine=data["engine"]),
             ""]
    shown = [p for p in data["pathways"] if not host_only or host is None or p["jurisdiction"]["country"] == host]
    hidden = len(data["pathways"]) - len(shown)
    for p in shown:
        steps = p["procedure"] if p["status"] != NOT_ELIGIBLE else []
        first = (" — " + steps[0]["text"]) if steps else ""
        lines.append(f"== {p['status_label'].upper()}{first}: {p['title']}")
        lines.append(f"   {p['id']} ({p['jurisdiction']['country_name']}), "
                     + tr._("rulebook version %(v)s, sha256 %(sha)s", v=p["rulebook"]["version"], sha=p["rulebook"]["sha256"][:12]))
        if p["rulebook"]["reviewed"]:
            lines.append("   " + tr._("Information checked on %(date)s", date=p["rulebook"]["reviewed"]))
        lines += ["   " + line for line in timing_lines(p, tr)]
        if steps:
            lines.append("   " + tr._("How to apply, first") + ":")
            for n, s in enumerate(steps, 1):
                lines.append(f"     {n}. {s['text']}")
                if s["source"]:
                    lines.append("        " + tr._("Source") + ": " + _cite(s["source"]))
                if s["unconfirmed"]:
                    lines.append("        " + tr._("Not confirmed (a clinic can check)") + f": {s['unconfirmed']}")
        for c in p["conditions"]:
            indent = "   " + "  " * c["depth"]
            lines.append(f"{indent}{CONDITION_MARK[c['status']]} {c['text']}")
            if c["source"] and c["kind"] not in ("all", "any", "not"):
                lines.append(indent + "    " + tr._("Source") + ": " + _cite(c["source"]))
            if c["unsettled"]:
                lines.append(indent + "    " + tr._("The law does not settle this") + ": " + c["unsettled"])
        if p["missing"]:
            lines.append("   " + tr._("Would decide it") + ":")
            for f in p["missing"]:
                lines.append(f"     - {f}: {p['questions'].get(f, '')}")
        for u in p["unconfirmed"]:
            lines.append("   " + tr._("Not confirmed (a clinic can check)") + f": {u['note']}")
        if p["closed_on"]:
            replaced = "; " + tr._("replaced by") + " " + p["replaced_by"] if p["replaced_by"] else ""
            lines.append("   " + tr._("Closed on %(date)s", date=p["closed_on"]) + replaced)
            if p["closed"]:
                lines.append("   " + tr._("Why it closed") + ": " + p["closed"]["reason"])
        if p["status"] != NOT_ELIGIBLE and p["grants"]:
            years = " (" + tr._("%(n)s years", n=p["grants"]["years"]) + ")" if p["grants"].get("years") else ""
            lines.append("   " + tr._("Grants") + ": " + p["grants"]["title"] + years)
        if p["status"] != NOT_ELIGIBLE and p["documents"]:
            lines.append("   " + tr._("Documents to bring") + ":")
            lines += [f"     - {d['text']}" for d in p["documents"]]
        if p["status"] != NOT_ELIGIBLE and p["apply"]:
            lines.append("   " + tr._("Where to apply") + f": {p['apply']['where']}"
                         + (f" <{p['apply']['url']}>" if p["apply"].get("url") else ""))
            if p["apply"].get("how"):
                lines.append("     " + p["apply"]["how"])
            if p["apply"].get("fee"):
                lines.append("   " + tr._("Fee") + ": " + p["apply"]["fee"])
        lines.append("")
    if hidden:
        lines.append(tr._("%(n)s pathways of other countries not shown (use --all).", n=hidden))
    return "\n".join(textwrap.fill(line, 110, subsequent_indent=" " * (len(line) - len(line.lstrip()) + 4),
                                   break_on_hyphens=False, break_long_words=False) if len(line) > 110 else line
                     for line in lines) + "\n"
