#!/usr/bin/env bash
# A large import through the API: N synthetic claims (default 100000, bench/SyntheticClaims.java)
# into the packaged service, started on a claims directory with the curated catalog and rules and
# the generated entities but no claims. While the import runs, /q/health/ready and GET /claims are
# probed every second (status and latency). Prints the body size, the import's wall time and
# result, how long findings and checks took to catch up (from the service's log), the probes'
# worst latency and any non-200, the live heap after a full GC, and the latency of one write after.
#   bench/import.sh            # 100,000 claims
#   bench/import.sh 20000
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
PORT="${PORT:-18493}"
KEY="bench-import-admin-key-0123456789abcdef"
WORK=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; kill "$PROBE" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
java bench/SyntheticClaims.java claims "$WORK/generated" "$N" >/dev/null
mkdir -p "$WORK/base"
cp "$WORK/generated/properties.yaml" "$WORK/generated/rules.yaml" "$WORK/generated/entities.yaml" "$WORK/base/"
BODY="$WORK/generated/claims-synthetic.yaml"
CROSSCHECK_AUTH_API_KEYS="bench:${KEY}:admin|editor" java -Dquarkus.http.port="$PORT" -Dcrosscheck.data-dir="$WORK/data" \
  -Dcrosscheck.claims-dir="$WORK/base" -Dcrosscheck.rate-limit.anonymous-per-minute=0 \
  -jar target/quarkus-app/quarkus-run.jar >"$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "bench/import.sh: service did not start" >&2; cat "$WORK/server.log" >&2; exit 2; }
(
  while true; do
    curl -s -o /dev/null -w 'ready %{http_code} %{time_total}\n' "http://127.0.0.1:$PORT/q/health/ready" || echo "ready 000 0"
    curl -s -o /dev/null -w 'claims %{http_code} %{time_total}\n' "http://127.0.0.1:$PORT/api/v1/claims?size=20" || echo "claims 000 0"
    sleep 1
  done
) >"$WORK/probes.txt" 2>&1 &
PROBE=$!
echo "importing $N claims ($(stat -c %s "$BODY") bytes)"
start=$(date +%s.%N)
status=$(curl -s -o "$WORK/result.json" -w '%{http_code}' -H "X-API-Key: $KEY" -H 'Content-Type: application/yaml' \
  --data-binary @"$BODY" "http://127.0.0.1:$PORT/api/v1/claims/import")
end=$(date +%s.%N)
python3 -c "
import json,sys
d=json.load(open('$WORK/result.json'))
print('import: HTTP $status in %.1f s:' % ($end-$start), {k:(len(v) if isinstance(v,list) else v) for k,v in d.items()})"
[ "$status" = 200 ] || { cat "$WORK/result.json" >&2; exit 1; }
for _ in $(seq 1 600); do grep -q 'findings and checks reflect dataset revision' "$WORK/server.log" && break; sleep 1; done
grep -o 'findings and checks reflect dataset revision.*' "$WORK/server.log" | tail -1
kill "$PROBE"; PROBE=
python3 - "$WORK/probes.txt" <<'EOF'
import sys, collections
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
for kind in ("ready", "claims"):
    r = [x for x in rows if x[0] == kind]
    statuses = collections.Counter(x[1] for x in r)
    print(f"probes {kind}: {len(r)} during and after the import, statuses {dict(statuses)}, worst {max(float(x[2]) for x in r) * 1000:.0f} ms")
EOF
jcmd "$PID" GC.run >/dev/null
jcmd "$PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") print "live heap after GC:", $(i + 1); exit }'
id=$(python3 -c "import json; print(json.load(open('$WORK/result.json'))['created'][0])")
for i in 1 2 3 4 5 6; do
  etag=$(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT/api/v1/claims/$id" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
  curl -s -o /dev/null -w "%{time_total}\n" -X PATCH -H "If-Match: $etag" -H "X-API-Key: $KEY" \
    -H 'Content-Type: application/merge-patch+json' -d "{\"qualifiers\":{\"copy\":\"bench-$i\"}}" \
    "http://127.0.0.1:$PORT/api/v1/claims/$id"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "a qualifier edit after the import (6 PATCHes): median %.0f ms\n", (t[3] + t[4]) / 2 }'
