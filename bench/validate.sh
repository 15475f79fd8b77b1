#!/usr/bin/env bash
# Validation benchmark, JVM start to exit, as CI runs it:
#   1. the curated claims against the seed sources (target: well under 3 s)
#   2. a synthetic claims file of 100,000 claims (target: under 15 s)
# Each with the JVM's defaults and with the flags the README recommends for command-line runs.
# Reports the median of RUNS runs (hyperfine when installed: apt-get install -y hyperfine).
#
# Usage: bench/validate.sh [RUNS]   (default 5; the 100k runs use max(2, RUNS/2))
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-5}"
BIG_RUNS=$(( RUNS / 2 > 2 ? RUNS / 2 : 2 ))
JAR=target/quarkus-app/quarkus-run.jar
BIG=target/bench/claims-100k
TUNED="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
# The synthetic file is about 27 MB: over the default 10 MB document limit, which protects the service.
BIG_LIMIT="-Dcrosscheck.max-document-bytes=67108864"

if [[ ! -f "$JAR" ]]; then
  ./mvnw -B -q package -DskipTests
fi
java bench/SyntheticClaims.java claims "$BIG" 100000

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Every run must succeed: a benchmark of a failing validation measures nothing.
java -jar "$JAR" validate claims --sources seeds > /dev/null
java $BIG_LIMIT -jar "$JAR" validate "$BIG" --sources seeds > /dev/null

median_of() { # label, runs, command...
  local label="$1" runs="$2"; shift 2
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=( $(( (end - start) / 1000000 )) )
  done
  local sorted
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local median
  median=$(echo "$sorted" | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}')
  printf '%-44s median %s s  (runs: %s ms)\n' "$label" "$(awk -v m="$median" 'BEGIN {printf "%.2f", m / 1000}')" "$(echo $sorted | tr ' ' ',')"
}

medians() { # hyperfine's JSON export -> "name: median" lines
  tr -d '\n' < "$1" | grep -o '"command": *"[^"]*"\|"median": *[0-9.]*' | paste - - \
    | sed -E 's/"command": *"([^"]*)"[[:space:]]*"median": *([0-9.]*)/\1|\2/' \
    | awk -F'|' '{printf "  %-52s median %.2f s\n", $1, $2}'
}

if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs "$RUNS" --export-json target/bench/seeds.json \
    -n "seeds, JVM defaults" "java -jar $JAR validate claims --sources seeds" \
    -n "seeds, $TUNED" "java $TUNED -jar $JAR validate claims --sources seeds"
  hyperfine --runs "$BIG_RUNS" --export-json target/bench/100k.json \
    -n "100k claims, JVM defaults" "java $BIG_LIMIT -jar $JAR validate $BIG --sources seeds" \
    -n "100k claims, $TUNED" "java $TUNED $BIG_LIMIT -jar $JAR validate $BIG --sources seeds"
  echo "medians:"
  medians target/bench/seeds.json
  medians target/bench/100k.json
else
  median_of "seeds, JVM defaults" "$RUNS" java -jar "$JAR" validate claims --sources seeds
  median_of "seeds, $TUNED" "$RUNS" java $TUNED -jar "$JAR" validate claims --sources seeds
  median_of "100k claims, JVM defaults" "$BIG_RUNS" java $BIG_LIMIT -jar "$JAR" validate "$BIG" --sources seeds
  median_of "100k claims, $TUNED" "$BIG_RUNS" java $TUNED $BIG_LIMIT -jar "$JAR" validate "$BIG" --sources seeds
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
