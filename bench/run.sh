#!/usr/bin/env bash
# Build benchmark: DigestSite vs Hugo on the same synthetic news corpus.
#
#   bench/run.sh [N...]        (default: 4000)
#
# For each N it generates one corpus (gen_corpus.py, same seed) as DigestSite digests and as Hugo Markdown, then
# times, best of BENCH_RUNS (default 3):
#   - a cold DigestSite build  (`build SITE --clean`: no output, no cache; validation on)
#   - a cold Hugo build        (output, resources and cache folders removed first)
#   - a DigestSite rebuild after appending a sentence to one paragraph of one input file (`build SITE` without
#     --clean). Hugo has no incremental command-line build (a re-run is a full build), so it gets no rebuild run.
# Every run is timed end to end, process start included, with `/usr/bin/time -f '%e %M'` (wall seconds, peak
# RSS KiB). The table is printed and written to bench/work/latest.md; logs and sites stay under bench/work/.
# DigestSite is built as a user installs its fastest release: compiled to one native executable (NativeAOT,
# `dotnet publish -p:PublishAot=true`; a C toolchain and zlib's headers are installed with apt-get when missing).
# BENCH_BUILD=r2r measures the framework-dependent, ReadyToRun-precompiled build (`dotnet DigestSite.Cli.dll`)
# instead. The build's intermediate files go to bench/work/artifacts, apart from the repository's obj/ folders.
#
# Environment: BENCH_SEED (corpus seed, default 1), BENCH_RUNS (runs per measurement, default 3), BENCH_BUILD
# (native or r2r, default native),
# BENCH_TIMEOUT (seconds one run may take before the benchmark gives up, default 600),
# GEN_CORPUS (path to gen_corpus.py; default: shared/tools/gen_corpus.py beside the repository or above it).
set -Eeuo pipefail
trap 'status=$?; printf "bench: error: line %s: %s failed (exit %s)\n" "$LINENO" "$BASH_COMMAND" "$status" >&2' ERR

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$root/bench"
work="$bench/work"
seed=${BENCH_SEED:-1}
runs=${BENCH_RUNS:-3}
build=${BENCH_BUILD:-native}
run_timeout=${BENCH_TIMEOUT:-600}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(4000)

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "N must be a positive whole number, got '$n' (usage: bench/run.sh [N...])"
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive whole number, got '$runs'"
[[ "$seed" =~ ^[0-9]+$ ]] || die "BENCH_SEED must be a whole number, got '$seed'"
[[ "$build" =~ ^(native|r2r)$ ]] || die "BENCH_BUILD must be native or r2r, got '$build'"

# ---------------------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------------------
apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  say "installing $* with apt-get"
  $sudo apt-get update -qq || die "apt-get update failed; install $* by hand"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

command -v python3 >/dev/null 2>&1 || die "python3 is needed to generate the corpus"
command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is needed to build DigestSite"
[ -x /usr/bin/time ] || apt_install time
command -v hugo >/dev/null 2>&1 || apt_install hugo
command -v hugo >/dev/null 2>&1 || die "hugo is still not on PATH after installing it"
if [ "$build" = native ]; then
  # NativeAOT links with clang, or gcc where clang is missing, against zlib.
  { command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; } && [ -f /usr/include/zlib.h ] || apt_install gcc zlib1g-dev
fi

find_gen_corpus() {
  if [ -n "${GEN_CORPUS:-}" ]; then
    [ -f "$GEN_CORPUS" ] || die "GEN_CORPUS=$GEN_CORPUS does not exist"
    echo "$GEN_CORPUS"; return
  fi
  # CI lays shared/ beside the repository (../shared); a git worktree may sit deeper, so look further up too.
  local dir="$root"
  while [ "$dir" != "/" ]; do
    dir=$(dirname "$dir")
    if [ -f "$dir/shared/tools/gen_corpus.py" ]; then echo "$dir/shared/tools/gen_corpus.py"; return; fi
  done
  die "gen_corpus.py not found in ../shared/tools (or any shared/tools above $root); set GEN_CORPUS=/path/to/gen_corpus.py"
}
gen_corpus=$(find_gen_corpus)

mkdir -p "$work"
exec 9>"$work/.build-bench.lock"
flock -n 9 || die "another bench/run.sh is running (lock $work/.build-bench.lock); wait for it to finish"

# Outputs and sites of earlier runs are moved aside, not deleted, until every run is done. On a file system
# without a journal (this VM's ext4), files deleted in the last minutes make every file and folder created after
# them slower to create (the inode allocator passes over each recently deleted inode), so each run, of either
# tool, would pay for the thousands of files the runs before it deleted, more at every run.
trash="$work/.trash"
rm -rf "$trash" # left by an interrupted run
mkdir -p "$trash"
discard() {
  local path
  for path in "$@"; do
    [ -e "$path" ] || continue
    mv "$path" "$(mktemp -d "$trash/XXXXXX")/"
  done
}

# ---------------------------------------------------------------------------------------------------------
# Build DigestSite once: published for this machine, precompiled (ReadyToRun), as a user installs a release
# ---------------------------------------------------------------------------------------------------------
bin="$work/digestsite-bin"
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
[ -n "$rid" ] || rid=linux-x64
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
discard "$bin" "$work/artifacts"
if [ "$build" = native ]; then
  say "publishing DigestSite (Release, native executable for $rid: NativeAOT, a minute or two)"
  publish=(-p:PublishAot=true)
  digestsite=("$bin/DigestSite.Cli")
else
  say "publishing DigestSite (Release, ReadyToRun for $rid)"
  publish=(--self-contained false -p:PublishAot=false -p:PublishReadyToRun=true)
  digestsite=(dotnet "$bin/DigestSite.Cli.dll")
fi
if ! (cd "$root" && dotnet publish src/DigestSite.Cli -c Release -r "$rid" "${publish[@]}" --artifacts-path "$work/artifacts" -o "$bin" -nologo -v q) >"$work/dotnet-build.log" 2>&1; then
  tail -n 30 "$work/dotnet-build.log" >&2
  die "dotnet publish failed (full log: $work/dotnet-build.log)"
fi
[ -f "${digestsite[-1]}" ] || die "dotnet publish succeeded but ${digestsite[-1]} is missing"

# ---------------------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------------------
# timed LOG CMD...: runs CMD with its output in LOG, sets $wall (s) and $rss (KiB) and $rc (exit code).
timed() {
  local log=$1; shift
  local tf="$work/.build-bench.time"
  rm -f "$tf"
  set +e
  timeout "$run_timeout" /usr/bin/time -o "$tf" -f '%e %M' "$@" >"$log" 2>&1
  rc=$?
  set -e
  [ "$rc" != 124 ] || die "timed out after ${run_timeout}s: $* (log: $log)"
  [ -s "$tf" ] || die "no timing recorded for: $* (log: $log)"
  # GNU time prefixes "Command exited with non-zero status N" when the command fails; the figures are last.
  read -r wall rss < <(tail -n 1 "$tf")
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

# edit_one FILE K: appends a sentence to the last paragraph of FILE (its last non-blank line).
edit_one() {
  python3 - "$1" "$2" <<'PY'
import sys
path, k = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as fh:
    lines = fh.read().split("\n")
i = max(j for j, line in enumerate(lines) if line.strip())
lines[i] += " Benchmark edit number %s changed this paragraph." % k
with open(path, "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(lines))
PY
}

# min, max and list of a series of numbers (one per argument). No `| head` anywhere: under pipefail, a
# writer cut off by head's early exit (SIGPIPE) would stop the script.
series_min() { printf '%s\n' "$@" | awk 'NR == 1 || $1 < m { m = $1 } END { print m }'; }
series_max() { printf '%s\n' "$@" | awk 'NR == 1 || $1 > m { m = $1 } END { print m }'; }
series_list() { local IFS=/; echo "$*"; }
to_mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
to_ms() { awk -v s="$1" 'BEGIN { printf "%.0f\n", s * 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

rows=()
notes=()
loads=()
declare -A best_cold=()

for n in "${sizes[@]}"; do
  ds_site="$work/digestsite-$n"
  hugo_site="$work/hugo-$n"
  hugo_out="$work/hugo-$n-public"
  logs="$work/logs-$n"
  discard "$ds_site" "$hugo_site" "$hugo_out" "$logs"
  mkdir -p "$ds_site" "$hugo_site" "$logs"

  say "N=$n: generating the corpus (seed $seed) for DigestSite and Hugo"
  cp "$bench/digestsite-site/statiq.yml" "$ds_site/"
  cp -r "$bench/hugo-site/hugo.toml" "$bench/hugo-site/layouts" "$hugo_site/"
  # The two formats at once (one core each): at N=16000 each takes several seconds.
  python3 "$gen_corpus" "$n" --seed "$seed" --format digest --front-matter --out "$ds_site/input" 2>"$logs/gen-digest.log" &
  gen_ds=$!
  python3 "$gen_corpus" "$n" --seed "$seed" --format hugo --out "$hugo_site/content/posts" 2>"$logs/gen-hugo.log" &
  gen_hugo=$!
  wait "$gen_ds" || die "gen_corpus.py --format digest failed (log: $logs/gen-digest.log)"
  wait "$gen_hugo" || die "gen_corpus.py --format hugo failed (log: $logs/gen-hugo.log)"

  # --- Cold builds, DigestSite and Hugo taking turns so that both see the same load on a shared machine ---
  ds_cold=(); ds_rss=(); ds_rc=0; hugo_cold=(); hugo_rss=()
  loads+=("N=$n: $(load)")
  if awk -v c="$(nproc)" '{ exit !($1 > c) }' /proc/loadavg; then
    say "warning: the load average ($(load)) is above the $(nproc) cores: other work is running, figures will be noisy"
  fi
  say "N=$n: cold builds x$runs (load $(load))"
  for i in $(seq "$runs"); do
    # Both tools start from no output and no cache, removed outside the timing (as Hugo's are below).
    discard "$ds_site/output" "$ds_site/.digestsite"
    timed "$logs/digestsite-cold-$i.log" "${digestsite[@]}" build "$ds_site" --clean
    if [ "$rc" -gt 1 ]; then tail -n 20 "$logs/digestsite-cold-$i.log" >&2; die "DigestSite build failed with exit code $rc"; fi
    [ "$rc" = 0 ] || ds_rc=$rc
    ds_cold+=("$wall"); ds_rss+=("$rss")
    say "  DigestSite run $i: ${wall} s, $(to_mib "$rss") MiB, exit $rc"

    discard "$hugo_out" "$hugo_site/resources" "$hugo_site/.cache" "$hugo_site/.hugo_build.lock"
    timed "$logs/hugo-cold-$i.log" hugo --quiet -s "$hugo_site" --destination "$hugo_out" --cacheDir "$hugo_site/.cache"
    if [ "$rc" != 0 ]; then tail -n 20 "$logs/hugo-cold-$i.log" >&2; die "Hugo build failed with exit code $rc"; fi
    hugo_cold+=("$wall"); hugo_rss+=("$rss")
    say "  Hugo run $i: ${wall} s, $(to_mib "$rss") MiB"
  done
  pages=$(find "$ds_site/output/digests" -mindepth 2 -maxdepth 2 -name index.html 2>/dev/null | wc -l)
  [ "$pages" = "$n" ] || notes+=("N=$n: DigestSite wrote $pages digest pages, expected $n (see $logs/digestsite-cold-1.log)")
  [ "$ds_rc" = 0 ] || notes+=("N=$n: DigestSite exited with code 1: the site built but reported errors (see $logs/digestsite-cold-1.log)")
  ds_files=$(find "$ds_site/output" -type f | wc -l)
  posts=$(find "$hugo_out/posts" -mindepth 2 -maxdepth 2 -name index.html | wc -l)
  [ "$posts" = "$n" ] || notes+=("N=$n: Hugo wrote $posts post pages, expected $n")
  hugo_files=$(find "$hugo_out" -type f | wc -l)

  # --- DigestSite rebuilds after one edited input: the first digest by name, edited again before every run ---
  ds_file=$(find "$ds_site/input" -name '*.txt' | LC_ALL=C sort | sed -n 1p)
  [ -n "$ds_file" ] || die "no digest in $ds_site/input to edit"
  ds_re=(); ds_re_ms=()
  say "N=$n: DigestSite rebuilds after editing $(basename "$ds_file") x$runs (load $(load))"
  for i in $(seq "$runs"); do
    edit_one "$ds_file" "$i"
    timed "$logs/digestsite-rebuild-$i.log" "${digestsite[@]}" build "$ds_site"
    if [ "$rc" -gt 1 ]; then tail -n 20 "$logs/digestsite-rebuild-$i.log" >&2; die "DigestSite rebuild failed with exit code $rc"; fi
    # A rebuild that skipped the edit would be fast and wrong: check the new sentence reached the digest's page.
    grep -rlq "Benchmark edit number $i changed" "$ds_site/output/digests" \
      || notes+=("N=$n: DigestSite rebuild $i did not put the edit into the digest's page")
    ds_re+=("$wall"); ds_re_ms+=("$(to_ms "$wall")")
    say "  run $i: $(to_ms "$wall") ms, $(to_mib "$rss") MiB, exit $rc"
  done

  ds_best=$(series_min "${ds_cold[@]}"); hugo_best=$(series_min "${hugo_cold[@]}")
  best_cold[DigestSite:$n]=$ds_best; best_cold[Hugo:$n]=$hugo_best
  rows+=("| DigestSite | $n | $(series_list "${ds_cold[@]}") | **$ds_best** | $(to_mib "$(series_max "${ds_rss[@]}")") | $(series_list "${ds_re_ms[@]}") | **$(to_ms "$(series_min "${ds_re[@]}")")** | $(ratio "$ds_best" "$hugo_best") | $ds_files |")
  rows+=("| Hugo | $n | $(series_list "${hugo_cold[@]}") | **$hugo_best** | $(to_mib "$(series_max "${hugo_rss[@]}")") | n/a | n/a | 1.00 | $hugo_files |")
done

# Scaling: the best cold time at each further N against the first N's.
scaling=()
for tool in DigestSite Hugo; do
  for n in "${sizes[@]:1}"; do
    scaling+=("- $tool: N=$n takes $(ratio "${best_cold[$tool:$n]}" "${best_cold[$tool:${sizes[0]}]}")× the cold time of N=${sizes[0]}")
  done
done

report="$work/latest.md"
{
  echo "# Build benchmark: DigestSite vs Hugo"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh ${sizes[*]}\` (seed $seed, best of $runs; DigestSite built as: $build)."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -h | awk '/^Mem:/ {print $2}') RAM;"
  echo ".NET SDK $(dotnet --version); $(hugo version | cut -d' ' -f1-2); load average (1/5/15 min) at the start of each N: ${loads[*]/%/;} at the end: $(load)."
  echo
  echo "| tool | N | cold wall s (runs) | cold wall s (best) | peak RSS MiB (cold, max) | rebuild ms (runs) | rebuild ms (best) | cold ratio to Hugo | files written |"
  echo "|---|---:|---|---:|---:|---|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Cold: a build from nothing (DigestSite \`build --clean\`, validation on; Hugo with output, resources and cache"
  echo "removed). Rebuild: DigestSite \`build\` without \`--clean\` after appending a sentence to one paragraph of one"
  echo "digest (Hugo has no incremental command-line build: a re-run is a full build). Times include process start."
  echo "Earlier runs' outputs are moved aside and deleted only after the last run, so that no run pays for files"
  echo "another run deleted (see bench/README.md)."
  if [ ${#scaling[@]} -gt 0 ]; then echo; printf '%s\n' "${scaling[@]}"; fi
  if [ ${#notes[@]} -gt 0 ]; then echo; echo "Problems seen:"; printf -- '- %s\n' "${notes[@]}"; fi
} >"$report"

echo
cat "$report"
echo
say "written to $report (logs and sites under $work)"
say "deleting the outputs of earlier runs ($trash)"
rm -rf "$trash"
[ ${#notes[@]} -eq 0 ] || exit 1
