# Two commands: `make run` sets everything up and runs the navigator; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test check bench clean translations screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,cluster]'
	touch $@

run: $(STAMP)
	$(BIN)/navigator check
	$(BIN)/navigator serve --host 127.0.0.1 --port 5000

test: $(TEST_STAMP)
	$(BIN)/navigator check
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/core_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

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
