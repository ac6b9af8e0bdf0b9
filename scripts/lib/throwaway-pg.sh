# throwaway-pg.sh: a throwaway PostgreSQL cluster for the benchmark scripts (bench.sh, same-outputs.sh), sourced.
# The Debian server (apt-get install -y postgresql when missing, as root) on a free port, its data and socket
# in a folder of the caller's work folder, trust authentication, default settings.
#
#   pg_start DATA_DIR     initdb + start; sets pgbin, pgport, pgdata (pgport stays empty until it runs)
#   pg_createdb NAME      creates a database; prints nothing
#   pg_url NAME           the JDBC URL of database NAME for kz --db
#   pg_stop               stops the cluster if pg_start started it (for the caller's EXIT trap)
# A message prefix for the caller's output: $pg_label (default "pg").

pgbin=""
pgport=""
pgdata=""

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  pgdata="$1"
  pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$pgbin" ]; then
    echo "${pg_label:-pg}: installing the Debian PostgreSQL server (apt-get install -y postgresql) ..."
    [ "$(id -u)" -eq 0 ] || { echo "${pg_label:-pg}: PostgreSQL is not installed; run as root or install it" >&2; return 2; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
    pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  rm -rf "$pgdata"
  mkdir -p "$pgdata"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$pgdata" && chmod 755 "$(dirname "$pgdata")"
  as_postgres "$pgbin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
    -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null
  pgport="$port"
}

pg_createdb() {
  as_postgres "$pgbin/createdb" -h "$pgdata" -p "$pgport" -U postgres "$1"
}

pg_url() {
  echo "jdbc:postgresql://localhost:$pgport/$1?user=postgres"
}

pg_stop() {
  if [ -n "$pgport" ]; then
    as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
    pgport=""
  fi
}
