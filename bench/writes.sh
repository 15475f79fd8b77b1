#!/usr/bin/env bash
# Write throughput: WRITERS (default 32) concurrent writers for SECONDS (default 20) against the
# packaged service as the README runs it (embedded H2 in a data directory, seed corpus loaded), or
# against PostgreSQL with DB_URL=jdbc:postgresql://... (the database must exist and be empty).
#   bench/writes.sh              # patch mode (32 writers on 32 different claims) then create mode
#   MODES=create bench/writes.sh
# Prints, per mode, acknowledged writes/s, p50/p99 latency and the count of each status.
set -euo pipefail
cd "$(dirname "$0")/.."
WRITERS="${WRITERS:-32}"
SECONDS_OF_WRITES="${SECONDS:-20}"
MODES="${MODES:-patch create}"
PORT="${PORT:-18491}"
KEY="bench-writes-editor-key-0123456789abcdef"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
DATA=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT
opts=(-Dquarkus.http.port="$PORT" -Dcrosscheck.data-dir="$DATA")
if [ -n "${DB_URL:-}" ]; then opts+=(-Dquarkus.profile=postgres); export CROSSCHECK_DB_URL="$DB_URL"; fi
CROSSCHECK_AUTH_API_KEYS="bench:${KEY}:editor" java "${opts[@]}" -jar target/quarkus-app/quarkus-run.jar >"$DATA/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "bench/writes.sh: service did not start; see $DATA/server.log" >&2; exit 2; }
# A claim the seed corpus can anchor: its subject, property and quote come from claims/, not from this script.
claim=(-Dsubject=manycore -Dproperty=customer-count -Dvalue=超4.5万 -Dunit=firm -Dsource=002 -Dquote=平台合作客户超4.5万家)
rc=0
for mode in $MODES; do
  java "${claim[@]}" bench/WriteClient.java "http://127.0.0.1:$PORT" "$KEY" "$WRITERS" "$SECONDS_OF_WRITES" "$mode" || rc=1
done
exit $rc
