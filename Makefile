# JuryDesk: `make demo` runs the workstation on sample data; `make test` runs every test.
SWIFT      ?= swift
BIN        := .build/debug/jurydesk
DEMO_DB    ?= demo/jurydesk.sqlite

.PHONY: deps demo-deps build demo test bench clean

deps:
	@./scripts/ensure-deps.sh

build: deps
	$(SWIFT) build

# chafa is for the demo only (screenshots drawn in the terminal); nothing requires it.
demo-deps:
	@./scripts/ensure-demo-deps.sh

demo: build demo-deps
	$(BIN) demo --db $(DEMO_DB)

# Builds the binary (the end-to-end tests drive it in tmux) and runs every test target.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Release build, then every benchmark against baselines measured in the same run (about a minute).
bench: deps
	$(SWIFT) build -c release
	./scripts/bench.sh

clean:
	rm -rf .build demo
