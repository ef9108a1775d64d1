# What bench/run.sh and bench/chaos.sh share. Source it once OUT (the results folder) and PIDS (an array of the
# processes the script started) are set.

# A line with the time, on stderr and in $OUT/run.txt.
log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.txt" >&2; }

# Asks every process in PIDS to stop, then kills with -9 what still runs 10 s later.
stop_pids() {
  local pid
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_http() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { log "no answer from $1 after $2 s"; return 1; }
    sleep 1
  done
}
