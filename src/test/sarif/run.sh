#!/usr/bin/env bash
# Validates SARIF reports with Microsoft's SARIF Multitool (SARIF and GitHub rule sets) and fails on
# any error or warning: the report of the curated claims/ (target/crosscheck.sarif, written by
# .ci/run's validate step) and one report per failing fixture of src/test/resources/validation/checks,
# which together hold a result of every check the validator reports. Needs the packaged jar and
# `npm ci` in this directory. Run from anywhere; paths in the reports are relative to the repository.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=target/sarif-fixtures
rm -rf "$out"
mkdir -p "$out"
# A short batch run per fixture: C1 only and a throughput collector make each start cheaper.
export JAVA_OPTS="${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
for dir in src/test/resources/validation/checks/*/; do
  check=$(basename "$dir")
  sources=seeds
  if [ -d "${dir}sources" ]; then sources="${dir}sources"; fi
  status=0
  bin/crosscheck validate "${dir}fail.yaml" --sources "$sources" --fail-on tension -f sarif -o "$out/$check.sarif" || status=$?
  if [ "$status" -ne 1 ]; then
    echo "sarif: validate ${dir}fail.yaml exited $status, expected 1 (validation failures)" >&2
    exit 1
  fi
done
node src/test/sarif/validate.mjs target/crosscheck.sarif
node src/test/sarif/validate.mjs --expect-rule-from-name "$out"/*.sarif
