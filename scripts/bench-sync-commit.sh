#!/usr/bin/env bash
# Write latency with and without synchronous commit: a Postgres primary and its streaming standby of this script's
# own on loopback ports 55490/55491 (data under /tmp, fsync on, as a real server), the standby named in
# synchronous_standby_names. pgbench runs one client for SECONDS seconds per mode, each transaction one INSERT of
# a chat-message-sized row under `SET LOCAL synchronous_commit = MODE`: local (what a node's connections start
# with), on (what a message, a revocation or a job lease asks for) and remote_apply. Everything is removed at exit.
#   scripts/bench-sync-commit.sh [SECONDS]
set -euo pipefail
SECONDS_PER_MODE=${1:-15}
PRIMARY_PORT=55490
STANDBY_PORT=55491
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DIR=$(mktemp -d /tmp/aura-bench-XXXXXX)

as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop() {
  as_server "$BIN/pg_ctl" -D "$DIR/standby" -m immediate stop >/dev/null 2>&1 || true
  as_server "$BIN/pg_ctl" -D "$DIR/primary" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
[ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"

as_server "$BIN/initdb" -D "$DIR/primary" -A trust -U postgres >/dev/null
as_server "$BIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -w -o \
  "-p $PRIMARY_PORT -k $DIR -c listen_addresses=127.0.0.1" start >/dev/null
as_server "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/standby" \
  --write-recovery-conf --wal-method=stream --create-slot --slot=aura_bench
as_server "$BIN/pg_ctl" -D "$DIR/standby" -l "$DIR/standby.log" -w -o \
  "-p $STANDBY_PORT -k $DIR -c listen_addresses=127.0.0.1 -c cluster_name=aura_bench" start >/dev/null

psql_primary() { "$BIN/psql" -qAt -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d postgres -c "$1"; }
psql_primary "ALTER SYSTEM SET synchronous_standby_names = 'aura_bench'"
psql_primary "SELECT pg_reload_conf()" >/dev/null
psql_primary "CREATE TABLE bench_message (id bigserial PRIMARY KEY, content text NOT NULL)"
for _ in $(seq 1 50); do
  [ "$(psql_primary "SELECT sync_state FROM pg_stat_replication WHERE application_name = 'aura_bench'")" = sync ] && break
  sleep 0.2
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for mode in local on remote_apply; do
  cat >"$DIR/$mode.sql" <<SQL
BEGIN;
SET LOCAL synchronous_commit = $mode;
INSERT INTO bench_message (content) VALUES (repeat('a person''s chat message ', 8));
COMMIT;
SQL
  result=$("$BIN/pgbench" -n -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -c 1 -T "$SECONDS_PER_MODE" \
    -f "$DIR/$mode.sql" postgres 2>&1)
  latency=$(sed -n 's/^latency average = \(.*\)$/\1/p' <<<"$result")
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$result")
  printf 'synchronous_commit = %-12s latency average %s, %s commits/s\n' "$mode" "$latency" "$tps"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
