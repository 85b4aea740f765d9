#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) with clang in ./build-fuzz and runs
# each one after the other for a short time (default 20 s; FUZZ_SECONDS=600 for
# the issue-7 ten-minute runs), seeded from corpora/ and rules/.
# Exits non-zero on the first crash, leak or hang; the input that caused it is
# left in build-fuzz/artifacts/. Needs clang: scripts/install-fuzz-deps.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
targets=(${FUZZ_TARGETS:-text_fuzzer pack_fuzzer recognise_fuzzer dates_fuzzer rules_fuzzer})
if ! command -v clang++ >/dev/null; then
  echo "fuzz-smoke: clang++ not found (run scripts/install-fuzz-deps.sh)" >&2
  exit 2
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DOFTRACK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}" >/dev/null
bash tests/fuzz/make-seeds.sh "$PWD" build-fuzz/seeds
mkdir -p build-fuzz/artifacts
for t in "${targets[@]}"; do
  name=${t%_fuzzer}
  case $name in
    dates) max_len=512 ;;
    text | rules) max_len=4096 ;;
    *) max_len=16384 ;;
  esac
  corpus=build-fuzz/corpus/$name
  mkdir -p "$corpus"
  echo "fuzz-smoke: $t for ${seconds}s"
  # The corpus folder keeps what a run learnt; the seeds are read, never written.
  if ! build-fuzz/tests/fuzz/"$t" "$corpus" build-fuzz/seeds/"$name" -max_total_time="$seconds" \
      -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" -print_final_stats=1 \
      -artifact_prefix=build-fuzz/artifacts/"$name"- > build-fuzz/"$name".log 2>&1; then
    tail -n 40 build-fuzz/"$name".log >&2
    echo "fuzz-smoke: $t FAILED (see build-fuzz/$name.log and build-fuzz/artifacts/)" >&2
    exit 1
  fi
  grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' build-fuzz/"$name".log | tail -n 2 || true
done
echo "fuzz-smoke: all ${#targets[@]} targets ran ${seconds}s each without a crash, leak or hang"
