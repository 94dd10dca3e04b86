#!/usr/bin/env bash
# Installs the Debian packages newsrecon builds and tests with; does nothing when all are present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git
  libcurl4-openssl-dev libgumbo-dev libre2-dev libsqlite3-dev
  libpq-dev postgresql  # the PostgreSQL backend; the tests start a scratch server of their own
  catch2 libtomlplusplus-dev nlohmann-json3-dev libcpp-httplib-dev
  libuchardet-dev libicu-dev zlib1g-dev libssl-dev
  chromium  # headless, for the test that opens the HTML report in a browser
)

# Fuzzing needs clang and its sanitizer and libFuzzer runtimes.
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
