# Sourced by the scripts that test the packaged service (the desk's browser tests, the docs'
# examples): `serve_packaged NAME PORT` starts target/quarkus-app on 127.0.0.1:PORT with a fresh
# data directory, logs to target/NAME-server.log, waits until it is ready, and stops it (and removes
# the data) when the calling script exits. Environment the caller exports (API keys) reaches it.
serve_packaged() {
  local name=$1 port=$2 root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  [ -f "$root/target/quarkus-app/quarkus-run.jar" ] || { echo "$name: no build; run ./mvnw package first" >&2; exit 2; }
  serve_data=$(mktemp -d)
  serve_log="$root/target/$name-server.log"
  mkdir -p "$root/target"
  (cd "$root" && exec java -Dquarkus.http.port="$port" -Dcrosscheck.data-dir="$serve_data" -jar target/quarkus-app/quarkus-run.jar) \
    >"$serve_log" 2>&1 &
  serve_pid=$!
  trap 'kill $serve_pid 2>/dev/null || true; wait $serve_pid 2>/dev/null || true; rm -rf "$serve_data"' EXIT
  for _ in $(seq 120); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && return 0
    kill -0 $serve_pid 2>/dev/null || { echo "$name: the service did not start; see $serve_log" >&2; exit 1; }
    sleep 1
  done
  echo "$name: the service is not ready after 120 s; see $serve_log" >&2
  exit 1
}
