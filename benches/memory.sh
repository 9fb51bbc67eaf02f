#!/usr/bin/env bash
# Peak memory and wall time of `rotaplan plan` (YAML load included) per size and backend,
# with GNU time. Needs a release build with `--features highs` for the HiGHS rows:
#   cargo build --release --features highs && bash benches/memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
B=target/release/rotaplan
out=$(mktemp -d)
for spec in "200 1 5" "2000 1 87" "10000 4 110" "50000 20 110"; do
  set -- $spec
  $B generate --provinces "$2" --communes-per-province "$3" --seed 7 --out "$out/size-$1.yaml"
  for solver in microlp highs; do
    if /usr/bin/time -v "$B" plan "$out/size-$1.yaml" --solver "$solver" --format json \
        --out "$out/plan-$1-$solver.json" 2> "$out/time.txt" > /dev/null; then
      wall=$(grep Elapsed "$out/time.txt" | awk '{print $NF}')
      rss=$(grep "Maximum resident" "$out/time.txt" | awk '{print $NF}')
      echo "$1 posts, $solver: wall $wall, peak ${rss} kB"
    else
      echo "$1 posts, $solver: not run ($(tail -1 "$out/time.txt"))"
    fi
  done
done
rm -rf "$out"
