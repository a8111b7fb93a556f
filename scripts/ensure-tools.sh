#!/usr/bin/env bash
# npm test runs every code sample the guides show, in each language, and drives Chromium for the
# browser tests; npm run build drives Chromium too, to draw the Mermaid diagrams. This installs
# whatever of those toolchains is missing from Debian's packages (as root), or says exactly what is
# missing and how to install it, and fails. `ensure-tools.sh chromium` sees to Chromium alone,
# which is what a build needs (npm test runs it first, so the build need not wait for the rest).
# Playwright cannot download its own browsers here, nor can anything fetch a toolchain of its own.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
only_chromium=false
case "${1:-}" in
  "") ;;
  chromium) only_chromium=true ;;
  *) echo "usage: bash scripts/ensure-tools.sh [chromium]" >&2 && exit 2 ;;
esac

# The Mono assemblies SendSms.cs references, next to mcs's own (…/lib/mono/4.5 on Debian).
mono_assemblies() {
  local mcs lib
  mcs="$(command -v mcs)" || return 1
  lib="$(dirname "$(readlink -f "$mcs")")/../lib/mono/4.5"
  [ -f "$lib/System.Net.Http.dll" ] && [ -f "$lib/System.Runtime.Serialization.dll" ]
}

# One line per missing tool: "what it is for|Debian packages".
missing=()
check() {
  local what="$1" packages="$2"
  shift 2
  "$@" >/dev/null 2>&1 || missing+=("$what|$packages")
}
# `java File.java` (Java 11 or later) compiles in memory with jdk.compiler, which a JRE lacks.
# Plain grep reads to the end: grep -q would stop early and, with pipefail, fail on the writer's SIGPIPE.
java_launches_source() { java --list-modules | grep '^jdk\.compiler@'; }
php_has_curl() { php -m | grep -x curl; }

find_missing() {
  missing=()
  check "Chromium at $chromium_path, for the build's Mermaid diagrams and the browser tests" chromium test -x "$chromium_path"
  "$only_chromium" && return
  check "curl, for the curl samples" curl command -v curl
  check "python3 (3.8 or later), for the Python samples" python3 command -v python3
  check "java with jdk.compiler (11 or later), for SendSms.java" default-jdk-headless java_launches_source
  check "go, for send_sms.go" golang-go command -v go
  check "ruby, for send_sms.rb" ruby command -v ruby
  check "php, for send_sms.php" "php-cli php-curl" command -v php
  if command -v php >/dev/null 2>&1; then check "php's curl extension, for send_sms.php" php-curl php_has_curl; fi
  check "mcs, Mono's C# compiler, for SendSms.cs" mono-mcs command -v mcs
  check "mono, the runtime that runs SendSms.exe" mono-runtime command -v mono
  check "Mono's System.Net.Http and System.Runtime.Serialization, for SendSms.cs" \
    "libmono-system-net-http4.0-cil libmono-system-runtime-serialization4.0-cil" mono_assemblies
}

find_missing
[ ${#missing[@]} -eq 0 ] && exit 0
why="installing them takes root and apt-get"

packages_of() { # the Debian packages of the missing tools, without repeats, in order
  local entry package seen=" "
  for entry in "${missing[@]}"; do
    for package in ${entry#*|}; do
      case "$seen" in *" $package "*) ;; *) seen+="$package " && printf '%s\n' "$package" ;; esac
    done
  done
}

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  mapfile -t packages < <(packages_of)
  echo "Installing from Debian's packages: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # apt's chatter (debconf's notes among it) is shown only when a step fails.
  log="$(mktemp)"
  trap 'rm -f "$log"' EXIT
  quietly() { "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "Failed: $*" >&2; }; }
  quietly apt-get update -qq
  tools=()
  for package in "${packages[@]}"; do [ "$package" = chromium ] || tools+=("$package"); done
  if [ ${#tools[@]} -gt 0 ]; then quietly apt-get install -y -qq --no-install-recommends "${tools[@]}"; fi
  # Chromium keeps its recommended packages (fonts-liberation, Mesa): the pages render with them.
  case " ${packages[*]} " in *" chromium "*) quietly apt-get install -y -qq chromium ;; esac
  find_missing
  [ ${#missing[@]} -eq 0 ] && exit 0
  why="apt-get did not install them"
fi

{
  if "$only_chromium"; then echo "npm run build needs this, and $why:"; else echo "npm test needs these, and $why:"; fi
  for entry in "${missing[@]}"; do echo "  - ${entry%%|*} (Debian: ${entry#*|})"; done
  echo "On Debian 12 or Ubuntu, as root:"
  echo "  apt-get update && apt-get install -y $(packages_of | paste -sd ' ' -)"
  echo "or run 'bash scripts/ensure-tools.sh${1:+ $1}' as root, which does that. Elsewhere, install the same tools"
  echo "so that they are on PATH, and set CHROMIUM_PATH to Chromium's executable."
} >&2
exit 1
