#!/usr/bin/env bash
# Builds the .deb (CPack) from a Release build with Debian's hardening flags, then checks it:
# lintian must report no errors, and the desktop entry and AppStream metadata must validate.
# Usage: scripts/package.sh            -> build/package/ik-playground_<version>_<arch>.deb
# scripts/install-test.sh then installs it into a fresh Debian 12 root.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/deps.sh run
scripts/deps.sh package
build=$root/build/package

# The flags a Debian package build uses (fortify, stack protector, relro, now).
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DIK_BUILD_TESTS=OFF \
      -DIK_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
cmake --build "$build" -j "$(nproc)"
rm -f "$build"/*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/ik-playground_*.deb)
echo "== $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

echo "== desktop entry and AppStream metadata"
desktop-file-validate packaging/ik-playground.desktop
appstreamcli validate --no-net --explain packaging/com.inferencekey.playground.metainfo.xml

echo "== lintian"
# Errors fail the build; warnings and notes are printed for whoever reads on.
status=0
lintian --fail-on error --display-info "$deb" || status=$?
if [ "$status" -ne 0 ]; then
    echo "package.sh: lintian reports errors (above)" >&2
    exit "$status"
fi
echo "package.sh: $deb is ready (lintian: no errors)"
