#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:
#   packaging/dev.sh run [ARGS...]   install what is missing, build, start the app (sample database)
#   packaging/dev.sh test            install what is missing, build, run the whole test suite
# Both can be run again at any time: installing and building only do what is not done yet.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

what=${1:-}
[[ $what == run || $what == test ]] || { echo "usage: packaging/dev.sh run|test" >&2; exit 2; }
shift

packaging/install-deps.sh
case $what in
  run)
    cmake --preset release >/dev/null
    cmake --build --preset release
    exec build/release/compute-atlas "$@"
    ;;
  test)
    cmake --preset ci >/dev/null
    cmake --build --preset ci
    ctest --preset ci
    ;;
esac
