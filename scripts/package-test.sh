#!/usr/bin/env bash
# Unpacks the Debian package into a temporary root and runs it with a bare environment (no Swift
# toolchain on PATH or LD_LIBRARY_PATH): --version, and a demo database built from the installed samples.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${VERSION:?}
deb=.build/deb/jurydesk_${VERSION}_$(dpkg --print-architecture).deb
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
bin="$tmp/root/usr/bin/jurydesk"
echo "ldd:"; ldd "$bin" | sed 's/^/  /'
if ldd "$bin" | grep -Eq 'swift|not found'; then echo "package-test: a library is missing or comes from the toolchain" >&2; exit 1; fi
run() { (cd "$tmp" && env -i PATH=/usr/bin:/bin HOME="$tmp" "$bin" "$@"); }
run --version | tee "$tmp/version"
grep -q "jurydesk $VERSION (commit [0-9a-f]" "$tmp/version"
run demo --no-open --db "$tmp/demo/demo.sqlite" --lang en
run verify --db "$tmp/demo/demo.sqlite" --lang en
run help backup --lang en >/dev/null
MANWIDTH=80 man --warnings -l "$tmp/root/usr/share/man/man1/jurydesk.1.gz" >/dev/null
bash -n "$tmp/root/usr/share/bash-completion/completions/jurydesk"
echo "package-test: ok"
