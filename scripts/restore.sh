#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database (docs/operations.md).
#
#   createdb -h host -U postgres ocop_restored
#   DATABASE_URL=postgres://user:pass@host:5432/ocop_restored scripts/restore.sh FILE.dump
#
# All or nothing: one transaction, stopped at the first error, so a failed restore leaves
# the database empty. A database that already has tables is refused: restoring over live
# data would mix two states of the shop. With DATA_DIR set and FILE.dump.assets.tar.gz
# beside the dump, the pictures are unpacked into DATA_DIR/assets too.
# PG_BIN as for backup.sh. Then start the server on DATABASE_URL: it applies any
# migration newer than the backup.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=scripts/lib.sh
source "$here/lib.sh"

dump="${1:?usage: scripts/restore.sh FILE.dump (target: DATABASE_URL, an empty database)}"
[ -r "$dump" ] || fail "cannot read $dump"
url="$(database_url)"
check_client_version pg_restore "$url"
"$(tool pg_restore)" --list "$dump" >/dev/null 2>&1 || fail "$dump is not a complete pg_dump custom-format file"

tables="$(psql_value "$url" "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r','p','v','m','S') AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'")"
if [ "$tables" != "0" ]; then
  fail "the target database is not empty ($tables tables or sequences); restore into a new database (createdb) and point DATABASE_URL at it"
fi

# --no-owner/--no-privileges: the restoring role owns everything, whatever role made the backup.
"$(tool pg_restore)" --exit-on-error --single-transaction --no-owner --no-privileges --no-password \
  --dbname="$url" "$dump"

orders="$(psql_value "$url" "SELECT count(*) FROM \"order\" WHERE \"orderPlacedAt\" IS NOT NULL")"
stamps="$(psql_value "$url" "SELECT count(*) FROM stamp")"
checks="$(psql_value "$url" "SELECT count(*) FROM stamp_check")"
echo "Restored $dump: $orders placed orders, $stamps stamps, $checks stamp checks"

if [ -n "${DATA_DIR:-}" ] && [ -f "$dump.assets.tar.gz" ]; then
  mkdir -p "$DATA_DIR"
  tar -C "$DATA_DIR" -xzf "$dump.assets.tar.gz"
  echo "Unpacked the pictures into $DATA_DIR/assets"
fi
