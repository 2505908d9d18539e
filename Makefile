# The README's two commands. Both create .venv on first use (Python >= 3.10, CPU torch wheel pinned in settings.ini).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data/avgzsl_benchmark_datasets
RUNS ?= runs
DATASETS ?= UCF ActivityNet VGGSound

.PHONY: install meta reproduce test test-sweep sync-check

$(BIN)/avood: settings.ini setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e ".[dev]" > $(VENV)/pip.log 2>&1 || { grep -v "^WARNING: Location" $(VENV)/pip.log; exit 1; }
	$(BIN)/python -c "import avood, torch, nbdev; print('installed avood', avood.__version__, 'torch', torch.__version__, 'nbdev', nbdev.__version__)"
	touch $(BIN)/avood

install: $(BIN)/avood

# The real metadata (class splits, clip lists, word embeddings) that the benchmark, the notebooks and the tests are built
# on: found at $AVOOD_META, at ../shared/avgzsl_meta beside the checkout or in the cache, else downloaded once (verified by
# checksum). The folder found is passed on to every later step as AVOOD_META.
META_LOG := $(VENV)/fetch-meta.log
meta: install
	@$(BIN)/avood fetch-meta --if-missing > $(META_LOG) 2>&1 || { \
	  echo "no AV-GZSL metadata folder found, and fetching it failed: $$(tail -n 1 $(META_LOG))"; \
	  echo "(put the metadata at ../shared/avgzsl_meta beside the checkout, or set AVOOD_META=DIR)"; exit 1; }
	@tail -n 1 $(META_LOG)
META_DIR = $$($(BIN)/python -c 'from avood.meta import find_meta_dir; print(find_meta_dir())')

# Main job on the embedded default: the semi-synthetic benchmark (real class structure, generated features) for every
# dataset, a data check, then the paper's tables and figures (its six experiment notebooks, run with papermill) at the
# `fast` preset (README, *Learning curves and the `fast` preset*) under the `reference` profile (the official code's
# settings, whose gate works on this benchmark; the `paper` profile's UCF detector learning rate diverges: README,
# *Results*), with the ridge map as the one compared system run alone, into $(OUT). JOBS notebooks run at once (a dataset's first before its others).
# Re-running resumes: finished notebooks are skipped, trained components come from $(OUT)/cache.
# PRESET=quick PROFILE=paper NOTEBOOKS=all SYSTEMS=all: the short smoke run (numbers that mean nothing) of every notebook.
# THREADS: torch's CPU threads per job. Results are bit-identical for the same seed and thread count; another count
# changes the order of float sums, and training drifts (the committed tables/ and figures/ were made with 1).
# NUMERICS=portable: numbers that do not depend on the x86 CPU (avood/layers.py, PORTABLE_ENV; README, *What is
# reproducible*), at about +50 % time; the default `native` lets each library pick its fastest code for this CPU.
PRESET ?= fast
PROFILE ?= reference
NOTEBOOKS ?= paper
SYSTEMS ?= ridge
JOBS ?= 2
SEEDS ?= 42
THREADS ?= 1
NUMERICS ?= native
PORTABLE_ENV := AVOOD_NUMERICS=portable ATEN_CPU_CAPABILITY=avx2 MKL_CBWR=COMPATIBLE ONEDNN_MAX_CPU_ISA=AVX2
NUMERICS_ENV = $(if $(filter portable,$(NUMERICS)),$(PORTABLE_ENV),$(if $(filter native,$(NUMERICS)),,$(error NUMERICS must be native or portable)))
OUT ?= $(RUNS)/reproduce-$(PRESET)-$(PROFILE)$(if $(filter portable,$(NUMERICS)),-portable,)
reproduce: meta
	@export AVOOD_META=$(META_DIR); set -e; for ds in $(DATASETS); do \
	  if [ -d $(DATA)/$$ds ]; then echo "$(DATA)/$$ds exists: reusing it"; \
	  else $(BIN)/avood synth --dataset $$ds --root $(DATA); fi; \
	  $(BIN)/avood check-data --root $(DATA) --dataset $$ds; \
	done
	AVOOD_META=$(META_DIR) OMP_NUM_THREADS=$(THREADS) MKL_NUM_THREADS=$(THREADS) $(NUMERICS_ENV) $(BIN)/avood reproduce --root $(DATA) --dataset all --preset $(PRESET) --profile $(PROFILE) \
	  --seeds $(SEEDS) --notebooks $(NOTEBOOKS) $(if $(SYSTEMS),--systems $(SYSTEMS),) --jobs $(JOBS) --out $(OUT)
	@echo "outputs (semi-synthetic benchmark): tables in $(OUT)/tables/, figures in $(OUT)/figures/, executed notebooks in $(OUT)/runs/"

# Notebooks and avood/ must agree: export and clean, and fail if that changed anything.
sync-check: install
	@before=$$(git status --porcelain -- nbs avood); \
	$(BIN)/nbdev_export && $(BIN)/nbdev_clean; \
	after=$$(git status --porcelain -- nbs avood); \
	if [ "$$before" != "$$after" ]; then echo "nbs/ and avood/ are out of sync or notebooks are not clean:"; \
	  git status --porcelain -- nbs avood; exit 1; fi; echo "nbs/ and avood/ in sync, notebooks clean"

test: meta sync-check
	AVOOD_META=$(META_DIR) $(BIN)/python -m pytest -q tests

# `avood sweep`'s Ray executor, tested on a local two-worker Ray cluster (tests/test_sweep.py, which `make test` skips
# when Ray is absent). Ray is an optional extra, installed by this target only.
test-sweep: meta
	$(BIN)/python -m pip install -q -e ".[dev,sweep]" > $(VENV)/pip-sweep.log 2>&1 || { grep -v "^WARNING: Location" $(VENV)/pip-sweep.log; exit 1; }
	AVOOD_META=$(META_DIR) $(BIN)/python -m pytest -q tests/test_sweep.py
