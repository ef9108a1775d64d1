# Shared by bin/run, bin/test and .ci/run: find a JDK >= 21 and make sure PostgreSQL answers.

# Exports JAVA_HOME as a JDK of version 21 or newer: the current JAVA_HOME if it qualifies, else the newest
# one under /usr/lib/jvm (these machines default to 17 and carry a Temurin 25 beside it).
select_jdk() {
  local candidate version best="" best_version=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1)
    [ -n "$version" ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$version" -ge 21 ]; then best="$candidate"; break; fi
    if [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then best="$candidate"; best_version=$version; fi
  done
  if [ -z "$best" ]; then
    echo "No JDK >= 21 found (looked at JAVA_HOME and /usr/lib/jvm); install one, e.g. Temurin 21 or 25" >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Starts the local PostgreSQL cluster if nothing answers on 127.0.0.1:5432; waits until it accepts connections.
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then return 0; fi
  if [ -d /etc/postgresql ]; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "starting PostgreSQL $version" >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  fi
  local deadline=$((SECONDS + 60))
  until pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; return 1; fi
    sleep 1
  done
}

# Redis holds the rate limits every instance shares; the tests count on it at 127.0.0.1:6379
ensure_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then return 0; fi
  if command -v redis-server >/dev/null; then
    echo "starting Redis" >&2
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  fi
  local deadline=$((SECONDS + 30))
  until redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then echo "Redis does not answer on 127.0.0.1:6379" >&2; return 1; fi
    sleep 1
  done
}

# A self-signed certificate for localhost, 127.0.0.1 and ::1 in $1 (gateway.crt, gateway.key), made once: the local
# run serves TLS 1.3 with it, and curl trusts it with --cacert $1/gateway.crt. Never for anything but a local run.
local_tls_certificate() {
  local dir=$1
  [ -s "$dir/gateway.crt" ] && [ -s "$dir/gateway.key" ] && return 0
  mkdir -p "$dir"
  echo "making a self-signed TLS certificate for localhost in $dir" >&2
  (umask 077; openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 825 -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" -addext "basicConstraints=critical,CA:FALSE" \
    -addext "extendedKeyUsage=serverAuth" -keyout "$dir/gateway.key" -out "$dir/gateway.crt" 2>/dev/null)
}
