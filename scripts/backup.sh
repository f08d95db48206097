#!/usr/bin/env bash
# Online backup of the OCOP database (docs/operations.md): one pg_dump custom-format file,
# a consistent snapshot taken while the shop keeps selling, plus the uploaded pictures.
#
#   DATABASE_URL=postgres://user:pass@host:5432/ocop scripts/backup.sh [OUTPUT.dump]
#
# Without DATABASE_URL it backs up the embedded database of `npm start` while it runs
# (DATA_DIR, default .data/). PG_BIN names a folder with pg_dump and psql of the server's
# major version or newer (e.g. /usr/lib/postgresql/17/bin); default: the ones on PATH.
# Writes OUTPUT.dump (default backups/ocop-<date>-<time>.dump) and, when DATA_DIR/assets
# exists, OUTPUT.assets.tar.gz beside it. Exit code 0 only when both are complete.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=scripts/lib.sh
source "$here/lib.sh"

output="${1:-backups/ocop-$(date +%Y%m%d-%H%M%S).dump}"
url="$(database_url)"
check_client_version pg_dump "$url"

mkdir -p "$(dirname "$output")"
partial="$output.partial"
trap 'rm -f "$partial" "$output.assets.partial"' EXIT
# Custom format: compressed, restorable selectively and in parallel, checked by pg_restore --list.
"$(tool pg_dump)" --format=custom --compress=6 --no-password --file="$partial" --dbname="$url"
"$(tool pg_restore)" --list "$partial" >/dev/null
mv "$partial" "$output"

data_dir="${DATA_DIR:-.data/}"
if [ -d "$data_dir/assets" ]; then
  tar -C "$data_dir" -czf "$output.assets.partial" assets
  mv "$output.assets.partial" "$output.assets.tar.gz"
  echo "Backed up $(du -h "$output" | cut -f1) database to $output and the pictures to $output.assets.tar.gz"
else
  echo "Backed up $(du -h "$output" | cut -f1) database to $output (no $data_dir/assets folder: no pictures)"
fi
