#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz (clang++ with ASan and UBSan, over core's pure
# files; no CMake, so the main build is untouched) and runs each for as long as asked.
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]   (default 60 s each, every harness)
#        scripts/fuzz.sh --quick                  (5 s each over the seed corpus only: ./test)
# Each harness starts from tests/fuzz/corpus/<name>; new inputs go to build/fuzz/corpus/<name>,
# crashes and failed checks to build/fuzz/findings/<name>/ (replay: build/fuzz/<name> FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/build/fuzz
quick=0
seconds=60
if [ "${1:-}" = --quick ]; then quick=1; seconds=5; shift; fi
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
    for f in tests/fuzz/fuzz_*.cpp; do harnesses+=("$(basename "$f" .cpp | sed 's/^fuzz_//')"); done
fi

cxx=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$cxx" ] || ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, long) { return 0; }' |
        "$cxx" -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
    echo "fuzz: clang++ with libFuzzer (clang-14, libclang-rt-14-dev) is not installed" >&2
    exit 2
fi
launcher=$(command -v ccache || true)
flags=(-std=c++20 -g -O1 -fPIC -fno-omit-frame-pointer -DQT_NO_CAST_FROM_ASCII
       -I"$root/core" $(pkg-config --cflags Qt6Core Qt6Network))
libs=($(pkg-config --libs Qt6Core Qt6Network))
core=(credential credential_redact error sse wire wire_chat wire_chat_tools wire_chat_format chatdelta logprobs
      wire_scan wire_vectors npy images embedmath embedmath_export embedmath_inputs embedmath_pca
      retrieval retrievalset vectorset jsonlines)

mkdir -p "$out/obj"
objs=()
pids=()
for c in "${core[@]}"; do
    o=$out/obj/$c.o
    if [ ! -e "$o" ] || [ "core/$c.cpp" -nt "$o" ] || [ -n "$(find core -name '*.h' -newer "$o")" ]; then
        rm -f "$o"
        $launcher "$cxx" "${flags[@]}" -fsanitize=fuzzer-no-link,address,undefined \
            -c "core/$c.cpp" -o "$o" &
        pids+=($!)
        # as many compilers at once as there are cores
        if ((${#pids[@]} >= $(nproc))); then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
    fi
    objs+=("$o")
done
for p in "${pids[@]}"; do wait "$p"; done

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for h in "${harnesses[@]}"; do
    src=tests/fuzz/fuzz_$h.cpp
    bin=$out/$h
    if [ ! -e "$bin" ] || [ "$src" -nt "$bin" ] || [ -n "$(find "${objs[@]}" -newer "$bin")" ]; then
        $launcher "$cxx" "${flags[@]}" -fsanitize=fuzzer,address,undefined "$src" "${objs[@]}" \
            "${libs[@]}" -o "$bin"
    fi
    seeds=$root/tests/fuzz/corpus/$h
    mkdir -p "$out/findings/$h" "$out/corpus/$h"
    log=$out/$h.log
    if ((quick)); then
        # New inputs go to a scratch directory: a short run adds nothing to the tree.
        rm -rf "$out/quick/$h" && mkdir -p "$out/quick/$h"
        dirs=("$out/quick/$h" "$seeds")
        extra=()
    else
        dirs=("$out/corpus/$h" "$seeds")
        extra=()
    fi
    echo "== fuzz $h (${seconds}s)"
    if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$out/findings/$h/" "${extra[@]}" "${dirs[@]}" >"$log" 2>&1; then
        tail -40 "$log" >&2
        echo "fuzz $h: FINDING, saved under build/fuzz/findings/$h/" >&2
        status=1
        continue
    fi
    grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -1 || true
    grep -E 'stat::(number_of_executed_units|average_exec_per_sec)' "$log" | tr '\n' ' '
    echo
done
exit $status
