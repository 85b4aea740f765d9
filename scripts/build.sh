#!/usr/bin/env bash
# Configures and builds oftrack (release) in ./build.
#   build.sh              everything: oftrack, the tests and the benchmark
#   build.sh --main-only  only the oftrack binary (the main job needs nothing else)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--main-only" ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build build -j "$(nproc)" --target oftrack
else
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
  cmake --build build -j "$(nproc)"
fi
