#!/usr/bin/env bash
# Installs what the libFuzzer targets need (clang and its libFuzzer/sanitizer
# runtimes), only if missing. Kept apart from the default list: the normal g++
# build does not need clang. Run as root.
set -euo pipefail
exec bash "$(dirname "$0")/install-deps.sh" clang libclang-rt-dev
