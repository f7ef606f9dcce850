# Two commands set up everything on a fresh machine: `make demo` and `make test`.
# The interpreter the venv is made from: the distribution's Python 3.11 where it can make a venv, else the python3.11
# on PATH; `make install PYTHON=/path/to/python3.11` chooses another. Debian's /usr/bin/python3.11 is one executable
# with the interpreter linked in; pyenv's default build (the python3.11 on this machine's PATH) runs it from a shared
# libpython, where a worker's cleaning and extraction take 9-16 % more CPU (docs/performance.md, session 25).
DISTRIBUTION_PYTHON := /usr/bin/python3.11
PYTHON ?= $(shell $(DISTRIBUTION_PYTHON) -c 'import ensurepip, venv' >/dev/null 2>&1 && echo $(DISTRIBUTION_PYTHON) || echo python3.11)
BASE_PYTHON := $(shell $(PYTHON) -c 'import sys; print(sys.executable)' 2>/dev/null)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell (cat pyproject.toml; echo $(BASE_PYTHON)) | cksum | cut -d' ' -f1)

.PHONY: demo test bench train-ner install bytecode clean redis browser

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python && [ "$$($(BIN)/python -c 'import sys; print(sys._base_executable)')" = "$(BASE_PYTHON)" ] \
	  || $(PYTHON) -m venv --clear $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip 2>&1 | grep -v 'is ignored' || true
	$(BIN)/python -m pip install -q -e '.[test]' 2>&1 | grep -v 'is ignored' || true
	@$(BIN)/python -c 'import pilkada.cli, pilkada.crawler, pilkada.ingest, scrapy, trafilatura, spacy, duckdb, lokal, scrapyd, scrapy_redis'
	@rm -f $(VENV)/.installed-* && touch $@

# The project's own modules compiled to bytecode, as an installed package's are. An editable install leaves them to
# each process, and where PYTHONDONTWRITEBYTECODE is set (this machine) every process compiles them again: 0.4 s of
# CPU in every crawl, across its processes. Only what changed is compiled again.
bytecode: install
	@$(BIN)/python -m compileall -q -j 0 cli crawler errors extract ingest warehouse web sites bench

demo: bytecode
	$(BIN)/pilkada demo --db pilkada.duckdb

test: bytecode redis browser
	$(BIN)/python -m pytest -q

# The scale-out tests run a real Redis server (Debian's redis-server), installed here when missing.
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq redis-server >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq redis-server >/dev/null; fi; }

# The page's tests (tests/test_web.py) drive Debian's headless Chromium through its chromedriver, installed here when missing.
browser:
	@{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium chromium-driver >/dev/null; fi; }

bench: bytecode
	$(BIN)/python bench/run.py

train-ner: install
	$(BIN)/python -m pilkada.extract.training.train_ner --data ../shared/data/ner

clean:
	rm -rf $(VENV) pilkada.duckdb pilkada.duckdb.*
