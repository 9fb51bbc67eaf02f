#!/usr/bin/env bash
# Makes the pictures of the HTML reports that the README shows: District 1 / Phú Nhuận's
# and Gia Nghĩa's plans, in Vietnamese, as headless Chromium draws them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in district1-phunhuan gia-nghia; do
  ./target/release/rotaplan plan "scenarios/$name.yaml" --lang vi --out "$tmp/$name.html" 2>/dev/null
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-quic --hide-scrollbars \
    --user-data-dir="$tmp/profile" --window-size=1280,"${HEIGHT:-820}" \
    --screenshot="docs/$name.png" "file://$tmp/$name.html" 2>/dev/null
done
ls -l docs/*.png
