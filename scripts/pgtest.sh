#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for the tests: `pgtest.sh start DIR` makes a new cluster in DIR and
# starts it on a Unix socket in DIR (no TCP), `pgtest.sh stop DIR` stops it and removes DIR. ctest runs
# both as the fixture of the pg.* tests (tests/CMakeLists.txt); the tests reach it as
# postgresql://postgres@/postgres?host=DIR (and a database duban to try things by hand).
# initdb refuses to run as root (CI does), so as root the cluster belongs to the `postgres` system user
# the server package creates. The superuser postgres logs in without a password (trust); every other role
# needs its password (scram-sha-256), so the role tests meet a real login.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?directory}
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
start)
  [ -x "$bin/initdb" ] || { echo "pgtest: $bin/initdb not found (scripts/setup.sh installs postgresql)" >&2; exit 1; }
  stop # a cluster left by an interrupted run
  mkdir -p "$dir"
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
    --auth-local=scram-sha-256 --auth-host=reject >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  # The superuser first: the harness creates a database per test as postgres.
  as_owner sh -c "printf 'local all postgres trust\nlocal all all scram-sha-256\n' > '$dir/data/pg_hba.conf'"
  # Durability off: a test cluster lives for one ctest run.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  # A database named duban for trying things by hand (README); the tests make their own.
  as_owner "$bin/createdb" -h "$dir" -U postgres duban
  echo "pgtest: PostgreSQL 15 on socket $dir (postgresql://postgres@/duban?host=$dir)"
  ;;
stop)
  stop
  ;;
*)
  echo "usage: pgtest.sh start|stop DIR" >&2
  exit 1
  ;;
esac
