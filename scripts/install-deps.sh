#!/usr/bin/env bash
# Installs the Debian 12 packages oftrack needs, only those missing, plus any
# package named as an argument. Run as root.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libre2-dev libtbb-dev libsqlite3-dev libpoppler-cpp-dev
  catch2 libtomlplusplus-dev libcli11-dev libfmt-dev libxlsxwriter-dev libxxhash-dev
  poppler-utils sqlite3
  chromium
  unzip
  time
  "$@"
)
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
