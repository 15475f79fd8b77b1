#!/usr/bin/env bash
# Generalisation of POST /api/v1/checks on the blind evaluation sentences of bench/eval/ (written
# from seeds/ only by readers who never saw the code or claims/; see bench/eval/BRIEF.md).
# Prints accuracy, precision and recall per verdict and the false SUPPORTED / CONTRADICTED counts
# for the dev half and the test half. The test half is reported, never tuned on.
#   bench/checks-eval.sh
# Also written to target/checks-eval.txt; the dev half's wrong verdicts, with what the check read,
# to target/checks-eval-dev-failures.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test -Dtest=CheckEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false > target/checks-eval.log 2>&1 || true
if [ ! -s target/checks-eval.txt ]; then
  echo "the evaluation did not run; see target/checks-eval.log" >&2
  exit 2
fi
cat target/checks-eval.txt
grep -q 'BUILD FAILURE\|FAILURE!' target/checks-eval.log && { echo "== a bound of CheckEvaluationTest failed; see target/checks-eval.log" >&2; exit 1; } || true
