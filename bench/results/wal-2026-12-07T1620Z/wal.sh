#!/usr/bin/env bash
# wal.sh OUT jar: what PostgreSQL writes per payment, by record type (pg_walinspect), over 20 s of 32 users paying.
# Run from a built checkout (./mvnw install -pl local-stack -am; jar: local-stack/target/jamsostek-local.jar).
set -uo pipefail
cd "$(dirname "$0")/../../.."
. bin/lib.sh; select_jdk
OUT=$1 jar=$2; mkdir -p "$OUT"
PSQL=(psql -X -q -h 127.0.0.1 -U postgres)
DB=jamsostek_ab
java --enable-native-access=ALL-UNNAMED -jar "$(ls core-simulator/target/core-simulator-*-exec.jar | head -n 1)" --port 8090 --bench-accounts 100000000 >"$OUT/core.txt" 2>&1 &
SIMPID=$!
trap 'kill $SIMPID $GW 2>/dev/null; sleep 2' EXIT
GW=
until curl -fsS -o /dev/null http://127.0.0.1:8090/sim/v1/ping 2>/dev/null; do sleep 1; done
"${PSQL[@]}" -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
"${PSQL[@]}" -d $DB -c "create extension if not exists pg_walinspect" >/dev/null
GATEWAY_DB_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" GATEWAY_DB_R2DBC_URL="r2dbc:postgresql://127.0.0.1:5432/$DB" \
CORE_URL=http://127.0.0.1:8090 GATEWAY_TLS_ENABLED=false \
  java --enable-native-access=ALL-UNNAMED -jar "$jar" --spring.profiles.active=demo,bench >"$OUT/gw.log" 2>&1 &
GW=$!
until curl -fsS -o /dev/null http://127.0.0.1:8081/actuator/health/readiness 2>/dev/null; do sleep 1; done
(cd bench && ../mvnw -B -o -q -Pgatling gatling:test -Dgatling.simulationClass=id.jamsostek.bench.PaymentSimulation \
   -Dbench.mode=closed -Dbench.users=32 -Dbench.duration=70 -Dbench.firstIndex=90000000 >"$OUT/gatling.txt" 2>&1) &
LOAD=$!
sleep 50
posted() { "${PSQL[@]}" -d $DB -Atc "select count(*) from bank_payment where state='POSTED'"; }
p0=$(posted); l0=$("${PSQL[@]}" -d $DB -Atc "select pg_current_wal_insert_lsn()")
sleep 20
p1=$(posted); l1=$("${PSQL[@]}" -d $DB -Atc "select pg_current_wal_insert_lsn()")
wait $LOAD
n=$((p1-p0))
echo "payments=$n from $l0 to $l1" | tee "$OUT/wal-types.txt"
"${PSQL[@]}" -d $DB -c "select \"resource_manager/record_type\" as record, count, round(count::numeric / $n, 2) as per_payment,
  round(combined_size::numeric / $n) as bytes_per_payment from pg_get_wal_stats('$l0', '$l1', true) where count > 0 order by count desc" | tee -a "$OUT/wal-types.txt"
"${PSQL[@]}" -d $DB -c "select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del from pg_stat_user_tables where n_tup_ins + n_tup_upd > 100 order by n_tup_ins + n_tup_upd desc" | tee -a "$OUT/wal-types.txt"
"${PSQL[@]}" -d $DB -c "select coalesce(c.relname, 'other (commit, running xacts, ...)') as relation, count(*),
  round(count(*)::numeric / $n, 2) as per_payment
  from pg_get_wal_records_info('$l0', '$l1') r
  left join lateral (select (regexp_match(r.block_ref, 'rel \d+/\d+/(\d+)'))[1]::oid as node) b on true
  left join pg_class c on c.relfilenode = b.node
  group by 1 order by 2 desc" | tee -a "$OUT/wal-types.txt"
