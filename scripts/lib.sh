# Shared by backup.sh and restore.sh; sourced, not run.

fail() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# A PostgreSQL client tool, from PG_BIN when set.
tool() {
  local path="${PG_BIN:+$PG_BIN/}$1"
  command -v "$path" >/dev/null 2>&1 || fail "$1 not found; install the PostgreSQL client tools (Debian: postgresql-client) or set PG_BIN"
  echo "$path"
}

# The libpq URL of the database: DATABASE_URL without the server's own options (pool_max),
# or the running embedded database of `npm start` (its port is in postmaster.pid).
database_url() {
  if [ -n "${DATABASE_URL:-}" ]; then
    node -e 'const u = new URL(process.argv[1]); u.searchParams.delete("pool_max"); console.log(u.toString())' "$DATABASE_URL"
    return
  fi
  local pidfile="${DATA_DIR:-.data/}/postgres/postmaster.pid"
  [ -r "$pidfile" ] || fail "DATABASE_URL is not set and no embedded database is running ($pidfile); start it with npm start, or set DATABASE_URL"
  echo "postgres://postgres:postgres@127.0.0.1:$(sed -n 4p "$pidfile")/ocop"
}

psql_value() {
  "$(tool psql)" --no-psqlrc --no-password --tuples-only --no-align --quiet --dbname="$1" --command="$2"
}

# pg_dump/pg_restore refuse servers newer than themselves; say so before they do, with the way out.
check_client_version() {
  local client server
  client="$("$(tool "$1")" --version | awk '{print $3}' | cut -d. -f1)"
  server="$(psql_value "$2" "SHOW server_version_num")" || fail "cannot connect to the database"
  server=$((server / 10000))
  if [ "$client" -lt "$server" ]; then
    fail "$1 $client cannot handle a PostgreSQL $server server; install the client tools of version $server or newer (apt.postgresql.org: postgresql-client-$server) and set PG_BIN, e.g. PG_BIN=/usr/lib/postgresql/$server/bin"
  fi
}
