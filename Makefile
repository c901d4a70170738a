# Mandrivna: the two commands of the README's Quick start, and what they stand on.
#   make run   - set up everything and open the app on the local database in the user's data folder
#   make test  - set up everything and run lint, type checks and every test headless
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(patsubst resources/translations/%.ts,src/mandrivna/translations/%.qm,$(TS))

.PHONY: run test lint unit setup translations bench clean package package-check screenshots

run: setup
	$(BIN)/mandrivna

# the tests run in one process per core (pytest-xdist): each has its own folders and PostgreSQL
test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto

lint: setup
	$(BIN)/ruff check src sync_server tests $(wildcard bench)
	$(BIN)/ruff format --check src sync_server tests $(wildcard bench)
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[gui,server,dev]'
	touch $(STAMP)

translations: $(QM)

src/mandrivna/translations/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (translators then fill the new entries).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find src/mandrivna -name '*.py') -ts $(TS)

# The one-folder app (dist/mandrivna) with PyInstaller, from packaging/mandrivna.spec. Needs
# binutils (objdump, strip). Not part of `make test`; `make package-check` runs the build without
# Python and syncs it with a real server.
package: setup $(VENV)/.package-installed
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/mandrivna.spec
	@du -sh dist/mandrivna

package-check: package
	bash packaging/check_build.sh

$(VENV)/.package-installed: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[gui,server,dev,package]'
	touch $@

# Pictures of the main pages (1366x768, in Ukrainian) for the README and the user guide, drawn
# from fresh demo years in a temporary folder: a hub's laptop for the librarian's pages,
# headquarters' laptop for the coordinator's, and the first-run window from an empty folder.
SCREENSHOT_PAGES := readers desk catalogue parcels events sync settings
COORDINATOR_PAGES := hubs review review-duplicates plan reports dashboard
screenshots: setup
	@mkdir -p docs/screenshots
	@work=$$(mktemp -d) && trap 'rm -rf "$$work"' EXIT && \
	export MANDRIVNA_LANG=uk QT_QPA_PLATFORM=offscreen && \
	$(BIN)/mandrivna --data-dir "$$work/data" demo && \
	for page in $(SCREENSHOT_PAGES); do \
		$(BIN)/mandrivna --data-dir "$$work/data" --screenshot docs/screenshots/$$page.png \
			--page $$page || exit 1; \
	done && \
	$(BIN)/mandrivna --data-dir "$$work/hq" demo --coordinator && \
	for page in $(COORDINATOR_PAGES); do \
		$(BIN)/mandrivna --data-dir "$$work/hq" --screenshot docs/screenshots/$$page.png \
			--page $$page || exit 1; \
	done && \
	$(BIN)/mandrivna --data-dir "$$work/new" --screenshot docs/screenshots/first-run.png \
		--page first-run

bench: setup
	$(BIN)/python bench/sync_bench.py

clean:
	rm -rf $(VENV) build dist src/mandrivna/translations/*.qm .pytest_cache .mypy_cache .ruff_cache
