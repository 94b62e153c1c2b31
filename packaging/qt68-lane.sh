#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Qt 6.8 lane: builds Compute Atlas with Qt Location (the street map) in a Debian 13
# chroot and runs the whole test suite there, so CI proves the build with Qt Location as well
# as the Qt 6.4 build without it.
#
#   packaging/qt68-lane.sh            create or reuse the chroot, install, build, test
#   packaging/qt68-lane.sh --bench    also run the map benchmarks (JSON in build/qt68-lane/)
#
# The chroot is build/trixie-root (ATLAS_TRIXIE_ROOT to put it elsewhere), made once with
# `debootstrap --variant=minbase` and reused. The source goes in as a copy of the tracked and
# new files (never a bind mount, so deleting the chroot cannot reach the tree); the build
# folder stays in the chroot so a second run only rebuilds what changed. Needs root (sudo is
# used when not root) and Debian's archive.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bench=0
[[ ${1:-} == --bench ]] && bench=1

if (( EUID != 0 )); then
  command -v sudo >/dev/null || { echo "qt68-lane: needs root (or sudo) for debootstrap and chroot" >&2; exit 1; }
  exec sudo --preserve-env=ATLAS_TRIXIE_ROOT,ATLAS_DEBIAN_MIRROR "$0" "$@"
fi

root=$(realpath -m "${ATLAS_TRIXIE_ROOT:-build/trixie-root}")
mirror=${ATLAS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
results=build/qt68-lane
mkdir -p "$results"

command -v debootstrap >/dev/null || {
  echo "qt68-lane: installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
}

if [[ ! -e $root/.atlas-bootstrapped ]]; then
  echo "qt68-lane: creating the Debian 13 chroot in $root"
  rm -rf "$root"
  debootstrap --variant=minbase trixie "$root" "$mirror"
  touch "$root/.atlas-bootstrapped"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

# /proc for the tests (QProcess, sanitizer-free but Qt reads it); unmounted however we leave.
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

echo "qt68-lane: copying the source"
rm -rf "$root/src"
mkdir -p "$root/src"
# Tracked files and new ones not ignored; tar keeps their times, so unchanged files are not
# rebuilt.
git ls-files -z --cached --others --exclude-standard \
  | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -C "$root/src" -xf -

chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  ATLAS_LANE_BENCH=$bench /bin/bash -euo pipefail -c '
  cd /src
  packaging/install-deps.sh
  # Line tables only (-g1): backtraces keep file and line, and the ~70 test programs, each
  # linking the whole core, stay a fraction of the disk full debug info would take.
  cmake -S /src -B /build/lane -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATLAS_WERROR=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" >/dev/null
  grep -q "ATLAS_HAVE_STREETMAP:INTERNAL=ON" /build/lane/CMakeCache.txt \
    || { echo "qt68-lane: CMake did not find Qt Location 6.5+; the street map is not built" >&2; exit 1; }
  cmake --build /build/lane
  cd /build/lane
  ctest --output-on-failure -j2
  if (( ATLAS_LANE_BENCH )); then
    QT_QPA_PLATFORM=offscreen tests/bench/bm_map --benchmark_filter="BM_MapRenderCold/10000|BM_MapPanFrame/10000|BM_StreetMap" \
      --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
      --benchmark_out=/build/lane/bm_streetmap.json --benchmark_out_format=json
  fi'
if (( bench )); then
  cp "$root/build/lane/bm_streetmap.json" "$results/"
  echo "qt68-lane: benchmark figures in $results/bm_streetmap.json"
fi
echo "qt68-lane: passed"
