#!/usr/bin/env bash
# The long fuzz run of the hostile-input property (tests/DigestSite.Tests/EndToEnd/MutatedSitePropertyTests.cs):
# SITES whole builds (default 4,000, about 10,000 mutated digests) of sound digests beside mutated ones. Prints
# the test's closing line "fuzz: N sites, N mutated inputs, ..."; any crash or hang fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
sites=${1:-4000}
DIGESTSITE_FUZZ_SITES=$sites dotnet test tests/DigestSite.Tests -c Release \
  --filter "FullyQualifiedName~MutatedSitePropertyTests" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E "fuzz:|Passed!|Failed|error" 
