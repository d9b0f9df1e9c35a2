#!/usr/bin/env bash
# Builds a synthetic site of N items (default 10000) and prints the build's
# wall time and peak memory beside the floor: goldmark alone rendering the
# same Markdown on all cores. Usage: bench/run.sh [N]
set -euo pipefail
n=${1:-10000}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/gongkai" ./cmd/gongkai
go build -o "$work/floor" ./bench/floor
go run ./bench/synth -n "$n" "$work/site"
"$work/gongkai" build -q -s "$work/site" -d "$work/warm" --now 2026-11-27   # warm the file cache
best=999999; peak=0
for i in 1 2 3; do
  rm -rf "$work/out"
  /usr/bin/time -f "%e %M" -o "$work/time" "$work/gongkai" build -q -s "$work/site" -d "$work/out" --now 2026-11-27
  read -r secs kb < "$work/time"
  best=$(awk -v a="$best" -v b="$secs" 'BEGIN{print (b<a)?b:a}')
  peak=$(( kb > peak ? kb : peak ))
done
floor=$("$work/floor" "$work/site")
pages=$(find "$work/out" -name '*.html' | wc -l)
awk -v n="$n" -v s="$best" -v f="$floor" -v kb="$peak" -v p="$pages" -v c="$(nproc)" 'BEGIN{
  printf "items %d, html files %d, cores %d\n", n, p, c
  printf "gongkai build  %.2f s   peak %.0f MB\n", s, kb/1024
  printf "goldmark floor %.2f s\n", f
  printf "ratio          %.2fx the floor\n", s/f
}'
