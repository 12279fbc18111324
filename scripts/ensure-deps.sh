#!/usr/bin/env bash
# Installs the Debian packages JuryDesk needs, only those that are missing.
set -euo pipefail
need=()
[ -f /usr/include/ncursesw/curses.h ] || need+=(libncurses-dev)
[ -f /usr/include/sqlite3.h ]         || need+=(libsqlite3-dev)
[ -f /usr/include/crypt.h ]           || need+=(libcrypt-dev)
[ -f /usr/include/zlib.h ]            || need+=(zlib1g-dev)
# The workbook tests make .xlsx files with a real spreadsheet library; Debian's, so /usr/bin/python3
# (a pyenv python on PATH would not see it).
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
command -v tmux    >/dev/null 2>&1    || need+=(tmux)
command -v sqlite3 >/dev/null 2>&1    || need+=(sqlite3)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v iconv   >/dev/null 2>&1    || need+=(libc-bin)
locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$' || true   # C.UTF-8 ships with libc-bin on Debian 12
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "installing: ${need[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}"
