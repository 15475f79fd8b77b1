#!/usr/bin/env bash
# Benchmark of POST /api/v1/checks on loopback; not part of the test suite.
#   bench/checks.sh            build, start the service on port 8183, measure, stop it
#   PORT=8080 NO_START=1 bench/checks.sh   measure a service that is already running
#
# 1. warm-up: 20 s of wrk at full speed (the JIT compiles the hot paths);
# 2. wrk, paced: 20 connections each waiting 100 ms between requests (about 200 req/s while
#    responses are fast; Debian's wrk has no constant-rate -R option), 30 s;
# 3. open loop at exactly 200 req/s for 30 s (bench/RateClient.java): latency measured from when
#    each request was due, so it cannot hide a stall — the figure to quote for "p99 at 200 req/s";
# 4. wrk at full speed, 2 threads x 16 connections, 30 s: the throughput ceiling.
# The sentences are bench/checks-sentences.txt (three languages, every verdict), in turn.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8183}"
URL="http://127.0.0.1:${PORT}/api/v1/checks"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

if [ -z "${NO_START:-}" ]; then
  ./mvnw -q -B package -DskipTests
  # An in-memory store: the benchmark neither needs nor touches a data directory.
  java -Dquarkus.http.port="$PORT" "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:checks-bench;DB_CLOSE_DELAY=-1" -Dcrosscheck.rate-limit.anonymous-per-minute=0 \
    -jar target/quarkus-app/quarkus-run.jar > target/bench-checks-server.log 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:${PORT}/q/health/ready" >/dev/null && break; sleep 1; done
fi
curl -sf -H 'Content-Type: application/json' -d '{"text":"DeepSeek was founded by Liang Wenfeng"}' "$URL" >/dev/null

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== warm-up (20 s, full speed)"
wrk -t2 -c16 -d20s -s bench/checks.lua "$URL" > /dev/null
echo "== wrk paced: 20 connections x 1 request per 100 ms (~200 req/s), 30 s"
PACE_MS=100 wrk -t2 -c20 -d30s -s bench/checks.lua "$URL" | sed -n '/^requests/,$p'
echo "== open loop: 200 req/s for 30 s"
java bench/RateClient.java "$URL" 200 30 bench/checks-sentences.txt
echo "== wrk full speed: 2 threads x 16 connections, 30 s"
wrk -t2 -c16 -d30s -s bench/checks.lua "$URL" | sed -n '/^requests/,$p'
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
