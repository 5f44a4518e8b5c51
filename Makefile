# SilkStat: two commands do all set-up on a fresh machine.
#   make demo   ETL over the bundled articles into the embedded SQLite database, then the dashboard
#   make test   the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: demo test lint bench install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/silkstat demo --port $(PORT)

test: install
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: install
	$(BIN)/ruff check etl dashboard tests bench

bench: install
	$(BIN)/python bench/extract_throughput.py

clean:
	rm -rf $(VENV) .pytest_cache
