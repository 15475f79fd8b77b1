#!/usr/bin/env bash
# Runs every `curl` and `crosscheck` example of README.md and docs/*.md, in reading order, against a
# fresh service started as docs/editing.md says (the packaged jar, its own keys, an empty data
# directory), and compares each output with the one the docs show (docs/check_examples.py says how).
# Needs: a packaged build (./mvnw package), curl, jq, python3, unzip. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in curl jq python3 unzip; do
  command -v $tool >/dev/null || { echo "docs: $tool is needed (apt-get install $tool)" >&2; exit 2; }
done
port=${DOCS_PORT:-18181}
# The keys of docs/editing.md's walkthrough.
export CROSSCHECK_AUTH_API_KEYS='alice:alice-editor-key-0123456789abcdef:editor,ops:ops-admin-key-0123456789abcdefgh:admin|editor'
. src/test/serve-packaged.sh
serve_packaged docs "$port"
python3 docs/check_examples.py --port "$port" README.md docs/api.md docs/findings.md docs/editing.md docs/exports.md \
  docs/suggestions.md docs/ci.md docs/validation-checks.md docs/provenance.md docs/checks.md docs/rules.md docs/claims-format.md \
  docs/deploy.md docs/benchmarks.md
