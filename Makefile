# OpenCME: `make run` serves the app with demo data on SQLite; `make test` runs the whole suite.
PYTHON_VERSION := $(shell cat .python-version)
PYTHON ?= $(shell command -v python3.12 2>/dev/null || command -v python3 2>/dev/null)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The links the site makes (emails, certificate QR codes) follow the port served.
export PORT
WORKERS ?= 2
# Test processes (pytest-xdist), one per core of the 2-core machines the suite is sized for;
# a module's tests stay in one process (--dist loadfile), as its fixtures expect.
TEST_WORKERS ?= 2
PYTEST := $(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile
export OPENCME_SETTINGS_CHECKED := 1

.PHONY: run test lint typecheck test-sqlite test-postgres install demo serve clean check-python

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null || \
	  { echo "OpenCME needs Python 3.12 or newer (pinned: $(PYTHON_VERSION)); install it, e.g. 'pyenv install $(PYTHON_VERSION)', or set PYTHON=/path/to/python3.12."; exit 1; }

$(VENV): | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@# An editable install leaves our modules uncompiled; a wheel's install compiles them. Compile
	@# them here too, so a command's first start (and every start where PYTHONDONTWRITEBYTECODE
	@# is set) does not compile ~250 modules from source (0.2 s of parse-listing's 0.6 s start).
	$(BIN)/python -m compileall -q src
	@touch $@

install: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

var/secret_key:
	@mkdir -p var
	@$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	@chmod 600 $@

demo: install var/secret_key
	$(BIN)/opencme migrate --no-input
	$(BIN)/opencme collectstatic --no-input --verbosity 0
	$(BIN)/opencme load-demo

run: demo
	$(BIN)/opencme serve --port $(PORT) --workers $(WORKERS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy src config bench tests

test-sqlite: install node_modules/.installed
	$(PYTEST)

test-postgres: install node_modules/.installed
	$(BIN)/python tests/pgserver.py -- $(PYTEST)

test: lint typecheck test-sqlite test-postgres

clean:
	rm -rf var/static .pytest_cache
