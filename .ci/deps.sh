#!/usr/bin/env bash
# Installs the Debian packages strat needs that are not installed yet.
# usage: deps.sh build   (compiler, CMake, libraries)
#        deps.sh test    (also doctest, mandoc, tmux, and Node.js with npm for the tests
#                         that check output with real consumers such as ajv, and
#                         chromium for the tests of HTML in a real browser)
set -euo pipefail
# libgraphviz-dev (found with pkg-config): Graphviz's layout library draws the HTML brief's
# decision path.
packages=(g++ cmake ninja-build pkg-config libcli11-dev libyaml-dev libyaml-cpp-dev libfmt-dev
    libgraphviz-dev)
if [ "${1:-build}" = test ]; then
    packages+=(doctest-dev mandoc tmux graphviz zsh fish time chromium)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from elsewhere than Debian (a newer one): any working npm will do.
if [ "${1:-build}" = test ] && ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
