"""Load rulebook YAML safely, keeping the line and column of every value so errors can point at them.

Why not yaml.safe_load: it cannot report positions, it turns `NO` (Norway) into False and dates into
objects, it silently keeps the last of two duplicate keys, and aliases let a small file expand into a
huge tree. This loader refuses aliases and duplicate keys, keeps dates as strings and only true/false
as booleans, and caps size and depth.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from .problems import Problem

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML-1.2-like scalars: no timestamps, booleans only true/false."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError("while composing", None,
                                       "aliases (*name) are not allowed in rulebooks; write the content out",
                                       event.start_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError("while composing", None,
                                       "anchors (&name) are not allowed in rulebooks; write the content out",
                                       event.start_mark)
        return super().compose_node(parent, index)


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers
          if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).insert(0, ("tag:yaml.org,2002:bool", _BOOL))


@dataclass
class Document:
    """Plain data (dicts, lists, scalars) plus the position of every node, keyed by its path."""
    data: object
    file: str
    positions: dict = field(default_factory=dict)

    def where(self, path) -> tuple[int, int]:
        path = tuple(path)
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def problem(self, path, message, expected=None, severity="error") -> Problem:
        line, col = self.where(path)
        return Problem(self.file, line, col, message, expected, severity)


_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq")}


class YamlLoadError(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def load(text: str | bytes, file: str) -> Document:
    """Parse one YAML document; raise YamlLoadError naming file:line:col on anything unsafe or malformed."""
    if isinstance(text, bytes):
        if len(text) > MAX_BYTES:
            raise YamlLoadError(Problem(file, 1, 1, f"file is {len(text)} bytes", f"at most {MAX_BYTES} bytes"))
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise YamlLoadError(Problem(file, 1, 1, f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                                        "a UTF-8 encoded file")) from None
    if len(text) > MAX_BYTES:
        raise YamlLoadError(Problem(file, 1, 1, f"file is {len(text)} characters", f"at most {MAX_BYTES}"))
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlLoadError(Problem(file, line, col, f"YAML syntax: {exc.problem or exc.context}")) from None
    except yaml.YAMLError as exc:
        raise YamlLoadError(Problem(file, 1, 1, f"YAML syntax: {exc}")) from None
    except RecursionError:
        raise YamlLoadError(Problem(file, 1, 1, "the document is nested too deeply",
                                    f"at most {MAX_DEPTH} levels")) from None
    finally:
        loader.dispose()
    doc = Document(None, file)
    if node is None:
        raise YamlLoadError(Problem(file, 1, 1, "the file is empty", "a YAML mapping"))
    doc.data = _build(node, (), doc, loader, 0)
    return doc


def _build(node, path, doc, loader, depth):
    if depth > MAX_DEPTH:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        raise YamlLoadError(Problem(doc.file, line, col, "the document is nested too deeply",
                                    f"at most {MAX_DEPTH} levels"))
    doc.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if node.tag not in _PLAIN_TAGS:
        raise YamlLoadError(Problem(doc.file, node.start_mark.line + 1, node.start_mark.column + 1,
                                    f"YAML tag {node.tag!r} is not allowed in rulebooks", "plain text, numbers, lists and mappings"))
    if isinstance(node, yaml.MappingNode):
        out = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlLoadError(Problem(doc.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                            "a mapping key must be plain text"))
            key = loader.construct_object(key_node)
            key = key if isinstance(key, str) else str(key)
            if key in out:
                raise YamlLoadError(Problem(doc.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                            f"duplicate key {key!r}", "each key once per mapping"))
            out[key] = _build(value_node, path + (key,), doc, loader, depth + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), doc, loader, depth + 1) for i, item in enumerate(node.value)]
    try:
        return loader.construct_object(node)
    except yaml.YAMLError as exc:
        raise YamlLoadError(Problem(doc.file, node.start_mark.line + 1, node.start_mark.column + 1,
                                    f"bad value: {exc}")) from None
