# Developer shortcuts; each calls bootstrap.py, which sets up .venv from the lock files first.
# See `python3 bootstrap.py help`.
PYTHON ?= python3

.PHONY: demo setup test lint format lock bench

demo:  ## set up (runtime) and run `newstrace demo`
	$(PYTHON) bootstrap.py demo

setup:  ## set up .venv with runtime and dev dependencies
	$(PYTHON) bootstrap.py setup

test:  ## ruff check, mypy, pytest (as CI does)
	$(PYTHON) bootstrap.py test

lint:  ## ruff check, ruff format --check, mypy
	$(PYTHON) bootstrap.py lint

format:  ## ruff format, ruff check --fix
	$(PYTHON) bootstrap.py format

lock:  ## regenerate requirements.lock and requirements-dev.lock from pyproject.toml
	$(PYTHON) bootstrap.py lock

bench:  ## plain-text extraction benchmark (needs ../shared/data)
	$(PYTHON) bootstrap.py bench
