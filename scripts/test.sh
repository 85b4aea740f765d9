#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --tests  # the main job's packages, and Catch2, Chromium, ...
bash scripts/build.sh
bash scripts/install-fuzz-deps.sh  # clang and libFuzzer, for the smoke run below
FUZZ_SECONDS=${FUZZ_SECONDS:-10} bash scripts/fuzz-smoke.sh  # every libFuzzer target, 10 s each
bash scripts/test-sanitizers.sh  # issue 7: the suite under ASan + UBSan in build-asan
cd build
ctest --output-on-failure -j "$(nproc)" --timeout 600
