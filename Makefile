# Two entry points for a fresh machine with only Python 3.11 and make:
#   make run   - create .venv, install the project, run the pipeline on raw/ -> outputs/
#   make test  - create .venv, install the project with its test extras (and Debian's chromium
#                for the report test, when missing), run pytest
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test evaluate benchmark chromium clean

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

# The report is checked in a real browser: Debian's chromium, installed when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  (echo "installing Debian's chromium for the report test" && apt-get update -qq && \
	   DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  (echo "error: the report test needs chromium: apt-get install chromium" && false)

test: $(VENV)/.installed-test chromium
	$(BIN)/python -m pytest -q

evaluate: $(VENV)/.installed
	$(BIN)/python -m pipeline evaluate --gold ../shared/gold/seeds.jsonl --output outputs

benchmark: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py --corpus ../shared/corpus/dantri_society

clean:
	rm -rf $(VENV) outputs
