#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says (clang-format -i fixes it).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang-format >&2
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find core ui app sandbox tests benchmarks -name '*.cpp' -o -name '*.h')
if ! clang-format --dry-run -Werror $files 2>/tmp/ik-format.log; then
    grep -E '^[^ ].*(warning|error):' /tmp/ik-format.log | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
    echo "run: clang-format -i <files>" >&2
    exit 1
fi
echo "format: clean ($(echo "$files" | wc -w) files)"
