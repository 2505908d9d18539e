# The README's two commands. Both create .venv on first use (Python >= 3.10, CPU torch wheel pinned in settings.ini).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data/avgzsl_benchmark_datasets
RUNS ?= runs
DATASETS ?= UCF ActivityNet VGGSound
STAMP := $(shell date +%Y%m%d-%H%M%S)

.PHONY: install reproduce test sync-check

$(BIN)/avood: settings.ini setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e ".[dev]" > $(VENV)/pip.log 2>&1 || { grep -v "^WARNING: Location" $(VENV)/pip.log; exit 1; }
	$(BIN)/python -c "import avood, torch, nbdev; print('installed avood', avood.__version__, 'torch', torch.__version__, 'nbdev', nbdev.__version__)"
	touch $(BIN)/avood

install: $(BIN)/avood

# Main job on the embedded default: semi-synthetic benchmark (real class structure, generated features) for every dataset,
# a data check, and the probe/metrics demo, written to a new run folder.
reproduce: install
	$(BIN)/avood fetch-meta --if-missing
	@set -e; for ds in $(DATASETS); do \
	  if [ -d $(DATA)/$$ds ]; then echo "$(DATA)/$$ds exists: reusing it"; \
	  else $(BIN)/avood synth --dataset $$ds --root $(DATA); fi; \
	  $(BIN)/avood check-data --root $(DATA) --dataset $$ds; \
	done
	$(BIN)/avood probe --root $(DATA) --dataset all --out $(RUNS)/probe-$(STAMP)
	@echo "outputs: semi-synthetic benchmark in $(DATA)/, metrics in $(RUNS)/probe-$(STAMP)/metrics.json"

# Notebooks and avood/ must agree: export and clean, and fail if that changed anything.
sync-check: install
	@before=$$(git status --porcelain -- nbs avood); \
	$(BIN)/nbdev_export && $(BIN)/nbdev_clean; \
	after=$$(git status --porcelain -- nbs avood); \
	if [ "$$before" != "$$after" ]; then echo "nbs/ and avood/ are out of sync or notebooks are not clean:"; \
	  git status --porcelain -- nbs avood; exit 1; fi; echo "nbs/ and avood/ in sync, notebooks clean"

test: install sync-check
	$(BIN)/python -m pytest -q tests
