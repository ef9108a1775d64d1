#!/usr/bin/env bash
# open.sh OUT label=jar...: per build a fresh DB and gateway, 60 s closed warm-up, then 1000/s open for 40 s
set -uo pipefail
cd /work/main
. bin/lib.sh; select_jdk
OUT=$1; shift; mkdir -p "$OUT"
PSQL=(psql -X -q -h 127.0.0.1 -U postgres)
DB=jamsostek_ab
java --enable-native-access=ALL-UNNAMED -jar /work/ab/sim.jar --port 8090 --bench-accounts 100000000 >"$OUT/core.txt" 2>&1 &
SIMPID=$!
trap 'kill $SIMPID $GW 2>/dev/null; sleep 2' EXIT
GW=
until curl -fsS -o /dev/null http://127.0.0.1:8090/sim/v1/ping 2>/dev/null; do sleep 1; done
idx=0
for spec in "$@"; do
  label=${spec%%=*} jar=${spec#*=}
  "${PSQL[@]}" -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
  GATEWAY_DB_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" GATEWAY_DB_R2DBC_URL="r2dbc:postgresql://127.0.0.1:5432/$DB" \
  CORE_URL=http://127.0.0.1:8090 GATEWAY_TLS_ENABLED=false \
    java --enable-native-access=ALL-UNNAMED -jar "$jar" --spring.profiles.active=demo,bench >"$OUT/gw-$label.log" 2>&1 &
  GW=$!
  until curl -fsS -o /dev/null http://127.0.0.1:8081/actuator/health/readiness 2>/dev/null; do sleep 1; done
  (cd bench && ../mvnw -B -o -q -Pgatling gatling:test -Dgatling.simulationClass=id.jamsostek.bench.PaymentSimulation \
     -Dbench.mode=closed -Dbench.users=32 -Dbench.duration=60 -Dbench.firstIndex=$((idx*20000000)) >"$OUT/warm-$label.txt" 2>&1)
  (cd bench && ../mvnw -B -o -q -Pgatling gatling:test -Dgatling.simulationClass=id.jamsostek.bench.PaymentSimulation \
     -Dbench.mode=open -Dbench.rate=1000 -Dbench.warmup=0 -Dbench.duration=40 -Dbench.firstIndex=$((idx*20000000+10000000)) >"$OUT/open-$label.txt" 2>&1)
  idx=$((idx+1))
  echo "== $label" >>"$OUT/result.txt"
  grep -E "^> (pay|OK|KO)|Request timeout|found 429|Premature|percentile 99|response time 99th" "$OUT/open-$label.txt" | head -8 >>"$OUT/result.txt"
  kill $GW; wait $GW 2>/dev/null; GW=
done
