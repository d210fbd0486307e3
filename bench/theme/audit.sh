#!/usr/bin/env bash
# Builds the sample site, serves it on loopback, and prints Lighthouse (mobile) scores for the home page, a
# digest page and a topic page, axe-core violations, and screenshots at 390 and 1280 px in light and dark.
# Usage: bench/theme/audit.sh [SITE_DIR]     (default: the repository's sample site)
#        SKIP_LIGHTHOUSE=1 bench/theme/audit.sh   (axe and screenshots only)
#        RUNS=3 bench/theme/audit.sh              (median of three Lighthouse runs a page)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
site=${1:-$root}
tools="$root/.tools/audit"
work="$root/bench/work/theme"
port=${PORT:-5391}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

if ! command -v chromium >/dev/null; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; fi
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools" && (cd "$tools" && npm init -y >/dev/null && \
    npm install --silent --no-audit --no-fund lighthouse@12.8.2 playwright-core@1.64.1 axe-core@4.10 >/dev/null)
fi

rm -rf "$work" && mkdir -p "$work"
dotnet run --project "$root/src/DigestSite.Cli" -c Release -- build "$site" --output "$work/site" \
  --base-url "http://127.0.0.1:$port/" --quiet
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 1

digest="/$(cd "$work/site" && ls -d digests/*/ | head -n 1)"
topic="/$(cd "$work/site" && ls -d topics/*/ | head -n 1)"
pages=("/" "$digest" "$topic")
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"

# Lighthouse's performance score moves with the machine's load (it times the main thread): RUNS=3 runs each
# page three times and prints the median of each category, with the performance scores of every run.
runs=${RUNS:-1}
printf '| page | performance | accessibility | best practices | SEO | performance, each run |\n|---|---|---|---|---|---|\n' | tee "$work/scores.md"
for p in "${pages[@]}"; do
  [ -n "${SKIP_LIGHTHOUSE:-}" ] && break   # quick runs: axe and screenshots only
  reports=()
  for run in $(seq 1 "$runs"); do
    "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$p" --quiet --chrome-flags="$flags" \
      --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$work/lh-$run.json" >/dev/null 2>&1 || true
    reports+=("$work/lh-$run.json")
  done
  node -e '
    const [page, ...files] = process.argv.slice(1);
    const reports = files.map(f => { try { return require(f); } catch { return {}; } });
    const score = (r, k) => r.categories && r.categories[k] ? Math.round(r.categories[k].score * 100) : NaN;
    const median = k => { const v = reports.map(r => score(r, k)).filter(n => !isNaN(n)).sort((a, b) => a - b);
                          return v.length ? v[Math.floor(v.length / 2)] : "n/a"; };
    const each = reports.map(r => score(r, "performance")).join(", ");
    console.log(`| ${page} | ${median("performance")} | ${median("accessibility")} | ${median("best-practices")} | ${median("seo")} | ${each} |`);
    for (const [id, a] of Object.entries(reports[0].audits || {}))
      if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.error(`  ${page}: ${id}: ${a.title}`);
  ' "$p" "${reports[@]}" | tee -a "$work/scores.md"
done

# axe and screenshots cover the other page kinds too: the topic index, the archive, search and "not found".
month="/$(cd "$work/site" && ls -d archive/*/*/ | head -n 1)"
AUDIT_TOOLS="$tools" node "$root/bench/theme/audit.mjs" "http://127.0.0.1:$port" "$work/screenshots" \
  "${pages[@]}" /topics/ /archive/ "$month" /search/ /404.html
