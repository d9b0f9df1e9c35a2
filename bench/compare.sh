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
#   hugo     hugo --minify, when Hugo is installed (HUGO=path chooses it,
#            HUGO= leaves it out)
# with hyperfine when installed (1 warm-up, RUNS runs, default 5;
# NO_HYPERFINE=1 to do without it), else a loop of RUNS runs; each is then
# run once more under /usr/bin/time for its peak RSS. Wall times are the
# mean and the best of the runs; the ratio to the floor is of the best, as
# other work on the machine only ever adds to a time. CPU is user + system
# time, the mean of the runs: on a machine shared with other work it varies
# less than wall time. The scaling run prints, per size, the best wall of
# RUNS (default 3; 1 at 100,000 items and more), the CPU time, peak RSS,
# and wall and RSS per item.
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

# peak CMD...: runs CMD once under /usr/bin/time, prints its
# peak RSS in KB.
peak() {
  /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>&1
  tail -n 1 "$work/rss"
}

# best CMD...: runs CMD $runs times, prints "mean best cpu" in seconds
# (cpu: the mean of user + system).
best() {
  for _ in $(seq "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1
    tail -n 1 "$work/t"
  done | awk '{s+=$1; c+=$2+$3; if(NR==1||$1<b)b=$1} END{printf "%.3f %.3f %.3f\n", s/NR, b, c/NR}'
}

scale() {
  local sizes=("$@")
  [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
  printf "gongkai build, %d cores, %s\n" "$(nproc)" "$(date -u +%Y-%m-%d)"
  printf "%8s %10s %10s %10s %12s %12s\n" items "wall s" "cpu s" "peak MB" "µs/item" "KB/item"
  for n in "${sizes[@]}"; do
    rm -rf "$work/site"
    go run ./bench/synth -n "$n" "$work/site"
    local r=${RUNS:-3}
    [ "$n" -ge 100000 ] && r=1
    local wall cpu
    read -r _ wall cpu < <(runs=$r best "$work/gongkai" build -q -s "$work/site" -d "$work/out" --now $now)
    rm -rf "$work/out"
    local kb
    kb=$(peak "$work/gongkai" build -q -s "$work/site" -d "$work/out" --now $now)
    awk -v n="$n" -v s="$wall" -v c="$cpu" -v kb="$kb" 'BEGIN{printf "%8d %10.2f %10.2f %10.0f %12.0f %12.1f\n", n, s, c, kb/1024, s*1e6/n, kb/n}'
  done
}

if [ "${1:-}" = "--scale" ]; then
  shift
  scale "$@"
  exit 0
fi

n=${1:-10000}
hugo=${HUGO-$(command -v hugo || true)}
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

declare -A mean bestof cpu rss
if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
  args=()
  for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
  hyperfine -N --style basic --warmup 1 --runs "$runs" --prepare "rm -rf $work/out" \
    --export-csv "$work/times.csv" "${args[@]}" >&2
  while IFS=, read -r name m _ _ u sys b _; do
    [ "$name" = command ] && continue
    mean[$name]=$m; bestof[$name]=$b; cpu[$name]=$(awk -v u="$u" -v s="$sys" 'BEGIN{print u+s}')
  done < "$work/times.csv"
else
  for i in "${!names[@]}"; do
    rm -rf "$work/out"; ${cmds[$i]} >/dev/null 2>&1   # warm-up
    # shellcheck disable=SC2086
    read -r m b c < <(best ${cmds[$i]})
    mean[${names[$i]}]=$m; bestof[${names[$i]}]=$b; cpu[${names[$i]}]=$c
  done
fi
for i in "${!names[@]}"; do
  rm -rf "$work/out"
  # shellcheck disable=SC2086
  rss[${names[$i]}]=$(peak ${cmds[$i]})
done

pages=$( (rm -rf "$work/out"; "$work/gongkai" build -q -s "$work/site" -d "$work/out" --now $now 2>/dev/null; find "$work/out" -name '*.html') | wc -l)
printf "%d items (%s of Markdown), gongkai writes %d HTML files; %d cores, %s; runs: %d\n" \
  "$n" "$(du -sh "$work/site/content" | cut -f1)" "$pages" "$(nproc)" "$(date -u +%Y-%m-%d)" "$runs"
printf "%-8s %10s %10s %10s %10s %9s %12s\n" "" "mean s" "best s" "cpu s" "peak MB" "× floor" "cpu × floor"
for name in "${names[@]}"; do
  awk -v nm="$name" -v m="${mean[$name]}" -v b="${bestof[$name]}" -v c="${cpu[$name]}" -v kb="${rss[$name]}" \
    -v f="${bestof[floor]}" -v fc="${cpu[floor]}" \
    'BEGIN{printf "%-8s %10.2f %10.2f %10.2f %10.0f %9.1f %12.1f\n", nm, m, b, c, kb/1024, b/f, c/fc}'
done
[ -n "$hugo" ] || echo "(Hugo is not installed: not compared)"
