#!/usr/bin/env bash
# Save-to-screen latency of `digestsite preview` on generated sites (default: 100 and 4,000 digests).
# Needs Debian's chromium (/usr/bin/chromium) and ../shared/tools/gen_corpus.py. Sites go to bench/work/.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -eq 0 ]; then set -- 100 4000; fi
dotnet run --project bench/preview -c Release -- "$@"
