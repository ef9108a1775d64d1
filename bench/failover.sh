#!/usr/bin/env bash
# Database failover drill, one machine, loopback only, ~3 minutes (see bench/FAILOVER.md):
#   two PostgreSQL clusters of our own in a temp dir: a primary (:5441) and a synchronous streaming standby (:5442,
#   replication slot, pg_basebackup -R); the core simulator (:8291) and the gateway (:8280, management :8281) on
#   multi-host URLs (targetServerType=primary); signed payments at a steady rate (bench/FailoverLoad.java); the
#   primary stopped hard (pg_ctl stop -m immediate) in the middle, the standby promoted, the load going on; then the
#   bank's advice for every payment without a definite answer, and the check on the promoted server: every payment
#   the gateway acknowledged (2002500, paymentFlagStatus 00) is in bank_payment and posted at the core.
# Exit 0 only if no acknowledged payment is missing or unposted and no refused one was recorded. Never touches the
# shared cluster on :5432. Everything it starts it stops, also on failure or Ctrl-C.
#
# Knobs (environment): RATE (20 payments/s) DURATION (75 s of load) KILL_AT (25 s into the load)
#   PROMOTE_AFTER (5 s: what a failover manager takes to decide) STOP_MODE (immediate; freeze: SIGSTOP the
#   primary's processes instead, a server that hangs with its sockets open, then FENCE_AFTER (20) s after the
#   promotion SIGKILL them, as fencing would) PRIMARY_PORT (5441) STANDBY_PORT (5442)
#   GATEWAY_PORT (8280) MANAGEMENT_PORT (8281) CORE_PORT (8291) SKIP_BUILD (0) PG_BIN (newest /usr/lib/postgresql/*/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bin/lib.sh
select_jdk

RATE=${RATE:-20}
DURATION=${DURATION:-75}
KILL_AT=${KILL_AT:-25}
PROMOTE_AFTER=${PROMOTE_AFTER:-5}
STOP_MODE=${STOP_MODE:-immediate}
FENCE_AFTER=${FENCE_AFTER:-20}
PRIMARY_PORT=${PRIMARY_PORT:-5441}
STANDBY_PORT=${STANDBY_PORT:-5442}
GATEWAY_PORT=${GATEWAY_PORT:-8280}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-8281}
CORE_PORT=${CORE_PORT:-8291}
SKIP_BUILD=${SKIP_BUILD:-0}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
DB=jamsostek
JAVA_FLAGS=(--enable-native-access=ALL-UNNAMED)

STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT="$ROOT/bench/results/failover-$STAMP"
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/jamsostek-failover.XXXXXX)
chmod 755 "$WORK"
PIDS=()
FROZEN=()

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.txt" >&2; }
now_ms() { date +%s%3N; }

# PostgreSQL refuses to run as root: as root, its server binaries run as the user postgres
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then (cd "$WORK" && runuser -u postgres -- "$@"); else "$@"; fi
}
psql_at() { # port sql...
  local port=$1
  shift
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "${PSQL_DB:-postgres}" -At "$@"
}

stop_all() {
  local pid dir
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  done
  if [ ${#FROZEN[@]} -gt 0 ]; then kill -CONT "${FROZEN[@]}" 2>/dev/null || true; fi
  for dir in "$WORK/primary" "$WORK/standby"; do
    if [ -f "$dir/postmaster.pid" ]; then as_pg "$PG_BIN/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null 2>&1 || true; fi
  done
  for dir in primary standby; do
    if [ -f "$WORK/$dir.log" ]; then cp "$WORK/$dir.log" "$OUT/postgres-$dir.txt" && chmod 644 "$OUT/postgres-$dir.txt"; fi
  done
  rm -rf "$WORK"
}
trap 'status=$?; stop_all; if [ $status -ne 0 ]; then echo "bench/failover.sh FAILED (exit $status); outputs in $OUT" >&2; fi' EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_until() { # seconds description command...
  local deadline=$((SECONDS + $1)) what=$2
  shift 2
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || { log "gave up waiting for $what"; return 1; }
    sleep 0.5
  done
}

# ---------------------------------------------------------------------------------------------------- prerequisites
log "results -> $OUT"
[ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_basebackup" ] \
  || { log "PostgreSQL server binaries not found (PG_BIN=$PG_BIN; Debian: postgresql)"; exit 1; }
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { log "running as root needs the user postgres to run the clusters"; exit 1; }
  chown postgres "$WORK"
fi
for port in $PRIMARY_PORT $STANDBY_PORT $GATEWAY_PORT $MANAGEMENT_PORT $CORE_PORT; do
  port_free "$port" || { log "port $port is in use: choose others with the knobs and retry"; exit 1; }
done
{
  echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc=$(nproc)"
  echo "loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg) (a shared machine: other people's builds)"
  echo "postgresql=$("$PG_BIN/postgres" --version)"
  echo "jdk=$(java -version 2>&1 | head -n 1)"
  echo "knobs: RATE=$RATE DURATION=$DURATION KILL_AT=$KILL_AT PROMOTE_AFTER=$PROMOTE_AFTER STOP_MODE=$STOP_MODE FENCE_AFTER=$FENCE_AFTER"
} >"$OUT/machine.txt"

# ---------------------------------------------------------------------------------------------------- build
if [ "$SKIP_BUILD" != 1 ]; then
  log "building local-stack and the core simulator (package, nothing installed)"
  ./mvnw -B -q package -DskipTests -pl local-stack,core-simulator -am >"$OUT/build.txt" 2>&1
fi
SIMULATOR_JAR=$(ls core-simulator/target/core-simulator-*-exec.jar | head -n 1)
SNAP_JAR=$(ls snap/target/snap-*.jar | grep -v -E 'sources|javadoc' | head -n 1)

# ---------------------------------------------------------------------------------------------------- the clusters
log "primary: initdb, :$PRIMARY_PORT"
as_pg "$PG_BIN/initdb" -D "$WORK/primary" -U postgres --auth=trust -E UTF8 --locale=C >"$WORK/initdb.txt"
cat >>"$WORK/primary/postgresql.conf" <<EOF

# --- bench/failover.sh
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$WORK'
max_connections = 100
shared_buffers = 64MB
wal_level = replica
max_wal_senders = 4
max_replication_slots = 4
wal_keep_size = 256MB
synchronous_commit = on
hot_standby = on
log_min_messages = warning
log_line_prefix = '%m [%p] '
EOF
as_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w start >/dev/null
psql_at $PRIMARY_PORT -c "select pg_create_physical_replication_slot('standby1')" -c "create database $DB" >/dev/null

log "standby: pg_basebackup -R over slot standby1, :$STANDBY_PORT"
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$WORK/standby" -R -S standby1 \
  -X stream -c fast >"$WORK/basebackup.txt" 2>&1
# cluster_name is the walreceiver's application_name, the name synchronous_standby_names waits for
cat >>"$WORK/standby/postgresql.conf" <<EOF

# --- bench/failover.sh, the standby
port = $STANDBY_PORT
cluster_name = 'standby1'
EOF
as_pg "$PG_BIN/pg_ctl" -D "$WORK/standby" -l "$WORK/standby.log" -w start >/dev/null
# Only now, or every commit on the primary would wait for a standby that is not there yet. Set with ALTER SYSTEM on
# the primary alone: once promoted, the standby has no standby of its own and must not wait for one (in production
# a new standby is attached to it, or synchronous_standby_names lists both nodes: a policy choice, see FAILOVER.md).
psql_at $PRIMARY_PORT -c "alter system set synchronous_standby_names = 'standby1'" -c "select pg_reload_conf()" >/dev/null
log "primary: synchronous_standby_names = standby1"
sync_standby() {
  [ "$(psql_at $PRIMARY_PORT -c "select count(*) from pg_stat_replication where application_name = 'standby1' and sync_state = 'sync' and state = 'streaming'")" = 1 ]
}
wait_until 30 "the standby streaming synchronously" sync_standby
psql_at $PRIMARY_PORT -c "select application_name, state, sync_state from pg_stat_replication" | tee -a "$OUT/run.txt" >&2
[ "$(psql_at $STANDBY_PORT -c 'select pg_is_in_recovery()')" = t ] || { log "the standby is not in recovery"; exit 1; }

# ---------------------------------------------------------------------------------------------------- the stack
HOSTS="127.0.0.1:$PRIMARY_PORT,127.0.0.1:$STANDBY_PORT"
JDBC_URL="jdbc:postgresql://$HOSTS/$DB?targetServerType=primary&connectTimeout=2"
R2DBC_URL="r2dbc:postgresql:failover://$HOSTS/$DB?targetServerType=primary&connectTimeout=PT2S"
echo "GATEWAY_DB_JDBC_URL=$JDBC_URL" >>"$OUT/machine.txt"
echo "GATEWAY_DB_R2DBC_URL=$R2DBC_URL" >>"$OUT/machine.txt"

log "core simulator on :$CORE_PORT (bench accounts)"
SIMULATOR_LOG_LEVEL=WARN java "${JAVA_FLAGS[@]}" -jar "$SIMULATOR_JAR" --port "$CORE_PORT" \
  --bench-accounts $((RATE * DURATION * 2)) >"$OUT/core.txt" 2>&1 &
PIDS+=($!)
wait_until 60 "the core simulator" curl -fsS -o /dev/null "http://127.0.0.1:$CORE_PORT/sim/v1/ping"

log "gateway on :$GATEWAY_PORT, R2DBC $R2DBC_URL"
GATEWAY_DB_JDBC_URL="$JDBC_URL" GATEWAY_DB_R2DBC_URL="$R2DBC_URL" CORE_URL="http://127.0.0.1:$CORE_PORT" \
GATEWAY_PORT=$GATEWAY_PORT GATEWAY_MANAGEMENT_PORT=$MANAGEMENT_PORT GATEWAY_TLS_ENABLED=false \
  java "${JAVA_FLAGS[@]}" -jar local-stack/target/jamsostek-local.jar >"$OUT/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=($GATEWAY_PID)
wait_until 120 "the gateway's readiness" curl -fsS -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness"

# ---------------------------------------------------------------------------------------------------- the drill
# every step below is bounded: the driver's runs by timeout(1), each request by the driver's 10 s, each wait by its own
DRIVER=(java "${JAVA_FLAGS[@]}" -cp "$SNAP_JAR" bench/FailoverLoad.java)
log "load: $RATE payments/s for $DURATION s; the primary is stopped at +$KILL_AT s, the standby promoted $PROMOTE_AFTER s later"
timeout $((DURATION + 60)) "${DRIVER[@]}" load "http://127.0.0.1:$GATEWAY_PORT" "http://127.0.0.1:$CORE_PORT" "$RATE" "$DURATION" \
  "$OUT/answers.csv" >"$OUT/load.txt" 2>&1 &
LOAD_PID=$!
PIDS+=($LOAD_PID)
touch "$OUT/load.txt"
tail -n +1 -f "$OUT/load.txt" >&2 &
PIDS+=($!)
# the driver needs a few seconds to start (the single-file program is compiled first) and take its token
wait_until 60 "the first payment answered" grep -q 'load: t=' "$OUT/load.txt"
sleep $((KILL_AT - 5))
log "replication just before: $(psql_at $PRIMARY_PORT -c "select application_name || ' ' || state || ' ' || sync_state
  || ', flush lag ' || coalesce(flush_lag::text, '0') from pg_stat_replication")"

if [ "$STOP_MODE" = freeze ]; then
  postmaster=$(head -n 1 "$WORK/primary/postmaster.pid")
  FROZEN=("$postmaster" $(pgrep -P "$postmaster"))
  log "freezing the primary: SIGSTOP to its ${#FROZEN[@]} processes (sockets stay open, nothing answers)"
  echo "killed=$(now_ms)" >"$OUT/events.txt"
  kill -STOP "${FROZEN[@]}"
else
  log "stopping the primary: pg_ctl stop -m immediate"
  echo "killed=$(now_ms)" >"$OUT/events.txt"
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/primary" -m immediate -w stop >/dev/null
fi
sleep "$PROMOTE_AFTER"
log "promoting the standby: pg_ctl promote"
echo "promote_started=$(now_ms)" >>"$OUT/events.txt"
as_pg "$PG_BIN/pg_ctl" -D "$WORK/standby" -w promote >/dev/null
echo "promoted=$(now_ms)" >>"$OUT/events.txt"
[ "$(psql_at $STANDBY_PORT -c 'select pg_is_in_recovery()')" = f ] || { log "the standby did not leave recovery"; exit 1; }
log "the standby is primary now"
if [ "$STOP_MODE" = freeze ]; then
  sleep "$FENCE_AFTER"
  log "fencing the frozen primary: SIGKILL (its sockets close)"
  echo "fenced=$(now_ms)" >>"$OUT/events.txt"
  kill -KILL "${FROZEN[@]}" 2>/dev/null || true
  FROZEN=()
fi
wait "$LOAD_PID"

log "advice for every payment without a definite answer"
timeout 300 "${DRIVER[@]}" advice "http://127.0.0.1:$GATEWAY_PORT" "$OUT/answers.csv" "$OUT/advice.csv" >>"$OUT/load.txt" 2>&1

log "waiting for the outbox relay to post what is still ACCEPTED (at most 90 s)"
relay_done() {
  [ "$(PSQL_DB=$DB psql_at $STANDBY_PORT -c "select count(*) from bank_payment where state = 'ACCEPTED'")" = 0 ]
}
wait_until 90 "the relay" relay_done || true
PSQL_DB=$DB psql_at $STANDBY_PORT -F, -c "select payment_request_id, payment_key, state,
  (extract(epoch from accepted_at) * 1000)::bigint from bank_payment" >"$OUT/stored.csv"
kill -0 "$GATEWAY_PID" 2>/dev/null || { log "the gateway died during the drill"; exit 1; }

# ---------------------------------------------------------------------------------------------------- the verdict
grep -E '^[0-9T:.-]+Z +(ERROR|WARN) ' "$OUT/gateway.log" | sed -E 's/^[^ ]+ +([A-Z]+) .* : /\1 /' | cut -c1-140 \
  | sed -E 's/[0-9a-f]{12,}/<id>/g' | sort | uniq -c | sort -rn | head -n 20 >"$OUT/gateway-log-summary.txt" || true
log "result"
set +e
timeout 300 "${DRIVER[@]}" report "http://127.0.0.1:$CORE_PORT" "$OUT/answers.csv" "$OUT/advice.csv" "$OUT/stored.csv" \
  "$OUT/events.txt" | tee "$OUT/result.txt"
verdict=${PIPESTATUS[0]}
set -e
exit "$verdict"
