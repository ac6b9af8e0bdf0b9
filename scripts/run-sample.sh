#!/usr/bin/env bash
# Runs the whole pipeline on sample-data/ in a fresh home (default target/sample-home):
# ingest, a list build as of each sample delivery date, and the 2025 settlement.
# The bank's two workbooks (bank-list.xlsx, core-list.xlsx) are written encrypted with KZ_BANK_LIST_PASSWORD;
# on sample data, which holds no real person, it defaults to the demonstration password "sample".
set -euo pipefail
export KZ_BANK_LIST_PASSWORD="${KZ_BANK_LIST_PASSWORD:-sample}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="${1:-$root/target/sample-home}"
kz="$root/scripts/kz"
rm -rf "$home"
mkdir -p "$home"
cp -r "$root/sample-data/inbox" "$home/inbox"
cd "$root"

"$kz" --home "$home" ingest
for d in "$home"/inbox/[0-9]*; do
  day="$(basename "$d")"
  "$kz" --home "$home" list build --as-of "${day:0:4}-${day:4:2}-${day:6:2}"
done
"$kz" --home "$home" settle --year 2025
"$kz" --home "$home" status

echo
echo "Outputs under $home/out:"
(cd "$home/out" && find . -type f \( -name '*.xlsx' -o -name '*.csv' \) ! -name 'rejects-*' | sort | sed 's|^\./|  |')
echo "  ingest/<delivery>/rejects-<file>.csv: the rejected records of each extract"
