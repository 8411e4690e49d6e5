# Two commands: `make run` sets everything up and runs the navigator; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test test-py lint lock check bench clean translations screenshots wheel-smoke

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs are reproducible: every dependency is pinned, the service's in requirements.lock and the tests' in
# requirements-test.lock, made by `make lock` (pip-tools' pip-compile) from pyproject.toml; the project itself
# is then installed on top, editable, without resolving again.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip "setuptools>=68" wheel   # the build backend (tests build the wheel offline)
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(TEST_STAMP): $(STAMP) requirements-test.lock
	$(BIN)/pip install --quiet -r requirements-test.lock
	touch $@

LOCK_FLAGS := --quiet --strip-extras --no-emit-index-url --no-emit-find-links
lock:  ## re-pin every dependency after editing pyproject.toml's dependencies (needs the registry)
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile $(LOCK_FLAGS) --extra serve --output-file requirements.lock pyproject.toml
	$(BIN)/pip-compile $(LOCK_FLAGS) --extra serve --extra test --extra cluster --output-file requirements-test.lock pyproject.toml

# the production server (gunicorn, as README's production recipe), not Flask's development server; its settings
# (workers, preload, bind) are web/gunicorn_conf.py's, the same file bench/load_bench.py serves with
run: $(STAMP)
	$(BIN)/navigator check
	$(BIN)/gunicorn -c python:web.gunicorn_conf web.wsgi:app

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/navigator check
	$(BIN)/python -m pytest

# the suite on another interpreter, in its own venv beside .venv (.venv312, .venv313...), from the same lock:
#   make test-py PY=/root/.pyenv/versions/3.13.0/bin/python      (PYTEST_ARGS="-x" to stop at the first failure)
# On Python 3.13 durable-rules is not installed (pyproject's marker) and the suite runs on the built-in evaluator.
PY ?= python3.12
PY_VENV = .venv$(shell $(PY) -c 'import sys; print("%d%d" % sys.version_info[:2])')
PYTEST_ARGS ?=
test-py:
	@$(PY) -c 'import sys; assert sys.version_info >= (3, 11), sys.version' || { echo "PY=$(PY): Python 3.11 or later needed"; exit 2; }
	test -x $(PY_VENV)/bin/python || $(PY) -m venv $(PY_VENV)
	$(PY_VENV)/bin/pip install --quiet --upgrade pip "setuptools>=68" wheel
	$(PY_VENV)/bin/pip install --quiet -r requirements-test.lock
	$(PY_VENV)/bin/pip install --quiet --no-deps -e .
	$(PY_VENV)/bin/python -VV
	$(PY_VENV)/bin/navigator check
	$(PY_VENV)/bin/python -m pytest -p no:cacheprovider $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/core_bench.py

clean:
	rm -rf $(VENV) .venv3[0-9]* .pytest_cache .hypothesis .ruff_cache build *.egg-info

CONTENT_LANGS := es pt fr ht ar
UI_LANGS := $(CONTENT_LANGS)
translations: $(TEST_STAMP)  ## re-extract strings and merge them into every catalog (new strings stay untranslated)
	$(BIN)/pybabel extract -F babel.cfg -k _ -k _l --add-comments=TRANSLATORS: -o locales/navigator.pot .
	$(BIN)/pybabel extract -F babel-rulebooks.cfg -o locales/rulebooks.pot .
	for lang in $(UI_LANGS); do d=navigator; \
	  if [ -f locales/$$lang/LC_MESSAGES/$$d.po ]; then $(BIN)/pybabel update -D $$d -i locales/$$d.pot -d locales -l $$lang; \
	  else $(BIN)/pybabel init -D $$d -i locales/$$d.pot -d locales -l $$lang; fi; done
	for lang in $(CONTENT_LANGS); do d=rulebooks; \
	  if [ -f locales/$$lang/LC_MESSAGES/$$d.po ]; then $(BIN)/pybabel update -D $$d -i locales/$$d.pot -d locales -l $$lang; \
	  else $(BIN)/pybabel init -D $$d -i locales/$$d.pot -d locales -l $$lang; fi; done

screenshots: $(TEST_STAMP)  ## key pages at 360x740 and 1280x800 in headless Chromium -> screenshots/
	$(BIN)/python tests/screenshots.py

# a wheel built from pyproject.toml, installed in a fresh venv with the pinned service dependencies (no test
# extras), evaluates a person from another folder and passes the release gate
SMOKE := /tmp/navigator-wheel-smoke
wheel-smoke:
	rm -rf $(SMOKE) && $(PYTHON) -m venv $(SMOKE)
	$(SMOKE)/bin/pip install --quiet --constraint requirements.lock .
	cd /tmp && $(SMOKE)/bin/navigator eval $(CURDIR)/examples/p01_venezuelan_in_argentina.json --as-of 2024-10-15 \
	  | grep -q "ELIGIBLE: Special regularisation for Venezuelans in Argentina"
	cd /tmp && $(SMOKE)/bin/navigator check --release
	rm -rf $(SMOKE) build
