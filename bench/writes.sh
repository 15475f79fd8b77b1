#!/usr/bin/env bash
# Write throughput: WRITERS (default 32) concurrent writers for DURATION seconds (default 20; not SECONDS, bash's own clock) against the
# packaged service as the README runs it (embedded H2 in a data directory, seed corpus loaded), or
# against PostgreSQL with DB_URL=jdbc:postgresql://... (the database must exist and be empty).
#   bench/writes.sh              # patch mode (32 writers on 32 different claims, note edits), qualifier mode (the same, each write moving its claim to another fact), then create mode
#   MODES=create bench/writes.sh
#   DB_URL=jdbc:postgresql://localhost:5432/crosscheck_bench bench/writes.sh   # an empty database, user crosscheck
#   WARMUP=60 bench/writes.sh    # seconds of unrecorded writes first (default 15): the JIT needs a minute on two cores
# Prints, per mode, acknowledged writes/s, p50/p99 latency and the count of each status.
set -euo pipefail
cd "$(dirname "$0")/.."
WRITERS="${WRITERS:-32}"
SECONDS_OF_WRITES="${DURATION:-20}"
MODES="${MODES:-patch qualifier create}"
PORT="${PORT:-18491}"
KEY="bench-writes-editor-key-0123456789abcdef"
DATA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT
opts=(-Dquarkus.http.port="$PORT" -Dcrosscheck.data-dir="$DATA")
APP=target/quarkus-app
if [ -n "${DB_URL:-}" ]; then
  # The database kind is fixed when the application is built: a PostgreSQL build of its own.
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=postgres -Dquarkus.package.output-directory=bench-pg
  APP=target/bench-pg
  opts+=(-Dquarkus.profile=postgres)
  export CROSSCHECK_DB_URL="$DB_URL"
else
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
fi
CROSSCHECK_AUTH_API_KEYS="bench:${KEY}:editor" java "${opts[@]}" -jar "$APP/quarkus-run.jar" >"$DATA/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "bench/writes.sh: service did not start; see $DATA/server.log" >&2; exit 2; }
# A claim the seed corpus can anchor: its subject, property and quote come from claims/, not from this script.
claim=(-Dsubject=manycore -Dproperty=customer-count -Dvalue=超4.5万 -Dunit=firm -Dsource=002 -Dquote=平台合作客户超4.5万家)
rc=0
for mode in $MODES; do
  java -Dwarmup="${WARMUP:-15}" "${claim[@]}" bench/WriteClient.java "http://127.0.0.1:$PORT" "$KEY" "$WRITERS" "$SECONDS_OF_WRITES" "$mode" || rc=1
done
exit $rc
