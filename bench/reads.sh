#!/usr/bin/env bash
# Read throughput of GET /api/v1/claims?size=20 (and GET /api/v1/findings for scale) with wrk, 16
# connections, against the packaged service as the README runs it (embedded H2 in a data directory,
# seed corpus loaded). With BASELINE=<git rev> the same is measured side by side for that revision,
# rounds alternating between the two services so that a noisy machine hurts both alike.
#   bench/reads.sh                     # this tree only
#   BASELINE=HEAD~1 bench/reads.sh     # this tree against HEAD~1
# Prints requests/s per round and the median of ROUNDS (default 5) rounds of DURATION seconds (default 10; not SECONDS, which is bash's own clock).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-5}"
SECONDS_PER_ROUND="${DURATION:-10}"
command -v wrk >/dev/null || { echo "bench/reads.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }
./mvnw -q -B package -DskipTests
rm -rf target/bench/reads && mkdir -p target/bench/reads
cp -r target/quarkus-app target/bench/reads/current
if [ -n "${BASELINE:-}" ]; then
  rm -rf target/bench/reads-baseline-src
  git worktree add -q --detach target/bench/reads-baseline-src "$BASELINE"
  (cd target/bench/reads-baseline-src && ./mvnw -q -B package -DskipTests)
  cp -r target/bench/reads-baseline-src/target/quarkus-app target/bench/reads/baseline
  git worktree remove --force target/bench/reads-baseline-src
fi
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start() { # name port
  java -Dquarkus.http.port="$2" -Dcrosscheck.data-dir="$PWD/target/bench/reads/$1-data" \
    -jar "target/bench/reads/$1/quarkus-run.jar" > "target/bench/reads/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$2/q/health/ready" >/dev/null && return; sleep 1; done
  echo "bench/reads.sh: $1 did not start" >&2; exit 1
}
names=(current); ports=(18481)
start current 18481
if [ -d target/bench/reads/baseline ]; then names+=(baseline); ports+=(18482); start baseline 18482; fi
rate() { wrk -t2 -c16 -d"$2" "$1" | awk '/Requests\/sec/ {print $2}'; }
for path in "/api/v1/claims?size=20" "/api/v1/findings"; do
  for i in "${!names[@]}"; do rate "http://127.0.0.1:${ports[$i]}$path" 5s >/dev/null; done   # warm the JIT
  declare -A results=()
  for r in $(seq 1 "$ROUNDS"); do
    for i in "${!names[@]}"; do
      v=$(rate "http://127.0.0.1:${ports[$i]}$path" "${SECONDS_PER_ROUND}s")
      results[${names[$i]}]+="$v "
      echo "   round $r ${names[$i]} GET $path: $v req/s"
    done
  done
  medians=()
  for n in "${names[@]}"; do
    m=$(printf '%s\n' ${results[$n]} | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    medians+=("$m")
    echo "== $n GET $path: median $m req/s over $ROUNDS rounds"
  done
  if [ "${#medians[@]}" -eq 2 ]; then
    awk -v a="${medians[0]}" -v b="${medians[1]}" -v p="$path" 'BEGIN {printf "== GET %s: current / baseline = %.2f\n", p, a / b}'
  fi
  unset results
done
