#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; playwright cannot download its own browsers here.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium_path" ] && exit 0
fi

cat >&2 <<MSG
The browser tests need Chromium at $chromium_path and it could not be installed.
On Debian or Ubuntu, as root: apt-get update && apt-get install -y chromium
Elsewhere, install Chromium and set CHROMIUM_PATH to its executable.
MSG
exit 1
