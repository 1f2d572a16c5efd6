#!/usr/bin/env bash
# Remakes docs/screenshot.png: runs ik-playground --sandbox in a virtual X server and grabs the
# screen. Keys shown are the sandbox's demo keys, masked; nothing touches the user's keychain
# (a throwaway HOME and a private D-Bus session).
# It types a prompt into the playground (Ctrl+1 goes to it) and sends it (Ctrl+Enter), so the
# picture shows a streamed answer with its metrics, not an empty window.
# Usage: scripts/screenshot.sh [output.png]
#   IK_PALETTE=dark|light|system  the window's colours (default light: Fusion's own palette)
#   IK_BUILD_DIR                  another build directory
#   e.g. IK_PALETTE=dark scripts/screenshot.sh docs/screenshot-dark.png
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-$root/docs/screenshot.png}
build=${IK_BUILD_DIR:-$root/build/release}
palette=${IK_PALETTE:-light}
case $palette in dark|light|system) ;; *) echo "screenshot.sh: IK_PALETTE is dark, light or system" >&2; exit 2 ;; esac
case $out in /*) ;; *) out=$root/$out ;; esac
for tool in xvfb-run xdotool import dbus-run-session; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing (apt install xvfb xdotool imagemagick dbus)" >&2; exit 1; }
done
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIK_BUILD_TESTS=OFF -DIK_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --target ik-playground -j "${IK_JOBS:-2}"
app=$build/app/ik-playground
mkdir -p "$(dirname "$out")"

home=$(mktemp -d /tmp/ik-shot-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
       XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home/.run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A fixed window size so the picture is the same from run to run.
mkdir -p "$XDG_CONFIG_HOME/InferenceKey"
export ASAN_OPTIONS=detect_leaks=0

# Every wait is bounded: the whole run is killed after 90 s whatever happens inside.
timeout 90 xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- sh -c '
    echo -n ik-shot-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    "$1" --sandbox --palette "$3" -geometry 1500x920+0+0 &
    pid=$!
    # Wait for the window to be mapped, then for its first paints to settle.
    wid=$(timeout 30 xdotool search --sync --onlyvisible --name "InferenceKey Playground" | head -n1)
    [ -n "$wid" ] || { echo "screenshot.sh: the window did not appear" >&2; kill $pid; exit 1; }
    sleep 2
    # No window manager: give the window the keyboard, then drive it with its own shortcuts.
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
    xdotool key --clearmodifiers ctrl+1
    sleep 0.5
    xdotool type --delay 15 "How do refunds work for annual plans?"
    xdotool key --clearmodifiers ctrl+Return
    # The sandbox streams its answer in a few seconds; then the Markdown render and metrics.
    sleep 6
    import -window "$wid" "$2"
    kill $pid
    wait $pid 2>/dev/null || true
' sh "$app" "$out" "$palette"
echo "wrote $out"
