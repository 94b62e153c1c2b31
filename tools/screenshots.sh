#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's screenshots, from the real app on a virtual screen (1920x1080) with a fresh
# profile, so the layout is the default one:
#   tools/screenshots.sh [path/to/compute-atlas]      (default: build/release/compute-atlas)
#   tools/screenshots.sh --street path/to/compute-atlas   (a build with Qt Location)
# Writes docs/screenshots/{main-window,main-window-zh_CN,map,charts,presentation}.png, or with --street only
# street-map.png (the main window showing the street map). Needs xvfb-run (xvfb), xauth and
# ImageMagick: packaging/install-deps.sh --dev installs them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
street=0
[[ ${1:-} == --street ]] && { street=1; shift; }
app=$(realpath "${1:-build/release/compute-atlas}")
out=docs/screenshots
mkdir -p "$out"
for tool in xvfb-run import convert; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing; run packaging/install-deps.sh --dev" >&2; exit 1; }
done

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
export HOME="$profile" XDG_CONFIG_HOME="$profile/config" XDG_DATA_HOME="$profile/data" ATLAS_THEME=light

# shot NAME SECONDS [APP ARGUMENTS...]: start the app, wait, save the screen, stop the app.
shot() {
  local name=$1 seconds=$2
  shift 2
  xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
    app=$1 file=$2 seconds=$3; shift 3
    QT_QPA_PLATFORM=xcb "$app" "$@" >/dev/null 2>&1 & pid=$!
    sleep "$seconds"
    import -window root "$file"
    kill "$pid"' _ "$app" "$out/$name.png" "$seconds" "$@"
  echo "$out/$name.png"
}

if (( street )); then
  # The street map is the remembered map view; its tiles need the network (without one the
  # picture shows the banner that says so, over an empty background).
  mkdir -p "$XDG_CONFIG_HOME/ComputeAtlas"
  printf '[map]\nview=street\n' > "$XDG_CONFIG_HOME/ComputeAtlas/Compute Atlas.conf"
  export QT_QUICK_BACKEND=${QT_QUICK_BACKEND:-software}
  shot street-map-window 12
  convert "$out/street-map-window.png" -crop 676x672+347+50 +repage "$out/street-map.png" && echo "$out/street-map.png"
  rm "$out/street-map-window.png"
  exit 0
fi

shot main-window 6
shot presentation 6 --present
# The same window as a Chinese system shows it (the language follows LANG), on a profile of
# its own so the English one's remembered layout is not reused.
LANG=zh_CN.UTF-8 LC_ALL= HOME="$profile/zh" XDG_CONFIG_HOME="$profile/zh/config" XDG_DATA_HOME="$profile/zh/data" \
  shot main-window-zh_CN 6
# The map and the charts are parts of the main window (its default layout on this screen;
# without a window manager the window is 1800x1000 at the top left).
convert "$out/main-window.png" -crop 676x672+347+50 +repage "$out/map.png" && echo "$out/map.png"
convert "$out/main-window.png" -crop 776x928+1024+50 +repage "$out/charts.png" && echo "$out/charts.png"
