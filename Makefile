# Two entry points for a fresh machine with only Python 3.11 and make:
#   make run   - create .venv, install the project, run the pipeline on raw/ -> outputs/
#   make test  - create .venv, install the project with its test extras, run pytest
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test evaluate benchmark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/python -m pipeline --input raw --output outputs

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

evaluate: $(VENV)/.installed
	$(BIN)/python -m pipeline evaluate --gold ../shared/gold/seeds.jsonl --output outputs

benchmark: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py --corpus ../shared/corpus/dantri_society

clean:
	rm -rf $(VENV) outputs
