#!/usr/bin/env bash
# Runs every `curl` and `crosscheck` example of README.md and docs/*.md, in reading order, against a
# fresh service started as docs/editing.md says (the packaged jar, its own keys, an empty data
# directory), and compares each output with the one the docs show (docs/check_examples.py says how).
# Needs: a packaged build (./mvnw package), curl, jq, python3, unzip. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "docs: no build; run ./mvnw package first" >&2; exit 2; }
for tool in curl jq python3 unzip; do
  command -v $tool >/dev/null || { echo "docs: $tool is needed (apt-get install $tool)" >&2; exit 2; }
done
port=${DOCS_PORT:-18181}
data=$(mktemp -d)
log="$root/target/docs-server.log"
# The keys of docs/editing.md's walkthrough.
export CROSSCHECK_AUTH_API_KEYS='alice:alice-editor-key-0123456789abcdef:editor,ops:ops-admin-key-0123456789abcdefgh:admin|editor'
java -Dquarkus.http.port="$port" -Dcrosscheck.data-dir="$data" -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
  kill -0 $server 2>/dev/null || { echo "docs: the service did not start; see $log" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "docs: the service is not ready after 120 s; see $log" >&2; exit 1; }
python3 docs/check_examples.py --port "$port" README.md docs/api.md docs/findings.md docs/editing.md docs/exports.md \
  docs/suggestions.md docs/ci.md docs/provenance.md docs/checks.md docs/rules.md docs/claims-format.md docs/deploy.md
