# JuryDesk: `make demo` runs the workstation on sample data; `make test` runs every test.
SWIFT      ?= swift
BIN        := .build/debug/jurydesk
DEMO_DB    ?= demo/jurydesk.sqlite

.PHONY: deps build demo test bench bench-import soak clean

deps:
	@./scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

demo: build
	$(BIN) demo --db $(DEMO_DB)

# Builds the binary (the end-to-end tests drive it in tmux) and runs every test target.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Release build, then every benchmark against baselines measured in the same run; includes the CLI
# import of a 100,000-row registrations file against sqlite3 .import (a few minutes on 2 cores).
bench: deps
	$(SWIFT) build -c release
	./scripts/bench.sh

# Only the CLI import against sqlite3 .import (ROWS=100000 by default).
bench-import: deps
	$(SWIFT) build -c release
	./scripts/bench.sh --only-import $(or $(ROWS),100000)

# The import fuzz test at full size: 10,000 mutated files fed to every import kind.
soak: deps
	$(SWIFT) build --build-tests
	JURYDESK_FUZZ_FILES=10000 $(SWIFT) test --skip-build --filter ImportFuzzTests

clean:
	rm -rf .build demo
