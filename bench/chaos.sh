#!/usr/bin/env bash
# The chaos drill, one command, loopback only, about 6 minutes with the defaults (see bench/CHAOS.md):
#   two gateway instances (the demo profile) on one fresh database, the core simulator in its own process, and the
#   demo banks (bench/src/main/java/id/jamsostek/bench/chaos) paying thousands of bench bills with duplicate storms
#   and advices; the core DOWN for 20 s in the middle of the load; gateway B killed with -9 and started again; then
#   a bounded settling (advices, the outbox relays draining) and the checks: every payment answered as accepted is
#   posted exactly once, none answered as rejected is posted. Exit 0 only if every check passed.
# Writes its outputs to bench/results/chaos-<date>/. Everything it starts it stops, also on failure.
#
# Knobs (environment): PAYMENTS (3000) CONCURRENCY (64, requests in flight at most) LOAD_SECONDS (90)
#   OUTAGE_AT (20, seconds into the load) OUTAGE_SECONDS (20) OUTAGE_MODE (DOWN: 503 at once; RESET: connections
#   reset) KILL_AT (50, seconds into the load) RESTART_AFTER (5, seconds gateway B stays dead) SETTLE_SECONDS (180)
#   SEED (1, the draw of storms and advices) BUILD (1; 0 reuses the jars and classpath of the last build)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bin/lib.sh
select_jdk

PAYMENTS=${PAYMENTS:-3000}
CONCURRENCY=${CONCURRENCY:-64}
LOAD_SECONDS=${LOAD_SECONDS:-90}
OUTAGE_AT=${OUTAGE_AT:-20}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-20}
OUTAGE_MODE=${OUTAGE_MODE:-DOWN}
KILL_AT=${KILL_AT:-50}
RESTART_AFTER=${RESTART_AFTER:-5}
SETTLE_SECONDS=${SETTLE_SECONDS:-180}
SEED=${SEED:-1}
BUILD=${BUILD:-1}

# 8180-8199 only: 8080/8081/8090 belong to bin/run and bench/run.sh
GATEWAY_A_PORT=8180 GATEWAY_A_MANAGEMENT=8181 GATEWAY_B_PORT=8182 GATEWAY_B_MANAGEMENT=8183 CORE_PORT=8190
DB=jamsostek_chaos
JAVA_FLAGS=(--enable-native-access=ALL-UNNAMED)
CORE="http://127.0.0.1:$CORE_PORT"
# our own modules are installed into a repository of the drill's (third-party artifacts still come from ~/.m2):
# the drill never overwrites what other checkouts of the project installed
M2=(-Dmaven.repo.local="$ROOT/bench/target/chaos-m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")

[ "$KILL_AT" -lt "$LOAD_SECONDS" ] || { echo "KILL_AT ($KILL_AT) must fall inside the load (LOAD_SECONDS $LOAD_SECONDS)" >&2; exit 2; }
[ "$OUTAGE_AT" -lt "$LOAD_SECONDS" ] || { echo "OUTAGE_AT ($OUTAGE_AT) must fall inside the load" >&2; exit 2; }

STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT="$ROOT/bench/results/chaos-$STAMP"
mkdir -p "$OUT"
PIDS=()

. bench/lib.sh
trap 'status=$?; stop_pids; if [ $status -ne 0 ]; then echo "bench/chaos.sh FAILED (exit $status); outputs in $OUT" >&2; fi' EXIT
trap 'exit 130' INT TERM

sleep_until() { # seconds-since-T0
  local left=$(($1 - (SECONDS - T0)))
  if [ "$left" -gt 0 ]; then sleep "$left"; fi
}

# ---------------------------------------------------------------------------------------------------- prerequisites
log "results -> $OUT"
ensure_postgres
for port in $GATEWAY_A_PORT $GATEWAY_A_MANAGEMENT $GATEWAY_B_PORT $GATEWAY_B_MANAGEMENT $CORE_PORT; do
  port_free "$port" || { log "port $port is in use: stop what listens there and retry"; exit 1; }
done
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)
{
  echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ) nproc=$(nproc) jdk=$(java -version 2>&1 | head -n 1)"
  echo "PAYMENTS=$PAYMENTS CONCURRENCY=$CONCURRENCY LOAD_SECONDS=$LOAD_SECONDS OUTAGE_AT=$OUTAGE_AT OUTAGE_SECONDS=$OUTAGE_SECONDS OUTAGE_MODE=$OUTAGE_MODE KILL_AT=$KILL_AT RESTART_AFTER=$RESTART_AFTER SETTLE_SECONDS=$SETTLE_SECONDS SEED=$SEED"
} | tee -a "$OUT/run.txt" >&2

# ---------------------------------------------------------------------------------------------------- build
if [ "$BUILD" = 1 ]; then
  log "building (local-stack and its modules, then the drill's banks in bench/)"
  if ! { ./mvnw -B -q install -DskipTests -pl local-stack -am "${M2[@]}" \
      && (cd bench && ../mvnw -B -q "${M2[@]}" compile dependency:build-classpath -Dmdep.includeScope=runtime \
        -Dmdep.outputFile=target/chaos-classpath.txt); } >"$OUT/build.txt" 2>&1; then
    grep -E 'ERROR' "$OUT/build.txt" | head -n 20 >&2
    log "the build failed: see build.txt"
    exit 1
  fi
fi
SIMULATOR_JAR=$(ls core-simulator/target/core-simulator-*-exec.jar | head -n 1)
DRILL_CLASSPATH="bench/target/classes:$(cat bench/target/chaos-classpath.txt)"

# ---------------------------------------------------------------------------------------------------- the stack
log "fresh database $DB"
"${PSQL[@]}" -c "drop database if exists $DB with (force)" -c "create database $DB"

log "starting the core simulator on :$CORE_PORT ($PAYMENTS bench accounts)"
SIMULATOR_LOG_LEVEL=WARN java "${JAVA_FLAGS[@]}" -jar "$SIMULATOR_JAR" --port $CORE_PORT --no-seed \
  --bench-accounts "$PAYMENTS" >"$OUT/core.log" 2>&1 &
PIDS+=($!)
wait_http "$CORE/sim/v1/ping" 60

start_gateway() { # name port management-port; sets STARTED_PID
  GATEWAY_DB_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  GATEWAY_DB_R2DBC_URL="r2dbc:postgresql://127.0.0.1:5432/$DB" \
  CORE_URL="$CORE" GATEWAY_PORT=$2 GATEWAY_MANAGEMENT_PORT=$3 GATEWAY_TLS_ENABLED=false \
  GATEWAY_INTERNAL_PORT=0 DEMO_IDP_PORT=0 \
    java "${JAVA_FLAGS[@]}" -jar local-stack/target/jamsostek-local.jar \
    --server.address=127.0.0.1 --management.server.address=127.0.0.1 \
    --logging.level.id.jamsostek.core.simulator=WARN >>"$OUT/gateway-$1.log" 2>&1 &
  STARTED_PID=$!
  PIDS+=($STARTED_PID)
}
log "starting gateway A on :$GATEWAY_A_PORT (it migrates the database), then gateway B on :$GATEWAY_B_PORT"
start_gateway a $GATEWAY_A_PORT $GATEWAY_A_MANAGEMENT
wait_http "http://127.0.0.1:$GATEWAY_A_MANAGEMENT/actuator/health/readiness" 180
start_gateway b $GATEWAY_B_PORT $GATEWAY_B_MANAGEMENT
GATEWAY_B_PID=$STARTED_PID
wait_http "http://127.0.0.1:$GATEWAY_B_MANAGEMENT/actuator/health/readiness" 180

# ---------------------------------------------------------------------------------------------------- the drill
log "the banks: $PAYMENTS payments over ${LOAD_SECONDS}s, at most $CONCURRENCY requests in flight"
java -cp "$DRILL_CLASSPATH" \
  -Dchaos.gateways="http://127.0.0.1:$GATEWAY_A_PORT,http://127.0.0.1:$GATEWAY_B_PORT" -Dchaos.core="$CORE" \
  -Dchaos.payments="$PAYMENTS" -Dchaos.concurrency="$CONCURRENCY" -Dchaos.loadSeconds="$LOAD_SECONDS" \
  -Dchaos.settleSeconds="$SETTLE_SECONDS" -Dchaos.seed="$SEED" -Dchaos.privateKey=demo/bank-private-key.pem \
  -Dchaos.report="$OUT/report.txt" id.jamsostek.bench.chaos.ChaosDrill >"$OUT/drill.txt" 2>&1 &
DRILL_PID=$!
PIDS+=($DRILL_PID)
deadline=$((SECONDS + 60))
until grep -q 'chaos drill: load started' "$OUT/drill.txt" 2>/dev/null; do
  kill -0 $DRILL_PID 2>/dev/null || { log "the drill ended before its load: see drill.txt"; cat "$OUT/drill.txt" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { log "the drill did not start its load within 60 s"; exit 1; }
  sleep 0.2
done
T0=$SECONDS
log "load started"

sleep_until "$OUTAGE_AT"
log "core $OUTAGE_MODE for ${OUTAGE_SECONDS}s: $(curl -fsS -X POST -H 'Content-Type: application/json' \
  -d "{\"mode\":\"$OUTAGE_MODE\",\"seconds\":$OUTAGE_SECONDS}" "$CORE/sim/v1/faults")"

sleep_until "$KILL_AT"
kill -9 "$GATEWAY_B_PID"
wait "$GATEWAY_B_PID" 2>/dev/null || true # reaped here, so the shell does not report the kill itself
log "gateway B (pid $GATEWAY_B_PID) killed with -9"
sleep "$RESTART_AFTER"
echo "----- restarted after kill -9 at $(date -u +%H:%M:%S) -----" >>"$OUT/gateway-b.log"
start_gateway b $GATEWAY_B_PORT $GATEWAY_B_MANAGEMENT
GATEWAY_B_PID=$STARTED_PID
wait_http "http://127.0.0.1:$GATEWAY_B_MANAGEMENT/actuator/health/readiness" 180
log "gateway B ready again (pid $GATEWAY_B_PID)"

# bounded: the load, the settling bound, and two minutes of slack for the last answers
limit=$((LOAD_SECONDS + SETTLE_SECONDS + 120))
while kill -0 $DRILL_PID 2>/dev/null; do
  [ $((SECONDS - T0)) -lt $limit ] || { log "the drill did not finish within ${limit}s: stopped"; exit 1; }
  sleep 1
done
drill_status=0
wait $DRILL_PID || drill_status=$?
log "the drill ended (exit $drill_status)"

"${PSQL[@]}" -d $DB -c "select state as payment_state, promised, rejection, bill_id is null as bill_unknown,
  count(*) from bank_payment group by 1, 2, 3, 4 order by 1, 2, 3, 4" \
  -c "select state as outbox_state, count(*) from outbox group by 1 order by 1" >"$OUT/database.txt" 2>&1 || true
cat "$OUT/drill.txt" >&2
cat "$OUT/database.txt" >&2
exit $drill_status
