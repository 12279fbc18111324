#!/usr/bin/env bash
# Runs the release jurydesk-bench (built by `make bench`) and prints its table; arguments pass through.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/jurydesk-bench
if [ ! -x "$bin" ]; then
    echo "bench.sh: $bin is missing; run 'make bench' (or 'swift build -c release --product jurydesk-bench'; --only startup and --only sessions also need --product jurydesk)" >&2
    exit 1
fi
echo "jurydesk-bench at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
exec "$bin" "$@"
