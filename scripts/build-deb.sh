#!/usr/bin/env bash
# Builds .build/deb/jurydesk_VERSION_ARCH.deb: the release binary with the Swift runtime linked in
# statically, so it needs no toolchain; Depends: lists the system libraries it links, found with
# dpkg-shlibdeps (or objdump -p and dpkg -S where dpkg-dev is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
VERSION=${VERSION:?}
arch=$(dpkg --print-architecture)
out=.build/deb
root="$out/root"
deb="$out/jurydesk_${VERSION}_${arch}.deb"

# Its own scratch folder, so a debug build or test run can go on meanwhile.
"$SWIFT" build -c release --static-swift-stdlib --scratch-path .build-release --product jurydesk
bin=$("$SWIFT" build -c release --static-swift-stdlib --scratch-path .build-release --show-bin-path)/jurydesk

rm -rf "$root"
mkdir -p "$root/DEBIAN"
MANIFEST=no BIN="$bin" PREFIX=/usr DESTDIR="$root" ./scripts/install.sh install >/dev/null
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/jurydesk"
gzip -9n "$root/usr/share/man/man1/jurydesk.1"

doc="$root/usr/share/doc/jurydesk"
mkdir -p "$doc"
cat > "$doc/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: jurydesk
Files: *
Copyright: JuryDesk maintainers
License: proprietary
 Internal tool; see README.md in the source tree.
COPYRIGHT
printf 'jurydesk (%s) unstable; urgency=medium\n\n  * Release %s (commit %s).\n\n -- JuryDesk maintainers <maintainers@jurydesk.invalid>  %s\n' \
    "$VERSION" "$VERSION" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" "$(date -R)" | gzip -9n > "$doc/changelog.Debian.gz"
chmod 0644 "$doc"/*

# The system libraries the binary links (NEEDED), as package names with versions: dpkg-shlibdeps
# when dpkg-dev is there, else each library's package (dpkg -S) at least at its installed version.
depends=""
if command -v dpkg-shlibdeps >/dev/null 2>&1; then
    mkdir -p "$out/shlibs/debian" && printf 'Source: jurydesk\n\nPackage: jurydesk\nArchitecture: any\n' > "$out/shlibs/debian/control"
    depends=$(cd "$out/shlibs" && dpkg-shlibdeps -O "$OLDPWD/$root/usr/bin/jurydesk" | sed -n 's/^shlibs:Depends=//p') || depends=""
fi
if [ -z "$depends" ]; then
    depends=$(objdump -p "$root/usr/bin/jurydesk" | awk '/NEEDED/ { print $2 }' | while read -r lib; do
        path=$(ldconfig -p | awk -v l="$lib" '$1 == l { print $NF; exit }')
        pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1)
        [ -n "$pkg" ] && echo "$pkg (>= $(dpkg-query -W -f='${Version}' "$pkg" | sed 's/-[^-]*$//'))"
    done | sort -u | paste -sd, | sed 's/,/, /g')
fi
[ -n "$depends" ] || { echo "build-deb: could not work out Depends: from the linked libraries" >&2; exit 1; }
if objdump -p "$root/usr/bin/jurydesk" | grep -q 'NEEDED.*libswift'; then
    echo "build-deb: the binary still links the Swift runtime dynamically" >&2; exit 1
fi

cat > "$root/DEBIAN/control" <<CONTROL
Package: jurydesk
Version: $VERSION
Architecture: $arch
Maintainer: JuryDesk maintainers <maintainers@jurydesk.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Recommends: tmux, chafa, ffmpeg
Section: misc
Priority: optional
Homepage: https://jurydesk.invalid/
Description: terminal workstation for judging a juried creator contest
 JuryDesk runs the review and judging of a juried online-creator contest
 in a terminal: review queues, judges' score sheets, live rankings and the
 award allocation, for several sessions sharing one SQLite file with a
 hash-chained audit log. Run "jurydesk demo" for the sample contest.
CONTROL
find "$root" -type d -exec chmod 0755 {} +
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "built $deb"
echo "Depends: $depends"
if command -v lintian >/dev/null 2>&1; then
    lintian --fail-on error,warning "$deb"
else
    echo "lintian is not installed: skipped the lintian check (install lintian to run it)"
fi
