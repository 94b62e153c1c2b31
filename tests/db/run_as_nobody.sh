#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# run_as_nobody.sh TEST_BINARY [ARGS...]
# Runs a test as the unprivileged user `nobody` when started as root (CI runs as root, and
# root ignores file permissions, so read-only cases can only be tested as another user).
# The binary is copied to a folder nobody can reach, as the build folder may not be.
set -eu
binary=$1
shift
if [ "$(id -u)" -ne 0 ]; then
  exec "$binary" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
cp "$binary" "$work/"
chmod 755 "$work/$(basename "$binary")"
cd "$work"
HOME="$work" XDG_DATA_HOME="$work" XDG_CONFIG_HOME="$work" \
  setpriv --reuid=nobody --regid=nogroup --clear-groups \
  "$work/$(basename "$binary")" "$@"
