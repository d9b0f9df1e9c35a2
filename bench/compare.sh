#!/usr/bin/env bash
# Compares a full build of a synthetic site with the floor and with Hugo.
#
#   bench/compare.sh [N]               N items (default 10000)
#   bench/compare.sh --scale [N...]    gongkai alone at 1,000, 10,000 and
#                                      100,000 items (or the sizes given)
#
# The corpus is bench/synth's: N items with Chinese bodies, and a Hugo site
# over the same content/ (bench/synth -hugo) with the pages gongkai writes
# (items, paginated lists by section and taxonomy), minified as gongkai's.
# Everything runs on tmpfs (/dev/shm) so the disk does not count. Three
# commands are timed back to back in one run:
#   floor    goldmark alone: read, render and write every body (bench/floor -o)
#   gongkai  gongkai build
#   hugo     hugo --minify, when Hugo is installed
# with hyperfine when installed (1 warm-up, RUNS runs, default 5), else a
# loop of RUNS runs; each is then run once more under /usr/bin/time for its
# peak RSS. Wall times are the mean and the best of the runs; the ratio to
# the floor is of the best, as other work on the machine only ever adds to
# a time. The scaling run prints, per size, the best wall of RUNS (default
# 3; 1 at 100,000 items and more), peak RSS, and both per item.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
shm=/dev/shm
[ -d "$shm" ] && [ -w "$shm" ] || shm=${TMPDIR:-/tmp}
work=$(mktemp -d "$shm/gongkai-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
go build -o "$work/gongkai" ./cmd/gongkai
go build -o "$work/floor" ./bench/floor
now=2026-11-27

# peak SECONDS_FILE CMD...: runs CMD once under /usr/bin/time, prints its
# peak RSS in KB.
peak() {
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>&1
  tail -n 1 "$work/rss"
}

# best CMD...: runs CMD $runs times, prints "mean best" in seconds.
best() {
  local t all=""
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    t=$( { /usr/bin/time -f "%e" "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -n 1)
    all="$all $t"
  done
  echo "$all" | awk '{s=0; b=$1; for(i=1;i<=NF;i++){s+=$i; if($i<b)b=$i}; printf "%.3f %.3f\n", s/NF, b}'
}

scale() {
  local sizes=("$@")
  [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
  printf "gongkai build, %d cores, %s\n" "$(nproc)" "$(date -u +%Y-%m-%d)"
  printf "%8s %10s %10s %12s %12s\n" items "wall s" "peak MB" "µs/item" "KB/item"
  for n in "${sizes[@]}"; do
    rm -rf "$work/site"
    go run ./bench/synth -n "$n" "$work/site"
    local r=$runs
    [ "$n" -ge 100000 ] && r=1
    local wall
    wall=$(runs=$r best "$work/gongkai" build -q -s "$work/site" -d "$work/out" --now $now | awk '{print $2}')
    rm -rf "$work/out"
    local kb
    kb=$(peak "$work/gongkai" build -q -s "$work/site" -d "$work/out" --now $now)
    awk -v n="$n" -v s="$wall" -v kb="$kb" 'BEGIN{printf "%8d %10.2f %10.0f %12.0f %12.1f\n", n, s, kb/1024, s*1e6/n, kb/n}'
  done
}

if [ "${1:-}" = "--scale" ]; then
  shift
  scale "$@"
  exit 0
fi

n=${1:-10000}
hugo=$(command -v hugo || true)
if [ -n "$hugo" ]; then
  go run ./bench/synth -n "$n" -hugo "$work/hugo" "$work/site"
else
  go run ./bench/synth -n "$n" "$work/site"
fi
names=(floor gongkai)
cmds=("$work/floor -o $work/out $work/site"
      "$work/gongkai build -q -s $work/site -d $work/out --now $now")
if [ -n "$hugo" ]; then
  names+=(hugo)
  cmds+=("$hugo --minify --quiet -s $work/hugo -d $work/out")
fi

declare -A mean bestof rss
if command -v hyperfine >/dev/null; then
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --style basic --warmup 1 --runs "$runs" --prepare "rm -rf $work/out" \
    --export-csv "$work/times.csv" "${args[@]}" >&2
  while IFS=, read -r name m _ _ _ _ b _; do
    [ "$name" = command ] && continue
    mean[$name]=$m; bestof[$name]=$b
  done < "$work/times.csv"
else
  for i in "${!names[@]}"; do
    rm -rf "$work/out"; ${cmds[$i]} >/dev/null 2>&1   # warm-up
    read -r m b < <(best ${cmds[$i]})
    mean[${names[$i]}]=$m; bestof[${names[$i]}]=$b
  done
fi
for i in "${!names[@]}"; do
  rm -rf "$work/out"
  # shellcheck disable=SC2086
  rss[${names[$i]}]=$(peak ${cmds[$i]})
done

pages=$( (rm -rf "$work/out"; "$work/gongkai" build -q -s "$work/site" -d "$work/out" --now $now; find "$work/out" -name '*.html') | wc -l)
printf "%d items (%s of Markdown), gongkai writes %d HTML files; %d cores, %s; runs: %d\n" \
  "$n" "$(du -sh "$work/site/content" | cut -f1)" "$pages" "$(nproc)" "$(date -u +%Y-%m-%d)" "$runs"
printf "%-8s %10s %10s %10s %9s\n" "" "mean s" "best s" "peak MB" "× floor"
for name in "${names[@]}"; do
  awk -v nm="$name" -v m="${mean[$name]}" -v b="${bestof[$name]}" -v kb="${rss[$name]}" -v f="${bestof[floor]}" \
    'BEGIN{printf "%-8s %10.2f %10.2f %10.0f %9.1f\n", nm, m, b, kb/1024, b/f}'
done
[ -n "$hugo" ] || echo "(Hugo is not installed: not compared)"
