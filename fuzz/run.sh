#!/usr/bin/env bash
# Fuzzes the scenario reader and the plan reader for SECONDS each (default 600), one
# after the other, from a corpus seeded with the shipped scenarios and their plans.
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
mkdir -p corpus/scenario corpus/plan_file
for f in ../scenarios/*.yaml ../scenarios/whatif/*.yaml; do
  # An odd first byte: the file as it is; an even one: a variant of District 1.
  { printf '1'; cat "$f"; } > "corpus/scenario/$(basename "$f")"
done
cargo +nightly fuzz build
bin=target/x86_64-unknown-linux-gnu/release
for f in ../scenarios/*.yaml; do
  ../target/release/rotaplan plan "$f" --format yaml --out "corpus/plan_file/$(basename "$f")" 2>/dev/null ||
    cargo run --release --manifest-path ../Cargo.toml -q -- plan "$f" --format yaml --out "corpus/plan_file/$(basename "$f")" 2>/dev/null
done
for t in scenario plan_file; do
  echo "fuzzing $t for $seconds s"
  cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=30
done
ls "$bin" >/dev/null
