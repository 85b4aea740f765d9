#!/usr/bin/env bash
# Installs the Debian 12 packages oftrack needs, only those missing. Run as root
# (or with sudo available).
#   install-deps.sh            what building and running oftrack needs (the main job)
#   install-deps.sh --tests    also what the test suite needs: Catch2, the sqlite3
#                              and pdftotext commands, Chromium and unzip for the
#                              browser and Excel checks, GNU time for the benchmark
#   install-deps.sh PKG...     also these packages
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libre2-dev libtbb-dev libsqlite3-dev libpoppler-cpp-dev
  libtomlplusplus-dev libcli11-dev libfmt-dev libxlsxwriter-dev libxxhash-dev
)
for arg in "$@"; do
  if [ "$arg" = "--tests" ]; then
    packages+=(catch2 poppler-utils sqlite3 chromium unzip time)
  else
    packages+=("$arg")
  fi
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
