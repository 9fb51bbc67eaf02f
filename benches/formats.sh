#!/usr/bin/env bash
# Wall time, peak memory and output size of `rotaplan plan` in each format, with GNU time,
# on the province and national presets (YAML read and solve included in each run):
#   cargo build --release && bash benches/formats.sh [province|national ...]
set -euo pipefail
cd "$(dirname "$0")/.."
B=target/release/rotaplan
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for preset in "${@:-province national}"; do
  for p in $preset; do
    $B generate --preset "$p" --out "$out/scenario-$p.yaml"
    for f in table yaml json md csv xlsx html; do
      /usr/bin/time -v "$B" plan "$out/scenario-$p.yaml" --format "$f" --out "$out/$p.$f" \
        2> "$out/time.txt" > /dev/null
      wall=$(grep Elapsed "$out/time.txt" | awk '{print $NF}')
      rss=$(grep "Maximum resident" "$out/time.txt" | awk '{print $NF}')
      size=$(stat -c %s "$out/$p.$f")
      echo "$p $f: wall $wall, peak $((rss / 1024)) MB, $size bytes"
    done
  done
done
