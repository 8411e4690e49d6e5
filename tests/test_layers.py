"""Layers (issue 15 item 3): no module imports another module's private helpers.

Every .py file under navigator/, web/, tests/, bench/ and tools/ is parsed (never imported, so this is fast and
needs no app) and each `from navigator... import _name` / `from web... import _name`, relative imports included
(`from .views import _helper` inside web/), is refused when `_name` is private and belongs to another module. A
module may use its own private names; dunder names (`__version__`) are public. A helper two modules need gets a
public name in the module that owns it.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("navigator", "web", "tests", "bench", "tools")
PACKAGES = ("navigator", "web")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_module(node: ast.ImportFrom, path: Path) -> str:
    """The absolute module an import names (`from .views import x` in web/clinic.py names `web.views`)."""
    if not node.level:
        return node.module or ""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]                 # a plain module's own package
    package = package[:len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_imports(path: Path, source: str) -> list[str]:
    """`file:line: from X import _name` for every private name imported from another module of the packages."""
    here, found = module_name(path), []
    for node in ast.walk(ast.parse(source, str(path))):
        if not isinstance(node, ast.ImportFrom):
            continue
        target = imported_module(node, path)
        if target.split(".")[0] not in PACKAGES:
            continue
        for alias in node.names:
            if is_private(alias.name) and target != here:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: from {target} import {alias.name}")
    return found


def python_files() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).rglob("*.py"))


def test_the_walk_sees_every_folder():
    seen = {p.relative_to(ROOT).parts[0] for p in python_files()}
    assert seen == set(FOLDERS) and len(python_files()) > 50


def test_no_module_imports_another_modules_private_names():
    offences = [line for p in python_files() for line in private_imports(p, p.read_text(encoding="utf-8"))]
    assert not offences, "private names imported across modules (give them a public name):\n" + "\n".join(offences)


@pytest.mark.parametrize("path, source, expected", [
    ("web/outcome.py", "from .views import _display_answer\n", ["web/outcome.py:1: from web.views import _display_answer"]),
    ("web/__init__.py", "from .questions import _country_options\n",
     ["web/__init__.py:1: from web.questions import _country_options"]),
    ("navigator/timing.py", "from .logic import FLIP, _FLIP\n", ["navigator/timing.py:1: from navigator.logic import _FLIP"]),
    ("tests/test_x.py", "def f():\n    from web.views import _grantable as g\n",
     ["tests/test_x.py:2: from web.views import _grantable"]),
    ("bench/x.py", "from navigator.explain import _walk, explain_pathway\n",
     ["bench/x.py:1: from navigator.explain import _walk"]),
    ("web/views.py", "from . import questions as Q\nfrom .answers import grantable as _grantable\n", []),
    ("navigator/explain.py", "from navigator.explain import _STATUS\n", []),       # its own private name
    ("navigator/cli.py", "from navigator import __version__\n", []),               # dunder: public
    ("tests/test_x.py", "from tests.web_steps import _fact\nfrom os.path import _get_sep\n", []),   # not the packages
])
def test_the_check_finds_private_imports_and_only_them(path, source, expected):
    assert private_imports(ROOT / path, source) == expected
