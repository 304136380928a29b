# CARE Desktop: `make run` and `make test` are the whole quick start (README).
# Both create .venv and install what they need, Debian packages for the tests included.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Debian packages. To run: the libraries Qt's xcb (X11) platform needs on a bare machine, and
# fonts. To test, also: the real age and minisign programs (bundle interoperability),
# gnome-keyring and dbus (a real Secret Service), xvfb (a real screen), poppler (PDF checks).
RUN_DEBS := libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
        libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
        libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-shm0 \
        libxcb-sync1 libxrender1 fonts-dejavu-core
TEST_DEBS := $(RUN_DEBS) age minisign gnome-keyring dbus dbus-x11 xvfb xauth poppler-utils qpdf desktop-file-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# tests run in parallel, one worker per core (each test has its own folders and processes)
PYTEST_WORKERS ?= auto

.PHONY: run test lint typecheck importcheck pytest run-deps test-deps bench screenshots clean \
        dist dist-check

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

run: $(VENV)/.installed run-deps
	$(BIN)/care-desktop

# Installs only what is missing (apt-get, with sudo when not root). Elsewhere than Debian or
# Ubuntu it does nothing: the wheels carry Qt, and the tests name any missing program.
define install_debs
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | \
	    grep -q "ok installed" || echo $$p; done); \
	  if [ -n "$$missing" ]; then \
	    echo "Installing Debian packages:" $$missing; \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends $$missing >/dev/null || \
	      { echo "Could not install:" $$missing; exit 1; }; \
	  fi; \
	fi
endef

run-deps:
	$(call install_debs,$(RUN_DEBS))

test-deps:
	$(call install_debs,$(TEST_DEBS))

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

importcheck: $(VENV)/.installed-test
	$(BIN)/lint-imports

pytest: $(VENV)/.installed-test test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS)

test: lint typecheck importcheck pytest

# Benchmarks (not tests): every figure next to its baseline, then docs/PERFORMANCE.md.
bench: $(VENV)/.installed-test
	mkdir -p bench/results
	$(BIN)/python bench/sync_bench.py --sizes 10000 100000 --json bench/results/sync.json
	$(BIN)/python bench/relay_bench.py --devices 50 --bundles 20 --json bench/results/relay.json
	$(BIN)/python bench/office_bench.py --devices 20 --cases 500 --json bench/results/office.json
	for cases in 1000 10000 100000; do \
		$(BIN)/python bench/ui_bench.py --cases $$cases --json bench/results/ui-$$cases.json \
			|| exit 1; \
	done
	$(BIN)/python bench/screens_bench.py --cases 100000 --json bench/results/screens.json
	$(BIN)/python bench/print_bench.py --cases 1500 --batch 500 --json bench/results/print.json
	$(BIN)/python bench/report.py

# The user guide's pictures (docs/screenshots/*.png): every main screen on demo data, offscreen,
# at a fixed size; DejaVu (run-deps) so they look the same on every machine.
screenshots: $(VENV)/.installed run-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py --out docs/screenshots

# The frozen Linux bundle (installers/care.spec, PyInstaller): dist/CARE-Desktop/ with the
# `care-desktop` and `care` executables, and its tarball. The build facts (commit, date, platform)
# go into resources/build.json for the bundle (the About dialog shows them), then away again: the
# source tree stays a "development build".
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' care_desktop/__init__.py)
TARBALL = dist/care-desktop-$(VERSION)-linux-x86_64.tar.gz

$(VENV)/.installed-dist: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	@touch $@

dist: $(VENV)/.installed-dist run-deps
	@commit=$$(git rev-parse --short HEAD 2>/dev/null || echo unknown); \
	$(BIN)/python -c 'import datetime, json, platform, sys; print(json.dumps({"commit": sys.argv[1], \
	  "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), \
	  "platform": f"{sys.platform}-{platform.machine()}"}))' "$$commit" > resources/build.json && \
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  installers/care.spec; \
	built=$$?; rm -f resources/build.json; exit $$built
	tar -C dist -czf $(TARBALL) CARE-Desktop
	@du -sh dist/CARE-Desktop $(TARBALL)

# The frozen files at work: the smoke test (from the unpacked tarball), `care --version` and a
# short command-line session (tests/test_dist.py, which runs only with CARE_DIST_CHECK=1).
dist-check: dist $(VENV)/.installed-test
	CARE_DIST_CHECK=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -p no:xdist tests/test_dist.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
