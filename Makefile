# Học vụ số — every target sets up what it needs (virtualenv, pip, npm, Debian's chromium).
SHELL := /bin/bash
PY := .venv/bin/python
VENV_STAMP := .venv/.stamp-install
NPM_STAMP := node_modules/.stamp-install
export NO_MKDOCS_2_WARNING := 1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve build offline scorm check test lint setup chromium bench clean lock

# Python packages come from requirements.lock, every one pinned with its hashes (`make lock` renews it).
$(VENV_STAMP): pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

## lock: renew requirements.lock from pyproject.toml (pip-tools, in a throwaway virtualenv)
lock:
	rm -rf .venv-lock && python3 -m venv .venv-lock && .venv-lock/bin/pip install --quiet pip-tools
	.venv-lock/bin/pip-compile --quiet --generate-hashes --extra test --all-build-deps --allow-unsafe --strip-extras \
	  --no-emit-index-url --no-emit-find-links --no-emit-trusted-host -o requirements.lock pyproject.toml
	rm -rf .venv-lock

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV_STAMP) $(NPM_STAMP)

chromium:
	@command -v /usr/bin/chromium >/dev/null || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; }
	@command -v pdftotext >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; }

## serve: build and serve the site at http://127.0.0.1:8000 (rebuilds on change)
serve: setup
	.venv/bin/mkdocs serve --dev-addr $(HOST):$(PORT)

## build: the online edition into site/
build: setup
	.venv/bin/mkdocs build --strict

## offline: the offline edition (opens from file://) as one zip under dist/
offline: setup
	$(PY) scripts/build_offline.py

## scorm: one course as a SCORM 1.2 package under dist/ (make scorm COURSE=nguoi-dan)
COURSE ?= nguoi-dan
scorm: setup
	.venv/bin/hocvuso export scorm $(COURSE)

## check: check every lesson and question bank
check: $(VENV_STAMP)
	.venv/bin/hocvuso check --strict

lint: $(VENV_STAMP) $(NPM_STAMP)
	.venv/bin/ruff check src tests hooks scripts
	.venv/bin/mypy
	node_modules/.bin/eslint src/hocvuso/static tests/js eslint.config.mjs

## bench: figures of a large generated corpus against plain MkDocs + Material (scripts/bench.py; not a test).
## Options go in ARGS, e.g. make bench ARGS="--lessons 100 --lighthouse --json bench.json" (Lighthouse: the npm
## devDependency the accessibility tests use too).
ARGS ?=
bench: setup chromium
	$(PY) scripts/bench.py $(ARGS)

## test: every test (Python, JS model, browser), plus lint and type checks
test: setup chromium
	.venv/bin/hocvuso check --strict
	$(MAKE) --no-print-directory lint
	node --test tests/js/
	$(PY) -m pytest -q

clean:
	rm -rf site dist .pytest_cache .mypy_cache .ruff_cache
