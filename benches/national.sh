#!/usr/bin/env bash
# The national preset, seeds 1 to 5 (or those given), through the command line as a planner
# runs it: `rotaplan plan` under GNU time, YAML read included; wall time, peak memory, and
# the solve alone as the run reports it.
#   cargo build --release && bash benches/national.sh [SEED ...]
# GENERATE_FLAGS adds flags to `generate` (e.g. GENERATE_FLAGS=--development).
set -euo pipefail
cd "$(dirname "$0")/.."
B=target/release/rotaplan
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for seed in "${@:-1 2 3 4 5}"; do
  for s in $seed; do
    $B generate --preset national --seed "$s" ${GENERATE_FLAGS:-} --out "$out/national-$s.yaml" 2> /dev/null
    /usr/bin/time -f "%e %M" "$B" --lang en plan "$out/national-$s.yaml" --format json \
      --out "$out/plan-$s.json" 2> "$out/err.txt" > /dev/null
    read -r wall rss < <(tail -1 "$out/err.txt")
    solve=$(grep -o "solved in [0-9.]* s" "$out/err.txt" | head -1 || true)
    echo "national seed $s: wall $wall s, peak $((rss / 1024)) MB, $solve"
  done
done
