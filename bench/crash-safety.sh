#!/usr/bin/env bash
# Crash safety: SIGKILL the service in the middle of a stream of acknowledged writes, restart it
# on the same data directory, and check that every acknowledged write is there.
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
echo "writing for ${SECONDS_OF_WRITES}s to pid $PID (data dir $DATA)"
writer() {
  local i=0
  while true; do
    i=$((i + 1))
    local id="crash-$i"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "localhost:$PORT/api/v1/claims" \
      -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
      -d "{\"id\":\"$id\",\"subject\":\"manycore\",\"property\":\"customer-count\",\"value\":\"超4.5万\",\"unit\":\"firm\",\"source\":\"002\",\"quote\":\"平台合作客户超4.5万家\",\"note\":\"write $i\"}" || true)
    # Only a 201 is an acknowledgement; anything after the kill is not.
    [ "$code" = "201" ] && echo "$id" >>"$ACKED"
  done
}
writer &
WRITER=$!
sleep "$SECONDS_OF_WRITES"
kill -9 "$PID"
sleep 0.5
kill "$WRITER" 2>/dev/null || true
wait "$WRITER" 2>/dev/null || true
ACK_COUNT=$(wc -l <"$ACKED")
echo "SIGKILLed the service after $ACK_COUNT acknowledged writes; restarting"

start
MISSING=0
while read -r id; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/api/v1/claims/$id")
  if [ "$code" != "200" ]; then
    echo "LOST: $id ($code)"
    MISSING=$((MISSING + 1))
  fi
done <"$ACKED"
REVISIONS_OK=$(curl -s "localhost:$PORT/api/v1/claims/crash-1/revisions" | grep -c '"action":"create"' || true)
kill "$PID"
wait "$PID" 2>/dev/null || true
echo "acknowledged: $ACK_COUNT, present after restart: $((ACK_COUNT - MISSING)), lost: $MISSING, first claim's create revision present: $REVISIONS_OK"
rm -rf "$DATA" "$ACKED"
[ "$MISSING" -eq 0 ] && [ "$ACK_COUNT" -gt 0 ]
