#!/usr/bin/env bash
# Benchmark of the rules engine: full evaluation at 10k/100k/1M synthetic claims and incremental
# updates at 1M. Prints medians; not part of the test suite.
#   bench/rules.sh [path/to/rules.yaml]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -Xms4g -Xmx4g -XX:+UseParallelGC \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.crosscheck.rules.bench.RulesBenchmark "$@"
