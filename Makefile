# CARE Desktop: `make run` and `make test` are the whole quick start (README).
# Both create .venv and install what they need, Debian packages for the tests included.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages the tests use: the real age and minisign programs (bundle interoperability),
# gnome-keyring and dbus (a real Secret Service), xvfb (a real screen), and the libraries Qt
# needs on a bare machine.
DEBS := age minisign gnome-keyring dbus dbus-x11 xvfb xauth libegl1 libgl1 libxkbcommon0 \
        libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint typecheck importcheck pytest system-deps clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "CARE Desktop needs Python 3.11 or newer; set PYTHON=python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

run: $(VENV)/.installed
	$(BIN)/care-desktop

# Installs only what is missing; on a machine without root or sudo it says what to install.
system-deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | \
	  grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    $$missing >/dev/null || { echo "Could not install: $$missing"; exit 1; }; \
	fi

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

importcheck: $(VENV)/.installed-test
	$(BIN)/lint-imports

pytest: $(VENV)/.installed-test system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

test: lint typecheck importcheck pytest

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
