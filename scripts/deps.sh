#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only when one is missing.
# Usage: scripts/deps.sh [run|test|bench|package|install-test]
set -euo pipefail
what=${1:-test}
pkgs=(cmake ninja-build g++ pkg-config
      qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
      qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libqt6opengl6-dev
      qtkeychain-qt6-dev gnome-keyring libsecret-tools dbus dbus-x11 fonts-dejavu-core
      libhnswlib-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n)
case "$what" in
    # clang: the fuzz harnesses; tinyproxy: the proxy tests start one; openssl: ik-sandbox --tls
    test) pkgs+=(curl xvfb xauth clang-14 libclang-rt-14-dev tinyproxy openssl nghttp2-proxy) ;;
    # nghttp2-proxy: nghttpx, the TLS front offering h2 and http/1.1 (bench_http2, tst_http2)
    bench) pkgs+=(curl wrk nghttp2-proxy) ;;
    run) ;;
    package) pkgs+=(dpkg-dev file lintian desktop-file-utils appstream) ;;
    install-test) pkgs+=(debootstrap) ;;
esac
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "installing: ${missing[*]}" >&2
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
# The peer test drives the sandbox with an unrelated OpenAI client library from the npm registry.
if [ "$what" = test ] && ! command -v npm >/dev/null; then
    DEBIAN_FRONTEND=noninteractive ${sudo:-} apt-get install -y -qq --no-install-recommends nodejs npm >&2
fi
