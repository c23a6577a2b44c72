# Two commands do all the set-up on a fresh Debian/Ubuntu machine with Python 3.11+:
#   make run    installs and starts the kiosk (SQLite in the per-user data folder)
#   make test   installs and runs every check: ruff, mypy --strict on all of kiosk (ui too), pytest on
#               every core (pytest-xdist), ending with the share of kiosk/ lines the suite ran (a figure
#               to watch, not a gate; `.venv/bin/coverage report --format=text` lists it per file)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench system-deps translations clean

run: system-deps $(VENV)/.installed-app translations
	$(BIN)/kiosk run $(ARGS)

test: system-deps $(VENV)/.installed-test translations
	$(BIN)/ruff check kiosk tests bench docs scripts
	$(BIN)/ruff format --check kiosk tests bench docs scripts
	$(BIN)/mypy
	$(BIN)/pytest -q -n auto --dist worksteal --cov --cov-report=term

bench: system-deps $(VENV)/.installed-test
	$(BIN)/python -m bench

# The compiled Qt catalogues (git-ignored) from the reviewed .ts sources; after changing any words a
# patient sees, run `$(BIN)/python scripts/extract_translations.py` first and translate what it marks unfinished.
TS := $(wildcard assets/i18n/*.ts)
QM := $(TS:.ts=.qm)

translations: $(QM)

assets/i18n/%.qm: assets/i18n/%.ts | $(VENV)/.installed-app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

system-deps:
	@scripts/system-deps.sh

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-app

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
