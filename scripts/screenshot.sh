#!/usr/bin/env bash
# Remakes docs/screenshot.png: runs ik-playground --sandbox in a virtual X server and grabs the
# screen. Keys shown are the sandbox's demo keys, masked; nothing touches the user's keychain
# (a throwaway HOME and a private D-Bus session).
# Usage: scripts/screenshot.sh [output.png]   (IK_BUILD_DIR picks another build directory)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-$root/docs/screenshot.png}
build=${IK_BUILD_DIR:-$root/build/release}
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

xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- sh -c '
    echo -n ik-shot-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    "$1" --sandbox -geometry 1500x920+50+40 &
    pid=$!
    # Wait for the window to be mapped, then for its first paints to settle.
    xdotool search --sync --onlyvisible --name "InferenceKey Playground" >/dev/null
    sleep 2
    import -window root "$2"
    kill $pid
    wait $pid 2>/dev/null || true
' sh "$app" "$out"
echo "wrote $out"
