#!/usr/bin/env bash
# A write's cost at scale: PATCH one claim while the service holds N claims (default 20,000), and
# the checks that follow see it. Before issue 9 every write rebuilt the check index from every
# claim in the writing request (0.4 s at 197 claims, 2.4 s at 20,000); now a write updates the one
# claim's profile and index document.
#   bench/checks-write.sh [N] [WRITES]
# Prints the median and p95 of WRITES sequential PATCH requests (curl's time_total) and the time of
# a check right after, measured on loopback with an in-memory store. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
WRITES="${2:-30}"
PORT="${PORT:-8184}"
KEY="bench-editor-key-0123456789abcdef"
./mvnw -q -B package -DskipTests
java bench/SyntheticClaims.java claims "target/bench/claims-$N" "$N" >/dev/null
java -Dquarkus.http.port="$PORT" "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:checks-write;DB_CLOSE_DELAY=-1" -Dcrosscheck.rate-limit.anonymous-per-minute=0 \
  -Dcrosscheck.claims-dir="target/bench/claims-$N" -Dquarkus.transaction-manager.default-transaction-timeout=900s \
  "-Dcrosscheck.auth.api-keys=bench-editor:${KEY}:editor" \
  -jar target/quarkus-app/quarkus-run.jar > target/bench-checks-write-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do curl -sf "http://127.0.0.1:${PORT}/q/health/ready" >/dev/null && break; sleep 1; done
BASE="http://127.0.0.1:${PORT}/api/v1"
echo "== claims in force: $(curl -sf "$BASE/claims?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
ID=$(curl -sf "$BASE/claims?size=1&property=customer-count" | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
echo "== writing claim $ID"
times=()
for i in $(seq 1 "$WRITES"); do
  ETAG=$(curl -sfI "$BASE/claims/$ID" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  t=$(curl -sf -o /dev/null -w '%{time_total}' -X PATCH "$BASE/claims/$ID?comment=bench" -H "Authorization: Bearer $KEY" \
    -H "If-Match: $ETAG" -H 'Content-Type: application/merge-patch+json' -d "{\"note\":\"bench write $i\"}")
  times+=("$t")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "== PATCH at %s claims, %d writes: median %.1f ms, p95 %.1f ms, max %.1f ms\n", "'"$N"'", NR, 1000*a[int((NR+1)/2)], 1000*a[int(NR*0.95)], 1000*a[NR]}'
ctimes=()
for i in $(seq 1 "$WRITES"); do
  ctimes+=("$(curl -sf -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' -d '{"text":"群核科技的平台合作客户超过4.5万家"}' "$BASE/checks")")
done
printf '%s\n' "${ctimes[@]}" | sort -n | awk '{a[NR]=$1} END {printf "== checks after the writes, %d: median %.1f ms, p95 %.1f ms (the first one warms the JIT)\n", NR, 1000*a[int((NR+1)/2)], 1000*a[int(NR*0.95)]}'
