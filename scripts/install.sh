#!/usr/bin/env bash
# Installs or uninstalls JuryDesk (called by `make install` / `make uninstall` / `make deb`).
#   scripts/install.sh install   BIN=… PREFIX=… DESTDIR=… [MANIFEST=yes|no]
#   scripts/install.sh uninstall PREFIX=… DESTDIR=…
# Install records every file it wrote in PREFIX/share/jurydesk/install-manifest.txt (paths without
# DESTDIR); uninstall removes exactly those files, then the folders they leave empty.
set -euo pipefail
cd "$(dirname "$0")/.."
action=${1:?install or uninstall}
PREFIX=${PREFIX:-/usr/local}
DESTDIR=${DESTDIR:-}
MANIFEST=${MANIFEST:-yes}
share="$PREFIX/share/jurydesk"
manifest="$share/install-manifest.txt"

case "$action" in
install)
    BIN=${BIN:?path of the jurydesk binary}
    [ -x "$BIN" ] || { echo "install: $BIN is not a built binary: run make build (or make install, which builds the release binary)" >&2; exit 1; }
    files=()
    put() { # put MODE SOURCE TARGET
        install -D -m "$1" "$2" "$DESTDIR$3"
        files+=("$3")
    }
    put 0755 "$BIN" "$PREFIX/bin/jurydesk"
    for f in Themes/*.json; do put 0644 "$f" "$share/themes/$(basename "$f")"; done
    # The whole sample contest: definitions, templates and the data `jurydesk demo` loads.
    while IFS= read -r -d '' f; do
        put 0644 "$f" "$share/sample/${f#SampleData/}"
    done < <(find SampleData -type f -print0 | sort -z)
    put 0644 doc/jurydesk.1 "$PREFIX/share/man/man1/jurydesk.1"
    put 0644 contrib/jurydesk.bash "$PREFIX/share/bash-completion/completions/jurydesk"
    if [ "$MANIFEST" = yes ]; then
        mkdir -p "$DESTDIR$share"
        printf '%s\n' "${files[@]}" "$manifest" > "$DESTDIR$manifest"
    fi
    echo "installed ${#files[@]} files under $DESTDIR$PREFIX"
    ;;
uninstall)
    if [ ! -f "$DESTDIR$manifest" ]; then
        echo "uninstall: no manifest at $DESTDIR$manifest: nothing was installed with this PREFIX/DESTDIR" >&2
        exit 1
    fi
    dirs=()
    while IFS= read -r f; do
        [ -n "$f" ] || continue
        rm -f -- "$DESTDIR$f"
        dirs+=("$(dirname "$f")")
    done < "$DESTDIR$manifest"
    # Our own folders (share/jurydesk and below) once empty, deepest first; shared folders such as
    # bin or man1 stay even when empty, since they were not ours.
    printf '%s\n' "${dirs[@]}" | sort -u | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2- |
    while IFS= read -r d; do
        while case "$d" in "$share"|"$share"/*) true ;; *) false ;; esac && rmdir -- "$DESTDIR$d" 2>/dev/null; do
            d=$(dirname "$d")
        done
    done
    echo "uninstalled from $DESTDIR$PREFIX"
    ;;
*) echo "usage: $0 install|uninstall" >&2; exit 64 ;;
esac
