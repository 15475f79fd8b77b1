#!/usr/bin/env bash
# Benchmark of POST /api/v1/checks/draft on a 5,000-character draft, side by side with
# POST /api/v1/checks/batch on the same sentences (bench/DraftBench.java); not part of the tests.
#   bench/draft.sh                       build, start the service on port 8184, measure, stop it
#   PORT=8080 NO_START=1 bench/draft.sh  measure a service that is already running
#   CHARS=50000 ROUNDS=5 bench/draft.sh  the longest draft accepted
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8184}"
if [ -z "${NO_START:-}" ]; then
  ./mvnw -q -B package -DskipTests
  java -Dquarkus.http.port="$PORT" "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:draft-bench;DB_CLOSE_DELAY=-1" -Dcrosscheck.rate-limit.anonymous-per-minute=0 \
    -jar target/quarkus-app/quarkus-run.jar > target/bench-draft-server.log 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:${PORT}/q/health/ready" >/dev/null && break; sleep 1; done
fi
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/DraftBench.java "http://127.0.0.1:${PORT}" "${CHARS:-5000}" "${ROUNDS:-30}"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
