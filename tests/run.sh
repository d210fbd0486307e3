#!/usr/bin/env bash
# Runs every test of DigestSite. On a fresh machine it first installs what the tests need and is missing
# (Debian's chromium for the browser tests, a Java runtime and the vnu-jar HTML checker, a C toolchain and
# zlib's headers for the tool's native build), then prints the
# closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
# The tool package's native build (NativeAOT) links with clang or gcc against zlib.
{ command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; } || need_apt+=(gcc)
[ -f /usr/include/zlib.h ] || need_apt+=(zlib1g-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} (apt-get)..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || echo "warning: could not install ${need_apt[*]}; tests that need them will fail"
fi

# The W3C Nu Html Checker, from npm, without its install script (which would download a Java build).
vnu_dir="$root/.tools/vnu"
if [ ! -f "$vnu_dir/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  echo "Installing vnu-jar (npm, --ignore-scripts)..."
  mkdir -p "$vnu_dir"
  (cd "$vnu_dir" && npm install --silent --no-audit --no-fund --ignore-scripts vnu-jar@latest >/dev/null 2>&1) \
    || echo "warning: could not install vnu-jar; the Nu Html Checker test will fail"
fi
export DIGESTSITE_VNU_JAR="$vnu_dir/node_modules/vnu-jar/build/dist/vnu.jar"

results="$root/tests/.results"
rm -rf "$results"
dotnet test "$root/DigestSite.sln" -c Release --logger "trx;LogFileName=tests.trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; echo "dotnet test failed before or outside the tests (build error?)"; fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
