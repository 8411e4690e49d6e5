"""The package (issue 15): the vocabulary files validate against the schema they point editors at, the wheel
carries the data, the data is found wherever the navigator is installed, settings come from NAVIGATOR_*,
and each constant has one copy."""
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest

from navigator import home
from navigator.derive import KNOWN_COMPUTATIONS
from navigator.i18n import CONTENT_LANGUAGES, LANGUAGES
from navigator.loader import RULES_DIR
from navigator.vocabulary import TYPES

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((RULES_DIR / "vocabulary.schema.json").read_text())
VOCABULARY_FILES = [RULES_DIR / "facts.yaml", *sorted((RULES_DIR / "facts").glob("*.yaml"))]


@pytest.mark.parametrize("path", VOCABULARY_FILES, ids=lambda p: p.name)
def test_every_vocabulary_file_validates_against_the_schema_it_points_at(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    pointer = first.removeprefix("# yaml-language-server: $schema=")
    assert pointer != first and (path.parent / pointer).resolve() == RULES_DIR / "vocabulary.schema.json"
    jsonschema.Draft202012Validator(SCHEMA).validate(_typed(path))


def _typed(path):
    """YAML as the loader reads it (1.2 booleans and integers, dates kept as text)."""
    from navigator import yamlsafe
    return yamlsafe.load(path.read_bytes(), str(path)).data


def test_the_schema_is_refused_by_a_typo_and_follows_the_code():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert not validator.is_valid({"facts": [{"id": "x", "type": "countryy"}]})
    assert not validator.is_valid({"facts": [{"id": "x", "type": "bool", "qestion": "?"}]})
    assert not validator.is_valid({"facts": [{"id": "x", "type": "enum"}]})          # an enum needs values
    fact = SCHEMA["$defs"]["fact"]["properties"]
    assert set(fact["type"]["enum"]) == TYPES and set(fact["compute"]["enum"]) == KNOWN_COMPUTATIONS


def test_one_copy_of_the_languages():
    makefile = (ROOT / "Makefile").read_text()
    content = re.search(r"^CONTENT_LANGS := (.*)$", makefile, re.M).group(1).split()
    ui = re.search(r"^UI_LANGS := \$\(CONTENT_LANGS\)(.*)$", makefile, re.M).group(1).split()
    assert tuple(content) == CONTENT_LANGUAGES and set(content + ui + ["en"]) == set(LANGUAGES)


def test_settings_come_from_navigator_environment_variables(monkeypatch, navigator):
    from web import create_app
    monkeypatch.setenv("NAVIGATOR_SECRET_KEY", "0123456789")            # digits stay a key, not a number
    monkeypatch.setenv("NAVIGATOR_OLD_SECRET_KEYS", "old-one, old-two")
    monkeypatch.setenv("NAVIGATOR_RECEIPT_DAYS", "30")
    monkeypatch.setenv("NAVIGATOR_LANGUAGE", "pt")
    app = create_app(navigator=navigator)
    assert app.config["SECRET_KEYS"] == ("0123456789", "old-one", "old-two")
    assert app.config["RECEIPT_DAYS"] == 30 and app.config["DEFAULT_LANGUAGE"] == "pt"
    assert create_app({"RECEIPT_DAYS": 7}, navigator=navigator).config["RECEIPT_DAYS"] == 7   # explicit wins
    monkeypatch.setenv("NAVIGATOR_RECEIPT_DAYS", "forever")
    with pytest.raises(ValueError, match="NAVIGATOR_RECEIPT_DAYS"):
        create_app(navigator=navigator)


def test_data_is_found_from_navigator_home_or_named_as_missing(tmp_path):
    code = "from navigator import home; print(home.HOME); print(home.missing())"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={"NAVIGATOR_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}, check=True)
    where, why = run.stdout.splitlines()
    assert Path(where) == tmp_path and "no rulebook data" in why and "NAVIGATOR_HOME" in why
    assert home.missing() is None and home.HOME == ROOT          # this checkout
    cli = subprocess.run([sys.executable, "-m", "navigator.cli", "facts"], capture_output=True, text=True,
                         cwd=tmp_path, env={"NAVIGATOR_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert cli.returncode == 2 and "NAVIGATOR_HOME" in cli.stderr and "Traceback" not in cli.stderr


def test_the_wheel_carries_rules_pathways_catalogs_and_scenarios(tmp_path):
    """Built without dependencies or network (setuptools from this environment); `make wheel-smoke` and
    .ci/run then install it in a fresh venv and evaluate a person from another folder."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    names = set(zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist())
    for needed in ("navigator/data/rules/facts.yaml", "navigator/data/rules/vocabulary.schema.json",
                   "navigator/data/pathways/ar/disp388.yaml", "navigator/data/locales/es/LC_MESSAGES/rulebooks.po",
                   "navigator/data/features/codigos_retirados.feature", "web/templates/base.html",
                   "web/static/style.css", "navigator/home.py"):
        assert needed in names, needed
    assert not [n for n in names if n.startswith(("tests/", "bench/", "build/"))]
