#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Compute Atlas needs to build, run and test, and nothing when all of it is
# already there (so it is safe to run before every build). Debian and Ubuntu use apt; other
# systems get a message naming the packages to install by hand (see README).
#
#   packaging/install-deps.sh            build + run + test dependencies
#   packaging/install-deps.sh --dev      also the screenshot tools (xvfb, imagemagick, and
#                                        openbox and xdotool to open and drive dialogs)
set -euo pipefail

want_dev=0
[[ ${1:-} == --dev ]] && want_dev=1

# Build and run.
packages=(
  build-essential cmake ninja-build pkgconf git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6opengl6-dev qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
  fonts-dejavu-core libsqlite3-dev
  nlohmann-json3-dev libzip-dev
)
# Languages: Qt Linguist's lupdate and lrelease (qt6-l10n-tools) with their CMake functions
# (qt6-tools-dev has Qt6LinguistTools), Qt's own dialogs in Chinese (qt6-translations-l10n),
# and a font with Chinese characters for the window and the exports (fonts-noto-cjk).
packages+=(qt6-l10n-tools qt6-tools-dev qt6-translations-l10n fonts-noto-cjk)
# Tests, benchmarks, fuzzing, packaging: GDAL's ogrinfo checks the GeoPackage, PROJ gives
# reference projections, sqlite3 is the import baseline, rsvg-convert renders exported SVGs,
# dpkg-dev lets CPack find the .deb's dependencies, desktop-file-validate and appstreamcli
# check the desktop files, pdffonts (poppler-utils) lists the fonts a PDF embeds.
packages+=(
  libbenchmark-dev gdal-bin proj-bin sqlite3 librsvg2-bin poppler-utils
  dpkg-dev desktop-file-utils appstream
  clang libclang-rt-dev xvfb xauth
)
# Screenshots: ImageMagick saves the screen; a window manager (openbox) gives dialogs focus
# and xdotool types and clicks, so a dialog can be opened and shown as a person sees it.
(( want_dev )) && packages+=(imagemagick openbox xdotool)
# The street map: Qt Location 6.5 or newer, where the archive has it (Debian 13 and later;
# Debian 12 and Ubuntu 24.04 ship Qt 6.4, without it, and the app builds without the street
# map there). qt6-location-dev needs the private headers and xkbcommon to configure; the QML
# modules and the plugins (osm, itemsoverlay) are what the map loads at run time.
if apt-cache show qt6-location-dev >/dev/null 2>&1; then
  packages+=(
    qt6-location-dev qt6-positioning-dev qt6-declarative-dev qt6-declarative-private-dev
    qt6-base-private-dev qt6-location-plugins
    qml6-module-qtlocation qml6-module-qtpositioning qml6-module-qtquick qml6-module-qtquick-shapes
    qml6-module-qtquick-window qml6-module-qtqml-workerscript
  )
fi

if [[ ! -r /etc/os-release ]]; then
  echo "install-deps: cannot tell which system this is (no /etc/os-release); see README for the packages." >&2
  exit 1
fi
. /etc/os-release
case " ${ID:-} ${ID_LIKE:-} " in
  *" debian "*|*" ubuntu "*) ;;
  *)
    echo "install-deps: ${PRETTY_NAME:-this system} is not Debian or Ubuntu; install the packages the README lists for it, then build with CMake." >&2
    exit 1 ;;
esac
# Chromium renders the exported SVGs in a test. Debian packages it; Ubuntu's "chromium" is a
# wrapper that installs a snap, which fails without snapd (containers, CI): there the test
# says chromium is missing and skips.
[[ ${ID:-} == debian ]] && packages+=(chromium)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done
(( ${#missing[@]} )) || exit 0

sudo_cmd=()
if (( EUID != 0 )); then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
