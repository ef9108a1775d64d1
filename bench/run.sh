#!/usr/bin/env bash
# The benchmark suite, one command, loopback only, ~12 minutes with the defaults:
#   (a) wrk: a trivial upstream directly, through nginx (reverse proxy, keep-alive upstream), through the gateway
#   (d) pgbench: PostgreSQL's own single-row insert rate (the ceiling of (b))
#   (b) Gatling, closed loop: maximum signed SNAP payments per second through the whole path, on the machine's cores
#       and again with the system under test held to one core (how (b) scales with cores)
#   (c) Gatling, open model: latency percentiles of payments arriving at a fixed 1,000/s (and, to read it, at half
#       the rate (b) reached)
#   (e) one village batch of 1,000 enrollments, from the POST to COMPLETED
#   (f) what a new instance pays per second 20-80 s after its first payment, over (b)
#   (g) two instances on one PostgreSQL, each on a core of its own, each paid by half the users (SCALE_OUT=0: not)
# Writes raw outputs to bench/results/<date>/ and the summary into bench/README.md (between the RESULTS markers).
# Everything it starts it stops, also on failure. See bench/README.md.
#
# Knobs (environment): WRK_WARMUP_GATEWAY (45) WRK_WARMUP (15) WRK_DURATION (30) WRK_CONNECTIONS (64)
#   PAY_USERS (32, also pgbench's clients) PAY_WARMUP (120) PAY_DURATION (60) OPEN_RATE (1000) OPEN_WARMUP (30)
#   OPEN_DURATION (60) OPEN_SUSTAINED_PERCENT (50) OPEN_SUSTAINED_DURATION (60) PGBENCH_DURATION (30)
#   UPDATE_README (1)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. bin/lib.sh
select_jdk

WRK_WARMUP_GATEWAY=${WRK_WARMUP_GATEWAY:-45}
WRK_WARMUP=${WRK_WARMUP:-15}
WRK_DURATION=${WRK_DURATION:-30}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-64}
PAY_USERS=${PAY_USERS:-32}
PAY_WARMUP=${PAY_WARMUP:-120}
PAY_DURATION=${PAY_DURATION:-60}
OPEN_RATE=${OPEN_RATE:-1000}
OPEN_WARMUP=${OPEN_WARMUP:-30}
OPEN_DURATION=${OPEN_DURATION:-60}
PGBENCH_DURATION=${PGBENCH_DURATION:-30}
OPEN_SUSTAINED_PERCENT=${OPEN_SUSTAINED_PERCENT:-50}
OPEN_SUSTAINED_DURATION=${OPEN_SUSTAINED_DURATION:-60}
UPDATE_README=${UPDATE_README:-1}

GATEWAY_PORT=8080 MANAGEMENT_PORT=8081 CORE_PORT=8090 UPSTREAM_PORT=8091 NGINX_PORT=8092
INTERNAL_PORT=8082 IDP_PORT=8083 # the first instance's operators' listener and the local stack's demo identity provider
SECOND_PORT=8084 SECOND_MANAGEMENT_PORT=8085 SECOND_INTERNAL_PORT=8086 SECOND_IDP_PORT=8087 # (g): the second instance
DB=jamsostek_bench SCRATCH_DB=jamsostek_bench_pgbench
BENCH_ACCOUNTS=100000000 # lazily made by the simulator: each Gatling run takes its own slice of 10,000,000
JAVA_FLAGS=(--enable-native-access=ALL-UNNAMED)

STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT="$ROOT/bench/results/$STAMP"
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/jamsostek-bench.XXXXXX)
chmod 755 "$WORK"
PIDS=()

. bench/lib.sh
ALL_CPUS="0-$(($(nproc) - 1))"
postgres_pids() { pgrep -x -u postgres postgres || true; }
pin() { # cpu-list pid...: every thread of each process may run on those CPUs only
  local cpus=$1 pid
  shift
  for pid in "$@"; do taskset -a -p -c "$cpus" "$pid" >/dev/null 2>&1 || true; done
}
stop_all() {
  stop_pids
  pin "$ALL_CPUS" $(postgres_pids) # the machine's own service, held to one core during (b1): every core back
  rm -rf "$WORK"
}
trap 'status=$?; stop_all; if [ $status -ne 0 ]; then echo "bench/run.sh FAILED (exit $status); partial outputs in $OUT" >&2; fi' EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------- prerequisites
log "results -> $OUT"
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  log "installing wrk and nginx (apt-get)"
  apt-get install -y wrk nginx >"$OUT/apt.txt" 2>&1 || { apt-get update >>"$OUT/apt.txt" 2>&1 && apt-get install -y wrk nginx >>"$OUT/apt.txt" 2>&1; }
fi
command -v pgbench >/dev/null || { log "pgbench missing (Debian: postgresql-client)"; exit 1; }
ensure_postgres
ensure_redis # the rate limits of the payment path count in Redis, as in production
for port in $GATEWAY_PORT $MANAGEMENT_PORT $INTERNAL_PORT $IDP_PORT $SECOND_PORT $SECOND_MANAGEMENT_PORT \
  $SECOND_INTERNAL_PORT $SECOND_IDP_PORT $CORE_PORT $UPSTREAM_PORT $NGINX_PORT; do
  port_free "$port" || { log "port $port is in use: stop what listens there (bin/run?) and retry"; exit 1; }
done
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres)

# ---------------------------------------------------------------------------------------------------- machine
{
  echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc=$(nproc)"
  echo "cpu_model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "ram=$(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "kernel=$(uname -r)"
  echo "jdk=$(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "postgresql=$("${PSQL[@]}" -Atc 'show server_version')"
  echo "pg_settings=synchronous_commit=$("${PSQL[@]}" -Atc 'show synchronous_commit'), fsync=$("${PSQL[@]}" -Atc 'show fsync'), shared_buffers=$("${PSQL[@]}" -Atc 'show shared_buffers')"
  echo "wrk=$(wrk -v 2>&1 | head -n 1)"
  echo "nginx=$(nginx -v 2>&1)"
  echo "pgbench=$(pgbench --version)"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt" | tee -a "$OUT/run.txt" >&2

# ---------------------------------------------------------------------------------------------------- build
log "building (local-stack and its modules, the Gatling project)"
./mvnw -B -q install -DskipTests -pl local-stack -am >"$OUT/build.txt" 2>&1
# the Gatling plugin too: the measurements run offline, so nothing is fetched while one is timed
(cd bench && ../mvnw -B -q -Pgatling test-compile dependency:resolve-plugins >>"$OUT/build.txt" 2>&1)
UPSTREAM_JAR=$(ls core-simulator/target/core-simulator-*-exec.jar | head -n 1)

# ---------------------------------------------------------------------------------------------------- databases
log "fresh databases $DB (gateway) and $SCRATCH_DB (pgbench)"
for db in $DB $SCRATCH_DB; do
  "${PSQL[@]}" -c "drop database if exists $db with (force)" -c "create database $db"
done

# ---------------------------------------------------------------------------------------------------- upstream, nginx
log "starting the upstream (standalone core simulator, GET /sim/v1/ping) on :$UPSTREAM_PORT"
java "${JAVA_FLAGS[@]}" -jar "$UPSTREAM_JAR" --port $UPSTREAM_PORT --no-seed >"$OUT/upstream.txt" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$UPSTREAM_PORT/sim/v1/ping" 60

log "starting nginx on :$NGINX_PORT (config in $WORK)"
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/client_body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream upstream_ping {
    server 127.0.0.1:$UPSTREAM_PORT;
    keepalive 128;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location /bench/passthrough/ {
      proxy_pass http://upstream_ping/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
EOF
cp "$WORK/nginx/nginx.conf" "$OUT/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' >"$OUT/nginx.txt" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$NGINX_PORT/bench/passthrough/sim/v1/ping" 20

# ---------------------------------------------------------------------------------------------------- the stack
log "starting the core simulator in its own process on :$CORE_PORT (demo data and $BENCH_ACCOUNTS bench accounts)"
SIMULATOR_LOG_LEVEL=WARN java "${JAVA_FLAGS[@]}" -jar "$UPSTREAM_JAR" --port $CORE_PORT --bench-accounts $BENCH_ACCOUNTS >"$OUT/core.txt" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$CORE_PORT/sim/v1/ping" 60

log "starting the gateway (profiles demo,bench) on :$GATEWAY_PORT, its core the simulator on :$CORE_PORT"
# plain HTTP on loopback (GATEWAY_TLS_ENABLED=false), as nginx and the upstream are measured: TLS costs are not
# what this compares
GATEWAY_DB_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
GATEWAY_DB_R2DBC_URL="r2dbc:postgresql://127.0.0.1:5432/$DB" \
CORE_URL="http://127.0.0.1:$CORE_PORT" GATEWAY_TLS_ENABLED=false \
  java "${JAVA_FLAGS[@]}" -XX:FlightRecorderOptions:stackdepth=512 \
  -jar local-stack/target/jamsostek-local.jar --spring.profiles.active=demo,bench \
  >"$OUT/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=($GATEWAY_PID)
wait_http "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 120
# the pass-through route (see gateway/src/main/resources/application-bench.yml for why it is added here)
cat >"$OUT/passthrough-route.json" <<EOF
{"predicates":[{"name":"Path","args":{"_genkey_0":"/bench/passthrough/**"}}],
 "filters":[{"name":"StripPrefix","args":{"_genkey_0":"2"}}],
 "uri":"http://127.0.0.1:$UPSTREAM_PORT","order":0}
EOF
curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$OUT/passthrough-route.json" \
  "http://127.0.0.1:$MANAGEMENT_PORT/actuator/gateway/routes/bench-passthrough" >/dev/null
curl -fsS -X POST "http://127.0.0.1:$MANAGEMENT_PORT/actuator/gateway/refresh" >/dev/null
wait_http "http://127.0.0.1:$GATEWAY_PORT/bench/passthrough/sim/v1/ping" 20
curl -fsS "http://127.0.0.1:$CORE_PORT/sim/v1/bench" >"$OUT/bench-accounts.json"
log "bench accounts: $(cat "$OUT/bench-accounts.json")"

UPSTREAM_PID=${PIDS[0]} NGINX_PID=${PIDS[1]} CORE_PID=${PIDS[2]}
# CPU accounting (bench/cpu.py): cores used by each part over a window inside a measurement, the load generator
# still running. "other_processes" is everything else on the machine (other people's builds on a shared machine).
cpu_window() { # name loadgen-pid delay seconds
  sleep "$3"
  python3 bench/cpu.py snap "$WORK/cpu-before.json"
  sleep "$4"
  python3 bench/cpu.py snap "$WORK/cpu-after.json"
  python3 bench/cpu.py report "$1" "$WORK/cpu-before.json" "$WORK/cpu-after.json" "$4" \
    "$GATEWAY_PID" "$UPSTREAM_PID" "$NGINX_PID" "$2" "$CORE_PID" | tee -a "$OUT/cpu.txt" >&2
}

# Where the gateway's CPU goes: a JFR profile taken during a WARM-UP (never during a measurement), summarised by
# bench/jfr_top.py into profile-<name>.txt
profile_later() { # name delay seconds
  (sleep "$2"
   jcmd "$GATEWAY_PID" JFR.start name="$1" settings=profile duration="${3}s" filename="$WORK/$1.jfr" >/dev/null) &
}
profile_summary() { # name
  for _ in $(seq 1 20); do [ -s "$WORK/$1.jfr" ] && break; sleep 1; done
  if [ -s "$WORK/$1.jfr" ]; then
    jfr print --stack-depth 512 --events jdk.ExecutionSample "$WORK/$1.jfr" >"$WORK/$1.samples.txt"
    python3 bench/jfr_top.py "$WORK/$1.samples.txt" >"$OUT/profile-$1.txt"
  fi
}

LOADGEN_PIN=() # a command prefix for Gatling's JVM (taskset) during (b1)
gatling() { # name cpu-window-delay cpu-window-seconds -D...
  local name=$1 delay=$2 window=$3
  shift 3
  (cd bench && exec "${LOADGEN_PIN[@]}" ../mvnw -B -o -Pgatling gatling:test -Dgatling.simulationClass=id.jamsostek.bench.PaymentSimulation \
    -Dgatling.runDescription="$name" "$@" >"$OUT/gatling-$name.txt" 2>&1) &
  local load=$!
  # Gatling's JVM takes ~10 s to start and sign its token(s): the CPU window lies inside the measured load
  cpu_window "$name" "$load" "$delay" "$window"
  wait "$load" || log "Gatling run $name reported failures (see gatling-$name.txt); going on"
  local report
  report=$(ls -td bench/target/gatling/*/ | head -n 1)
  rm -rf "$OUT/gatling-$name"
  cp -r "$report" "$OUT/gatling-$name"
  rm -f "$OUT/gatling-$name/simulation.log" # binary and large; the HTML report and the console keep the numbers
}

# ---------------------------------------------------------------------------------------------------- (b) warm-up, (f)
# The payments' warm-up runs first, on the new instance: (f) is what it gives between 20 s and 80 s after its first
# payment (posted rows counted in PostgreSQL), over what (b) gives after this warm-up and every other one
posted_count() { "${PSQL[@]}" -d $DB -Atc "select count(*) from bank_payment where state = 'POSTED'"; }
# CPU time of the JIT compiler threads so far, in ms (C1 and C2 CompilerThreads, utime + stime from /proc)
jit_ms() {
  local task
  for task in /proc/"$GATEWAY_PID"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in "C1 Compiler"* | "C2 Compiler"*) awk '{print $14 + $15}' "$task/stat" 2>/dev/null || true ;; esac
  done | awk -v hz="$(getconf CLK_TCK)" '{t += $1} END {printf "%d", t * 1000 / hz}'
}
warmup_sampler() {
  local deadline=$((SECONDS + 60)) first second jit_first jit_second
  until [ "$(posted_count)" -gt 0 ] || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
  sleep 20
  first=$(posted_count) jit_first=$(jit_ms)
  sleep 60
  second=$(posted_count) jit_second=$(jit_ms)
  echo "posted_20s_to_80s=$((second - first)) rate=$(((second - first) / 60)) jit_ms_20s_to_80s=$((jit_second - jit_first))" \
    >"$OUT/warmup.txt"
}
log "(b) warm-up and (f): $PAY_USERS users paying back to back for ${PAY_WARMUP}s on the new instance"
warmup_sampler &
SAMPLER=$!
profile_later payments $((12 + PAY_WARMUP / 2)) $((PAY_WARMUP / 3))
gatling b-warmup $((12 + PAY_WARMUP / 4)) $((PAY_WARMUP / 2)) -Dbench.mode=closed -Dbench.users="$PAY_USERS" -Dbench.duration="$PAY_WARMUP" \
  -Dbench.firstIndex=0
wait "$SAMPLER" || true
log "(f) $(cat "$OUT/warmup.txt" 2>/dev/null)"
profile_summary payments

# ---------------------------------------------------------------------------------------------------- (a) wrk
run_wrk() { # name url warmup
  local name=$1 url=$2 warm=$3
  log "(a) $name: warm-up ${warm}s"
  wrk -t2 -c"$WRK_CONNECTIONS" -d"${warm}s" "$url" >"$OUT/wrk-$name-warmup.txt"
  log "(a) $name: measuring ${WRK_DURATION}s"
  wrk -t2 -c"$WRK_CONNECTIONS" -d"${WRK_DURATION}s" --latency "$url" >"$OUT/wrk-$name.txt" &
  local load=$!
  cpu_window "a-$name" "$load" 3 $((WRK_DURATION - 6))
  wait "$load"
  grep -E 'Requests/sec|Non-2xx|Socket errors' "$OUT/wrk-$name.txt" | sed "s/^/  $name: /" >&2 || true
}
run_wrk direct "http://127.0.0.1:$UPSTREAM_PORT/sim/v1/ping" "$WRK_WARMUP"
run_wrk nginx "http://127.0.0.1:$NGINX_PORT/bench/passthrough/sim/v1/ping" "$WRK_WARMUP"
profile_later passthrough $((WRK_WARMUP_GATEWAY / 2)) $((WRK_WARMUP_GATEWAY / 3))
run_wrk gateway "http://127.0.0.1:$GATEWAY_PORT/bench/passthrough/sim/v1/ping" "$WRK_WARMUP_GATEWAY"
profile_summary passthrough

# ---------------------------------------------------------------------------------------------------- (d) pgbench
log "(d) pgbench: one single-row insert per transaction, $PAY_USERS clients, ${PGBENCH_DURATION}s (after a 10 s warm-up)"
"${PSQL[@]}" -d $SCRATCH_DB -c "create table bench_insert (id bigserial primary key, payload text not null,
  created_at timestamptz not null default now())"
cat >"$OUT/pgbench-insert.sql" <<'EOF'
insert into bench_insert (payload) values ('bench payload of roughly the size of a payment row');
EOF
pgbench -h 127.0.0.1 -U postgres -n -c "$PAY_USERS" -j 2 -T 10 -f "$OUT/pgbench-insert.sql" $SCRATCH_DB \
  >"$OUT/pgbench-warmup.txt" 2>&1
pgbench -h 127.0.0.1 -U postgres -n -c "$PAY_USERS" -j 2 -T "$PGBENCH_DURATION" -f "$OUT/pgbench-insert.sql" \
  $SCRATCH_DB >"$OUT/pgbench.txt" 2>&1 &
load=$!
cpu_window "d-pgbench" "$load" 3 $((PGBENCH_DURATION - 6))
wait "$load"
grep -E '^tps' "$OUT/pgbench.txt" >&2

# ---------------------------------------------------------------------------------------------------- (b), (c) Gatling

# what PostgreSQL writes per payment during (b): WAL records and bytes (pg_stat_wal), commits (the whole server's)
wal_snapshot() {
  "${PSQL[@]}" -Atc "select (select wal_records from pg_stat_wal) || ' ' || (select wal_bytes from pg_stat_wal)
    || ' ' || (select sum(xact_commit) from pg_stat_database)"
}
log "(b) measuring: $PAY_USERS users paying back to back for ${PAY_DURATION}s"
read -r wal_records0 wal_bytes0 commits0 <<<"$(wal_snapshot)"
posted0=$(posted_count)
gatling b-throughput $((12 + PAY_DURATION / 4)) $((PAY_DURATION / 2)) -Dbench.mode=closed -Dbench.users="$PAY_USERS" \
  -Dbench.duration="$PAY_DURATION" -Dbench.firstIndex=10000000
read -r wal_records1 wal_bytes1 commits1 <<<"$(wal_snapshot)"
posted1=$(posted_count)
echo "payments=$((posted1 - posted0)) wal_records=$((wal_records1 - wal_records0)) wal_bytes=$((wal_bytes1 - wal_bytes0)) commits=$((commits1 - commits0))" >"$OUT/wal.txt"
log "(b) PostgreSQL: $(cat "$OUT/wal.txt")"
# (b1) the same closed model with the system under test (gateway, PostgreSQL, core simulator) held to CPU 0 and
# Gatling to CPU 1: what one core gives. A path limited by CPU gives (b) about twice this; a lock, a single writer or
# a commit wait would not scale so.
if [ "$(nproc)" -ge 2 ]; then
  log "(b1) measuring on one core: $PAY_USERS users paying back to back for ${PAY_DURATION}s"
  pin 0 "$GATEWAY_PID" "$CORE_PID" $(postgres_pids)
  LOADGEN_PIN=(taskset -c 1)
  gatling b-one-core $((12 + PAY_DURATION / 4)) $((PAY_DURATION / 2)) -Dbench.mode=closed -Dbench.users="$PAY_USERS" \
    -Dbench.duration="$PAY_DURATION" -Dbench.firstIndex=40000000
  LOADGEN_PIN=()
  pin "$ALL_CPUS" "$GATEWAY_PID" "$CORE_PID" $(postgres_pids)
fi
# (c') the same open model at half the rate (b) reached: the latency of the path when it is NOT overloaded, so that
# (c) can be read (above capacity an open model shows queueing, which is what it is for)
B_OK=$(grep -E '^> pay ' "$OUT/gatling-b-throughput.txt" | tail -n 1 | awk -F'|' '{gsub(/[ ,]/, "", $3); print $3}')
SUSTAINED_RATE=$(( ${B_OK:-0} * OPEN_SUSTAINED_PERCENT / 100 / PAY_DURATION ))
[ "$SUSTAINED_RATE" -ge 1 ] || SUSTAINED_RATE=1
echo "$SUSTAINED_RATE" >"$OUT/sustained-rate.txt"
log "(c') open model at ${SUSTAINED_RATE}/s (${OPEN_SUSTAINED_PERCENT}% of (b)), ${OPEN_SUSTAINED_DURATION}s"
gatling c-sustained $((15 + OPEN_SUSTAINED_DURATION / 4)) $((OPEN_SUSTAINED_DURATION / 2)) -Dbench.mode=open \
  -Dbench.rate="$SUSTAINED_RATE" -Dbench.warmup=0 -Dbench.duration="$OPEN_SUSTAINED_DURATION" -Dbench.firstIndex=30000000
log "(c) open model: ${OPEN_RATE}/s, ${OPEN_WARMUP}s warm-up then ${OPEN_DURATION}s measured"
gatling c-latency $((15 + OPEN_WARMUP)) $((OPEN_DURATION / 2)) -Dbench.mode=open -Dbench.rate="$OPEN_RATE" \
  -Dbench.warmup="$OPEN_WARMUP" -Dbench.duration="$OPEN_DURATION" -Dbench.firstIndex=20000000

# ---------------------------------------------------------------------------------------------------- (e) batch
log "(e) a village batch of 1,000 enrollments to COMPLETED (one batch first to warm the path up, then the measured one)"
python3 bench/batch.py "http://127.0.0.1:$GATEWAY_PORT" 1000 >"$OUT/batch-warmup.txt" 2>&1 || true
python3 bench/batch.py "http://127.0.0.1:$GATEWAY_PORT" 1000 >"$OUT/batch.txt" 2>&1 || true
log "(e) $(cat "$OUT/batch.txt")"

# ---------------------------------------------------------------------------------------------------- (g) scale-out
# A second instance on the same database (its own message-log chain), each instance held to a core of its own, each
# paid by half the users at once: payments/s per instance (posted rows counted in PostgreSQL over a window) and the
# CPU of each instance and of PostgreSQL per payment. PostgreSQL, the simulator and Gatling float.
if [ "$(nproc)" -ge 2 ] && [ "${SCALE_OUT:-1}" = 1 ]; then
  log "(g) scale-out: a second instance on :$SECOND_PORT, each pinned to a core, $((PAY_USERS / 2)) users each, ${PAY_DURATION}s"
  GATEWAY_DB_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  GATEWAY_DB_R2DBC_URL="r2dbc:postgresql://127.0.0.1:5432/$DB" \
  CORE_URL="http://127.0.0.1:$CORE_PORT" GATEWAY_TLS_ENABLED=false GATEWAY_INSTANCE_ID=bench-second \
  GATEWAY_PORT=$SECOND_PORT GATEWAY_MANAGEMENT_PORT=$SECOND_MANAGEMENT_PORT GATEWAY_INTERNAL_PORT=$SECOND_INTERNAL_PORT \
  DEMO_IDP_PORT=$SECOND_IDP_PORT \
    java "${JAVA_FLAGS[@]}" -jar local-stack/target/jamsostek-local.jar --spring.profiles.active=demo,bench \
    >"$OUT/gateway-second.log" 2>&1 &
  SECOND_PID=$!
  PIDS+=($SECOND_PID)
  wait_http "http://127.0.0.1:$SECOND_MANAGEMENT_PORT/actuator/health/readiness" 120
  pin 0 "$GATEWAY_PID"
  pin 1 "$SECOND_PID"
  scale_run() { # name gateway-port first-index duration
    (cd bench && exec ../mvnw -B -o -Pgatling gatling:test -Dgatling.simulationClass=id.jamsostek.bench.PaymentSimulation \
      -Dgatling.runDescription="$1" -Dbench.gateway="http://127.0.0.1:$2" -Dbench.mode=closed \
      -Dbench.users=$((PAY_USERS / 2)) -Dbench.duration="$4" -Dbench.firstIndex="$3" >"$OUT/gatling-$1.txt" 2>&1)
  }
  # the second instance's own warm-up first, alone (the first one is warm)
  scale_run g-second-warmup $SECOND_PORT 60000000 "$PAY_WARMUP" || true
  scale_run g-first $GATEWAY_PORT 70000000 "$PAY_DURATION" &
  G1=$!
  scale_run g-second $SECOND_PORT 80000000 "$PAY_DURATION" &
  G2=$!
  sleep 15
  python3 bench/cpu.py snap "$WORK/cpu-before.json"
  before=$(posted_count)
  sleep $((PAY_DURATION - 25))
  after=$(posted_count)
  python3 bench/cpu.py snap "$WORK/cpu-after.json"
  window=$((PAY_DURATION - 25))
  for pid_name in "$GATEWAY_PID:first" "$SECOND_PID:second"; do
    python3 bench/cpu.py report "g-scale-out-${pid_name#*:}" "$WORK/cpu-before.json" "$WORK/cpu-after.json" "$window" \
      "${pid_name%%:*}" "$UPSTREAM_PID" "$NGINX_PID" "$G1" "$CORE_PID" | tee -a "$OUT/cpu.txt" >&2
  done
  echo "posted_in_window=$((after - before)) window_seconds=$window instances=2" >"$OUT/scale-out.txt"
  wait "$G1" "$G2" || true
  pin "$ALL_CPUS" "$GATEWAY_PID" "$SECOND_PID"
  log "(g) $(cat "$OUT/scale-out.txt")"
fi

# what PostgreSQL holds afterwards: every OK payment must be a durable, posted record with one claim, its outbox row
# done; the check line is read by summarize.py against the OK counts of every Gatling run
sleep 2
# fresh statistics first: autovacuum may not have analysed tables that grew by 10^5 rows in minutes, and with the
# stale ones the planner chose a nested loop for the anti-join below that ran for hours
"${PSQL[@]}" -d $DB -c "analyze bank_payment, outbox, idempotency_record" >/dev/null 2>&1 || true
"${PSQL[@]}" -d $DB -c "select state as payment_state, count(*) from bank_payment group by 1 order by 1" \
  -c "select state as outbox_state, count(*) from outbox group by 1 order by 1" \
  -c "select count(*) as idempotency_claims from idempotency_record" >"$OUT/payments-in-db.txt" 2>&1 || true
"${PSQL[@]}" -d $DB -Atc "select 'posted=' || (select count(*) from bank_payment where state = 'POSTED')
  || ' not_posted=' || (select count(*) from bank_payment where state <> 'POSTED')
  || ' payment_claims=' || (select count(*) from idempotency_record where scope like 'snap-va-payment:%')
  || ' outbox_open=' || (select count(*) from outbox where kind = 'BANK_PAYMENT' and state <> 'DONE')
  || ' posted_without_done_outbox=' || (select count(*) from bank_payment p where state = 'POSTED' and not exists
       (select 1 from outbox o where o.kind = 'BANK_PAYMENT' and o.aggregate_id = p.id and o.state = 'DONE'))" \
  >"$OUT/db-check.txt" 2>&1 || true
cat "$OUT/payments-in-db.txt" "$OUT/db-check.txt" >&2

# ---------------------------------------------------------------------------------------------------- summary
# the gateway's log can be tens of MB after (c) (*.log is git-ignored): keep a digest of its errors beside it
{
  echo "lines: $(wc -l <"$OUT/gateway.log")"
  echo "ERROR/WARN lines by logger and first words of the message:"
  grep -E '^[0-9T:.-]+Z +(ERROR|WARN) ' "$OUT/gateway.log" | sed -E 's/^[^ ]+ +([A-Z]+) .* : /\1 /' \
    | cut -c1-120 | sed -E 's/[0-9a-f]{6,16}$/<id>/' | sort | uniq -c | sort -rn | head -n 20
  echo "exceptions named in the log:"
  grep -oE '^[a-z][a-zA-Z0-9_.]+\.[A-Z][A-Za-z0-9]*(Exception|Error)[^ ]*' "$OUT/gateway.log" | sort | uniq -c \
    | sort -rn | head -n 10
} >"$OUT/gateway-log-summary.txt" 2>&1 || true
python3 "$ROOT/bench/summarize.py" "$OUT" "$ROOT/bench/README.md" "$UPDATE_README" \
  "WRK_WARMUP_GATEWAY=$WRK_WARMUP_GATEWAY WRK_WARMUP=$WRK_WARMUP WRK_DURATION=$WRK_DURATION WRK_CONNECTIONS=$WRK_CONNECTIONS PAY_USERS=$PAY_USERS PAY_WARMUP=$PAY_WARMUP PAY_DURATION=$PAY_DURATION OPEN_RATE=$OPEN_RATE OPEN_WARMUP=$OPEN_WARMUP OPEN_DURATION=$OPEN_DURATION OPEN_SUSTAINED_PERCENT=$OPEN_SUSTAINED_PERCENT OPEN_SUSTAINED_DURATION=$OPEN_SUSTAINED_DURATION PGBENCH_DURATION=$PGBENCH_DURATION"
log "done: $OUT/summary.md"
