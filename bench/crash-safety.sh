#!/usr/bin/env bash
# Crash safety: SIGKILL the service in the middle of a stream of acknowledged writes from WRITERS
# (default 32) concurrent writers, restart it on the same data directory, and check that every
# acknowledged write is there exactly once (present, with one create revision).
#
#   bench/crash-safety.sh [seconds-of-writes]      (default 8)
#
# Uses the packaged application (builds it when missing) with embedded H2 in file mode.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_WRITES=${1:-8}
PORT=${PORT:-18089}
DATA=$(mktemp -d)
ACKED=$(mktemp)
KEY="crash-test-editor-key-0123456789abcdef"
export CROSSCHECK_AUTH_API_KEYS="crash:${KEY}:editor"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

start() {
  java -Dquarkus.http.port="$PORT" -Dcrosscheck.data-dir="$DATA" -jar target/quarkus-app/quarkus-run.jar >"$DATA/server.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 60); do
    curl -sf "localhost:$PORT/q/health/ready" >/dev/null && return 0
    sleep 0.5
  done
  echo "service did not start; see $DATA/server.log" >&2
  exit 2
}

start
WRITERS=${WRITERS:-32}
echo "writing for ${SECONDS_OF_WRITES}s with $WRITERS concurrent writers to pid $PID (data dir $DATA)"
# Each writer creates claims one after another; an id is recorded as acknowledged the moment its 201 arrives.
java -Dwarmup=0 -Dsubject=manycore -Dproperty=customer-count -Dvalue=超4.5万 -Dunit=firm -Dsource=002 -Dquote=平台合作客户超4.5万家 \
  bench/WriteClient.java "http://127.0.0.1:$PORT" "$KEY" "$WRITERS" "$((SECONDS_OF_WRITES + 3))" create "$ACKED" >/dev/null 2>&1 &
WRITER=$!
sleep "$SECONDS_OF_WRITES"
kill -9 "$PID"
wait "$WRITER" 2>/dev/null || true
ACK_COUNT=$(wc -l <"$ACKED")
echo "SIGKILLed the service after $ACK_COUNT acknowledged writes; restarting"

start
MISSING=0
DOUBLED=0
while read -r id; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/api/v1/claims/$id")
  if [ "$code" != "200" ]; then
    echo "LOST: $id ($code)"
    MISSING=$((MISSING + 1))
  fi
  creates=$(curl -s "localhost:$PORT/api/v1/claims/$id/revisions" | grep -o '"action":"create"' | wc -l)
  if [ "$creates" != "1" ]; then
    echo "NOT ONCE: $id has $creates create revisions"
    DOUBLED=$((DOUBLED + 1))
  fi
done <"$ACKED"
kill "$PID"
wait "$PID" 2>/dev/null || true
echo "acknowledged: $ACK_COUNT, present after restart: $((ACK_COUNT - MISSING)), lost: $MISSING, not exactly one create revision: $DOUBLED"
rm -rf "$DATA" "$ACKED"
[ "$MISSING" -eq 0 ] && [ "$DOUBLED" -eq 0 ] && [ "$ACK_COUNT" -gt 0 ]
