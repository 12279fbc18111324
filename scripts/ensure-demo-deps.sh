#!/usr/bin/env bash
# Installs what only the demo wants: chafa, so the dossier draws account screenshots in the terminal
# (over SSH there is usually no display for a viewer). JuryDesk works without it: the screenshot
# pane then lists the paths and says why they are not drawn. A failed install does not stop the demo.
set -uo pipefail
command -v chafa >/dev/null 2>&1 && exit 0
echo "installing: chafa (screenshots drawn in the terminal)"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq chafa; }; then
    echo "chafa could not be installed; screenshots will be listed by path instead" >&2
fi
exit 0
