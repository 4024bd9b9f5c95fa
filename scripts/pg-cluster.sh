#!/usr/bin/env bash
# Throwaway PostgreSQL cluster in a temp folder on a free loopback port.
#   source scripts/pg-cluster.sh && pg_cluster_start   → exports TDS_TEST_DATABASE_URL
#   pg_cluster_stop                                     → stops it and removes the folder
# fsync=off: this cluster holds test data only; durability tests start their own with the defaults.

pg_cluster_start() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_CLUSTER_DIR=$(mktemp -d /tmp/tds-pg.XXXXXX)
  PG_CLUSTER_PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres user.
    chown postgres:postgres "$PG_CLUSTER_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bindir/initdb" -D "$PG_CLUSTER_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$PG_CLUSTER_DIR/initdb.log" 2>&1 \
    || { cat "$PG_CLUSTER_DIR/initdb.log" >&2; return 1; }
  "${run[@]}" "$bindir/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/server.log" -w \
    -o "-p $PG_CLUSTER_PORT -k $PG_CLUSTER_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$PG_CLUSTER_DIR/server.log" >&2; return 1; }
  PG_CLUSTER_RUN=("${run[@]}")
  PG_CLUSTER_BIN=$bindir
  export TDS_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_CLUSTER_PORT/postgres"
  echo "[pg] cluster up on 127.0.0.1:$PG_CLUSTER_PORT ($PG_CLUSTER_DIR)"
}

pg_cluster_stop() {
  [ -n "${PG_CLUSTER_DIR:-}" ] || return 0
  "${PG_CLUSTER_RUN[@]}" "$PG_CLUSTER_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER_DIR"
  echo "[pg] cluster stopped"
  PG_CLUSTER_DIR=
}
