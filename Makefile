# Two entry points for a fresh machine with only Python 3.11 and make:
#   make run   - create .venv, install the project, run the pipeline on raw/ -> outputs/
#   make test  - create .venv, install the project with its test extras (and Debian's chromium
#                for the browser tests, when missing), run pytest
# Both install the versions in constraints.txt, the ones the tests last passed with; refresh
# them on purpose with `make constraints` (then run `make test` and commit the file).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --quiet --constraint constraints.txt
PORT ?= 8001

.PHONY: run test evaluate benchmark browse notebook constraints plain-install chromium clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-browse: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[browse]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-notebook: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[notebook]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/python -m pipeline --input raw --output outputs

outputs/documents.csv: | $(VENV)/.installed
	$(BIN)/python -m pipeline --input raw --output outputs

# The report and the browse command are checked in a real browser: Debian's chromium.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  (echo "installing Debian's chromium for the browser tests" && apt-get update -qq && \
	   DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  (echo "error: the browser tests need chromium: apt-get install chromium" && false)

test: $(VENV)/.installed-test chromium
	$(BIN)/python -m pytest -q

evaluate: $(VENV)/.installed
	$(BIN)/python -m pipeline evaluate --gold ../shared/gold/seeds.jsonl --output outputs

benchmark: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py --corpus ../shared/corpus/dantri_society

# The tables of outputs/ in a browser (Datasette on 127.0.0.1:$(PORT)); Ctrl+C stops it.
browse: $(VENV)/.installed-browse outputs/documents.csv
	$(BIN)/python -m pipeline browse --output outputs --port $(PORT)

# The notebook in JupyterLab, on the tables of outputs/.
notebook: $(VENV)/.installed-notebook outputs/documents.csv
	PIPELINE_OUTPUTS=$(CURDIR)/outputs $(BIN)/jupyter lab notebooks/explore.ipynb

# The versions of every package the tests pass with, from a new environment with all extras.
constraints:
	rm -rf .constraints-venv
	$(PYTHON) -m venv .constraints-venv
	.constraints-venv/bin/python -m pip install --quiet --upgrade pip
	.constraints-venv/bin/python -m pip install --quiet '.[test,browse,notebook]'
	(echo "# pip constraints: the versions the tests passed with; refresh with make constraints"; \
	 .constraints-venv/bin/python -m pip freeze --exclude-editable | grep -v '^vn-danvan-pipeline') > constraints.txt
	rm -rf .constraints-venv

# What a user gets with a plain `python -m venv` and `pip install .` (Python 3.11's own pip,
# no constraints): the saved-web-page and corpus tests, run against the installed package.
plain-install:
	rm -rf .plain-venv
	$(PYTHON) -m venv .plain-venv
	.plain-venv/bin/python -m pip install --quiet .
	.plain-venv/bin/python -m pip install --quiet pytest
	cd tests && PIPELINE_INSTALLED=1 ../.plain-venv/bin/python -m pytest -q -p no:cacheprovider -o addopts="" \
	  test_corpora.py test_robustness.py::test_a_saved_web_page_gives_the_article_only
	rm -rf .plain-venv

clean:
	rm -rf $(VENV) outputs .plain-venv .constraints-venv
