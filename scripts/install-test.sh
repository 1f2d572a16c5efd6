#!/usr/bin/env bash
# Proves the .deb's dependency list is complete: installs it into a fresh Debian 12 root made
# with debootstrap (minbase: nothing of Qt), with apt-get resolving only what the package
# declares (no recommends), then runs the three programs there and a chat through the sandbox.
# Heavy (downloads a Debian root and Qt, a few minutes): not part of ./test.
# Usage: sudo scripts/install-test.sh [PACKAGE.deb]   (default: build/package's, made if missing)
#   IK_MIRROR  the Debian mirror (default http://deb.debian.org/debian)
#   IK_KEEP_ROOT=1  keep the root afterwards (its path is printed)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
if [ "$(id -u)" -ne 0 ]; then
    echo "install-test.sh: debootstrap and chroot need root: sudo $0 $*" >&2
    exit 1
fi
deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(ls build/package/ik-playground_*.deb 2>/dev/null | head -1 || true)
    [ -n "$deb" ] || { scripts/package.sh; deb=$(ls build/package/ik-playground_*.deb | head -1); }
fi
[ -f "$deb" ] || { echo "install-test.sh: no package at $deb" >&2; exit 1; }
scripts/deps.sh install-test

target=$(mktemp -d /var/tmp/ik-install-test.XXXXXX)
cleanup() {
    for m in proc dev/pts dev; do umount "$target/$m" 2>/dev/null || true; done
    if [ "${IK_KEEP_ROOT:-0}" = 1 ]; then echo "root kept at $target"; else rm -rf "$target"; fi
}
trap cleanup EXIT

echo "== debootstrap bookworm (minbase) into $target"
debootstrap --variant=minbase bookworm "$target" "${IK_MIRROR:-http://deb.debian.org/debian}" \
    >"$target.log" 2>&1 || { tail -20 "$target.log" >&2; exit 1; }
rm -f "$target.log"
mount -t proc proc "$target/proc"
mount --bind /dev "$target/dev"
mount --bind /dev/pts "$target/dev/pts"

in_root() { chroot "$target" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 "$@"; }

echo "== apt-get install $(basename "$deb") and its declared dependencies"
cp "$deb" "$target/tmp/"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >/dev/null
in_root dpkg-query -W -f='${Package} ${Version}\n' ik-playground

echo "== the programs run in the fresh root"
in_root ik-call --version
in_root ik-sandbox --help | head -3
in_root env QT_QPA_PLATFORM=offscreen ik-playground --version

echo "== a chat through the sandbox, in the fresh root"
in_root sh -c '
    ik-sandbox --port 18931 > /tmp/sandbox.out & pid=$!
    for i in $(seq 50); do grep -q "^key acme/support-bot" /tmp/sandbox.out 2>/dev/null && break; sleep 0.1; done
    key=$(sed -n "s/^key acme\/support-bot //p" /tmp/sandbox.out)
    INFERENCEKEY_API_KEY=$key ik-call chat --base-url http://127.0.0.1:18931 --project acme \
        --workload support-bot --max-tokens 12 "Hola"
    status=$?
    kill $pid
    exit $status'
echo "install-test.sh: the package installs and runs in a fresh Debian 12 root"
