# JuryDesk: `make demo` runs the workstation on sample data; `make test` runs every test.
SWIFT      ?= swift
BIN        := .build/debug/jurydesk
DEMO_DB    ?= demo/jurydesk.sqlite
# Installation: `make install [PREFIX=/usr/local] [DESTDIR=…] [BUILD=release|debug]`. BUILD=debug
# installs the already built debug binary without building (the install test uses it).
PREFIX     ?= /usr/local
DESTDIR    ?=
BUILD      ?= release
INSTALL_BIN ?= .build/$(BUILD)/jurydesk
# The one place the version is written is Sources/jurydesk/BuildInfo.swift.
VERSION    := $(shell sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/jurydesk/BuildInfo.swift)
COMMIT_H   := Sources/CBuildInfo/generated_commit.h

.PHONY: deps demo-deps build demo test bench bench-import soak clean stamp install uninstall release deb package-test docs

deps:
	@./scripts/ensure-deps.sh

# Bakes the git commit into the binary (a git-ignored header); rewritten only when it changes, and
# then build_info.c is touched so SwiftPM recompiles it. A plain `swift build` reports "unknown".
stamp:
	@commit=$$(git rev-parse --short HEAD 2>/dev/null || echo unknown); \
	line="#define JURYDESK_BUILD_COMMIT \"$$commit\""; \
	if [ "$$(cat $(COMMIT_H) 2>/dev/null)" != "$$line" ]; then \
		echo "$$line" > $(COMMIT_H); touch Sources/CBuildInfo/build_info.c; fi

build: deps stamp
	$(SWIFT) build

# chafa is for the demo only (screenshots drawn in the terminal); nothing requires it.
demo-deps:
	@./scripts/ensure-demo-deps.sh

demo: build demo-deps
	$(BIN) demo --db $(DEMO_DB)

# Builds the binary (the end-to-end tests drive it in tmux) and runs every test target.
test: deps stamp
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Release build, then every benchmark against baselines measured in the same run; includes the CLI
# import of a 100,000-row registrations file against sqlite3 .import (a few minutes on 2 cores).
bench: deps
	$(SWIFT) build -c release
	./scripts/bench.sh

release: deps stamp
	$(SWIFT) build -c release

# Regenerates the committed man page and bash completion from the command table.
docs: build
	$(BIN) man > doc/jurydesk.1
	$(BIN) completion > contrib/jurydesk.bash

install: $(if $(filter release,$(BUILD)),release)
	BIN=$(INSTALL_BIN) PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) ./scripts/install.sh install

uninstall:
	PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) ./scripts/install.sh uninstall

# A Debian package with the Swift runtime linked in: installs and runs without a toolchain.
deb: deps stamp
	VERSION=$(VERSION) SWIFT=$(SWIFT) ./scripts/build-deb.sh

# Slow (a release build): unpacks the package into a temporary root and runs it with a bare environment.
package-test: deb
	VERSION=$(VERSION) ./scripts/package-test.sh

# Only the CLI import against sqlite3 .import (ROWS=100000 by default).
bench-import: deps
	$(SWIFT) build -c release
	./scripts/bench.sh --only-import $(or $(ROWS),100000)

# The reliability tests at full size (`make test` runs them small): 10,000 mutated files fed to every
# import kind; 20 judge processes submitting and redrafting on one file for 60 s; 200 kill -9s of writers.
SOAK_ENV := JURYDESK_FUZZ_FILES=10000 JURYDESK_SOAK_JUDGES=20 JURYDESK_SOAK_SECONDS=60 JURYDESK_SOAK_FINALISTS=200 \
	JURYDESK_SOAK_KILLS=200
soak: deps
	$(SWIFT) build --build-tests
	$(SOAK_ENV) $(SWIFT) test --skip-build --filter 'ImportFuzzTests|ConcurrentJudgesTests|KilledWriterTests'

clean:
	rm -rf .build demo $(COMMIT_H)
