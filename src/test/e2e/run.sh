#!/usr/bin/env bash
# Runs the desk's browser tests against the packaged service: starts target/quarkus-app on a free
# port with a fresh data directory, runs the Playwright tests, stops the service.
# Needs: a packaged build (./mvnw package), /usr/bin/chromium, and the npm packages of this
# directory's lockfile (installed here with `npm ci` when missing).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../../.. && pwd)
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "e2e: no Chromium at ${CHROMIUM:-/usr/bin/chromium} (apt-get install chromium)" >&2; exit 2; }
[ -f "$root/target/quarkus-app/quarkus-run.jar" ] || { echo "e2e: no build; run ./mvnw package first" >&2; exit 2; }
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund

port=${E2E_PORT:-18080}
mkdir -p "$root/target/e2e"
. "$root/src/test/serve-packaged.sh"
serve_packaged e2e "$port"
BASE_URL="http://127.0.0.1:$port" SCREENSHOTS="$root/target/e2e" node --test --test-concurrency=1 desk.test.mjs
