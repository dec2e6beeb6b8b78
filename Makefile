# Every target sets up what it needs itself, idempotently.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
CONTRACTS := resources/contracts
export QT_API := pyside6
# The slowest tests are listed at the end of every run (CI keeps the whole run under 30 minutes).
# Two workers, one test file each at a time (a file's tests share its sandbox or chain): the
# suite in about 13 minutes on CI's 2 cores instead of 23. `make pytest PYTEST_ARGS=-n0` runs
# it in one process. A worker that dies (pytest-timeout ends a hung test by ending its process)
# is not replaced: xdist 3.8.0 with loadfile can wait for ever after a replacement
# (pytest-dev/pytest-xdist#1378), so the run stops there and fails instead.
PYTEST_ARGS ?= --durations=20 -n 2 --dist loadfile --max-worker-restart=0

.PHONY: run test lint check pytest contracts bench package clean deps translations ts mutants

run: deps translations
	$(BIN)/python main.py gui $(ARGS)

test: deps lint pytest

deps: $(STAMPS)/python $(STAMPS)/node

$(STAMPS)/python: pyproject.toml
	@mkdir -p $(STAMPS)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# ledgereth pins eth-utils<6, rlp 4 and ledgerblue with its USB/NFC/Bluetooth packages; the
	# app uses its device protocol over a transport of its own, which runs on web3 8's eth-utils 6
	# and rlp 5, so both go in without their pins (app/signers/ledger_library.py).
	$(BIN)/python -m pip install --quiet --no-deps ledgereth==0.10.0 ledgerblue==0.1.48
	@touch $@

$(STAMPS)/node: $(wildcard $(CONTRACTS)/package.json)
	@mkdir -p $(STAMPS)
	if [ -f $(CONTRACTS)/package.json ]; then \
	  cd $(CONTRACTS) && npm install --no-audit --no-fund --loglevel=error; fi
	@touch $@

lint: $(STAMPS)/python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# Keyring tests need a real Secret Service: run the suite inside a private D-Bus session with a
# fresh, unlocked gnome-keyring in a throwaway directory (never the user's own keyrings).
pytest: deps translations
	if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then \
	  keyrings=$$(mktemp -d) && trap 'rm -rf "$$keyrings"' EXIT && \
	  XDG_DATA_HOME="$$keyrings" dbus-run-session -- sh -c 'printf sandbox-keyring | \
	    gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
	    QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)'; \
	else \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS); \
	fi

# Translations: .ts sources are committed (filled by `make ts`); .qm catalogs are built here.
TRANSLATIONS := resources/translations
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard $(TRANSLATIONS)/pst_desk_*.ts))

translations: $(QM_FILES)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(STAMPS)/python
	$(BIN)/pyside6-lrelease -silent $< -qm $@

ts: $(STAMPS)/python
	$(BIN)/python $(TRANSLATIONS)/update.py

# The one-folder Linux build (packaging/pst-desk.spec) into dist/pst-desk/; takes a few minutes.
package: deps translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/pst-desk.spec
	@du -sh dist/pst-desk

contracts: $(STAMPS)/node
	cd $(CONTRACTS) && node build.js

# Removes each guard of the contracts in turn and runs tests/contracts against the rebuilt code
# (resources/contracts/mutants.py); every mutant must be killed. Not part of `make test`.
mutants: deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python $(CONTRACTS)/mutants.py $(MUTANTS_ARGS)

bench: deps
	$(BIN)/python -m bench $(NAME)

clean:
	rm -rf $(VENV) $(STAMPS) $(CONTRACTS)/node_modules
