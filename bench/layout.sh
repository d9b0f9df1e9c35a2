#!/usr/bin/env bash
# Shows that laying out long text on kiosks and boards is linear in its
# length: runs the LongParagraph and LongBlocks benchmarks of packages flow,
# kiosk and board (flow: a paragraph of 10,000 and 100,000 characters built
# into runs and cut into parts; kiosk and board: a paragraph, list, table,
# quote or table cell of 10,000, 40,000 and 80,000 characters) and prints, for each, the time and the memory
# allocated per character, with their ratios to the shortest text's.
# Linear layout keeps the ratios near 1; the quadratic layout this replaced
# gave about 4 and 8 (11 s and 1.8 GB for a 40,000-character paragraph on
# the example's kiosks). Time is the best of COUNT runs (default 3), as
# other work on the machine only ever adds to it; memory does not vary.
# Usage: bench/layout.sh [COUNT]
set -euo pipefail
count=${1:-3}
cd "$(dirname "$0")/.."
go test -run '^$' -bench 'Long(Paragraph|Blocks)' -benchtime 3x -count "$count" ./internal/flow ./internal/kiosk ./internal/board |
awk '
/^Benchmark/ && /ns\/char/ {
  name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
  split(name, parts, "/chars="); key = parts[1]; chars = parts[2] + 0
  for (i = 2; i <= NF; i++) {
    if ($i == "ns/char") t = $(i-1) + 0
    if ($i == "B/op") m = $(i-1) / chars
  }
  id = key SUBSEP chars
  if (!(id in best) || t < best[id]) best[id] = t
  mem[id] = m
  if (!(key in seen)) { seen[key] = 1; order[++keys] = key }
  if (!(chars in size)) { size[chars] = 1; sizes[++nsizes] = chars }
}
END {
  for (i = 1; i <= nsizes; i++) for (j = i + 1; j <= nsizes; j++) if (sizes[j] < sizes[i]) { x = sizes[i]; sizes[i] = sizes[j]; sizes[j] = x }
  printf "%-28s", "per character (ratio)"
  for (i = 1; i <= nsizes; i++) printf "%30s", sizes[i] " characters"
  printf "\n"
  worst = 0
  for (k = 1; k <= keys; k++) {
    key = order[k]; bt = best[key SUBSEP sizes[1]]; bm = mem[key SUBSEP sizes[1]]
    printf "%-28s", key
    for (i = 1; i <= nsizes; i++) {
      id = key SUBSEP sizes[i]
      if (!(id in best)) { printf "%30s", "-"; continue }
      rt = best[id] / bt; rm = mem[id] / bm
      if (rm > worst) worst = rm
      printf "%30s", sprintf("%.0f ns (%.2f) %.0f B (%.2f)", best[id], rt, mem[id], rm)
    }
    printf "\n"
  }
  printf "largest memory ratio %.2f (linear: near 1; quadratic: about 8 at 80,000)\n", worst
}'
